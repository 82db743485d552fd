package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

class BandedPairsTest {
    private static final SignatureScheme SCHEME = new SignatureScheme("test", 8, 1L, "words:3");

    private static Signature signature(long... values) {
        return new Signature(SCHEME, values);
    }

    @Test
    void signaturesSharingABandArePairedOnceInPositionOrder() {
        List<Signature> signatures = List.of(
                signature(1, 2, 3, 4, 5, 6, 7, 8),
                signature(9, 9, 9, 9, 9, 9, 9, 9),
                signature(1, 2, 0, 0, 5, 6, 0, 0));

        long[] pairs = new BandedPairs(new LshParams(4, 2)).pairs(signatures);

        assertThat(pairs).containsExactly(((long) 0 << 32) | 2);
        assertThat(BandedPairs.first(pairs[0])).isZero();
        assertThat(BandedPairs.second(pairs[0])).isEqualTo(2);
    }

    @Test
    void aBandMustMatchInEveryRow() {
        List<Signature> signatures = List.of(signature(1, 2, 3, 4, 5, 6, 7, 8), signature(1, 0, 3, 0, 5, 0, 7, 0));

        assertThat(new BandedPairs(new LshParams(4, 2)).pairs(signatures)).isEmpty();
    }

    /** The same pairs as an LshIndex holding every signature proposes, on random signatures with shared bands. */
    @Test
    void proposesExactlyWhatAnLshIndexProposes() {
        SplittableRandom random = new SplittableRandom(5);
        List<Signature> signatures = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            long[] values = new long[8];
            // values from a small range, so many bands are shared by chance
            for (int v = 0; v < values.length; v++) values[v] = random.nextInt(6);
            signatures.add(signature(values));
        }
        LshParams params = new LshParams(4, 2);
        LshIndex index = new LshIndex(params);
        for (int i = 0; i < signatures.size(); i++) index.insert(String.format("%04d", i), signatures.get(i));
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            for (String candidate : index.candidates(signatures.get(i))) {
                int j = Integer.parseInt(candidate);
                if (j > i) expected.add(((long) i << 32) | j);
            }
        }

        assertThat(new BandedPairs(params).pairs(signatures)).containsExactly(
                expected.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Streamed in small chunks, every pair comes exactly once (in the first band it shares) and together they are
     * the pairs an LshIndex proposes; each chunk's pairs with one first position come together.
     */
    @Test
    void streamsEachCandidateOnceInItsFirstSharedBand() {
        SplittableRandom random = new SplittableRandom(11);
        List<Signature> signatures = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            long[] values = new long[8];
            for (int v = 0; v < values.length; v++) values[v] = random.nextInt(5);
            signatures.add(signature(values));
        }
        LshParams params = new LshParams(4, 2);
        BandedPairs banded = new BandedPairs(params);
        java.util.Set<Long> expected = new java.util.TreeSet<>();
        for (int i = 0; i < signatures.size(); i++) {
            for (int j = i + 1; j < signatures.size(); j++) {
                if (banded.shareABand(signatures.get(i), signatures.get(j))) expected.add(((long) i << 32) | j);
            }
        }
        List<Long> streamed = new ArrayList<>();
        List<Integer> chunkSizes = new ArrayList<>();
        banded.forEachPair(signatures, 7, (chunk, count) -> {
            chunkSizes.add(count);
            for (int k = 0; k < count; k++) streamed.add(chunk[k]);
        });

        assertThat(streamed).doesNotHaveDuplicates();
        assertThat(new java.util.TreeSet<>(streamed)).isEqualTo(expected);
        assertThat(chunkSizes).allMatch(size -> size <= 7);
        assertThat(streamed).allMatch(p -> BandedPairs.first(p) < BandedPairs.second(p));
        // each pair came in the band where its two signatures first agree: pairs of one band are contiguous
        for (int k = 1; k < streamed.size(); k++) {
            int before = banded.firstSharedBand(signatures.get(BandedPairs.first(streamed.get(k - 1))),
                    signatures.get(BandedPairs.second(streamed.get(k - 1))), params.bands() - 1);
            int now = banded.firstSharedBand(signatures.get(BandedPairs.first(streamed.get(k))),
                    signatures.get(BandedPairs.second(streamed.get(k))), params.bands() - 1);
            assertThat(now).isGreaterThanOrEqualTo(before);
        }
        assertThat(new BandedPairs(params).pairs(signatures))
                .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void bandKeysAreEqualForEqualBandsAndDifferAcrossBands() {
        BandedPairs banded = new BandedPairs(new LshParams(4, 2));
        Signature a = signature(1, 2, 3, 4, 5, 6, 7, 8);
        Signature b = signature(1, 2, 0, 0, 0, 0, 0, 0);

        assertThat(banded.key(a, 0)).isEqualTo(banded.key(b, 0));
        assertThat(banded.key(a, 1)).isNotEqualTo(banded.key(b, 1));
        assertThat(banded.key(signature(1, 2, 1, 2, 0, 0, 0, 0), 0))
                .isNotEqualTo(banded.key(signature(1, 2, 1, 2, 0, 0, 0, 0), 1));
        assertThat(banded.firstSharedBand(a, b, 3)).isZero();
        assertThat(banded.shareABand(a, signature(0, 2, 0, 4, 0, 6, 0, 8))).isFalse();
        assertThatThrownBy(() -> banded.key(a, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signaturesOfDifferentSchemesAreRefused() {
        Signature other = new Signature(new SignatureScheme("test", 8, 2L, "words:3"), new long[8]);

        assertThatThrownBy(() -> new BandedPairs(new LshParams(4, 2)).pairs(List.of(signature(new long[8]), other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different schemes");
    }
}
