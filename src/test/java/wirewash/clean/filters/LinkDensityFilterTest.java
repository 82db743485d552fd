package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Reason;

class LinkDensityFilterTest {
    private static Page page(String html) {
        return Pages.html(html);
    }

    private static Block block(Page page, String prefix) {
        return Pages.block(page, prefix);
    }

    @Test
    void removesALinkDenseNavigationBlockWithAReason() {
        Page page = page("<nav><a href=/>Home</a> | <a href=/w>World news</a> | <a href=/s>Sport</a></nav>"
                + "<p>The council met on Monday to discuss the budget.</p>");

        boolean changed = new LinkDensityFilter().process(page);

        assertThat(changed).isTrue();
        assertThat(block(page, "Home").removal())
                .isEqualTo(new Reason("link-dense", "LinkDensityFilter", "link density 0.76 > 0.50"));
        assertThat(block(page, "The council").isKept()).isTrue();
    }

    @Test
    void removesAPromotionOfAnotherStoryWhoseLinkIsMostOfItsText() {
        // "Also read <a>…</a>.": the link sits between words and a full stop, but it is what the line is about
        Page page = Pages.run(page("<p>Also read <a href=/news/other>Mayor says the transport plan will be delayed "
                + "until the next year</a>.</p><p>The council met on Monday, <a href=/b>the mayor said</a>, to discuss "
                + "the budget.</p>"), new ProseLabelFilter());

        new LinkDensityFilter().process(page);

        assertThat(block(page, "Also read").removal().code()).isEqualTo("link-dense");
        assertThat(block(page, "The council").isKept()).isTrue();
    }

    @Test
    void keepsProseWithOneLink() {
        Page page = page("<p>The council met on Monday, <a href=/b>the mayor said</a>, to discuss the budget.</p>");

        assertThat(new LinkDensityFilter().process(page)).isFalse();
        assertThat(page.kept()).hasSize(1);
    }

    @Test
    void keepsASentenceOfProseThatLinksMostOfItsNames() {
        Page page = Pages.run(page("<p><a href=/a>Australian-born Assange</a> faces a charge of <a href=/c>conspiracy to "
                + "commit computer intrusion</a> in the US.</p>"), new ProseLabelFilter());

        assertThat(new LinkDensityFilter().process(page)).isFalse();
        assertThat(page.kept()).hasSize(1);
    }

    @Test
    void keepsALineThatLinksMostOfItsWordsInsideItsSentence() {
        // a wiki's or a link-heavy blog's line announcing a list: not prose (short, ends in a colon), mostly links
        Page page = Pages.run(page("<p>The <a href=/wiki/Leader>sooner you embrace</a> your <a href=/wiki/Online>online "
                + "leader role</a>, the <a href=/wiki/Sooner>sooner you will enjoy</a> these benefits:</p>"),
                new ProseLabelFilter());

        assertThat(new LinkDensityFilter().process(page)).isFalse();
        assertThat(page.kept()).hasSize(1);
    }

    @Test
    void stillRemovesAListOfLinksPartedByCommas() {
        Page page = page("<p>Tags: <a href=/t/a>Budget</a>, <a href=/t/b>City council</a>, <a href=/t/c>Elections</a>, "
                + "<a href=/t/d>Taxes</a></p>");

        assertThat(new LinkDensityFilter().process(page)).isTrue();
        assertThat(page.blocks().get(0).removal().detail()).isEqualTo("link density 0.73 > 0.50");
    }

    @Test
    void removesProseWhollyInsideItsLink() {
        Page page = Pages.run(page("<p><a href=/a>The council met on Monday to discuss the budget for next year.</a></p>"),
                new ProseLabelFilter());

        assertThat(new LinkDensityFilter().process(page)).isTrue();
        assertThat(page.blocks().get(0).removal().detail()).isEqualTo("link density 1.00 > 0.80");
    }

    @Test
    void keepsShortBlocksWhateverTheirLinks() {
        Page page = page("<p>As <a href=/r>we reported</a>.</p>");

        assertThat(new LinkDensityFilter().process(page)).isFalse();
        assertThat(page.kept()).hasSize(1);
    }

    @Test
    void leavesBlocksAnotherFilterRemovedAlone() {
        Page page = page("<ul><li><a href=/a>Another story about the budget</a></li></ul>");
        Reason earlier = new Reason("rule", "rules/nav.rules:3", "");
        page.blocks().get(0).remove(earlier);

        assertThat(new LinkDensityFilter().process(page)).isFalse();
        assertThat(page.blocks().get(0).removal()).isEqualTo(earlier);
    }

    @Test
    void doesNothingToTextDumps() {
        Page page = new Page("doc", Format.TEXT, List.of(Block.line(0, "Home | World news | Sport | Business", 1)),
                Metadata.EMPTY);

        assertThat(new LinkDensityFilter().process(page)).isFalse();
        assertThat(page.kept()).hasSize(1);
    }

    @Test
    void writesDensitiesAsFormatWouldWithTwoDecimals() {
        for (double value : new double[] {0, 0.125, 0.505, 0.995, 1, 2.0 / 3, 0.5}) {
            assertThat(LinkDensityFilter.twoDecimals(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }
}
