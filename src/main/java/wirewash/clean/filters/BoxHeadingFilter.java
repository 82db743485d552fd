package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the heading of a box on an HTML page once every other line of the box is removed: a widget's or a rail's
 * title ("Most viewed today", "Forecast", "Markets at a glance") whose list, cards or figures the other steps took
 * by their links, class names or rules, but whose own words name nothing they know. The heading is a short line,
 * not prose, that opens an element at most {@code maxLevels} levels above its own (no block of that element comes
 * before it), or its own element when its words are set loose in the box they head (a {@code <span>} label right in
 * the widget's {@code <div>}, read as a run of the box's own text), holding at least {@code minRemovedLines} other blocks, all removed but for short linked lines fewer
 * than the removed ones (a widget's "Change location"), or at least {@code minRemovedTextLines} removed lines
 * that are not links (link density below {@code minLinkDensity}): a line a step took for its words or its class
 * (a ticker's figures, an author's bio, a comment box's "Please keep the discussion civil") names the box as
 * furniture, where a lone link the link step took ("Full text of the report") may be the story's own, when the box
 * holds no text but its heading and its lines (not the story's element, its paragraphs set loose in it); it and those
 * links go with the first removed line's reason. A subheading of the story opens a section whose paragraphs stay,
 * and stays with them.
 */
public final class BoxHeadingFilter implements BlockFilter {
    /** Most words of a box's heading. */
    public static final int DEFAULT_MAX_HEADING_WORDS = 6;
    /** Fewest removed lines the box holds besides its heading. */
    public static final int DEFAULT_MIN_REMOVED_LINES = 2;
    /** Fewest removed lines that are not links the box holds besides its heading, when it holds fewer in all. */
    public static final int DEFAULT_MIN_REMOVED_TEXT_LINES = 1;
    /** Link density from which a short kept line of the box is its link ("Full forecast"), not the story's. */
    public static final double DEFAULT_MIN_LINK_DENSITY = 0.5;
    /** How many levels above the heading's element the box may be. */
    public static final int DEFAULT_MAX_LEVELS = 2;

    private final int maxHeadingWords;
    private final int minRemovedLines;
    private final int minRemovedTextLines;
    private final int maxLevels;
    private final double minLinkDensity;

    public BoxHeadingFilter() {
        this(DEFAULT_MAX_HEADING_WORDS, DEFAULT_MIN_REMOVED_LINES, DEFAULT_MIN_REMOVED_TEXT_LINES, DEFAULT_MAX_LEVELS,
                DEFAULT_MIN_LINK_DENSITY);
    }

    /**
     * @param maxHeadingWords most words of the heading, at least 1
     * @param minRemovedLines fewest removed lines of the box besides the heading, at least 1
     * @param minRemovedTextLines fewest removed lines of the box that are not links, enough when it holds fewer
     *                        than {@code minRemovedLines}, at least 1
     * @param maxLevels       how far above the heading's element the box may be, at least 1
     * @param minLinkDensity  link density from which a short kept line of the box is one of its links
     */
    public BoxHeadingFilter(int maxHeadingWords, int minRemovedLines, int minRemovedTextLines, int maxLevels,
            double minLinkDensity) {
        this.maxHeadingWords = Validate.positive(maxHeadingWords, "maxHeadingWords");
        this.minRemovedLines = Validate.positive(minRemovedLines, "minRemovedLines");
        this.minRemovedTextLines = Validate.positive(minRemovedTextLines, "minRemovedTextLines");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.minLinkDensity = Validate.fraction(minLinkDensity, "minLinkDensity");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block heading = blocks.get(i);
            if (!heading.isKept() || heading.element() == null || !isShortLine(heading)) continue;
            List<Block> left = new ArrayList<>();
            Reason reason = orphanedBy(blocks, i, left);
            if (reason == null) continue;
            Reason orphan = new Reason(reason.code(), name(), "a line of a box whose other lines were removed");
            changed |= heading.remove(orphan);
            for (Block line : left) changed |= line.remove(orphan);
        }
        return changed;
    }

    private boolean isShortLine(Block block) {
        return !block.has(Label.PROSE) && block.wordCount() <= maxHeadingWords;
    }

    /**
     * The reason of the box's first removed line when the heading at {@code index} heads a box all removed but
     * for short linked lines ({@code left}: a widget's "Change location", "Full forecast"), fewer than the removed.
     */
    private Reason orphanedBy(List<Block> blocks, int index, List<Block> left) {
        Element box = blocks.get(index).element();
        // level 0: the heading's words are the box's own text, and the box's other lines are blocks of its children
        for (int level = 0; level <= maxLevels; level++) {
            if (level > 0) box = box.parent();
            if (box == null || box.normalName().equals("body")) return null;
            // the heading opens the box: no line of the box comes before it
            if (index > 0 && within(blocks.get(index - 1), box)) return null;
            Reason first = null;
            int removed = 0;
            int removedText = 0;
            int scannedChars = letters(blocks.get(index).text());
            left.clear();
            for (int j = index + 1; j < blocks.size() && within(blocks.get(j), box); j++) {
                Block line = blocks.get(j);
                scannedChars += letters(line.text());
                if (line.isKept()) {
                    if (!isShortLine(line) || line.linkDensity() < minLinkDensity) return null;
                    left.add(line);
                } else if (line.isRemoved()) {
                    if (first == null) first = line.removal();
                    removed++;
                    if (line.linkDensity() < minLinkDensity) removedText++;
                }
            }
            if (removed > 0) {
                // one removed line is enough only in a box that holds no text but its heading and its lines: a
                // story's subheading over a photo sits in the story's element among its loose paragraphs
                boolean enough = removed >= minRemovedLines
                        || removedText >= minRemovedTextLines && letters(box.text()) <= scannedChars;
                return enough && removed > left.size() ? first : null;
            }
            if (!left.isEmpty()) return null;
        }
        return null;
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i))) count++;
        return count;
    }

    private static boolean within(Block block, Element box) {
        return block.element() != null && Ancestors.isWithin(block.element(), box);
    }
}
