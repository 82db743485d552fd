package wirewash.clean.filters;

import java.util.List;
import java.util.Locale;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, a "Related" or "Most read" list whose headlines carry a mark a story's text does not: each
 * opened by an arrow or a bullet ("» Headline", "• Headline", "▶ Headline", "→ Headline") or by its rank counted
 * from one ("1. Headline", "2) Headline"), or each followed by a line stating only its date, its age or its reading
 * time ("Headline" / "March 3, 2019", "Headline" / "3 min read", "Headline" / "5 Min. Lesezeit"), or two of them closed
 * by such a stamp on their own line ("» Headline - 11h ago"). {@code minItems}
 * such headlines in a row are a list; a headline is a title-like line of {@code minHeadlineWords} to
 * {@code maxHeadlineWords} words. The short heading right above the list ("Related", "Popular now") goes with it.
 * A heading an earlier rule removed ("Read more") still heads the list below it, and a reading time a rule removed
 * ("3 min read") still follows its headline.
 * A list the story gives stays: one announced by the line above it ending in a colon ("The qualified teams are:"),
 * one the story's prose does not outweigh, and a marked list in the story's first part with no heading above it (a
 * story's bullet points sit right under their paragraph; a site's list sits after the story or under its own heading).
 */
public final class MarkedHeadlineRunFilter implements BlockFilter {
    public static final String REASON = "marked-headline-list";
    /** Fewest marked headlines in a row that make a list. */
    public static final int DEFAULT_MIN_ITEMS = 3;
    /** Fewest words of a headline, its mark aside. */
    public static final int DEFAULT_MIN_HEADLINE_WORDS = 3;
    /** Most words of a headline. */
    public static final int DEFAULT_MAX_HEADLINE_WORDS = 20;
    /** Most words of the heading above a list that goes with it. */
    public static final int DEFAULT_MAX_HEADING_WORDS = 5;
    /** Share of the story's prose that must come before an unheaded list of bullets for it to be the site's. */
    public static final double DEFAULT_MIN_PROSE_SHARE_BEFORE = 0.8;
    /** Marks that open a headline of a site's list ("» ", "▶ "): a bullet or an arrow, then a space. */
    public static final String DEFAULT_MARKS = "»›•▶►▸▹→➔➜➤■▪◆‣◦·";
    /** Most words of a line that states a headline's reading time ("3 min read", "Read time: 4 min"). */
    public static final int DEFAULT_MAX_READ_TIME_WORDS = 5;
    /** Quote marks a headline after a bare rank may open with ("3 'We had no choice'"). */
    public static final String DEFAULT_HEADLINE_QUOTES = "'\"‘’“”«";
    /**
     * Most words of a line that states only a date, an age or a reading time ("Updated Monday 3 March 2019, 10:15
     * GMT"): a longer line is not read by the stamp patterns, which would run over whole paragraphs below headlines.
     */
    public static final int DEFAULT_MAX_META_WORDS = 12;
    /** How a word naming minutes starts in most languages ("min", "minutes", "Min.", "minuti", "minutos"). */
    public static final String DEFAULT_MINUTE_PREFIX = "min";
    /**
     * Most share of the content words of an unheaded list in the story's first part that the prose around it holds
     * too ({@link InsetHeadlineListFilter#sharedShare}) for the list to be other stories' headlines: the story's own
     * bullet points name its people and its subject; a "Most read" box printed without its heading, on any subject,
     * takes up few of them. Less than {@link InsetHeadlineListFilter#DEFAULT_MAX_SHARED_SHARE}, where the story goes on
     * below the list too: a list of the story's own places ("The High Street from the station to the bridge", "Mill
     * Lane between the school and the church") takes up only a word or two of each line from its prose.
     */
    public static final double DEFAULT_MAX_SHARED_SHARE = 0.1;
    /** Most kept lines from one item of a list to the next: one, or two with a meta line between ({@link #process}). */
    private static final int MAX_ITEM_STEP = 2;

    private final int minItems;
    private final int minHeadlineWords;
    private final int maxHeadlineWords;
    private final int maxHeadingWords;
    private final double minProseShareBefore;
    private final String marks;
    private final double maxSharedShare;
    /** Tells a headline closed by its card's stamp ("» Headline - 11h ago"). */
    private final StampedTeaserRunFilter stamps = new StampedTeaserRunFilter();

    public MarkedHeadlineRunFilter() {
        this(DEFAULT_MIN_ITEMS, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_HEADLINE_WORDS, DEFAULT_MAX_HEADING_WORDS,
                DEFAULT_MIN_PROSE_SHARE_BEFORE, DEFAULT_MARKS);
    }

    /**
     * @param minItems            fewest marked headlines in a row that make a list
     * @param minHeadlineWords    fewest words of a headline
     * @param maxHeadlineWords    most words of a headline
     * @param maxHeadingWords     most words of the heading above a list that goes with it
     * @param minProseShareBefore share of the prose before an unheaded list of bullets for it to go
     * @param marks               the characters that open a marked headline, followed by a space
     */
    public MarkedHeadlineRunFilter(int minItems, int minHeadlineWords, int maxHeadlineWords, int maxHeadingWords,
                                   double minProseShareBefore, String marks) {
        this(minItems, minHeadlineWords, maxHeadlineWords, maxHeadingWords, minProseShareBefore, marks,
                DEFAULT_MAX_SHARED_SHARE);
    }

    /**
     * @param maxSharedShare most share of an unheaded list's content words, early in the story, found in the prose
     *                       around it for the list to go (0: such a list goes only when it shares none)
     */
    public MarkedHeadlineRunFilter(int minItems, int minHeadlineWords, int maxHeadlineWords, int maxHeadingWords,
                                   double minProseShareBefore, String marks, double maxSharedShare) {
        this(minItems, minHeadlineWords, maxHeadlineWords, maxHeadingWords, minProseShareBefore, marks,
                maxSharedShare, true);
    }

    private MarkedHeadlineRunFilter(int minItems, int minHeadlineWords, int maxHeadlineWords, int maxHeadingWords,
                                    double minProseShareBefore, String marks, double maxSharedShare, boolean gated) {
        this.maxSharedShare = Validate.fraction(maxSharedShare, "maxSharedShare");
        this.gated = gated;
        this.minItems = Validate.atLeast(minItems, 2, "minItems");
        this.minHeadlineWords = Validate.positive(minHeadlineWords, "minHeadlineWords");
        this.maxHeadlineWords = Validate.positive(maxHeadlineWords, "maxHeadlineWords");
        this.maxHeadingWords = Validate.positive(maxHeadingWords, "maxHeadingWords");
        this.minProseShareBefore = Validate.fraction(minProseShareBefore, "minProseShareBefore");
        this.marks = Validate.notNull(marks, "marks");
    }

    /** Whether {@link #process} first asks {@link #mayHoldList}; off only to test that the gate changes nothing. */
    private final boolean gated;

    /** The filter with its default parameters that walks every page, {@link #mayHoldList} not asked: for tests. */
    static MarkedHeadlineRunFilter ungated() {
        return new MarkedHeadlineRunFilter(DEFAULT_MIN_ITEMS, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_HEADLINE_WORDS,
                DEFAULT_MAX_HEADING_WORDS, DEFAULT_MIN_PROSE_SHARE_BEFORE, DEFAULT_MARKS, DEFAULT_MAX_SHARED_SHARE, false);
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = page.kept();
        long total = 0;
        for (Block line : lines) if (line.has(Label.PROSE)) total += line.wordCount();
        if (total == 0) return false;
        // most pages hold no minItems marked headlines close enough together to make a list: no walk for them
        if (gated && !mayHoldList(page, lines)) return false;
        boolean changed = false;
        long before = 0;
        int i = 0;
        while (i < lines.size()) {
            Block line = lines.get(i);
            int end = i;
            int items = 0;
            boolean paired = false;
            int rank = 0;
            int stamped = 0;
            while (end < lines.size()) {
                Block item = lines.get(end);
                if (!isHeadline(item)) break;
                String text = item.text();
                if (marked(text)) {
                    if (stamps.stamped(text)) stamped++;
                    end++;
                } else if (ranked(text) == rank + 1) {
                    rank++;
                    end++;
                } else if (end + 1 < lines.size() && isMeta(lines.get(end + 1).text())) {
                    paired = true;
                    end += 2;
                } else if (removedMetaBelow(page.blocks(), item)) {
                    // its reading time already removed by a rule ("3 min read"): the line still pairs it
                    paired = true;
                    end++;
                } else {
                    break;
                }
                items++;
            }
            // two headlines closed by their cards' stamps ("- 11h ago", "· 4 min read"): a site's list, not bullet points
            if (stamped >= StampedTeaserRunFilter.DEFAULT_MIN_ITEMS) paired = true;
            if (items < minItems) {
                if (line.has(Label.PROSE)) before += line.wordCount();
                i++;
                continue;
            }
            Block above = i > 0 ? lines.get(i - 1) : null;
            boolean heading = above != null && isHeading(above);
            boolean ruledHeading = removedHeadingAbove(page.blocks(), lines.get(i));
            boolean introduced = above != null && TitleRunTailFilter.introducesList(above);
            long runWords = 0;
            for (int j = i; j < end; j++) runWords += lines.get(j).wordCount();
            boolean late = before >= minProseShareBefore * total;
            if (!introduced && total > runWords && (paired || heading || ruledHeading || late
                    || onOtherSubjects(page, lines.get(i), lines.get(end - 1)))) {
                Reason reason = new Reason(REASON, name(), items + " marked headlines in a row");
                if (heading) changed |= above.remove(reason);
                for (int j = i; j < end; j++) changed |= lines.get(j).remove(reason);
            }
            i = end;
        }
        return changed;
    }

    /**
     * Whether the list's headlines, from {@code first} to {@code last}, take up at most {@code maxSharedShare} of their
     * content words from the prose around them ({@link InsetHeadlineListFilter#sharedShareAtMost}): other stories'
     * headlines, not the story's bullet points, wherever the list stands.
     */
    private boolean onOtherSubjects(Page page, Block first, Block last) {
        return InsetHeadlineListFilter.sharedShareAtMost(page, first.index(), last.index(), minHeadlineWords,
                maxSharedShare);
    }

    /**
     * Whether the page holds {@code minItems} item witnesses in a row, each at most {@link #MAX_ITEM_STEP} kept lines
     * below the one before: a necessary condition of a list, so a page without them keeps every line. Each item
     * {@link #process} counts is a line of {@link #isHeadline} that is {@link #marked}, opens with a rank (some rank:
     * {@link #ranked} at least 1), has a line of {@link #metaShape} below it (every line {@link #isMeta} passes), or
     * has a removed meta line below it ({@link #removedMetaBelow}): a witness; the next item is one line below it, or
     * two when a meta line pairs it, so a list's items are witnesses in a row at most two lines apart, and a list of
     * fewer than {@code minItems} items removes nothing. Asks no stamp pattern of most lines.
     */
    boolean mayHoldList(Page page, List<Block> lines) {
        int chain = 0;
        int last = Integer.MIN_VALUE / 2;
        for (int j = 0; j < lines.size(); j++) {
            Block line = lines.get(j);
            if (!isHeadline(line)) continue;
            String text = line.text();
            if (!marked(text) && ranked(text) < 1 && !(j + 1 < lines.size() && metaShape(lines.get(j + 1)))
                    && !removedMetaBelow(page.blocks(), line)) {
                continue;
            }
            chain = j - last <= MAX_ITEM_STEP ? chain + 1 : 1;
            if (chain >= minItems) return true;
            last = j;
        }
        return false;
    }

    private boolean isHeadline(Block block) {
        // a headline may ask a question ("Is An 'Oxygen Bar' Offering Fresh Air?"), which reads as a sentence
        // a marked headline may end in its card's stamp ("» Headline | 10 Dec.", "• Headline 5 Dec."), not a sentence
        boolean stampedMark = marked(block.text()) && StampedTeaserRunFilter.endsInStamp(block.text());
        if (!block.has(Label.TITLE_LIKE) && !stampedMark && TextMeasure.endsWithPeriod(block.text())) return false;
        if (!block.has(Label.TITLE_LIKE) && !block.has(Label.PROSE)) return false;
        int words = block.wordCount();
        return words >= minHeadlineWords && words <= maxHeadlineWords + 1 && !block.text().strip().endsWith(":");
    }

    private boolean isHeading(Block block) {
        return block.has(Label.TITLE_LIKE) && !block.has(Label.PROSE) && block.wordCount() <= maxHeadingWords
                && !TextMeasure.endsSentence(block.text()) && !block.text().strip().endsWith(":");
    }

    /**
     * Whether the line right above {@code first} is a short heading an earlier filter or rule already took for the
     * page's furniture ("Read more", "Related"): the list below it is the one it heads.
     */
    private boolean removedHeadingAbove(List<Block> blocks, Block first) {
        int j = first.index() - 1;
        while (j >= 0 && blocks.get(j).isJoined()) j--;
        if (j < 0 || j >= blocks.size() || blocks.get(j).index() != j) return false;
        Block above = blocks.get(j);
        return above.isRemoved() && above.wordCount() > 0 && above.wordCount() <= maxHeadingWords
                && !TextMeasure.endsSentence(above.text());
    }

    /** Whether the line right below {@code headline} is a date, age or reading time an earlier rule removed. */
    private static boolean removedMetaBelow(List<Block> blocks, Block headline) {
        int j = headline.index() + 1;
        if (j >= blocks.size() || blocks.get(j).index() != j) return false;
        Block below = blocks.get(j);
        return below.isRemoved() && !below.isJoined() && isMeta(below.text());
    }

    /** Whether the text opens with one of the marks and a space ("» Headline"). */
    boolean marked(String text) {
        return text.length() > 2 && marks.indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ';
    }

    /**
     * The rank that opens the text ("3. Headline", "3) Headline", or a bare "3 Headline" whose headline opens with a
     * capital letter or a quote mark, as a "Most read" box prints its ranks in a cell of their own), or -1. A bare
     * number is a rank only in a run counted from one ({@link #process}): a headline that opens with a quantity ("11
     * things we learned") is not the eleventh of a list below a tenth.
     */
    static int ranked(String text) {
        int digits = 0;
        while (digits < text.length() && digits < 3 && Character.isDigit(text.charAt(digits))) digits++;
        if (digits == 0 || digits + 1 >= text.length()) return -1;
        char c = text.charAt(digits);
        boolean bare = c == ' ' && opensHeadline(text.charAt(digits + 1));
        if (!bare && ((c != '.' && c != ')') || text.charAt(digits + 1) != ' ')) return -1;
        return Integer.parseInt(text.substring(0, digits));
    }

    /** Whether a headline may open with the character: a capital letter or a quote mark. */
    private static boolean opensHeadline(char c) {
        return Character.isUpperCase(c) || DEFAULT_HEADLINE_QUOTES.indexOf(c) >= 0;
    }

    /** Whether the line states only a date, an age or a reading time ("March 3, 2019", "3 min read"). */
    static boolean isMeta(String text) {
        return metaShape(text) && (DateLines.isPostStamp(text) || isReadTime(text));
    }

    /**
     * {@link #metaShape(String)} of a block's text, its word count asked first: the count ({@link Block#wordCount},
     * the text's tokens with two CJK characters a word) is at most its tokens', so a block of more than
     * {@link #DEFAULT_MAX_META_WORDS} words has more tokens than that too, and the tokens need not be read again.
     */
    private static boolean metaShape(Block block) {
        return block.wordCount() <= DEFAULT_MAX_META_WORDS && metaShape(block.text());
    }

    /**
     * What {@link #isMeta} asks before any stamp pattern: a line of a meta line's length that holds a digit or a word
     * that states when.
     */
    private static boolean metaShape(String text) {
        return TextMeasure.tokenCount(text, DEFAULT_MAX_META_WORDS + 1) <= DEFAULT_MAX_META_WORDS
                && DateLines.mayHoldPostStamp(text);
    }

    /** Whether the line states a reading time: a few words, a number and a word for minutes ("5 Min. Lesezeit"). */
    static boolean isReadTime(String text) {
        // the digit first: a scan of the chars that stops at one, before the words are counted (most texts asked
        // hold none)
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) digit = Character.isDigit(text.charAt(i));
        if (!digit || TextMeasure.wordCount(text) > DEFAULT_MAX_READ_TIME_WORDS) return false;
        // a word (a run of letters) that starts with the prefix, read in place: no pattern compiled per line
        String lower = text.toLowerCase(Locale.ROOT);
        boolean inWord = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean letter = Character.isLetter(cp);
            if (letter && !inWord && lower.startsWith(DEFAULT_MINUTE_PREFIX, i)) return true;
            inWord = letter;
            i += Character.charCount(cp);
        }
        return false;
    }
}
