package wirewash.clean.filters;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import wirewash.clean.Block;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.internal.Validate;

/**
 * Tells, on a text dump, whether the story goes on below a block that would end it: the first two paragraphs in a
 * row below the block (kept prose, no kept line between them, each set apart from the line above it by a blank line
 * and with {@code minStopwordDensity} function words or more) that hold {@code minWords} words together take up
 * the subject of the prose above the block: {@code minSharedShare} of their content words (by their first letters)
 * are found there too. A site sets its scoreboard, its job listings, an author box or a teaser card with its comment
 * count between the story's paragraphs, and the story's next paragraphs name its people and subject again. Reader
 * comments below a comment heading, a footer's blurbs or an author's bio take up few of the story's words; a list of
 * teasers printed line under line holds no paragraph set apart, and a related box's teasers, however long and close
 * to the story's subject, stand each under its own headline, never two in a row: a line an earlier step took out as
 * another story's headline or card ({@code teaserReasons}) still stands between two paragraphs, where an ad label
 * taken out does not. On a page that prints its story's paragraphs line under line ({@code minRunOnShare} of the
 * words of the last {@code runOnParagraphs} paragraphs above the block in paragraphs with no blank line above them:
 * a dump that sets apart only its boxes), a paragraph need not be set apart by a blank line when the line above it
 * is a paragraph too (right under a headline it is a card's summary). Only the first such pair is judged: the story,
 * when it goes on, goes on there. Asked only where a filter is about to cut the page's rest. A caller may read the
 * lines right above the run of paragraphs a pair opens ({@code maxHeaderLines}): under another story's headline and
 * signature (an endless-scroll page's next story, below the site's footer) they are that story's, however close to
 * the subject.
 */
final class ResumedStory {
    /** Fewest words of the two paragraphs in a row below the block that carry the story on. */
    static final int DEFAULT_MIN_WORDS = 30;
    /** Least share of function words of each of them: running prose, not a list's items run into lines. */
    static final double DEFAULT_MIN_STOPWORD_DENSITY = DenseProseRunFilter.DEFAULT_MIN_PART_STOPWORD_DENSITY;
    /** Least share of those paragraphs' content words found in the prose above the block. */
    static final double DEFAULT_MIN_SHARED_SHARE = 0.25;
    /**
     * Reasons of the steps that take out other stories' headlines and cards (teaser runs, related boxes, headline
     * lists): such a line taken out between two paragraphs parts them, each a teaser under its own headline.
     */
    static final Set<String> DEFAULT_TEASER_REASONS = Set.of(HeadlineCardFilter.REASON,
            HeadlineTeaserRunFilter.REASON, TitleRunTailFilter.REASON, MarkedHeadlineRunFilter.REASON,
            TeaserCardFilter.REASON, DatedCardRunFilter.REASON, StampedTeaserRunFilter.REASON);
    /**
     * Least share of the prose words above the block in paragraphs printed right under the line above them (no blank
     * line) for the page to print its story's paragraphs so, and a paragraph below to need no blank line above it.
     */
    static final double DEFAULT_MIN_RUN_ON_SHARE = 0.5;
    /** Kept paragraphs right above the block whose printing tells how the page prints its story's paragraphs. */
    static final int DEFAULT_RUN_ON_PARAGRAPHS = 4;
    /**
     * Most words of a kept line, stating no date, that does not part the two paragraphs it stands between when it
     * is set off as a source's label ({@link #SOURCE_LABEL}): the label of a quoted source ("[The Verge]", "(Reuters)",
     * "Source: CNET") in a round-up of excerpts. Another story's headline is longer, a related box's teasers come each
     * under its own headline, and a commenter's name between two posts is not set off so (0: every line parts them).
     */
    static final int DEFAULT_MAX_LABEL_WORDS = 3;
    /**
     * Least share of the content words of two paragraphs joined by a source's label that the prose above holds too:
     * the label already tells a round-up of excerpts from a box's teasers, and each excerpt quotes another writer's
     * words on the subject, so half of {@link #DEFAULT_MIN_SHARED_SHARE}.
     */
    static final double DEFAULT_MIN_LABELLED_SHARED_SHARE = DEFAULT_MIN_SHARED_SHARE / 2;
    /**
     * A source's label: in brackets, or after "Source:" or "via". Not a name after a dash: a quote's or a reader's
     * signature ("– Jane"), below which a list of quotes or posts may go on.
     */
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "[\\[(][^\\[\\]()]+[\\])]|(?i:(source|sources|via|credit)):?\\s+\\S.*");
    /**
     * Pairs of paragraphs in a row below the block judged, the first one up: one, as the story, when it goes on,
     * goes on there (reader posts below a comment heading take up the story's words too, and only the first pair
     * tells them from the story). Below a box that holds no posts (a related box, an author box, a footer's links)
     * a caller may judge more: such a box, set between the story's paragraphs, may end in a teaser's summary right
     * above the story's next paragraph, the two a pair in a row that takes up few of the story's words.
     */
    static final int DEFAULT_MAX_PAIRS = 1;
    /**
     * Fewest words of a paragraph that need no blank line above it to count, when the other paragraph of its pair is
     * as long (0, the default: every paragraph needs its blank line, or the page's run-on printing). A caller that
     * asks below a box's heading may set it: a dump prints a section of the story (a text run parted by line
     * breaks, a description list) line under line under its subheading, where a card's summary is shorter.
     */
    static final int DEFAULT_MIN_LONG_PARAGRAPH_WORDS = 0;
    /**
     * Lines right above the run of paragraphs a pair opens that are read for another story's header (0, the default:
     * none read). A caller that judges paragraphs far below the block may set it: an endless-scroll page prints the
     * next story, its headline, a signature (a byline, or a writer's name on a line of its own) and maybe a
     * standfirst and a share row, below the site's footer; its paragraphs may take up the same news, and are not the
     * page's story going on.
     */
    static final int DEFAULT_MAX_HEADER_LINES = 0;
    /**
     * Reasons of the steps that take out a byline: a line taken out so still signs the story below it. Not a date
     * line: a teaser card in a list is dated too.
     */
    static final Set<String> SIGNATURE_REASONS = Set.of("byline");
    static final ResumedStory DEFAULT = new ResumedStory(DEFAULT_MIN_WORDS, DEFAULT_MIN_STOPWORD_DENSITY,
            DEFAULT_MIN_SHARED_SHARE);

    private final int minWords;
    private final double minStopwordDensity;
    private final double minSharedShare;
    private final Set<String> teaserReasons;
    private final double minRunOnShare;
    private final int runOnParagraphs;
    private final int maxLabelWords;
    private final double minLabelledSharedShare;
    private final int maxPairs;
    private final int minLongParagraphWords;
    private final int maxHeaderLines;

    /**
     * The default judgement with more pairs judged, long paragraphs set apart without a blank line and another
     * story's header read above the pair (see the full constructor's last three parameters).
     */
    static ResumedStory judging(int maxPairs, int minLongParagraphWords, int maxHeaderLines) {
        return new ResumedStory(DEFAULT_MIN_WORDS, DEFAULT_MIN_STOPWORD_DENSITY, DEFAULT_MIN_SHARED_SHARE,
                DEFAULT_TEASER_REASONS, DEFAULT_MIN_RUN_ON_SHARE, DEFAULT_RUN_ON_PARAGRAPHS, DEFAULT_MAX_LABEL_WORDS,
                DEFAULT_MIN_LABELLED_SHARED_SHARE, maxPairs, minLongParagraphWords, maxHeaderLines);
    }

    ResumedStory(int minWords, double minStopwordDensity, double minSharedShare) {
        this(minWords, minStopwordDensity, minSharedShare, DEFAULT_TEASER_REASONS, DEFAULT_MIN_RUN_ON_SHARE,
                DEFAULT_RUN_ON_PARAGRAPHS);
    }

    ResumedStory(int minWords, double minStopwordDensity, double minSharedShare, Set<String> teaserReasons,
                 double minRunOnShare, int runOnParagraphs) {
        this(minWords, minStopwordDensity, minSharedShare, teaserReasons, minRunOnShare, runOnParagraphs,
                DEFAULT_MAX_LABEL_WORDS, DEFAULT_MIN_LABELLED_SHARED_SHARE);
    }

    /**
     * @param minWords           fewest words of two paragraphs in a row below the block that carry the story on
     * @param minStopwordDensity least share of function words of each of them
     * @param minSharedShare     least share of their content words that the prose above the block holds too
     * @param teaserReasons      reasons of the lines taken out as other stories' headlines or cards, which part two
     *                           paragraphs below the block
     * @param minRunOnShare      least share of the prose words above the block in paragraphs with no blank line
     *                           above them for a paragraph below to need none either (above 1: always one)
     * @param runOnParagraphs    kept paragraphs right above the block that share is measured on
     * @param maxLabelWords      most words of a single undated line between two paragraphs that does not part them
     *                           (0: every line parts them)
     * @param minLabelledSharedShare least share of the content words of two paragraphs joined by such a label that
     *                           the prose above holds too
     */
    ResumedStory(int minWords, double minStopwordDensity, double minSharedShare, Set<String> teaserReasons,
                 double minRunOnShare, int runOnParagraphs, int maxLabelWords, double minLabelledSharedShare) {
        this(minWords, minStopwordDensity, minSharedShare, teaserReasons, minRunOnShare, runOnParagraphs,
                maxLabelWords, minLabelledSharedShare, DEFAULT_MAX_PAIRS, DEFAULT_MIN_LONG_PARAGRAPH_WORDS,
                DEFAULT_MAX_HEADER_LINES);
    }

    /**
     * @param maxPairs              pairs of paragraphs in a row below the block judged, the first one up (at least 1)
     * @param minLongParagraphWords fewest words of each of two paragraphs in a row that need no blank line above
     *                              them (0: each needs one, or the page's run-on printing)
     * @param maxHeaderLines        lines right above a pair's run of paragraphs read for another story's header, a
     *                              headline over a signature (0: none read)
     */
    ResumedStory(int minWords, double minStopwordDensity, double minSharedShare, Set<String> teaserReasons,
                 double minRunOnShare, int runOnParagraphs, int maxLabelWords, double minLabelledSharedShare,
                 int maxPairs, int minLongParagraphWords, int maxHeaderLines) {
        this.maxHeaderLines = Validate.atLeast(maxHeaderLines, 0, "maxHeaderLines");
        this.maxPairs = Validate.positive(maxPairs, "maxPairs");
        this.minLongParagraphWords = Validate.atLeast(minLongParagraphWords, 0, "minLongParagraphWords");
        this.maxLabelWords = Validate.atLeast(maxLabelWords, 0, "maxLabelWords");
        this.minLabelledSharedShare = Validate.fraction(minLabelledSharedShare, "minLabelledSharedShare");
        this.runOnParagraphs = Validate.positive(runOnParagraphs, "runOnParagraphs");
        this.teaserReasons = Set.copyOf(Validate.notNull(teaserReasons, "teaserReasons"));
        Validate.isTrue(minRunOnShare >= 0, "minRunOnShare must not be negative, got " + minRunOnShare);
        this.minRunOnShare = minRunOnShare;
        this.minWords = Validate.positive(minWords, "minWords");
        this.minStopwordDensity = Validate.fraction(minStopwordDensity, "minStopwordDensity");
        this.minSharedShare = Validate.fraction(minSharedShare, "minSharedShare");
    }

    /** Whether the story goes on below the block at {@code at} (see the class comment). */
    boolean below(Page page, int at) {
        List<Block> blocks = page.blocks();
        boolean runOn = printsParagraphsRunOn(blocks, at);
        Block previous = null;
        boolean underProse = false; // whether the kept line above is a paragraph (not a headline)
        boolean labelled = false; // whether a source's label already stands between previous and the next paragraph
        int judged = 0;
        for (int i = at + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isRemoved() && teaserReasons.contains(block.removal().code())) {
                previous = null; // another story's headline or card taken out: the paragraphs around it are parted
                continue;
            }
            if (!block.isKept() || block.isJoined()) continue;
            if (previous != null && !labelled && isLabel(block)) {
                labelled = true; // a quoted source's label: the paragraphs around it are a round-up's
                underProse = false;
                continue;
            }
            boolean joinedByLabel = labelled;
            labelled = false;
            boolean wasUnderProse = underProse;
            underProse = block.has(Label.PROSE);
            // a line printed right under the one above it, no blank line between, is a card's or a list's, unless
            // the page prints its story's paragraphs so and it is not right under a headline (a card's summary)
            boolean setApart = block.gapBefore() > 0 || runOn && wasUnderProse
                    || isLong(block) && (previous == null || isLong(previous));
            if (!block.has(Label.PROSE) || !setApart || !isRunningProse(block, page)) {
                previous = null;
                continue;
            }
            if (previous != null && previous.wordCount() + block.wordCount() >= minWords) {
                if (aboutTheProseAbove(page, at, previous, block,
                        joinedByLabel ? minLabelledSharedShare : minSharedShare)) {
                    // below another story's header the paragraphs are that story's, and so is the rest
                    return !underNextHeader(blocks, at, previous);
                }
                if (++judged >= maxPairs) return false;
            }
            previous = block;
        }
        return false;
    }

    /**
     * Whether the run of kept paragraphs that {@code paragraph} belongs to (lines taken out between them aside) stands
     * right under another story's header: among the {@code maxHeaderLines} lines above its first paragraph, below the
     * block at {@code at}, a signature (a byline, or a line that is a name and nothing else) under a headline-like
     * line, and no kept paragraph between the signature and the run (a reader's post under the reader's name). A box
     * set between the story's paragraphs closes with its own lines (a teaser's headline and summary, a bio taken out,
     * a prompt), not with a headline signed by a writer.
     */
    private boolean underNextHeader(List<Block> blocks, int at, Block paragraph) {
        if (maxHeaderLines == 0) return false;
        int top = blocks.indexOf(paragraph);
        for (int i = top - 1; i > at; i--) {
            Block block = blocks.get(i);
            if (block.isJoined() || block.isRemoved()) continue;
            if (!block.has(Label.PROSE)) break;
            top = i;
        }
        boolean signed = false;
        int lines = 0;
        for (int i = top - 1; i > at && lines < maxHeaderLines; i--) {
            Block block = blocks.get(i);
            if (block.isJoined() || block.text().isBlank()) continue;
            lines++;
            // a kept paragraph between the name and the run: a reader's post under its name, not a story's header
            if (!signed && block.isKept() && block.has(Label.PROSE)) return false;
            if (signed && block.has(Label.TITLE_LIKE) && !isSignature(block)) return true;
            if (isSignature(block)) signed = true;
        }
        return false;
    }

    /** Whether the line signs a story: a byline (taken out as one, or "By" and a name), or a name on its own. */
    private static boolean isSignature(Block block) {
        if (block.isRemoved() && SIGNATURE_REASONS.contains(block.removal().code())) return true;
        String text = block.text().strip();
        if (text.regionMatches(true, 0, "by ", 0, 3)) return NextStoryFilter.opensWithName(text.substring(3).strip());
        return NextStoryFilter.nameEnd(text) == text.length();
    }

    private boolean isLong(Block paragraph) {
        return minLongParagraphWords > 0 && paragraph.wordCount() >= minLongParagraphWords;
    }

    /** Whether the block is a short undated source's label that does not part the paragraphs around it. */
    private boolean isLabel(Block block) {
        return !block.has(Label.PROSE) && block.wordCount() <= maxLabelWords && block.wordCount() > 0
                && SOURCE_LABEL.matcher(block.text().strip()).matches() && block.date().isEmpty()
                && DateLines.beforeDate(block.text()) == null
                && !DateLines.isTimestamp(block.text());
    }

    /**
     * Whether the first kept block below the block at {@code at} is a paragraph of running prose of {@code minWords}
     * words or more, set apart by a blank line, that takes up the subject of the prose above on its own: for a block
     * already known to close a box set between the story's paragraphs (a box of reader posts), below which the story
     * may have one paragraph left.
     */
    boolean paragraphRightBelow(Page page, int at) {
        List<Block> blocks = page.blocks();
        for (int i = at + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept() || block.isJoined()) continue;
            return block.has(Label.PROSE) && block.gapBefore() > 0 && block.wordCount() >= minWords
                    && isRunningProse(block, page) && aboutTheProseAbove(page, at, block, block, minSharedShare);
        }
        return false;
    }

    /**
     * Whether {@code minRunOnShare} of the words of the last {@code runOnParagraphs} kept paragraphs above {@code at}
     * (the story's, right above the box; not a ticker of summaries at the page's top) are in paragraphs printed right
     * under the line above them: the page sets its story's paragraphs line under line.
     */
    private boolean printsParagraphsRunOn(List<Block> blocks, int at) {
        long words = 0;
        long runOn = 0;
        int paragraphs = 0;
        // the page's first line has no line above it: it tells nothing
        for (int i = at - 1; i > 0 && paragraphs < runOnParagraphs; i--) {
            Block block = blocks.get(i);
            if (!block.isKept() || block.isJoined() || !block.has(Label.PROSE)) continue;
            paragraphs++;
            words += block.wordCount();
            if (block.gapBefore() == 0) runOn += block.wordCount();
        }
        return words > 0 && runOn >= minRunOnShare * words;
    }

    private boolean isRunningProse(Block block, Page page) {
        // a page of no known language has no function words to count (as ProseLabelFilter reads it)
        return page.stopwords().isEmpty() || ProseLabelFilter.stopwordDensity(block, page) >= minStopwordDensity;
    }

    /** Whether {@code minSharedShare} of the two paragraphs' content stems are among the prose's above {@code at}. */
    private boolean aboutTheProseAbove(Page page, int at, Block first, Block second, double share) {
        Stopwords stopwords = page.stopwords();
        Set<String> pair = new HashSet<>();
        DenseProseRunFilter.addContentStems(first, stopwords, pair);
        DenseProseRunFilter.addContentStems(second, stopwords, pair);
        if (pair.isEmpty()) return false;
        Set<String> above = new HashSet<>();
        List<Block> blocks = page.blocks();
        for (int i = 0; i < at; i++) {
            Block block = blocks.get(i);
            if (block.isKept() && !block.isJoined() && block.has(Label.PROSE)) {
                DenseProseRunFilter.addContentStems(block, stopwords, above);
            }
        }
        int shared = 0;
        for (String stem : pair) if (above.contains(stem)) shared++;
        return shared >= share * pair.size();
    }
}
