package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMeasureTest {
    @Test
    void countsCjkCharactersAsHalfAWord() {
        assertThat(TextMeasure.wordCount("東京都は月曜日に新しい計画を発表した")).isEqualTo(9);
    }

    @Test
    void takesTheFullWidthStopAsTheEndOfASentence() {
        assertThat(TextMeasure.endsSentence("新しい計画を発表した。")).isTrue();
    }

    @Test
    void keepsAnInnerApostropheInAWord() {
        assertThat(TextMeasure.words("Don't stop")).containsExactly("don't", "stop");
    }
}
