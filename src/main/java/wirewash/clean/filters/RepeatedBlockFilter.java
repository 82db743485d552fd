package wirewash.clean.filters;

import wirewash.clean.BatchFurniture;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes blocks that recur across many documents of the batch ({@link BatchFurniture}): a site's menu items,
 * footer lines and prompts. Prose blocks stay whatever their count: the same wire paragraph in many documents is
 * exactly what the dedup stage is there to find. So do a table's cells: "1", "0" and "Total" recur on many pages.
 */
public final class RepeatedBlockFilter implements BlockFilter {
    public static final String REASON = "site-furniture";

    private final BatchFurniture furniture;

    public RepeatedBlockFilter(BatchFurniture furniture) {
        this.furniture = Validate.notNull(furniture, "furniture");
    }

    @Override
    public boolean process(Page page) {
        if (furniture.size() == 0) return false;
        boolean changed = false;
        for (Block block : page.kept()) {
            if (!block.has(Label.PROSE) && !block.has(Label.TABLE_CELL) && furniture.isFurniture(block.text())) {
                changed |= block.remove(new Reason(REASON, name(),
                        "repeated in at least " + furniture.minDocuments() + " documents of the batch"));
            }
        }
        return changed;
    }
}
