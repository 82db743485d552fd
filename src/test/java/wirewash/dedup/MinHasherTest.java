package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.model.Signature;

class MinHasherTest {
    private static final String SHINGLING = "words:3";

    @Test
    void sameInputAndSeedGiveTheSameSignature() {
        long[] shingles = {5L, -17L, 42L, 1L << 40};

        assertThat(new MinHasher(64, 7L, SHINGLING).signature(shingles))
                .isEqualTo(new MinHasher(64, 7L, SHINGLING).signature(shingles));
    }

    @Test
    void orderAndRepeatsDoNotMatter() {
        MinHasher hasher = new MinHasher(64, 7L, SHINGLING);

        assertThat(hasher.signature(new long[] {3L, 1L, 2L, 3L})).isEqualTo(hasher.signature(new long[] {1L, 2L, 3L}));
    }

    @Test
    void schemeNamesAlgorithmLengthSeedAndShingling() {
        assertThat(new MinHasher(128, 9L, SHINGLING).scheme().toString()).isEqualTo("minhash-k/128/seed=9/words:3");
    }

    @Test
    void emptySetGivesMaximalValues() {
        long[] values = new MinHasher(16, 1L, SHINGLING).signature(new long[0]).values();

        assertThat(values).containsOnly(Long.MAX_VALUE).hasSize(16);
    }

    @Test
    void signaturesOfDifferentSeedsCannotBeCompared() {
        long[] shingles = {1L, 2L, 3L};
        Signature one = new MinHasher(32, 1L, SHINGLING).signature(shingles);
        Signature other = new MinHasher(32, 2L, SHINGLING).signature(shingles);

        assertThatThrownBy(() -> one.estimateJaccard(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different schemes");
    }

    @Test
    void signaturesOfDifferentShinglingsCannotBeCompared() {
        long[] shingles = {1L, 2L, 3L};
        Signature threes = new MinHasher(32, 1L, "words:3").signature(shingles);
        Signature fives = new MinHasher(32, 1L, "words:5").signature(shingles);

        assertThatThrownBy(() -> threes.estimateJaccard(fives)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void estimateIsCloseToExactJaccard(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> a = new HashSet<>();
        Set<Long> b = new HashSet<>();
        int shared = random.nextInt(0, 400);
        for (int i = 0; i < shared; i++) {
            long value = random.nextLong();
            a.add(value);
            b.add(value);
        }
        for (int i = random.nextInt(1, 400); i > 0; i--) a.add(random.nextLong());
        for (int i = random.nextInt(1, 400); i > 0; i--) b.add(random.nextLong());
        Set<Long> union = new HashSet<>(a);
        union.addAll(b);
        double exact = (double) (a.size() + b.size() - union.size()) / union.size();
        MinHasher hasher = new MinHasher(128, seed * 31, SHINGLING);

        double estimate = hasher.signature(toArray(a)).estimateJaccard(hasher.signature(toArray(b)));

        assertThat(estimate).as("exact %.3f", exact).isCloseTo(exact, within(0.1));
    }

    @Test
    void fmix64IsABijectionOnSmallInputs() {
        long[] mixed = new long[1000];
        for (int i = 0; i < mixed.length; i++) mixed[i] = MinHasher.fmix64(i);

        assertThat(Arrays.stream(mixed).distinct().count()).isEqualTo(1000);
    }

    private static long[] toArray(Set<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
