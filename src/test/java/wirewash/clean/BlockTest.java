package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockTest {
    @Test
    void theStopwordTallyFollowsTheText() {
        Block block = Block.line(0, "Troops leave", 1);
        Stopwords english = Stopwords.forLanguage("en");
        assertThat(english.count(block.stopwordTally())).isZero();
        block.setText("Troops leave at the end of the week");
        assertThat(english.count(block.stopwordTally())).isEqualTo(english.count(block.words()));
        assertThat(english.count(block.stopwordTally())).isEqualTo(4);
    }
}
