package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class BodyLinkGuardFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";
    private static final String CANONICAL = "<link rel=canonical href='https://www.example.com/news/budget'>";

    private static Page run(String html) {
        Page page = Pages.html(html);
        new ProseLabelFilter().process(page);
        new LinkDensityFilter().process(page);
        new BodyLinkGuardFilter().process(page);
        return page;
    }

    @Test
    void keepsALinkedSourceLineAmongTheBodysParagraphs() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH
                + "<p><a href='https://records.example.org/minutes/2019'>Full minutes of the meeting</a></p>"
                + "<h3><a href='https://library.example.net/plan'>The library plan in detail</a></h3>"
                + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).contains("Full minutes of the meeting", "The library plan in detail");
    }

    @Test
    void findsTheBodyThroughTheWrappersAComponentCmsPutsAroundEachParagraph() {
        // every block in a div of its own: the body is the box of the wrappers, as of the paragraphs
        String wrapped = "<div class=c7>" + PARAGRAPH + "</div>";
        Page page = run(CANONICAL + "<div class=c1>" + wrapped + wrapped
                + "<div class=c7><h3><a href='https://library.example.net/plan'>The library plan in detail</a></h3>"
                + "</div>" + wrapped + "</div>");

        assertThat(Pages.kept(page)).contains("The library plan in detail");
    }

    @Test
    void findsTheBodyOfAStorySetAsLinesInOneDiv() {
        // the story's lines, apart by <br><br>, are the div's own paragraphs: a linked subheading set right in
        // the div between them is the body's
        String line = "The council met on Monday, after weeks of delay, to discuss the budget, which has grown by a "
                + "third since last year.<br><br>";
        Page page = run(CANONICAL + "<div class=c1><div class=c2>" + line + line
                + "<h3><a href='https://library.example.net/plan'>The library plan in detail</a></h3>" + line + line
                + "</div></div>");

        assertThat(Pages.kept(page)).contains("The library plan in detail");
    }

    @Test
    void findsTheBodyByParagraphsWhoseLinksSitInsideTheirSentences() {
        // a link-heavy blog: a third of each paragraph is link text, set inside its sentences
        String linked = "<p>The <a href='https://a.example.org/'>council met on Monday</a>, after weeks of delay, to "
                + "discuss the <a href='https://b.example.org/'>budget, which has grown</a> by a third since last "
                + "year, and to vote on the new library.</p>";
        Page page = run(CANONICAL + "<div class=body>" + linked + linked
                + "<p><a href='https://records.example.org/minutes/2019'>Full minutes of the meeting</a></p>"
                + linked + "</div>");

        assertThat(Pages.kept(page)).contains("Full minutes of the meeting");
    }

    @Test
    void keepsALinkedParagraphAfterTheLastProseWhenTheBodyGoesOnPastIt() {
        // the story ends on short lines (a list's heading, an embed's caption): a linked paragraph before them is
        // the body's, though no strong prose paragraph follows it
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH.repeat(3)
                + "<p><a href='https://records.example.org/minutes/2019'>The minutes were published on the records "
                + "office's site on Tuesday.</a></p><p>The council resolved to:</p><p>Vote again in May.</p></div>");

        assertThat(Pages.kept(page)).contains("The minutes were published on the records office's site on Tuesday.");
    }

    @Test
    void leavesALinkedLineAfterTheBodysLastKeptLineRemoved() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH.repeat(3)
                + "<p><a href='https://records.example.org/minutes/2019'>Full minutes of the meeting</a></p></div>");

        assertThat(Pages.kept(page)).doesNotContain("Full minutes of the meeting");
    }

    @Test
    void keepsALinkedLineJustAboveTheBodysFirstParagraph() {
        Page page = run("<div class=body><p><a href='https://results.example.org/'>Click for the full results</a></p>"
                + PARAGRAPH.repeat(3) + "</div>");

        assertThat(Pages.kept(page)).contains("Click for the full results");
    }

    @Test
    void leavesAPlugForTheSitesOwnStoriesRemoved() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH
                + "<p><a href='https://video.example.com/v/1'>MAYOR OPENS THE NEW LIBRARY WING</a></p>"
                + "<p><a href='/news/other-story'>Council delays the vote on parking again</a></p>"
                + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).doesNotContain("MAYOR OPENS THE NEW LIBRARY WING",
                "Council delays the vote on parking again");
    }

    @Test
    void leavesLinksOutsideTheBodyRemoved() {
        Page page = run("<div class=body>" + PARAGRAPH.repeat(3) + "</div>"
                + "<div class=more><p><a href='https://other.example.org/a'>A story somewhere else entirely</a></p></div>"
                + "<ul><li><a href='https://other.example.org/b'>Another story somewhere else</a></li></ul>");

        assertThat(Pages.kept(page)).hasSize(3);
    }

    @Test
    void leavesAPageWithoutABodyAlone() {
        Page page = run(PARAGRAPH + "<p><a href='https://other.example.org/a'>A story somewhere else entirely</a></p>");

        assertThat(new BodyLinkGuardFilter().process(page)).isFalse();
        assertThat(Pages.kept(page)).hasSize(1);
    }

    @Test
    void tellsTheSitesOwnAddressesFromOthers() {
        assertThat(BodyLinkGuardFilter.host("https://www.Example.com/a")).isEqualTo("example.com");
        assertThat(BodyLinkGuardFilter.host("/relative/path")).isNull();
        assertThat(BodyLinkGuardFilter.sameSite("video.example.com", "example.com")).isTrue();
        assertThat(BodyLinkGuardFilter.sameSite("example.org", "example.com")).isFalse();
        assertThat(BodyLinkGuardFilter.sameSite("notexample.com", "example.com")).isFalse();
    }

    @Test
    void leavesAPlugForASisterSubdomainOfTheSiteRemoved() {
        Page page = run("<link rel=canonical href='https://news.example.com/budget'><div class=body>" + PARAGRAPH
                + PARAGRAPH + "<p><a href='https://sport.example.com/v/1'>Watch the match highlights here</a></p>"
                + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).doesNotContain("Watch the match highlights here");
    }

    @Test
    void leavesARelativeLinkWithAColonInItsPathRemoved() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH
                + "<p><a href='/wiki/Category:Budgets'>More stories about council budgets</a></p>" + PARAGRAPH
                + "</div>");

        assertThat(Pages.kept(page)).doesNotContain("More stories about council budgets");
    }

    @Test
    void leavesAPlugForTheSitesOwnStoriesRemovedOnAnInternationalisedDomain() {
        Page page = run("<link rel=canonical href='https://www.bücher.example/news/budget'><div class=body>"
                + PARAGRAPH + PARAGRAPH + "<p><a href='https://xn--bcher-kva.example/news/2'>Our best books of the "
                + "year so far</a></p><p><a href='https://bücher.example/news/3'>Our worst books of the year so "
                + "far</a></p>" + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).doesNotContain("Our best books of the year so far",
                "Our worst books of the year so far");
    }

    @Test
    void leavesALinkFarmParagraphRemoved() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH
                + "<p><a href='https://flights.example.org/'>Cheap flights</a> | "
                + "<a href='https://hotels.example.net/'>Cheap hotels</a> | "
                + "<a href='https://cars.example.info/'>Car hire deals</a></p>" + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).doesNotContain("Cheap flights | Cheap hotels | Car hire deals");
        assertThat(Pages.kept(page)).hasSize(3);
    }

    @Test
    void keepsALineOfSeveralLinksToOneOtherSite() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH
                + "<p>Accounts: <a href='https://social.example.org/ann'>@ann</a>, <a href='https://social.example.org/"
                + "bob'>@bob</a>, <a href='https://social.example.org/cat'>@cat</a></p>" + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).contains("Accounts: @ann, @bob, @cat");
    }

    @Test
    void readsTheHostOfAddressesWithPortsUserInfoAndNoScheme() {
        assertThat(BodyLinkGuardFilter.host("https://Example.com:8443/a")).isEqualTo("example.com");
        assertThat(BodyLinkGuardFilter.host("//www.example.com/a")).isEqualTo("example.com");
        assertThat(BodyLinkGuardFilter.host("http://user@www.example.com./a?b")).isEqualTo("example.com");
        assertThat(BodyLinkGuardFilter.host("https://www.example.com/a b")).isEqualTo("example.com");
        assertThat(BodyLinkGuardFilter.host("https://bücher.example/")).isEqualTo("xn--bcher-kva.example");
        assertThat(BodyLinkGuardFilter.host("mailto:desk@example.com")).isNull();
        assertThat(BodyLinkGuardFilter.host(null)).isNull();
        assertThat(BodyLinkGuardFilter.sameSite("news.example.co.uk", "sport.example.co.uk")).isTrue();
        assertThat(BodyLinkGuardFilter.sameSite("example.co.uk", "other.co.uk")).isFalse();
        assertThat(BodyLinkGuardFilter.sameSite("example.com", null)).isFalse();
    }

    private static final String SOURCED = "<p><a href='https://wire.example.org/a'>The ministry said on Tuesday</a>, "
            + "<a href='https://records.example.net/b'>that the budget for the library had been cut by a third</a>, "
            + "<a href='https://paper.example.info/c'>and that the council would vote on it in March</a>.</p>";

    @Test
    void keepsAProseParagraphThatLinksItsClausesToSeveralSources() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH + SOURCED + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).hasSize(4);
    }

    @Test
    void keepsALinkedParagraphInAChunkOfTheBodyAfterASignUpBox() {
        // the body split into boxes of one kind, each in a grid row of its own, around a sign-up box
        String row = "<div class=row><div class='chunk body'>";
        Page page = run(CANONICAL + "<div>" + row + PARAGRAPH + PARAGRAPH + PARAGRAPH + "</div></div>"
                + "<div class=signup>Subscribe</div>" + row + "<p><a href='https://records.example.org/minutes'>"
                + "Full minutes of the meeting</a></p>" + PARAGRAPH + "</div></div></div>");

        assertThat(Pages.kept(page)).contains("Full minutes of the meeting");
    }

    @Test
    void leavesALinkedLineInABoxOfAnotherKindRemoved() {
        Page page = run(CANONICAL + "<div><div class=row><div class='chunk body'>" + PARAGRAPH + PARAGRAPH + PARAGRAPH
                + "</div></div><div class=row><div class=teasers><p><a href='https://records.example.org/minutes'>"
                + "Full minutes of the meeting</a></p>" + PARAGRAPH + "</div></div></div>");

        assertThat(Pages.kept(page)).doesNotContain("Full minutes of the meeting");
    }

    @Test
    void keepsTheItemsOfTheStorysListOfLinkedSourcesBetweenItsParagraphs() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH + "<p>The documents cited:</p><ul>"
                + "<li><a href='https://records.example.org/audit.pdf'>The full audit (PDF)</a></li>"
                + "<li><a href='https://court.example.gov/docket/12'>The lawsuit</a></li></ul>" + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).contains("The full audit (PDF)", "The lawsuit");
    }

    @Test
    void leavesARelatedListOfTheSitesOwnStoriesInTheBodyRemoved() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH + "<ul>"
                + "<li><a href='https://www.example.com/news/library-vote'>Council delays library vote again</a></li>"
                + "<li><a href='/news/bridge'>Bridge repairs to cost twice the estimate</a></li></ul>" + PARAGRAPH
                + "</div>");

        assertThat(Pages.kept(page)).doesNotContain("Council delays library vote again",
                "Bridge repairs to cost twice the estimate");
    }

    @Test
    void leavesAListOfLinksBelowTheStorysLastParagraphRemoved() {
        // "more from around the web" after the story: no paragraph of the body below it
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH + PARAGRAPH + "<ul>"
                + "<li><a href='https://partner.example.org/a'>Ten towns with the cheapest homes</a></li>"
                + "<li><a href='https://partner.example.net/b'>Why everyone is buying this mattress</a></li></ul></div>");

        assertThat(Pages.kept(page)).doesNotContain("Ten towns with the cheapest homes",
                "Why everyone is buying this mattress");
    }

    @Test
    void leavesAListOfLinksInABoxBesideTheBodyRemoved() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH + "<div class=rail><ul>"
                + "<li><a href='https://partner.example.org/a'>Ten towns with the cheapest homes</a></li>"
                + "<li><a href='https://partner.example.net/b'>Why everyone is buying this mattress</a></li></ul></div>"
                + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).doesNotContain("Ten towns with the cheapest homes");
    }

    @Test
    void keepsTheItemsOfAListTheStoryIntroducesWithAColonAtItsEnd() {
        Page page = run(CANONICAL + "<div class=body>" + PARAGRAPH + PARAGRAPH + PARAGRAPH
                + "<p>Read the records for yourself:</p><ul>"
                + "<li><a href='https://records.example.org/audit.pdf'>The full audit (PDF)</a></li>"
                + "<li><a href='https://court.example.gov/docket/12'>The lawsuit</a></li></ul></div>");

        assertThat(Pages.kept(page)).contains("The full audit (PDF)", "The lawsuit");
    }
}
