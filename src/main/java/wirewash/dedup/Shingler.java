package wirewash.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;
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
    private static final byte SEPARATOR = ' ';
    private static final char ASCII_END = 0x80;
    private static final int MAX_UTF8_BYTES_PER_CHAR = 3;
    /** hash4j's MurmurHash3 x64 128: its 64-bit value is the first half, as commons-codec's hash128x64(..)[0]. */
    private static final Hasher128 MURMUR3 = Hashing.murmur3_128();

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
        long[] hashes = hashes(tokens);
        Arrays.sort(hashes);
        return distinct(hashes);
    }

    /**
     * The 64-bit hash of each k-gram, in text order, repeats included: MurmurHash3 x64 128 (first half, seed 0)
     * of the k-gram's tokens in UTF-8 joined by single spaces. The tokens are encoded once into one buffer, joined
     * by that separator, so each k-gram is a slice of it and is hashed where it lies, with nothing copied.
     */
    public long[] hashes(List<String> tokens) {
        Validate.notNull(tokens, "tokens");
        if (tokens.isEmpty()) return new long[0];
        int n = tokens.size();
        int[] starts = new int[n + 1];
        byte[] buffer = new byte[estimateBytes(tokens)];
        int length = 0;
        for (int i = 0; i < n; i++) {
            String token = tokens.get(i);
            if (i > 0) {
                buffer = ensure(buffer, length + 1);
                buffer[length++] = SEPARATOR;
            }
            starts[i] = length;
            buffer = ensure(buffer, length + token.length() * MAX_UTF8_BYTES_PER_CHAR);
            length = encode(token, buffer, length);
        }
        starts[n] = length + 1;
        int count = Math.max(1, n - size + 1);
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            int end = Math.min(n, start + size);
            int from = starts[start];
            hashes[start] = MURMUR3.hashBytesToLong(buffer, from, starts[end] - 1 - from);
        }
        return hashes;
    }

    private static int estimateBytes(List<String> tokens) {
        int chars = 0;
        for (String token : tokens) chars += token.length() + 1;
        return chars + chars / 4 + 16;
    }

    private static byte[] ensure(byte[] buffer, int needed) {
        return needed <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }

    /** Writes the token's UTF-8 bytes at {@code at}; returns the end. ASCII is copied directly. */
    private static int encode(String token, byte[] buffer, int at) {
        int length = token.length();
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            if (c >= ASCII_END) {
                byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(bytes, 0, buffer, at, bytes.length);
                return at + bytes.length;
            }
            buffer[at + i] = (byte) c;
        }
        return at + length;
    }

    static long hash(String shingle) {
        byte[] bytes = shingle.getBytes(StandardCharsets.UTF_8);
        return MURMUR3.hashBytesToLong(bytes, 0, bytes.length);
    }

    private static long[] distinct(long[] sorted) {
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) sorted[kept++] = sorted[i];
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }
}
