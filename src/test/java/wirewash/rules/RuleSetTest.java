package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleSetTest {
    @Test
    void firstMatchGivesTheFirstWrittenRuleThatMatches() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules",
                "line share share\nline advertisement advertisement\nline other (share|advertisement)"));
        assertThat(rules.firstMatch(RuleKind.LINE, "Advertisement").origin()).isEqualTo("t.rules:2");
    }

    @Test
    void firstMatchIsNullWhenNoRuleMatchesTheWholeBlock() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line share share\nline ad advertisement"));
        assertThat(rules.firstMatch(RuleKind.LINE, "Share this story with a friend today")).isNull();
    }

    @Test
    void repeatedTextGetsTheSameRuleFromMemory() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line share share\nline ad advertisement"));
        rules.firstMatch(RuleKind.LINE, "Advertisement");
        assertThat(rules.firstMatch(RuleKind.LINE, "Advertisement").origin()).isEqualTo("t.rules:2");
    }
}
