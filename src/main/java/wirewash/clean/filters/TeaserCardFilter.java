package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes another story's card that the dump prints twice: a short label and a headline, then the same two lines
 * again ("Business" / "Tribune Publishing renames itself Tronc…" / "Business" / "Tribune Publishing renames itself
 * Tronc…"), as a card's picture and its text each link the label and the headline. A story repeats a line of its
 * own now and then, never two lines in turn. Lines that are prose are left alone.
 */
public final class TeaserCardFilter implements BlockFilter {
    public static final String REASON = "teaser";
    /** Most words of each of the card's two lines. */
    public static final int DEFAULT_MAX_LINE_WORDS = 25;

    private final int maxLineWords;

    public TeaserCardFilter() {
        this(DEFAULT_MAX_LINE_WORDS);
    }

    /** @param maxLineWords most words of each of the card's two lines */
    public TeaserCardFilter(int maxLineWords) {
        this.maxLineWords = Validate.positive(maxLineWords, "maxLineWords");
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = page.kept();
        boolean changed = false;
        for (int i = 0; i + 3 < lines.size(); i++) {
            Block label = lines.get(i);
            Block headline = lines.get(i + 1);
            if (isCardLine(label) && isCardLine(headline) && !label.text().equals(headline.text())
                    && label.text().equals(lines.get(i + 2).text()) && headline.text().equals(lines.get(i + 3).text())) {
                Reason reason = new Reason(REASON, name(), "a label and a headline printed twice in turn");
                for (int j = i; j < i + 4; j++) changed |= lines.get(j).remove(reason);
                i += 3;
            }
        }
        return changed;
    }

    private boolean isCardLine(Block block) {
        return block.isKept() && !block.has(Label.PROSE) && block.wordCount() <= maxLineWords;
    }
}
