package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class MainContainerFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";

    private static Page page(String html) {
        return Pages.html(html);
    }

    private static Block block(Page page, String prefix) {
        return Pages.block(page, prefix);
    }

    @Test
    void removesASidebarOutsideTheArticleContainer() {
        Page page = page("<div class=story>" + PARAGRAPH.repeat(4) + "</div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>");

        assertThat(new MainContainerFilter().process(page)).isTrue();

        assertThat(block(page, "Sign up").removal().code()).isEqualTo(MainContainerFilter.REASON);
        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void keepsBothPartsOfAnArticleSplitAroundAFigure() {
        Page page = page("<div><div class=body>" + PARAGRAPH.repeat(3) + "</div></div>"
                + "<figure><figcaption>A photo of the library.</figcaption></figure>"
                + "<section><div><div class=body>" + PARAGRAPH.repeat(3) + "</div></div></section>");

        new MainContainerFilter().process(page);

        assertThat(page.kept()).hasSize(6);
    }

    @Test
    void doesNothingWhenNoContainerStandsOut() {
        Page page = page("<p>Short note.</p><div>Another line.</div>");

        assertThat(new MainContainerFilter().process(page)).isFalse();
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void widensToTheEnclosingContainerWhenTheArticleIsSplitIntoSections() {
        String prose = "<p>Members agreed that the library would open next spring, and that its hours would be set "
                + "once the staff had been hired, a process the clerk expects to finish within two months.</p>";
        Page page = page("<div class=wrap><section><div class=text>" + PARAGRAPH.repeat(5) + "</div></section>"
                + "<section><div>" + prose.repeat(3) + "</div></section>"
                + "<section><div>" + prose.repeat(3) + "</div></section></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void prefersTheContainerMicrodataNamesTheArticleBody() {
        Page page = page("<div itemprop=articleBody>" + PARAGRAPH.repeat(5) + "</div>"
                + "<section><div><p>Readers also liked: a long list of stories, each with its own summary, and more.</p>"
                + PARAGRAPH.replace("council", "committee").repeat(3) + "</div></section>");

        new MainContainerFilter().process(page);

        assertThat(block(page, "Readers").isRemoved()).isTrue();
    }
}
