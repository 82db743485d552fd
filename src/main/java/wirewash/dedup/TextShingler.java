package wirewash.dedup;

import java.util.List;

/**
 * Turns a clean text into its set of shingle hashes: the first half of a signing scheme (the second is a
 * {@link SignatureHasher}). {@link Signing} names the implementations; their hashes differ, so a scheme's
 * shingling string tells them apart. Implementations are immutable and thread-safe.
 */
public interface TextShingler {
    /** How this shingler cuts and hashes text, as named in a {@link wirewash.model.SignatureScheme}. */
    String scheme();

    /** The text's shingle hashes (sorted ascending, distinct) and its number of word tokens. */
    Shingled shingle(String text);

    /**
     * The sorted, distinct shingle hashes of a list of (normalized, folded) tokens, as {@link #shingle} gives for
     * a text with these tokens: for tools that show shingles as words.
     */
    long[] shingles(List<String> tokens);

    /**
     * One text's shingles.
     *
     * @param shingles   shingle hashes, sorted ascending and distinct
     * @param tokenCount number of word tokens in the text
     */
    record Shingled(long[] shingles, int tokenCount) {}
}
