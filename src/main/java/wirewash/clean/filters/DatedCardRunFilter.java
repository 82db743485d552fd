package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, a run of dated cards wherever it sits on the page: a reader-comment thread ("JohnnyB says:"
 * / "November 19, 2019 at 6:34 am" / the comment) or a list of other stories' teasers ("Headline" / "Jane Doe" /
 * "Tuesday November 19, 2019" / the teaser). A card is a short line that dates it ("9 hours ago", a date with its
 * year) with a short line right above it that names its author or its headline, then its text. {@code minCards} or
 * more such cards in a row, the text of each at most {@code maxBodyBlocks} lines (and that of a run's first card at
 * most {@code maxBodyWords} words: more is the story under its headline; between cards it is a long comment), with
 * prose in at least half of them, are a run; the last card's text ends at the first line below it that is not prose,
 * and has at most as many lines as the longest text before it. A site prints such a run before the story as often as
 * after it (a "Most read" rail, comments first in the page's order), so its place on the page decides nothing; but
 * the run stays when less than {@code minStoryWords} words of prose would be left outside it (the dated entries are
 * the story: a diary), and a first "card" whose text holds two paragraphs or more and outweighs the rest is the story
 * under its own headline, byline and date. The lines of a table without prose (tour dates) are no cards.
 */
public final class DatedCardRunFilter implements BlockFilter {
    public static final String REASON = "card-run";
    /** Fewest cards in a row that make a run: two dated posts may be a story's own quotes. */
    public static final int DEFAULT_MIN_CARDS = 3;
    /** Most words of the line that dates a card ("November 19, 2019 at 6:34 am", "2 days ago at 07:52 am"). */
    public static final int DEFAULT_MAX_DATE_WORDS = 8;
    /** Most words of a card's author or headline line above its date. */
    public static final int DEFAULT_MAX_HEADER_WORDS = 20;
    /** Most lines between one card's date and the next card's header: a longer text is no card's. */
    public static final int DEFAULT_MAX_BODY_BLOCKS = 15;
    /**
     * Most words of the text of a run's first card: more is a story's, under its headline, byline and date. Between
     * two cards of a run, a longer text is a long comment.
     */
    public static final int DEFAULT_MAX_BODY_WORDS = 300;
    /** Fewest words of prose left outside the runs for them to go (the story those cards sit beside). */
    public static final int DEFAULT_MIN_STORY_WORDS = 50;
    /**
     * Fewest words of prose left outside the runs for each word of prose in the runs below the story's start: a
     * live blog's or a timeline's dated entries under a short introduction are the article, not cards beside it
     * (cards printed before any prose are a rail or a thread whatever their size).
     */
    public static final double DEFAULT_MIN_STORY_SHARE = 1.0;
    /** Fewest of a run's cards, as a share, whose text holds prose: a run of dates and names alone is a table. */
    public static final double DEFAULT_MIN_PROSE_CARD_SHARE = 0.5;
    /** Fewest paragraphs of a run's first text for it to be the story under its headline rather than a card. */
    public static final int DEFAULT_MIN_STORY_PARAGRAPHS = 2;

    private final int minCards;
    private final int maxDateWords;
    private final int maxHeaderWords;
    private final int maxBodyBlocks;
    private final int maxBodyWords;
    private final int minStoryWords;
    private final double minStoryShare;
    private final double minProseCardShare;
    private final int minStoryParagraphs;

    public DatedCardRunFilter() {
        this(DEFAULT_MIN_CARDS, DEFAULT_MAX_DATE_WORDS, DEFAULT_MAX_HEADER_WORDS, DEFAULT_MAX_BODY_BLOCKS,
                DEFAULT_MAX_BODY_WORDS, DEFAULT_MIN_STORY_WORDS, DEFAULT_MIN_STORY_SHARE, DEFAULT_MIN_PROSE_CARD_SHARE,
                DEFAULT_MIN_STORY_PARAGRAPHS);
    }

    /**
     * @param minCards       fewest cards in a row that make a run
     * @param maxDateWords   most words of a card's date line
     * @param maxHeaderWords most words of a card's author or headline line
     * @param maxBodyBlocks  most lines between a card's date and the next card's header
     * @param maxBodyWords   most words of a card's text
     * @param minStoryWords  fewest words of prose that must be left outside the runs
     * @param minStoryShare  fewest words of prose left outside the runs for each word of prose in the runs below
     *                       the story's first prose
     * @param minProseCardShare  fewest of a run's cards, as a share, whose text holds prose
     * @param minStoryParagraphs fewest paragraphs of a run's first text for it to be the story, not a card
     */
    public DatedCardRunFilter(int minCards, int maxDateWords, int maxHeaderWords, int maxBodyBlocks,
                              int maxBodyWords, int minStoryWords, double minStoryShare, double minProseCardShare,
                              int minStoryParagraphs) {
        this(minCards, maxDateWords, maxHeaderWords, maxBodyBlocks, maxBodyWords, minStoryWords, minStoryShare,
                minProseCardShare, minStoryParagraphs, true);
    }

    private DatedCardRunFilter(int minCards, int maxDateWords, int maxHeaderWords, int maxBodyBlocks,
                               int maxBodyWords, int minStoryWords, double minStoryShare, double minProseCardShare,
                               int minStoryParagraphs, boolean gated) {
        this.gated = gated;
        this.minCards = Validate.atLeast(minCards, 2, "minCards");
        this.maxDateWords = Validate.positive(maxDateWords, "maxDateWords");
        this.maxHeaderWords = Validate.positive(maxHeaderWords, "maxHeaderWords");
        this.maxBodyBlocks = Validate.positive(maxBodyBlocks, "maxBodyBlocks");
        this.maxBodyWords = Validate.positive(maxBodyWords, "maxBodyWords");
        this.minStoryWords = Validate.atLeast(minStoryWords, 0, "minStoryWords");
        Validate.isTrue(minStoryShare >= 0, "minStoryShare must be at least 0");
        this.minStoryShare = minStoryShare;
        this.minProseCardShare = Validate.fraction(minProseCardShare, "minProseCardShare");
        this.minStoryParagraphs = Validate.positive(minStoryParagraphs, "minStoryParagraphs");
    }

    /** Whether {@link #process} stops at a page of fewer than {@code minCards} cards; off only in tests. */
    private final boolean gated;

    /** The filter with its default parameters that walks every page's cards: for tests of the gate. */
    static DatedCardRunFilter ungated() {
        return new DatedCardRunFilter(DEFAULT_MIN_CARDS, DEFAULT_MAX_DATE_WORDS, DEFAULT_MAX_HEADER_WORDS,
                DEFAULT_MAX_BODY_BLOCKS, DEFAULT_MAX_BODY_WORDS, DEFAULT_MIN_STORY_WORDS, DEFAULT_MIN_STORY_SHARE,
                DEFAULT_MIN_PROSE_CARD_SHARE, DEFAULT_MIN_STORY_PARAGRAPHS, false);
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = page.kept();
        // each card: the index of its first header line, of its date line and the end (exclusive) of its text
        List<int[]> cards = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!isDateLine(lines.get(i)) || !isHeaderLine(lines.get(i - 1))) continue;
            // the first card of a run starts at the line above its date: a headline or a "34 comments" heading
            // above that is the tail filter's to judge, and the next cards' headlines lie inside the run
            cards.add(new int[] {i - 1, i, -1});
        }
        // fewer cards than a run needs (judgeRun takes only runs of minCards or more, cut out of these cards in
        // order): nothing goes, and most pages stop here
        if (gated && cards.size() < minCards) return false;
        List<List<int[]>> runs = new ArrayList<>();
        int first = 0;
        while (first < cards.size()) {
            int last = first;
            int longestBody = 1;
            boolean storyBelow = false;
            for (; last + 1 < cards.size(); last++) {
                int bodyFrom = cards.get(last)[1] + 1;
                int bodyTo = cards.get(last + 1)[0];
                // a card may have no line of its own: a comment run on to the next author's line
                if (bodyTo - bodyFrom > maxBodyBlocks
                        || last == first && words(lines, bodyFrom, bodyTo) > maxBodyWords) {
                    // the text below this "card" is a story's, under its headline, byline and date; a few long
                    // paragraphs between cards of a run, with more cards below them, are a long comment
                    storyBelow = true;
                    break;
                }
                cards.get(last)[2] = bodyTo;
                longestBody = Math.max(longestBody, bodyTo - bodyFrom);
            }
            int runLast = storyBelow ? last - 1 : last;
            if (!storyBelow) cards.get(last)[2] = lastBodyEnd(lines, cards.get(last)[1] + 1, longestBody);
            judgeRun(lines, cards.subList(first, runLast + 1), runs);
            first = last + 1;
        }
        storyInFirstCard(lines, runs);
        boolean[] remove = new boolean[lines.size()];
        for (List<int[]> run : runs) {
            for (int j = run.get(0)[0]; j < run.get(run.size() - 1)[2]; j++) remove[j] = true;
        }
        long storyWords = 0;
        long runWordsBelowStory = 0; // cards printed before the story's first prose are a rail, whatever their size
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            if (remove[i]) any = true;
            if (!lines.get(i).has(Label.PROSE)) continue;
            if (!remove[i]) storyWords += lines.get(i).wordCount();
            else if (storyWords > 0) runWordsBelowStory += lines.get(i).wordCount();
        }
        if (!any || storyWords < minStoryWords || storyWords < minStoryShare * runWordsBelowStory) return false;
        Reason reason = new Reason(REASON, name(), "a run of dated cards: comments or other stories' teasers");
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) if (remove[i]) changed |= lines.get(i).remove(reason);
        return changed;
    }

    /**
     * The page's story lies somewhere: when the prose left outside the runs is less than the text of a run's first
     * card, a text of {@code minStoryParagraphs} paragraphs or more, that text is the story under its headline and
     * date line (a story printed as the first card of its comment thread, its tag row between the two gone by
     * rule), and the cards below it are judged as a run of their own. The longest such text is taken.
     */
    private void storyInFirstCard(List<Block> lines, List<List<int[]>> runs) {
        if (runs.isEmpty()) return;
        long outside = 0;
        int at = 0;
        for (List<int[]> run : runs) {
            outside += proseWords(lines, at, run.get(0)[0]);
            at = run.get(run.size() - 1)[2];
        }
        outside += proseWords(lines, at, lines.size());
        int story = -1;
        long most = outside;
        for (int r = 0; r < runs.size(); r++) {
            int[] card = runs.get(r).get(0);
            long words = proseWords(lines, card[1] + 1, card[2]);
            if (words > most && proseBlocks(lines, card[1] + 1, card[2]) >= minStoryParagraphs) {
                most = words;
                story = r;
            }
        }
        if (story < 0) return;
        List<int[]> rest = runs.remove(story);
        List<List<int[]>> judged = new ArrayList<>();
        judgeRun(lines, rest.subList(1, rest.size()), judged);
        runs.addAll(story, judged);
    }

    /**
     * Adds a run of cards (first header line, date line, end of text each) to {@code runs} when it holds enough cards
     * with prose in enough of them. A first card whose text holds two paragraphs or more and more words than the
     * other cards' together is the story under its headline, byline and date, not a card: the cards below it are judged as a run of their own.
     */
    private void judgeRun(List<Block> lines, List<int[]> run, List<List<int[]>> runs) {
        if (run.size() < minCards) return;
        long total = 0;
        long most = -1;
        int dominant = -1;
        int withProse = 0;
        for (int k = 0; k < run.size(); k++) {
            int[] card = run.get(k);
            long words = words(lines, card[1] + 1, card[2]);
            total += words;
            if (words > most) {
                most = words;
                dominant = k;
            }
            if (proseBlocks(lines, card[1] + 1, card[2]) > 0) withProse++;
        }
        if (dominant == 0 && most > total - most
                && proseBlocks(lines, run.get(0)[1] + 1, run.get(0)[2]) >= minStoryParagraphs) {
            judgeRun(lines, run.subList(1, run.size()), runs);
            return;
        }
        if (withProse < minProseCardShare * run.size()) return;
        runs.add(run);
    }

    private static long proseWords(List<Block> lines, int from, int to) {
        long words = 0;
        for (int i = from; i < to; i++) if (lines.get(i).has(Label.PROSE)) words += lines.get(i).wordCount();
        return words;
    }

    private static long words(List<Block> lines, int from, int to) {
        long words = 0;
        for (int i = from; i < to; i++) words += lines.get(i).wordCount();
        return words;
    }

    /**
     * End (exclusive) of the last card's text: up to the first line that is neither prose nor a rule without words,
     * at most {@code most} lines.
     */
    private static int lastBodyEnd(List<Block> lines, int from, int most) {
        int end = from;
        while (end < lines.size() && end - from < most && (end == from || lines.get(end).has(Label.PROSE)
                || lines.get(end).wordCount() == 0)) end++;
        return end;
    }

    private static int proseBlocks(List<Block> lines, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) if (lines.get(i).has(Label.PROSE)) count++;
        return count;
    }

    private boolean isDateLine(Block block) {
        return !block.has(Label.PROSE) && block.wordCount() <= maxDateWords && DateLines.beforeDate(block.text()) != null;
    }

    private boolean isHeaderLine(Block block) {
        return !block.has(Label.PROSE) && block.wordCount() <= maxHeaderWords && !isDateLine(block);
    }
}
