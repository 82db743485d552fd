package wirewash.clean;

import java.util.Arrays;
import java.util.List;
import wirewash.internal.LongCounts;
import wirewash.internal.Validate;

/**
 * Finds site furniture by repetition: counts in how many documents of a batch each block occurs, once normalised
 * (case, punctuation and spacing folded), and names the blocks found in at least {@code minDocuments} documents —
 * menus, footers, newsletter prompts that a site prints on every page. Immutable once built; build it in a pass
 * over the batch before cleaning, so that the verdict on a block does not depend on the order documents come in.
 */
public final class BatchFurniture {
    /** Documents a block must occur in to count as furniture. */
    public static final int DEFAULT_MIN_DOCUMENTS = 3;
    /** A batch that names nothing as furniture. */
    public static final BatchFurniture NONE = new BatchFurniture(new long[0], 0, DEFAULT_MIN_DOCUMENTS);

    /** The hashes of the furniture blocks, sorted. */
    private final long[] frequent;
    private final int documents;
    private final int minDocuments;

    private BatchFurniture(long[] frequent, int documents, int minDocuments) {
        this.frequent = frequent.clone();
        Arrays.sort(this.frequent);
        this.documents = documents;
        this.minDocuments = minDocuments;
    }

    public static Builder builder() {
        return new Builder(DEFAULT_MIN_DOCUMENTS);
    }

    public static Builder builder(int minDocuments) {
        return new Builder(minDocuments);
    }

    /** True when the block text occurs, normalised, in enough documents of the batch. */
    public boolean isFurniture(String text) {
        return frequent.length > 0 && Arrays.binarySearch(frequent, hash(text)) >= 0;
    }

    /** How many distinct normalised blocks are furniture. */
    public int size() {
        return frequent.length;
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
        return hash(text, 0, text.length());
    }

    /** {@link #hash(String)} of {@code text[from, to)}. */
    static long hash(String text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        boolean pendingSpace = false;
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ascii = c < 128;
            if (ascii ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c)) {
                if (pendingSpace && any) h = (h ^ ' ') * 0x100000001b3L;
                char lower = ascii ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
                h = (h ^ lower) * 0x100000001b3L;
                pendingSpace = false;
                any = true;
            } else {
                pendingSpace = true;
            }
        }
        return any ? h : 0;
    }

    /** Counts blocks document by document; not thread-safe: feed it from one thread. */
    public static final class Builder {
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

        /** Adds one document's block hashes {@code hashes[0, count)}, each distinct one but 0 counted once. */
        private Builder addHashes(long[] hashes, int count) {
            Arrays.sort(hashes, 0, count);
            for (int i = 0; i < count; i++) {
                if (hashes[i] != 0 && (i == 0 || hashes[i] != hashes[i - 1])) counts.add(hashes[i], 1);
            }
            documents++;
            return this;
        }

        /**
         * Adds one plain-text dump's blocks, as {@link TextBlocks#split} cuts them, without cutting them out: the
         * hash folds white space as the split does, so a line's hash is its block's, and a blank line has none.
         */
        public Builder addTextDump(String content) {
            Validate.notNull(content, "content");
            long[] hashes = new long[16];
            int count = 0;
            int length = content.length();
            for (int start = 0; start <= length; ) {
                int end = content.indexOf('\n', start);
                if (end < 0) end = length;
                long h = hash(content, start, end);
                start = end + 1;
                if (h == 0) continue;
                if (count == hashes.length) hashes = Arrays.copyOf(hashes, 2 * count);
                hashes[count++] = h;
            }
            return addHashes(hashes, count);
        }

        /** Adds another builder's counts (from another thread's share of the batch); the order does not matter. */
        public Builder merge(Builder other) {
            Validate.notNull(other, "other");
            other.counts.forEach(counts::add);
            documents += other.documents;
            return this;
        }

        public BatchFurniture build() {
            long[] frequent = new long[counts.size()];
            int[] n = {0};
            counts.forEach((h, count) -> {
                if (count >= minDocuments) frequent[n[0]++] = h;
            });
            return new BatchFurniture(Arrays.copyOf(frequent, n[0]), documents, minDocuments);
        }
    }
}
