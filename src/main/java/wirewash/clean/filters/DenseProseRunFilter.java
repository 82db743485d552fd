package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the prose blocks that lie outside the page's densest run of prose: teasers of other stories, cookie
 * notices, "about us" blurbs. The run is the stretch of kept blocks with the highest score, where a prose block
 * scores its length in words and any other kept block costs a fixed penalty (the maximum-sum segment, found in
 * one pass). A subheading or an inline link between two paragraphs costs little; a navigation list of twenty
 * items separates two runs. The cells of a table dumped one cell per line ({@link Label#TABLE_CELL}) cost nothing
 * and add nothing: a standings table between two paragraphs does not part them. The cells of a table the page
 * announces — right below a paragraph, or below a sentence that ends in a colon ("Final standings after 36 races:")
 * — add a share of their words ({@code tableCellWeight}): a page whose story is such a table under a line or two of
 * prose (a results or standings page) keeps its run there, not on the blurbs and promos of the page's foot, which
 * outweigh those lines. A table in the page's rail sits under a heading ("Standings"), and adds nothing. Two or more
 * lines in a row that a filter before this one took out cost as one kept line that is not prose (share buttons gone by rule still part a
 * blurb from the story). A box between the story's paragraphs whose prose a rule took out (an author's bio over the
 * newsroom's masthead lines, on at most {@code maxBridgeLines} lines taken out in a row) costs the run no more than
 * it would have kept: its prose's words pay for the box's other lines, and add nothing, so a rule that takes such
 * prose out does not by itself part the story's run. The run reaches past such a box only when the story resumes below
 * it, two paragraphs of running prose or more ({@code minPartParagraphs}); a blurb set apart below a bio at the
 * story's foot is no part of it. Labels the blocks of the run {@link Label#ARTICLE}, which later filters use to tell
 * the article's start and end.
 *
 * <p>On text dumps an endless page may load a next story longer than its own below it: when the densest run lies
 * below another story's header ({@link NextStoryFilter}'s: a headline over a short dated or signed header and a
 * paragraph, not named above as the page's own) and the prose above that header holds a run of its own that tells a
 * story (that filter's words and paragraphs), the page's story is the run above; the header and what follows it are
 * left to {@link NextStoryFilter}, which takes them out. So too when the densest run lies below the page's footer: a
 * line a rule removed for one of {@link #DEFAULT_FOOTER_REASONS} ("© 2019 Hearst Communications") set apart from the
 * prose above it by at least {@code minFooterGap} lines, kept or not (a photo's credit between two paragraphs stands
 * right below its caption, a page's footer below its menus and links), with a story told above it: a page that
 * prints another story below its own foot printed its own above it. The prose below the footer goes.
 *
 * <p>A list the story announces at its end belongs to the run however little prose its items hold: the run's last
 * paragraph, or a line right below it (after at most one closing sentence), ends in a colon ("Key findings
 * include:"), and the lines below it up to the first blank line after its first item are its items (when the first
 * opens with a mark, "• " or "1. ", to the first line opened otherwise). Short items
 * cost the run more than their words add, so the run would end above them and leave the longer items, prose,
 * outside it.
 *
 * <p>A list the story announces between its paragraphs costs the run nothing: the lines below a sentence ending in
 * a colon that is a paragraph or stands right below one ("The finalists were:", "Here are the figures:", not a
 * box's label such as "Share this:"), when they are at most {@code maxListItems} kept lines that are not prose,
 * with no line taken out among them, and the story goes on right below them with a paragraph that takes up a
 * content word of the prose above the list and opens with no label (a plug, "Next: …", is no paragraph of it). Each item would otherwise cost the run as a menu's line does, and the paragraph on either side
 * of the list would be left outside the run.
 *
 * <p>Site chrome set between the story's paragraphs — a menu dumped one item a line, a most-read list, a newsletter
 * box, a weather widget — parts the story into runs, and only the densest would stay. So a part of the page's prose
 * set apart from the run by such lines joins it when it reads as more of the same story: two or more paragraphs of
 * running prose (enough words, enough function words), none of them printed twice on the page (a caption beside
 * each copy of its photo, a teaser list in the head and foot), and about the run's subject (a share of its content
 * words found in the run's). A blurb, a bio, a cookie or paywall notice, another story's teaser or a reader's post
 * is one paragraph, or about something else; a list of headlines with their summaries is parted line by line.
 */
public final class DenseProseRunFilter implements BlockFilter {
    /** Runs of digits, read as "#" in a list item's mark: compiled once, not at each line. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public static final String REASON = "outside-article";
    /** What a kept block that is not prose costs the run it sits in, in words. */
    public static final int DEFAULT_NON_PROSE_PENALTY = 8;
    /**
     * Least score, as a share of the words of the paragraphs printed twice, that the densest run without them
     * needs for them to count as furniture; below it the page holds the story itself twice.
     */
    public static final double DEFAULT_MIN_REMAINING_SHARE = 0.25;
    /** Fewest words of a paragraph printed twice that marks it as furniture: a story may repeat a short line. */
    public static final int DEFAULT_MIN_REPEATED_WORDS = 12;
    /** Most closing sentences between the run's last paragraph and the line that announces the story's list. */
    public static final int DEFAULT_MAX_LINES_BEFORE_LIST = 1;
    /** Fewest paragraphs of running prose a part of the story set apart from the run needs to join it. */
    public static final int DEFAULT_MIN_PART_PARAGRAPHS = 2;
    /** Fewest words of a paragraph that counts toward {@link #DEFAULT_MIN_PART_PARAGRAPHS}. */
    public static final int DEFAULT_MIN_PART_PARAGRAPH_WORDS = 20;
    /** Least share of function words of a paragraph that counts toward {@link #DEFAULT_MIN_PART_PARAGRAPHS}. */
    public static final double DEFAULT_MIN_PART_STOPWORD_DENSITY = 0.2;
    /** Least share of a part's content words (by their first letters) that the run's prose also holds. */
    public static final double DEFAULT_MIN_PART_SHARED_SHARE = 0.2;
    /** Most lines of a list the story announces between its paragraphs that cost the run nothing. */
    public static final int DEFAULT_MAX_LIST_ITEMS = 12;
    /** Fewest words of the line that announces such a list: a sentence ("The finalists were:"), not a label. */
    public static final int DEFAULT_MIN_ANNOUNCEMENT_WORDS = 3;
    /**
     * Fewest headlines (title-like lines of {@link HeadlineTeaserRunFilter#DEFAULT_MIN_HEADLINE_WORDS} to
     * {@link HeadlineTeaserRunFilter#DEFAULT_MAX_HEADLINE_WORDS} words) between the story's lede and the run that
     * make them a teaser run set right below the lede: the lede joins the run, and the run of headlines goes.
     */
    public static final int DEFAULT_MIN_GAP_HEADLINES = 3;
    /**
     * Reasons of the removed lines that, right below a paragraph, make it the page's standfirst over its byline and
     * date, not a lede: a teaser run below those lines sits between the header and the lede.
     */
    public static final Set<String> DEFAULT_HEADER_REASONS = Set.of("byline", "dateline");
    /** Reasons of the removed lines that close a page: its footer's copyright line. */
    public static final Set<String> DEFAULT_FOOTER_REASONS = Set.of("copyright");
    /**
     * Fewest lines, kept or not, between the last paragraph above a footer's line and that line for it to close the
     * page: a photo's credit ("© Jane Doe/AFP") stands right below its caption between two of the story's paragraphs.
     */
    public static final int DEFAULT_MIN_FOOTER_GAP = 3;
    /**
     * Least score of the densest run above such a footer, as a share of the densest run's below it, for the run above
     * to be the page's story: a dump may print a page's foot above its story, under a few blurbs.
     */
    public static final double DEFAULT_MIN_FOOTER_RUN_SHARE = 0.25;
    /**
     * What each word of the cells ({@link Label#TABLE_CELL}) of a table the page announces (below a paragraph, or a
     * sentence ending in a colon) adds to the run's score, where a word of prose adds one: a cell says less than a
     * word of prose, and a standings table of 40 rows under two short paragraphs still outweighs four promos'
     * paragraphs at the page's foot.
     */
    public static final double DEFAULT_TABLE_CELL_WEIGHT = 0.5;
    /**
     * Most lines in a row taken out by a step before this one (a rule's author-bio, a promo and its button) whose prose
     * pays for the other lines of its box between the story's paragraphs: as many words as it holds, no more (see
     * the class comment). A longer stretch (a run of teaser cards) is a piece of furniture that parts two runs.
     */
    public static final int DEFAULT_MAX_BRIDGE_LINES = 2;
    /** The reason given to the headlines of a teaser run set between the lede and the run. */
    public static final String TEASER_RUN_REASON = HeadlineTeaserRunFilter.REASON;

    private final int nonProsePenalty;
    private final double minRemainingShare;
    private final int minRepeatedWords;
    private final int maxLinesBeforeList;
    private final int minPartParagraphs;
    private final int minPartParagraphWords;
    private final double minPartStopwordDensity;
    private final double minPartSharedShare;
    private final int maxListItems;
    private final int minAnnouncementWords;
    private final NextStoryFilter nextStory;
    private final int minGapHeadlines;
    private final int minFooterGap;
    private final double minFooterRunShare;
    private final double tableCellWeight;
    private final int maxBridgeLines;

    public DenseProseRunFilter() {
        this(DEFAULT_NON_PROSE_PENALTY, DEFAULT_MIN_REMAINING_SHARE, DEFAULT_MIN_REPEATED_WORDS);
    }

    public DenseProseRunFilter(int nonProsePenalty) {
        this(nonProsePenalty, DEFAULT_MIN_REMAINING_SHARE, DEFAULT_MIN_REPEATED_WORDS);
    }

    /** @param nextStory tells another story's header below the page's story (its byline rules among them) */
    public DenseProseRunFilter(NextStoryFilter nextStory) {
        this(DEFAULT_NON_PROSE_PENALTY, DEFAULT_MIN_REMAINING_SHARE, DEFAULT_MIN_REPEATED_WORDS, nextStory);
    }

    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords) {
        this(nonProsePenalty, minRemainingShare, minRepeatedWords, new NextStoryFilter());
    }

    /**
     * @param nonProsePenalty  what a kept block that is not prose costs the run, in words
     * @param minRemainingShare prose blocks the page prints twice or more neither make nor break the run, unless
     *                         the run found without them scores less than this share of their words (the story
     *                         itself printed twice)
     * @param minRepeatedWords only paragraphs of at least this many words count as printed twice
     * @param nextStory        tells another story's header below the page's story: a run below one, with a story
     *                         told above it, is the next story's
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords,
                               NextStoryFilter nextStory) {
        this(nonProsePenalty, minRemainingShare, minRepeatedWords, DEFAULT_MAX_LINES_BEFORE_LIST, nextStory);
    }

    /**
     * @param maxLinesBeforeList most closing sentences between the run's last paragraph and a line ending in a colon
     *                           that announces the story's list below it, which joins the run
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords,
                               int maxLinesBeforeList, NextStoryFilter nextStory) {
        this(nonProsePenalty, minRemainingShare, minRepeatedWords, maxLinesBeforeList, DEFAULT_MIN_PART_PARAGRAPHS,
                DEFAULT_MIN_PART_PARAGRAPH_WORDS, DEFAULT_MIN_PART_STOPWORD_DENSITY, DEFAULT_MIN_PART_SHARED_SHARE,
                nextStory);
    }

    /**
     * @param minPartParagraphs       a part of the page's prose set apart from the run by lines that are not prose
     *                                joins it with at least this many paragraphs of running prose...
     * @param minPartParagraphWords   ...of at least this many words...
     * @param minPartStopwordDensity  ...and this share of function words, none printed twice on the page...
     * @param minPartSharedShare      ...when at least this share of its content words (by their first letters) are
     *                                the run's
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords,
                               int maxLinesBeforeList, int minPartParagraphs, int minPartParagraphWords,
                               double minPartStopwordDensity, double minPartSharedShare, NextStoryFilter nextStory) {
        this(nonProsePenalty, minRemainingShare, minRepeatedWords, maxLinesBeforeList, minPartParagraphs,
                minPartParagraphWords, minPartStopwordDensity, minPartSharedShare, DEFAULT_MAX_LIST_ITEMS,
                DEFAULT_MIN_ANNOUNCEMENT_WORDS, nextStory);
    }

    /**
     * ... and {@code maxListItems}, the most lines of a list the story announces between its paragraphs (a line
     * of {@code minAnnouncementWords} words or more ending in a colon above them, a paragraph that takes up a word
     * of the story's below them) that cost the run nothing.
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords,
                               int maxLinesBeforeList, int minPartParagraphs, int minPartParagraphWords,
                               double minPartStopwordDensity, double minPartSharedShare, int maxListItems,
                               int minAnnouncementWords, NextStoryFilter nextStory) {
        this(nonProsePenalty, minRemainingShare, minRepeatedWords, maxLinesBeforeList, minPartParagraphs,
                minPartParagraphWords, minPartStopwordDensity, minPartSharedShare, maxListItems, minAnnouncementWords,
                DEFAULT_MIN_GAP_HEADLINES, nextStory);
    }

    /**
     * ... and {@code minGapHeadlines}, the fewest headlines between the story's lede and the run that make a teaser
     * run set right below the lede (the lede joins the run, the headlines go).
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords,
                               int maxLinesBeforeList, int minPartParagraphs, int minPartParagraphWords,
                               double minPartStopwordDensity, double minPartSharedShare, int maxListItems,
                               int minAnnouncementWords, int minGapHeadlines, NextStoryFilter nextStory) {
        this(nonProsePenalty, minRemainingShare, minRepeatedWords, maxLinesBeforeList, minPartParagraphs,
                minPartParagraphWords, minPartStopwordDensity, minPartSharedShare, maxListItems, minAnnouncementWords,
                minGapHeadlines, DEFAULT_MIN_FOOTER_GAP, DEFAULT_MIN_FOOTER_RUN_SHARE, nextStory);
    }

    /**
     * ... and {@code minFooterGap}, the fewest lines between the last paragraph above a footer's copyright line and
     * that line for a run below it to be another story's, printed below the page's foot, when the densest run above
     * that line scores at least {@code minFooterRunShare} of the run's below.
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords,
                               int maxLinesBeforeList, int minPartParagraphs, int minPartParagraphWords,
                               double minPartStopwordDensity, double minPartSharedShare, int maxListItems,
                               int minAnnouncementWords, int minGapHeadlines, int minFooterGap,
                               double minFooterRunShare, NextStoryFilter nextStory) {
        this(nonProsePenalty, minRemainingShare, minRepeatedWords, maxLinesBeforeList, minPartParagraphs,
                minPartParagraphWords, minPartStopwordDensity, minPartSharedShare, maxListItems, minAnnouncementWords,
                minGapHeadlines, minFooterGap, minFooterRunShare, DEFAULT_TABLE_CELL_WEIGHT, nextStory);
    }

    /**
     * ... and {@code tableCellWeight}, what each word of a table's cell adds to the run's score (a word of prose adds
     * one; 0: a table neither makes nor breaks a run).
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords,
                               int maxLinesBeforeList, int minPartParagraphs, int minPartParagraphWords,
                               double minPartStopwordDensity, double minPartSharedShare, int maxListItems,
                               int minAnnouncementWords, int minGapHeadlines, int minFooterGap,
                               double minFooterRunShare, double tableCellWeight, NextStoryFilter nextStory) {
        this(nonProsePenalty, minRemainingShare, minRepeatedWords, maxLinesBeforeList, minPartParagraphs,
                minPartParagraphWords, minPartStopwordDensity, minPartSharedShare, maxListItems, minAnnouncementWords,
                minGapHeadlines, minFooterGap, minFooterRunShare, tableCellWeight, DEFAULT_MAX_BRIDGE_LINES, nextStory);
    }

    /**
     * ... and {@code maxBridgeLines}, the most lines in a row taken out before this step whose prose (a bio, a promo)
     * pays for the other lines of its box between the story's paragraphs, adding nothing to the run (0: none does).
     */
    public DenseProseRunFilter(int nonProsePenalty, double minRemainingShare, int minRepeatedWords,
                               int maxLinesBeforeList, int minPartParagraphs, int minPartParagraphWords,
                               double minPartStopwordDensity, double minPartSharedShare, int maxListItems,
                               int minAnnouncementWords, int minGapHeadlines, int minFooterGap,
                               double minFooterRunShare, double tableCellWeight, int maxBridgeLines,
                               NextStoryFilter nextStory) {
        this.maxBridgeLines = Validate.atLeast(maxBridgeLines, 0, "maxBridgeLines");
        this.tableCellWeight = Validate.atLeast(tableCellWeight, 0.0, "tableCellWeight");
        this.minFooterGap = Validate.positive(minFooterGap, "minFooterGap");
        this.minFooterRunShare = Validate.fraction(minFooterRunShare, "minFooterRunShare");
        this.minGapHeadlines = Validate.positive(minGapHeadlines, "minGapHeadlines");
        this.maxListItems = Validate.atLeast(maxListItems, 0, "maxListItems");
        this.minAnnouncementWords = Validate.positive(minAnnouncementWords, "minAnnouncementWords");
        this.minPartParagraphs = Validate.positive(minPartParagraphs, "minPartParagraphs");
        this.minPartParagraphWords = Validate.atLeast(minPartParagraphWords, 0, "minPartParagraphWords");
        this.minPartStopwordDensity = Validate.fraction(minPartStopwordDensity, "minPartStopwordDensity");
        this.minPartSharedShare = Validate.fraction(minPartSharedShare, "minPartSharedShare");
        this.maxLinesBeforeList = Validate.atLeast(maxLinesBeforeList, 0, "maxLinesBeforeList");
        this.nonProsePenalty = Validate.atLeast(nonProsePenalty, 0, "nonProsePenalty");
        this.minRemainingShare = Validate.fraction(minRemainingShare, "minRemainingShare");
        this.minRepeatedWords = Validate.positive(minRepeatedWords, "minRepeatedWords");
        this.nextStory = Validate.notNull(nextStory, "nextStory");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        Set<String> repeated = repeatedProse(blocks);
        boolean[] listed = listedInStory(page, blocks);
        boolean[] announced = announcedCells(blocks);
        long[] run = densestRun(page, blocks, Set.of(), listed, announced, blocks.size());
        if (!repeated.isEmpty()) {
            // The paragraphs printed twice may narrow the article run, never move it elsewhere; and without them
            // enough must be left to be a story: else the story is what the page prints twice.
            long[] narrowed = densestRun(page, blocks, repeated, listed, announced, blocks.size());
            boolean inside = narrowed[0] >= 0 && narrowed[0] <= run[1] && run[0] <= narrowed[1];
            if (inside && narrowed[2] >= minRemainingShare * wordsOf(repeated)) run = narrowed;
        }
        if (run[0] < 0) return false;
        // the run below another story's header, with a story told above it: the page loaded a longer story next
        int end = blocks.size();
        int wall = nextStoryAbove(page, blocks, (int) run[0]);
        boolean footer = false;
        if (wall < 0) {
            // the run below the page's footer, with a story told above it: another page's story printed below
            wall = footerAbove(blocks, (int) run[0]);
            footer = wall >= 0;
        }
        if (wall >= 0) {
            long[] above = densestRun(page, blocks, Set.of(), listed, announced, wall);
            // above a footer, a story of the run's weight: prose blurbs over a page's foot printed above its story
            // (a dump may print the foot first) are no story of it
            if (above[0] >= 0 && tellsStory(blocks, (int) above[0], (int) above[1])
                    && (!footer || above[2] >= minFooterRunShare * run[2])) {
                run = above;
                // the next story's header and text are the next-story step's; what lies below the foot goes here
                end = footer ? blocks.size() : wall;
            }
        }
        int bestStart = (int) run[0];
        int bestEnd = announcedListEnd(blocks, (int) run[1], end);
        boolean[] parts = storyParts(page, blocks, bestStart, bestEnd, end, repeated);
        boolean changed = ledeAboveTeaserRun(page, blocks, bestStart, repeated, parts);
        for (int i = 0; i < end; i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (i >= bestStart && i <= bestEnd || parts[i]) {
                block.label(Label.ARTICLE);
            } else if (block.has(Label.PROSE)) {
                changed |= block.remove(new Reason(REASON, name(), "prose outside the densest run of prose"));
            }
        }
        return true;
    }

    /**
     * The blocks of the parts of the story set apart from the run from {@code runStart} to {@code runEnd} by lines
     * that are not prose (see the class comment), among the first {@code end} blocks.
     */
    private boolean[] storyParts(Page page, List<Block> blocks, int runStart, int runEnd, int end,
                                 Set<String> repeated) {
        boolean[] joined = new boolean[blocks.size()];
        List<List<Integer>> parts = parts(blocks, 0, runStart);
        parts.addAll(parts(blocks, runEnd + 1, end));
        Stopwords stopwords = page.stopwords();
        // the run's content stems, gathered for the first part that reads as running prose (most pages have none)
        Set<String> subject = null;
        for (List<Integer> part : parts) {
            if (!isRunningProse(page, blocks, part, repeated)) continue;
            if (subject == null) {
                subject = new HashSet<>();
                for (int i = runStart; i <= runEnd; i++) {
                    Block block = blocks.get(i);
                    if (block.isKept() && !block.isJoined() && block.has(Label.PROSE)) {
                        addContentStems(block, stopwords, subject);
                    }
                }
            }
            if (!aboutTheRun(blocks, part, stopwords, subject)) continue;
            for (int i : part) joined[i] = true;
        }
        return joined;
    }

    /**
     * Joins to the run the story's lede that a teaser run set right below it parts from the run (the run then starts at
     * the story's second paragraph), and removes that teaser run: the nearest paragraph above the run of
     * {@code minPartParagraphWords} words or more, with function words, printed once, about the run (as a part set
     * apart is), with only short lines between it and the run (lines that are no prose, or prose shorter than such a
     * paragraph: a headline asking a question) among which {@code minGapHeadlines} headlines or more and at
     * most one other line more than the headlines (a label, a mark or a summary each); and
     * no byline or date right below the paragraph, which is then the page's standfirst over its header.
     */
    private boolean ledeAboveTeaserRun(Page page, List<Block> blocks, int runStart, Set<String> repeated,
                                       boolean[] joined) {
        int lede = -1;
        int headlines = 0;
        int others = 0;
        for (int i = runStart - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (block.isJoined() || !block.isKept()) continue;
            if (block.has(Label.PROSE) && block.wordCount() >= minPartParagraphWords) {
                lede = i;
                break;
            }
            if (hasHeadlineShape(block)) headlines++;
            else others++;
        }
        // a run's headlines with a label and a mark or a summary each at most: not a sidebar of menus and widgets
        if (lede < 0 || headlines < minGapHeadlines || others > headlines + 1 || joined[lede]) return false;
        // only now, on the few lines of a candidate run, whether a headline states a date (a byline's is none)
        int dated = 0;
        for (int i = lede + 1; i < runStart; i++) {
            Block block = blocks.get(i);
            if (!block.isJoined() && hasHeadlineShape(block) && !isHeadline(block)) dated++;
        }
        if (headlines - dated < minGapHeadlines || others + dated > headlines - dated + 1) return false;
        Block paragraph = blocks.get(lede);
        if (repeated.contains(paragraph.text()) || !page.stopwords().isEmpty()
                && ProseLabelFilter.stopwordDensity(paragraph, page) < minPartStopwordDensity) return false;
        // a line that dates the story right below the paragraph, or a byline or date line a rule took out before the
        // first headline: the paragraph is the page's standfirst over its header
        boolean first = true;
        for (int i = lede + 1; i < runStart && !isHeadline(blocks.get(i)); i++) {
            Block line = blocks.get(i);
            if (line.isJoined()) continue;
            if (first && (line.isTimestamp() || line.date().isPresent())
                    || line.isRemoved() && DEFAULT_HEADER_REASONS.contains(line.removal().code())) {
                return false;
            }
            first = false;
        }
        Set<String> subject = new HashSet<>();
        Stopwords stopwords = page.stopwords();
        for (int i = runStart; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isKept() && !block.isJoined() && block.has(Label.PROSE)) addContentStems(block, stopwords, subject);
        }
        if (!aboutTheRun(blocks, List.of(lede), stopwords, subject)) return false;
        joined[lede] = true;
        Reason reason = new Reason(TEASER_RUN_REASON, name(), "a run of headlines between the lede and the story");
        boolean changed = false;
        for (int i = lede + 1; i < runStart; i++) {
            Block line = blocks.get(i);
            if (line.isKept() && !line.isJoined()) changed |= line.remove(reason);
        }
        return changed;
    }

    /** A kept title-like line of a headline's length that states no date (a byline with its date is none). */
    private static boolean isHeadline(Block block) {
        return hasHeadlineShape(block) && !block.isTimestamp() && block.date().isEmpty();
    }

    /** A kept title-like line of a headline's length, asked of its labels and word count alone. */
    private static boolean hasHeadlineShape(Block block) {
        int words = block.wordCount();
        return block.isKept() && block.has(Label.TITLE_LIKE) && !block.has(Label.PROSE)
                && words >= HeadlineTeaserRunFilter.DEFAULT_MIN_HEADLINE_WORDS
                && words <= HeadlineTeaserRunFilter.DEFAULT_MAX_HEADLINE_WORDS;
    }

    /**
     * The kept prose blocks from {@code from} to before {@code to}, in parts: a kept line that is not prose (a table's
     * cell aside) or two or more lines in a row taken out before part two of them, as they part two runs.
     */
    private static List<List<Integer>> parts(List<Block> blocks, int from, int to) {
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> part = null;
        int removedInARow = 0;
        for (int i = from; i < to; i++) {
            Block block = blocks.get(i);
            if (block.isJoined()) continue;
            if (!block.isKept()) {
                if (++removedInARow >= 2) part = null;
                continue;
            }
            removedInARow = 0;
            if (block.has(Label.PROSE)) {
                if (part == null) {
                    part = new ArrayList<>();
                    parts.add(part);
                }
                part.add(i);
            } else if (!block.has(Label.TABLE_CELL)) {
                part = null;
            }
        }
        return parts;
    }

    /**
     * Whether the prose blocks {@code part} are running prose: {@code minPartParagraphs} paragraphs or more of enough
     * words and function words, none of its blocks printed twice on the page.
     */
    private boolean isRunningProse(Page page, List<Block> blocks, List<Integer> part, Set<String> repeated) {
        if (part.size() < minPartParagraphs) return false;
        int paragraphs = 0;
        for (int i : part) {
            Block block = blocks.get(i);
            if (repeated.contains(block.text())) return false;
            if (isRunningParagraph(page, block)) paragraphs++;
        }
        return paragraphs >= minPartParagraphs;
    }

    /** Whether {@code minPartSharedShare} of the part's content stems or more are among the run's, {@code subject}. */
    private boolean aboutTheRun(List<Block> blocks, List<Integer> part, Stopwords stopwords, Set<String> subject) {
        Set<String> stems = new HashSet<>();
        for (int i : part) addContentStems(blocks.get(i), stopwords, stems);
        if (stems.isEmpty()) return false;
        int shared = 0;
        for (String stem : stems) if (subject.contains(stem)) shared++;
        return shared >= minPartSharedShare * stems.size();
    }

    /** Adds the block's content words (no function word, number or short word), by their first letters. */
    static void addContentStems(Block block, Stopwords stopwords, Set<String> stems) {
        for (String stem : contentStems(block, stopwords)) stems.add(stem);
    }

    /**
     * The block's distinct content stems in the order of their first words (what {@link #addContentStems} adds): worked
     * out once per text and stopword list and kept on the block ({@link Block#contentStems}), as the paragraphs
     * around a page's candidate runs are read again for each run.
     */
    static String[] contentStems(Block block, Stopwords stopwords) {
        String[] kept = block.contentStems(stopwords);
        if (kept != null) return kept;
        List<String> words = block.words();
        String[] stems = new String[words.size()];
        int n = 0;
        for (int i = 0; i < stems.length; i++) {
            String word = words.get(i);
            if (word.length() < SentenceTeaserBoxFilter.DEFAULT_MIN_WORD_LENGTH || !hasLetter(word)
                    || stopwords.contains(word)) {
                continue;
            }
            stems[n++] = NextStoryFilter.stem(word);
        }
        // each stem once, where it first occurs: a set fills the same from them, and a reader that wants the
        // paragraph's distinct stems (InsetHeadlineListFilter#contextHits, for every candidate run) has them
        int distinct = n;
        if (n > 1) {
            Set<String> seen = new HashSet<>(2 * n);
            distinct = 0;
            for (int i = 0; i < n; i++) if (seen.add(stems[i])) stems[distinct++] = stems[i];
        }
        kept = distinct == stems.length ? stems : Arrays.copyOf(stems, distinct);
        block.keepContentStems(stopwords, kept);
        return kept;
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isLetter(word.charAt(i))) return true;
        return false;
    }

    /**
     * The index in {@code blocks} of the first line of another story's header at or above the block {@code runStart}
     * (the run's first), or -1: the run would then be that story's.
     */
    private int nextStoryAbove(Page page, List<Block> blocks, int runStart) {
        // most pages hold no story's worth of prose above their run: nothing to look for
        if (!tellsStory(blocks, 0, runStart - 1)) return -1;
        List<Block> lines = page.kept();
        int at = nextStory.nextStoryStart(page, lines);
        if (at < 0) return -1;
        int wall = blocks.indexOf(lines.get(at));
        return wall <= runStart ? wall : -1;
    }

    /**
     * The index in {@code blocks} of the last line above the block {@code runStart} (the run's first) that a rule
     * removed for one of {@link #DEFAULT_FOOTER_REASONS} at least {@code minFooterGap} lines below the last paragraph
     * above it, with a story told above it; or -1.
     */
    private int footerAbove(List<Block> blocks, int runStart) {
        for (int i = runStart - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (block.isKept() || block.removal() == null
                    || !DEFAULT_FOOTER_REASONS.contains(block.removal().code())) {
                continue;
            }
            int paragraph = i - 1;
            while (paragraph >= 0 && !(blocks.get(paragraph).isKept() && blocks.get(paragraph).has(Label.PROSE))) {
                paragraph--;
            }
            if (paragraph >= 0 && i - paragraph > minFooterGap && tellsStory(blocks, 0, paragraph)) return i;
        }
        return -1;
    }

    /** Whether the prose blocks from {@code from} to {@code to} tell a story ({@link NextStoryFilter#told}). */
    private boolean tellsStory(List<Block> blocks, int from, int to) {
        long words = 0;
        int paragraphs = 0;
        for (int i = from; i <= to; i++) {
            Block block = blocks.get(i);
            if (block.isKept() && !block.isJoined() && block.has(Label.PROSE)) {
                words += block.wordCount();
                paragraphs++;
            }
        }
        return nextStory.told(words, paragraphs);
    }

    /**
     * The maximum-sum run among the first {@code end} blocks: its first and last block's index (-1 when none) and its
     * score. A box whose prose a step before this one took out (an author's bio, a promo) on at most
     * {@code maxBridgeLines} lines in a row pays for the box's other lines (its heading, its links) from its words,
     * as it would have kept, but adds nothing: the run reaches past it to the story's paragraphs below when two of
     * them or more are running prose ({@code minPartParagraphs} of {@code minPartParagraphWords} words), and never
     * ends on the one paragraph a box sets apart (a blurb below a bio at the story's foot).
     */
    private long[] densestRun(Page page, List<Block> blocks, Set<String> neutral, boolean[] listed, boolean[] announced,
                              int end) {
        int bestStart = -1;
        int bestEnd = -1;
        double best = 0;
        double sum = 0;
        int start = 0;
        int removedInARow = 0;
        // whether the stretch holds a paragraph: a table alone is no run, however many cells it has
        boolean prose = false;
        int[] removedStretch = maxBridgeLines > 0 ? removedStretches(blocks, end) : null;
        // the score at the run's last paragraph, and the words of the removed prose in the gap below it left to pay
        // for the gap's lines, and what they paid
        double level = 0;
        double credit = 0;
        double paid = 0;
        // what the boxes paid since the run went past the first of them, until running prose below confirms it
        double unconfirmed = 0;
        int resumed = 0;
        for (int i = 0; i < end; i++) {
            Block block = blocks.get(i);
            if (block.isJoined()) continue;
            // Two or more lines in a row a rule or a filter before this one took out (share buttons, a tag row
            // between a story and the blurb below it, a gallery's buttons) part two runs as one line that is not
            // prose: one piece of furniture, however many lines it was dumped on. A single line taken out (an
            // inline plug between two paragraphs, an ad marker) costs nothing, as before.
            boolean removed = block.isRemoved();
            removedInARow = removed ? removedInARow + 1 : 0;
            if (removed && sum > 0 && removedStretch != null && removedStretch[i] <= maxBridgeLines
                    && block.has(Label.PROSE)) {
                // a box's prose taken out inside the run: its words pay for the box's lines, above it and below it
                credit += block.wordCount();
                double pay = Math.min(credit, level - sum);
                sum += pay;
                credit -= pay;
                paid += pay;
            }
            // a stretch is charged once, at its second line, and only inside a run
            if (removed && (removedInARow != 2 || sum <= 0)) continue;
            // A table's cells never break the run (the story may print one between its paragraphs); those of a table
            // the page announces add a share of their words: the table may be the story
            boolean cell = !removed && block.has(Label.TABLE_CELL) && !block.has(Label.PROSE);
            if (cell && (tableCellWeight == 0 || !announced[i])) continue;
            if (!removed && !neutral.isEmpty() && neutral.contains(block.text())) continue;
            if (listed[i]) continue;
            if (sum <= 0) {
                sum = 0;
                start = i;
                prose = false;
                level = 0;
                credit = 0;
                paid = 0;
                unconfirmed = 0;
            }
            boolean paragraph = !cell && !removed && block.has(Label.PROSE);
            prose |= paragraph;
            if (paragraph && paid > 0) {
                // the run goes on past a box its prose paid for: not the run's end until the story resumes below it
                if (unconfirmed == 0) resumed = 0;
                unconfirmed += paid;
            }
            if (paragraph && unconfirmed > 0 && isRunningParagraph(page, block) && ++resumed >= minPartParagraphs) {
                unconfirmed = 0;
            }
            double score = cell ? tableCellWeight * block.wordCount()
                    : paragraph ? block.wordCount() : -nonProsePenalty;
            sum += score;
            if (score > 0) {
                level = sum;
                credit = 0;
                paid = 0;
            } else if (credit > 0) {
                double pay = Math.min(credit, level - sum);
                sum += pay;
                credit -= pay;
                paid += pay;
            }
            // the run's score without what boxes paid for below its last confirmed paragraph
            if (prose && sum - unconfirmed > best) {
                best = sum - unconfirmed;
                bestStart = start;
                bestEnd = i;
            }
        }
        return new long[] {bestStart, bestEnd, Math.round(best)};
    }

    /** Whether the prose block is a paragraph of running prose: enough words, and function words among them. */
    private boolean isRunningParagraph(Page page, Block block) {
        // a page of no known language has no function words to count (as ProseLabelFilter reads it)
        return block.wordCount() >= minPartParagraphWords && (page.stopwords().isEmpty()
                || ProseLabelFilter.stopwordDensity(block, page) >= minPartStopwordDensity);
    }

    /**
     * For each of the first {@code end} blocks that a step before this one took out, how many lines in a row (joined
     * lines aside) were taken out with it; 0 for the others.
     */
    private static int[] removedStretches(List<Block> blocks, int end) {
        int[] stretch = new int[end];
        int i = 0;
        while (i < end) {
            if (!blocks.get(i).isRemoved() || blocks.get(i).isJoined()) {
                i++;
                continue;
            }
            int next = i;
            int lines = 0;
            while (next < end && (blocks.get(next).isJoined() || blocks.get(next).isRemoved())) {
                if (!blocks.get(next).isJoined()) lines++;
                next++;
            }
            for (int k = i; k < next; k++) stretch[k] = lines;
            i = next;
        }
        return stretch;
    }

    /**
     * The cells of the tables the page announces: each kept cell ({@link Label#TABLE_CELL}, not prose) of a run of
     * them whose nearest kept line above is prose, or a line of {@code minAnnouncementWords} words or more ending in
     * a colon ("Final standings after 36 races:"); a rail's table sits under a heading ("Standings").
     */
    private boolean[] announcedCells(List<Block> blocks) {
        boolean[] announced = new boolean[blocks.size()];
        if (tableCellWeight == 0) return announced;
        Block above = null;
        boolean table = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept() || block.isJoined()) continue;
            boolean cell = block.has(Label.TABLE_CELL) && !block.has(Label.PROSE);
            if (cell && (above == null || !above.has(Label.TABLE_CELL) || above.has(Label.PROSE))) {
                // a table's first cell: announced by the line above it, or not
                table = above != null && (above.has(Label.PROSE) || above.wordCount() >= minAnnouncementWords
                        && TitleRunTailFilter.introducesList(above));
            }
            announced[i] = cell && table;
            above = block;
        }
        return announced;
    }

    /**
     * The lines of the lists the story announces between its paragraphs (see the class comment): below a kept line
     * of {@code minAnnouncementWords} words or more ending in a colon that is prose or stands right below a prose
     * block, at most {@code maxListItems} kept lines that are not prose with none taken out among them, then a prose
     * block that shares a content word (by its first letters) with the prose above the list.
     */
    private boolean[] listedInStory(Page page, List<Block> blocks) {
        boolean[] listed = new boolean[blocks.size()];
        int previousKept = -1;
        Stopwords stopwords = page.stopwords();
        // the content words of the prose down to the announcement, gathered as announcements come, down the page
        Set<String> before = new HashSet<>();
        int gathered = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept() || block.isJoined()) continue;
            int above = previousKept;
            previousKept = i;
            // a sentence of the story that announces a list, not a box's label ("Related:", "Share this:")
            if (block.wordCount() < minAnnouncementWords || !TitleRunTailFilter.introducesList(block)
                    || !block.has(Label.PROSE) && (above < 0 || !blocks.get(above).has(Label.PROSE))) continue;
            int items = 0;
            int next = i + 1;
            for (; next < blocks.size(); next++) {
                Block line = blocks.get(next);
                if (line.isJoined()) continue;
                if (!line.isKept() || line.has(Label.PROSE)) break;
                items++;
            }
            if (items == 0 || items > maxListItems || next >= blocks.size() || !blocks.get(next).isKept()) continue;
            // a plug opened by a label ("Next: …", "Read more: …") is no paragraph of the story resumed
            if (TextMeasure.labelColon(blocks.get(next).text(), TitleRunTailFilter.DEFAULT_MAX_LABEL_WORDS) >= 0) continue;
            for (; gathered <= i; gathered++) {
                Block prose = blocks.get(gathered);
                if (prose.isKept() && !prose.isJoined() && prose.has(Label.PROSE)) addContentStems(prose, stopwords, before);
            }
            Set<String> below = new HashSet<>();
            addContentStems(blocks.get(next), stopwords, below);
            below.retainAll(before);
            if (below.isEmpty()) continue;
            for (int b = i + 1; b < next; b++) listed[b] = !blocks.get(b).isJoined();
        }
        return listed;
    }

    private static long wordsOf(Set<String> texts) {
        long words = 0;
        for (String text : texts) words += TextMeasure.wordCount(text);
        return words;
    }

    /**
     * The texts of the prose blocks of at least {@code minRepeatedWords} words that the page prints twice or more,
     * word for word: a ticker of teasers in the page's head and again in its foot, a cookie notice, a caption
     * beside each copy of its photo.
     */
    private Set<String> repeatedProse(List<Block> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block block : blocks) {
            if (block.isKept() && block.has(Label.PROSE) && block.wordCount() >= minRepeatedWords) {
                counts.merge(block.text(), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) if (entry.getValue() >= 2) repeated.add(entry.getKey());
        return repeated;
    }

    /**
     * The last line of the list the story announces right below the run's last block {@code runEnd} (see the class
     * comment), or {@code runEnd} when no line there announces one; looks at the blocks before {@code end} only.
     */
    private int announcedListEnd(List<Block> blocks, int runEnd, int end) {
        int announcement = runEnd;
        for (int lines = 0; !TitleRunTailFilter.introducesList(blocks.get(announcement)); lines++) {
            // only the story's own closing sentences may stand between its last paragraph and its list
            if (lines > maxLinesBeforeList || announcement != runEnd
                    && !TextMeasure.endsSentence(blocks.get(announcement).text())) return runEnd;
            announcement = nextKept(blocks, announcement, end);
            if (announcement >= end) return runEnd;
        }
        int item = nextKept(blocks, announcement, end);
        if (item >= end) return runEnd;
        // items opened by a mark ("• ", "- ", "1. ") end at the first line opened otherwise: the page's links below
        String mark = mark(blocks.get(item).text());
        int last = item;
        for (int i = nextKept(blocks, item, end); i < end && blocks.get(i).gapBefore() == 0
                && (mark.isEmpty() || mark.equals(mark(blocks.get(i).text()))); i = nextKept(blocks, i, end)) {
            last = i;
        }
        return last;
    }

    /**
     * The mark that opens a list item, digits read as "#" ("• ", "- ", "#. ", "#) "): a run of at most
     * three characters that are neither letters nor white space, then a space; "" for a line opened otherwise.
     */
    static String mark(String text) {
        int i = 0;
        while (i < text.length() && i < 4 && !Character.isLetter(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))) i++;
        if (i == 0 || i > 3 || i >= text.length() || text.charAt(i) != ' ') return "";
        String mark = DIGITS.matcher(text.substring(0, i)).replaceAll("#");
        return mark.equals("#") ? "" : mark;
    }

    /** Index of the first kept block after {@code i} that no filter joined to the one above it, or {@code end}. */
    private static int nextKept(List<Block> blocks, int i, int end) {
        int next = i + 1;
        while (next < end && (!blocks.get(next).isKept() || blocks.get(next).isJoined())) next++;
        return next;
    }

    /** Index of the first block of the article run, or -1 when the filter found none. */
    public static int articleStart(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i).has(Label.ARTICLE)) return i;
        return -1;
    }
}
