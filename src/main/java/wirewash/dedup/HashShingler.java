package wirewash.dedup;

import java.util.List;
import wirewash.internal.Validate;

/**
 * Signing scheme v2's shingles: word k-grams hashed from their tokens' 64-bit hashes ({@link TokenHasher}) instead
 * of from their bytes, so a text's tokens are hashed once rather than k times and no text is joined or encoded.
 * A k-gram's hash folds its k token hashes into a state one after another (rotate, xor the token, multiply by an
 * odd constant: a bijection of the state for each fixed token, so two k-grams that differ in exactly one token
 * never collide), then mixes in k and applies MurmurHash3's finaliser. As in {@link Shingler}, a text shorter
 * than k tokens gives one shingle of all its tokens, and one without tokens gives none.
 *
 * <p>Immutable and thread-safe.
 */
public final class HashShingler implements TextShingler {
    /** Names this shingling in a {@link wirewash.model.SignatureScheme}, after "words:k". */
    public static final String VERSION = "v2";
    private static final long SEED = 0x13198A2E03707344L;
    private static final long MULTIPLIER = 0xC2B2AE3D27D4EB4FL;
    private static final int ROTATION = 23;

    private final int size;
    private final TokenHasher tokens;
    /** Each thread's token hashes and k-gram hashes, reused from text to text. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        final TokenHasher.Tokens tokens = new TokenHasher.Tokens();
        long[] grams = new long[0];
        final SortedHashes.Scratch sort = new SortedHashes.Scratch();
    }

    /**
     * @param size          words per shingle (k)
     * @param foldSpellings whether tokens are spelling-folded first
     */
    public HashShingler(int size, boolean foldSpellings) {
        this.size = Validate.positive(size, "size");
        this.tokens = new TokenHasher(foldSpellings);
    }

    @Override
    public String scheme() {
        return "words:" + size + (tokens.foldsSpellings() ? "+fold" : "") + "+" + VERSION;
    }

    @Override
    public Shingled shingle(String text) {
        Validate.notNull(text, "text");
        Scratch s = scratch.get();
        tokens.hash(text, s.tokens);
        int n = s.tokens.count();
        int grams = gramCount(n);
        if (s.grams.length < grams) s.grams = new long[Math.max(grams, 2 * s.grams.length)];
        hashes(s.tokens.hashes(), n, s.grams);
        return new Shingled(SortedHashes.sortedDistinct(s.grams, grams, s.sort), n);
    }

    @Override
    public long[] shingles(List<String> tokens) {
        Validate.notNull(tokens, "tokens");
        long[] tokenHashes = new long[tokens.size()];
        for (int i = 0; i < tokenHashes.length; i++) tokenHashes[i] = TokenHasher.hash(tokens.get(i));
        long[] hashes = new long[gramCount(tokenHashes.length)];
        hashes(tokenHashes, tokenHashes.length, hashes);
        return SortedHashes.sortedDistinct(hashes, hashes.length);
    }

    /** Number of k-grams of n tokens: one for a text shorter than k, none for one without tokens. */
    private int gramCount(int n) {
        return n == 0 ? 0 : Math.max(1, n - size + 1);
    }

    /** The hash of each k-gram of the first n token hashes, in text order, repeats included, into {@code out}. */
    void hashes(long[] tokenHashes, int n, long[] out) {
        int k = Math.min(size, n);
        int grams = gramCount(n);
        for (int start = 0; start < grams; start++) {
            long h = SEED;
            for (int j = start; j < start + k; j++) h = (Long.rotateLeft(h, ROTATION) ^ tokenHashes[j]) * MULTIPLIER;
            out[start] = MinHasher.fmix64(h ^ k);
        }
    }
}
