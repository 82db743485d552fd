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
    void removesAVideoCardWhoseHeadlineLineIsALinkAfterALabelOrAlone() {
        // "Watch:" and the linked headline in a <p>, its summary below: a card, not a paragraph citing a link
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<div class=\"inline-video\"><div class=\"player\">"
                + "</div><p class=\"video__title\"><span>Watch:</span> <a href=\"/video/bridge\">The council unveils "
                + "bridge repairs</a></p><p class=\"video__summary\">Engineers said on Tuesday that the repairs would "
                + "go ahead next month.</p></div>" + PARAGRAPH.repeat(3) + "</article>");

        assertThat(Pages.kept(page)).noneMatch(text -> text.startsWith("Engineers said"));
        // nor with no label: the line is the link alone
        Page bare = run("<article>" + PARAGRAPH.repeat(3) + "<div class=\"inline-video\"><p><a href=\"/video/bridge\">"
                + "The council unveils bridge repairs</a></p><p>Engineers said on Tuesday that the repairs would go "
                + "ahead next month.</p></div>" + PARAGRAPH.repeat(3) + "</article>");
        assertThat(Pages.kept(bare)).noneMatch(text -> text.startsWith("Engineers said"));
        // a sentence around the link is the story's own
        Page own = run("<article>" + PARAGRAPH.repeat(3) + "<div><p>Watch it here: <a href=\"/video/bridge\">The "
                + "council unveils bridge repairs</a></p><p>Engineers said on Tuesday that the repairs would go ahead "
                + "next month.</p></div>" + PARAGRAPH.repeat(3) + "</article>");
        assertThat(Pages.kept(own)).anyMatch(text -> text.startsWith("Engineers said"));
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

    @Test
    void judgesEachRunOfCardsByItsOwnShareOfTheProse() {
        // the story's list of products holds much of the page's prose and stays; the teaser rail below it goes
        String item = "<div><h3><a href=\"/shop/1\">The best budget hiking boot</a></h3>" + PARAGRAPH + "</div>";
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<div class=\"list\">" + item.repeat(3) + "</div>"
                + "<aside class=\"k9\">" + CARD.repeat(3) + "</aside></article>");

        assertThat(Pages.kept(page)).hasSize(9);
        assertThat(Pages.block(page, "Crews worked").removal().code()).isEqualTo(HeadlineCardFilter.REASON);
    }

    @Test
    void keepsAPostWhoseParagraphComesBeforeAnEmbedsLink() {
        // a live blog's post: its stamp, its paragraph, then an embedded post whose link reads as a headline
        String post = "<div class=\"live-update\"><h5>39 min ago</h5><p>But the company says she did not need "
                + "their permission in the first place.</p><div class=\"embed\"><a href=\"https://x.com/label/1\">"
                + "Post by the label: our statement on the awards</a></div></div>";
        Page page = run("<article>" + PARAGRAPH.repeat(3) + post + PARAGRAPH.repeat(3) + "</article>");

        assertThat(Pages.kept(page)).contains("But the company says she did not need their permission in the first place.");
        // the same box opening with its headline link, the paragraph below it, is a card
        String card = "<div class=\"live-update\"><div><a href=\"https://x.com/label/1\">Post by the label: our "
                + "statement on the awards</a></div><p>But the company says she did not need their permission in the "
                + "first place.</p></div>";
        Page cardPage = run("<article>" + PARAGRAPH.repeat(3) + card + PARAGRAPH.repeat(3) + "</article>");
        assertThat(Pages.kept(cardPage)).hasSize(6).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void anElementPrecedesAnotherByTheChildrenOfTheirCommonAncestor() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div><p id=a>one</p><div><p id=b>two</p></div></div>");
        org.jsoup.nodes.Element a = doc.getElementById("a");
        org.jsoup.nodes.Element b = doc.getElementById("b");
        assertThat(HeadlineCardFilter.precedes(a, b)).isTrue();
        assertThat(HeadlineCardFilter.precedes(b, a)).isFalse();
        assertThat(HeadlineCardFilter.precedes(b.parent(), b)).isFalse();
        assertThat(HeadlineCardFilter.precedes(a, a)).isFalse();
    }

    @Test
    void anElementInsideAnotherDoesNotPrecedeIt() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div id=b><p>one</p><ul><li><a id=a>two</a></li></ul></div>");
        assertThat(HeadlineCardFilter.precedes(doc.getElementById("a"), doc.getElementById("b"))).isFalse();
    }

    private static Page runWithLinkSteps(String html) {
        return Pages.run(Pages.html("<link rel=canonical href='https://www.example.com/news/budget'>" + html),
                new ProseLabelFilter(), new LinkDensityFilter(), new BodyLinkGuardFilter(), new HeadlineCardFilter());
    }

    @Test
    void theStorysOwnListOfLinkedDocumentsAmongItsParagraphsIsNoCard() {
        Page page = runWithLinkSteps("<article>" + PARAGRAPH.repeat(2) + "<p>The records cited in this story:</p><ul>"
                + "<li><a href='https://records.example.org/m'>Minutes of the September meeting</a></li>"
                + "<li><a href='https://court.example.gov/d'>Testimony of the city's finance director</a></li>"
                + "<li><a href='https://records.example.org/a'>The full audit of the library fund</a></li></ul>"
                + PARAGRAPH.repeat(2) + "</article>");

        assertThat(Pages.kept(page)).contains("Minutes of the September meeting",
                "Testimony of the city's finance director");
    }

    @Test
    void aListOfTheSitesOwnHeadlinesWithSummariesAmongTheParagraphsIsStillCards() {
        Page page = runWithLinkSteps("<article>" + PARAGRAPH.repeat(2) + "<ul>"
                + "<li><a href='/news/flood-walls'>Flood walls fail again in the valley</a><p>Residents said the new "
                + "walls failed within hours.</p></li>"
                + "<li><a href='/news/school'>Primary school to close a week early</a><p>Parents were told on "
                + "Friday.</p></li></ul>" + PARAGRAPH.repeat(2) + "</article>");

        assertThat(Pages.kept(page)).doesNotContain("Residents said the new walls failed within hours.",
                "Parents were told on Friday.");
    }
}
