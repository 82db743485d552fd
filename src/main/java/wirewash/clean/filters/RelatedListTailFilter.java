package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.model.Reason;

/**
 * Removes the title-like lines after the article's last prose paragraph: the headlines of related and
 * "what's happening" lists, section names and tags that pages append below a story. Short sentences that end
 * with a full stop stay: they may be the story's last line.
 */
public final class RelatedListTailFilter implements BlockFilter {
    public static final String REASON = "related-list";

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int last = ProseLabelFilter.lastProse(blocks);
        if (last < 0) return false;
        boolean changed = false;
        for (int i = last + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isKept() && block.has(Label.TITLE_LIKE)) {
                changed |= block.remove(new Reason(REASON, name(), "title-like line after the last paragraph"));
            }
        }
        return changed;
    }
}
