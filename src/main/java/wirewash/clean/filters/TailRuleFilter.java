package wirewash.clean.filters;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes a trailing section — a related-stories list, a comment box, a footer — from the block that a
 * {@code tail} rule matches to the end of the page. The rule counts only after the article has begun (enough
 * prose above it), so a "Latest news" link in the top navigation does not cut the article. A heading split
 * over one line just above the match (no blank line between, at most {@link #DEFAULT_MAX_HEADING_LINES_ABOVE})
 * goes with it. A heading met before the article has
 * {@code minProseWordsBefore} words of prose, or followed by more than {@code maxProseAfterRatio} times as much
 * prose as came before it, opens a box inside the page (a "Most popular" list above the story, a "Related" box
 * after its second paragraph), not its tail: only the heading and the lines up to the next prose block go, and
 * the search goes on; a heading that names the story it promotes after a colon ("Related post: Pickled sprouts")
 * is a box of that one line when a single line stands between it and the next paragraph (the story's subheading;
 * two or more lines are more of the box's headlines). Headings whose reason is in {@code alwaysTail} (comment
 * boxes: comments are prose too) end the article whatever follows them, unless a comment-box heading
 * ({@link #DEFAULT_ONE_SECTION_REASONS}) is printed again right below some of the story's paragraphs, with no other
 * line between (less prose than came before it): a page has one comment section, so the first "Comments" is a
 * button inside the story and only that line goes; the second starts the section. A heading whose reason is in
 * {@code inlineBoxReasons} (a "Related" box, an "About the author" box set between the story's paragraphs) is
 * also a box when an unbroken run of at least {@code minResumedProseBlocks} prose blocks and
 * {@code minResumedProseWords} words follows its lines, or such
 * paragraphs with no more than {@link #DEFAULT_MAX_LINES_BETWEEN_RESUMED_PROSE} lines between each two (a subheading)
 * and two of them in a row, before the next tail heading: the story goes on below the box, however much of it came
 * before (a teaser under a related headline is one paragraph, with its headline between it and the next); or
 * when one paragraph of that many words follows them that is the last prose before the page's next tail heading or
 * its end, not cut off in an ellipsis,
 * below lines (a paragraph right under the heading is the box's teaser) that state no date and that it does not
 * retell (the story's last paragraph under an inline "Related Links" box; a related story's teaser comes with its
 * date, ends cut off, repeats the words of its headline, or has more teasers below it); or, dated lines above it
 * or not, when that one paragraph is followed right away by another such box heading below whose lines the story
 * resumes with paragraphs in a row (two boxes set close together between the story's paragraphs). On text dumps a
 * comment heading that dates no post below it, or a heading of {@code inlineBoxReasons} or of
 * {@link #DEFAULT_RESUMABLE_REASONS}, is also a box when the story goes on below it ({@link ResumedStory}: paragraphs
 * that take up its subject; a teaser card's comment count, an author box, a site's footer links set between the
 * story's paragraphs). On text dumps a box of reader posts set between the story's paragraphs is a box too, when
 * the story goes on below it ({@link ResumedStory} with {@link #DEFAULT_MIN_SHARED_SHARE_BELOW_POSTS}): under a comment
 * heading ("Top comments"), posts that the comment-run step took or that {@link ReaderPostBox} reads downwards; over
 * a comment link ("View all 112 comments", "Comments (123)") that dates no post below it, posts that it reads upwards,
 * down from the story's paragraph; or one paragraph right below the box ({@link #DEFAULT_MIN_PARAGRAPH_WORDS_BELOW_POSTS}
 * words or more) that takes up {@link ResumedStory}'s own share of the story's words. Under a comment heading, posts
 * signed by names alone (no buttons, no stamps: "mamabear77" over its text) are such a box too when a comment link
 * closes them ("Comments (123)") and the story goes on below the link. The box's lines and the heading or link go;
 * the story below stays.
 * On HTML pages, where the
 * main content step has already cut the page down to its article, {@code stopAtProse} makes every heading a box: a
 * tail heading inside what is left is most often an inline "Related:" box; but a heading whose reason is in
 * {@code alwaysTail} ("Comments") after the article's prose, with a short line that dates a post (a commenter's
 * "JohnnyB 9 hours ago", "4 hours ago", at most {@link #DEFAULT_MAX_POST_DATE_WORDS} words) among its first
 * {@link #DEFAULT_MAX_LINES_ABOVE_POST_DATE} lines before the next paragraph, heads the reader comments below the
 * article there too, and ends it. Not on a page with no container around its story: a heading and the paragraph
 * above it set right in the {@code <body>} ({@link #DEFAULT_BARE_TAGS}: a reader-mode or plain export, whose main
 * content step cut nothing) are judged as on a text dump, and the story resumed below such a heading's lines must
 * take up the story's words ({@link ResumedStory}): a reader-mode export prints its teasers' summaries as bare
 * paragraphs, and two of them meet in a row where a rule took out a headline between them.
 */
public final class TailRuleFilter implements BlockFilter {
    /** Prose blocks that must come before a tail heading for it to count. */
    public static final int DEFAULT_MIN_PROSE_BEFORE = 1;
    /** Words of prose the article needs above a tail heading for it to end the article. */
    public static final int DEFAULT_MIN_PROSE_WORDS_BEFORE = 50;
    /** A heading followed by more than this many times the prose above it opens a box, not the tail. */
    public static final double DEFAULT_MAX_PROSE_AFTER_RATIO = 2.0;
    /**
     * Reasons of the tail rules that end the article even when much prose follows: comments are prose too. Not
     * footers: a footer's links ("About us", "Privacy policy") are also printed in a page's top bar, above the story,
     * and what follows a real footer is a blurb or a cookie notice, not twice the article's prose.
     */
    public static final Set<String> DEFAULT_ALWAYS_TAIL = Set.of("comment-box");
    /** Reasons of the tail rules whose heading may open a box in the middle of a story. */
    public static final Set<String> DEFAULT_INLINE_BOX_REASONS = Set.of("related-list", "author-box");
    /** Words of unbroken prose after an inline box's lines that show the story resumes there (0: never). */
    public static final int DEFAULT_MIN_RESUMED_PROSE_WORDS = 30;
    /** Prose blocks in that run: a related story's teaser is a single paragraph. */
    public static final int DEFAULT_MIN_RESUMED_PROSE_BLOCKS = 2;
    /**
     * Share of the content words (stopwords aside) of the box's last line that, found again in the one paragraph
     * below it, make that paragraph the teaser retelling the related headline ("Mayor defends the town budget" /
     * "The mayor on Tuesday defended the town budget against…"), not the story's last paragraph.
     */
    public static final double DEFAULT_MIN_TEASER_HEADLINE_SHARE = 0.5;
    /**
     * On HTML pages, containers whose own text, when a tail rule matches it, makes the whole box: the box ends
     * where the element ends (see {@link #ownBox}). A table's cell too: a table layout's right rail is a cell that
     * its heading ("Most read") opens.
     */
    public static final Set<String> DEFAULT_BOX_TAGS = Set.of("div", "section", "aside", "td");
    /** ...when at least this share of the heading's text is a link (to the story the box promotes). */
    public static final double DEFAULT_MIN_BOX_LINK_DENSITY = 0.5;

    /**
     * Lines that may stand between two paragraphs of the story resumed below an inline box (a subheading); more in a
     * row are another list.
     */
    public static final int DEFAULT_MAX_LINES_BETWEEN_RESUMED_PROSE = 2;

    /** Words after a heading's colon that make it name its story, a box of one line ("Related: Jam recipes"). */
    public static final int DEFAULT_MIN_NAMED_STORY_WORDS = 2;
    /**
     * Reasons of the tail rules whose section a page prints once, so that the same heading printed again below the
     * story's prose makes the first a button in the story. Not footers: "About us" heads a footer's blurb and is
     * printed again in the links at its foot.
     */
    public static final Set<String> DEFAULT_ONE_SECTION_REASONS = Set.of("comment-box");
    /**
     * Reasons of the tail rules whose heading ends the article on a text dump unless the story goes on below it
     * ({@link ResumedStory}), besides the comment box's and an inline box's: a site's footer links ("About us",
     * "Privacy policy") set between the story's paragraphs, the story's next paragraphs below them. A real footer has
     * a blurb or a cookie notice below it, which takes up few of the story's words.
     */
    public static final Set<String> DEFAULT_RESUMABLE_REASONS = Set.of("footer");
    /**
     * Tags of the paragraphs and headings that, set right in a page's {@code <body>} (no container around the story
     * or the heading: a reader-mode or plain export), make a tail heading end the story as on a text dump. Not a
     * {@code div} or a table's cell: a legacy page's story and rail are boxes right in the body, and its rail's
     * heading a line of its box.
     */
    public static final Set<String> DEFAULT_BARE_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Fewest linked headlines below a tail heading in the box it opens that make the box a list of teasers. */
    public static final int DEFAULT_MIN_TEASER_HEADLINES = 2;
    /** Fewest words of a linked line that count it as one of those headlines. */
    public static final int DEFAULT_MIN_TEASER_HEADLINE_WORDS = 2;
    /** Most lines just above a tail heading (no blank line between) taken as the rest of its split heading. */
    public static final int DEFAULT_MAX_HEADING_LINES_ABOVE = 1;
    /**
     * Most paragraphs of prose above a comment heading that are still the story's opening (a standfirst, a caption, a
     * first paragraph): a comment count printed there, with more than {@link #DEFAULT_MAX_PROSE_AFTER_RATIO} times
     * that prose below it, is a button, not the section.
     */
    public static final int DEFAULT_MAX_OPENING_PARAGRAPHS = 3;
    /** Most words of the line under a comment heading that dates the first post (its author's name beside it). */
    public static final int DEFAULT_MAX_POST_DATE_WORDS = 8;
    /**
     * Most kept lines between a comment heading and that dated line (the first post's author, a "Log in" or "Sort
     * by" line): a date further down, past a list of the story's own lines, is another box's (a teaser card's
     * stamp), and the heading is a card's comment count, not the reader comments.
     */
    public static final int DEFAULT_MAX_LINES_ABOVE_POST_DATE = 5;
    /**
     * Least share of the content words of the prose right below a comment heading set under the story's opening
     * ({@link #DEFAULT_RESUMED_CONTEXT_WORDS} of them) that the opening's prose holds too: the story goes on there
     * (its next paragraph takes up the opening's names and subject), however little of it is left; a reader's post
     * or a footer's blurb takes up few of them.
     */
    public static final double DEFAULT_MIN_RESUMED_OPENING_SHARE = 0.1;
    /** Fewest distinct content words of that prose for its share to tell anything. */
    public static final int DEFAULT_MIN_RESUMED_CONTENT_WORDS = 10;
    /** Shortest word that counts as a content word there (stopwords aside). */
    public static final int DEFAULT_MIN_CONTENT_WORD_LENGTH = SentenceTeaserBoxFilter.DEFAULT_MIN_WORD_LENGTH;
    /**
     * Content words of the prose right below the heading compared with the opening's: about a paragraph or two, so
     * that a footer's or a list's words further down do not count.
     */
    public static final int DEFAULT_RESUMED_CONTEXT_WORDS = 40;
    /**
     * Least share of the content words of the two paragraphs in a row below a comment link that closes a box of
     * reader posts ({@link ReaderPostBox}: "Top comments" set between the story's paragraphs, "View all 112 comments"
     * below them) found in the prose above it, for the story to go on there: less than {@link ResumedStory}'s own, as
     * the posts above the link, not below it, already tell a teaser box from the comment section; the story's later
     * paragraphs may turn to another side of its subject, and a footer's blurb or a list below a thread still takes
     * up fewer. One paragraph right below the box that takes up {@link ResumedStory}'s own share of those words on
     * its own also carries the story on: the story's last paragraph.
     */
    public static final double DEFAULT_MIN_SHARED_SHARE_BELOW_POSTS = 0.1;
    /**
     * Fewest words of the one paragraph right below a closed box of reader posts (its posts and the comment link
     * below them) that carries the story on when it takes up {@link ResumedStory}'s own share of the story's words: a
     * sentence of the story; the box is told already, and a markets or sports story's last paragraphs are short
     * lines of figures. Fewer than {@link ResumedStory#DEFAULT_MIN_WORDS}.
     */
    public static final int DEFAULT_MIN_PARAGRAPH_WORDS_BELOW_POSTS = 20;

    /**
     * Pairs of paragraphs in a row below a related box's, an author box's or a footer's heading judged for the story
     * going on there ({@link ResumedStory}), the first one up: such a box set between the story's paragraphs may end
     * in a teaser's summary printed right above the story's next paragraph, a first pair that takes up few of the
     * story's words. Below a comment heading only the first pair is judged: reader posts take up its words too.
     */
    public static final int DEFAULT_MAX_PAIRS_BELOW_BOX = 3;
    /**
     * Fewest words of each of two paragraphs in a row below a tail heading that need no blank line above them to
     * carry the story on there ({@link ResumedStory}): a dump prints a section of the story (a text run parted by
     * line breaks, a description list's terms and paragraphs) line under line under its subheading; a teaser card's
     * summary, a sentence or two, is shorter.
     */
    public static final int DEFAULT_MIN_LONG_PARAGRAPH_WORDS = 40;
    /**
     * Lines right above the paragraphs found below a tail heading that are read for another story's header: a
     * headline over a signature (a byline, a writer's name alone), maybe a standfirst and a share row between them
     * and the paragraphs ({@link ResumedStory}). An endless-scroll page prints the next story below the site's
     * footer, and its paragraphs, on the same news, take up the story's words; they do not carry the story on.
     */
    public static final int DEFAULT_MAX_NEXT_HEADER_LINES = 6;

    private final RuleSet rules;
    private final int minProseBefore;
    private final int minProseWordsBefore;
    private final double maxProseAfterRatio;
    private final Set<String> alwaysTail;
    private final Set<String> inlineBoxReasons;
    private final int minResumedProseWords;
    private final int minResumedProseBlocks;
    private final boolean stopAtProse;
    private final int maxOpeningParagraphs;
    private final double minResumedOpeningShare;
    private final Set<String> boxTags;
    private final double minBoxLinkDensity;
    private final ResumedStory resumedStory = ResumedStory.DEFAULT;
    /** The story going on below a box that holds no reader posts: more pairs of paragraphs judged. */
    private final ResumedStory resumedBelowBox = ResumedStory.judging(DEFAULT_MAX_PAIRS_BELOW_BOX,
            DEFAULT_MIN_LONG_PARAGRAPH_WORDS, DEFAULT_MAX_NEXT_HEADER_LINES);
    /** The story going on below a comment heading: only the first pair judged, long paragraphs need no blank line. */
    private final ResumedStory resumedBelowComments = ResumedStory.judging(ResumedStory.DEFAULT_MAX_PAIRS,
            DEFAULT_MIN_LONG_PARAGRAPH_WORDS, DEFAULT_MAX_NEXT_HEADER_LINES);
    /** The story going on below a comment link that closes a box of posts: the posts above tell the link's part. */
    private final ResumedStory resumedBelowPosts = new ResumedStory(ResumedStory.DEFAULT_MIN_WORDS,
            ResumedStory.DEFAULT_MIN_STOPWORD_DENSITY, DEFAULT_MIN_SHARED_SHARE_BELOW_POSTS);
    /** The story's one paragraph right below a closed box of reader posts: a sentence of the story's words. */
    private final ResumedStory paragraphBelowPosts = new ResumedStory(DEFAULT_MIN_PARAGRAPH_WORDS_BELOW_POSTS,
            ResumedStory.DEFAULT_MIN_STOPWORD_DENSITY, ResumedStory.DEFAULT_MIN_SHARED_SHARE);
    /** The same paragraph below posts signed by names alone: the looser share of the story's words. */
    private final ResumedStory paragraphBelowSignedPosts = new ResumedStory(DEFAULT_MIN_PARAGRAPH_WORDS_BELOW_POSTS,
            ResumedStory.DEFAULT_MIN_STOPWORD_DENSITY, DEFAULT_MIN_SHARED_SHARE_BELOW_POSTS);
    private final ReaderPostBox postBox = ReaderPostBox.DEFAULT;

    public TailRuleFilter(RuleSet rules) {
        this(rules, false);
    }

    /** @param stopAtProse true to end every removed section at the next prose block instead of the page's end */
    public TailRuleFilter(RuleSet rules, boolean stopAtProse) {
        this(rules, DEFAULT_MIN_PROSE_BEFORE, DEFAULT_MIN_PROSE_WORDS_BEFORE, DEFAULT_MAX_PROSE_AFTER_RATIO,
                DEFAULT_ALWAYS_TAIL, stopAtProse);
    }

    public TailRuleFilter(RuleSet rules, int minProseBefore, int minProseWordsBefore, double maxProseAfterRatio,
                          Set<String> alwaysTail, boolean stopAtProse) {
        this(rules, minProseBefore, minProseWordsBefore, maxProseAfterRatio, alwaysTail,
                DEFAULT_INLINE_BOX_REASONS, DEFAULT_MIN_RESUMED_PROSE_WORDS, DEFAULT_MIN_RESUMED_PROSE_BLOCKS,
                stopAtProse);
    }

    public TailRuleFilter(RuleSet rules, int minProseBefore, int minProseWordsBefore, double maxProseAfterRatio,
                          Set<String> alwaysTail, Set<String> inlineBoxReasons, int minResumedProseWords,
                          int minResumedProseBlocks, boolean stopAtProse) {
        this(rules, minProseBefore, minProseWordsBefore, maxProseAfterRatio, alwaysTail, inlineBoxReasons,
                minResumedProseWords, minResumedProseBlocks, stopAtProse, DEFAULT_BOX_TAGS,
                DEFAULT_MIN_BOX_LINK_DENSITY);
    }

    /**
     * @param boxTags           elements a linked tail heading may be set right in, as the whole of a box
     * @param minBoxLinkDensity link density from which a tail heading counts as a link
     */
    public TailRuleFilter(RuleSet rules, int minProseBefore, int minProseWordsBefore, double maxProseAfterRatio,
                          Set<String> alwaysTail, Set<String> inlineBoxReasons, int minResumedProseWords,
                          int minResumedProseBlocks, boolean stopAtProse, Set<String> boxTags,
                          double minBoxLinkDensity) {
        this(rules, minProseBefore, minProseWordsBefore, maxProseAfterRatio, alwaysTail, inlineBoxReasons,
                minResumedProseWords, minResumedProseBlocks, stopAtProse, boxTags, minBoxLinkDensity,
                DEFAULT_MAX_OPENING_PARAGRAPHS);
    }

    /**
     * @param maxOpeningParagraphs most paragraphs above a comment heading, with the story going on below it, that make
     *                             it a button under the story's opening rather than the comment section (0: never)
     */
    public TailRuleFilter(RuleSet rules, int minProseBefore, int minProseWordsBefore, double maxProseAfterRatio,
                          Set<String> alwaysTail, Set<String> inlineBoxReasons, int minResumedProseWords,
                          int minResumedProseBlocks, boolean stopAtProse, Set<String> boxTags,
                          double minBoxLinkDensity, int maxOpeningParagraphs) {
        this(rules, minProseBefore, minProseWordsBefore, maxProseAfterRatio, alwaysTail, inlineBoxReasons,
                minResumedProseWords, minResumedProseBlocks, stopAtProse, boxTags, minBoxLinkDensity,
                maxOpeningParagraphs, DEFAULT_MIN_RESUMED_OPENING_SHARE);
    }

    /**
     * @param minResumedOpeningShare least share of the first paragraph's content words below a comment heading under
     *                               the story's opening that the opening holds too, for the story to go on there and
     *                               the heading to be a button (0: only the prose below outweighing the opening tells)
     */
    public TailRuleFilter(RuleSet rules, int minProseBefore, int minProseWordsBefore, double maxProseAfterRatio,
                          Set<String> alwaysTail, Set<String> inlineBoxReasons, int minResumedProseWords,
                          int minResumedProseBlocks, boolean stopAtProse, Set<String> boxTags,
                          double minBoxLinkDensity, int maxOpeningParagraphs, double minResumedOpeningShare) {
        this.maxOpeningParagraphs = Validate.atLeast(maxOpeningParagraphs, 0, "maxOpeningParagraphs");
        this.minResumedOpeningShare = Validate.fraction(minResumedOpeningShare, "minResumedOpeningShare");
        this.boxTags = Set.copyOf(Validate.notNull(boxTags, "boxTags"));
        this.minBoxLinkDensity = Validate.fraction(minBoxLinkDensity, "minBoxLinkDensity");
        this.rules = Validate.notNull(rules, "rules");
        this.minProseBefore = Validate.atLeast(minProseBefore, 0, "minProseBefore");
        this.minProseWordsBefore = Validate.atLeast(minProseWordsBefore, 0, "minProseWordsBefore");
        Validate.isTrue(maxProseAfterRatio > 0, "maxProseAfterRatio must be positive, got " + maxProseAfterRatio);
        this.maxProseAfterRatio = maxProseAfterRatio;
        this.alwaysTail = Set.copyOf(Validate.notNull(alwaysTail, "alwaysTail"));
        this.inlineBoxReasons = Set.copyOf(Validate.notNull(inlineBoxReasons, "inlineBoxReasons"));
        this.minResumedProseWords = Validate.atLeast(minResumedProseWords, 0, "minResumedProseWords");
        this.minResumedProseBlocks = Validate.atLeast(minResumedProseBlocks, 1, "minResumedProseBlocks");
        this.stopAtProse = stopAtProse;
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int prose = 0;
        boolean changed = false;
        // the article's prose words before each block, counted at the first tail heading (headings are rare, and a
        // caption check on every paragraph costs a regex pass each), and again after a box took paragraphs
        long[] proseWords = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (block.has(Label.PROSE)) {
                prose++;
                continue;
            }
            Rule rule = prose >= minProseBefore ? rules.firstMatch(RuleKind.TAIL, block.ruleText()) : null;
            if (rule == null) continue;
            if (proseWords == null) proseWords = articleProseWords(blocks);
            long proseWordsBefore = proseWords[i];
            long proseWordsAfter = proseWords[blocks.size()] - proseWords[i + 1];
            Reason reason = rule.reason();
            // a page with no container around its story (a reader-mode export, a plain page of <p>s): the main
            // content step cut nothing, and the heading ends the story as on a text dump
            boolean atProse = stopAtProse && !bareInBody(blocks, i);
            removeHeadingAbove(blocks, i, reason);
            changed = true;
            boolean section = alwaysTail.contains(rule.code()) && proseWordsBefore >= minProseWordsBefore
                    && !(atProse && closedBox(block) != null) && datedPostBelow(blocks, i);
            if (!atProse && DEFAULT_ONE_SECTION_REASONS.contains(rule.code())) {
                // a box of reader posts set between the story's paragraphs ("Top comments"), under its heading or
                // over its link ("View all 112 comments"): it goes, and the story below it stays
                int top = i;
                int end = postsTakenBelow(blocks, i);
                if (end < 0) end = closingLink(blocks, postBox.bottom(blocks, i));
                if (end < 0 && !section) {
                    top = postBox.top(blocks, i);
                    end = top < 0 ? -1 : i;
                }
                boolean signedOnly = false;
                if (end < 0 && !section) {
                    // posts signed by names alone, no buttons, no stamps ("mamabear77" over its text) under the
                    // heading: a box when a comment link closes them ("Comments (123)") and the story goes on below
                    int last = postBox.bottom(blocks, i, this::isCommentLink);
                    int link = closingLink(blocks, last);
                    if (link > last) {
                        top = i;
                        end = link;
                        signedOnly = true;
                    }
                }
                boolean resumed = end >= 0 && (resumedBelowPosts.below(page, end)
                        || (signedOnly ? paragraphBelowSignedPosts : paragraphBelowPosts).paragraphRightBelow(page, end));
                if (resumed) {
                    for (int j = top; j <= end; j++) blocks.get(j).remove(reason);
                    proseWords = null; // its posts were prose: counted again at the next heading
                    continue;
                }
            }
            boolean box = (atProse && !section) || proseWordsBefore < minProseWordsBefore || (!alwaysTail.contains(rule.code())
                    && proseWordsAfter > maxProseAfterRatio * proseWordsBefore)
                    || resumesAfterBox(page, i, rule) && (atProse == stopAtProse || resumedStory.below(page, i))
                    || !atProse && !section && resumesBelowHeading(page, i, rule);
            int resumed = box || atProse || !inlineBoxReasons.contains(rule.code()) ? -1 : resumedBelowSummaries(page, i);
            if (resumed >= 0) {
                // a box of headlines, each with its one-sentence summary, and the story's paragraphs below it
                for (int j = i; j < resumed; j++) blocks.get(j).remove(reason);
                continue;
            }
            if (box) {
                block.remove(reason);
                // The box ends at the next paragraph, or at the next heading, which is judged on its own; a
                // heading that is a box element of its own ends it at that element's end.
                Element boxElement = ownBox(block);
                if (boxElement == null && atProse) boxElement = closedBox(block);
                if (boxElement == null && atProse) {
                    boxElement = openedBox(block);
                    if (boxElement != null && isTeaserList(blocks, i, boxElement)) {
                        // a list of headlines each with its summary: the summaries are prose, the box's all the same
                        for (int j = i + 1; j < blocks.size() && Ancestors.isWithin(blocks.get(j).element(), boxElement); j++) {
                            blocks.get(j).remove(reason);
                        }
                        proseWords = null; // its summaries were prose: counted again at the next heading
                        continue;
                    }
                }
                if (namesItsStory(block) && subheadingBelow(blocks, i)) continue;
                Element list = boxElement == null ? linkedListBelow(block) : null;
                if (list != null) {
                    // the heading's list of linked headlines: its items are the box's, sentences or not ("Could an
                    // astronaut lost in space use gravity to get around?")
                    for (int j = i + 1; j < blocks.size() && Ancestors.isWithin(blocks.get(j).element(), list); j++) {
                        blocks.get(j).remove(reason);
                    }
                    proseWords = null; // an item read as prose: counted again at the next heading
                    continue;
                }
                for (int j = i + 1; j < blocks.size() && !blocks.get(j).has(Label.PROSE); j++) {
                    if (blocks.get(j).isKept() && rules.firstMatch(RuleKind.TAIL, blocks.get(j).ruleText()) != null) break;
                    if (boxElement != null && !Ancestors.isWithin(blocks.get(j).element(), boxElement)) {
                        // a subheading or unlinked lines below the box are the story's; linked lines are the
                        // list a section heading ("More politics news", linked to its section) introduces
                        if (blocks.get(j).has(Label.HEADING) || blocks.get(j).linkChars() == 0) break;
                        boxElement = null;
                    }
                    blocks.get(j).remove(reason);
                }
                continue;
            }
            if (DEFAULT_ONE_SECTION_REASONS.contains(rule.code()) && (printedAgainBelow(blocks, i, proseWordsBefore)
                    || aboveTheStory(page, i, proseWords))) {
                block.remove(reason);
                continue;
            }
            block.label(Label.TAIL_START);
            for (int j = i; j < blocks.size(); j++) blocks.get(j).remove(reason);
            return true;
        }
        return changed;
    }

    /**
     * Whether the tail heading at {@code heading} and the last prose block above it are paragraphs or headings
     * ({@link #DEFAULT_BARE_TAGS}) that stand right in the page's {@code <body>}, with no container around them: a
     * page with no structure (a reader-mode or plain export), whose main content step could cut nothing, so that what
     * follows the heading is the page's, not the article's.
     */
    private static boolean bareInBody(List<Block> blocks, int heading) {
        if (!inBody(blocks.get(heading))) return false;
        for (int j = heading - 1; j >= 0; j--) {
            Block block = blocks.get(j);
            if (block.isKept() && block.has(Label.PROSE)) return inBody(block);
        }
        return false;
    }

    private static boolean inBody(Block block) {
        Element element = block.element();
        return element != null && DEFAULT_BARE_TAGS.contains(element.normalName()) && element.parent() != null
                && element.parent().normalName().equals("body");
    }

    /**
     * Words of the kept prose blocks that are not photo captions (a caption tells nothing of how far the article
     * got), summed up to each block: element {@code i} counts those in [0, i), the last one the whole page's. One
     * pass, so a page of many tail headings costs no more than a page of one.
     */
    private long[] articleProseWords(List<Block> blocks) {
        long[] words = new long[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean article = block.isKept() && block.has(Label.PROSE)
                    && rules.firstMatch(RuleKind.CAPTION, block.ruleText()) == null;
            words[i + 1] = words[i] + (article ? block.wordCount() : 0);
        }
        return words;
    }

    /**
     * Whether the story goes on below a comment heading, an inline box's heading or a footer's ({@link ResumedStory}):
     * the heading is a teaser card's comment count or a box set between the story's paragraphs, not the page's tail.
     */
    private boolean resumesBelowHeading(Page page, int heading, Rule rule) {
        if (DEFAULT_ONE_SECTION_REASONS.contains(rule.code())) return resumedBelowComments.below(page, heading);
        return (inlineBoxReasons.contains(rule.code()) || DEFAULT_RESUMABLE_REASONS.contains(rule.code()))
                && resumedBelowBox.below(page, heading);
    }

    /**
     * The last line of the reader posts right below the comment heading at {@code heading} that the comment steps
     * took already (a thread of posts with their stamps), or of the comment link right below them that closes the
     * box ("View all 112 comments"), when a paragraph follows ({@link #closingLink}); -1 when no such posts follow the
     * heading.
     */
    private int postsTakenBelow(List<Block> blocks, int heading) {
        int end = -1;
        for (int j = heading + 1; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            if (!block.isKept()) {
                Reason removal = block.removal();
                if (removal != null && removal.code().startsWith(ReaderPostBox.DEFAULT_POST_REASON_PREFIX)) end = j;
                continue;
            }
            return end < 0 ? -1 : closingLink(blocks, end);
        }
        return -1;
    }

    /**
     * The end of a box of posts whose last line is at {@code end}: the comment link right below it that closes the box
     * ("Read all 28 comments"), or {@code end} itself when a paragraph follows; -1 when another line follows (the
     * box is set between the story's paragraphs) or {@code end} is -1.
     */
    private int closingLink(List<Block> blocks, int end) {
        if (end < 0) return end;
        for (int j = end + 1; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            if (!block.isKept()) continue;
            if (block.has(Label.PROSE)) return end;
            Rule link = rules.firstMatch(RuleKind.TAIL, block.ruleText());
            return link != null && DEFAULT_ONE_SECTION_REASONS.contains(link.code()) ? j : -1;
        }
        return -1;
    }

    /** Whether the line is a comment heading or link ({@link #DEFAULT_ONE_SECTION_REASONS}: "Comments (123)"). */
    private boolean isCommentLink(Block block) {
        Rule link = block.isKept() ? rules.firstMatch(RuleKind.TAIL, block.ruleText()) : null;
        return link != null && DEFAULT_ONE_SECTION_REASONS.contains(link.code());
    }

    /**
     * Whether the heading's line is printed again further down, right below some paragraphs (no other line between)
     * that hold less than the article's prose above it ({@code proseWordsBefore}): a page has one comment section,
     * so the first "Comments" is a button set in the story (the paragraph after it is still the story's), and the
     * second starts the section. A commenter's name, a date or a "Reply" line between the two makes the first the
     * section's heading.
     */
    private static boolean printedAgainBelow(List<Block> blocks, int heading, long proseWordsBefore) {
        String text = blocks.get(heading).text().strip();
        long prose = 0;
        for (int j = heading + 1; j < blocks.size() && prose < proseWordsBefore; j++) {
            Block block = blocks.get(j);
            if (!block.isKept()) continue;
            if (block.has(Label.PROSE)) {
                prose += block.wordCount();
                continue;
            }
            // any other line between the two (a commenter's name, a date, "Reply") makes the first the section's
            return prose > 0 && block.text().strip().equalsIgnoreCase(text);
        }
        return false;
    }

    /**
     * Whether the heading sits right below the story's opening (at most {@code maxOpeningParagraphs} paragraphs of
     * prose above it, however long: a standfirst, a caption, a first paragraph) with the story going on below it: more
     * than {@code maxProseAfterRatio} times that prose follows, as below any other heading that opens a box, or a
     * paragraph follows it with no line between (no post's author or time line) and takes up the opening's words
     * ({@link #resumesOpening}). A comment count printed under the standfirst ("View 34 comments") is a button beside
     * the byline, not the section, also over a brief, or a story whose rest is a list or a table. A thread of posts
     * under author and time lines was taken by the comment-run step before the rules, so what is left below such a
     * heading is mostly the story; the story's own comment heading below its last paragraph has more paragraphs above
     * it, or less prose below it, none that retells the story's opening.
     */
    private boolean aboveTheStory(Page page, int heading, long[] proseWords) {
        if (maxOpeningParagraphs == 0) return false;
        List<Block> blocks = page.blocks();
        int paragraphs = 0;
        for (int j = 0; j < heading; j++) {
            if (proseWords[j + 1] > proseWords[j] && ++paragraphs > maxOpeningParagraphs) return false;
        }
        long after = proseWords[blocks.size()] - proseWords[heading + 1];
        if (after > maxProseAfterRatio * proseWords[heading]) return true;
        return paragraphRightBelow(blocks, heading) && resumesOpening(page, heading, proseWords);
    }

    /**
     * Whether the first kept block below the heading is a paragraph: a button's next line is the story's, a comment
     * section's is its first post's author or time line.
     */
    private static boolean paragraphRightBelow(List<Block> blocks, int heading) {
        for (int j = heading + 1; j < blocks.size(); j++) {
            if (blocks.get(j).isKept()) return blocks.get(j).has(Label.PROSE);
        }
        return false;
    }

    /**
     * Whether the first {@link #DEFAULT_RESUMED_CONTEXT_WORDS} content words of the article's prose below the heading
     * (at least {@link #DEFAULT_MIN_RESUMED_CONTENT_WORDS} distinct ones) hold {@code minResumedOpeningShare} of
     * words found in its prose above the heading (by {@link NextStoryFilter#stem}): the story's next paragraph names
     * its people, places and subject again; a reader's post or a footer's blurb seldom does.
     */
    private boolean resumesOpening(Page page, int heading, long[] proseWords) {
        if (minResumedOpeningShare == 0) return false;
        List<Block> blocks = page.blocks();
        Set<String> opening = new HashSet<>();
        for (int j = 0; j < heading; j++) {
            if (proseWords[j + 1] == proseWords[j]) continue;
            for (String word : blocks.get(j).words()) {
                if (isContent(word, page)) opening.add(NextStoryFilter.stem(word));
            }
        }
        Set<String> below = new HashSet<>();
        for (int j = heading + 1, count = 0; j < blocks.size() && count < DEFAULT_RESUMED_CONTEXT_WORDS; j++) {
            if (proseWords[j + 1] == proseWords[j]) continue;
            for (String word : blocks.get(j).words()) {
                if (count >= DEFAULT_RESUMED_CONTEXT_WORDS) break;
                if (!isContent(word, page)) continue;
                below.add(NextStoryFilter.stem(word));
                count++;
            }
        }
        if (below.size() < DEFAULT_MIN_RESUMED_CONTENT_WORDS) return false;
        int shared = 0;
        for (String word : below) if (opening.contains(word)) shared++;
        return shared >= minResumedOpeningShare * below.size();
    }

    private static boolean isContent(String word, Page page) {
        return word.length() >= DEFAULT_MIN_CONTENT_WORD_LENGTH && !page.stopwords().contains(word);
    }

    /**
     * Whether a short line among the kept lines between the heading at {@code heading} and the next paragraph
     * dates a post ("JohnnyB 9 hours ago", "November 20, 2019"): the heading opens the reader comments.
     */
    private static boolean datedPostBelow(List<Block> blocks, int heading) {
        int lines = 0;
        for (int j = heading + 1; j < blocks.size() && lines <= DEFAULT_MAX_LINES_ABOVE_POST_DATE; j++) {
            Block block = blocks.get(j);
            if (!block.isKept()) continue;
            if (block.has(Label.PROSE)) return false;
            if (block.wordCount() <= DEFAULT_MAX_POST_DATE_WORDS && DateLines.beforeDate(block.text()) != null) return true;
            lines++;
        }
        return false;
    }

    /** Whether the story goes on right below the box that the heading at {@code heading} opens. */
    private boolean resumesAfterBox(Page page, int heading, Rule rule) {
        if (minResumedProseWords == 0 || !inlineBoxReasons.contains(rule.code())) return false;
        List<Block> blocks = page.blocks();
        int i = heading + 1;
        boolean dated = false;
        Block line = null;
        // the box's own prose that a line rule took already (an author's bio under "About the author"): the box is
        // whole, and the paragraph below it is no teaser of it
        boolean taken = false;
        for (; i < blocks.size() && !(blocks.get(i).isKept() && blocks.get(i).has(Label.PROSE)); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) {
                if (takenBoxProse(block)) {
                    taken = true;
                    line = block;
                }
                continue;
            }
            dated |= block.date().isPresent();
            line = block;
        }
        if (i == blocks.size()) return false;
        Block resumed = blocks.get(i);
        if (resumesAcrossSubheadings(blocks, i)) return true;
        if (taken && !dated && resumed.has(Label.ARTICLE) && endsStory(blocks, i)
                && !ProseLabelFilter.isTeaser(resumed.text()) && !retells(resumed, line, page)) {
            // the story's last paragraph below a box a line rule emptied, however short: the article's run holds it
            return true;
        }
        long words = 0;
        int paragraphs = 0;
        for (; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (!block.has(Label.PROSE)) break;
            words += block.wordCount();
            if (++paragraphs >= minResumedProseBlocks && words >= minResumedProseWords) return true;
        }
        // One paragraph below the box's lines is the story's last when no prose follows it on the page: a related
        // story's teaser comes with its date, ends cut off or retells its headline, and a list of them holds more
        // teasers further down. Right under the heading, with no lines of a box between, it is the box's teaser.
        if (paragraphs != 1 || line == null || words < minResumedProseWords
                || ProseLabelFilter.isTeaser(resumed.text()) || retells(resumed, line, page)) {
            return false;
        }
        return !dated && !proseBeforeNextTail(blocks, i) || resumesBelowNextBox(blocks, i);
    }

    /**
     * Whether the block, removed before this step, is prose that a line rule took ({@link Reason#byRule}, not a tail
     * rule's): the text of a box (an author's bio) whose heading the tail rules name, so that the box is complete.
     */
    private boolean takenBoxProse(Block block) {
        Reason removal = block.removal();
        return block.has(Label.PROSE) && removal != null && removal.byRule()
                && rules.firstMatch(RuleKind.TAIL, block.ruleText()) == null;
    }

    /**
     * Whether the paragraph at {@code paragraph} is the last kept prose before the next tail heading or the page's end
     * (the story's last paragraph; a list of teasers holds more of them).
     */
    private boolean endsStory(List<Block> blocks, int paragraph) {
        int next = paragraph + 1;
        while (next < blocks.size() && !blocks.get(next).isKept()) next++;
        return !proseBeforeNextTail(blocks, next);
    }

    /**
     * Whether the block at {@code from} (or the first kept one below it) is another box's heading that the tail
     * rules name for one of {@code inlineBoxReasons}, below whose lines the story resumes with paragraphs in a row
     * ({@link #resumesAcrossSubheadings}): the one paragraph above it, between two boxes, is the story's too, dated
     * headlines above it or not (two boxes set close together between the story's paragraphs). A related story's
     * teaser is followed by more of the list, or by the page's tail, not by more of the story.
     */
    private boolean resumesBelowNextBox(List<Block> blocks, int from) {
        int heading = from;
        while (heading < blocks.size() && !blocks.get(heading).isKept()) heading++;
        if (heading == blocks.size()) return false;
        Rule next = rules.firstMatch(RuleKind.TAIL, blocks.get(heading).ruleText());
        if (next == null || !inlineBoxReasons.contains(next.code())) return false;
        int i = heading + 1;
        while (i < blocks.size() && !(blocks.get(i).isKept() && blocks.get(i).has(Label.PROSE))) {
            if (blocks.get(i).isKept() && rules.firstMatch(RuleKind.TAIL, blocks.get(i).ruleText()) != null) return false;
            i++;
        }
        return i < blocks.size() && resumesAcrossSubheadings(blocks, i);
    }

    /**
     * The index of the story's paragraph below a box of two or more headlines each with a summary of one short
     * sentence (shorter than {@code minResumedProseWords}, prose all the same) that the heading at {@code heading}
     * opens, or -1: the first paragraph of at least {@code minResumedProseWords} words below the box's lines,
     * with a paragraph right below it or no prose after it before the next tail heading (the story's last). A box
     * whose lines state a date is a list of related stories with their teasers, as in {@link #resumesAfterBox}.
     * Text dumps only.
     */
    private int resumedBelowSummaries(Page page, int heading) {
        List<Block> blocks = page.blocks();
        int headlines = 0;
        Block previous = null;
        for (int j = heading + 1; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            if (!block.isKept()) continue;
            if (!block.has(Label.PROSE)) {
                if (rules.firstMatch(RuleKind.TAIL, block.ruleText()) != null
                        || block.date().isPresent()) {
                    return -1;
                }
                headlines++;
                previous = block;
                continue;
            }
            if (previous == null) return -1; // a paragraph right under the heading is the box's teaser
            boolean summary = block.wordCount() < minResumedProseWords;
            if (summary && !previous.has(Label.PROSE)) {
                previous = block;
                continue;
            }
            // a teaser under its headline retells it
            if (summary || headlines < DEFAULT_MIN_TEASER_HEADLINES || retells(block, previous, page)) return -1;
            int next = j + 1;
            while (next < blocks.size() && !blocks.get(next).isKept()) next++;
            boolean inRow = next < blocks.size() && blocks.get(next).has(Label.PROSE);
            return inRow || !proseBeforeNextTail(blocks, next) ? j : -1;
        }
        return -1;
    }

    /**
     * Whether kept prose follows {@code from} before the next tail heading (or the page's end): the paragraph above
     * is then not the story's last (a page's own tail, a "Related links" list or the comments, may follow it).
     */
    private boolean proseBeforeNextTail(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (block.has(Label.PROSE)) return true;
            if (rules.firstMatch(RuleKind.TAIL, block.ruleText()) != null) return false;
        }
        return false;
    }

    /**
     * Whether the prose from {@code first} on, up to the next tail heading, is the story's: at least
     * {@code minResumedProseBlocks} paragraphs and {@code minResumedProseWords} words, with no more than one line
     * between two of them (a subheading, a tweet's attribution line), and two of them in a row somewhere. A list of
     * related stories has a headline (and often a date line) between each two teasers, never two paragraphs in a row.
     */
    private boolean resumesAcrossSubheadings(List<Block> blocks, int first) {
        long words = 0;
        int paragraphs = 0;
        int linesBetween = 0;
        boolean previousProse = false;
        boolean inRow = false;
        for (int i = first; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (!block.has(Label.PROSE)) {
                if (++linesBetween > DEFAULT_MAX_LINES_BETWEEN_RESUMED_PROSE
                        || rules.firstMatch(RuleKind.TAIL, block.ruleText()) != null) {
                    return false;
                }
                previousProse = false;
                continue;
            }
            linesBetween = 0;
            inRow |= previousProse;
            previousProse = true;
            words += block.wordCount();
            if (++paragraphs >= minResumedProseBlocks && words >= minResumedProseWords && inRow) return true;
        }
        return false;
    }

    /**
     * Whether the paragraph repeats at least {@link #DEFAULT_MIN_TEASER_HEADLINE_SHARE} of the content words of the
     * line above it (all its words when the page's language has no stopword list): a teaser under its headline.
     */
    private static boolean retells(Block paragraph, Block line, Page page) {
        if (line == null) return false;
        Set<String> words = Set.copyOf(paragraph.words());
        int content = 0;
        int repeated = 0;
        for (String word : line.words()) {
            if (page.stopwords().contains(word)) continue;
            content++;
            if (words.contains(word)) repeated++;
        }
        return content > 0 && repeated >= DEFAULT_MIN_TEASER_HEADLINE_SHARE * content;
    }

    /**
     * The element a tail heading makes a box of its own on an HTML page: the heading sits right in a container
     * ({@code boxTags}) and is itself the link to the story it promotes (a {@code <div class="dont-miss"><a>Don't
     * miss: <span class=title></span></a></div>} whose headline a script fills in), so the box is that element
     * and what follows it (a product list, the rest of the story) is not part of it. Null for a heading without
     * a link ({@code <div>More stories</div><ul>…}: its list follows it), or in a heading or paragraph element;
     * that box runs on to the next paragraph.
     */
    private Element ownBox(Block heading) {
        Element element = heading.element();
        if (element == null || !boxTags.contains(element.normalName())) return null;
        return heading.linkDensity() >= minBoxLinkDensity ? element : null;
    }

    /**
     * The container ({@code boxTags}) a tail line on an HTML page closes: the line is its parent's last child with
     * text and not its first (a teaser card's comment count, "27 comments", under the card's headline and summary),
     * so the line belongs to that card, and the story's unlinked lines and subheadings after it stay; nor does such
     * a comment count open the reader comments, whatever dated line follows. Null when
     * the line opens its parent or lines with text follow it there.
     */
    private Element closedBox(Block line) {
        Element element = line.element();
        if (element == null) return null;
        Element parent = element.parent();
        if (parent == null || !boxTags.contains(parent.normalName())) return null;
        Element first = null, last = null;
        for (Element child : parent.children()) {
            if (!child.hasText()) continue;
            if (first == null) first = child;
            last = child;
        }
        return last == element && first != element ? parent : null;
    }

    /**
     * The container ({@code boxTags}) a tail heading on an HTML page opens, as the box whose list it heads: the
     * heading's own element when its list sits inside it too ({@code <div><strong>More on this story</strong><ul>…}),
     * or its parent when the heading is the parent's first element with text ({@code <div><h3>Related</h3><ul>…}).
     * The box ends with that element, so the story's own unlinked lines after it (a recipe's list, a subheading)
     * stay; null when the heading opens no such element.
     */
    private Element openedBox(Block heading) {
        Element element = heading.element();
        if (element == null) return null;
        if (boxTags.contains(element.normalName()) && element.text().length() > heading.text().length()) return element;
        Element parent = element.parent();
        if (parent == null || !boxTags.contains(parent.normalName())) return null;
        for (Element child : parent.children()) {
            if (child.hasText()) return child == element ? parent : null;
        }
        return null;
    }

    /**
     * Whether the box a tail heading opens ({@link #openedBox}) is a list of teasers: below the heading, inside the
     * box, at least {@link #DEFAULT_MIN_TEASER_HEADLINES} linked headlines (link density {@code minBoxLinkDensity}
     * or more, kept or already removed) and no more prose blocks than headlines (a summary under each). A section
     * of the story under a heading the rules read as a box's ("The latest") holds paragraphs, not headlines.
     */
    private boolean isTeaserList(List<Block> blocks, int heading, Element box) {
        int headlines = 0;
        int prose = 0;
        for (int j = heading + 1; j < blocks.size() && Ancestors.isWithin(blocks.get(j).element(), box); j++) {
            Block block = blocks.get(j);
            if (block.has(Label.PROSE) && block.linkDensity() < minBoxLinkDensity) prose++;
            else if (block.linkDensity() >= minBoxLinkDensity
                    && block.wordCount() >= DEFAULT_MIN_TEASER_HEADLINE_WORDS) {
                headlines++;
            }
        }
        return headlines >= DEFAULT_MIN_TEASER_HEADLINES && prose <= headlines;
    }

    /**
     * The list ({@code <ul>}, {@code <ol>}) set right after a tail heading's element, of at least
     * {@link #DEFAULT_MIN_TEASER_HEADLINES} items, every one of which holds a link: a "More Great Stories" box's
     * headlines, however much of each item its link covers; null for none. A list of the story's own under a heading
     * no tail rule names is never asked, and the story's lists hold lines without links.
     */
    static Element linkedListBelow(Block heading) {
        Element element = heading.element();
        if (element == null) return null;
        Element next = element.nextElementSibling();
        if (next == null || !(next.normalName().equals("ul") || next.normalName().equals("ol"))) return null;
        int items = 0;
        for (Element item : next.children()) {
            if (!item.normalName().equals("li") || !item.hasText()) continue;
            if (item.selectFirst("a[href]") == null) return null;
            items++;
        }
        return items >= DEFAULT_MIN_TEASER_HEADLINES ? next : null;
    }

    /**
     * Whether the heading names the story it promotes after a colon ("Related: How to pickle sprouts"): a one-line box,
     * so the lines below it are not its list (a subheading of the story, the next section's first line).
     */
    static boolean namesItsStory(Block heading) {
        // a colon then a space: the one of a web address ("https://…") names nothing
        String text = heading.text();
        int colon = text.indexOf(": ");
        return colon >= 0 && TextMeasure.wordCount(text.substring(colon + 2)) >= DEFAULT_MIN_NAMED_STORY_WORDS;
    }

    /**
     * Whether a single line stands between the heading at {@code heading} and the next paragraph: a subheading of the
     * story below a heading that names the story it promotes. Two or more lines are more headlines of the box
     * ("Related: Bridge to close" / "Repairs to cost £2m" / "Lorries banned from the centre").
     */
    private static boolean subheadingBelow(List<Block> blocks, int heading) {
        int line = -1;
        for (int j = heading + 1; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            if (!block.isKept()) continue;
            if (block.has(Label.PROSE)) return line >= 0;
            if (line >= 0) return false;
            line = j;
        }
        return false;
    }

    private static void removeHeadingAbove(List<Block> blocks, int start, Reason reason) {
        int i = start;
        // a heading is split over two lines at most ("Leave a" / "Reply"); more lines without a gap above it are a
        // list or a table that ends the story, printed right above its tail ("Oct 10 – Houston" / "Join the
        // conversation")
        while (blocks.get(i).gapBefore() == 0 && i > 0 && start - i < DEFAULT_MAX_HEADING_LINES_ABOVE) {
            Block above = blocks.get(i - 1);
            if (!above.isKept() || above.has(Label.PROSE)) return;
            above.remove(reason);
            i--;
        }
    }
}
