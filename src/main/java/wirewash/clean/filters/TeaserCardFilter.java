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
 * own now and then, never two lines in turn. Lines that are prose are left alone, but for the card's summary: a
 * paragraph of at most {@code maxSummaryWords} words printed right below a headline the dump printed twice (two
 * removed lines in turn with the same text, whichever step took them: a card's picture and its link, or an image's
 * label and its caption) set apart by a blank line above, no blank line between them and it, and a blank line below
 * it ("Column: A vulture
 * firm's bid…" twice, then "Among those who believe that the press provides value…"). The story's paragraphs are
 * set apart by blank lines; a dump with none anywhere leaves a paragraph below a doubled line alone.
 */
public final class TeaserCardFilter implements BlockFilter {
    public static final String REASON = "teaser";
    /** Most words of each of the card's two lines. */
    public static final int DEFAULT_MAX_LINE_WORDS = 25;
    /** Most words of a card's summary below its doubled headline: a sentence or two. */
    public static final int DEFAULT_MAX_SUMMARY_WORDS = 50;

    private final int maxLineWords;
    private final int maxSummaryWords;

    public TeaserCardFilter() {
        this(DEFAULT_MAX_LINE_WORDS, DEFAULT_MAX_SUMMARY_WORDS);
    }

    /**
     * @param maxLineWords    most words of each of the card's two lines
     * @param maxSummaryWords most words of a card's summary below its doubled headline
     */
    public TeaserCardFilter(int maxLineWords, int maxSummaryWords) {
        this.maxLineWords = Validate.positive(maxLineWords, "maxLineWords");
        this.maxSummaryWords = Validate.positive(maxSummaryWords, "maxSummaryWords");
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
        return changed | removeSummaries(page.blocks());
    }

    /** Removes each card summary printed right below a headline the dump printed twice (see the class's note). */
    private boolean removeSummaries(List<Block> blocks) {
        boolean changed = false;
        for (int i = 2; i < blocks.size(); i++) {
            Block summary = blocks.get(i);
            if (!summary.isKept() || !summary.has(Label.PROSE) || summary.gapBefore() > 0
                    || summary.wordCount() > maxSummaryWords) {
                continue;
            }
            Block second = blocks.get(i - 1);
            Block first = blocks.get(i - 2);
            if (!second.isRemoved() || !first.isRemoved() || !first.text().equals(second.text())
                    || first.wordCount() > maxLineWords || first.gapBefore() == 0) {
                continue;
            }
            // set apart below too: in a dump with no blank lines the paragraph is the story's as likely
            if (i + 1 >= blocks.size() || blocks.get(i + 1).gapBefore() == 0) continue;
            changed |= summary.remove(new Reason(REASON, name(), "the summary below a headline printed twice"));
        }
        return changed;
    }

    private boolean isCardLine(Block block) {
        return block.isKept() && !block.has(Label.PROSE) && block.wordCount() <= maxLineWords;
    }
}
