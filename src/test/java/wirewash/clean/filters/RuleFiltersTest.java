package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

/** LineRuleFilter, BylineRuleFilter and TailRuleFilter on inline rules. */
class RuleFiltersTest {
    static RuleSet rules(String text) throws RuleException {
        return new RuleSet(RuleLoader.parse("test.rules", text));
    }

    @Test
    void lineRuleRemovesWholeLineMatchesWithFileAndLine() throws RuleException {
        var page = Pages.run(Pages.text("Source link\n\n" + Pages.PROSE_1),
                new LineRuleFilter(rules("# c\nline source-link source link")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
        assertThat(page.blocks().get(0).removal().origin()).isEqualTo("test.rules:2");
        assertThat(page.blocks().get(0).removal().code()).isEqualTo("source-link");
    }

    @Test
    void lineRuleDoesNotMatchInsideALongerBlock() throws RuleException {
        var page = Pages.run(Pages.text("See the source link below for more on the story."),
                new LineRuleFilter(rules("line source-link source link")));
        assertThat(page.kept()).hasSize(1);
    }

    @Test
    void bylineRuleKeepsTheName() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nBy Press Association"),
                new BylineRuleFilter(rules("byline byline by\\s+(.+)")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
        assertThat(page.metadata().byline()).isEqualTo("Press Association");
    }

    @Test
    void bylineRepeatedOnASitesPagesGivesEachPageItsName() throws RuleException {
        // one filter (one rule set) for two pages of a site: the second page's name is the one kept from the first
        BylineRuleFilter filter = new BylineRuleFilter(rules("byline byline by\\s+([^|]+?)( \\|.*)?"));
        var first = Pages.run(Pages.text("By Jane Doe | Staff Writer\n\n" + Pages.PROSE_1), filter);
        var second = Pages.run(Pages.text("By Jane Doe | Staff Writer\n\n" + Pages.PROSE_2), filter);
        var third = Pages.run(Pages.text("By John Roe\n\n" + Pages.PROSE_2), filter);
        assertThat(first.metadata().byline()).isEqualTo("Jane Doe");
        assertThat(second.metadata().byline()).isEqualTo("Jane Doe");
        assertThat(Pages.kept(second)).containsExactly(Pages.PROSE_2);
        assertThat(third.metadata().byline()).isEqualTo("John Roe");
    }

    @Test
    void tailRuleRemovesTheSectionToTheEndOnlyAfterTheArticleBegan() throws RuleException {
        var page = Pages.run(Pages.text("Latest news\n\n" + Pages.PROSE_1 + "\n\nLatest news\n\n" + Pages.PROSE_2),
                new ProseLabelFilter(), new TailRuleFilter(rules("tail related-list latest news"), 1, 0, 2.0,
                        java.util.Set.of(), false));
        assertThat(Pages.kept(page)).containsExactly("Latest news", Pages.PROSE_1);
    }

    @Test
    void tailTakesTheHeadingLineJustAboveIt() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nNews Desk\nNews Deskhttps://example.com/\nAbout the desk."),
                new ProseLabelFilter(), new TailRuleFilter(rules("tail author-box .{2,80}https?://\\S+")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
    }
}
