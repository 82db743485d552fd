package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import wirewash.clean.BatchFurniture;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes blocks that recur across many documents of the batch ({@link BatchFurniture}): a site's menu items,
 * footer lines and prompts. Prose blocks stay whatever their count: the same wire paragraph in many documents is
 * exactly what the dedup stage is there to find. So do a table's cells: "1", "0" and "Total" recur on many pages.
 * And so does a short line of a story that ran in several outlets (a subheading, a one-line quote, a dateline): a
 * repeated block stays when at least {@code minSharedProseShare} of the page's kept prose blocks occur, as far as the
 * batch can tell, in the same documents as it ({@link BatchFurniture.Occurrence#sameDocuments}), in about as many
 * (the smaller count at least {@code minDocumentsRatio} of the larger). A site's menu recurs on the site's other
 * pages, which do not carry this story; its sample still equals the story's with the probability of the two sets'
 * Jaccard similarity, which for sets of a and b documents (a &lt;= b) is at most a / b: the counts rule out most
 * such chance matches, between a site with many pages in the batch and a story in few outlets, or the reverse.
 * A sentence set between two paragraphs of the article run ({@link Label#ARTICLE}) stays too, whatever the documents
 * it recurs in: "No one was hurt." or "Q: What happens next?" recur across the unrelated stories of a large batch.
 * So does a subheading of the article: a short line (at most {@code maxSubheadingWords} words) printed once on the
 * page, right above a paragraph of the article run and below more of it ("What happens next", "Background", "Key
 * points" head a section in many stories of a batch); a slot label the page prints between several paragraphs is
 * the site's, and so is a line parted by {@code itemSeparators} (a menu, a breadcrumb, a byline under the
 * standfirst: "Jane Doe | The Herald").
 * A page with no kept prose block (a box score, a results list: lines of names and figures) is judged by its longest
 * kept blocks instead, of at least {@code minStandInWords} words: run in three outlets, its lines recur where those
 * blocks do, and a site's menu, printed on the site's other pages, does not.
 */
public final class RepeatedBlockFilter implements BlockFilter {
    public static final String REASON = "site-furniture";
    /** Share of a page's kept prose blocks found in the same documents as a repeated block that makes it story. */
    public static final double DEFAULT_MIN_SHARED_PROSE_SHARE = 0.5;
    /** Least ratio of the smaller to the larger document count of two blocks taken to occur in the same documents. */
    public static final double DEFAULT_MIN_DOCUMENTS_RATIO = 0.5;
    /** Most words of a line right above a paragraph of the article that may be the story's subheading. */
    public static final int DEFAULT_MAX_SUBHEADING_WORDS = 8;
    /**
     * Characters that part a menu's items, a breadcrumb's steps or a byline's name from its outlet ("Home | News",
     * "News > Local", "Jane Doe / The Herald", "Jane Doe · Staff"), or point a button's link ("Donate today →"): a
     * line holding one is no subheading.
     */
    public static final String DEFAULT_ITEM_SEPARATORS = "|/>»›·•→";
    /** Fewest words of a kept block that stands in for prose on a page that keeps none ("Palm Bay (1-0): …"). */
    public static final int DEFAULT_MIN_STAND_IN_WORDS = 20;

    private final BatchFurniture furniture;
    private final double minSharedProseShare;
    private final double minDocumentsRatio;
    private final int maxSubheadingWords;
    private final String itemSeparators;
    private final int minStandInWords;

    public RepeatedBlockFilter(BatchFurniture furniture) {
        this(furniture, DEFAULT_MIN_SHARED_PROSE_SHARE);
    }

    public RepeatedBlockFilter(BatchFurniture furniture, double minSharedProseShare) {
        this(furniture, minSharedProseShare, DEFAULT_MIN_DOCUMENTS_RATIO);
    }

    public RepeatedBlockFilter(BatchFurniture furniture, double minSharedProseShare, double minDocumentsRatio) {
        this(furniture, minSharedProseShare, minDocumentsRatio, DEFAULT_MAX_SUBHEADING_WORDS, DEFAULT_ITEM_SEPARATORS);
    }

    /**
     * @param maxSubheadingWords most words of a repeated line kept as the article's subheading (0: none)
     * @param itemSeparators     characters that make a line a menu, a breadcrumb or a byline, not a subheading
     */
    public RepeatedBlockFilter(BatchFurniture furniture, double minSharedProseShare, double minDocumentsRatio,
                               int maxSubheadingWords, String itemSeparators) {
        this(furniture, minSharedProseShare, minDocumentsRatio, maxSubheadingWords, itemSeparators,
                DEFAULT_MIN_STAND_IN_WORDS);
    }

    /** @param minStandInWords fewest words of a kept block that stands in for prose on a page that keeps none */
    public RepeatedBlockFilter(BatchFurniture furniture, double minSharedProseShare, double minDocumentsRatio,
                               int maxSubheadingWords, String itemSeparators, int minStandInWords) {
        this.minStandInWords = Validate.atLeast(minStandInWords, 1, "minStandInWords");
        this.maxSubheadingWords = Validate.atLeast(maxSubheadingWords, 0, "maxSubheadingWords");
        this.itemSeparators = Validate.notNull(itemSeparators, "itemSeparators");
        this.furniture = Validate.notNull(furniture, "furniture");
        this.minSharedProseShare = Validate.fraction(minSharedProseShare, "minSharedProseShare");
        this.minDocumentsRatio = Validate.fraction(minDocumentsRatio, "minDocumentsRatio");
    }

    private boolean sameDocuments(BatchFurniture.Occurrence block, BatchFurniture.Occurrence prose) {
        if (!block.sameDocuments(prose)) return false;
        int fewer = Math.min(block.documents(), prose.documents());
        int more = Math.max(block.documents(), prose.documents());
        return fewer >= minDocumentsRatio * more;
    }

    @Override
    public boolean process(Page page) {
        if (furniture.size() == 0) return false;
        boolean changed = false;
        ProseOccurrences prose = null;
        List<Block> kept = page.kept();
        for (int k = 0; k < kept.size(); k++) {
            Block block = kept.get(k);
            if (block.has(Label.PROSE) || block.has(Label.TABLE_CELL)) continue;
            if (isStorySentence(kept, k) || isStorySubheading(kept, k)) continue;
            BatchFurniture.Occurrence occurrence = furniture.occurrence(block.text());
            if (occurrence == null) continue;
            if (prose == null) prose = new ProseOccurrences(page);
            if (prose.shareTheDocumentsOf(occurrence)) continue;
            changed |= block.remove(new Reason(REASON, name(),
                    "repeated in at least " + furniture.minDocuments()
                            + " documents of the batch, most of them without this page's prose"));
        }
        return changed;
    }

    /**
     * Whether the kept block {@code k} is a sentence of the story's: it ends a sentence and lies inside the article
     * run, between two of its paragraphs ("No one was hurt.", "Q: What happens next?"). Stock lines recur across
     * the stories of a large batch; a site's furniture inside the story is a label or a prompt the rules name.
     */
    private static boolean isStorySentence(List<Block> kept, int k) {
        Block block = kept.get(k);
        if (!block.has(Label.ARTICLE) || !TextMeasure.endsSentence(block.text())) return false;
        return hasArticleProse(kept, k - 1, -1) && hasArticleProse(kept, k + 1, 1);
    }

    /**
     * Whether the kept block {@code k} is a subheading of the story's: a line of at most {@code maxSubheadingWords}
     * words in the article run, right above one of its paragraphs (no line between: the section it heads), with more
     * of its prose above (the story's lines between, a list's items, a question, are the story's too), printed nowhere
     * else on the page, one phrase with none of {@code itemSeparators}. A site's label between paragraphs ("Story continues") is printed at each of its slots, and its
     * menus and prompts sit outside the story or are named by the rules.
     */
    private boolean isStorySubheading(List<Block> kept, int k) {
        Block block = kept.get(k);
        if (!block.has(Label.ARTICLE) || block.wordCount() > maxSubheadingWords || k + 1 >= kept.size()) return false;
        Block next = kept.get(k + 1);
        if (!next.has(Label.ARTICLE) || !next.has(Label.PROSE) || !hasArticleProse(kept, k - 1, -1)) return false;
        String text = block.text().strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (itemSeparators.indexOf(c) >= 0) return false;
            // two sentences in a line are a prompt ("Support local journalism. Donate today"), not a heading
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' ') return false;
        }
        for (Block other : kept) {
            if (other != block && other.text().strip().equalsIgnoreCase(text)) return false;
        }
        return true;
    }

    /** Whether a kept paragraph of the article run lies from {@code from} on in direction {@code step}, within the run. */
    private static boolean hasArticleProse(List<Block> kept, int from, int step) {
        for (int i = from; i >= 0 && i < kept.size() && kept.get(i).has(Label.ARTICLE); i += step) {
            if (kept.get(i).has(Label.PROSE)) return true;
        }
        return false;
    }

    /**
     * Where the page's kept prose blocks (or, on a page that keeps none, their stand-ins) occur, each looked up
     * (hashed) only when a verdict needs it: a verdict stops as soon as enough blocks agree, or too many disagree, for
     * the share to be decided. The shortest blocks
     * are looked up first, being the cheapest to hash; the verdict, an exact count, does not depend on the order.
     * A paragraph that a text dump hard-wrapped was counted line by line and joined since: it occurs where its
     * second line does.
     */
    private final class ProseOccurrences {
        private static final BatchFurniture.Occurrence NOT_LOOKED_UP = new BatchFurniture.Occurrence(0, 0);
        private final List<Block> blocks = new ArrayList<>();
        private final List<BatchFurniture.Occurrence> occurrences = new ArrayList<>();
        /** By block index, the text of the first block joined into it (its second line), or null. */
        private final String[] secondLines;

        ProseOccurrences(Page page) {
            List<Block> all = page.blocks();
            secondLines = new String[all.size()];
            for (Block block : all) {
                int target = block.joinedInto();
                if (target >= 0 && target < secondLines.length && secondLines[target] == null) {
                    secondLines[target] = block.text();
                }
            }
            for (Block block : page.kept()) {
                if (block.has(Label.PROSE)) {
                    blocks.add(block);
                    occurrences.add(NOT_LOOKED_UP);
                }
            }
            if (blocks.isEmpty()) {
                for (Block block : page.kept()) {
                    if (block.wordCount() >= minStandInWords) {
                        blocks.add(block);
                        occurrences.add(NOT_LOOKED_UP);
                    }
                }
            }
            blocks.sort(Comparator.comparingInt(b -> b.text().length()));
        }

        /** True when at least the filter's share of the prose blocks occur in the same documents as the block. */
        boolean shareTheDocumentsOf(BatchFurniture.Occurrence occurrence) {
            int n = blocks.size();
            if (n == 0) return false;
            double needed = minSharedProseShare * n;
            int same = 0;
            for (int i = 0; i < n; i++) {
                if (same >= needed) return true;
                if (same + (n - i) < needed) return false;
                BatchFurniture.Occurrence p = occurrences.get(i);
                if (p == NOT_LOOKED_UP) {
                    p = lookUp(blocks.get(i));
                    occurrences.set(i, p);
                }
                if (sameDocuments(occurrence, p)) same++;
            }
            return same >= needed;
        }

        private BatchFurniture.Occurrence lookUp(Block block) {
            BatchFurniture.Occurrence occurrence = furniture.occurrence(block.text());
            String secondLine = block.index() < secondLines.length ? secondLines[block.index()] : null;
            return occurrence == null && secondLine != null ? furniture.occurrence(secondLine) : occurrence;
        }
    }
}
