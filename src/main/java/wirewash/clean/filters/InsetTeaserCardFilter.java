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
 * the story going on below it ({@link ResumedStory}), and a card about something else: at most {@code maxSharedShare}
 * of its content words are found in the prose around it ({@link InsetHeadlineListFilter#sharedShare}). A subheading over the story's next paragraph, a question
 * of an interview over its answer, take up the story's words; a paragraph of two sentences or more is no summary.
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

    private final int maxSummaryWords;
    private final int maxMarkWords;
    private final int minStoryWords;
    private final double maxSharedShare;
    private final ResumedStory resumedStory;

    public InsetTeaserCardFilter() {
        this(DEFAULT_MAX_SUMMARY_WORDS, DEFAULT_MAX_MARK_WORDS, DEFAULT_MIN_STORY_WORDS, DEFAULT_MAX_SHARED_SHARE,
                DEFAULT_MIN_RESUMED_SHARE);
    }

    /**
     * @param maxSummaryWords most words of the card's summary
     * @param maxMarkWords    most words of a byline, date or label line beside its headline or summary
     * @param minStoryWords   fewest words of prose above the card
     * @param maxSharedShare  most share of the card's content words found in the prose around it
     * @param minResumedShare least share of the content words of the two paragraphs below the card found above it
     */
    public InsetTeaserCardFilter(int maxSummaryWords, int maxMarkWords, int minStoryWords, double maxSharedShare,
                                 double minResumedShare) {
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
        for (int i = 0; i < lines.size(); i++) {
            Block line = lines.get(i);
            if (line.has(Label.PROSE)) {
                proseAbove += line.wordCount();
                continue;
            }
            // cheap gates first: a title-like headline right below the story's prose, or below a mark that is
            if (proseAbove < minStoryWords || i == 0 || !line.has(Label.TITLE_LIKE) || line.isJoined()
                    || !InsetHeadlineListFilter.isHeadline(line, InsetHeadlineListFilter.DEFAULT_MIN_HEADLINE_WORDS,
                    InsetHeadlineListFilter.DEFAULT_MAX_HEADLINE_WORDS)) {
                continue;
            }
            int first = i;
            if (!lines.get(i - 1).has(Label.PROSE)) {
                if (i < 2 || !isMark(lines.get(i - 1)) || !lines.get(i - 2).has(Label.PROSE)) continue;
                first = i - 1;
            }
            int summary = i + 1;
            if (summary < lines.size() && isMark(lines.get(summary))) summary++;
            if (summary >= lines.size() || !isSummary(lines.get(summary))) continue;
            int last = summary;
            if (last + 1 < lines.size() && isMark(lines.get(last + 1))) last++;
            if (last + 1 >= lines.size() || !lines.get(last + 1).has(Label.PROSE)) continue;
            // a card marks its story (a byline, a date, a section): a subheading over a short paragraph has no mark
            if (first == i && summary == i + 1 && last == summary) continue;
            int start = lines.get(first).index();
            int end = lines.get(last).index();
            // a card right below a line that announces the next story ("Next article") heads that story, which the
            // next-story step weighs whole
            if (NextStoryFilter.announcedAbove(blocks, start, NextStoryFilter.DEFAULT_MAX_SEPARATOR_LINES)) continue;
            if (InsetHeadlineListFilter.sharedShare(page, start, end, 1) > maxSharedShare
                    || !resumedStory.below(page, end)) {
                continue;
            }
            Reason reason = new Reason(REASON, name(), "another story's headline and summary set in the story");
            for (int j = start; j <= end; j++) {
                if (blocks.get(j).isKept()) changed |= blocks.get(j).remove(reason);
            }
            i = last;
        }
        return changed;
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
