package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictMemoTest {
    @Test
    void remembersTheVerdictOfAShortText() {
        VerdictMemo memo = new VerdictMemo();
        memo.put(RuleKind.LINE, "Share", 3);
        assertThat(memo.get(RuleKind.LINE, "Share")).isEqualTo(3);
    }

    @Test
    void verdictsOfOneKindAreNotAnothersAnswer() {
        VerdictMemo memo = new VerdictMemo();
        memo.put(RuleKind.LINE, "Share", 3);
        assertThat(memo.get(RuleKind.TAIL, "Share")).isNull();
    }

    @Test
    void longTextIsNotRemembered() {
        VerdictMemo memo = new VerdictMemo(4, 10);
        memo.put(RuleKind.LINE, "Share", VerdictMemo.NO_RULE);
        assertThat(memo.get(RuleKind.LINE, "Share")).isNull();
    }

    @Test
    void fullMemoTakesNoNewText() {
        VerdictMemo memo = new VerdictMemo(100, 1);
        memo.put(RuleKind.LINE, "Home", VerdictMemo.NO_RULE);
        memo.put(RuleKind.LINE, "Share", 3);
        assertThat(memo.get(RuleKind.LINE, "Share")).isNull();
    }
}
