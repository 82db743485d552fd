package wirewash.dedup;

import java.util.Arrays;
import java.util.List;
import wirewash.internal.Validate;
import wirewash.model.Signature;

/**
 * Finds every pair of signatures that share at least one LSH band — the same pairs an {@link LshIndex} filled
 * with all of them proposes, except that a signature of no shingles is no one's candidate here — with a few primitive arrays instead of a map of buckets per band, so a million
 * documents need tens of megabytes, not gigabytes. Bands are taken one at a time: each signature's band values
 * are hashed into an open-addressing table; signatures in one slot chain whose band values are equal (compared
 * exactly, so a hash collision proposes nothing) form a bucket, and each pair in a bucket is a candidate unless
 * an earlier band already proposed it. Signatures of no shingles are not filed ({@link #hasNoShingles}).
 * {@link #forEachPair} streams the pairs a chunk at a time, so no list of
 * every candidate is held (a million documents of a few hundred bodies give billions); {@link #pairs} gathers
 * them for small inputs.
 *
 * <p>Pairs are document positions {@code (i, j)}, {@code i < j}, packed into one long ({@code i << 32 | j}).
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

    /**
     * Every pair of positions whose signatures share a band, packed, sorted and distinct: the pairs
     * {@link #forEachPair} streams, gathered and sorted. Holds them all at once, so meant for small inputs (tests,
     * explain-pair); a large run streams them.
     */
    public long[] pairs(List<Signature> signatures) {
        PairBuffer all = new PairBuffer();
        forEachPair(signatures, DEFAULT_CHUNK, (chunk, count) -> {
            for (int k = 0; k < count; k++) all.add(first(chunk[k]), second(chunk[k]));
        });
        return all.sortedDistinct();
    }

    /**
     * The pairs of {@link #pairs}, each exactly once, handed over a chunk of at most {@code chunkSize} at a time,
     * so that no list of every candidate is ever held: memory is the signatures, one band's table and one chunk.
     * Bands are taken in order; a pair is proposed by the first band its two signatures agree on and skipped in
     * every later one (their earlier bands are compared value by value, which is cheaper than verifying the pair
     * again). Within a chunk, pairs come bucket by bucket with the smaller position first, and a bucket's pairs
     * with the same first position come together. The chunk's array is reused after {@code sink} returns.
     */
    public void forEachPair(List<Signature> signatures, int chunkSize, PairSink sink) {
        Validate.notNull(signatures, "signatures");
        Validate.notNull(sink, "sink");
        Validate.positive(chunkSize, "chunkSize");
        int n = signatures.size();
        for (Signature signature : signatures) {
            Validate.isTrue(signature.scheme().numPerm() >= params.hashesUsed(), () -> "LSH " + params + " needs "
                    + params.hashesUsed() + " hash values but scheme " + signature.scheme() + " has "
                    + signature.scheme().numPerm());
            signatures.get(0).requireSameScheme(signature);
        }
        boolean[] unfiled = new boolean[n];
        for (int i = 0; i < n; i++) unfiled[i] = hasNoShingles(signatures.get(i));
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        int[] head = new int[capacity];
        long[] slotKey = new long[capacity];
        int[] next = new int[n];
        long[] chunk = new long[chunkSize];
        int count = 0;
        for (int b = 0; b < params.bands(); b++) {
            Arrays.fill(head, EMPTY);
            // filed from the last position down, so each chain runs in ascending position order
            for (int i = n - 1; i >= 0; i--) {
                if (unfiled[i]) continue;
                long key = bandKey(signatures.get(i), b);
                int slot = (int) (key >>> 33) & (capacity - 1);
                while (head[slot] != EMPTY && slotKey[slot] != key) slot = (slot + 1) & (capacity - 1);
                if (head[slot] == EMPTY) slotKey[slot] = key;
                next[i] = head[slot];
                head[slot] = i;
            }
            for (int slot = 0; slot < capacity; slot++) {
                if (head[slot] == EMPTY || next[head[slot]] == EMPTY) continue;
                for (int i = head[slot]; i != EMPTY; i = next[i]) {
                    Signature a = signatures.get(i);
                    for (int j = next[i]; j != EMPTY; j = next[j]) {
                        Signature other = signatures.get(j);
                        if (!sameBand(a, other, b) || firstSharedBand(a, other, b) < b) continue;
                        chunk[count++] = ((long) i << 32) | j;
                        if (count == chunkSize) {
                            sink.accept(chunk, count);
                            count = 0;
                        }
                    }
                }
            }
        }
        if (count > 0) sink.accept(chunk, count);
    }

    /** Chunk size of {@link #pairs}. */
    private static final int DEFAULT_CHUNK = 1 << 16;

    /** Receives candidate pairs, packed as {@link #pairs} packs them, a chunk at a time. */
    @FunctionalInterface
    public interface PairSink {
        /** Pairs {@code pairs[0..count-1]}; the array is the caller's again once this returns. */
        void accept(long[] pairs, int count);
    }

    /** The first band of {@code 0..upTo} the two signatures agree on, or -1 when none is. */
    public int firstSharedBand(Signature a, Signature b, int upTo) {
        for (int band = 0; band <= upTo && band < params.bands(); band++) if (sameBand(a, b, band)) return band;
        return -1;
    }

    /**
     * Whether the two signatures agree on at least one band: whether LSH proposes them as a pair. A signature of
     * no shingles is no one's candidate.
     */
    public boolean shareABand(Signature a, Signature b) {
        return !hasNoShingles(a) && !hasNoShingles(b) && firstSharedBand(a, b, params.bands() - 1) >= 0;
    }

    /**
     * Whether the signature is that of an empty set of shingles (every value the empty marker). Such a document
     * is no one's candidate: it shares nothing, so every pair it is in is verified as no duplicate, and filing it
     * would pair every empty text of a batch with every other.
     */
    public static boolean hasNoShingles(Signature signature) {
        for (int k = 0; k < signature.scheme().numPerm(); k++) {
            if (signature.value(k) != MinHasher.EMPTY_VALUE) return false;
        }
        return true;
    }

    /**
     * The 64-bit key of a signature's band: equal bands give equal keys (unequal ones almost never do, but only
     * {@link #shareABand} is exact). The band's number is mixed in, so keys of different bands can share a table.
     */
    public long key(Signature signature, int band) {
        Validate.isTrue(band >= 0 && band < params.bands(), () -> "band " + band + " of " + params);
        return bandKey(signature, band);
    }

    private long bandKey(Signature signature, int band) {
        long key = band;
        for (int r = 0; r < params.rows(); r++) {
            key = MinHasher.fmix64(key * GOLDEN + signature.value(band * params.rows() + r));
        }
        return key;
    }

    /** Whether the two signatures hold equal values in the band: what equal band keys suggest, checked. */
    boolean sameBand(Signature a, Signature b, int band) {
        for (int r = 0; r < params.rows(); r++) {
            int at = band * params.rows() + r;
            if (a.value(at) != b.value(at)) return false;
        }
        return true;
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
