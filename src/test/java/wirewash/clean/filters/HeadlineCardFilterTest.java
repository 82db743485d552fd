package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class HeadlineCardFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";
    private static final String CARD = "<div class=\"css-q1w2e3\"><a href=\"/news/4521\"><img src=\"/t.jpg\" alt=\"\">"
            + "<h3>Storm leaves thousands without power</h3></a><p>Crews worked through the night to restore "
            + "supplies after the strongest winds in a decade.</p><span>2 hours ago</span></div>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new HeadlineCardFilter());
    }

    @Test
    void removesAnotherStorysCardBetweenTheStorysParagraphsWithItsSummaryAndDate() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + CARD + PARAGRAPH.repeat(3) + "</article>");

        assertThat(Pages.kept(page)).hasSize(6).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsAParagraphWhoseOwnLinkReadsAsAHeadline() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<div><p>As the mayor told <a href=\"/news/1\">the "
                + "city's finance committee last week</a>, the plan is on track.</p></div>" + PARAGRAPH.repeat(3)
                + "</article>");

        assertThat(Pages.kept(page)).hasSize(7);
    }

    @Test
    void keepsALiveBlogPostThatLinksItsOwnHeadline() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<div><h3><a href=\"#post-12\">Council backs the new "
                + "library plan</a></h3><p>The vote was eleven to four.</p></div>" + PARAGRAPH.repeat(3)
                + "</article>");

        assertThat(Pages.kept(page)).hasSize(8);
    }

    @Test
    void keepsCardsThatHoldMoreThanMaxProseShareOfThePagesProse() {
        String item = "<div><h3><a href=\"/shop/1\">The best budget hiking boot</a></h3>" + PARAGRAPH + "</div>";
        Page page = run("<article>" + PARAGRAPH + item.repeat(3) + "</article>");

        assertThat(Pages.kept(page)).hasSize(7);
    }
}
