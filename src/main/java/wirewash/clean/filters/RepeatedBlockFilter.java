package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.List;
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
 * And so does a short line of a story that ran in several outlets (a subheading, a one-line quote, a dateline): a
 * repeated block stays when at least {@code minSharedProseShare} of the page's kept prose blocks occur, as far as the
 * batch can tell, in the same documents as it ({@link BatchFurniture.Occurrence#sameDocuments}). A site's menu
 * recurs on the site's other pages, which do not carry this story.
 */
public final class RepeatedBlockFilter implements BlockFilter {
    public static final String REASON = "site-furniture";
    /** Share of a page's kept prose blocks found in the same documents as a repeated block that makes it story. */
    public static final double DEFAULT_MIN_SHARED_PROSE_SHARE = 0.5;

    private final BatchFurniture furniture;
    private final double minSharedProseShare;

    public RepeatedBlockFilter(BatchFurniture furniture) {
        this(furniture, DEFAULT_MIN_SHARED_PROSE_SHARE);
    }

    public RepeatedBlockFilter(BatchFurniture furniture, double minSharedProseShare) {
        this.furniture = Validate.notNull(furniture, "furniture");
        this.minSharedProseShare = Validate.fraction(minSharedProseShare, "minSharedProseShare");
    }

    @Override
    public boolean process(Page page) {
        if (furniture.size() == 0) return false;
        boolean changed = false;
        List<BatchFurniture.Occurrence> prose = null;
        for (Block block : page.kept()) {
            if (block.has(Label.PROSE) || block.has(Label.TABLE_CELL)) continue;
            BatchFurniture.Occurrence occurrence = furniture.occurrence(block.text());
            if (occurrence == null) continue;
            if (prose == null) prose = proseOccurrences(page);
            if (sharesTheStory(occurrence, prose)) continue;
            changed |= block.remove(new Reason(REASON, name(),
                    "repeated in at least " + furniture.minDocuments()
                            + " documents of the batch, most of them without this page's prose"));
        }
        return changed;
    }

    /** Where each kept prose block of the page occurs, null for those that occur in too few documents. */
    private List<BatchFurniture.Occurrence> proseOccurrences(Page page) {
        List<BatchFurniture.Occurrence> occurrences = new ArrayList<>();
        for (Block block : page.kept()) {
            if (block.has(Label.PROSE)) occurrences.add(furniture.occurrence(block.text()));
        }
        return occurrences;
    }

    private boolean sharesTheStory(BatchFurniture.Occurrence occurrence, List<BatchFurniture.Occurrence> prose) {
        if (prose.isEmpty()) return false;
        int same = 0;
        for (BatchFurniture.Occurrence p : prose) if (occurrence.sameDocuments(p)) same++;
        return same >= minSharedProseShare * prose.size();
    }
}
