package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the end of the page from the first long run of title-like lines met once the article is mostly told:
 * a tag list, a headline list, the head of a comment section. Such a run needs no heading a rule could name. It
 * counts only when less prose follows it than came before it, so a list inside the story (steps, ingredients)
 * near its start stays. Nor does a run that the story introduces, its first line or the paragraph above it ending
 * in a colon ("Tour dates:", "The qualified teams are:"): a related list is never announced by the story itself.
 */
public final class TitleRunTailFilter implements BlockFilter {
    public static final String REASON = "headline-list";
    /** Consecutive title-like lines that make a run. */
    public static final int DEFAULT_MIN_RUN = 4;
    /** Least share of the article's prose words that must come before the run. */
    public static final double DEFAULT_MIN_PROSE_SHARE_BEFORE = 0.8;

    private final int minRun;
    private final double minProseShareBefore;

    public TitleRunTailFilter() {
        this(DEFAULT_MIN_RUN, DEFAULT_MIN_PROSE_SHARE_BEFORE);
    }

    public TitleRunTailFilter(int minRun, double minProseShareBefore) {
        this.minRun = Validate.positive(minRun, "minRun");
        this.minProseShareBefore = Validate.fraction(minProseShareBefore, "minProseShareBefore");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        long total = 0;
        for (Block block : blocks) if (block.isKept() && block.has(Label.PROSE)) total += block.wordCount();
        if (total == 0) return false;
        long before = 0;
        int runStart = -1;
        int run = 0;
        boolean introduced = false;
        Block previous = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            Block above = previous;
            previous = block;
            if (block.has(Label.PROSE)) {
                before += block.wordCount();
                run = 0;
                continue;
            }
            if (!block.has(Label.TITLE_LIKE)) {
                run = 0;
                continue;
            }
            if (run++ == 0) {
                runStart = i;
                introduced = introducesList(block) || above != null && introducesList(above);
            }
            if (!introduced && run >= minRun && before > 0 && before >= minProseShareBefore * total) {
                Reason reason = new Reason(REASON, name(), run + "+ title-like lines after "
                        + Math.round(100.0 * before / total) + "% of the prose");
                for (int j = runStart; j < blocks.size(); j++) blocks.get(j).remove(reason);
                return true;
            }
        }
        return false;
    }

    /** Whether the block announces a list that follows it ("Tour dates:"). */
    static boolean introducesList(Block block) {
        return block.text().strip().endsWith(":");
    }
}
