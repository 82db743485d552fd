package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the prose blocks that lie outside the page's densest run of prose: teasers of other stories, cookie
 * notices, "about us" blurbs. The run is the stretch of kept blocks with the highest score, where a prose block
 * scores its length in words and any other kept block costs a fixed penalty (the maximum-sum segment, found in
 * one pass). A subheading or an inline link between two paragraphs costs little; a navigation list of twenty
 * items separates two runs. The cells of a table dumped one cell per line ({@link Label#TABLE_CELL}) cost nothing
 * and add nothing: a standings table between two paragraphs does not part them. Labels the blocks of the run {@link Label#ARTICLE}, which later filters use to tell
 * the article's start and end.
 */
public final class DenseProseRunFilter implements BlockFilter {
    public static final String REASON = "outside-article";
    /** What a kept block that is not prose costs the run it sits in, in words. */
    public static final int DEFAULT_NON_PROSE_PENALTY = 8;

    private final int nonProsePenalty;

    public DenseProseRunFilter() {
        this(DEFAULT_NON_PROSE_PENALTY);
    }

    public DenseProseRunFilter(int nonProsePenalty) {
        this.nonProsePenalty = Validate.atLeast(nonProsePenalty, 0, "nonProsePenalty");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int bestStart = -1;
        int bestEnd = -1;
        long best = 0;
        long sum = 0;
        int start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            // A table's cells neither make nor break the run: the story may print one between its paragraphs.
            if (block.has(Label.TABLE_CELL) && !block.has(Label.PROSE)) continue;
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += block.has(Label.PROSE) ? block.wordCount() : -nonProsePenalty;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
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

    /** Index of the first block of the article run, or -1 when the filter found none. */
    public static int articleStart(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i).has(Label.ARTICLE)) return i;
        return -1;
    }
}
