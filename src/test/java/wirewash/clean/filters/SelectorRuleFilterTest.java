package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.HtmlBlocks;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Format;
import wirewash.rules.RuleException;

class SelectorRuleFilterTest {
    @Test
    void removesBlocksInsideAMatchedElement() throws RuleException {
        String html = "<html><body><article><p>" + Pages.PROSE_1 + "</p></article>"
                + "<div id=comments><p>Great article, thanks for writing it up so clearly.</p></div></body></html>";
        HtmlBlocks.Result parsed = new HtmlBlocks().parse(html, "");
        Page page = new Page("h", Format.HTML, parsed.blocks(), parsed.metadata());
        new SelectorRuleFilter(RuleFiltersTest.rules("selector comment-box #comments")).process(page);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
        assertThat(page.blocks().get(1).removal().code()).isEqualTo("comment-box");
    }
}
