package wirewash.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.codec.digest.MurmurHash3;
import wirewash.internal.Validate;

/**
 * Turns a token list into its set of word k-gram shingles, each hashed to 64 bits, as a sorted array of distinct
 * values. A document shorter than k tokens gives one shingle of all its tokens; one without tokens gives none.
 *
 * <p>Immutable and thread-safe.
 */
public final class Shingler {
    public static final int DEFAULT_SIZE = 3;
    /** Joins a shingle's tokens before hashing; tokens never contain it. */
    private static final String TOKEN_SEPARATOR = " ";
    private static final byte[] SEPARATOR = TOKEN_SEPARATOR.getBytes(StandardCharsets.UTF_8);

    private final int size;

    public Shingler(int size) {
        this.size = Validate.positive(size, "size");
    }

    /** Words per shingle (k). */
    public int size() {
        return size;
    }

    /** How this shingler cuts text, as named in a {@link wirewash.model.SignatureScheme}: "words:k". */
    public String scheme() {
        return "words:" + size;
    }

    /** The sorted, distinct 64-bit hashes of the tokens' k-grams. */
    public long[] shingles(List<String> tokens) {
        Validate.notNull(tokens, "tokens");
        if (tokens.isEmpty()) return new long[0];
        int count = Math.max(1, tokens.size() - size + 1);
        // Each token is encoded once; a shingle's bytes are its tokens' bytes joined by the separator, the same
        // bytes as encoding the joined string, so hashes are unchanged.
        byte[][] encoded = new byte[tokens.size()][];
        int longest = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = tokens.get(i).getBytes(StandardCharsets.UTF_8);
            longest = Math.max(longest, encoded[i].length);
        }
        byte[] buffer = new byte[size * (longest + SEPARATOR.length)];
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            int end = Math.min(tokens.size(), start + size);
            int length = 0;
            for (int i = start; i < end; i++) {
                if (i > start) {
                    System.arraycopy(SEPARATOR, 0, buffer, length, SEPARATOR.length);
                    length += SEPARATOR.length;
                }
                System.arraycopy(encoded[i], 0, buffer, length, encoded[i].length);
                length += encoded[i].length;
            }
            hashes[start] = MurmurHash3.hash128x64(buffer, 0, length, 0)[0];
        }
        Arrays.sort(hashes);
        return distinct(hashes);
    }

    static long hash(String shingle) {
        byte[] bytes = shingle.getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash128x64(bytes)[0];
    }

    private static long[] distinct(long[] sorted) {
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) sorted[kept++] = sorted[i];
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }
}
