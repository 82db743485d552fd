package wirewash.clean.filters;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, a list of other stories' headlines set between the story's paragraphs, whatever heading it
 * has ("Around the region", "Our picks", a bare "Business") or none: a run of title-like lines, {@code minHeadlines}
 * or more of them headlines of {@code minHeadlineWords} words or more, with at most as many shorter lines as
 * headlines among them (a heading, a section's label), with {@code minStoryWords} words of prose above it, the story
 * going on below it ({@link ResumedStory}), and headlines about something else: at most {@code maxSharedShare} of
 * their content words are found in the prose around the list ({@link #sharedShare}). The list ends at its last
 * headline (a short line below it heads what follows, "About the author"), and a last line whose words the paragraph
 * right below it takes up is the story's subheading, not the list's. A list the story gives stays: one it announces (its first line
 * or the line above ending in a colon, "The candidates are:"), a table or a timeline whose lines share one pattern of
 * punctuation or open with quantities ({@link TitleRunTailFilter#leadingTableEnd}), lines that end sentences (steps),
 * and a list whose lines take up the story's words (its candidates, its ingredients). Subheads stand each over its
 * own paragraph and make no run. {@link TitleRunTailFilter} takes such a run below the story; this one the run the
 * story goes on below, before {@link DenseProseRunFilter} reads it as a break between two runs of prose. A listing
 * line a rule already took ({@link #DEFAULT_LISTING_REASONS}: a job board's paid listing, named as a widget) still
 * counts as one of the list's headlines: the rule names the listings with pay, not those without, and a board whose
 * every listing it took leaves its heading alone between the story's paragraphs, which goes then.
 */
public final class InsetHeadlineListFilter implements BlockFilter {
    public static final String REASON = TitleRunTailFilter.REASON;
    /** Fewest headlines in a run. */
    public static final int DEFAULT_MIN_HEADLINES = 3;
    /** Fewest words of a headline; shorter title-like lines (a heading, a label) may stand among them. */
    public static final int DEFAULT_MIN_HEADLINE_WORDS = 4;
    /** Most words of a headline: a product's deal line or an embedded post runs longer. */
    public static final int DEFAULT_MAX_HEADLINE_WORDS = 16;
    /** Fewest words of prose above the run: the story has begun. */
    public static final int DEFAULT_MIN_STORY_WORDS = 30;
    /** Most share of the headlines that end a sentence with a period or a "!": steps and instructions do. */
    public static final double DEFAULT_MAX_SENTENCE_SHARE = 0.34;
    /** Most share of the headlines' content words (by their first letters) that the prose around them holds too. */
    public static final double DEFAULT_MAX_SHARED_SHARE = 0.25;
    /**
     * Most share of the headlines' content words found in the prose around them for a list far off the story's
     * subject: below such a list, two paragraphs in a row need take up only {@link #DEFAULT_MIN_OFF_TOPIC_RESUMED_SHARE}
     * of their content words from the prose above for the story to go on (a feature's next paragraphs, on a new turn
     * of its subject, name fewer of its words again; headlines about other towns' news name none).
     */
    public static final double DEFAULT_MAX_OFF_TOPIC_SHARE = 0.1;
    /**
     * Least share of the content words of the two paragraphs below a list far off the story's subject found in the
     * prose above it ({@link ResumedStory}), another story's header read above them: under
     * {@link ResumedStory#DEFAULT_MIN_SHARED_SHARE}, as {@link InsetTeaserCardFilter#DEFAULT_MIN_RESUMED_SHARE}.
     */
    public static final double DEFAULT_MIN_OFF_TOPIC_RESUMED_SHARE = InsetTeaserCardFilter.DEFAULT_MIN_RESUMED_SHARE;
    /**
     * Reasons of the title-like lines a line rule took out that still count as a list's headlines: a job board's
     * listing lines a {@code widget} rule names (those with the pay) stand among the ones it cannot name, and the
     * board is as long as it was.
     */
    public static final Set<String> DEFAULT_LISTING_REASONS = Set.of("widget");

    private final int minHeadlines;
    private final int minHeadlineWords;
    private final int maxHeadlineWords;
    private final int minStoryWords;
    private final double maxSentenceShare;
    private final double maxSharedShare;
    private final ResumedStory resumedStory;
    private final ResumedStory resumedBelowOffTopic;

    public InsetHeadlineListFilter() {
        this(DEFAULT_MIN_HEADLINES, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_HEADLINE_WORDS, DEFAULT_MIN_STORY_WORDS,
                DEFAULT_MAX_SENTENCE_SHARE, DEFAULT_MAX_SHARED_SHARE);
    }

    /**
     * @param minHeadlines     fewest headlines in a run
     * @param minHeadlineWords fewest words of a headline
     * @param maxHeadlineWords most words of a headline
     * @param minStoryWords    fewest words of prose above the run
     * @param maxSentenceShare most share of the headlines ending with a period or a "!"
     * @param maxSharedShare   most share of the headlines' content words found in the prose around them
     */
    public InsetHeadlineListFilter(int minHeadlines, int minHeadlineWords, int maxHeadlineWords, int minStoryWords,
                                   double maxSentenceShare, double maxSharedShare) {
        this(minHeadlines, minHeadlineWords, maxHeadlineWords, minStoryWords, maxSentenceShare, maxSharedShare, true);
    }

    private InsetHeadlineListFilter(int minHeadlines, int minHeadlineWords, int maxHeadlineWords, int minStoryWords,
                                    double maxSentenceShare, double maxSharedShare, boolean gated) {
        this.gated = gated;
        this.minHeadlines = Validate.positive(minHeadlines, "minHeadlines");
        this.minHeadlineWords = Validate.positive(minHeadlineWords, "minHeadlineWords");
        this.maxHeadlineWords = Validate.atLeast(maxHeadlineWords, minHeadlineWords, "maxHeadlineWords");
        this.minStoryWords = Validate.positive(minStoryWords, "minStoryWords");
        this.maxSentenceShare = Validate.fraction(maxSentenceShare, "maxSentenceShare");
        this.maxSharedShare = Validate.fraction(maxSharedShare, "maxSharedShare");
        this.resumedStory = ResumedStory.DEFAULT;
        this.resumedBelowOffTopic = new ResumedStory(ResumedStory.DEFAULT_MIN_WORDS,
                ResumedStory.DEFAULT_MIN_STOPWORD_DENSITY, DEFAULT_MIN_OFF_TOPIC_RESUMED_SHARE,
                ResumedStory.DEFAULT_TEASER_REASONS, ResumedStory.DEFAULT_MIN_RUN_ON_SHARE,
                ResumedStory.DEFAULT_RUN_ON_PARAGRAPHS, ResumedStory.DEFAULT_MAX_LABEL_WORDS,
                ResumedStory.DEFAULT_MIN_LABELLED_SHARED_SHARE, ResumedStory.DEFAULT_MAX_PAIRS,
                ResumedStory.DEFAULT_MIN_LONG_PARAGRAPH_WORDS, TailRuleFilter.DEFAULT_MAX_NEXT_HEADER_LINES);
    }

    /**
     * Whether {@link #process} skips a run that cannot go before reading the paragraph below it, and reads the prose
     * around a run only until its shared stems decide ({@link #sharedShareAtMost}); off only in tests.
     */
    private final boolean gated;

    /** The filter with its default parameters that reads every run in full: for tests of the gate. */
    static InsetHeadlineListFilter ungated() {
        return new InsetHeadlineListFilter(DEFAULT_MIN_HEADLINES, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_HEADLINE_WORDS,
                DEFAULT_MIN_STORY_WORDS, DEFAULT_MAX_SENTENCE_SHARE, DEFAULT_MAX_SHARED_SHARE, false);
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        long proseAbove = 0;
        Block above = null;
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (!isRunLine(block)) {
                if (block.has(Label.PROSE)) proseAbove += block.wordCount();
                above = block;
                continue;
            }
            int start = i;
            int end = i;
            int runEnd = i;
            int headlines = 0;
            int lines = 0;
            int sentences = 0;
            for (int j = i; j < blocks.size(); j++) {
                Block line = blocks.get(j);
                if (!line.isKept()) {
                    if (TitleRunTailFilter.isLeftOutParagraph(line)) break;
                    if (isRemovedListing(line) && isHeadline(line)) {
                        // a listing line a rule took is still one of the list's headlines
                        end = j;
                        runEnd = j;
                        lines++;
                        headlines++;
                    }
                    continue;
                }
                if (!isRunLine(line)) break;
                runEnd = j;
                lines++;
                if (isHeadline(line)) {
                    // the list ends at its last headline: a short line below it heads what follows ("About the
                    // author"), not the list
                    end = j;
                    headlines++;
                    String text = line.text().strip();
                    if (TextMeasure.endsWithPeriod(text) || text.endsWith("!")) sentences++;
                }
            }
            i = runEnd;
            if (headlines == 0) {
                above = blocks.get(runEnd);
                continue;
            }
            Block before = above;
            above = blocks.get(runEnd);
            // a run of fewer than minHeadlines headlines, or with too little prose above it, stays whatever its last
            // line is (taking that line off leaves fewer headlines still, and the prose above as it is): the
            // paragraph below is not read for its words then (most runs: a subheading or two between paragraphs)
            if (gated && (headlines < minHeadlines || proseAbove < minStoryWords)) continue;
            if (end == runEnd && overParagraphOnItsSubject(page, end)) {
                // the run's last line is the story's subheading over its next paragraph, not one of the list's
                headlines--;
                lines--;
                do end--; while (end > start && !blocks.get(end).isKept());
            }
            if (headlines < minHeadlines || lines > 2 * headlines || proseAbove < minStoryWords
                    || sentences > maxSentenceShare * headlines) {
                continue;
            }
            if (TitleRunTailFilter.introducesList(blocks.get(start))
                    || before != null && TitleRunTailFilter.introducesList(before)) {
                continue;
            }
            if (TitleRunTailFilter.leadingTableEnd(blocks, start, minHeadlines,
                    TitleRunTailFilter.DEFAULT_MIN_PATTERN_SHARE) > start) {
                continue;
            }
            if (!offTopic(page, start, end)) continue;
            if (!resumedStory.below(page, end) && !(!holdsFigureRow(blocks, start, end)
                    && sharedShareAtMost(page, start, end, minHeadlineWords, DEFAULT_MAX_OFF_TOPIC_SHARE)
                    && resumedBelowOffTopic.below(page, end))) {
                continue;
            }
            Reason reason = new Reason(REASON, name(), headlines + " headlines about something else set in the story");
            for (int j = start; j <= end; j++) {
                if (blocks.get(j).isKept()) changed |= blocks.get(j).remove(reason);
            }
        }
        return changed;
    }

    /**
     * Whether a kept line from {@code start} to {@code end} is a row of figures ({@link #isFigureRow}). A table's rows
     * take up none of the story's words and are the story's all the same.
     */
    private static boolean holdsFigureRow(List<Block> blocks, int start, int end) {
        for (int j = start; j <= end; j++) {
            Block line = blocks.get(j);
            if (line.isKept() && isFigureRow(line)) return true;
        }
        return false;
    }

    /** Whether half the line's words or more hold a digit: a table's row ("Eze 22,726 56%"), not a headline. */
    static boolean isFigureRow(Block line) {
        String[] words = TextMeasure.splitAtWhiteSpace(line.text().strip());
        int figures = 0;
        for (String word : words) if (word.chars().anyMatch(Character::isDigit)) figures++;
        return words.length > 0 && 2 * figures >= words.length;
    }

    /**
     * Whether the paragraph right below the line at {@code at} (the next kept block, prose) takes up one of the line's
     * content words or more: a subheading names what its paragraph tells.
     */
    private static boolean overParagraphOnItsSubject(Page page, int at) {
        Stopwords stopwords = page.stopwords();
        List<Block> blocks = page.blocks();
        for (int j = at + 1; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            if (!block.isKept() || block.isJoined()) continue;
            if (!block.has(Label.PROSE)) return false;
            Set<String> line = new HashSet<>();
            DenseProseRunFilter.addContentStems(blocks.get(at), stopwords, line);
            Set<String> paragraph = new HashSet<>();
            DenseProseRunFilter.addContentStems(block, stopwords, paragraph);
            line.retainAll(paragraph);
            return !line.isEmpty();
        }
        return false;
    }

    /**
     * A headline: {@code minHeadlineWords} to {@code maxHeadlineWords} words, one sentence at most, no web address or
     * handle. A caption runs on to its credit after a sentence ("… on Tuesday. (AP Photo/Jane Doe)") and an embedded
     * post's credit names its handle ("— Jane Doe (@jdoe) November 18, 2019").
     */
    private boolean isHeadline(Block line) {
        return isHeadline(line, minHeadlineWords, maxHeadlineWords);
    }

    /** A headline of {@code minWords} to {@code maxWords} words (see {@link #isHeadline(Block)}). */
    static boolean isHeadline(Block line, int minWords, int maxWords) {
        int words = line.wordCount();
        if (words < minWords || words > maxWords) return false;
        String text = line.text();
        return text.indexOf('@') < 0 && !text.contains("://") && !TextMeasure.opensAnotherSentence(text);
    }

    /**
     * A title-like line a line rule took out for one of {@link #DEFAULT_LISTING_REASONS}: a listing of the box it
     * stood in ("Chef de Partie, Harrington Group, Carrow — £27,000"), still counted with the box's other lines;
     * not a row of figures ({@link #isFigureRow}) a market strip's rule took from the story's own table ("Gwen
     * Carraway 28,544 -11%").
     */
    static boolean isRemovedListing(Block block) {
        return block.isRemoved() && !block.isJoined() && block.has(Label.TITLE_LIKE) && !block.has(Label.PROSE)
                && DEFAULT_LISTING_REASONS.contains(block.removal().code()) && !isFigureRow(block);
    }

    private static boolean isRunLine(Block block) {
        return block.has(Label.TITLE_LIKE) && !block.has(Label.PROSE) && !block.isJoined();
    }

    /** Whether at most {@code maxSharedShare} of the headlines' content stems are found in the prose around them. */
    private boolean offTopic(Page page, int start, int end) {
        return gated ? sharedShareAtMost(page, start, end, minHeadlineWords, maxSharedShare)
                : sharedShare(page, start, end, minHeadlineWords) <= maxSharedShare;
    }

    /**
     * The share of the distinct content stems of the kept lines from {@code start} to {@code end} of {@code minWords}
     * words or more that the prose around them holds too: the kept paragraphs above {@code start} and below
     * {@code end}, up to {@link SentenceTeaserBoxFilter#DEFAULT_CONTEXT_WORDS} content words on each side (a long
     * story's words, all of them, take up some of any headline's). 1 when there is too little to compare: fewer
     * than {@link SentenceTeaserBoxFilter#DEFAULT_MIN_CONTEXT_WORDS} content words around, or a page of no known
     * language, with no function words to tell content words by.
     */
    static double sharedShare(Page page, int start, int end, int minWords) {
        return share(page, start, end, minWords, Double.POSITIVE_INFINITY);
    }

    /**
     * {@code sharedShare(page, start, end, minWords) <= maxShare}, told without reading the rest of the context once
     * the stems found already make the share more than {@code maxShare}: found stems are only added, so the share
     * can only grow, and with too few context words it is 1, more than the share found then (a story's subheadings
     * share its words, and most are told by the paragraph next to them).
     */
    static boolean sharedShareAtMost(Page page, int start, int end, int minWords, double maxShare) {
        return share(page, start, end, minWords, maxShare) <= maxShare;
    }

    /**
     * {@link #sharedShare}, or, once the stems found make the share more than {@code stopShare}, that share (more
     * than {@code stopShare}) without reading the rest of the context.
     */
    private static double share(Page page, int start, int end, int minWords, double stopShare) {
        Stopwords stopwords = page.stopwords();
        if (stopwords.isEmpty()) return 1;
        List<Block> blocks = page.blocks();
        Set<String> lines = new HashSet<>();
        for (int j = start; j <= end; j++) {
            Block line = blocks.get(j);
            if ((line.isKept() || isRemovedListing(line)) && line.wordCount() >= minWords) {
                DenseProseRunFilter.addContentStems(line, stopwords, lines);
            }
        }
        if (lines.isEmpty()) return 1;
        // the context's stems are only looked up in the lines', not gathered
        Set<String> found = new HashSet<>();
        int above = contextHits(blocks, start - 1, -1, stopwords, lines, found, stopShare);
        int below = above < 0 ? -1 : contextHits(blocks, end + 1, 1, stopwords, lines, found, stopShare);
        if (below >= 0 && above + below < SentenceTeaserBoxFilter.DEFAULT_MIN_CONTEXT_WORDS) return 1;
        return (double) found.size() / lines.size();
    }

    /**
     * Reads the content stems of the kept paragraphs from {@code from} on in {@code step}'s direction until
     * {@link SentenceTeaserBoxFilter#DEFAULT_CONTEXT_WORDS} content words are read (distinct in each paragraph),
     * adds those of {@code lines} to {@code found}, and returns how many were read, or -1 as soon as the stems found
     * are more than {@code stopShare} of {@code lines}.
     */
    static int contextHits(List<Block> blocks, int from, int step, Stopwords stopwords, Set<String> lines,
                                   Set<String> found, double stopShare) {
        int count = 0;
        for (int j = from; j >= 0 && j < blocks.size() && count < SentenceTeaserBoxFilter.DEFAULT_CONTEXT_WORDS;
             j += step) {
            Block block = blocks.get(j);
            if (!block.isKept() || block.isJoined() || !block.has(Label.PROSE)) continue;
            // the paragraph's distinct stems, kept on it: read again for every candidate run on the page
            String[] stems = DenseProseRunFilter.contentStems(block, stopwords);
            count += stems.length;
            for (String stem : stems) if (lines.contains(stem)) found.add(stem);
            if ((double) found.size() / lines.size() > stopShare) return -1;
        }
        return count;
    }
}
