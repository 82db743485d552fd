package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class TeaserGridFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static String card(String headline, String summary) {
        return "<div class=\"css-a1b2\"><a href=\"/x\"><span>" + headline + "</span></a><p class=\"css-p1\">" + summary
                + "</p><span>3 hours ago</span></div>";
    }

    private static final String GRID = "<div class=\"css-1x2y3z\">"
            + card("School board delays vote on the new calendar", "Members said they needed more time to hear from "
                    + "parents and teachers, many of whom had objected to the plan.")
            + card("Library reopens after two years of renovation", "Visitors lined up before dawn on Saturday to see "
                    + "the new reading rooms and the garden on the roof.")
            + "</div>";

    /** The chain's labels and link-density step, then the grid filter. */
    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new LinkDensityFilter(), new TeaserGridFilter());
    }

    @Test
    void removesTheSummariesOfAGridOfCardsAfterTheArticle() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "</article>" + GRID);

        assertThat(Pages.block(page, "Members said").removal().code()).isEqualTo(TeaserGridFilter.REASON);
        assertThat(Pages.block(page, "3 hours ago").isRemoved()).isTrue();
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void removesTheSummariesOfAGridThousandsOfLevelsDown() {
        Page page = Pages.onSmallStack(() -> Pages.run(
                Pages.htmlUncapped("<article>" + PARAGRAPH.repeat(3) + "</article>" + Pages.deep(GRID)),
                new ProseLabelFilter(), new LinkDensityFilter(), new TeaserGridFilter()));

        assertThat(Pages.block(page, "Members said").removal().code()).isEqualTo(TeaserGridFilter.REASON);
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void removesAGridAboveTheArticle() {
        Page page = run(GRID + "<article>" + PARAGRAPH.repeat(3) + "</article>");

        assertThat(Pages.block(page, "Visitors lined up").isRemoved()).isTrue();
    }

    @Test
    void keepsAGridBetweenParagraphsOfTheStory() {
        Page page = run("<article>" + PARAGRAPH.repeat(2) + GRID + PARAGRAPH.repeat(2) + "</article>");

        assertThat(Pages.block(page, "Members said").isKept()).isTrue();
    }

    @Test
    void removesAGridFollowedOnlyByAShortNote() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + GRID
                + "<p>Reporting by Jane Smithers in Springfield, with writing by John Doe and editing by Ann Lee.</p>"
                + "</article>");

        assertThat(Pages.block(page, "Members said").isRemoved()).isTrue();
    }

    @Test
    void keepsASingleCard() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "</article><div class=x>"
                + card("School board delays vote on the new calendar", "Members said they needed more time.") + "</div>");

        assertThat(Pages.block(page, "Members said").isKept()).isTrue();
    }

    @Test
    void keepsLinkedParagraphsThatAreNotMostOfTheirParent() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<p>Tickets: <a href=/t>www.example.com/tickets/today</a></p>"
                + "<p>Opening hours</p><p>Tuesday to Saturday</p><p>Closed on Mondays</p>"
                + "<p>Contact: <a href=/c>www.example.com/contact/us/now</a></p></article>");

        assertThat(Pages.block(page, "Opening hours").isKept()).isTrue();
    }

    @Test
    void removesNothingWhenTheCardsAreMostOfThePage() {
        Page page = run("<p>Our picks for the weekend.</p>" + GRID);

        assertThat(new TeaserGridFilter().process(page)).isFalse();
        assertThat(Pages.block(page, "Members said").isKept()).isTrue();
    }

    @Test
    void shapeIsTheTagAndFirstClass() {
        Page page = Pages.html("<div class=\"card card--lead\">x</div><li>y</li>");

        assertThat(TeaserGridFilter.shape(Pages.block(page, "x").element())).isEqualTo("div.card");
        assertThat(TeaserGridFilter.shape(Pages.block(page, "y").element())).isEqualTo("li");
    }

    /** A reading list that ends the story, introduced by it: linked titles with a short blurb each (review). */
    @Test
    void keepsAListTheStoryIntroducesAtItsEnd() {
        String item = "<li class=\"pick\"><p class=\"t\"><a href=\"/b%d\">%s</a></p><p>%s</p></li>";
        StringBuilder list = new StringBuilder("<ol class=\"picks\">");
        String[] titles = {"The Library at the End of Town by Jane Hill", "A Short History of Local Budgets",
                "Gardens on the Roof: A Practical Guide", "Councils and the People Who Run Them"};
        for (int i = 0; i < titles.length; i++) {
            list.append(String.format(item, i, titles[i], "Our reviewer found it a warm and careful book, full of "
                    + "people who care about the places they live, and well worth the price."));
        }
        list.append("</ol>");
        String story = "<article>" + PARAGRAPH.repeat(4) + "%s" + list + "</article>";

        Page introduced = run(String.format(story, "<p>Here are four books our critics recommend for the summer:</p>"));
        Page boxed = run(String.format(story, "").replace("<ol", "<div class=\"more\"><ol").replace("</ol>",
                "</ol></div>"));

        assertThat(Pages.block(introduced, "Our reviewer found it").isKept()).isTrue();
        assertThat(Pages.block(boxed, "Our reviewer found it").removal().code()).isEqualTo(TeaserGridFilter.REASON);
    }

    @Test
    void leavesTheItemsOfTheStorysOwnListToTheStory() {
        // the same grid after the article, its blocks marked as the story's own list by an earlier step
        Page page = Pages.run(Pages.html("<article>" + PARAGRAPH.repeat(3) + "</article>" + GRID),
                new ProseLabelFilter(), new LinkDensityFilter());
        Pages.block(page, "Members said").label(wirewash.clean.Label.STORY_LIST);

        new TeaserGridFilter().process(page);

        assertThat(Pages.block(page, "Members said").isKept()).isTrue();
        assertThat(Pages.block(page, "Visitors lined up").isRemoved()).isTrue();
    }
}
