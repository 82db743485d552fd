package wirewash.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public static final BatchFurniture NONE = new BatchFurniture(Set.of(), 0, DEFAULT_MIN_DOCUMENTS);

    private final Set<Long> frequent;
    private final int documents;
    private final int minDocuments;

    private BatchFurniture(Set<Long> frequent, int documents, int minDocuments) {
        this.frequent = Set.copyOf(frequent);
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
        return !frequent.isEmpty() && frequent.contains(hash(text));
    }

    /** How many distinct normalised blocks are furniture. */
    public int size() {
        return frequent.size();
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
        long h = 0xcbf29ce484222325L;
        boolean pendingSpace = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && any) h = (h ^ ' ') * 0x100000001b3L;
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
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
        private final Map<Long, Integer> counts = new HashMap<>();
        private int documents;

        private Builder(int minDocuments) {
            this.minDocuments = Validate.atLeast(minDocuments, 2, "minDocuments");
        }

        /** Adds one document's block texts; a block repeated inside one document counts once. */
        public Builder add(List<String> blockTexts) {
            Validate.notNull(blockTexts, "blockTexts");
            Set<Long> seen = new HashSet<>();
            for (String text : blockTexts) {
                long h = hash(text);
                if (h != 0 && seen.add(h)) counts.merge(h, 1, Integer::sum);
            }
            documents++;
            return this;
        }

        /** Adds another builder's counts (from another thread's share of the batch); the order does not matter. */
        public Builder merge(Builder other) {
            Validate.notNull(other, "other");
            other.counts.forEach((h, n) -> counts.merge(h, n, Integer::sum));
            documents += other.documents;
            return this;
        }

        public BatchFurniture build() {
            Set<Long> frequent = new HashSet<>();
            counts.forEach((h, n) -> {
                if (n >= minDocuments) frequent.add(h);
            });
            return new BatchFurniture(frequent, documents, minDocuments);
        }
    }
}
