package wirewash.dedup;

import wirewash.internal.Validate;
import wirewash.model.SignatureScheme;

/**
 * The settings of near-duplicate detection: how text is shingled and signed, how low a similarity the LSH index
 * must still surface, and the thresholds a candidate pair must pass to count as a duplicate.
 *
 * <p>The defaults were calibrated on the five seed pages (src/test/resources/seeds-expected): at 3-word shingles
 * the AP story and its PA rewrite (000, 002) have Jaccard 0.459, every other pair at most 0.030. A Jaccard
 * threshold of 0.2 keeps the true pair at more than twice the threshold and the others at less than a sixth of
 * it. An LSH threshold of 0.1 gives 64 bands × 2 rows, which makes a pair of Jaccard 0.3 a candidate with
 * probability 0.9976 and one of 0.33 with probability 0.9994.
 *
 * @param shingleSize            words per shingle
 * @param numPerm                MinHash signature length
 * @param seed                   seed of the MinHash functions
 * @param lshThreshold           Jaccard similarity the LSH banding is tuned to surface
 * @param jaccardThreshold       Jaccard at or above which a pair is a duplicate
 * @param containmentThreshold   containment of the smaller document in the larger at or above which it is a duplicate
 * @param minContainmentShingles shingles the smaller document needs for containment to count
 * @param jaccardMinContainment  containment of one document in the other that a Jaccard verdict also needs
 * @param foldSpellings          whether British/American spellings and date styles are folded before shingling
 * @param algorithm              signature algorithm: {@link OnePermutationHasher#ALGORITHM} (v2's, the default),
 *                               {@link SuperMinHasher#ALGORITHM} (v1's) or {@link MinHasher#ALGORITHM}
 * @param signing                how text becomes shingle hashes: {@link Signing#V2} (default) or {@link Signing#V1},
 *                               which signatures stored by earlier versions were made with; {@link #withSigning}
 *                               sets the version's algorithm too
 *
 * <p>Re-measured on synthetic corpora of rewritten wire copy with boilerplate (DedupBench, seeds 1–3, 800 docs):
 * hard negatives (different stories sharing 2–3 background paragraphs) reach Jaccard 0.265 and containment 0.655,
 * so a Jaccard verdict now also needs one document half inside the other, and containment alone needs 0.75.
 */
public record DedupConfig(int shingleSize, int numPerm, long seed, double lshThreshold, double jaccardThreshold,
                          double containmentThreshold, int minContainmentShingles, double jaccardMinContainment,
                          boolean foldSpellings, String algorithm, Signing signing) {
    public static final int DEFAULT_SHINGLE_SIZE = Shingler.DEFAULT_SIZE;
    public static final int DEFAULT_NUM_PERM = MinHasher.DEFAULT_NUM_PERM;
    public static final long DEFAULT_SEED = MinHasher.DEFAULT_SEED;
    public static final double DEFAULT_LSH_THRESHOLD = 0.1;
    public static final double DEFAULT_JACCARD_THRESHOLD = PairVerifier.DEFAULT_JACCARD_THRESHOLD;
    public static final double DEFAULT_CONTAINMENT_THRESHOLD = PairVerifier.DEFAULT_CONTAINMENT_THRESHOLD;
    public static final int DEFAULT_MIN_CONTAINMENT_SHINGLES = PairVerifier.DEFAULT_MIN_CONTAINMENT_SHINGLES;
    public static final double DEFAULT_JACCARD_MIN_CONTAINMENT = PairVerifier.DEFAULT_JACCARD_MIN_CONTAINMENT;
    public static final boolean DEFAULT_FOLD_SPELLINGS = Normalizer.DEFAULT_FOLD_SPELLINGS;
    public static final Signing DEFAULT_SIGNING = Signing.V2;
    public static final String DEFAULT_ALGORITHM = DEFAULT_SIGNING.algorithm();

    public DedupConfig {
        Validate.positive(shingleSize, "shingleSize");
        Validate.positive(numPerm, "numPerm");
        Validate.fraction(lshThreshold, "lshThreshold");
        Validate.fraction(jaccardThreshold, "jaccardThreshold");
        Validate.fraction(containmentThreshold, "containmentThreshold");
        Validate.atLeast(minContainmentShingles, 1, "minContainmentShingles");
        Validate.fraction(jaccardMinContainment, "jaccardMinContainment");
        Validate.isTrue(MinHasher.ALGORITHM.equals(algorithm) || SuperMinHasher.ALGORITHM.equals(algorithm)
                        || OnePermutationHasher.ALGORITHM.equals(algorithm), "algorithm must be " + MinHasher.ALGORITHM
                        + ", " + SuperMinHasher.ALGORITHM + " or " + OnePermutationHasher.ALGORITHM + ", was " + algorithm);
        Validate.notNull(signing, "signing");
    }

    /** A configuration with {@link Signing#V1}, the only signing before v2 existed. */
    public DedupConfig(int shingleSize, int numPerm, long seed, double lshThreshold, double jaccardThreshold,
                       double containmentThreshold, int minContainmentShingles, double jaccardMinContainment,
                       boolean foldSpellings, String algorithm) {
        this(shingleSize, numPerm, seed, lshThreshold, jaccardThreshold, containmentThreshold, minContainmentShingles,
                jaccardMinContainment, foldSpellings, algorithm, Signing.V1);
    }

    /** This configuration with another signing version and that version's signature algorithm. */
    public DedupConfig withSigning(Signing other) {
        return new DedupConfig(shingleSize, numPerm, seed, lshThreshold, jaccardThreshold, containmentThreshold,
                minContainmentShingles, jaccardMinContainment, foldSpellings, other.algorithm(), other);
    }

    /** This configuration with another signature algorithm. */
    public DedupConfig withAlgorithm(String other) {
        return new DedupConfig(shingleSize, numPerm, seed, lshThreshold, jaccardThreshold, containmentThreshold,
                minContainmentShingles, jaccardMinContainment, foldSpellings, other, signing);
    }

    /** The shingler this configuration names. */
    public TextShingler shingler() {
        return signing.shingler(shingleSize, foldSpellings);
    }

    /**
     * The scheme of the signatures this configuration makes: what a deduplicator built from it reports, without
     * choosing LSH bands for it (which integrates hundreds of candidate curves).
     */
    public SignatureScheme scheme() {
        return hasher(shingler().scheme()).scheme();
    }

    /** The hasher this configuration names. */
    public SignatureHasher hasher(String shingling) {
        if (MinHasher.ALGORITHM.equals(algorithm)) return new MinHasher(numPerm, seed, shingling);
        if (OnePermutationHasher.ALGORITHM.equals(algorithm)) return new OnePermutationHasher(numPerm, seed, shingling);
        return new SuperMinHasher(numPerm, seed, shingling);
    }

    /** The calibrated defaults. */
    public static DedupConfig defaults() {
        return new DedupConfig(DEFAULT_SHINGLE_SIZE, DEFAULT_NUM_PERM, DEFAULT_SEED, DEFAULT_LSH_THRESHOLD,
                DEFAULT_JACCARD_THRESHOLD, DEFAULT_CONTAINMENT_THRESHOLD, DEFAULT_MIN_CONTAINMENT_SHINGLES,
                DEFAULT_JACCARD_MIN_CONTAINMENT, DEFAULT_FOLD_SPELLINGS, DEFAULT_ALGORITHM, DEFAULT_SIGNING);
    }
}
