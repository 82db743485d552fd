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
 * "SUBSCRIBE"), which go too. A caption that a {@code caption} rule already took keeps taking its credit line. A
 * credit line that a {@code caption} rule took may stand up to {@code maxRuleCreditGap} blank lines below its
 * sentence ("Officials speak to reporters." / blank / "(Jane Doe/AP)") when the article's prose goes on below it:
 * the rule has shown it is a credit, not a name that a paragraph of the story would be followed by (below the
 * story's last paragraph, an agency's name credits the story).
 */
public final class CaptionCreditFilter implements BlockFilter {
    public static final String REASON = CaptionFilter.REASON;
    /** Most words of the sentence above the credit. */
    public static final int DEFAULT_MAX_CAPTION_WORDS = 30;
    /** Most words of the credit line. */
    public static final int DEFAULT_MAX_CREDIT_WORDS = 6;
    /** Most blank lines between a sentence and the credit line below it that a {@code caption} rule took. */
    public static final int DEFAULT_MAX_RULE_CREDIT_GAP = 1;

    private final int maxCreditWords;
    private final int maxRuleCreditGap;
    private final CaptionSentence captionSentence;

    public CaptionCreditFilter() {
        this(DEFAULT_MAX_CAPTION_WORDS, DEFAULT_MAX_CREDIT_WORDS, DEFAULT_MAX_RULE_CREDIT_GAP);
    }

    public CaptionCreditFilter(int maxCaptionWords, int maxCreditWords) {
        this(maxCaptionWords, maxCreditWords, DEFAULT_MAX_RULE_CREDIT_GAP);
    }

    public CaptionCreditFilter(int maxCaptionWords, int maxCreditWords, int maxRuleCreditGap) {
        this.maxCreditWords = Validate.positive(maxCreditWords, "maxCreditWords");
        this.maxRuleCreditGap = Validate.atLeast(maxRuleCreditGap, 0, "maxRuleCreditGap");
        // the sentence's length bound is the caption test's, beside the test's other signs
        this.captionSentence =
                CaptionSentence.DEFAULT.withMaxWords(Validate.positive(maxCaptionWords, "maxCaptionWords"));
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        // the last kept paragraph of the article's prose run, found when first asked: a step removes only the two
        // lines it stands on, above any asked about later
        int lastArticleProse = -2;
        for (int i = 1; i < blocks.size(); i++) {
            Block credit = blocks.get(i);
            Block caption = blocks.get(i - 1);
            // a caption a rule already took ("This satellite image … shows …") still has its credit below it
            boolean candidate = caption.isKept() || caption.has(Label.CAPTION);
            // a line a rule took for a credit may stand a blank line below its sentence; one no rule knew must
            // touch it
            boolean ruleCredit = credit.isRemoved() && credit.has(Label.CAPTION);
            if (ruleCredit && lastArticleProse == -2) lastArticleProse = lastArticleProse(blocks);
            int maxGap = ruleCredit && lastArticleProse > i ? maxRuleCreditGap : 0;
            if (credit.gapBefore() > maxGap || caption.gapBefore() == 0 || !candidate) continue;
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

    /**
     * The index of the last kept paragraph of the article's prose run, or -1: a credit line with some of it below
     * sits under a figure above or inside the story, while an agency's name a blank line below its last paragraph
     * ("Reuters") credits the story.
     */
    private static int lastArticleProse(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (block.isKept() && block.has(Label.PROSE) && block.has(Label.ARTICLE)) return i;
        }
        return -1;
    }

    /** A sentence that reads as a caption: a paragraph of the story over a lone credit stays. */
    private boolean isCaption(Block block) {
        return captionSentence.test(block);
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
