package wirewash.dedup;

import java.util.List;
import wirewash.internal.Validate;

/**
 * Signing scheme v1's shingles, unchanged: {@link Normalizer#tokens} (a String per token, spelling folded by
 * {@link SpellingFolder}'s patterns), then {@link Shingler} (MurmurHash3 of each k-gram's UTF-8 bytes, sorted).
 * Kept so that signatures stored by earlier runs can still be compared. Immutable and thread-safe.
 */
public final class WordShingler implements TextShingler {
    private final Normalizer normalizer;
    private final Shingler shingler;

    /**
     * @param size          words per shingle (k)
     * @param foldSpellings whether tokens are spelling-folded first
     */
    public WordShingler(int size, boolean foldSpellings) {
        this.normalizer = new Normalizer(foldSpellings);
        this.shingler = new Shingler(size);
    }

    @Override
    public String scheme() {
        return shingler.scheme() + (normalizer.foldsSpellings() ? "+fold" : "");
    }

    @Override
    public Shingled shingle(String text) {
        List<String> tokens = normalizer.tokens(Validate.notNull(text, "text"));
        return new Shingled(shingler.shingles(tokens), tokens.size());
    }

    @Override
    public long[] shingles(List<String> tokens) {
        return shingler.shingles(tokens);
    }
}
