package wirewash.dedup;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import wirewash.internal.Validate;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/**
 * Reduces a set of shingle hashes to a SuperMinHash signature (Ertl 2017, hash4j's implementation, version V1):
 * {@code numPerm} 64-bit components from one pass over the set, in O(n + m log² m) instead of the O(n·m) of
 * k independent hash functions, with an estimate at least as accurate. Each shingle hash is first mixed with the
 * seed (fmix64), so signatures of different seeds differ.
 *
 * <p>Chosen by SignatureBenchmark on synthetic corpora (1,000 documents × 3 seeds): 7–10× faster to sign than
 * {@link MinHasher}, mean |estimate − exact| 0.003 for both, and the same LSH recall at 64×2. Thread-safe (one
 * hash4j hasher per thread).
 */
public final class SuperMinHasher implements SignatureHasher {
    public static final String ALGORITHM = "superminhash-hash4j-v1";
    private static final int BITS_PER_COMPONENT = 64;

    private final SignatureScheme scheme;
    private final long seed;
    private final SimilarityHashPolicy policy;
    private final ThreadLocal<SimilarityHasher> hasher;

    public SuperMinHasher(int numPerm, long seed, String shingling) {
        this.scheme = new SignatureScheme(ALGORITHM, Validate.positive(numPerm, "numPerm"), seed,
                Validate.notBlank(shingling, "shingling"));
        this.seed = seed;
        this.policy = SimilarityHashing.superMinHash(numPerm, BITS_PER_COMPONENT, SuperMinHashVersion.V1);
        this.hasher = ThreadLocal.withInitial(policy::createHasher);
    }

    @Override
    public SignatureScheme scheme() {
        return scheme;
    }

    @Override
    public Signature signature(long[] shingles) {
        Validate.notNull(shingles, "shingles");
        long[] values = new long[scheme.numPerm()];
        if (shingles.length == 0) {
            java.util.Arrays.fill(values, MinHasher.EMPTY_VALUE);
            return new Signature(scheme, values);
        }
        byte[] sig = hasher.get().compute(ElementHashProvider.ofFunction(
                i -> MinHasher.fmix64(shingles[i] ^ seed), shingles.length));
        for (int i = 0; i < values.length; i++) values[i] = policy.getComponent(sig, i);
        return new Signature(scheme, values);
    }
}
