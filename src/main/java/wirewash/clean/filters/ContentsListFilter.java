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
 * Removes, on text dumps, the items of a table of contents below its heading: a line a {@code line} rule took for a
 * contents list's heading ("In this article:", "Table of contents", "On this page"), then the short lines below it
 * that end no sentence (the sections' names, "What happened", "1. Background", run together with bars or not), up to
 * the next prose paragraph, or to the first blank line when the first item is printed right below the heading with
 * no blank line between (a list printed tight ends there: the story's opening subheading may follow). A guide or a
 * long story prints such a list below its lede; left in, its lines cost the run of the story's prose so much that
 * the lede above them falls outside it. Runs before {@link DenseProseRunFilter}.
 * The list ends at a line that ends a sentence or holds more than {@code maxItemWords} words, and a heading with
 * more than {@code maxItems} such lines below it is left its lines: that is no contents list. A short line a rule
 * took inside the list ("Show more") takes the list's reason.
 */
public final class ContentsListFilter implements BlockFilter {
    public static final String REASON = "contents";
    /** The reasons of the {@code line} rules that name a contents list's heading. */
    public static final Set<String> DEFAULT_HEADING_REASONS = Set.of(REASON);
    /** Most words of a contents list's item. */
    public static final int DEFAULT_MAX_ITEM_WORDS = 10;
    /** Most items of a contents list. */
    public static final int DEFAULT_MAX_ITEMS = 15;

    private final Set<String> headingReasons;
    private final int maxItemWords;
    private final int maxItems;

    public ContentsListFilter() {
        this(DEFAULT_HEADING_REASONS, DEFAULT_MAX_ITEM_WORDS, DEFAULT_MAX_ITEMS);
    }

    public ContentsListFilter(Set<String> headingReasons, int maxItemWords, int maxItems) {
        this.headingReasons = Set.copyOf(Validate.notNull(headingReasons, "headingReasons"));
        this.maxItemWords = Validate.positive(maxItemWords, "maxItemWords");
        this.maxItems = Validate.positive(maxItems, "maxItems");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (!HeadedItems.isHeading(blocks.get(i), headingReasons)) continue;
            int end = HeadedItems.end(blocks, i, maxItems, (line, first) -> isItem(line));
            if (end < 0) continue;
            Reason reason = new Reason(REASON, name(), "item of a table of contents");
            for (int j = i + 1; j < end; j++) {
                Block line = blocks.get(j);
                if (line.isJoined() || !isItem(line)) continue;
                // a line a rule took inside the list ("Show more") is the list's too, not a menu's or a prompt's
                // that later filters read as announcing what follows
                if (line.isRemoved()) line.restore();
                changed |= line.remove(reason);
            }
            i = end - 1;
        }
        return changed;
    }

    private boolean isItem(Block line) {
        int words = line.wordCount();
        return words > 0 && words <= maxItemWords && !line.has(Label.PROSE) && !TextMeasure.endsSentence(line.text());
    }
}
