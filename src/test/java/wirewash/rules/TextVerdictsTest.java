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

    @Test
    void aParagraphStoreKeepsParagraphsAndNotLines() {
        TextVerdicts paragraphs = TextVerdicts.paragraphs(5);
        String paragraph = "The council voted on Tuesday to close the old bridge to lorries. ".repeat(4);
        assertThat(paragraphs.of("Share")).isNull();
        int[] first = paragraphs.of(paragraph);
        assertThat(first).hasSize(5);
        assertThat(paragraphs.of(new String(paragraph))).isSameAs(first);
        assertThat(paragraphs.of("x".repeat(TextVerdicts.DEFAULT_MAX_PARAGRAPH_CHARS + 1))).isNull();
    }

    @Test
    void aStoreFullOfCharsIsEmptiedAndFillsAgain() {
        TextVerdicts verdicts = new TextVerdicts(5, 10, 100, 1_000, 50);
        String first = "first text of twenty";
        verdicts.of(first)[0] = TextVerdicts.NO_RULE;
        verdicts.of("second text of twenty");
        verdicts.of("third text of twenty!");
        assertThat(verdicts.size()).isEqualTo(3);
        // 60 chars kept, over the 50 allowed: the next new text empties the store
        verdicts.of("fourth text of twenty");
        assertThat(verdicts.size()).isEqualTo(1);
        assertThat(verdicts.of(first)[0]).isEqualTo(TextVerdicts.UNKNOWN);
    }
}
