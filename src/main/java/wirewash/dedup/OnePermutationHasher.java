package wirewash.dedup;

import java.util.Arrays;
import wirewash.internal.Validate;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/**
 * One-permutation MinHash with optimal densification (Li, Owen and Zhang 2012; Shrivastava 2017): each shingle
 * hash is mixed with the seed (fmix64), its top bits choose one of {@code numPerm} bins and its low 32 bits are
 * its value; each bin keeps its smallest value. A bin no shingle fell into borrows the value of the first
 * non-empty bin of its own seeded probe sequence, which keeps the probability that two sets agree at a position
 * equal to their Jaccard similarity. One pass over the set and a hash per shingle: O(n + m), against
 * SuperMinHash's O(n + m log² m) with a random-number stream per shingle.
 *
 * <p>Immutable and thread-safe.
 */
public final class OnePermutationHasher implements SignatureHasher {
    public static final String ALGORITHM = "oph-densified-v1";
    private static final long VALUE_MASK = 0xFFFFFFFFL;
    private static final long PROBE_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long ATTEMPT_MULTIPLIER = 0xC2B2AE3D27D4EB4FL;
    /** Probes per bin kept in {@link #probes}; a bin that needs more computes the rest. */
    private static final int KEPT_PROBES = 32;
    /** Bins beyond this many keep no probes (a char holds a bin). */
    private static final int MAX_TABULATED_BINS = Character.MAX_VALUE + 1;

    private final SignatureScheme scheme;
    private final long seed;
    private final int bins;
    /**
     * The first {@link #KEPT_PROBES} bins of each bin's probe sequence, which depend on the seed and the bin alone:
     * densifying a short text's signature (most bins empty, each probing a few dozen times) looks them up instead
     * of hashing. Empty when there are too many bins.
     */
    private final char[] probes;

    /**
     * @param numPerm   number of bins, the signature's length
     * @param seed      seed of the hash; signatures of different seeds cannot be compared
     * @param shingling how the sets to be hashed were shingled, named in the scheme
     */
    public OnePermutationHasher(int numPerm, long seed, String shingling) {
        this.scheme = new SignatureScheme(ALGORITHM, Validate.positive(numPerm, "numPerm"), seed,
                Validate.notBlank(shingling, "shingling"));
        this.seed = seed;
        this.bins = numPerm;
        this.probes = new char[numPerm <= MAX_TABULATED_BINS ? numPerm * KEPT_PROBES : 0];
        for (int i = 0; i < probes.length / KEPT_PROBES; i++) {
            long state = probeState(i);
            for (int attempt = 1; attempt <= KEPT_PROBES; attempt++) {
                probes[i * KEPT_PROBES + attempt - 1] = (char) probe(state, attempt);
            }
        }
    }

    @Override
    public SignatureScheme scheme() {
        return scheme;
    }

    @Override
    public Signature signature(long[] shingles) {
        Validate.notNull(shingles, "shingles");
        long[] values = new long[bins];
        Arrays.fill(values, MinHasher.EMPTY_VALUE);
        if (shingles.length == 0) return new Signature(scheme, values);
        for (long shingle : shingles) {
            // no branch on whether the value is smaller: it is, for a third of the shingles, at random
            long h = MinHasher.fmix64(shingle ^ seed);
            int bin = bin(h >>> Integer.SIZE);
            values[bin] = Math.min(values[bin], h & VALUE_MASK);
        }
        for (long value : values) {
            if (value == MinHasher.EMPTY_VALUE) {
                densify(values);
                break;
            }
        }
        return new Signature(scheme, values);
    }

    /**
     * Fills each empty bin from the first non-empty bin its probe sequence (seeded by the bin) reaches. A bin
     * filled here is still empty for the probes of the bins after it: a bit per bin marks the ones that were.
     */
    private void densify(long[] values) {
        long[] empty = new long[(bins + Long.SIZE - 1) / Long.SIZE];
        for (int i = 0; i < bins; i++) if (values[i] == MinHasher.EMPTY_VALUE) empty[i >>> 6] |= 1L << i;
        boolean tabulated = probes.length > 0;
        for (int i = 0; i < bins; i++) {
            if ((empty[i >>> 6] & 1L << i) == 0) continue;
            int found = -1;
            if (tabulated) {
                for (int a = i * KEPT_PROBES, end = a + KEPT_PROBES; a < end; a++) {
                    int j = probes[a];
                    if ((empty[j >>> 6] & 1L << j) == 0) {
                        found = j;
                        break;
                    }
                }
            }
            if (found < 0) {
                long state = probeState(i);
                for (long attempt = tabulated ? KEPT_PROBES + 1 : 1; ; attempt++) {
                    int j = probe(state, attempt);
                    if ((empty[j >>> 6] & 1L << j) == 0) {
                        found = j;
                        break;
                    }
                }
            }
            values[i] = values[found];
        }
    }

    /** The seed of bin i's probe sequence. */
    private long probeState(int i) {
        return MinHasher.fmix64(seed ^ (i + 1) * PROBE_MULTIPLIER);
    }

    /** The bin of a probe sequence's attempt (from 1). */
    private int probe(long state, long attempt) {
        return bin(MinHasher.fmix64(state + attempt * ATTEMPT_MULTIPLIER) >>> Integer.SIZE);
    }

    /** The bin of a 32-bit value: its share of the range times the number of bins. */
    private int bin(long unsigned32) {
        return (int) ((unsigned32 * bins) >>> Integer.SIZE);
    }
}
