package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.model.Reason;

/**
 * Judges short blocks by their neighbours, as jusText does: a block that is not prose and sits between two
 * removed blocks is furniture too (a lone "Share" between two link lists). Headings directly above prose stay, and
 * so does the story's lead ({@link Label#LEAD}) when the headline above it and a byline below it were removed.
 */
public final class ShortBlockContextFilter implements BlockFilter {
    public static final String REASON = "short-between-boilerplate";

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept() || block.has(Label.PROSE) || block.has(Label.LEAD)) continue;
            Block before = neighbour(blocks, i, -1);
            Block after = neighbour(blocks, i, +1);
            boolean removedAround = (before == null || before.isRemoved()) && (after == null || after.isRemoved());
            if (removedAround && (before != null || after != null)) {
                changed |= block.remove(new Reason(REASON, name(), "not prose, and both neighbours were removed"));
            }
        }
        return changed;
    }

    private static Block neighbour(List<Block> blocks, int i, int step) {
        for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
            if (!blocks.get(j).isJoined()) return blocks.get(j);
        }
        return null;
    }
}
