package wirewash.dedup;

import java.util.SplittableRandom;
import wirewash.internal.Validate;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/**
 * Reduces a set of 64-bit shingle hashes to a MinHash signature: for each of {@code numPerm} seeded hash functions,
 * the smallest value it gives over the set. The share of equal positions in two signatures estimates the Jaccard
 * similarity of the two sets.
 *
 * <p>Hash function i is {@code fmix64(shingle ^ salt[i])}, with salts drawn from {@code SplittableRandom(seed)}.
 * fmix64 (MurmurHash3's finaliser) is a bijection on 64-bit values with full avalanche, so there is no
 * {@code (a*h+b) mod p} to overflow. Immutable and thread-safe.
 */
public final class MinHasher implements SignatureHasher {
    public static final int DEFAULT_NUM_PERM = 128;
    public static final long DEFAULT_SEED = 1L;
    public static final String ALGORITHM = "minhash-k";
    /** Value of every position in the signature of an empty set. */
    public static final long EMPTY_VALUE = Long.MAX_VALUE;

    private final SignatureScheme scheme;
    private final long[] salts;

    /**
     * @param numPerm   number of hash functions, the signature's length
     * @param seed      seed of the hash functions; signatures of different seeds cannot be compared
     * @param shingling how the sets to be hashed were shingled, e.g. {@link Shingler#scheme()}; named in the scheme
     */
    public MinHasher(int numPerm, long seed, String shingling) {
        this.scheme = new SignatureScheme(ALGORITHM, Validate.positive(numPerm, "numPerm"), seed,
                Validate.notBlank(shingling, "shingling"));
        SplittableRandom random = new SplittableRandom(seed);
        this.salts = new long[numPerm];
        for (int i = 0; i < numPerm; i++) salts[i] = random.nextLong();
    }

    @Override
    public SignatureScheme scheme() {
        return scheme;
    }

    @Override
    public Signature signature(long[] shingles) {
        Validate.notNull(shingles, "shingles");
        long[] minima = new long[salts.length];
        java.util.Arrays.fill(minima, EMPTY_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < salts.length; i++) {
                long hash = fmix64(shingle ^ salts[i]);
                if (hash < minima[i]) minima[i] = hash;
            }
        }
        return new Signature(scheme, minima);
    }

    /** MurmurHash3's 64-bit finaliser. */
    static long fmix64(long value) {
        long k = value;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
