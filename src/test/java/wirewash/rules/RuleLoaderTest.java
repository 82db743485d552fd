package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    @Test
    void readsAGenericElementHidingLineAsASelectorRule() throws Exception {
        Rule rule = RuleLoader.parse("html.rules", "##.promo-box").get(0);

        assertThat(rule.kind()).isEqualTo(RuleKind.SELECTOR);
        assertThat(rule.code()).isEqualTo(RuleLoader.ADBLOCK_CODE);
        assertThat(rule.origin()).isEqualTo("html.rules:1");
        assertThat(rule.appliesTo("news.example.com")).isTrue();
    }

    @Test
    void limitsADomainScopedLineToThoseHostsAndTheirSubdomains() throws Exception {
        Rule rule = RuleLoader.parse("html.rules", "example.com,other.org##.teaser").get(0);

        assertThat(rule.appliesTo("www.example.com")).isTrue();
        assertThat(rule.appliesTo("other.org")).isTrue();
        assertThat(rule.appliesTo("notexample.com")).isFalse();
        assertThat(rule.appliesTo(null)).isFalse();
    }

    @Test
    void excludesTheTildeHosts() throws Exception {
        Rule rule = RuleLoader.parse("html.rules", "~example.com##.teaser").get(0);

        assertThat(rule.appliesTo("example.com")).isFalse();
        assertThat(rule.appliesTo("other.org")).isTrue();
    }

    @Test
    void keepsTheKeyedSyntaxAndComments() throws Exception {
        List<Rule> rules = RuleLoader.parse("x.rules", "# comment\n## a heading comment\nselector share .share\n");

        assertThat(rules).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("share"));
    }

    @Test
    void rejectsABadSelectorInARulesFileWithFileAndLine() {
        assertThatThrownBy(() -> RuleLoader.parse("x.rules", "\n##div[[")).isInstanceOf(RuleException.class)
                .hasMessageStartingWith("x.rules:2");
    }

    @Test
    void skipsNetworkRulesExceptionsAndUnknownSyntaxInAFilterList(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("easylist.txt"), "[Adblock Plus 2.0]\n! Title: test\n||ads.example.com^\n"
                + "example.com#@#.ad\n##div:-abp-has(.x)\n##.sponsor-box\n");

        RuleSet rules = RuleLoader.load(dir);

        assertThat(rules.all()).singleElement().satisfies(r -> assertThat(r.origin()).endsWith("easylist.txt:6"));
    }
}
