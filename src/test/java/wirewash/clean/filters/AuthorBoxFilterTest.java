package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class AuthorBoxFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new AuthorBoxFilter());
    }

    @Test
    void removesTheAuthorsBoxBelowTheStoryWhateverItsBioSays() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<div class=\"c-x1\"><img src=\"/a.jpg\" alt=\"\"><a "
                + "href=\"/author/jane-holloway\">Jane Holloway</a><p>Jane lives in Leeds with two cats and too many "
                + "books.</p></div></article>");

        assertThat(Pages.kept(page)).hasSize(3).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsABriefUnderItsHeadlineAndBylineLink() {
        Page page = run("<div class=story><h1>Spain through to the final</h1><div class=byline><a "
                + "href=\"/author/jane-holloway\">Jane Holloway</a></div>" + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).anyMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsAStorysParagraphThatLinksAColleaguesPage() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<div><p>As <a href=\"/author/jane-holloway\">Jane "
                + "Holloway</a> reported last week, the plan is on track.</p></div></article>");

        assertThat(Pages.kept(page)).hasSize(4);
    }
}
