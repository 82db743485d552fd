package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the title-like lines after the article's last prose paragraph: the headlines of related and
 * "what's happening" lists, section names and tags that pages append below a story. Short sentences that end
 * with a full stop stay: they may be the story's last line. So does a list the story announces (its last paragraph
 * or the line after it ends in a colon: "Tour dates:"), to the first blank line after its start, and a table right
 * after the last paragraph (lines sharing one pattern of punctuation, see {@link TitleRunTailFilter}).
 */
public final class RelatedListTailFilter implements BlockFilter {
    public static final String REASON = "related-list";
    /** Any title-like line after the last paragraph goes, linked or not. */
    public static final double DEFAULT_MIN_LINK_DENSITY = 0;

    private final double minLinkDensity;

    public RelatedListTailFilter() {
        this(DEFAULT_MIN_LINK_DENSITY);
    }

    /**
     * @param minLinkDensity only title-like lines with at least this share of their characters inside links go;
     *                       HTML pages keep an article's closing list (tour dates, a fact box) that links nothing
     */
    public RelatedListTailFilter(double minLinkDensity) {
        this.minLinkDensity = Validate.fraction(minLinkDensity, "minLinkDensity");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int last = ProseLabelFilter.lastProse(blocks);
        if (last < 0) return false;
        boolean changed = false;
        int next = last + 1;
        while (next < blocks.size() && !blocks.get(next).isKept()) next++;
        boolean introduced = TitleRunTailFilter.introducesList(blocks.get(last))
                || next < blocks.size() && TitleRunTailFilter.introducesList(blocks.get(next));
        int tableEnd = next < blocks.size() ? TitleRunTailFilter.tableEnd(blocks, next,
                TitleRunTailFilter.DEFAULT_MIN_RUN, TitleRunTailFilter.DEFAULT_MIN_PATTERN_SHARE) : next;
        for (int i = Math.max(last + 1, tableEnd); i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (introduced && (i <= next || block.gapBefore() == 0)) continue;
            introduced = false;
            if (block.isKept() && block.has(Label.TITLE_LIKE) && block.linkDensity() >= minLinkDensity) {
                changed |= block.remove(new Reason(REASON, name(), "title-like line after the last paragraph"));
            }
        }
        return changed;
    }
}
