package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class WholeMatchesTest {
    private static Rule rule(String pattern) {
        return new Rule(RuleKind.LINE, "t", pattern, "t:1",
                Pattern.compile("^(?:" + pattern + ")", Pattern.CASE_INSENSITIVE), null);
    }

    @Test
    void answersAsEachRuleBeforeAndAfterItsDfaIsBuilt() {
        List<Rule> rules = List.of(rule("share( this)?"), rule(".{0,40}[.!?] photo: .{1,20}"), rule("\\bby\\b.*"));
        WholeMatches matches = new WholeMatches(rules, 2, 10_000);
        List<String> texts = List.of("Share this", "share", "A storm. Photo: AP", "By Jane Doe", "nearby", "sharing",
                "A long caption that goes on and on for more than forty chars. Photo: AP", "");
        for (int round = 0; round < 4; round++) { // rounds 0 and 1 by RE2J, the rest by the DFA
            for (String text : texts) {
                for (int i = 0; i < rules.size(); i++) {
                    assertThat(matches.matches(i, text)).as(rules.get(i).pattern() + " / " + text)
                            .isEqualTo(rules.get(i).matches(text));
                }
            }
        }
    }

    @Test
    void aDfaOutOfStatesLeavesTheAnswerToRe2j() {
        List<Rule> rules = List.of(rule(".{0,300}x"));
        WholeMatches matches = new WholeMatches(rules, 0, 3);
        assertThat(matches.matches(0, "a".repeat(200) + "x")).isTrue();
        assertThat(matches.matches(0, "a".repeat(301) + "x")).isFalse();
        assertThat(matches.matches(0, "ax")).isTrue();
    }
}
