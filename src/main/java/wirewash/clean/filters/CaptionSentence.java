package wirewash.clean.filters;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;

/**
 * Tells a picture's caption from a paragraph of the story when both stand over a credit line: a lone credit ("Photo:
 * Jane Doe/Reuters", "(Getty Images)") under a picture with no caption follows the story's paragraph above it the
 * way a credit follows its caption. A caption describes the picture in one short sentence, at most two ("Fans
 * celebrate after the final whistle."); a paragraph quotes people ("“We got her,” an officer said.") or runs to
 * several sentences or to more words than a caption takes, and it tells: it names who said what ("…, the officials
 * said.") and carries on from the paragraph before it ("But …", "However, …", "In the north, however, …"). So a
 * caption here is a block that ends a sentence, of at most {@code maxWords} words, with no quotation of
 * {@code minQuoteWords} words or more between double quotation marks (a quoted word or title, "remains
 * “unhealthy”", may stand in a caption), and, when it holds more than one sentence, of at most
 * {@code maxMultiSentenceWords} words; it holds none of the {@code reportingWords}, and its first word, or a word
 * set off by commas, is none of the {@code connectives} (English by default: on a page in another language the
 * test stands on its shape alone). The steps that take a sentence over a credit ({@link CaptionCreditFilter},
 * {@link CaptionFilter}) share this one test.
 */
public final class CaptionSentence {
    /** Most words of a caption over a credit line. */
    public static final int DEFAULT_MAX_WORDS = 30;
    /** Most words of a caption of two or more sentences ("Air pollution is surging again. It is part of…"). */
    public static final int DEFAULT_MAX_MULTI_SENTENCE_WORDS = 25;
    /** Fewest words between double quotation marks that make a quotation, the story's, not a caption's. */
    public static final int DEFAULT_MIN_QUOTE_WORDS = 3;
    /** Words by which a paragraph reports what someone said, anywhere in it; a caption shows, it does not report. */
    public static final Set<String> DEFAULT_REPORTING_WORDS = Set.of("said", "says", "told", "according");
    /** First words by which a paragraph carries on from the one above it; a caption stands alone. */
    public static final Set<String> DEFAULT_CONNECTIVES =
            Set.of("but", "however", "yet", "while", "meanwhile", "still", "also", "so", "and", "although");
    /** The test with its default thresholds and words. */
    public static final CaptionSentence DEFAULT = new CaptionSentence(DEFAULT_MAX_WORDS,
            DEFAULT_MAX_MULTI_SENTENCE_WORDS, DEFAULT_MIN_QUOTE_WORDS, DEFAULT_REPORTING_WORDS, DEFAULT_CONNECTIVES);

    private static final String OPENING_QUOTES = "\"\u201c\u00ab\u201e";
    private static final String CLOSING_QUOTES = "\"\u201d\u00bb\u201c";

    private final int maxWords;
    private final int maxMultiSentenceWords;
    private final int minQuoteWords;
    private final Set<String> reportingWords;
    private final Set<String> connectives;

    /**
     * @param maxWords              most words of a caption
     * @param maxMultiSentenceWords most words of a caption of two or more sentences
     * @param minQuoteWords         fewest words of a quotation that makes the block the story's
     * @param reportingWords        lower-case words that make the block the story's wherever they stand
     * @param connectives           lower-case words that make the block the story's as its first word or set off
     *                              by commas
     */
    public CaptionSentence(int maxWords, int maxMultiSentenceWords, int minQuoteWords, Set<String> reportingWords,
                           Set<String> connectives) {
        this.maxWords = Validate.positive(maxWords, "maxWords");
        this.maxMultiSentenceWords = Validate.positive(maxMultiSentenceWords, "maxMultiSentenceWords");
        this.minQuoteWords = Validate.positive(minQuoteWords, "minQuoteWords");
        this.reportingWords = Set.copyOf(Validate.notNull(reportingWords, "reportingWords"));
        this.connectives = Set.copyOf(Validate.notNull(connectives, "connectives"));
    }

    /** The same test with at most {@code words} words of a caption (a step's own, tighter bound). */
    public CaptionSentence withMaxWords(int words) {
        return new CaptionSentence(words, maxMultiSentenceWords, minQuoteWords, reportingWords, connectives);
    }

    /** Whether the block reads as a picture's caption, not as a paragraph of the story. */
    public boolean test(Block block) {
        int words = block.wordCount();
        String text = block.text();
        if (words == 0 || words > maxWords || !TextMeasure.endsSentence(text)) return false;
        if (words > maxMultiSentenceWords && sentences(text) > 1) return false;
        if (longestQuotation(text) >= minQuoteWords) return false;
        List<String> tokens = block.words();
        if (!tokens.isEmpty() && connectives.contains(tokens.get(0))) return false;
        if (setsOffConnective(text)) return false;
        for (String token : tokens) if (reportingWords.contains(token)) return false;
        return true;
    }

    /** Whether a connective stands set off by commas inside the text ("In the north, however, …"). */
    private boolean setsOffConnective(String text) {
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            int next = text.indexOf(',', comma + 1);
            if (next < 0) return false;
            String between = text.substring(comma + 1, next).strip().toLowerCase(Locale.ROOT);
            if (connectives.contains(between)) return true;
        }
        return false;
    }

    /** The number of sentences the JDK's sentence boundaries cut the text into, counted up to two. */
    static int sentences(String text) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
        boundaries.setText(text);
        int count = 0;
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE && count < 2;
             start = end, end = boundaries.next()) {
            if (TextMeasure.hasWordCharacter(text.substring(start, end))) count++;
        }
        return count;
    }

    /** The most words between an opening double quotation mark and the closing one after it; 0 when none. */
    static int longestQuotation(String text) {
        int longest = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0 && OPENING_QUOTES.indexOf(c) >= 0) {
                open = i;
            } else if (open >= 0 && CLOSING_QUOTES.indexOf(c) >= 0) {
                longest = Math.max(longest, TextMeasure.wordCount(text.substring(open + 1, i)));
                open = -1;
            }
        }
        // an opening mark never closed on the line: a quotation that runs on into the next paragraph
        if (open >= 0) longest = Math.max(longest, TextMeasure.wordCount(text.substring(open + 1)));
        return longest;
    }
}
