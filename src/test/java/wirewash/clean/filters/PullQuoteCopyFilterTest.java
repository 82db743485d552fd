package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class PullQuoteCopyFilterTest {
    private static final String FIRST = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";
    private static final String QUOTED = "Members agreed that the library would open next spring, and nobody "
            + "mentioned the money to run it.";
    private static final String LAST = "<p>The vote on the library is set for the first week of March, the clerk "
            + "said, once the staff had been hired and the plans approved.</p>";

    private static Page page(String body) {
        Page page = Pages.html("<div class=body>" + body + "</div>");
        new ProseLabelFilter().process(page);
        return page;
    }

    @Test
    void removesAPullQuoteThatCopiesAWholeParagraphAndKeepsTheParagraph() {
        Page page = page(FIRST + "<blockquote class=pull><p>“" + QUOTED + "”</p></blockquote><p>" + QUOTED + "</p>"
                + LAST);

        assertThat(new PullQuoteCopyFilter().process(page)).isTrue();

        assertThat(page.blocks().get(1).removal().code()).isEqualTo(PullQuoteCopyFilter.REASON);
        assertThat(page.blocks().get(2).isKept()).isTrue();
    }

    @Test
    void removesADivCopyCutShortBelowTheParagraph() {
        Page page = page(FIRST + "<p>" + QUOTED + "</p>" + LAST + "<div class=x1>Members agreed that the library "
                + "would open next spring, and nobody mentioned the money to run…</div>");

        assertThat(new PullQuoteCopyFilter().process(page)).isTrue();

        assertThat(Pages.block(page, "Members agreed").isKept()).isTrue();
        assertThat(page.blocks().get(3).isRemoved()).isTrue();
    }

    @Test
    void keepsAPullQuoteOfOneSentenceOfALongerParagraph() {
        Page page = page(FIRST + "<p>" + QUOTED + " The mayor said the council would find it somewhere, as it "
                + "always had, and that the library was worth every penny it would cost.</p>"
                + "<aside><p>" + QUOTED + "</p></aside>" + LAST);

        assertThat(new PullQuoteCopyFilter().process(page)).isFalse();
    }

    @Test
    void keepsTwoPlainParagraphsThatRepeatALine() {
        Page page = page(FIRST + "<p>" + QUOTED + "</p>" + LAST + "<p>" + QUOTED + "</p>");

        assertThat(new PullQuoteCopyFilter().process(page)).isFalse();
    }

    @Test
    void removesAParagraphCopyWhoseClassNamesAPullQuote() {
        Page page = page(FIRST + "<p>" + QUOTED + "</p><p class=article-pull-quote>" + QUOTED + "</p>" + LAST);

        assertThat(new PullQuoteCopyFilter().process(page)).isTrue();

        assertThat(page.blocks().get(1).isKept()).isTrue();
        assertThat(page.blocks().get(2).removal().code()).isEqualTo(PullQuoteCopyFilter.REASON);
    }
}
