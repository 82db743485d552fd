package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextVerdictsTest {
    @Test
    void aTextSeenAgainGetsTheSameSlots() {
        TextVerdicts verdicts = new TextVerdicts(5);
        int[] first = verdicts.of("Share");
        first[2] = TextVerdicts.NO_RULE;
        int[] again = verdicts.of(new String("Share"));
        assertThat(again).isSameAs(first);
        assertThat(again[2]).isEqualTo(TextVerdicts.NO_RULE);
        assertThat(again[0]).isEqualTo(TextVerdicts.UNKNOWN);
    }

    @Test
    void aLongTextIsNotKept() {
        TextVerdicts verdicts = new TextVerdicts(5, 4, 10);
        assertThat(verdicts.of("Share")).isNull();
        assertThat(verdicts.of("Home")).hasSize(5);
    }

    @Test
    void aFullStoreIsEmptiedAndFillsAgain() {
        TextVerdicts verdicts = new TextVerdicts(5, 100, 2);
        verdicts.of("Home")[0] = TextVerdicts.NO_RULE;
        verdicts.of("Share");
        int[] menu = verdicts.of("Menu");
        assertThat(verdicts.size()).isEqualTo(1);
        assertThat(verdicts.of("Menu")).isSameAs(menu);
        assertThat(verdicts.of("Home")[0]).isEqualTo(TextVerdicts.UNKNOWN);
    }
}
