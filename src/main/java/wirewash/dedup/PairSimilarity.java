package wirewash.dedup;

import wirewash.internal.Validate;

/**
 * How alike two documents are, measured exactly on their shingle sets, and whether that makes them duplicates.
 *
 * @param a                the first document's id
 * @param b                the second document's id
 * @param sharedShingles   shingles both hold
 * @param jaccard          shared / union of the two shingle sets (0 when both are empty)
 * @param containmentAInB  share of a's shingles found in b (0 when a has none)
 * @param containmentBInA  share of b's shingles found in a (0 when b has none)
 * @param estimatedJaccard the MinHash estimate of {@code jaccard}, from the signatures
 * @param duplicate        whether the verifier judged them copies of one story
 * @param why              the rule that decided, in a short sentence
 */
public record PairSimilarity(String a, String b, int sharedShingles, double jaccard, double containmentAInB,
                             double containmentBInA, double estimatedJaccard, boolean duplicate, String why) {
    public PairSimilarity {
        Validate.notBlank(a, "a");
        Validate.notBlank(b, "b");
        Validate.atLeast(sharedShingles, 0, "sharedShingles");
        Validate.fraction(jaccard, "jaccard");
        Validate.fraction(containmentAInB, "containmentAInB");
        Validate.fraction(containmentBInA, "containmentBInA");
        Validate.fraction(estimatedJaccard, "estimatedJaccard");
        Validate.notBlank(why, "why");
    }

    /** The id of the pair's other document. */
    public String other(String id) {
        if (id.equals(a)) return b;
        if (id.equals(b)) return a;
        throw new IllegalArgumentException("id " + id + " is not in the pair " + a + ", " + b);
    }

    /** Share of the given document's shingles found in the other one. */
    public double containmentOf(String id) {
        if (id.equals(a)) return containmentAInB;
        if (id.equals(b)) return containmentBInA;
        throw new IllegalArgumentException("id " + id + " is not in the pair " + a + ", " + b);
    }
}
