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
}
