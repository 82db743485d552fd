package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import wirewash.model.Signature;

class PairVerifierTest {
    private final PairVerifier verifier = new PairVerifier(0.2, 0.7, 25);

    @Test
    void jaccardAndContainmentOfSmallKnownSets() {
        PairSimilarity pair = verifier.verify(Fingerprints.of("a", new long[] {1, 2, 3, 4}),
                Fingerprints.of("b", new long[] {3, 4, 5, 6, 7, 8}));

        assertThat(pair.sharedShingles()).isEqualTo(2);
        assertThat(pair.jaccard()).isCloseTo(2.0 / 8, within(1e-12));
        assertThat(pair.containmentAInB()).isCloseTo(2.0 / 4, within(1e-12));
        assertThat(pair.containmentBInA()).isCloseTo(2.0 / 6, within(1e-12));
    }

    @Test
    void jaccardAtThresholdIsADuplicate() {
        PairSimilarity pair = verifier.verify(Fingerprints.of("a", Fingerprints.range(0, 100)),
                Fingerprints.of("b", Fingerprints.range(50, 250)));

        assertThat(pair.jaccard()).isCloseTo(0.2, within(1e-12));
        assertThat(pair.duplicate()).isTrue();
        assertThat(pair.why()).isEqualTo("jaccard 0.200 >= 0.20");
    }

    @Test
    void briefContainedInItsStoryIsADuplicate() {
        Fingerprint story = Fingerprints.of("story", Fingerprints.range(0, 400));
        Fingerprint brief = Fingerprints.of("brief", Fingerprints.range(0, 40));

        PairSimilarity pair = verifier.verify(story, brief);

        assertThat(pair.jaccard()).isLessThan(0.2);
        assertThat(pair.containmentBInA()).isEqualTo(1.0);
        assertThat(pair.duplicate()).isTrue();
        assertThat(pair.why()).startsWith("brief is contained 1.000 in story");
    }

    @Test
    void partialOverlapIsNotADuplicate() {
        PairSimilarity pair = verifier.verify(Fingerprints.of("a", Fingerprints.range(0, 100)),
                Fingerprints.of("b", Fingerprints.range(80, 180)));

        assertThat(pair.jaccard()).isCloseTo(20.0 / 180, within(1e-12));
        assertThat(pair.duplicate()).isFalse();
        assertThat(pair.why()).isEqualTo("jaccard 0.111 < 0.20 and containment 0.200 < 0.70");
    }

    @Test
    void containedSnippetTooShortIsNotADuplicate() {
        PairSimilarity pair = verifier.verify(Fingerprints.of("story", Fingerprints.range(0, 400)),
                Fingerprints.of("snippet", Fingerprints.range(10, 20)));

        assertThat(pair.duplicate()).isFalse();
        assertThat(pair.why()).contains("only 10 shingles < 25");
    }

    @Test
    void twoEmptyDocumentsAreNotDuplicates() {
        PairSimilarity pair = verifier.verify(Fingerprints.of("a", new long[0]), Fingerprints.of("b", new long[0]));

        assertThat(pair.jaccard()).isZero();
        assertThat(pair.duplicate()).isFalse();
    }

    @Test
    void estimateFromSignaturesIsReported() {
        PairSimilarity pair = verifier.verify(Fingerprints.of("a", Fingerprints.range(0, 300)),
                Fingerprints.of("b", Fingerprints.range(100, 400)));

        assertThat(pair.estimatedJaccard()).isCloseTo(pair.jaccard(), within(0.1));
    }

    @Test
    void fingerprintsOfDifferentSchemesAreRejected() {
        long[] shingles = {1, 2, 3};
        Signature otherSeed = new MinHasher(128, 2L, "words:3").signature(shingles);
        Fingerprint other = new Fingerprint("b", otherSeed, shingles, 3, null);

        assertThatThrownBy(() -> verifier.verify(Fingerprints.of("a", shingles), other))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containmentOfNamesTheDocument() {
        PairSimilarity pair = verifier.verify(Fingerprints.of("a", new long[] {1, 2}),
                Fingerprints.of("b", new long[] {2, 3, 4, 5}));

        assertThat(pair.containmentOf("a")).isEqualTo(0.5);
        assertThat(pair.containmentOf("b")).isEqualTo(0.25);
        assertThat(pair.other("a")).isEqualTo("b");
    }

    @Test
    void sharedBackgroundWithNeitherHalfInsideTheOtherIsNotADuplicate() {
        // 30 shared of 75 and 75: Jaccard 0.25, each 0.4 inside the other
        Fingerprint a = Fingerprints.of("a", Fingerprints.range(0, 75));
        Fingerprint b = Fingerprints.of("b", Fingerprints.range(45, 120));
        PairSimilarity guarded = new PairVerifier(0.2, 0.75, 25, 0.5).verify(a, b);
        assertThat(guarded.duplicate()).isFalse();
    }

    /** The quick verdict keeps exactly the pairs the described one judges duplicates, with the same figures. */
    @Test
    void duplicateOrNullAgreesWithTheFullVerdict() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        PairVerifier guarded = new PairVerifier(0.2, 0.75, 25, 0.5);
        int duplicates = 0;
        for (int round = 0; round < 2000; round++) {
            long from = random.nextInt(60);
            Fingerprint a = Fingerprints.of("a", Fingerprints.range(from, from + 1 + random.nextInt(120)));
            long start = random.nextInt(80);
            Fingerprint b = Fingerprints.of("b", Fingerprints.range(start, start + 1 + random.nextInt(120)));
            PairSimilarity full = guarded.verify(a, b);
            PairSimilarity quick = guarded.duplicateOrNull(a, a.shingles(), b, b.shingles());
            if (full.duplicate()) duplicates++;
            assertThat(quick).isEqualTo(full.duplicate() ? full : null);
        }
        assertThat(duplicates).isBetween(100, 1900);
    }

    /**
     * The verdict that gives up early equals the full one on seeded random pairs of every size and overlap,
     * many of them near a threshold.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void givingUpEarlyNeverChangesAVerdict(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        PairVerifier[] verifiers = {new PairVerifier(0.2, 0.75, 25, 0.5), new PairVerifier(0.2, 0.7, 25),
                new PairVerifier(0.5, 0.9, 5, 0.3)};
        int duplicates = 0;
        for (int t = 0; t < 1000; t++) {
            int aSize = random.nextInt(400);
            int bSize = random.nextInt(400);
            int common = Math.min(aSize, bSize) == 0 ? 0 : random.nextInt(Math.min(aSize, bSize) + 1);
            java.util.TreeSet<Long> a = new java.util.TreeSet<>();
            java.util.TreeSet<Long> b = new java.util.TreeSet<>();
            while (a.size() < common) {
                long v = random.nextLong();
                a.add(v);
                b.add(v);
            }
            while (a.size() < aSize) a.add(random.nextLong());
            while (b.size() < bSize) b.add(random.nextLong());
            Fingerprint fa = Fingerprints.of("a", a.stream().mapToLong(Long::longValue).toArray());
            Fingerprint fb = Fingerprints.of("b", b.stream().mapToLong(Long::longValue).toArray());
            for (PairVerifier v : verifiers) {
                PairSimilarity full = v.verify(fa, fb);
                PairSimilarity early = v.duplicateOrNull(fa, fa.shingleArray(), fb, fb.shingleArray());
                if (full.duplicate()) duplicates++;
                assertThat(early).as("sizes %d, %d sharing %d", aSize, bSize, full.sharedShingles())
                        .isEqualTo(full.duplicate() ? full : null);
            }
        }
        assertThat(duplicates).isGreaterThan(150);
    }

    @Test
    void fewestSharedOfADuplicateIsBelowEveryBranchOfTheVerdict() {
        PairVerifier v = new PairVerifier(0.2, 0.75, 25, 0.5);
        // 100 and 100: Jaccard 0.2 needs 33.3 shared, half of the smaller 50, containment 75: the least is 50
        assertThat(v.fewestSharedOfADuplicate(100, 100)).isEqualTo(49);
        // 10 and 1000: too short for containment; Jaccard 0.2 needs 168.3
        assertThat(v.fewestSharedOfADuplicate(10, 1000)).isEqualTo(167);
        assertThat(v.fewestSharedOfADuplicate(0, 0)).isEqualTo(-1);
    }
}
