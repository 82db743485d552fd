package wirewash.dedup;

import wirewash.internal.Validate;

/**
 * A document's shingle set squeezed into a bitmap a few bits per shingle wide (each shingle sets the bit its top
 * bits point to), with the number of shingles: an exact over-estimate of the set, kept in memory where the shingles
 * themselves wait on disk. The shingles of another document whose bits are set here are at least the shingles the
 * two share (a shared shingle always finds its bit set; a bit set by another shingle only adds to the count), so a
 * candidate pair whose count falls short of what a duplicate needs is no duplicate, known without reading this
 * document's shingles. A chance candidate of two unrelated stories shares few shingles and, at eight bits per
 * shingle, finds about an eighth of its shingles' bits set: well short of the third or more that a duplicate shares.
 *
 * <p>Shingles are hashes, so their top bits are uniform; a shingle's bit is its top 32 bits scaled to the bitmap's
 * size, so sorted shingles walk the bitmap in order.
 * Immutable and thread-safe. Made by {@link Deduplicator#bitmap} outside this package.
 */
public final class ShingleBitmap {
    /** Bits per shingle: at eight (a byte, an eighth of the shingle itself) about an eighth of the bits are set. */
    static final int DEFAULT_BITS_PER_SHINGLE = 8;
    /** The smallest bitmap, in bits: one long. */
    private static final int MIN_BITS = Long.SIZE;

    private final long[] words;
    private final long bits;
    private final int count;

    /** The words filled before the bitmap is made, so that its final fields publish them to every thread. */
    private ShingleBitmap(long[] words, int count) {
        this.words = words;
        this.bits = (long) words.length * Long.SIZE;
        this.count = count;
    }

    /** The bitmap of a document's shingles (sorted and distinct, as a {@link Fingerprint} holds them). */
    static ShingleBitmap of(long[] shingles, int bitsPerShingle) {
        Validate.notNull(shingles, "shingles");
        Validate.positive(bitsPerShingle, "bitsPerShingle");
        long wanted = Math.max(MIN_BITS, Math.min(1L << 30, (long) shingles.length * bitsPerShingle));
        long[] words = new long[(int) ((wanted + Long.SIZE - 1) / Long.SIZE)];
        long bits = (long) words.length * Long.SIZE;
        for (long shingle : shingles) {
            long bit = bitOf(shingle, bits);
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
        return new ShingleBitmap(words, shingles.length);
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
            long bit = bitOf(shingles[i], bits);
            hits += (int) (words[(int) (bit >>> 6)] >>> bit) & 1;
            // checked now and then, not at every step: the count itself is the hot loop
            if ((i & 31) == 31) {
                if (hits >= needed) return true;
                if (hits + shingles.length - 1 - i < needed) return false;
            }
        }
        return hits >= needed;
    }

    /** The shingle's bit: its top 32 bits scaled to the bitmap's size (so sorted shingles walk it in order). */
    private static long bitOf(long shingle, long bits) {
        return ((shingle >>> 32) * bits) >>> 32;
    }
}
