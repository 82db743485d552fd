package wirewash.dedup;

import java.util.Locale;
import wirewash.internal.Validate;

/**
 * Measures two fingerprints exactly (shared shingles, Jaccard, containment each way) and judges whether they are
 * copies of one story: either their Jaccard similarity reaches {@code jaccardThreshold} while one of them lies at
 * least {@code jaccardMinContainment} inside the other, or the smaller one lies
 * mostly inside the larger (containment ≥ {@code containmentThreshold}) and is long enough for that to mean
 * something (≥ {@code minContainmentShingles} shingles) — so a truncated brief joins its full story.
 *
 * <p>The containment guard on Jaccard keeps out hard negatives: two different stories that share two or three
 * background paragraphs reach Jaccard 0.27 on synthetic corpora, but then neither holds half of the other
 * (measured with DedupBench: every different-story pair with Jaccard ≥ 0.2 had both containments below 0.45;
 * every different-story containment stayed below 0.66, hence 0.75 for containment alone).
 *
 * <p>Immutable and thread-safe.
 */
public final class PairVerifier {
    public static final double DEFAULT_JACCARD_THRESHOLD = 0.2;
    public static final double DEFAULT_CONTAINMENT_THRESHOLD = 0.75;
    public static final double DEFAULT_JACCARD_MIN_CONTAINMENT = 0.5;
    public static final int DEFAULT_MIN_CONTAINMENT_SHINGLES = 25;

    private final double jaccardThreshold;
    private final double containmentThreshold;
    private final int minContainmentShingles;
    private final double jaccardMinContainment;

    public PairVerifier(double jaccardThreshold, double containmentThreshold, int minContainmentShingles) {
        this(jaccardThreshold, containmentThreshold, minContainmentShingles, 0.0);
    }

    /**
     * @param jaccardMinContainment containment of one document in the other that a Jaccard verdict also needs
     */
    public PairVerifier(double jaccardThreshold, double containmentThreshold, int minContainmentShingles,
                        double jaccardMinContainment) {
        this.jaccardMinContainment = Validate.fraction(jaccardMinContainment, "jaccardMinContainment");
        this.jaccardThreshold = Validate.fraction(jaccardThreshold, "jaccardThreshold");
        this.containmentThreshold = Validate.fraction(containmentThreshold, "containmentThreshold");
        this.minContainmentShingles = Validate.atLeast(minContainmentShingles, 1, "minContainmentShingles");
    }

    /** The two documents' similarity and the verdict; throws if their signatures come from different schemes. */
    public PairSimilarity verify(Fingerprint a, Fingerprint b) {
        Validate.notNull(a, "a");
        Validate.notNull(b, "b");
        return verify(a, a.shingleArray(), b, b.shingleArray());
    }

    /**
     * As {@link #verify(Fingerprint, Fingerprint)}, with each document's shingles given apart from its fingerprint
     * (which may have been kept {@link Fingerprint#withoutShingles without them}).
     */
    public PairSimilarity verify(Fingerprint a, long[] aShingles, Fingerprint b, long[] bShingles) {
        return verify(a, aShingles, b, bShingles, true);
    }

    /**
     * As {@link #verify(Fingerprint, long[], Fingerprint, long[])} when the two are duplicates, else null: the
     * verdict without the cost of describing a pair that is dropped (a large run verifies billions of them).
     */
    public PairSimilarity duplicateOrNull(Fingerprint a, long[] aShingles, Fingerprint b, long[] bShingles) {
        return verify(a, aShingles, b, bShingles, false);
    }

    private PairSimilarity verify(Fingerprint a, long[] aShingles, Fingerprint b, long[] bShingles,
                                  boolean describeAll) {
        Validate.notNull(a, "a");
        Validate.notNull(b, "b");
        int aCount = aShingles.length;
        int bCount = bShingles.length;
        int shared;
        if (describeAll) {
            shared = Fingerprint.shared(aShingles, bShingles);
        } else {
            shared = Fingerprint.sharedAtLeast(aShingles, bShingles, fewestSharedOfADuplicate(aCount, bCount));
            if (shared < 0) return null;
        }
        int union = aCount + bCount - shared;
        double jaccard = ratio(shared, union);
        double aInB = ratio(shared, aCount);
        double bInA = ratio(shared, bCount);

        boolean aIsSmaller = aCount <= bCount;
        Fingerprint smaller = aIsSmaller ? a : b;
        Fingerprint larger = aIsSmaller ? b : a;
        int smallerCount = aIsSmaller ? aCount : bCount;
        double containment = aIsSmaller ? aInB : bInA;
        boolean containedEnough = containment >= containmentThreshold;
        boolean longEnough = smallerCount >= minContainmentShingles;
        double mostContained = Math.max(aInB, bInA);
        // the verdict of the branches below, in one expression
        if (!describeAll && !(jaccard >= jaccardThreshold && mostContained >= jaccardMinContainment
                || containedEnough && longEnough)) {
            return null;
        }
        double estimated = a.signature().estimateJaccard(b.signature());

        String why;
        boolean duplicate;
        if (jaccard >= jaccardThreshold && mostContained >= jaccardMinContainment) {
            duplicate = true;
            why = format("jaccard %.3f >= %.2f", jaccard, jaccardThreshold);
        } else if (jaccard >= jaccardThreshold && !(containedEnough && longEnough)) {
            duplicate = false;
            why = format("jaccard %.3f >= %.2f but neither holds %.2f of the other (at most %.3f): shared "
                    + "background, not one story", jaccard, jaccardThreshold, jaccardMinContainment, mostContained);
        } else if (containedEnough && longEnough) {
            duplicate = true;
            why = format("%s is contained %.3f in %s >= %.2f (%d shingles >= %d)", smaller.id(), containment,
                    larger.id(), containmentThreshold, smallerCount, minContainmentShingles);
        } else if (containedEnough) {
            duplicate = false;
            why = format("jaccard %.3f < %.2f; %s is contained %.3f in %s but has only %d shingles < %d", jaccard,
                    jaccardThreshold, smaller.id(), containment, larger.id(), smallerCount,
                    minContainmentShingles);
        } else {
            duplicate = false;
            why = format("jaccard %.3f < %.2f and containment %.3f < %.2f", jaccard, jaccardThreshold, containment,
                    containmentThreshold);
        }
        return new PairSimilarity(a.id(), b.id(), shared, jaccard, aInB, bInA, estimated, duplicate, why);
    }

    /**
     * A count of shared shingles below which two documents of these sizes cannot be judged duplicates by either
     * branch of the verdict, rounded down and less one, so that rounding never gives up a duplicate.
     */
    int fewestSharedOfADuplicate(int aCount, int bCount) {
        int smaller = Math.min(aCount, bCount);
        // Jaccard >= t  <=>  shared >= t (a + b) / (1 + t); the containment guard: shared >= min * smaller
        double byJaccard = Math.max(jaccardThreshold * (aCount + bCount) / (1 + jaccardThreshold),
                jaccardMinContainment * smaller);
        double byContainment = smaller >= minContainmentShingles ? containmentThreshold * smaller : byJaccard;
        return (int) Math.floor(Math.min(byJaccard, byContainment)) - 1;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
