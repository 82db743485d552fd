package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Reason;

class BoxHeadingFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";
    private static final String LIST = "<ul><li><a href=\"/a\">Mayor defends the budget in a long interview</a></li>"
            + "<li><a href=\"/b\">Library opens on Sunday after a year of repairs</a></li></ul>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new LinkDensityFilter(), new BoxHeadingFilter());
    }

    @Test
    void removesAWidgetsTitleOnceItsListIsRemoved() {
        Page page = run("<article>" + PARAGRAPH + "<div class=\"x7\"><h4>Most viewed today</h4>" + LIST + "</div>"
                + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "Most viewed").removal().code()).isEqualTo("link-dense");
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void removesAWidgetsTitleSetLooseInItsBox() {
        // the label is a span right in the box, so its block is a run of the box's own text, not an element below it
        Page page = run("<article>" + PARAGRAPH + "<section class=\"x7\"><span>Most viewed today</span>" + LIST
                + "</section>" + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "Most viewed").removal().code()).isEqualTo("link-dense");
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void keepsALooseLineOverTheStorysParagraphsInItsBox() {
        Page page = run("<article><section>Updated on Monday" + PARAGRAPH + LIST + PARAGRAPH + "</section></article>");

        assertThat(Pages.block(page, "Updated on Monday").isKept()).isTrue();
    }

    @Test
    void keepsAStorySubheadingOverItsParagraphs() {
        Page page = run("<article>" + PARAGRAPH + "<section><h2>What happens next</h2>" + PARAGRAPH + LIST
                + "</section></article>");

        assertThat(Pages.block(page, "What happens next").isKept()).isTrue();
    }

    @Test
    void keepsAHeadingOverASingleRemovedLine() {
        Page page = run("<article>" + PARAGRAPH + "<div><h3>Read the report</h3><a href=\"/r\">Full text of the "
                + "council's report</a></div>" + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "Read the report").isKept()).isTrue();
    }

    @Test
    void keepsAHeadingThatDoesNotOpenItsBox() {
        // a line below the story's paragraph in one box: the box's heading is not this line
        Page page = run("<article><div>" + PARAGRAPH + "<h3>Where to go</h3>" + LIST + "</div></article>");

        assertThat(Pages.block(page, "Where to go").isKept()).isTrue();
    }

    @Test
    void removesAWidgetsShortLinkWithItsTitle() {
        // the forecast's lines went (here by link density); its title and its "Change location" link stay behind
        Page page = run("<article>" + PARAGRAPH + "<aside class=\"wx\"><h4>Forecast</h4>" + LIST + "<div><a href=\"/w\">"
                + "Change location</a></div></aside>" + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "Change location").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void keepsABoxWithAsManyKeptLinksAsRemovedLines() {
        Page page = run("<article>" + PARAGRAPH + "<div><h3>Read the report</h3><a href=\"/r\">Full text of the "
                + "council's report</a><div><a href=\"/s\">Summary</a></div></div>" + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "Read the report").isKept()).isTrue();
    }

    @Test
    void removesAHeadingOverASingleRemovedLineOfText() {
        // a rule took the author's bio for its words: one unlinked line is enough to tell the box from the story
        Page page = Pages.html("<article>" + PARAGRAPH + "<div><h3>The author</h3><p>Jane Doe covers the council "
                + "for the Herald.</p></div>" + PARAGRAPH + "</article>");
        Pages.block(page, "Jane Doe").remove(new Reason("author-bio", "test", ""));
        Pages.run(page, new ProseLabelFilter(), new LinkDensityFilter(), new BoxHeadingFilter());

        assertThat(Pages.block(page, "The author").removal().code()).isEqualTo("author-bio");
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void keepsASubheadingOverOneRemovedLineAmongLooseParagraphs() {
        // the story's paragraphs are loose text in its element, read as blocks of it: the heading opens no box
        Page page = Pages.html("<article>The council met on Monday, after weeks of delay, to discuss the budget and the "
                + "library.<br><br><h2>Battery life</h2><div><span>Jane Doe covers the council</span></div>The vote "
                + "on the new library for the town was put off until the spring, after a long debate.</article>");
        Pages.block(page, "Jane Doe").remove(new Reason("caption", "test", ""));
        Pages.run(page, new ProseLabelFilter(), new LinkDensityFilter(), new BoxHeadingFilter());

        assertThat(Pages.block(page, "Battery life").isKept()).isTrue();
    }
}
