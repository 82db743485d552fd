package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordShinglerTest {
    @Test
    void isNormalizerThenShingler() {
        WordShingler shingler = new WordShingler(3, true);
        String text = "The colour of the sky, on 2 Jan.";
        TextShingler.Shingled shingled = shingler.shingle(text);
        assertThat(shingled.shingles()).isEqualTo(new Shingler(3).shingles(new Normalizer(true).tokens(text)));
        assertThat(shingled.tokenCount()).isEqualTo(8);
        assertThat(shingler.scheme()).isEqualTo("words:3+fold");
        assertThat(new WordShingler(5, false).scheme()).isEqualTo("words:5");
    }
}
