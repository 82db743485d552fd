package wirewash.clean.filters;

import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, a key-points box set above the story: the heading a {@code line} rule took for a summary
 * box's ("Key points", "What you need to know", "At a glance"), then its points below it — short lines, each
 * opened by a bullet or a number when the first one is ("• Police closed the road on Monday."), else each of at
 * most {@code maxItemWords} words and, when the first one is printed right below the heading with no blank line
 * between, none set apart by a blank line (the box ends there: the story's short first paragraph may follow) — up
 * to the first line that is no such point. A site prints such a box between the headline and the story, the
 * story's own sentences cut short; left in, it reads as the story's opening. The box must stand above the story:
 * not right below a paragraph longer than a deck ({@code maxDeckWords}), and the kept prose below its points
 * outweighs the prose above its heading {@code minProseBelowRatio} times over. Otherwise, and when no point follows
 * the heading (a subheading over the story's paragraph, "What you need to know" over the text), the heading is the
 * story's and is given back.
 * Runs right after {@link LineRuleFilter}.
 */
public final class SummaryBoxFilter implements BlockFilter {
    public static final String REASON = "summary-box";
    /** The reasons of the {@code line} rules that name a summary box's heading. */
    public static final Set<String> DEFAULT_HEADING_REASONS = Set.of(REASON);
    /** Most words of an unmarked point: a sentence cut short, not a paragraph of the story. */
    public static final int DEFAULT_MAX_ITEM_WORDS = 30;
    /** Most points of a box. */
    public static final int DEFAULT_MAX_ITEMS = 8;
    /**
     * Most words of a deck right above the box's heading: a longer paragraph there is the story's, and the box is
     * set in the story.
     */
    public static final int DEFAULT_MAX_DECK_WORDS = 40;
    /** Least ratio of the prose words below the box to those above its heading: the box heads the story. */
    public static final double DEFAULT_MIN_PROSE_BELOW_RATIO = 2.0;

    private final Set<String> headingReasons;
    private final int maxItemWords;
    private final int maxItems;
    private final double minProseBelowRatio;
    private final int maxDeckWords;

    public SummaryBoxFilter() {
        this(DEFAULT_HEADING_REASONS, DEFAULT_MAX_ITEM_WORDS, DEFAULT_MAX_ITEMS, DEFAULT_MIN_PROSE_BELOW_RATIO,
                DEFAULT_MAX_DECK_WORDS);
    }

    public SummaryBoxFilter(Set<String> headingReasons, int maxItemWords, int maxItems, double minProseBelowRatio,
                            int maxDeckWords) {
        this.maxDeckWords = Validate.positive(maxDeckWords, "maxDeckWords");
        this.headingReasons = Set.copyOf(Validate.notNull(headingReasons, "headingReasons"));
        this.maxItemWords = Validate.positive(maxItemWords, "maxItemWords");
        this.maxItems = Validate.positive(maxItems, "maxItems");
        this.minProseBelowRatio = Validate.atLeast(minProseBelowRatio, 0.0, "minProseBelowRatio");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block heading = blocks.get(i);
            if (!HeadedItems.isHeading(heading, headingReasons)) continue;
            int end = HeadedItems.end(blocks, i, maxItems, (line, first) -> TextMeasure.opensListItem(
                    first.text().strip()) ? TextMeasure.opensListItem(line.text().strip())
                    : line.wordCount() <= maxItemWords);
            if (end < 0 || belowParagraph(blocks, i) || proseWords(blocks, end, blocks.size())
                    < minProseBelowRatio * Math.max(1, proseWords(blocks, 0, i))) {
                changed |= heading.restore();
                continue;
            }
            Reason reason = new Reason(REASON, name(), "point of a key-points box above the story");
            for (int j = i + 1; j < end; j++) changed |= blocks.get(j).remove(reason);
            i = end - 1;
        }
        return changed;
    }

    /**
     * Whether the line right above {@code heading} is a kept prose paragraph longer than a deck: the box is set in
     * the story.
     */
    private boolean belowParagraph(List<Block> blocks, int heading) {
        for (int i = heading - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (!block.isJoined()) return block.isKept() && block.has(Label.PROSE) && block.wordCount() > maxDeckWords;
        }
        return false;
    }

    /** Words of the kept prose blocks from {@code from} up to {@code to}. */
    private static long proseWords(List<Block> blocks, int from, int to) {
        long words = 0;
        for (int i = from; i < to; i++) {
            Block block = blocks.get(i);
            if (block.isKept() && block.has(Label.PROSE)) words += block.wordCount();
        }
        return words;
    }
}
