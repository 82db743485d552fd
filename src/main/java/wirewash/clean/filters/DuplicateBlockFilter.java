package wirewash.clean.filters;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes a kept block that repeats, word for word, a block kept earlier on the same page: a text dump often
 * holds a story twice (the page body and a copy from its structured data) or a photo caption next to each of its
 * copies. The first copy stays. Short lines are left alone, as a story may repeat a subheading or a one-line answer,
 * and so are questions, which an interview puts to each of its guests in turn. A long block is also a repeat when
 * nearly all of its runs of four words were already kept above it, though not as one block: the whole story run
 * into one line after its paragraphs, or a caption repeated with a word changed.
 */
public final class DuplicateBlockFilter implements BlockFilter {
    public static final String REASON = "duplicate";
    /** Blocks with fewer words than this may repeat. */
    public static final int DEFAULT_MIN_WORDS = 8;
    /** Blocks with fewer words than this are only removed as exact repeats. */
    public static final int DEFAULT_MIN_NEAR_REPEAT_WORDS = 25;
    /** Least share of a long block's four-word runs already kept above it that makes it a repeat. */
    public static final double DEFAULT_MIN_REPEATED_SHARE = 0.8;
    /** Words in one of the runs compared. */
    static final int SHINGLE = 4;

    private final int minWords;
    private final int minNearRepeatWords;
    private final double minRepeatedShare;

    public DuplicateBlockFilter() {
        this(DEFAULT_MIN_WORDS, DEFAULT_MIN_NEAR_REPEAT_WORDS, DEFAULT_MIN_REPEATED_SHARE);
    }

    public DuplicateBlockFilter(int minWords) {
        this(minWords, DEFAULT_MIN_NEAR_REPEAT_WORDS, DEFAULT_MIN_REPEATED_SHARE);
    }

    /**
     * @param minWords           blocks with fewer words may repeat
     * @param minNearRepeatWords blocks with at least this many words go when {@code minRepeatedShare} of their
     *                           four-word runs were kept above them
     * @param minRepeatedShare   share of a long block's four-word runs that makes it a repeat
     */
    public DuplicateBlockFilter(int minWords, int minNearRepeatWords, double minRepeatedShare) {
        this.minWords = Validate.atLeast(minWords, 1, "minWords");
        this.minNearRepeatWords = Validate.atLeast(minNearRepeatWords, SHINGLE, "minNearRepeatWords");
        this.minRepeatedShare = Validate.fraction(minRepeatedShare, "minRepeatedShare");
    }

    @Override
    public boolean process(Page page) {
        Set<String> seen = new HashSet<>();
        Set<Long> shingles = new HashSet<>();
        boolean changed = false;
        for (Block block : page.kept()) {
            String text = block.text().strip();
            List<String> words = block.words();
            boolean question = text.endsWith("?");
            if (block.wordCount() >= minWords && !question && !seen.add(text)) {
                changed |= block.remove(new Reason(REASON, name(), "repeats a block kept above it"));
                continue;
            }
            if (!question && words.size() >= minNearRepeatWords
                    && repeatedShare(words, shingles) >= minRepeatedShare) {
                changed |= block.remove(new Reason(REASON, name(), "its words were kept above it"));
                continue;
            }
            for (int i = 0; i + SHINGLE <= words.size(); i++) shingles.add(shingle(words, i));
        }
        return changed;
    }

    /** Share of the four-word runs of {@code words} that are in {@code shingles}. */
    private static double repeatedShare(List<String> words, Set<Long> shingles) {
        int runs = words.size() - SHINGLE + 1;
        int repeated = 0;
        for (int i = 0; i < runs; i++) if (shingles.contains(shingle(words, i))) repeated++;
        return (double) repeated / runs;
    }

    private static long shingle(List<String> words, int from) {
        long hash = 1;
        for (int i = from; i < from + SHINGLE; i++) hash = hash * 1_000_003L + words.get(i).hashCode();
        return hash;
    }
}
