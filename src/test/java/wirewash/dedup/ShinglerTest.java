package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglerTest {
    @Test
    void shinglesAreTheHashesOfEachKGram() {
        long[] shingles = new Shingler(3).shingles(List.of("a", "b", "c", "d"));

        assertThat(shingles).containsExactlyInAnyOrder(Shingler.hash("a b c"), Shingler.hash("b c d"));
    }

    @Test
    void shinglesAreSortedAndDistinct() {
        long[] shingles = new Shingler(2).shingles(List.of("x", "y", "x", "y", "x", "y"));

        assertThat(shingles).hasSize(2).isSorted();
    }

    @Test
    void documentShorterThanKGivesOneShingleOfAllTokens() {
        assertThat(new Shingler(5).shingles(List.of("troops", "leave"))).containsExactly(Shingler.hash("troops leave"));
    }

    @Test
    void noTokensGiveNoShingles() {
        assertThat(new Shingler(3).shingles(List.of())).isEmpty();
    }

    @Test
    void wordOrderMatters() {
        Shingler shingler = new Shingler(2);

        assertThat(shingler.shingles(List.of("a", "b"))).isNotEqualTo(shingler.shingles(List.of("b", "a")));
    }

    @Test
    void schemeNamesTheShingling() {
        assertThat(new Shingler(3).scheme()).isEqualTo("words:3");
    }

    @Test
    void sizeMustBePositive() {
        assertThatThrownBy(() -> new Shingler(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
    }

    @Test
    void shingleHashIsTheHashOfItsTokensJoinedBySpaces() {
        long[] shingles = new Shingler(2).shingles(List.of("café", "naïve"));
        assertThat(shingles).containsExactly(Shingler.hash("café naïve"));
    }

    @Test
    void shingleHashIsMurmur3x64FirstHalfSoStoredSignaturesStayValid() {
        for (String shingle : List.of("a b c", "kazakhstan's president said", "café naïve ünïcödé", "日本 語 𝔘")) {
            byte[] bytes = shingle.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(Shingler.hash(shingle))
                    .isEqualTo(org.apache.commons.codec.digest.MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)[0]);
        }
    }

    @Test
    void hashesAreInTextOrderWithRepeats() {
        long[] hashes = new Shingler(2).hashes(List.of("x", "ÿ", "x", "ÿ"));

        assertThat(hashes).containsExactly(Shingler.hash("x ÿ"), Shingler.hash("ÿ x"), Shingler.hash("x ÿ"));
    }
}
