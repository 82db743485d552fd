package wirewash.dedup;

import java.util.Arrays;
import java.util.List;
import wirewash.internal.Validate;
import wirewash.model.Signature;

/**
 * Finds every pair of signatures that share at least one LSH band — the same pairs an {@link LshIndex} filled
 * with all of them proposes — with a few primitive arrays instead of a map of buckets per band, so a million
 * documents need tens of megabytes, not gigabytes. Bands are taken one at a time: each signature's band values
 * are hashed into an open-addressing table; signatures in one slot chain whose band values are equal (compared
 * exactly, so a hash collision proposes nothing) form a bucket, and each pair in a bucket is a candidate.
 *
 * <p>Pairs are returned as document positions {@code (i, j)}, {@code i < j}, packed into one long
 * ({@code i << 32 | j}), sorted and distinct: the order of the positions, whatever order the buckets were met in.
 * Stateless and thread-safe.
 */
public final class BandedPairs {
    private static final int EMPTY = -1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final LshParams params;

    public BandedPairs(LshParams params) {
        this.params = Validate.notNull(params, "params");
    }

    /** The position of each pair's first document, as packed by {@link #pairs}. */
    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    /** The position of each pair's second document, as packed by {@link #pairs}. */
    public static int second(long pair) {
        return (int) pair;
    }

    /** Every pair of positions whose signatures share a band, packed, sorted and distinct. */
    public long[] pairs(List<Signature> signatures) {
        Validate.notNull(signatures, "signatures");
        int n = signatures.size();
        for (Signature signature : signatures) {
            Validate.isTrue(signature.scheme().numPerm() >= params.hashesUsed(), "LSH " + params + " needs "
                    + params.hashesUsed() + " hash values but scheme " + signature.scheme() + " has "
                    + signature.scheme().numPerm());
            signatures.get(0).requireSameScheme(signature);
        }
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        int[] head = new int[capacity];
        long[] slotKey = new long[capacity];
        int[] next = new int[n];
        long[] all = new long[0];
        PairBuffer band = new PairBuffer();
        for (int b = 0; b < params.bands(); b++) {
            Arrays.fill(head, EMPTY);
            for (int i = 0; i < n; i++) {
                long key = key(signatures.get(i), b);
                int slot = (int) (key >>> 33) & (capacity - 1);
                while (head[slot] != EMPTY && slotKey[slot] != key) slot = (slot + 1) & (capacity - 1);
                if (head[slot] == EMPTY) slotKey[slot] = key;
                next[i] = head[slot];
                head[slot] = i;
            }
            band.clear();
            for (int slot = 0; slot < capacity; slot++) {
                for (int i = head[slot]; i != EMPTY; i = next[i]) {
                    for (int j = next[i]; j != EMPTY; j = next[j]) {
                        if (sameBand(signatures.get(i), signatures.get(j), b)) band.add(Math.min(i, j), Math.max(i, j));
                    }
                }
            }
            all = merge(all, band.sortedDistinct());
        }
        return all;
    }

    private long key(Signature signature, int band) {
        long key = band;
        for (int r = 0; r < params.rows(); r++) {
            key = MinHasher.fmix64(key * GOLDEN + signature.value(band * params.rows() + r));
        }
        return key;
    }

    private boolean sameBand(Signature a, Signature b, int band) {
        for (int r = 0; r < params.rows(); r++) {
            int at = band * params.rows() + r;
            if (a.value(at) != b.value(at)) return false;
        }
        return true;
    }

    /** The sorted union of two sorted, distinct arrays. */
    private static long[] merge(long[] a, long[] b) {
        if (b.length == 0) return a;
        if (a.length == 0) return b;
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                out[k++] = a[i++];
            } else if (a[i] > b[j]) {
                out[k++] = b[j++];
            } else {
                out[k++] = a[i++];
                j++;
            }
        }
        while (i < a.length) out[k++] = a[i++];
        while (j < b.length) out[k++] = b[j++];
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** A growing array of packed pairs. */
    private static final class PairBuffer {
        private long[] pairs = new long[1024];
        private int size;

        void add(int i, int j) {
            if (size == pairs.length) pairs = Arrays.copyOf(pairs, size * 2);
            pairs[size++] = ((long) i << 32) | j;
        }

        void clear() {
            size = 0;
        }

        long[] sortedDistinct() {
            long[] out = Arrays.copyOf(pairs, size);
            Arrays.sort(out);
            int kept = 0;
            for (int i = 0; i < out.length; i++) if (kept == 0 || out[i] != out[kept - 1]) out[kept++] = out[i];
            return kept == out.length ? out : Arrays.copyOf(out, kept);
        }
    }
}
