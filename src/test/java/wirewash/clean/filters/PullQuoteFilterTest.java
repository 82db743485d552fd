package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Reason;

class PullQuoteFilterTest {
    private static final String FIRST = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";
    private static final String SECOND = "<p>Members agreed that the library would open next spring, and nobody "
            + "bothered mentioning that the town has no money to run it, a problem for the next council.</p>";
    private static final String LAST = "<p>The vote on the library is set for the first week of March, the clerk "
            + "said, once the staff had been hired and the plans approved.</p>";

    private static Page page(String middle) {
        Page page = Pages.html("<div class=body>" + FIRST + SECOND + middle + LAST + "</div>");
        new ProseLabelFilter().process(page);
        return page;
    }

    private static void remove(Page page, String prefix, String code, String origin) {
        Pages.block(page, prefix).remove(new Reason(code, origin, "test"));
    }

    @Test
    void keepsAgainAnAsideBetweenTheParagraphsThatRepeatsTheStorysWords() {
        Page page = page("<aside class=pullquote><p>Nobody bothered mentioning that the town has no money to run it"
                + "</p></aside>");
        remove(page, "Nobody bothered", "related-list", "rules/html.rules:12");

        assertThat(new PullQuoteFilter().process(page)).isTrue();

        assertThat(Pages.block(page, "Nobody bothered").isKept()).isTrue();
    }

    @Test
    void leavesARelatedHeadlineBetweenTheParagraphsRemoved() {
        Page page = page("<aside><p>Mayor opens the new wing of the town hall after a long wait</p></aside>");
        remove(page, "Mayor opens", "related-list", "rules/html.rules:12");

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }

    @Test
    void leavesHiddenCopiesCaptionsAndLinkedLinesRemoved() {
        Page page = page("<div hidden><p>nobody bothered mentioning that the town has no money</p></div>"
                + "<figure><figcaption>The council met on Monday after weeks of delay</figcaption></figure>"
                + "<p><a href=/x>The library would open next spring</a></p>");
        remove(page, "nobody bothered", "hidden", "HiddenElementFilter");
        remove(page, "The council met on Monday after", "caption", "rules/html.rules:15");
        remove(page, "The library would", "link-dense", "LinkDensityFilter");

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }

    @Test
    void leavesARepeatAfterTheLastParagraphRemoved() {
        Page page = Pages.html("<div class=body>" + FIRST + SECOND + LAST + "</div><div class=teaser><p>Set for "
                + "the first week of March, the clerk said</p></div>");
        new ProseLabelFilter().process(page);
        remove(page, "Set for", "outside-main-content", "MainContainerFilter");

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }
}
