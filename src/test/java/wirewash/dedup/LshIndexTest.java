package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import wirewash.model.Signature;

class LshIndexTest {
    private static final String STORY = "The president of Kazakhstan announced Tuesday that a Russia-led security "
            + "alliance will start pulling out its troops from the Central Asian nation in two days after completing "
            + "its mission. The mostly Russian troops were deployed to Kazakhstan last week by the Collective "
            + "Security Treaty Organization, a military alliance of six former Soviet states.";
    private static final String EDITED = STORY.replace("Tuesday", "on Tuesday").replace("six", "several");
    private static final String OTHER = "Protests over soaring fuel prices erupted in the oil and gas rich nation "
            + "of 19 million on Jan. 2 and quickly spread to other cities, with the political discontent and the "
            + "authoritarian government that has ruled the country since independence.";

    private final Normalizer normalizer = new Normalizer();
    private final Shingler shingler = new Shingler(3);
    private final MinHasher hasher = new MinHasher(128, 1L, shingler.scheme());

    @Test
    void nearDuplicatesAreCandidatesAndUnrelatedTextIsNot() {
        LshIndex index = new LshIndex(new LshParams(32, 4));
        index.insert("story", sign(STORY));
        index.insert("other", sign(OTHER));

        assertThat(index.candidates(sign(EDITED))).containsExactly("story");
    }

    @Test
    void candidatesIncludeTheQueriedDocumentAndAreSorted() {
        LshIndex index = new LshIndex(new LshParams(32, 4));
        index.insert("b", sign(STORY));
        index.insert("a", sign(EDITED));

        assertThat(index.candidates(sign(STORY))).containsExactly("a", "b");
    }

    @Test
    void signatureOfAnotherSchemeIsRejected() {
        LshIndex index = new LshIndex(new LshParams(32, 4));
        index.insert("story", sign(STORY));
        Signature otherSeed = new MinHasher(128, 2L, shingler.scheme()).signature(shingles(EDITED));

        assertThatThrownBy(() -> index.insert("edited", otherSeed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differs");
        assertThatThrownBy(() -> index.candidates(otherSeed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signatureTooShortForTheBandsIsRejected() {
        LshIndex index = new LshIndex(new LshParams(40, 4));

        assertThatThrownBy(() -> index.insert("story", sign(STORY))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("160");
    }

    @Test
    void anIdCanBeInsertedOnce() {
        LshIndex index = new LshIndex(new LshParams(32, 4));
        index.insert("story", sign(STORY));

        assertThatThrownBy(() -> index.insert("story", sign(EDITED))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already");
    }

    @Test
    void emptyIndexHasNoCandidates() {
        assertThat(new LshIndex(new LshParams(32, 4)).candidates(sign(STORY))).isEmpty();
    }

    private Signature sign(String text) {
        return hasher.signature(shingles(text));
    }

    private long[] shingles(String text) {
        return shingler.shingles(normalizer.tokens(text));
    }
}
