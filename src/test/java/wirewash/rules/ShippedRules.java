package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** The project's own rules ({@code rules/}), loaded once, and the two checks the rule-sample tests make on them. */
final class ShippedRules {
    private static RuleSet rules;

    private ShippedRules() {}

    static synchronized RuleSet get() throws RuleException {
        if (rules == null) rules = RuleLoader.load(Path.of("rules"));
        return rules;
    }

    /** A sample line is matched by a rule of this kind and reason. */
    static void assertNames(RuleKind kind, String code, String line) throws RuleException {
        Rule rule = get().firstMatch(kind, line);
        assertThat(rule).as(line).isNotNull();
        assertThat(rule.code()).as(line).isEqualTo(code);
    }

    /** A story's sentence is matched by no line, tail or caption rule. */
    static void assertNamesNothing(String sentence) throws RuleException {
        for (RuleKind kind : new RuleKind[] {RuleKind.LINE, RuleKind.TAIL, RuleKind.CAPTION}) {
            assertThat(get().firstMatch(kind, sentence)).as(kind + ": " + sentence).isNull();
        }
    }
}
