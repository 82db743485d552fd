package wirewash.clean.filters;

import java.util.List;
import java.util.Set;
import wirewash.clean.Block;

/**
 * The items listed right below a heading that a rule removed ("In this article:", "Key points"), for the filters
 * that take such a list with its heading.
 */
final class HeadedItems {
    /** Whether a kept line is one of the list's items, given the list's first kept line. */
    @FunctionalInterface
    interface ItemTest {
        boolean isItem(Block line, Block first);
    }

    private HeadedItems() {
    }

    /** Whether a rule of one of {@code reasons} removed the block: a heading that may head such a list. */
    static boolean isHeading(Block block, Set<String> reasons) {
        return block.isRemoved() && block.removal() != null && reasons.contains(block.removal().code());
    }

    /**
     * Where the items below the heading at {@code heading} end (the index after the last): the kept lines from the
     * next one down that pass {@code test}, lines joined to others or removed passed over; a list printed tight
     * under its heading (no blank line above its first item) ends at the first blank line. -1 when no item
     * follows, or more than {@code maxItems}.
     */
    static int end(List<Block> blocks, int heading, int maxItems, ItemTest test) {
        int end = heading + 1;
        int items = 0;
        Block first = null;
        boolean tight = false;
        while (end < blocks.size() && items <= maxItems) {
            Block line = blocks.get(end);
            if (line.isJoined() || line.isRemoved()) {
                end++;
                continue;
            }
            if (first == null) {
                first = line;
                tight = line.gapBefore() == 0;
            }
            if (!test.isItem(line, first) || items > 0 && tight && line.gapBefore() > 0) break;
            items++;
            end++;
        }
        return items == 0 || items > maxItems ? -1 : end;
    }
}
