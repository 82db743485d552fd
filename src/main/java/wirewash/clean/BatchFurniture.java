package wirewash.clean;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wirewash.internal.LongCounts;
import wirewash.internal.Validate;

/**
 * Finds site furniture by repetition: counts in how many documents of a batch each block occurs, once normalised
 * (case, punctuation and spacing folded), and names the blocks found in at least {@code minDocuments} documents —
 * menus, footers, newsletter prompts that a site prints on every page. Immutable once built; build it in a pass
 * over the batch before cleaning, so that the verdict on a block does not depend on the order documents come in.
 *
 * <p>A wire story's lines recur too, in every outlet that ran it. To tell them from a site's furniture, each block
 * also keeps a one-value MinHash of the set of documents it occurs in ({@link Occurrence#sample()}): the least of
 * their document keys, a key being a hash of the document's distinct blocks. Two blocks found in the same documents
 * have the same sample; in overlapping sets, the same sample with the probability of the sets' Jaccard similarity.
 * A story's lines share the sample of the story's paragraphs; a site's menu, found in that site's other pages too,
 * does not. This costs an int per distinct block while counting.
 */
public final class BatchFurniture {
    /** Documents a block must occur in to count as furniture. */
    public static final int DEFAULT_MIN_DOCUMENTS = 3;
    /**
     * For each ASCII char, the char a letter or digit hashes as (lower case), 0 for one that is no part of a word:
     * one lookup, not a chain of range tests, for the chars of every line of a batch.
     */
    private static final char[] ASCII_FOLD = asciiFold();

    /** A batch that names nothing as furniture. */
    public static final BatchFurniture NONE =
            new BatchFurniture(new long[1], new int[1], new int[1], 0, 0, DEFAULT_MIN_DOCUMENTS);

    /**
     * The hashes of the furniture blocks in an open-addressing table (linear probing, at most half full, 0 for an
     * empty slot: no block hashes to 0): a lookup touches one or two cache lines where a binary search of a sorted
     * array of a large batch's millions of blocks touched a dozen, for every line of every page cleaned.
     */
    private final long[] table;
    /** Per slot of {@link #table}, the documents its block occurs in. */
    private final int[] counts;
    /** Per slot, its documents' least key. */
    private final int[] samples;
    private final int size;
    private final int documents;
    private final int minDocuments;

    private BatchFurniture(long[] table, int[] counts, int[] samples, int size, int documents, int minDocuments) {
        this.table = table;
        this.counts = counts;
        this.samples = samples;
        this.size = size;
        this.documents = documents;
        this.minDocuments = minDocuments;
    }

    /**
     * How often a furniture block occurs: in how many documents, and the sample of which ones (equal samples: very
     * likely the same documents).
     */
    public record Occurrence(int documents, int sample) {
        /** True when this block and {@code other} very likely occur in the same documents. */
        public boolean sameDocuments(Occurrence other) {
            return other != null && sample == other.sample;
        }
    }

    public static Builder builder() {
        return new Builder(DEFAULT_MIN_DOCUMENTS);
    }

    public static Builder builder(int minDocuments) {
        return new Builder(minDocuments);
    }

    /** True when the block text occurs, normalised, in enough documents of the batch. */
    public boolean isFurniture(String text) {
        return size > 0 && slotOf(hash(text)) >= 0;
    }

    /** Where the block occurs when it is furniture; null when it is not. */
    public Occurrence occurrence(String text) {
        if (size == 0) return null;
        int i = slotOf(hash(text));
        return i < 0 ? null : new Occurrence(counts[i], samples[i]);
    }

    /** The slot of the hash in the table, or -1 when it is not there (always for 0). */
    private int slotOf(long h) {
        if (h == 0) return -1;
        int mask = table.length - 1;
        for (int i = firstSlot(h, mask); ; i = (i + 1) & mask) {
            long at = table[i];
            if (at == h) return i;
            if (at == 0) return -1;
        }
    }

    /** Where a hash's probe starts: its bits mixed, as the FNV hash's low bits vary little between blocks. */
    private static int firstSlot(long h, int mask) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    /** How many distinct normalised blocks are furniture. */
    public int size() {
        return size;
    }

    /** Documents a block had to occur in to count as furniture. */
    public int minDocuments() {
        return minDocuments;
    }

    /** How many documents the batch had. */
    public int documents() {
        return documents;
    }

    /**
     * A 64-bit hash of the text with case folded and everything but letters and digits collapsed to one space, so
     * that "Sign up  for our newsletter!" and "SIGN UP FOR OUR NEWSLETTER" are the same block. 0 for no words.
     */
    static long hash(String text) {
        return hash(text.toCharArray(), 0, text.length());
    }

    /**
     * {@link #hash(String)} of {@code chars[from, to)}. On a char array, not a String: {@code String.charAt}'s
     * checks made the hash several times slower, and every text line of a batch is hashed, twice for prose.
     */
    static long hash(char[] chars, int from, int to) {
        long h = 0xcbf29ce484222325L;
        boolean pendingSpace = false;
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            char lower;
            if (c < 128) {
                lower = ASCII_FOLD[c];
                if (lower == 0) {
                    pendingSpace = true;
                    continue;
                }
            } else if (Character.isLetterOrDigit(c)) {
                lower = Character.toLowerCase(c);
            } else {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && any) h = (h ^ ' ') * 0x100000001b3L;
            h = (h ^ lower) * 0x100000001b3L;
            pendingSpace = false;
            any = true;
        }
        return any ? h : 0;
    }

    private static char[] asciiFold() {
        char[] fold = new char[128];
        for (char c = 'a'; c <= 'z'; c++) fold[c] = c;
        for (char c = '0'; c <= '9'; c++) fold[c] = c;
        for (char c = 'A'; c <= 'Z'; c++) fold[c] = (char) (c + ('a' - 'A'));
        return fold;
    }

    /** Counts blocks document by document; not thread-safe: feed it from one thread. */
    public static final class Builder {
        private static final Hasher64 KEY_HASHER = Hashing.komihash5_0();
        private final int minDocuments;
        private final LongCounts counts = new LongCounts();
        private int documents;

        private Builder(int minDocuments) {
            this.minDocuments = Validate.atLeast(minDocuments, 2, "minDocuments");
        }

        /** Adds one document's block texts; a block repeated inside one document counts once. */
        public Builder add(List<String> blockTexts) {
            Validate.notNull(blockTexts, "blockTexts");
            long[] hashes = new long[blockTexts.size()];
            for (int i = 0; i < hashes.length; i++) hashes[i] = hash(blockTexts.get(i));
            return addHashes(hashes, hashes.length);
        }

        /**
         * Adds one document's block hashes {@code hashes[0, count)}, each distinct one but 0 counted once, with the
         * document's key: a hash of its distinct blocks, so that it depends on neither the order nor the name.
         */
        private Builder addHashes(long[] hashes, int count) {
            Arrays.sort(hashes, 0, count);
            long key = 0;
            for (int i = 0; i < count; i++) {
                if (hashes[i] != 0 && (i == 0 || hashes[i] != hashes[i - 1])) key = 31 * key + hashes[i];
            }
            int documentKey = (int) (KEY_HASHER.hashLongToLong(key) >>> 32);
            for (int i = 0; i < count; i++) {
                if (hashes[i] != 0 && (i == 0 || hashes[i] != hashes[i - 1])) counts.add(hashes[i], 1, documentKey);
            }
            documents++;
            return this;
        }

        /**
         * Adds one plain-text dump's blocks, as {@link TextBlocks#split} cuts them, without cutting them out: the
         * hash folds white space as the split does, so a line's hash is its block's, and a blank line has none. A
         * dump of few lines with a line long enough to be flattened text is cut by the split itself, which may
         * make sentences of its lines.
         */
        public Builder addTextDump(String content) {
            Validate.notNull(content, "content");
            long[] hashes = new long[16];
            int count = 0;
            int length = content.length();
            int longest = 0;
            char[] chars = content.toCharArray();
            for (int start = 0; start <= length; ) {
                int end = content.indexOf('\n', start);
                if (end < 0) end = length;
                long h = hash(chars, start, end);
                longest = Math.max(longest, end - start);
                start = end + 1;
                if (h == 0) continue;
                if (count == hashes.length) hashes = Arrays.copyOf(hashes, 2 * count);
                hashes[count++] = h;
            }
            if (count <= TextBlocks.DEFAULT_MAX_FLAT_LINES && longest >= TextBlocks.DEFAULT_MIN_FLAT_LINE_CHARS) {
                List<String> texts = new ArrayList<>();
                for (Block block : TextBlocks.split(content)) texts.add(block.text());
                return add(texts);
            }
            return addHashes(hashes, count);
        }

        /** Adds another builder's counts (from another thread's share of the batch); the order does not matter. */
        public Builder merge(Builder other) {
            Validate.notNull(other, "other");
            other.counts.forEachWithLeast(counts::add);
            documents += other.documents;
            return this;
        }

        public BatchFurniture build() {
            // counted first, so that the table is sized once and no array of every distinct block is made
            int[] n = {0};
            counts.forEach((h, count) -> {
                if (count >= minDocuments) n[0]++;
            });
            int capacity = Integer.highestOneBit(Math.max(1, n[0]) * 2 - 1) * 2; // a power of two ≥ 2n
            long[] table = new long[capacity];
            int[] documentCounts = new int[capacity];
            int[] samples = new int[capacity];
            int mask = capacity - 1;
            counts.forEachWithLeast((h, count, least) -> {
                if (count < minDocuments) return;
                int i = firstSlot(h, mask);
                while (table[i] != 0) i = (i + 1) & mask;
                table[i] = h;
                documentCounts[i] = count;
                samples[i] = least;
            });
            return new BatchFurniture(table, documentCounts, samples, n[0], documents, minDocuments);
        }
    }
}
