package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, another story's teaser card set alone between the story's paragraphs: a headline
 * ({@link InsetHeadlineListFilter#isHeadline}), then one sentence of at most {@code maxSummaryWords} words that sums
 * the other story up, and a short line that is no prose and no headline (a byline, a date, a section's label: see
 * {@link #isMark}) right above the headline, between it and the summary or below the summary (one at each place at
 * most; a subheading over a short paragraph of the story has none), with {@code minStoryWords} words of prose above the card,
 * the story going on below it ({@link ResumedStory}; right below it, or below a subheading over its next paragraph;
 * or its last paragraph right below the card's summary, a hook of at most {@code maxLastSummaryWords} words, with the
 * page's furniture or its end below that paragraph: a card set right above the story's closing paragraph),
 * and a card about something else: at most {@code maxSharedShare}
 * of its content words are found in the prose around it ({@link InsetHeadlineListFilter#sharedShare}). A subheading over the story's next paragraph, a question
 * of an interview over its answer, take up the story's words; a paragraph of two sentences or more is no summary.
 * Cards in a row go together, a summary whose headline a rule took out ("Watch: …") among them: {@code
 * minUnmarkedCards} of them or more need no mark and may sit under a heading of their own ("Stories you may have
 * missed"), and need only the story's lede above them (a rail set between the lede and the second paragraph); one
 * unmarked headline over one sentence stays, as the story's subheading over its short paragraph does, unless it
 * takes up at most {@code maxUnmarkedSharedShare} of its content words from the prose around it (a tenth by default:
 * one word by chance, "wall" beside a story of Wall Street) and its summary at most {@code
 * maxUnmarkedSummarySharedShare} of its own (none by default: a subheading's paragraph goes on with the story and
 * takes up some word of the story's; a card about another town's mill takes up none).
 * Two unmarked cards in a row stay, as two short sections do.
 */
public final class InsetTeaserCardFilter implements BlockFilter {
    public static final String REASON = TeaserCardFilter.REASON;
    /** Most words of the card's one-sentence summary. */
    public static final int DEFAULT_MAX_SUMMARY_WORDS = 30;
    /** Most words of a byline, date or label line beside the card's headline or summary. */
    public static final int DEFAULT_MAX_MARK_WORDS = 8;
    /** Fewest words of prose above the card: the story has begun. */
    public static final int DEFAULT_MIN_STORY_WORDS = InsetHeadlineListFilter.DEFAULT_MIN_STORY_WORDS;
    /** Most share of the card's content words (by their first letters) that the prose around it holds too. */
    public static final double DEFAULT_MAX_SHARED_SHARE = 0.2;

    /**
     * Least share of the content words of the two paragraphs in a row below the card that the prose above it holds
     * ({@link ResumedStory}): under {@link ResumedStory#DEFAULT_MIN_SHARED_SHARE}, as the card, already about
     * something else, is no box a filter would end the page at.
     */
    public static final double DEFAULT_MIN_RESUMED_SHARE = 0.15;
    /**
     * Fewest cards in a row that go without a mark, or under a heading ("Stories you may have missed"): one headline
     * over one sentence is as often the story's subheading over its short paragraph; a run of them about something
     * else is a rail.
     */
    public static final int DEFAULT_MIN_UNMARKED_CARDS = 3;
    /**
     * Most share of the content words of a lone card with no mark (a headline over one sentence) found in the prose
     * around it for it to go all the same: a tenth, one word by chance (its summary must take up none, {@link
     * #DEFAULT_MAX_UNMARKED_SUMMARY_SHARED_SHARE}). The story's subheading over its short paragraph takes up some word
     * of the story's paragraphs around it; a card about another town's mill or another team's match takes up none
     * (negative: such a card always stays).
     */
    public static final double DEFAULT_MAX_UNMARKED_SHARED_SHARE = 0.1;
    /**
     * Most share of the content words of a lone unmarked card's summary found in the prose around it: none. A
     * subheading's short paragraph goes on with the story ("But then they found her"); a card's summary is about
     * something else, where its headline may share a word by chance ("Watchdog to review the harbour wall" beside a
     * story of Wall Street).
     */
    public static final double DEFAULT_MAX_UNMARKED_SUMMARY_SHARED_SHARE = 0.0;
    /**
     * Most words of a card's summary when only one paragraph of the story stands below the card (the story's last,
     * with the page's furniture or its end below it): a teaser's hook is short ("Experts are split over the plan."),
     * and a longer line under a headline-like line is as often the story's own paragraph under a subheading.
     */
    public static final int DEFAULT_MAX_LAST_SUMMARY_WORDS = 20;

    private final int maxSummaryWords;
    private final int maxMarkWords;
    private final int minStoryWords;
    private final double maxSharedShare;
    private final int minUnmarkedCards;
    private final ResumedStory resumedStory;
    private final double maxUnmarkedSharedShare;
    private final int maxLastSummaryWords;
    private final double maxUnmarkedSummarySharedShare;

    public InsetTeaserCardFilter() {
        this(DEFAULT_MAX_SUMMARY_WORDS, DEFAULT_MAX_MARK_WORDS, DEFAULT_MIN_STORY_WORDS, DEFAULT_MAX_SHARED_SHARE,
                DEFAULT_MIN_RESUMED_SHARE, DEFAULT_MIN_UNMARKED_CARDS);
    }

    public InsetTeaserCardFilter(int maxSummaryWords, int maxMarkWords, int minStoryWords, double maxSharedShare,
                                 double minResumedShare, int minUnmarkedCards) {
        this(maxSummaryWords, maxMarkWords, minStoryWords, maxSharedShare, minResumedShare, minUnmarkedCards,
                DEFAULT_MAX_UNMARKED_SHARED_SHARE);
    }

    /**
     * @param maxSummaryWords most words of the card's summary
     * @param maxMarkWords    most words of a byline, date or label line beside its headline or summary
     * @param minStoryWords   fewest words of prose above the card
     * @param maxSharedShare  most share of the card's content words found in the prose around it
     * @param minResumedShare least share of the content words of the two paragraphs below the card found above it
     * @param minUnmarkedCards fewest cards in a row that go without a mark or under a heading
     * @param maxUnmarkedSharedShare most share of a lone unmarked card's content words found in the prose around it
     *                         for it to go (negative: it stays)
     */
    public InsetTeaserCardFilter(int maxSummaryWords, int maxMarkWords, int minStoryWords, double maxSharedShare,
                                 double minResumedShare, int minUnmarkedCards, double maxUnmarkedSharedShare) {
        this(maxSummaryWords, maxMarkWords, minStoryWords, maxSharedShare, minResumedShare, minUnmarkedCards,
                maxUnmarkedSharedShare, DEFAULT_MAX_LAST_SUMMARY_WORDS);
    }

    /**
     * As above, and {@code maxLastSummaryWords}: most words of the summary of a card with only the story's last
     * paragraph below it (0: such a card stays).
     */
    public InsetTeaserCardFilter(int maxSummaryWords, int maxMarkWords, int minStoryWords, double maxSharedShare,
                                 double minResumedShare, int minUnmarkedCards, double maxUnmarkedSharedShare,
                                 int maxLastSummaryWords) {
        this(maxSummaryWords, maxMarkWords, minStoryWords, maxSharedShare, minResumedShare, minUnmarkedCards,
                maxUnmarkedSharedShare, maxLastSummaryWords, DEFAULT_MAX_UNMARKED_SUMMARY_SHARED_SHARE);
    }

    /**
     * As above, and {@code maxUnmarkedSummarySharedShare}: most share of the content words of a lone unmarked card's
     * summary found in the prose around it for the card to go.
     */
    public InsetTeaserCardFilter(int maxSummaryWords, int maxMarkWords, int minStoryWords, double maxSharedShare,
                                 double minResumedShare, int minUnmarkedCards, double maxUnmarkedSharedShare,
                                 int maxLastSummaryWords, double maxUnmarkedSummarySharedShare) {
        this.maxUnmarkedSummarySharedShare = Validate.fraction(maxUnmarkedSummarySharedShare,
                "maxUnmarkedSummarySharedShare");
        this.maxLastSummaryWords = Validate.atLeast(maxLastSummaryWords, 0, "maxLastSummaryWords");
        Validate.isTrue(maxUnmarkedSharedShare <= 1, "maxUnmarkedSharedShare must be at most 1, got "
                + maxUnmarkedSharedShare);
        this.maxUnmarkedSharedShare = maxUnmarkedSharedShare;
        this.minUnmarkedCards = Validate.positive(minUnmarkedCards, "minUnmarkedCards");
        this.maxSummaryWords = Validate.positive(maxSummaryWords, "maxSummaryWords");
        this.maxMarkWords = Validate.positive(maxMarkWords, "maxMarkWords");
        this.minStoryWords = Validate.positive(minStoryWords, "minStoryWords");
        this.maxSharedShare = Validate.fraction(maxSharedShare, "maxSharedShare");
        this.resumedStory = new ResumedStory(ResumedStory.DEFAULT_MIN_WORDS, ResumedStory.DEFAULT_MIN_STOPWORD_DENSITY,
                Validate.fraction(minResumedShare, "minResumedShare"));
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = page.kept();
        List<Block> blocks = page.blocks();
        long proseAbove = 0;
        boolean changed = false;
        int unmarkedRunEnd = -1; // the last line of the last run of unmarked cards left in place
        for (int i = 0; i < lines.size(); i++) {
            Block line = lines.get(i);
            if (line.has(Label.PROSE)) {
                proseAbove += line.wordCount();
                continue;
            }
            // cheap gates first: a title-like headline right below the story's prose, or below a mark or a heading
            if (proseAbove == 0 || i == 0 || !isCardHeadline(line)) continue;
            int first = i;
            boolean headed = false;
            if (!lines.get(i - 1).has(Label.PROSE)) {
                if (i < 2 || !lines.get(i - 2).has(Label.PROSE)) continue;
                if (isMark(lines.get(i - 1))) {
                    first = i - 1;
                } else if (isHeading(lines.get(i - 1))) {
                    first = i - 1;
                    headed = true;
                } else {
                    continue;
                }
            }
            int last = cardEnd(lines, i);
            if (last < 0) continue;
            // a card marks its story (a byline, a date, a section): a subheading over a short paragraph has no mark
            boolean marked = first < i && !headed || last > i + 1;
            int cards = 1;
            // more cards in a row: a headline over its summary, or a summary whose headline a rule took out
            while (last + 1 < lines.size()) {
                int next = cardEnd(lines, last + 1);
                if (next < 0 && headlineTakenOut(page, lines.get(last + 1)) && isSummary(lines.get(last + 1))) {
                    next = last + 2 < lines.size() && isMark(lines.get(last + 2)) ? last + 2 : last + 1;
                }
                if (next < 0) break;
                marked |= next > last + 2;
                cards++;
                last = next;
            }
            if (!proseOrSubheadingBelow(lines, last)) continue;
            // one card unmarked, or under a heading, is a subheading over the story's paragraph; a run of them
            // about something else is a rail set in the story
            boolean unmarked = cards < minUnmarkedCards && (!marked || headed);
            // one such card alone goes when it takes up none of the story's words; two are as often two sections
            boolean lone = unmarked && cards == 1 && !headed && i > unmarkedRunEnd;
            if (unmarked && (!lone || maxUnmarkedSharedShare < 0)) {
                if (cards > 1) unmarkedRunEnd = last; // its later cards are no lone card either
                continue;
            }
            // one card needs {@code minStoryWords} of prose above it, the story begun; a run of them, the lede alone
            if (cards < minUnmarkedCards && proseAbove < minStoryWords) continue;
            int start = lines.get(first).index();
            int end = lines.get(last).index();
            // a card right below a line that announces the next story ("Next article") heads that story, which the
            // next-story step weighs whole
            if (NextStoryFilter.announcedAbove(blocks, start, NextStoryFilter.DEFAULT_MAX_SEPARATOR_LINES)) continue;
            if (InsetHeadlineListFilter.sharedShare(page, start, end, 1) > (lone ? maxUnmarkedSharedShare : maxSharedShare)
                    || lone && InsetHeadlineListFilter.sharedShare(page, end, end, 1) > maxUnmarkedSummarySharedShare
                    || !resumedStory.below(page, end) && !lastParagraphBelow(page, lines, first, last)) {
                continue;
            }
            Reason reason = new Reason(REASON, name(), cards == 1
                    ? "another story's headline and summary set in the story"
                    : "other stories' headlines and summaries set in the story");
            for (int j = start; j <= end; j++) {
                if (blocks.get(j).isKept()) changed |= blocks.get(j).remove(reason);
            }
            i = last;
        }
        return changed;
    }

    /**
     * Whether the story goes on right below the card's last line at {@code last}: a paragraph, or a subheading over
     * one (a title-like line of a headline's length that opens no card of its own, {@link #isHeading}).
     */
    private static boolean proseOrSubheadingBelow(List<Block> lines, int last) {
        if (last + 1 >= lines.size()) return false;
        if (lines.get(last + 1).has(Label.PROSE)) return true;
        return last + 2 < lines.size() && isHeading(lines.get(last + 1)) && lines.get(last + 2).has(Label.PROSE)
                && !lines.get(last + 2).isJoined();
    }

    /**
     * Whether the story's last paragraph stands right below the card's last line at {@code last}: a paragraph of its
     * subject ({@link ResumedStory#paragraphRightBelow}) with no paragraph right below it (the page's furniture, or
     * its end). A card set right above the story's closing paragraph has one paragraph, not two, below it.
     */
    private boolean lastParagraphBelow(Page page, List<Block> lines, int first, int last) {
        // the summary right above the paragraph: a short line between them may head another box ("About Jane Doe"
        // over the writer's bio), whose prose is then no story resumed
        if (!lines.get(last).has(Label.PROSE)) return false;
        // a short hook, not one of the story's own paragraphs read as a summary
        for (int j = first; j <= last; j++) {
            if (lines.get(j).has(Label.PROSE) && lines.get(j).wordCount() > maxLastSummaryWords) return false;
        }
        if (last + 1 >= lines.size() || !resumedStory.paragraphRightBelow(page, lines.get(last).index())) return false;
        int paragraph = last + 1;
        while (paragraph < lines.size() && lines.get(paragraph).isJoined()) paragraph++;
        for (int j = paragraph + 1; j < lines.size(); j++) {
            if (!lines.get(j).isJoined()) return !lines.get(j).has(Label.PROSE);
        }
        return true;
    }

    private static boolean isCardHeadline(Block line) {
        return line.has(Label.TITLE_LIKE) && !line.isJoined() && !line.has(Label.PROSE)
                && InsetHeadlineListFilter.isHeadline(line, InsetHeadlineListFilter.DEFAULT_MIN_HEADLINE_WORDS,
                InsetHeadlineListFilter.DEFAULT_MAX_HEADLINE_WORDS);
    }

    /**
     * The last line of the card whose headline is at {@code at} (its headline, a mark, its summary, a mark below),
     * or -1 when no card's headline is there.
     */
    private int cardEnd(List<Block> lines, int at) {
        if (at >= lines.size() || !isCardHeadline(lines.get(at))) return -1;
        int summary = at + 1;
        if (summary < lines.size() && isMark(lines.get(summary))) summary++;
        if (summary >= lines.size() || !isSummary(lines.get(summary))) return -1;
        return summary + 1 < lines.size() && isMark(lines.get(summary + 1)) ? summary + 1 : summary;
    }

    /** A run's heading above its first card: a title-like line of a headline's length at most, no paragraph. */
    private static boolean isHeading(Block line) {
        return line.has(Label.TITLE_LIKE) && !line.has(Label.PROSE) && !line.isJoined()
                && line.wordCount() <= InsetHeadlineListFilter.DEFAULT_MAX_HEADLINE_WORDS;
    }

    /**
     * Whether the line right above the summary on the page was another story's headline that a rule took out
     * ({@link HeadlineTeaserRunFilter#DEFAULT_HEADLINE_REASONS}, "Watch: …"): its summary stays a card of the run.
     */
    private static boolean headlineTakenOut(Page page, Block summary) {
        List<Block> blocks = page.blocks();
        int above = summary.index() - 1;
        while (above >= 0 && blocks.get(above).isJoined()) above--;
        if (above < 0) return false;
        Block line = blocks.get(above);
        return line.isRemoved() && HeadlineTeaserRunFilter.DEFAULT_HEADLINE_REASONS.contains(line.removal().code())
                && InsetHeadlineListFilter.isHeadline(line, InsetHeadlineListFilter.DEFAULT_MIN_HEADLINE_WORDS,
                InsetHeadlineListFilter.DEFAULT_MAX_HEADLINE_WORDS);
    }

    /**
     * A short line that is no prose and no headline: a byline or a section's label shorter than a headline ("By Jane
     * Doe", "Business"), or a line of at most {@code maxMarkWords} words that dates the card ("Jane Doe · 3h ago", "By
     * Jane Doe | Nov 19, 2019").
     */
    private boolean isMark(Block line) {
        if (line.has(Label.PROSE) || line.isJoined() || line.wordCount() > maxMarkWords
                || TitleRunTailFilter.introducesList(line)) {
            return false;
        }
        String text = line.text();
        return line.wordCount() < InsetHeadlineListFilter.DEFAULT_MIN_HEADLINE_WORDS || DateLines.statesAge(text)
                || DateLines.find(text).isPresent();
    }

    /** One sentence of prose of at most {@code maxSummaryWords} words. */
    private boolean isSummary(Block line) {
        if (!line.has(Label.PROSE) || line.isJoined() || line.wordCount() > maxSummaryWords) return false;
        String text = line.text().strip();
        return !TextMeasure.opensAnotherSentence(text) && !text.contains("? ") && !text.contains("! ");
    }
}
