package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, the short lines of a paper's masthead or contact box that no rule names, beside a line a
 * rule took out for one of {@code boxReasons} ("Newsroom +44 1861 244531", "Editor: Jane Doe"): the box's heading
 * ("Get in touch", "Reach us"), its postal line ("Merriton 90210") and its bare e-mail address
 * ("news@upperbypost.org"), which a rule cannot take out alone, as a bare address or a town's name may be the
 * story's. Going up and down the page from such a line, over the box's other lines the rules took out for those
 * reasons, each kept line that is no prose and holds at most {@code maxLineWords} words goes, up to
 * {@code maxLines} of them on each side; the first prose line, longer line or line taken out for another reason
 * ends the box. The story's paragraphs are prose, and stay.
 */
public final class MastheadBoxFilter implements BlockFilter {
    public static final String REASON = "masthead";
    /** Reasons of the rule-removed lines that make a masthead or contact box. */
    public static final Set<String> DEFAULT_BOX_REASONS = Set.of("masthead");
    /** Most words of a box line no rule names: a heading, a postal line, an address. */
    public static final int DEFAULT_MAX_LINE_WORDS = 5;
    /** Most lines taken on each side of the box's named lines. */
    public static final int DEFAULT_MAX_LINES = 3;

    private final Set<String> boxReasons;
    private final int maxLineWords;
    private final int maxLines;

    public MastheadBoxFilter() {
        this(DEFAULT_BOX_REASONS, DEFAULT_MAX_LINE_WORDS, DEFAULT_MAX_LINES);
    }

    /**
     * @param boxReasons   reasons of the rule-removed lines that make a box
     * @param maxLineWords most words of a box line no rule names
     * @param maxLines     most lines taken on each side of the box's named lines
     */
    public MastheadBoxFilter(Set<String> boxReasons, int maxLineWords, int maxLines) {
        this.boxReasons = Set.copyOf(Validate.notNull(boxReasons, "boxReasons"));
        this.maxLineWords = Validate.positive(maxLineWords, "maxLineWords");
        this.maxLines = Validate.positive(maxLines, "maxLines");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        // found first, removed after: a line this step takes out does not extend the box it was found in
        List<Block> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!isNamedBoxLine(blocks.get(i))) continue;
            collect(blocks, i, -1, found);
            collect(blocks, i, 1, found);
        }
        boolean changed = false;
        Reason reason = new Reason(REASON, name(), "a short line of a masthead or contact box");
        for (Block line : found) changed |= line.remove(reason);
        return changed;
    }

    private void collect(List<Block> blocks, int from, int step, List<Block> found) {
        int taken = 0;
        for (int k = from + step; k >= 0 && k < blocks.size() && taken < maxLines; k += step) {
            Block line = blocks.get(k);
            if (line.isJoined()) continue;
            if (line.isRemoved()) {
                if (boxReasons.contains(line.removal().code())) continue;
                return;
            }
            if (line.has(Label.PROSE) || line.wordCount() == 0 || line.wordCount() > maxLineWords) return;
            found.add(line);
            taken++;
        }
    }

    private boolean isNamedBoxLine(Block line) {
        return line.isRemoved() && boxReasons.contains(line.removal().code());
    }
}
