package wirewash.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocsJsonlTest {
    @Test
    void wordsAreRunsOfCharsThatAreNotWhiteSpace() {
        assertThat(DocsJsonl.wordCount("")).isZero();
        assertThat(DocsJsonl.wordCount("  one\ttwo\n\nthree\u2003four\u00a0five ")).isEqualTo(4);
    }

    @Test
    void everyCharSplitsWordsAsCharacterIsWhitespaceSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int expected = Character.isWhitespace(c) ? 2 : 1;
            assertThat(DocsJsonl.wordCount("a" + c + "b")).as("char %04x", (int) c).isEqualTo(expected);
        }
    }
}
