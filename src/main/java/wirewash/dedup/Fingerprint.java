package wirewash.dedup;

import java.util.Arrays;
import java.util.Objects;
import wirewash.internal.Validate;
import wirewash.model.Signature;

/**
 * What dedup keeps of one document: its MinHash signature for finding candidates, its exact shingle set for
 * verifying them, and its length and date for choosing the canonical copy.
 *
 * @param id         the document's id
 * @param signature  MinHash signature of {@code shingles}
 * @param shingles   the document's shingle hashes, sorted ascending and distinct (copied in and out)
 * @param tokenCount number of word tokens in the clean body
 * @param published  publication date as ISO-8601, or null when unknown
 */
public record Fingerprint(String id, Signature signature, long[] shingles, int tokenCount, String published) {
    public Fingerprint {
        Validate.notBlank(id, "id");
        Validate.notNull(signature, "signature");
        Validate.notNull(shingles, "shingles");
        Validate.atLeast(tokenCount, 0, "tokenCount");
        shingles = shingles.clone();
        for (int i = 1; i < shingles.length; i++) {
            // the message is built only on failure: this loop runs for every shingle of every document
            if (shingles[i - 1] >= shingles[i]) {
                throw new IllegalArgumentException("shingles must be sorted and distinct, not at index " + i);
            }
        }
        if (published != null && published.isBlank()) published = null;
    }

    @Override
    public long[] shingles() {
        return shingles.clone();
    }

    /** Number of distinct shingles. */
    public int shingleCount() {
        return shingles.length;
    }

    /**
     * This fingerprint without its shingles, for a caller that keeps them elsewhere (on disk) and hands them to
     * {@link Deduplicator#cluster(java.util.Collection, ShingleSource)}: a few hundred bytes instead of several
     * kilobytes. Its {@link #shingleCount} is 0; only the clustering that is given the shingles may use it.
     */
    public Fingerprint withoutShingles() {
        return new Fingerprint(id, signature, new long[0], tokenCount, published);
    }

    /** The shingles without a copy, for the verifier in this package. */
    long[] shingleArray() {
        return shingles;
    }

    /** Shingles both documents hold, counted by walking the two sorted arrays once. */
    public int sharedShingles(Fingerprint other) {
        Validate.notNull(other, "other");
        return shared(shingles, other.shingles);
    }

    /** Values both sorted, distinct arrays hold. */
    static int shared(long[] mine, long[] theirs) {
        return sharedAtLeast(mine, theirs, 0);
    }

    /**
     * {@link #shared}, or -1 as soon as the shingles left in the two arrays could no longer bring the count to
     * {@code needed}: a pair that cannot be a duplicate is given up half way through, on average.
     */
    static int sharedAtLeast(long[] mine, long[] theirs, int needed) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < mine.length && j < theirs.length) {
            // checked now and then, not at every step: the walk itself is the hot loop
            if (((i + j) & 63) == 0 && shared + Math.min(mine.length - i, theirs.length - j) < needed) return -1;
            long x = mine[i];
            long y = theirs[j];
            // without branches (conditional moves): which array steps is a coin toss a branch would mispredict
            shared += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return shared;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && id.equals(f.id) && signature.equals(f.signature)
                && Arrays.equals(shingles, f.shingles) && tokenCount == f.tokenCount
                && Objects.equals(published, f.published);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, signature, Arrays.hashCode(shingles), tokenCount, published);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + id + ", " + tokenCount + " tokens, " + shingles.length + " shingles, published="
                + published + "]";
    }
}
