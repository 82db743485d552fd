package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.model.Signature;

class OnePermutationHasherTest {
    private final OnePermutationHasher hasher = new OnePermutationHasher(128, 1L, "words:3");

    @Test
    void emptySetGivesTheEmptySignature() {
        assertThat(hasher.signature(new long[0]).values()).containsOnly(MinHasher.EMPTY_VALUE).hasSize(128);
    }

    @Test
    void orderAndRepeatsDoNotMatter() {
        assertThat(hasher.signature(new long[] {3, 1, 2, 3})).isEqualTo(hasher.signature(new long[] {1, 2, 3}));
    }

    @Test
    void aSingleShingleFillsEveryBin() {
        assertThat(hasher.signature(new long[] {42}).values()).doesNotContain(MinHasher.EMPTY_VALUE);
    }

    @Test
    void seedsGiveDifferentSignaturesAndTheSchemeNamesTheAlgorithm() {
        long[] set = LongStream.range(0, 500).toArray();
        assertThat(new OnePermutationHasher(128, 2L, "words:3").signature(set).values())
                .isNotEqualTo(hasher.signature(set).values());
        assertThat(hasher.scheme().toString()).isEqualTo("oph-densified-v1/128/seed=1/words:3");
    }

    /** Two sets of known Jaccard: the estimate is within a few standard errors (sqrt(J(1-J)/128) <= 0.045). */
    @ParameterizedTest
    @ValueSource(ints = {11, 12, 13, 14, 15, 16, 17, 18})
    void estimatesJaccard(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int size : new int[] {40, 300, 2000}) {
            for (double j : new double[] {0.1, 0.3, 0.5, 0.8}) {
                int shared = (int) Math.round(2 * size * j / (1 + j));
                long[] a = new long[size];
                long[] b = new long[size];
                for (int i = 0; i < size; i++) {
                    a[i] = random.nextLong();
                    b[i] = i < shared ? a[i] : random.nextLong();
                }
                double exact = (double) shared / (2 * size - shared);
                Signature sa = hasher.signature(a);
                Signature sb = hasher.signature(b);
                assertThat(sa.estimateJaccard(sb)).as("size %d, J %.3f", size, exact).isCloseTo(exact,
                        org.assertj.core.data.Offset.offset(0.18));
            }
        }
    }
}
