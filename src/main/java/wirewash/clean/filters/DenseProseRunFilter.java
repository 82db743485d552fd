package wirewash.clean.filters;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the prose blocks that lie outside the page's densest run of prose: teasers of other stories, cookie
 * notices, "about us" blurbs. The run is the stretch of kept blocks with the highest score, where a prose block
 * scores its length in words and any other kept block costs a fixed penalty (the maximum-sum segment, found in
 * one pass). A subheading or an inline link between two paragraphs costs little; a navigation list of twenty
 * items separates two runs. The cells of a table dumped one cell per line ({@link Label#TABLE_CELL}) cost nothing
 * and add nothing: a standings table between two paragraphs does not part them. Two or more lines in a row that a
 * filter before this one took out cost as one kept line that is not prose (share buttons gone by rule still part a
 * blurb from the story). Labels the blocks of the run {@link Label#ARTICLE}, which later filters use to tell
 * the article's start and end.
 */
public final class DenseProseRunFilter implements BlockFilter {
    public static final String REASON = "outside-article";
    /** What a kept block that is not prose costs the run it sits in, in words. */
    public static final int DEFAULT_NON_PROSE_PENALTY = 8;
    /**
     * Least score, as a share of the words of the paragraphs printed twice, that the densest run without them
     * needs for them to count as furniture; below it the page holds the story itself twice.
     */
    public static final double DEFAULT_MIN_REMAINING_SHARE = 0.25;
    /** Fewest words of a paragraph printed twice that marks it as furniture: a story may repeat a short line. */
    public static final int DEFAULT_MIN_REPEATED_WORDS = 12;

    private final int nonProsePenalty;
    private final double minRemainingShare;
    private final int minRepeatedWords;

    public DenseProseRunFilter() {
        this(DEFAULT_NON_PROSE_PENALTY, DEFAULT_MIN_REMAINING_SHARE, DEFAULT_MIN_REPEATED_WORDS);
    }

    public DenseProseRunFilter(int nonProsePenalty) {
        this(nonProsePenalty, DEFAULT_MIN_REMAINING_SHARE, DEFAULT_MIN_REPEATED_WORDS);
    }

    /**
     * @param nonProsePenalty  what a kept block that is not prose costs the run, in words
     * @param minRemainingShare prose blocks the page prints twice or more neither make nor break the run, unless
     *                         the run found without them scores less than this share of their words (the story
     *                         itself printed twice)
     * @param minRepeatedWords only paragraphs of at least this many words count as printed twice
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords) {
        this.nonProsePenalty = Validate.atLeast(nonProsePenalty, 0, "nonProsePenalty");
        this.minRemainingShare = Validate.fraction(minRemainingShare, "minRemainingShare");
        this.minRepeatedWords = Validate.positive(minRepeatedWords, "minRepeatedWords");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        Set<String> repeated = repeatedProse(blocks);
        long[] run = densestRun(blocks, Set.of());
        if (!repeated.isEmpty()) {
            // The paragraphs printed twice may narrow the article run, never move it elsewhere; and without them
            // enough must be left to be a story: else the story is what the page prints twice.
            long[] narrowed = densestRun(blocks, repeated);
            boolean inside = narrowed[0] >= 0 && narrowed[0] <= run[1] && run[0] <= narrowed[1];
            if (inside && narrowed[2] >= minRemainingShare * wordsOf(repeated)) run = narrowed;
        }
        int bestStart = (int) run[0];
        int bestEnd = (int) run[1];
        if (bestStart < 0) return false;
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (i >= bestStart && i <= bestEnd) {
                block.label(Label.ARTICLE);
            } else if (block.has(Label.PROSE)) {
                changed |= block.remove(new Reason(REASON, name(), "prose outside the densest run of prose"));
            }
        }
        return true;
    }

    /** The maximum-sum run: its first and last block's index (-1 when none) and its score. */
    private long[] densestRun(List<Block> blocks, Set<String> neutral) {
        int bestStart = -1;
        int bestEnd = -1;
        long best = 0;
        long sum = 0;
        int start = 0;
        int removedInARow = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isJoined()) continue;
            // Two or more lines in a row a rule or a filter before this one took out (share buttons, a tag row
            // between a story and the blurb below it, a gallery's buttons) part two runs as one line that is not
            // prose: one piece of furniture, however many lines it was dumped on. A single line taken out (an
            // inline plug between two paragraphs, an ad marker) costs nothing, as before.
            boolean removed = block.isRemoved();
            removedInARow = removed ? removedInARow + 1 : 0;
            // a stretch is charged once, at its second line, and only inside a run
            if (removed && (removedInARow != 2 || sum <= 0)) continue;
            // A table's cells neither make nor break the run: the story may print one between its paragraphs.
            if (!removed && block.has(Label.TABLE_CELL) && !block.has(Label.PROSE)) continue;
            if (!removed && !neutral.isEmpty() && neutral.contains(block.text())) continue;
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += !removed && block.has(Label.PROSE) ? block.wordCount() : -nonProsePenalty;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return new long[] {bestStart, bestEnd, best};
    }

    private static long wordsOf(Set<String> texts) {
        long words = 0;
        for (String text : texts) words += TextMeasure.wordCount(text);
        return words;
    }

    /**
     * The texts of the prose blocks of at least {@code minRepeatedWords} words that the page prints twice or more,
     * word for word: a ticker of teasers in the page's head and again in its foot, a cookie notice, a caption
     * beside each copy of its photo.
     */
    private Set<String> repeatedProse(List<Block> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block block : blocks) {
            if (block.isKept() && block.has(Label.PROSE) && block.wordCount() >= minRepeatedWords) {
                counts.merge(block.text(), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) if (entry.getValue() >= 2) repeated.add(entry.getKey());
        return repeated;
    }

    /** Index of the first block of the article run, or -1 when the filter found none. */
    public static int articleStart(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i).has(Label.ARTICLE)) return i;
        return -1;
    }
}
