package wirewash.clean.filters;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes image captions and photo credits. Three signs, each general to how pages dump their figures:
 * a block matching a {@code caption} rule (a credit such as "(Name/AP)" or "Picture: PA"), together with the
 * image's short label on the line just above it, or with the caption sentence on that line when blank lines set the
 * two apart together; a short line repeated by the next line (an image's alt text
 * and its caption); and a short sentence set apart by extra blank lines after it inside the article (how
 * dumpers lay out a figure between paragraphs) — on both sides when the page sets a paragraph too long to be a
 * caption apart so too (its wide gaps are the blank lines of ad slots, below any paragraph). On an HTML page, the paragraph between an image and the credit a rule
 * matches is the image's caption too, however long a sentence (up to {@code maxImageCaptionWords} words): a
 * {@code <figure>} without a {@code <figcaption>}, its caption and credit set in plain {@code <p>}s after it.
 */
public final class CaptionFilter implements BlockFilter {
    public static final String REASON = "caption";
    /** Longest label line, in words, taken to belong to the caption below it. */
    public static final int DEFAULT_MAX_LABEL_WORDS = 12;
    /** Longest sentence, in words, that can be a caption set apart by blank lines. */
    public static final int DEFAULT_MAX_CAPTION_WORDS = 25;
    /** Blank lines after a short sentence that set it apart as a caption. */
    public static final int DEFAULT_ISOLATION_GAP = 2;
    /** Longest caption, in words, between an image and its credit line on an HTML page. */
    public static final int DEFAULT_MAX_IMAGE_CAPTION_WORDS = 60;
    /**
     * Blank lines below a paragraph too long to be a caption that show the page's wide gaps to be ad slots: wider
     * than the two or three a dump leaves around a figure or a link set on a line of its own.
     */
    public static final int DEFAULT_SLOT_GAP = 4;
    /**
     * Longest block, in words, that a {@code caption} rule may take: a rule that ends in a credit ("….*Photo: Jane
     * Doe") also matches a story run into one block with the credit at its end, as a dump that joins a page's text
     * nodes leaves it, and no caption is that long.
     */
    public static final int DEFAULT_MAX_RULE_CAPTION_WORDS = 150;
    /**
     * Reasons of the {@code caption} rules that name a label standing alone on its line over what it labels ("Image
     * caption" over the caption, "Image copyright" over the credit, "Photo:" over the photographer), as a dump
     * that writes each text node on a line of its own prints a figure: the line below goes with the label.
     */
    public static final Set<String> DEFAULT_LABEL_REASONS = Set.of("caption-label");
    /** Most words of the line below a caption label that goes with it: a caption, not the story's next paragraph. */
    public static final int DEFAULT_MAX_LABELLED_WORDS = 40;

    private final RuleSet rules;
    private final int maxLabelWords;
    private final int maxCaptionWords;
    private final int isolationGap;
    private final int maxImageCaptionWords;
    private final int slotGap;
    private final int maxRuleCaptionWords;
    private final Set<String> labelReasons;
    private final int maxLabelledWords;
    private final CaptionSentence captionSentence;

    public CaptionFilter(RuleSet rules) {
        this(rules, DEFAULT_MAX_LABEL_WORDS, DEFAULT_MAX_CAPTION_WORDS, DEFAULT_ISOLATION_GAP);
    }

    public CaptionFilter(RuleSet rules, int maxLabelWords, int maxCaptionWords, int isolationGap) {
        this(rules, maxLabelWords, maxCaptionWords, isolationGap, DEFAULT_MAX_IMAGE_CAPTION_WORDS);
    }

    public CaptionFilter(RuleSet rules, int maxLabelWords, int maxCaptionWords, int isolationGap,
                         int maxImageCaptionWords) {
        this(rules, maxLabelWords, maxCaptionWords, isolationGap, maxImageCaptionWords, DEFAULT_SLOT_GAP);
    }

    /**
     * @param slotGap blank lines below a paragraph longer than {@code maxCaptionWords} from which the page's wide
     *                gaps count as ad slots, so that only a sentence set apart on both sides is a caption
     */
    public CaptionFilter(RuleSet rules, int maxLabelWords, int maxCaptionWords, int isolationGap,
                         int maxImageCaptionWords, int slotGap) {
        this(rules, maxLabelWords, maxCaptionWords, isolationGap, maxImageCaptionWords, slotGap,
                DEFAULT_MAX_RULE_CAPTION_WORDS);
    }

    /** @param maxRuleCaptionWords longest block, in words, that a {@code caption} rule may take */
    public CaptionFilter(RuleSet rules, int maxLabelWords, int maxCaptionWords, int isolationGap,
                         int maxImageCaptionWords, int slotGap, int maxRuleCaptionWords) {
        this(rules, maxLabelWords, maxCaptionWords, isolationGap, maxImageCaptionWords, slotGap, maxRuleCaptionWords,
                DEFAULT_LABEL_REASONS, DEFAULT_MAX_LABELLED_WORDS);
    }

    /**
     * @param labelReasons     reasons of the {@code caption} rules that name a label alone on its line, which takes
     *                         the line below it
     * @param maxLabelledWords most words of that line below
     */
    public CaptionFilter(RuleSet rules, int maxLabelWords, int maxCaptionWords, int isolationGap,
                         int maxImageCaptionWords, int slotGap, int maxRuleCaptionWords, Set<String> labelReasons,
                         int maxLabelledWords) {
        this.labelReasons = Set.copyOf(Validate.notNull(labelReasons, "labelReasons"));
        this.maxLabelledWords = Validate.positive(maxLabelledWords, "maxLabelledWords");
        this.maxRuleCaptionWords = Validate.positive(maxRuleCaptionWords, "maxRuleCaptionWords");
        this.slotGap = Validate.atLeast(slotGap, 1, "slotGap");
        this.maxImageCaptionWords = Validate.positive(maxImageCaptionWords, "maxImageCaptionWords");
        this.rules = Validate.notNull(rules, "rules");
        this.maxLabelWords = Validate.positive(maxLabelWords, "maxLabelWords");
        this.maxCaptionWords = Validate.positive(maxCaptionWords, "maxCaptionWords");
        this.isolationGap = Validate.atLeast(isolationGap, 2, "isolationGap");
        this.captionSentence = CaptionSentence.DEFAULT.withMaxWords(maxCaptionWords);
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isRemoved() && i > 0 && block.gapBefore() == 0 && block.wordCount() <= maxLabelWords
                    && isCaptionOver(blocks.get(i - 1), block, gapAfter(blocks, i))) {
                // a credit a line rule took first ("Source: Shutterstock" as a source line, "© AFP" as a copyright)
                Rule rule = rules.firstMatch(RuleKind.CAPTION, block.ruleText());
                if (rule != null) changed |= caption(blocks.get(i - 1), rule.reason());
                continue;
            }
            if (!block.isKept() || block.wordCount() > maxRuleCaptionWords) continue;
            Rule rule = rules.firstMatch(RuleKind.CAPTION, block.ruleText());
            if (rule != null) {
                changed |= caption(block, rule.reason());
                if (labelReasons.contains(rule.code())) {
                    // a label alone on its line ("Image caption", "Photo:"): what it labels is the line below
                    Block below = nextLine(blocks, i);
                    if (below != null && below.isKept() && below.gapBefore() <= 1
                            && below.wordCount() <= maxLabelledWords) {
                        caption(below, rule.reason());
                    }
                    continue;
                }
                Block above = i > 0 ? blocks.get(i - 1) : null;
                if (above != null && block.gapBefore() == 0 && isLabel(above)) caption(above, rule.reason());
                else if (above != null && block.gapBefore() == 0 && isCaptionOver(above, block, gapAfter(blocks, i))) {
                    caption(above, rule.reason());
                }
                else if (above != null && above.isKept() && above.wordCount() <= maxImageCaptionWords
                        && followsImage(above)) {
                    caption(above, rule.reason());
                }
            }
        }
        for (int i = 1; i < blocks.size(); i++) {
            Block above = blocks.get(i - 1);
            Block block = blocks.get(i);
            if (above.isKept() && block.isKept() && block.gapBefore() == 0 && repeats(above.words(), block.words())
                    && !above.has(Label.PROSE) && !block.has(Label.PROSE) && !block.has(Label.TABLE_CELL)) {
                Reason reason = new Reason(REASON, name(), "image label repeated by the next line");
                changed |= caption(above, reason);
                caption(block, reason);
            }
        }
        int firstProse = ProseLabelFilter.firstProse(blocks);
        int minGapBefore = firstProse >= 0 && setsParagraphsApart(blocks, firstProse) ? isolationGap : 1;
        for (int i = Math.max(firstProse, 0) + 1; firstProse >= 0 && i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isKept() && isIsolatedSentence(block, minGapBefore, gapAfter(blocks, i))) {
                changed |= caption(block, new Reason(REASON, name(),
                        "short sentence set apart by " + gapAfter(blocks, i) + " blank lines"));
            }
        }
        return changed;
    }

    private boolean caption(Block block, Reason reason) {
        block.label(Label.CAPTION);
        return block.remove(reason);
    }

    /** Whether the block's element comes right after an image with no text of its own (an {@code <img>}, a figure). */
    private static boolean followsImage(Block block) {
        Element element = block.element();
        Element previous = element == null ? null : element.previousElementSibling();
        if (previous == null || previous.hasText()) return false;
        return previous.normalName().equals("img") || previous.selectFirst(Queries.IMAGE) != null;
    }

    private boolean isLabel(Block block) {
        return block.isKept() && !block.has(Label.PROSE) && block.wordCount() <= maxLabelWords;
    }

    /**
     * Whether {@code above}, a sentence on the line right over a credit line of its own, is the picture's caption:
     * the two set apart together from the paragraphs on both sides by blank lines, as a figure between two
     * paragraphs is dumped ("Residents gather outside the town hall." / "Photograph: Jane Doe/Reuters"). A
     * paragraph of the story runs on past a credit set under it without a blank line only on a page that sets
     * none between its paragraphs, which this does not judge; a short paragraph over a lone credit, the picture
     * captionless, is told apart by how it reads ({@link CaptionSentence}: a quotation, "said", an opening "But").
     */
    private boolean isCaptionOver(Block above, Block credit, int gapAfterCredit) {
        return above.isKept() && above.gapBefore() >= 1 && gapAfterCredit >= 1
                && credit.wordCount() <= maxLabelWords && captionSentence.test(above);
    }

    private boolean isIsolatedSentence(Block block, int minGapBefore, int gapAfter) {
        int words = block.wordCount();
        return gapAfter >= isolationGap && block.gapBefore() >= minGapBefore && words <= maxCaptionWords
                && TextMeasure.endsSentence(block.text());
    }

    /**
     * Whether a paragraph too long to be a caption, from {@code from} on, has {@code slotGap} or more blank lines
     * after it: the page's wide gaps are then its layout (the blank lines an ad slot or an embed left), not a
     * figure's, and only a sentence set apart on both sides is a caption.
     */
    private boolean setsParagraphsApart(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isJoined() && block.has(Label.PROSE) && block.wordCount() > maxCaptionWords
                    && gapAfter(blocks, i) >= slotGap) {
                return true;
            }
        }
        return false;
    }

    /** The next block not joined into the block at {@code i}; null at the end. */
    private static Block nextLine(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (blocks.get(j).joinedInto() != blocks.get(i).index()) return blocks.get(j);
        }
        return null;
    }

    /** Blank lines between the block at {@code i} and the next block not joined into it; 0 at the end. */
    private static int gapAfter(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (blocks.get(j).joinedInto() != blocks.get(i).index()) return blocks.get(j).gapBefore();
        }
        return 0;
    }

    /** True when one text is the other, or starts it, once punctuation is set aside. */
    static boolean repeats(List<String> wa, List<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) return false;
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = wa.size() <= wb.size() ? wb : wa;
        return longer.subList(0, shorter.size()).equals(shorter)
                || (String.join(" ", longer).startsWith(String.join(" ", shorter)));
    }
}
