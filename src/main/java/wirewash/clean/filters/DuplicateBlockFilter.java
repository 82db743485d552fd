package wirewash.clean.filters;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.LongCounts;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes a kept block that repeats, word for word, a block kept earlier on the same page: a text dump often
 * holds a story twice (the page body and a copy from its structured data) or a photo caption next to each of its
 * copies. The first copy stays. Short lines are left alone, as a story may repeat a subheading or a one-line answer,
 * and so are questions, which an interview puts to each of its guests in turn. A long block is also a repeat when
 * nearly all of its runs of four words were already kept above it, though not as one block: the whole story run
 * into one line after its paragraphs, or a caption repeated with a word changed. The lines of a list that is the
 * story's body ({@link Label#STORY_LIST}) may repeat: a week's meal plan serves a dish on several days. A pull
 * quote stays: a block whose runs are nearly all in one paragraph kept at most {@code maxQuoteDistance} blocks above
 * it, with at most {@code maxQuoteShare} of that paragraph's words (a sentence of it set apart between the story's
 * paragraphs, which the benchmark's ground truth keeps where it stands). A caption repeated with a word changed is
 * as long as its first copy, and the story run into one line is longer than any one of its paragraphs.
 */
public final class DuplicateBlockFilter implements BlockFilter {
    public static final String REASON = "duplicate";
    /** Blocks with fewer words than this may repeat. */
    public static final int DEFAULT_MIN_WORDS = 8;
    /** Blocks with fewer words than this are only removed as exact repeats. */
    public static final int DEFAULT_MIN_NEAR_REPEAT_WORDS = 25;
    /** Least share of a long block's four-word runs already kept above it that makes it a repeat. */
    public static final double DEFAULT_MIN_REPEATED_SHARE = 0.8;
    /** Most kept blocks between a pull quote and the paragraph it quotes. */
    public static final int DEFAULT_MAX_QUOTE_DISTANCE = 6;
    /** Most of the quoted paragraph's words a pull quote has: a sentence or two of it, not a copy. */
    public static final double DEFAULT_MAX_QUOTE_SHARE = 0.75;
    /** Words in one of the runs compared. */
    static final int SHINGLE = 4;

    private final int minWords;
    private final int minNearRepeatWords;
    private final double minRepeatedShare;
    private final int maxQuoteDistance;
    private final double maxQuoteShare;

    public DuplicateBlockFilter() {
        this(DEFAULT_MIN_WORDS, DEFAULT_MIN_NEAR_REPEAT_WORDS, DEFAULT_MIN_REPEATED_SHARE);
    }

    public DuplicateBlockFilter(int minWords) {
        this(minWords, DEFAULT_MIN_NEAR_REPEAT_WORDS, DEFAULT_MIN_REPEATED_SHARE);
    }

    public DuplicateBlockFilter(int minWords, int minNearRepeatWords, double minRepeatedShare) {
        this(minWords, minNearRepeatWords, minRepeatedShare, DEFAULT_MAX_QUOTE_DISTANCE, DEFAULT_MAX_QUOTE_SHARE);
    }

    /**
     * @param minWords           blocks with fewer words may repeat
     * @param minNearRepeatWords blocks with at least this many words go when {@code minRepeatedShare} of their
     *                           four-word runs were kept above them
     * @param minRepeatedShare   share of a long block's four-word runs that makes it a repeat
     * @param maxQuoteDistance   most kept blocks between a pull quote and the paragraph it quotes (0: no pull quotes)
     * @param maxQuoteShare      most of the quoted paragraph's words a pull quote has
     */
    public DuplicateBlockFilter(int minWords, int minNearRepeatWords, double minRepeatedShare, int maxQuoteDistance,
                                double maxQuoteShare) {
        this.minWords = Validate.atLeast(minWords, 1, "minWords");
        this.minNearRepeatWords = Validate.atLeast(minNearRepeatWords, SHINGLE, "minNearRepeatWords");
        this.minRepeatedShare = Validate.fraction(minRepeatedShare, "minRepeatedShare");
        this.maxQuoteDistance = Validate.atLeast(maxQuoteDistance, 0, "maxQuoteDistance");
        this.maxQuoteShare = Validate.fraction(maxQuoteShare, "maxQuoteShare");
    }

    @Override
    public boolean process(Page page) {
        Set<String> seen = new HashSet<>();
        List<Block> blocks = page.kept();
        long pageRuns = 0;
        for (Block block : blocks) pageRuns += Math.max(0, block.stopwordTally().tokens() - SHINGLE + 1);
        // a table that holds every run of the page without growing, up to a size past which it grows as it fills
        // (a huge page of one repeated line keeps few runs)
        LongCounts kept = new LongCounts((int) Math.min(pageRuns, LongCounts.MAX_PRESIZED_KEYS));
        boolean changed = false;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String text = block.text().strip();
            List<String> words = block.words();
            boolean question = text.endsWith("?");
            if (block.has(Label.STORY_LIST)) continue;
            if (block.wordCount() >= minWords && !question && !seen.add(text)) {
                changed |= block.remove(new Reason(REASON, name(), "repeats a block kept above it"));
                continue;
            }
            long[] runs = shingles(words);
            if (!question && words.size() >= minNearRepeatWords && mostlyKept(runs, kept)
                    && !pullQuote(blocks, b, runs)) {
                changed |= block.remove(new Reason(REASON, name(), "its words were kept above it"));
                continue;
            }
            for (long run : runs) kept.add(run, 1);
        }
        return changed;
    }

    /**
     * Whether at least {@code minRepeatedShare} of the runs are among those kept above; stops as soon as the
     * runs not found rule that out, which for a block that is no repeat is within its first fifth.
     */
    private boolean mostlyKept(long[] runs, LongCounts kept) {
        int missing = 0;
        for (long run : runs) {
            if (kept.count(run) == 0 && (double) (runs.length - ++missing) / runs.length < minRepeatedShare) {
                return false;
            }
        }
        return (double) (runs.length - missing) / runs.length >= minRepeatedShare;
    }

    /**
     * Whether the block at {@code at}, whose runs were nearly all kept above it, quotes one paragraph a few blocks
     * above it, of which it has at most {@code maxQuoteShare} of the words. Asked of repeats only.
     */
    private boolean pullQuote(List<Block> blocks, int at, long[] runs) {
        int words = blocks.get(at).words().size();
        for (int b = at - 1; b >= 0 && at - b <= maxQuoteDistance; b--) {
            Block source = blocks.get(b);
            if (words > maxQuoteShare * source.words().size() || !source.isKept()) continue;
            Set<Long> sourceRuns = new HashSet<>();
            for (long run : shingles(source.words())) sourceRuns.add(run);
            int found = 0;
            for (long run : runs) if (sourceRuns.contains(run)) found++;
            if (found >= minRepeatedShare * runs.length) return true;
        }
        return false;
    }

    /** The hashes of the block's runs of four words; never 0 (the kept-run table's empty key). */
    private static long[] shingles(List<String> words) {
        long[] runs = new long[Math.max(0, words.size() - SHINGLE + 1)];
        if (runs.length == 0) return runs;
        // each word's hash read once, not once for each of the runs it is in
        int[] hashes = new int[words.size()];
        int n = 0;
        for (String word : words) hashes[n++] = word.hashCode();
        for (int from = 0; from < runs.length; from++) {
            long hash = 1;
            for (int i = from; i < from + SHINGLE; i++) hash = hash * 1_000_003L + hashes[i];
            runs[from] = hash == 0 ? 1 : hash;
        }
        return runs;
    }
}
