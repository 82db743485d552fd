package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, other stories' teaser cards left right above the story's first paragraph: the page's first
 * kept line is one sentence of at most {@code maxSummaryWords} words (a card's summary) whose headline stands right
 * above it on the page (a title-like line of {@link InsetHeadlineListFilter#isHeadline a headline's length}, kept or
 * taken out by the header step, with at most one short mark between them: a byline or a date, "By Jane Doe | Jan 16,
 * 2023"), the story goes on right below it with {@code minStoryWords} words of prose or more, and the card is about
 * something else: at most {@code maxSharedShare} of its content words are found in the story's prose below it
 * ({@link InsetHeadlineListFilter#sharedShare}). The headline step leaves such a summary as the story's first
 * paragraph, the header lines above it being taken out. A deck under the page's own headline (the line the header
 * step took for the title) stays, and so does a standfirst, which sums the story up in its words. Cards in a row at
 * the top go one after the other, up to {@code maxCards}.
 * <p>
 * Likewise below the story's last paragraph, when nothing but such cards ends the kept text: a kept headline, at
 * most a mark, a one-sentence summary and at most a mark again, no paragraph below, up to {@code maxCards} of them,
 * each taking up at most {@code maxEndSharedShare} of its content words from the story's prose above (a tenth by
 * default, or {@code maxSharedShare} for a card a byline or a date marks, kept or taken out by a rule): a closing
 * subheading over the story's short last paragraph takes up more of the story's words.
 */
public final class EdgeTeaserCardFilter implements BlockFilter {
    public static final String REASON = TeaserCardFilter.REASON;
    /**
     * Most words of the card's one-sentence summary: a teaser's hook is short; a story's one-sentence lede below a
     * headline the page printed twice runs longer.
     */
    public static final int DEFAULT_MAX_SUMMARY_WORDS = 25;
    /** Most words of a label the summary would open with ("Summary: …", a box's text, not another story's hook). */
    public static final int DEFAULT_MAX_LABEL_WORDS = 3;
    /** Most words of a byline or date line between the card's headline and its summary. */
    public static final int DEFAULT_MAX_MARK_WORDS = InsetTeaserCardFilter.DEFAULT_MAX_MARK_WORDS;
    /** Fewest words of prose below the card: the story, not a page of teasers. */
    public static final int DEFAULT_MIN_STORY_WORDS = 60;
    /**
     * Most share of the card's content words found in the story's prose below it: a standfirst that sums the story
     * up takes up two or more of its six or eight content words; another town's mill takes up one at most.
     */
    public static final double DEFAULT_MAX_SHARED_SHARE = InsetTeaserCardFilter.DEFAULT_MAX_SHARED_SHARE;
    /** Fewest distinct content words in the story's paragraphs below the card to compare the card with. */
    public static final int DEFAULT_MIN_CONTEXT_STEMS = 20;
    /**
     * Most share of the content words of an unmarked card below the story's last paragraph found in the story's prose
     * above it: one of its ten or twelve by chance. A closing subheading over a short last paragraph takes up two or
     * more of the story's.
     */
    public static final double DEFAULT_MAX_END_SHARED_SHARE = 0.1;
    /** Most cards taken from each edge of the story, one after the other. */
    public static final int DEFAULT_MAX_CARDS = 4;

    private final int maxSummaryWords;
    private final int maxMarkWords;
    private final int minStoryWords;
    private final double maxSharedShare;
    private final int maxCards;
    private final double maxEndSharedShare;
    private final int minContextStems;

    public EdgeTeaserCardFilter() {
        this(DEFAULT_MAX_SUMMARY_WORDS, DEFAULT_MAX_MARK_WORDS, DEFAULT_MIN_STORY_WORDS, DEFAULT_MAX_SHARED_SHARE,
                DEFAULT_MIN_CONTEXT_STEMS, DEFAULT_MAX_CARDS, DEFAULT_MAX_END_SHARED_SHARE);
    }

    /**
     * @param maxSummaryWords most words of the card's summary
     * @param maxMarkWords    most words of a byline or date line between its headline and its summary
     * @param minStoryWords   fewest words of prose below the card
     * @param maxSharedShare  most share of the card's content words found in the story's prose below it
     * @param minContextStems fewest distinct content words below the card to compare it with
     * @param maxCards        most cards taken from each edge of the story
     * @param maxEndSharedShare most share of an unmarked card's content words below the story found in its prose
     */
    public EdgeTeaserCardFilter(int maxSummaryWords, int maxMarkWords, int minStoryWords, double maxSharedShare,
                                int minContextStems, int maxCards, double maxEndSharedShare) {
        this.maxEndSharedShare = Validate.fraction(maxEndSharedShare, "maxEndSharedShare");
        this.minContextStems = Validate.positive(minContextStems, "minContextStems");
        this.maxSummaryWords = Validate.positive(maxSummaryWords, "maxSummaryWords");
        this.maxMarkWords = Validate.positive(maxMarkWords, "maxMarkWords");
        this.minStoryWords = Validate.positive(minStoryWords, "minStoryWords");
        this.maxSharedShare = Validate.fraction(maxSharedShare, "maxSharedShare");
        this.maxCards = Validate.atLeast(maxCards, 0, "maxCards");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = removeTopCards(page);
        for (int card = 0; card < maxCards && removeEndCard(page); card++) changed = true;
        return changed;
    }

    /**
     * Removes the last card of the kept text, below the story's last paragraph, if there is one: a kept headline, a
     * mark at most, a summary and a mark at most, and nothing else kept below; whether it did.
     */
    private boolean removeEndCard(Page page) {
        List<Block> lines = page.kept();
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isJoined()) last--;
        if (last < 0) return false;
        int end = last;
        if (isMark(lines.get(last))) last = previous(lines, last);
        if (last < 0 || !isSummary(lines.get(last))) return false;
        int headline = previous(lines, last);
        boolean marked = end != last;
        if (headline >= 0 && !isHeadline(lines.get(headline)) && isMark(lines.get(headline))) {
            headline = previous(lines, headline);
            marked = true;
        }
        if (headline < 0 || !isHeadline(lines.get(headline))) return false;
        // a byline or date line the rules took out between the headline and the summary marks the card too
        marked |= headlineAbove(page, lines.get(last).index()) == lines.get(headline).index()
                && previous(page.blocks(), lines.get(last).index()) != lines.get(headline).index();
        int above = previous(lines, headline);
        if (above < 0 || !lines.get(above).has(Label.PROSE) || !storyAbove(lines, above)) return false;
        int start = lines.get(headline).index();
        int stop = lines.get(end).index();
        double share = sharedShare(page, start, stop, lines.get(above).index(), -1, minContextStems);
        if (share > (marked ? maxSharedShare : maxEndSharedShare)) return false;
        Reason reason = new Reason(REASON, name(), "another story's headline and summary below the story");
        boolean changed = false;
        List<Block> blocks = page.blocks();
        for (int j = start; j <= stop; j++) {
            if (blocks.get(j).isKept()) changed |= blocks.get(j).remove(reason);
        }
        return changed;
    }

    /** Whether {@code minStoryWords} words of prose or more are kept from the line {@code at} up. */
    private boolean storyAbove(List<Block> lines, int at) {
        long words = 0;
        for (int j = at; j >= 0 && words < minStoryWords; j--) {
            Block line = lines.get(j);
            if (!line.isJoined() && line.has(Label.PROSE)) words += line.wordCount();
        }
        return words >= minStoryWords;
    }

    /** Removes the cards at the top of the kept text, right above the story's first paragraph; whether it did. */
    private boolean removeTopCards(Page page) {
        List<Block> lines = page.kept();
        List<int[]> cards = new ArrayList<>();
        int at = next(lines, 0);
        while (cards.size() < maxCards) {
            int[] card = cardAt(page, lines, at, cards.isEmpty());
            if (card == null) break;
            cards.add(card);
            at = card[2];
        }
        if (cards.isEmpty() || !storyBelow(lines, at)) return false;
        // every card about something else than the story below them all: a standfirst takes up its words
        int story = lines.get(at).index();
        for (int[] card : cards) {
            if (sharedShare(page, card[0], card[1], story, 1, minContextStems) > maxSharedShare) return false;
        }
        Reason reason = new Reason(REASON, name(), cards.size() == 1
                ? "another story's headline and summary above the story"
                : "other stories' headlines and summaries above the story");
        boolean changed = false;
        List<Block> blocks = page.blocks();
        for (int j = cards.get(0)[0]; j < story; j++) {
            if (blocks.get(j).isKept()) changed |= blocks.get(j).remove(reason);
        }
        return changed;
    }

    /**
     * The card whose headline or summary is the kept line at {@code at}: its headline's and its last line's indexes
     * on the page and the kept line after it; null when no card is there. Only the first card's headline may have
     * been taken out (by the header step, with the page's header above it); a later one's is kept.
     */
    private int[] cardAt(Page page, List<Block> lines, int at, boolean first) {
        if (at >= lines.size()) return null;
        Block keptHeadline = null;
        if (!lines.get(at).has(Label.PROSE)) {
            keptHeadline = lines.get(at);
            if (!isHeadline(keptHeadline)) return null;
            at = next(lines, at + 1);
        } else if (!first) {
            return null;
        }
        if (at >= lines.size()) return null;
        Block summary = lines.get(at);
        if (!isSummary(summary)) return null;
        int headline = headlineAbove(page, summary.index());
        if (headline < 0 || keptHeadline != null && keptHeadline.index() != headline) return null;
        // a byline or date line may follow the summary ("Jane Doe · 2h ago")
        int last = at;
        int below = next(lines, at + 1);
        if (below < lines.size() && isMark(lines.get(below))) {
            last = below;
            below = next(lines, below + 1);
        }
        return new int[] {headline, lines.get(last).index(), below};
    }

    /** The first kept line from {@code from} on that is not joined into another, or the list's size. */
    private static int next(List<Block> lines, int from) {
        int at = from;
        while (at < lines.size() && lines.get(at).isJoined()) at++;
        return at;
    }

    /**
     * The share of the distinct content stems of the card's lines from {@code start} to {@code end} (its headline
     * too, kept or taken out) that the story's paragraphs from {@code story} on in {@code step}'s direction hold, read up to {@link
     * SentenceTeaserBoxFilter#DEFAULT_CONTEXT_WORDS} content words; 1 when there is too little to compare (fewer than
     * {@code minContextStems} content words, or a page of no known language).
     */
    private static double sharedShare(Page page, int start, int end, int story, int step, int minContextStems) {
        Stopwords stopwords = page.stopwords();
        if (stopwords.isEmpty()) return 1;
        List<Block> blocks = page.blocks();
        Set<String> card = new HashSet<>();
        for (int j = start; j <= end; j++) {
            if (!blocks.get(j).isJoined()) DenseProseRunFilter.addContentStems(blocks.get(j), stopwords, card);
        }
        if (card.isEmpty()) return 1;
        Set<String> found = new HashSet<>();
        int read = InsetHeadlineListFilter.contextHits(blocks, story, step, stopwords, card, found,
                Double.POSITIVE_INFINITY);
        return read < minContextStems ? 1 : (double) found.size() / card.size();
    }

    /**
     * The index of the card's headline right above the summary at {@code at} (a mark at most between them, kept or
     * not), or -1: no headline there, or the page's own headline.
     */
    private int headlineAbove(Page page, int at) {
        List<Block> blocks = page.blocks();
        int above = previous(blocks, at);
        if (above >= 0 && !isHeadline(blocks.get(above)) && isMark(blocks.get(above))) above = previous(blocks, above);
        return above >= 0 && isHeadline(blocks.get(above)) ? above : -1;
    }

    /** The line above {@code at} that is not joined into another, or -1 (on the page's blocks or its kept lines). */
    private static int previous(List<Block> blocks, int at) {
        int above = at - 1;
        while (above >= 0 && blocks.get(above).isJoined()) above--;
        return above;
    }

    /**
     * A title-like line of a headline's length (before the date it may end with), not the page's own headline (the
     * line the header step took for it: a deck below it stays), not prose, not in capitals throughout (a call to
     * action, "CLICK FOR FULL RESULTS").
     */
    private static boolean isHeadline(Block line) {
        if (!line.has(Label.TITLE_LIKE) || line.has(Label.TITLE) || line.has(Label.PROSE) || line.isJoined()
                || !InsetHeadlineListFilter.isHeadline(line, InsetHeadlineListFilter.DEFAULT_MIN_HEADLINE_WORDS,
                InsetHeadlineListFilter.DEFAULT_MAX_HEADLINE_WORDS)) {
            return false;
        }
        String text = line.text();
        String beforeDate = DateLines.beforeDate(text);
        if (beforeDate != null && TextMeasure.wordCount(beforeDate) < InsetHeadlineListFilter.DEFAULT_MIN_HEADLINE_WORDS) {
            return false; // a date line, "| November 18, 2019 12:01 PM"
        }
        return !text.equals(text.toUpperCase(Locale.ROOT));
    }

    /**
     * A short line beside the card's summary: a byline or a line of at most {@code maxMarkWords} words that dates the
     * card, kept, taken out as a byline or dateline, or by the header step. A line another rule took out (a share
     * button, "Print this article") is the page's furniture between its header and its story.
     */
    private boolean isMark(Block line) {
        if (line.has(Label.PROSE) || line.has(Label.TITLE) || line.wordCount() > maxMarkWords) return false;
        if (line.isRemoved() && !DenseProseRunFilter.DEFAULT_HEADER_REASONS.contains(line.removal().code())
                && !HeaderFilter.class.getSimpleName().equals(line.removal().origin())) {
            return false;
        }
        return line.wordCount() < InsetHeadlineListFilter.DEFAULT_MIN_HEADLINE_WORDS
                || DateLines.statesAge(line.text()) || DateLines.find(line.text()).isPresent();
    }

    /** One sentence of prose of at most {@code maxSummaryWords} words, not the page's headline. */
    private boolean isSummary(Block line) {
        if (!line.has(Label.PROSE) || line.has(Label.TITLE) || line.isJoined() || line.wordCount() > maxSummaryWords) {
            return false;
        }
        String text = line.text().strip();
        return !TextMeasure.opensAnotherSentence(text) && !text.contains("? ") && !text.contains("! ")
                && TextMeasure.labelColon(text, DEFAULT_MAX_LABEL_WORDS) < 0;
    }

    /**
     * Whether the story goes on right below, from the kept line {@code from}: a paragraph there, and {@code
     * minStoryWords} words of prose or more in the kept lines from there on.
     */
    private boolean storyBelow(List<Block> lines, int from) {
        if (from >= lines.size() || !lines.get(from).has(Label.PROSE)) return false;
        long words = 0;
        for (int j = from; j < lines.size() && words < minStoryWords; j++) {
            Block line = lines.get(j);
            if (!line.isJoined() && line.has(Label.PROSE)) words += line.wordCount();
        }
        return words >= minStoryWords;
    }
}
