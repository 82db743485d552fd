package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;

/**
 * Labels each kept block {@link Label#PROSE} (sentences: enough words, sentence punctuation, function words) or
 * {@link Label#TITLE_LIKE} (a short line that ends no sentence: a headline, a nav item, a heading, a teaser trailing
 * off in an ellipsis: "Jury rules for half of 21 plaintiffs …" is a cut-off headline, not a sentence). A paragraph
 * longer than a title that ends in a colon, announcing the list or quote below it, is prose too. A long block with
 * no sentence end at all is prose only with a paragraph's share of function words: a dump that ran a menu's items
 * into one line makes a long block of nouns with a few "in the" among them. Removes
 * nothing; later filters find the article's start and end by these labels.
 */
public final class ProseLabelFilter implements BlockFilter {
    /** Fewest words a block ending in sentence punctuation needs to count as prose. */
    public static final int DEFAULT_MIN_PROSE_WORDS = 8;
    /** Blocks at least this long count as prose even without sentence punctuation. */
    public static final int DEFAULT_LONG_PROSE_WORDS = 40;
    /** Least share of stopwords among a prose block's words. */
    public static final double DEFAULT_MIN_STOPWORD_DENSITY = 0.10;
    /**
     * Least share of stopwords among the words of a long block ({@link #DEFAULT_LONG_PROSE_WORDS}) with no
     * sentence end in it at all: a menu whose items a dump ran into one line ("Home Bengaluru Top Stories Crime
     * Politics Life in the City …") holds a few "in the" and "and", far fewer than a paragraph without its last
     * full stop, and a caption that ends in a button's word ("…won 5-4. (AP Photo) less") still has its sentences.
     */
    public static final double DEFAULT_MIN_UNPUNCTUATED_STOPWORD_DENSITY = 0.2;
    /** Longest block, in words, that can be title-like. */
    public static final int DEFAULT_MAX_TITLE_WORDS = 20;

    private final int minProseWords;
    private final int longProseWords;
    private final double minStopwordDensity;
    private final double minUnpunctuatedStopwordDensity;
    private final int maxTitleWords;

    public ProseLabelFilter() {
        this(DEFAULT_MIN_PROSE_WORDS, DEFAULT_LONG_PROSE_WORDS, DEFAULT_MIN_STOPWORD_DENSITY,
                DEFAULT_MIN_UNPUNCTUATED_STOPWORD_DENSITY, DEFAULT_MAX_TITLE_WORDS);
    }

    public ProseLabelFilter(int minProseWords, int longProseWords, double minStopwordDensity,
            double minUnpunctuatedStopwordDensity, int maxTitleWords) {
        this.minProseWords = Validate.positive(minProseWords, "minProseWords");
        this.longProseWords = Validate.positive(longProseWords, "longProseWords");
        this.minStopwordDensity = Validate.fraction(minStopwordDensity, "minStopwordDensity");
        this.minUnpunctuatedStopwordDensity = Validate.fraction(minUnpunctuatedStopwordDensity,
                "minUnpunctuatedStopwordDensity");
        this.maxTitleWords = Validate.positive(maxTitleWords, "maxTitleWords");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            int length = block.wordCount();
            // A web address is no words of a sentence: "Headline https://example.com/news/article/the-headline-1"
            // is a headline, however many words its address splits into.
            int proseLength = TextMeasure.hasAddress(block.text())
                    ? TextMeasure.wordCountOutsideAddresses(block.text()) : length;
            boolean functionWords = page.stopwords().isEmpty()
                    || stopwordDensity(block, page) >= minStopwordDensity;
            // A lone sentence trailing off in an ellipsis is a teaser's cut-off headline, not the story's sentence
            // (a paragraph of several sentences ending "...and wait and see..." is the story's).
            boolean teaser = isTeaser(block.text()) && !hasEarlierSentenceEnd(block.text());
            // A paragraph too long for a title that ends in a colon announces a list or a quote ("…, the report
            // lists the following steps:"); a short line ending in a colon is a label or a heading ("Tour dates:").
            boolean announces = proseLength > maxTitleWords && TitleRunTailFilter.introducesList(block);
            boolean sentence = !teaser && (TextMeasure.endsSentence(block.text()) || announces);
            // a long block with no sentence end anywhere needs the function words of prose, not a menu's few
            boolean longProse = proseLength >= longProseWords && (sentence || page.stopwords().isEmpty()
                    || hasEarlierSentenceEnd(block.text())
                    || stopwordDensity(block, page) >= minUnpunctuatedStopwordDensity);
            if (functionWords && ((sentence && proseLength >= minProseWords) || longProse)) {
                block.label(Label.PROSE);
                changed = true;
            } else if (length > 0 && length <= maxTitleWords && (teaser || !TextMeasure.endsWithPeriod(block.text()))) {
                block.label(Label.TITLE_LIKE);
                changed = true;
            }
        }
        return changed;
    }

    /** True when the text trails off in an ellipsis ("..." or "…"), as a teaser cut short does. */
    static boolean isTeaser(String text) {
        String end = text.strip();
        return end.endsWith("...") || end.endsWith("\u2026");
    }

    /** True when a sentence ends before the text's last one: a full stop, ! or ? followed by white space. */
    static boolean hasEarlierSentenceEnd(String text) {
        String body = text.strip();
        int end = body.length();
        while (end > 0 && (body.charAt(end - 1) == '.' || body.charAt(end - 1) == '\u2026')) end--;
        for (int i = 0; i + 1 < end; i++) {
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(body.charAt(i + 1))) return true;
        }
        return false;
    }

    /** Share of the block's words that are stopwords of the page's language; 0 for a block without words. */
    public static double stopwordDensity(Block block, Page page) {
        // from the tally alone, which counts the words too
        Stopwords.Tally tally = block.stopwordTally();
        return tally.tokens() == 0 ? 0 : (double) page.stopwords().count(tally) / tally.tokens();
    }

    /** Index in {@code blocks} of the first kept prose block, or -1. */
    public static int firstProse(List<Block> blocks) {
        return firstProse(blocks, 0);
    }

    /** Index in {@code blocks} of the first kept prose block at {@code from} or after, or -1. */
    public static int firstProse(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i).isKept() && blocks.get(i).has(Label.PROSE)) return i;
        }
        return -1;
    }

    /** Index in {@code blocks} of the last kept prose block, or -1. */
    public static int lastProse(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).isKept() && blocks.get(i).has(Label.PROSE)) return i;
        }
        return -1;
    }
}
