package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes a photo caption that a credit line follows, on text dumps that set paragraphs apart by blank lines: a
 * sentence, then right below it (no blank line between) a short line of capitalised words that ends no sentence
 * ("Berkeley Earth", "Jane Doe/Getty Images", "(Jacquelyn Martin / Associated Press)"), and a blank line after the
 * pair. A paragraph of the story is not followed by a name without a break; a caption is, by its credit, whether a
 * rule knows the agency or not. The same layout also holds a prompt and its button ("Get breaking news alerts…" /
 * "SUBSCRIBE"), which go too. A caption that a {@code caption} rule already took keeps taking its credit line.
 */
public final class CaptionCreditFilter implements BlockFilter {
    public static final String REASON = CaptionFilter.REASON;
    /** Most words of the sentence above the credit. */
    public static final int DEFAULT_MAX_CAPTION_WORDS = 40;
    /** Most words of the credit line. */
    public static final int DEFAULT_MAX_CREDIT_WORDS = 6;

    private final int maxCaptionWords;
    private final int maxCreditWords;

    public CaptionCreditFilter() {
        this(DEFAULT_MAX_CAPTION_WORDS, DEFAULT_MAX_CREDIT_WORDS);
    }

    public CaptionCreditFilter(int maxCaptionWords, int maxCreditWords) {
        this.maxCaptionWords = Validate.positive(maxCaptionWords, "maxCaptionWords");
        this.maxCreditWords = Validate.positive(maxCreditWords, "maxCreditWords");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        for (int i = 1; i < blocks.size(); i++) {
            Block credit = blocks.get(i);
            Block caption = blocks.get(i - 1);
            // a caption a rule already took ("This satellite image … shows …") still has its credit below it
            boolean candidate = caption.isKept() || caption.has(Label.CAPTION);
            if (credit.gapBefore() != 0 || caption.gapBefore() == 0 || !candidate) continue;
            if (i + 1 < blocks.size() && blocks.get(i + 1).gapBefore() == 0) continue;
            if (!isCredit(credit) || !isCaption(caption)) continue;
            Reason reason = new Reason(REASON, name(), "sentence with a credit line right below it");
            caption.label(Label.CAPTION);
            changed |= caption.remove(reason);
            if (credit.isKept()) {
                credit.label(Label.CAPTION);
                credit.remove(reason);
            }
        }
        return changed;
    }

    private boolean isCaption(Block block) {
        int words = block.wordCount();
        return words > 0 && words <= maxCaptionWords && TextMeasure.endsSentence(block.text());
    }

    /** A short line of capitalised words that ends no sentence; kept, or already taken for a caption by a rule. */
    private boolean isCredit(Block block) {
        if (!block.isKept() && !block.has(Label.CAPTION)) return false;
        String text = block.text().strip();
        int words = block.wordCount();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return words > 0 && words <= maxCreditWords && !TextMeasure.endsSentence(text) && last != ':'
                && TextMeasure.capitalisedShare(text) == 1.0;
    }
}
