package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;

/**
 * Keeps again a lone line that the link-density step removed when, once the structural pruning is done, the blocks
 * right above and right below it are both kept: one linked line inside the kept story (a linked subheading, a
 * source or "more information" line, a tweet's last line, a further-reading line set between two paragraphs) is the
 * story's line, whatever share of it is link text. Two or more such lines in a row are a list (related stories,
 * share buttons) and stay removed, and so does a line at either edge of the kept text. The mirror of
 * {@link ShortBlockContextFilter}, which removes a short line whose two neighbours were removed; unlike
 * {@link BodyLinkGuardFilter}, it asks nothing of the line's element or where it links, only of its neighbours, so it
 * runs after the main-container and class-name steps, whose removals make those neighbours furniture. Later filters
 * (rules, tails, captions, the header) still judge what it keeps again.
 */
public final class LinkLineContextFilter implements BlockFilter {
    /** The origin of the removals this backs off. */
    public static final String DEFAULT_REMOVER = "LinkDensityFilter";

    private final String remover;

    public LinkLineContextFilter() {
        this(DEFAULT_REMOVER);
    }

    /** @param remover the filter (its class's simple name) whose lone removals between kept blocks are kept again */
    public LinkLineContextFilter(String remover) {
        this.remover = Validate.notNull(remover, "remover");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!isRemovedHere(block)) continue;
            Block before = neighbour(blocks, i, -1);
            Block after = neighbour(blocks, i, +1);
            // a line kept again has kept neighbours, so it never is the kept neighbour of another such line: no run
            // of them is kept again one line at a time
            if (before != null && after != null && before.isKept() && after.isKept()) {
                changed |= block.restore();
            }
        }
        return changed;
    }

    private boolean isRemovedHere(Block block) {
        return block.isRemoved() && !block.isJoined() && remover.equals(block.removal().origin());
    }

    private static Block neighbour(List<Block> blocks, int i, int step) {
        for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
            if (!blocks.get(j).isJoined()) return blocks.get(j);
        }
        return null;
    }
}
