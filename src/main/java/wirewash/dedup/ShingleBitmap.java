package wirewash.dedup;

import wirewash.internal.Validate;

/**
 * A document's shingle set squeezed into a bitmap a few bits per shingle wide (each shingle sets the bit its top
 * bits name), with the number of shingles: an exact over-estimate of the set, kept in memory where the shingles
 * themselves wait on disk. The shingles of another document whose bits are set here are at least the shingles the
 * two share (a shared shingle always finds its bit set; a bit set by another shingle only adds to the count), so a
 * candidate pair whose count falls short of what a duplicate needs is no duplicate, known without reading this
 * document's shingles. A chance candidate of two unrelated stories shares few shingles and, at four bits per
 * shingle, finds about a fifth of its shingles' bits set: well short of the third or more that a duplicate shares.
 *
 * <p>Shingles are hashes, so their top bits are uniform; since they are sorted, a count walks the bitmap in order.
 * Immutable and thread-safe.
 */
final class ShingleBitmap {
    /** Bits per shingle, rounded up to a power of two: about a fifth of the bits are set at four. */
    static final int DEFAULT_BITS_PER_SHINGLE = 4;
    /** The smallest bitmap, in bits: one long. */
    private static final int MIN_BITS = Long.SIZE;

    private final long[] words;
    private final int shift;
    private final int count;

    private ShingleBitmap(long[] words, int shift, int count) {
        this.words = words;
        this.shift = shift;
        this.count = count;
    }

    /** The bitmap of a document's shingles (sorted and distinct, as a {@link Fingerprint} holds them). */
    static ShingleBitmap of(long[] shingles, int bitsPerShingle) {
        Validate.notNull(shingles, "shingles");
        Validate.positive(bitsPerShingle, "bitsPerShingle");
        long wanted = Math.max(MIN_BITS, (long) shingles.length * bitsPerShingle);
        int bits = (int) Math.min(1L << 30, Long.highestOneBit(wanted - 1) << 1);
        int shift = Long.SIZE - Integer.numberOfTrailingZeros(bits);
        long[] words = new long[bits / Long.SIZE];
        for (long shingle : shingles) {
            int bit = (int) (shingle >>> shift);
            words[bit >>> 6] |= 1L << bit;
        }
        return new ShingleBitmap(words, shift, shingles.length);
    }

    /** Shingles of the document this is the bitmap of. */
    int count() {
        return count;
    }

    /** Bytes the bitmap holds. */
    int bytes() {
        return words.length * Long.BYTES;
    }

    /**
     * Whether the document of these shingles may share {@code needed} or more with this one: false only when
     * fewer than {@code needed} of them find their bit set, so that they certainly share fewer. Stops counting as
     * soon as {@code needed} is reached.
     */
    boolean mayShareAtLeast(long[] shingles, int needed) {
        if (needed <= 0) return true;
        int hits = 0;
        for (int i = 0; i < shingles.length; i++) {
            int bit = (int) (shingles[i] >>> shift);
            hits += (int) (words[bit >>> 6] >>> bit) & 1;
            // checked now and then, not at every step: the count itself is the hot loop
            if ((i & 31) == 31) {
                if (hits >= needed) return true;
                if (hits + shingles.length - 1 - i < needed) return false;
            }
        }
        return hits >= needed;
    }
}
