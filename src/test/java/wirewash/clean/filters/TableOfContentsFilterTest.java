package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class TableOfContentsFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new TableOfContentsFilter());
    }

    @Test
    void removesAListOfLinksIntoThePageAndItsLabel() {
        Page page = run("<article>" + PARAGRAPH + "<div class=\"k2\"><h2>In this article</h2><ul class=\"k3\">"
                + "<li><a href=\"#what-happened\">What happened</a></li><li><a href=\"#why\">Why it matters</a></li>"
                + "<li><a href=\"#next\">What comes next</a></li></ul></div>" + PARAGRAPH + "</article>");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsAListWithTextOutsideItsLinksOrLinksToOtherPages() {
        Page page = run("<article>" + PARAGRAPH + "<ul><li><a href=\"#a\">Flour</a>, 200 grams</li>"
                + "<li><a href=\"#b\">Sugar</a>, 50 grams</li></ul><ul><li><a href=\"/library\">The library</a></li>"
                + "<li><a href=\"#c\">The budget</a></li></ul></article>");

        assertThat(Pages.kept(page)).hasSize(5);
    }
}
