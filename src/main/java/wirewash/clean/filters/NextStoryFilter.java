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
import wirewash.clean.TextBlocks;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes, on text dumps, the next story an endless-scroll page loads below the story: once a story has been told
 * ({@code minStoryWords} words of prose in {@code minStoryParagraphs} paragraphs or more), a new story's header — a
 * headline (a title-like line of {@code minHeadlineWords} to {@code maxHeadlineWords} words that ends no sentence,
 * states no date, is no photo credit the {@code caption} rules name, "Image: Hanwha Q Cells", and no item of a list
 * the story announces with a sentence ending in a colon, "The finalists were:" over "Jane Doe – 80 points"), then at
 * most {@code maxHeaderLines} short lines (a byline, the site's name) of which one dates it ("November 20, 2019",
 * "Updated 3:45 PM", "2 hours ago"), then a paragraph — starts another story, and it and everything below it go, with
 * the short lines right above the headline that announce it ("Next article", "Up next"). The story told above is the
 * page's, unless a line above opens with the headline (a teaser list over the page's own header names its story). A
 * dated line that credits an embedded post ("— Jane Doe (@jdoe) November 19, 2019"), or a date right below such a
 * credit, dates no story. A page with {@code maxHeaders} or more such headers below its story is a run of dated
 * entries (a live blog, a list of briefs), left to the card filters; so is a page whose paragraphs {@code maxHeaders -
 * 1} or more short date lines outside such headers part, each right below prose and above running text (a live blog's
 * time stamps, "1:36pm", "22.10", "5 hours ago": a title-like sentence of an entry over its stamp heads no story). A
 * header that also signs its story (a line the {@code byline} rules match, kept or already removed, or a bare name:
 * "Jane Doe | The Herald") opens another story even when it follows the same news (a follow-up on the same topic); a
 * header with a date alone does so only when the text below it is about something else (a dated subheading over more
 * of the same story stays). A dated or signed header opens one only when its text takes up one of its headline's,
 * standfirst's or byline's words within its first {@code contextWords} content words (a lede retells its headline):
 * a teaser card's headline, summary and byline, or a job listing's title over its employer ("Software Engineer —
 * Acme Ltd" reads as a name), set between the story's paragraphs name something the text below never mentions. An
 * undated header signed by a name opens another story on the same news too when a line that announces it ("Next
 * article", a line a rule removed for one of {@link #DEFAULT_ANNOUNCING_REASONS}) stands
 * right above its headline. A time stamp a rule removed for one of {@link #DEFAULT_DATE_REASONS} is read as the kept
 * date line it was. A title right above a player's line a rule removed ({@link #DEFAULT_PLAYER_REASONS}: "1:30:47",
 * "Replay") is an embedded video's, and heads no story. One sentence right below the headline may sum the next story
 * up (a standfirst, at most {@code maxStandfirstWords} words); below a standfirst, a byline the {@code byline} rules
 * name (kept or already removed) stands in for the date line. Any other undated header that a byline right above the
 * first paragraph signs — a line the rules name, a credit ("Words by Jane Doe", "Text: Jane Doe"), a name and the
 * site's or the writer's ("Jane Doe | The Herald", "Jane Doe, Reporter"), or a name alone whose words the page never
 * writes in lower case — with or without a standfirst, opens another story only when the text below it is about
 * something else (a name the caption rules take for a photo credit, "Foto ANP", signs nothing): a correspondent's box
 * in the story, under a headline and a byline of its own, tells of the same news, and a capitalised subheading below
 * an interview's one-sentence answer ("THE EARLY YEARS") uses the story's own words. A header neither dated nor signed
 * — a headline, at most a standfirst, the text — opens another story only when a line right above the headline
 * announces one (removed for one of {@link #DEFAULT_ANNOUNCING_REASONS}, "Next story", or a box heading the tail rules
 * name for one of {@link #DEFAULT_HEADING_REASONS}, "More stories"; a section's label shorter than a headline,
 * "Business", may stand between) and the text below is about something else; under a box heading alone, also only when
 * the prose below its first paragraph takes up that paragraph's words as much as the story's above (a teaser's
 * paragraph in a box set in the story, the story resumed below it, stays). A section's label set right on such a
 * headline, right below the story's last paragraph ("TECH", "World News": at most {@code maxKickerWords} capitalised
 * words), heads it as an announcing line does; that header opens another story only when its text is about something
 * else (retelling its headline or not: a headline written about the page's own subject over another story) and the
 * prose below its first paragraph does not go on with the story's words (a label over a box's lines a rule took out,
 * "Weather" over a forecast, or over an interview's question heads none; nor does one in a story that sets such
 * labels over its own sections, one between two of its paragraphs above), unless its headline retells the page's own
 * ({@code minRetoldHeadlineShare}) and its lede retells it: the same news told again below the story. A break in the page right above such a headline (a rule of marks, "* * *",
 * "———", or an ad slot's label or a prompt to read on a rule removed for one of {@link #DEFAULT_BREAK_REASONS}) heads it
 * as a box's heading does, and its text must also take up few of the whole story's words ({@code maxBreakSharedShare}):
 * the story's own section below a section break tells of the same event. A header a "Next story" line announces counts
 * toward no roundup of {@code maxHeaders} signed pieces: such a page loads stories below its own; nor does a dated
 * header under such a line, a box's heading ("Recommended") or the page's copyright notice. A header both dated and
 * signed (the name may stand before the date on one line, "Jane Doe | The Herald - Nov 3, 2019"), or signed right
 * below a "Next story" line, opens another story though its lede does not retell its headline (a headline written
 * about the page's own subject) when the text below is about something else or such a line stands above it. The
 * page's copyright notice stating a year ({@link #DEFAULT_END_REASONS}), with at most {@link #DEFAULT_MAX_FOOTER_LINES}
 * of the footer's short lines between, heads a headline below it as a "Next story" line does: the header opens
 * another story when its text is prose about something else or retelling it that does not take up the whole story's
 * words (a footer a crowded dump sets between the story's paragraphs has the story resumed below it); only once the
 * page's densest run of prose is known ({@link DenseProseRunFilter} weighs a footer above its run itself). A headline
 * standing alone between the story's last paragraph and two paragraphs in a row opens another story when that text
 * is about something else, takes up few of the whole story's words, is shorter than the story and names others
 * than the story named ({@link #names}), in a story that sets no subheading between its paragraphs
 * ({@link #loneHeaderText}). A headline opens with a capital letter, unless a
 * "Next story" line stands right above it.
 */
public final class NextStoryFilter implements BlockFilter {
    public static final String REASON = "next-story";
    /** Fewest words of prose above a header for a story to have been told already. */
    public static final int DEFAULT_MIN_STORY_WORDS = HeaderFilter.DEFAULT_MAX_STANDFIRST_WORDS + 1;
    /** Fewest paragraphs of prose above a header for a story to have been told already. */
    public static final int DEFAULT_MIN_STORY_PARAGRAPHS = 2;
    /** Fewest words of the next story's headline. */
    public static final int DEFAULT_MIN_HEADLINE_WORDS = 4;
    /** Most words of the next story's headline. */
    public static final int DEFAULT_MAX_HEADLINE_WORDS = 20;
    /** Most lines between the headline and the next story's first paragraph: byline, site name, date. */
    public static final int DEFAULT_MAX_HEADER_LINES = 3;
    /** Most words of each of those lines. */
    public static final int DEFAULT_MAX_HEADER_LINE_WORDS = 12;
    /** Most words of each of those lines but the date line: "By Jane Doe | The Herald", "Jane Doe, Reporter". */
    public static final int DEFAULT_MAX_BYLINE_WORDS = 6;
    /**
     * Most words of a standfirst: the one sentence between a next story's headline and its byline or date line,
     * which sums the story up.
     */
    public static final int DEFAULT_MAX_STANDFIRST_WORDS = 40;
    /** Most lines right above the headline that announce the next story ("Next article"). */
    public static final int DEFAULT_MAX_SEPARATOR_LINES = 2;
    /** Most words of such a line. */
    public static final int DEFAULT_MAX_SEPARATOR_WORDS = 5;
    /**
     * Most of the next story's distinct content words (its first {@code contextWords}) that the story above may use
     * (in its last {@code contextWords}) for the two to be different stories: a story resumed below a box of dated
     * headlines shares a fifth of its words with what came before, another story a twentieth.
     */
    public static final double DEFAULT_MAX_SHARED_SHARE = 0.1;
    /** Content words of the prose compared on each side of a header. */
    public static final int DEFAULT_CONTEXT_WORDS = SentenceTeaserBoxFilter.DEFAULT_CONTEXT_WORDS;
    /** Fewest distinct content words on each side for the two sides to be compared. */
    public static final int DEFAULT_MIN_CONTEXT_WORDS = SentenceTeaserBoxFilter.DEFAULT_MIN_CONTEXT_WORDS;
    /** Fewest headers below the story that make a run of dated entries rather than next stories. */
    public static final int DEFAULT_MAX_HEADERS = 3;
    /** Most capitalised words of a name that signs a header without a "By" ("Jane Doe | The Herald"). */
    public static final int DEFAULT_MAX_NAME_WORDS = 4;
    /** Most words of a credit line before its "by" ("Story and photos by Jane Doe"). */
    public static final int DEFAULT_MAX_CREDIT_WORDS = 3;
    /**
     * Reasons of the line rules whose line, right above a headline, announces the next story ("Next article",
     * "Previous story"): an undated header signed by a name below such a line opens another story even on the same
     * news (a follow-up), as a dated one does. A correspondent's box in the story has no such line above it. Not
     * the site's other navigation ("Home", "View all", "Open in app"), which a prompt or a menu set between the
     * story's paragraphs leaves above a subheading.
     */
    public static final Set<String> DEFAULT_ANNOUNCING_REASONS = Set.of("next-link");
    /**
     * Reasons of the tail rules whose box heading ("More stories", "Read next"), kept right above a headline that
     * neither a date nor a byline follows, announces another story, as a line removed for one of
     * {@link #DEFAULT_ANNOUNCING_REASONS} does ("Next story"), also with a section's label between ("Business"):
     * that header opens another story when the text below it is about something else (the story resumed below a
     * box's heading takes up its words). A line rule's plug of that reason ("READ MORE: …") is set in the story.
     */
    public static final Set<String> DEFAULT_HEADING_REASONS = Set.of("related-list");
    /**
     * Reasons of the line rules whose line breaks the page between two pieces: an ad slot's label ("Advertisement",
     * "Scroll to continue") or a prompt to read on ("Keep reading"), as a rule of marks does ("* * *", "———"). Right
     * above a headline that neither a date nor a byline follows, such a line heads it as a box's heading does (see
     * {@link #DEFAULT_HEADING_REASONS}): the header opens another story only when the text below is about something
     * else and goes on with its own first paragraph's words (the story resumes below an ad slot or a section break,
     * under a subheading of its own, with its own words).
     */
    public static final Set<String> DEFAULT_BREAK_REASONS = Set.of("advertisement");
    /**
     * Most of the distinct content words of the text below a header that only a break heads (see
     * {@link #DEFAULT_BREAK_REASONS}; its first {@code contextWords}) that the whole story above may use for the two to
     * be different stories: the story's own section below a section break tells of another part of the same event,
     * in the words of the story's earlier paragraphs if not of its last ones (a quarter of them, where another story
     * on a near subject shares a tenth to a fifth).
     */
    public static final double DEFAULT_MAX_BREAK_SHARED_SHARE = 0.2;
    /**
     * Reasons of the line rules whose line is the page's foot when it states a year: the site's copyright notice ("©
     * 2019 The Courier", "Copyright 2024 The Herald. All rights reserved."; a photo's credit, "© Reuters", states
     * none). A headline below it, past at most {@link #DEFAULT_MAX_FOOTER_LINES} of the footer's short lines, heads a
     * story the page loaded below its own, as a "Next story" line does: the page's story does not resume below its
     * foot.
     */
    public static final Set<String> DEFAULT_END_REASONS = Set.of("copyright");
    /**
     * Most lines between the page's copyright notice (see {@link #DEFAULT_END_REASONS}) and a headline below it: the
     * footer's links and share buttons, each kept one at most {@code maxSeparatorWords} words long.
     */
    public static final int DEFAULT_MAX_FOOTER_LINES = 12;
    /**
     * Reasons of the line rules that remove a labelled time stamp ("Published 10:42 AM, March 5, 2024"): such a
     * line, removed before this step, is read as the date line it is, so that the header it dates still opens the
     * next story (and goes with it).
     */
    public static final Set<String> DEFAULT_DATE_REASONS = Set.of("dateline");
    /**
     * Reasons of the line rules that remove a player's lines (a video's running time "2:31", "1:30:47", "Duration 6
     * min", "Replay"): a title-like line right above one of them is an embedded video's title, not the next story's
     * headline, and the story resumes below the player.
     */
    public static final Set<String> DEFAULT_PLAYER_REASONS = Set.of("media");
    /**
     * Reasons of the tail rules whose short line (at most {@code maxBylineWords} words), kept in a header between its
     * headline and its text, counts or links the story's comments ("Comments", "12 comments"): a header may hold it
     * beside its share buttons, and it signs and dates nothing. The tail rules take it out later with the page's
     * foot.
     */
    public static final Set<String> DEFAULT_COMMENT_COUNT_REASONS = Set.of("comment-box");
    /**
     * Most words of a section's label (a kicker: "Business", "WORLD NEWS") set right below the story's last paragraph
     * over a headline: such a label heads a further story's header the way an announcing line does (see
     * {@link #kickedHeaderText}). Fewer than {@link #DEFAULT_MIN_HEADLINE_WORDS}: a headline is longer.
     */
    public static final int DEFAULT_MAX_KICKER_WORDS = DEFAULT_MIN_HEADLINE_WORDS - 1;
    /**
     * Most words of prose from a header that only a box's heading or a section's label announces down to the page's
     * end, as a multiple of the story's prose above it, for the prose below the header's first paragraph to be
     * weighed against as few of the story's last words as that paragraph holds (see {@link #continuesTeaser}): a list
     * article's short introduction stands above sections many times its length (a gift guide's picks, each under its
     * name), and its first section, under an ad's label or a box's heading set between, goes on with its own first
     * paragraph's words more than with the introduction's last few. Beyond it, that prose is weighed against the
     * story's last {@code contextWords} words, the whole introduction. The stories an endless-scroll page loads below
     * its story are not this many times as long as the story told.
     */
    public static final double DEFAULT_MAX_TEASER_CUT_RATIO = 4.0;
    /** Letters two content words must share at their start to count as one (a headline's and its lede's). */
    public static final int DEFAULT_STEM_LENGTH = 5;
    /**
     * Distinct content words of a header from which the text below must take up two of them, not one, to retell it:
     * a teaser card's headline and summary name many ("… 433 comments"), and a story resumed below the card may use
     * one of them by chance, where a lede retells its own headline in several.
     */
    public static final int DEFAULT_MIN_HEADER_STEMS_FOR_TWO = 8;
    /**
     * Share of a labelled headline's content words that one line of the page's header, above the story, must hold
     * more than for the headline to retell the page's own: the same news told again below the story is another story
     * (see {@link #retellsPageHeadline}).
     */
    public static final double DEFAULT_MIN_RETOLD_HEADLINE_SHARE = 0.5;
    /**
     * Most of the names in a lone headline's text (see {@link #names}: its people, places and bodies, down to
     * {@code contextWords} words) that the story above may name too for the text to be another story: a section of
     * the same story under a subheading of its own names the story's people again ("Kirk", "Star Trek"), a fresh
     * story others, where the two may share many common words.
     */
    public static final double DEFAULT_MAX_SHARED_NAME_SHARE = 0.1;
    /** Fewest names in a lone headline's text for it to be told from the story above by them: fewer tell nothing. */
    public static final int DEFAULT_MIN_LEDE_NAMES = 5;
    /** Fewest content words of a labelled headline that can retell the page's own: one word tells nothing. */
    private static final int MIN_RETOLD_HEADLINE_STEMS = 2;
    /** Fewest letters of a capitalised word that names someone or something: "I" names no one. */
    private static final int MIN_NAME_LETTERS = 2;
    /** Marks that may end a byline's name before the site's or the writer's role. */
    private static final String NAME_SEPARATORS = "|,·•/-–—";
    /** Words that join two writers' names in a byline without a "By" ("Jane Doe and Theo Varga"). */
    private static final List<String> NAME_JOINERS = List.of("and", "&");
    /** Marks a name's words may hold besides letters ("J.", "O’Neil", "Smith-Jones"). */
    private static final String NAME_MARKS = ".'’-";

    private final int minStoryWords;
    private final int minStoryParagraphs;
    private final int minHeadlineWords;
    private final int maxHeadlineWords;
    private final int maxHeaderLines;
    private final int maxHeaderLineWords;
    private final int maxBylineWords;
    private final int maxSeparatorLines;
    private final int maxSeparatorWords;
    private final int maxHeaders;
    private final double maxSharedShare;
    private final int contextWords;
    private final int minContextWords;
    private final Set<String> commonWords;
    private final RuleSet rules;
    private final int maxStandfirstWords;
    private final int maxListItems;
    private final int minAnnouncementWords;
    private final int maxKickerWords;
    private final double maxTeaserCutRatio;
    private final double maxBreakSharedShare;
    private final double minRetoldHeadlineShare;
    private final double maxSharedNameShare;
    private final int minLedeNames;

    public NextStoryFilter() {
        this(RuleSet.EMPTY);
    }

    /** @param rules the {@code byline} rules tell a header's byline, kept or already removed */
    public NextStoryFilter(RuleSet rules) {
        this(DEFAULT_MIN_STORY_WORDS, DEFAULT_MIN_STORY_PARAGRAPHS, DEFAULT_MIN_HEADLINE_WORDS,
                DEFAULT_MAX_HEADLINE_WORDS, DEFAULT_MAX_HEADER_LINES, DEFAULT_MAX_HEADER_LINE_WORDS,
                DEFAULT_MAX_BYLINE_WORDS, DEFAULT_MAX_SEPARATOR_LINES, DEFAULT_MAX_SEPARATOR_WORDS, DEFAULT_MAX_HEADERS,
                DEFAULT_MAX_SHARED_SHARE, DEFAULT_CONTEXT_WORDS, DEFAULT_MIN_CONTEXT_WORDS,
                SentenceTeaserBoxFilter.DEFAULT_COMMON_WORDS, rules);
    }

    /**
     * @param minStoryWords      fewest words of prose above a header for a story to have been told
     * @param minStoryParagraphs fewest paragraphs of prose above a header for a story to have been told
     * @param minHeadlineWords   fewest words of the next story's headline
     * @param maxHeadlineWords   most words of the next story's headline
     * @param maxHeaderLines     most lines between the headline and the next story's first paragraph
     * @param maxHeaderLineWords most words of each of those lines
     * @param maxBylineWords     most words of each of those lines but the one that dates the story
     * @param maxSeparatorLines  most short lines right above the headline that go with it
     * @param maxSeparatorWords  most words of such a line
     * @param maxHeaders         this many headers or more below the story are dated entries, left alone
     * @param maxSharedShare     most of the next story's distinct content words the story above may use
     * @param contextWords       content words of the prose compared on each side of a header
     * @param minContextWords    fewest distinct content words on each side for them to be compared (fewer: the
     *                           header is judged by its shape alone)
     * @param commonWords        lower-case words left out of the comparison besides the page's stopwords
     * @param rules              the {@code byline} rules tell a header's byline (a signed header opens another
     *                           story whatever its topic)
     */
    public NextStoryFilter(int minStoryWords, int minStoryParagraphs, int minHeadlineWords, int maxHeadlineWords,
                           int maxHeaderLines, int maxHeaderLineWords, int maxBylineWords, int maxSeparatorLines,
                           int maxSeparatorWords, int maxHeaders, double maxSharedShare, int contextWords,
                           int minContextWords, Set<String> commonWords, RuleSet rules) {
        this(minStoryWords, minStoryParagraphs, minHeadlineWords, maxHeadlineWords, maxHeaderLines, maxHeaderLineWords,
                maxBylineWords, maxSeparatorLines, maxSeparatorWords, maxHeaders, maxSharedShare, contextWords,
                minContextWords, commonWords, rules, DEFAULT_MAX_STANDFIRST_WORDS);
    }

    /** ... and {@code maxStandfirstWords}, the most words of a standfirst between the headline and the byline. */
    public NextStoryFilter(int minStoryWords, int minStoryParagraphs, int minHeadlineWords, int maxHeadlineWords,
                           int maxHeaderLines, int maxHeaderLineWords, int maxBylineWords, int maxSeparatorLines,
                           int maxSeparatorWords, int maxHeaders, double maxSharedShare, int contextWords,
                           int minContextWords, Set<String> commonWords, RuleSet rules, int maxStandfirstWords) {
        this(minStoryWords, minStoryParagraphs, minHeadlineWords, maxHeadlineWords, maxHeaderLines, maxHeaderLineWords,
                maxBylineWords, maxSeparatorLines, maxSeparatorWords, maxHeaders, maxSharedShare, contextWords,
                minContextWords, commonWords, rules, maxStandfirstWords, DenseProseRunFilter.DEFAULT_MAX_LIST_ITEMS,
                DenseProseRunFilter.DEFAULT_MIN_ANNOUNCEMENT_WORDS);
    }

    /**
     * ... and the list a story announces: a line of {@code minAnnouncementWords} words or more ending in a colon
     * ("The finalists were:") over up to {@code maxListItems} short lines, its items, none of which is a headline
     * ("Jane Doe – 80 points" over "John Roe – 75 points" reads as a headline over a byline).
     */
    public NextStoryFilter(int minStoryWords, int minStoryParagraphs, int minHeadlineWords, int maxHeadlineWords,
                           int maxHeaderLines, int maxHeaderLineWords, int maxBylineWords, int maxSeparatorLines,
                           int maxSeparatorWords, int maxHeaders, double maxSharedShare, int contextWords,
                           int minContextWords, Set<String> commonWords, RuleSet rules, int maxStandfirstWords,
                           int maxListItems, int minAnnouncementWords) {
        this(minStoryWords, minStoryParagraphs, minHeadlineWords, maxHeadlineWords, maxHeaderLines, maxHeaderLineWords,
                maxBylineWords, maxSeparatorLines, maxSeparatorWords, maxHeaders, maxSharedShare, contextWords,
                minContextWords, commonWords, rules, maxStandfirstWords, maxListItems, minAnnouncementWords,
                DEFAULT_MAX_KICKER_WORDS);
    }

    /**
     * ... and {@code maxKickerWords}, the most words of a section's label over a headline set right below the story's
     * last paragraph (0: no such label heads a next story).
     */
    public NextStoryFilter(int minStoryWords, int minStoryParagraphs, int minHeadlineWords, int maxHeadlineWords,
                           int maxHeaderLines, int maxHeaderLineWords, int maxBylineWords, int maxSeparatorLines,
                           int maxSeparatorWords, int maxHeaders, double maxSharedShare, int contextWords,
                           int minContextWords, Set<String> commonWords, RuleSet rules, int maxStandfirstWords,
                           int maxListItems, int minAnnouncementWords, int maxKickerWords) {
        this(minStoryWords, minStoryParagraphs, minHeadlineWords, maxHeadlineWords, maxHeaderLines, maxHeaderLineWords,
                maxBylineWords, maxSeparatorLines, maxSeparatorWords, maxHeaders, maxSharedShare, contextWords,
                minContextWords, commonWords, rules, maxStandfirstWords, maxListItems, minAnnouncementWords,
                maxKickerWords, DEFAULT_MAX_TEASER_CUT_RATIO);
    }

    /**
     * ... and {@code maxTeaserCutRatio}, the most words of prose from a header only a box's heading or a label
     * announces down to the page's end, as a multiple of the story's prose above it, for the prose below the header's
     * first paragraph to be weighed against as few of the story's last words as that paragraph holds (beyond it,
     * against the story's last {@code contextWords})
     */
    public NextStoryFilter(int minStoryWords, int minStoryParagraphs, int minHeadlineWords, int maxHeadlineWords,
                           int maxHeaderLines, int maxHeaderLineWords, int maxBylineWords, int maxSeparatorLines,
                           int maxSeparatorWords, int maxHeaders, double maxSharedShare, int contextWords,
                           int minContextWords, Set<String> commonWords, RuleSet rules, int maxStandfirstWords,
                           int maxListItems, int minAnnouncementWords, int maxKickerWords, double maxTeaserCutRatio) {
        this(minStoryWords, minStoryParagraphs, minHeadlineWords, maxHeadlineWords, maxHeaderLines, maxHeaderLineWords,
                maxBylineWords, maxSeparatorLines, maxSeparatorWords, maxHeaders, maxSharedShare, contextWords,
                minContextWords, commonWords, rules, maxStandfirstWords, maxListItems, minAnnouncementWords,
                maxKickerWords, maxTeaserCutRatio, DEFAULT_MAX_BREAK_SHARED_SHARE);
    }

    /**
     * ... and {@code maxBreakSharedShare}, the most of the distinct content words below a header only a break heads
     * (its first {@code contextWords}) that the whole story above may use for it to open another story
     */
    public NextStoryFilter(int minStoryWords, int minStoryParagraphs, int minHeadlineWords, int maxHeadlineWords,
                           int maxHeaderLines, int maxHeaderLineWords, int maxBylineWords, int maxSeparatorLines,
                           int maxSeparatorWords, int maxHeaders, double maxSharedShare, int contextWords,
                           int minContextWords, Set<String> commonWords, RuleSet rules, int maxStandfirstWords,
                           int maxListItems, int minAnnouncementWords, int maxKickerWords, double maxTeaserCutRatio,
                           double maxBreakSharedShare) {
        this(minStoryWords, minStoryParagraphs, minHeadlineWords, maxHeadlineWords, maxHeaderLines, maxHeaderLineWords,
                maxBylineWords, maxSeparatorLines, maxSeparatorWords, maxHeaders, maxSharedShare, contextWords,
                minContextWords, commonWords, rules, maxStandfirstWords, maxListItems, minAnnouncementWords,
                maxKickerWords, maxTeaserCutRatio, maxBreakSharedShare, DEFAULT_MIN_RETOLD_HEADLINE_SHARE);
    }

    /**
     * ... and {@code minRetoldHeadlineShare}, the share of a labelled headline's content words that one line of the
     * page's header must hold more than for that headline to retell the page's own (the same news told again below
     * the story: another story).
     */
    public NextStoryFilter(int minStoryWords, int minStoryParagraphs, int minHeadlineWords, int maxHeadlineWords,
                           int maxHeaderLines, int maxHeaderLineWords, int maxBylineWords, int maxSeparatorLines,
                           int maxSeparatorWords, int maxHeaders, double maxSharedShare, int contextWords,
                           int minContextWords, Set<String> commonWords, RuleSet rules, int maxStandfirstWords,
                           int maxListItems, int minAnnouncementWords, int maxKickerWords, double maxTeaserCutRatio,
                           double maxBreakSharedShare, double minRetoldHeadlineShare) {
        this(minStoryWords, minStoryParagraphs, minHeadlineWords, maxHeadlineWords, maxHeaderLines, maxHeaderLineWords,
                maxBylineWords, maxSeparatorLines, maxSeparatorWords, maxHeaders, maxSharedShare, contextWords,
                minContextWords, commonWords, rules, maxStandfirstWords, maxListItems, minAnnouncementWords,
                maxKickerWords, maxTeaserCutRatio, maxBreakSharedShare, minRetoldHeadlineShare,
                DEFAULT_MAX_SHARED_NAME_SHARE, DEFAULT_MIN_LEDE_NAMES);
    }

    /**
     * ... and {@code maxSharedNameShare}, the most of the names in a lone headline's text that the story above may
     * name too for that text to be another story, and {@code minLedeNames}, the fewest names in that text for it to
     * be told so (fewer: a lone headline opens nothing).
     */
    public NextStoryFilter(int minStoryWords, int minStoryParagraphs, int minHeadlineWords, int maxHeadlineWords,
                           int maxHeaderLines, int maxHeaderLineWords, int maxBylineWords, int maxSeparatorLines,
                           int maxSeparatorWords, int maxHeaders, double maxSharedShare, int contextWords,
                           int minContextWords, Set<String> commonWords, RuleSet rules, int maxStandfirstWords,
                           int maxListItems, int minAnnouncementWords, int maxKickerWords, double maxTeaserCutRatio,
                           double maxBreakSharedShare, double minRetoldHeadlineShare, double maxSharedNameShare,
                           int minLedeNames) {
        this.maxSharedNameShare = Validate.fraction(maxSharedNameShare, "maxSharedNameShare");
        this.minLedeNames = Validate.positive(minLedeNames, "minLedeNames");
        this.minRetoldHeadlineShare = Validate.fraction(minRetoldHeadlineShare, "minRetoldHeadlineShare");
        this.maxBreakSharedShare = Validate.fraction(maxBreakSharedShare, "maxBreakSharedShare");
        this.maxTeaserCutRatio = Validate.atLeast(maxTeaserCutRatio, 0.0, "maxTeaserCutRatio");
        this.maxKickerWords = Validate.atLeast(maxKickerWords, 0, "maxKickerWords");
        this.maxListItems = Validate.atLeast(maxListItems, 0, "maxListItems");
        this.minAnnouncementWords = Validate.positive(minAnnouncementWords, "minAnnouncementWords");
        this.maxStandfirstWords = Validate.positive(maxStandfirstWords, "maxStandfirstWords");
        this.minStoryWords = Validate.atLeast(minStoryWords, 0, "minStoryWords");
        this.minStoryParagraphs = Validate.positive(minStoryParagraphs, "minStoryParagraphs");
        this.minHeadlineWords = Validate.positive(minHeadlineWords, "minHeadlineWords");
        this.maxHeadlineWords = Validate.atLeast(maxHeadlineWords, minHeadlineWords, "maxHeadlineWords");
        this.maxHeaderLines = Validate.positive(maxHeaderLines, "maxHeaderLines");
        this.maxHeaderLineWords = Validate.positive(maxHeaderLineWords, "maxHeaderLineWords");
        this.maxBylineWords = Validate.positive(maxBylineWords, "maxBylineWords");
        this.maxSeparatorLines = Validate.atLeast(maxSeparatorLines, 0, "maxSeparatorLines");
        this.maxSeparatorWords = Validate.positive(maxSeparatorWords, "maxSeparatorWords");
        this.maxHeaders = Validate.atLeast(maxHeaders, 2, "maxHeaders");
        this.maxSharedShare = Validate.fraction(maxSharedShare, "maxSharedShare");
        this.contextWords = Validate.positive(contextWords, "contextWords");
        this.minContextWords = Validate.atLeast(minContextWords, 0, "minContextWords");
        this.commonWords = Set.copyOf(Validate.notNull(commonWords, "commonWords"));
        this.rules = Validate.notNull(rules, "rules");
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (block.isKept() || (block.removal() != null && DEFAULT_DATE_REASONS.contains(block.removal().code())
                    && block.joinedInto() < 0)) {
                lines.add(block);
            }
        }
        int from = nextStoryStart(page, lines, true);
        if (from < 0) return false;
        Reason reason = new Reason(REASON, name(), "another story below the page's: headline, date line, text");
        boolean changed = false;
        for (int i = from; i < lines.size(); i++) changed |= lines.get(i).remove(reason);
        return changed;
    }

    /** Whether this many words of prose in this many paragraphs tell a story, above which another may start. */
    boolean told(long words, int paragraphs) {
        return words >= minStoryWords && paragraphs >= minStoryParagraphs;
    }

    /**
     * The index in {@code lines} (the page's kept lines) where another story starts below the page's: the first
     * line announcing it or its headline; -1 when none does.
     */
    int nextStoryStart(Page page, List<Block> lines) {
        return nextStoryStart(page, lines, false);
    }

    /**
     * ... where {@code footEnds} says whether the page's copyright notice heads a headline below it
     * ({@link #DEFAULT_END_REASONS}): only once the page's densest run of prose is known to be the story above it.
     * Before, while that run is sought, a dump that prints the site's foot above its story (under blurbs that read as
     * prose) would have its story taken for the next one; the run's own footer rule weighs that case.
     */
    int nextStoryStart(Page page, List<Block> lines, boolean footEnds) {
        // a dump flattened onto a few lines has no header lines left, only sentences cut from them
        for (Block line : lines) if (line.tag().equals(TextBlocks.FLAT_SEGMENT_TAG)) return -1;
        DateMemo dates = new DateMemo(page.blocks(), lines, footEnds);
        long storyWords = 0;
        int storyParagraphs = 0;
        List<Integer> headers = new ArrayList<>();
        List<Integer> texts = new ArrayList<>();
        List<Boolean> undated = new ArrayList<>();
        Set<Integer> announcedOnly = new HashSet<>();
        Set<Integer> kicked = new HashSet<>();
        Set<Integer> lone = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Block line = lines.get(i);
            // an embedded video's title over its player heads no story, dated, signed or announced
            boolean told = told(storyWords, storyParagraphs) && !titlesPlayer(page.blocks(), line);
            int text = told ? opensStory(page.blocks(), lines, i, dates) : -1;
            boolean signedOnly = false;
            if (told && text < 0) {
                text = signedHeaderText(page.blocks(), lines, i, dates);
                signedOnly = text >= 0;
            }
            if (told && text < 0) {
                // neither dated nor signed: a headline that a line above announces ("Next story", "More stories")
                text = announcedHeaderText(page.blocks(), lines, i, dates);
                signedOnly = text >= 0;
                if (text >= 0) announcedOnly.add(i);
            }
            if (told && text < 0) {
                // neither dated, signed nor announced: a headline under a section's label set right below the
                // story's last paragraph, judged as a signed undated header is (about something else, retold)
                text = kickedHeaderText(lines, i, dates);
                signedOnly = text >= 0;
                if (text >= 0) kicked.add(i);
            }
            if (told && text < 0 && headers.isEmpty()) {
                // nothing above or beside it: a headline standing alone right below the story's last paragraph,
                // over a story about something else that never takes up the story's words
                text = loneHeaderText(page, lines, i, dates);
                signedOnly = text >= 0;
                if (text >= 0) lone.add(i);
            }
            if (text >= 0) {
                // the header's own lines open no other story
                headers.add(i);
                texts.add(text);
                undated.add(signedOnly);
                i = text - 1;
            } else if (line.has(Label.PROSE)) {
                storyWords += line.wordCount();
                storyParagraphs++;
            }
        }
        // only a header over a story's worth of text opens a story: a related headline over a comment does not
        int first = -1;
        int stories = 0;
        int signedEntries = 0;
        for (int h = 0; h < headers.size(); h++) {
            int to = h + 1 < headers.size() ? headers.get(h + 1) : lines.size();
            if (!isStory(lines, headers.get(h) + 1, to)) continue;
            int at = headers.get(h);
            // below the page's copyright notice the page's story is over: a header there, about something else or
            // retold by its text, opens the next one, whatever stands between (the footer's links)
            boolean ended = heading(page.blocks(), lines.get(at), dates) == Heading.END;
            boolean opens;
            if (ended) {
                // not a site's footer set between the story's paragraphs (a dump of a crowded page): the text below
                // is prose that does not go on with the whole story's words
                opens = lines.get(texts.get(h)).has(Label.PROSE) && !takesUpStory(lines, at, page.stopwords())
                        && (anotherTopic(lines, at, page.stopwords())
                        || retold(lines, at, texts.get(h), dates, page.stopwords()));
            } else if (lone.contains(at)) {
                // judged when found: a lone headline over a fresh story opens it
                opens = true;
            } else if (undated.get(h)) {
                // an undated header signed by a name, or announced by a line above it: another story only when it
                // is about something else (a correspondent's box in the story, under a headline and a byline of its
                // own, tells of the same; so does a video's title under "Watch" in the story)
                opens = !underHeadline(page.blocks(), lines, at, dates)
                        && (announced(page.blocks(), lines.get(at)) || anotherTopic(lines, at, page.stopwords()))
                        // a card set in the story names something its text never takes up (see the dated ones
                        // below); a header only a box's heading announces is judged by its teaser's words below
                        && (announcedOnly.contains(at) || retold(lines, at, texts.get(h), dates, page.stopwords())
                        || announcedElsewhere(page, lines, at)
                        // signed by a name right below a "Next story" line: a story's whole header, whose lede
                        // need not retell a headline written about the page's own subject
                        || !kicked.contains(at) && announced(page.blocks(), lines.get(at))
                        // under a section's label, over text about something else: a headline written about the
                        // page's own subject over another story, whose lede does not retell it (a labelled teaser
                        // card set in the story is told below, by the story resumed under its paragraph)
                        || kicked.contains(at) && anotherTopic(lines, at, page.stopwords()));
                // a header only a box's heading announces (no "Next story" line): a teaser's paragraph in a box set
                // in the story, unless the text below that paragraph goes on with the teaser's words as much as with
                // the story's above (the story resumed below the box takes up its own)
                // so is a header under a section's label alone (a labelled teaser card set in the story)
                if (opens && (announcedOnly.contains(at) && !announced(page.blocks(), lines.get(at))
                        || kicked.contains(at))) {
                    opens = continuesTeaser(lines, at, texts.get(h), page.stopwords());
                }
                // under a section's label, a headline that retells the page's own headline over a lede that retells
                // it: the same news told again, another story loaded below this one, though on the same subject
                if (!opens && kicked.contains(at) && !underHeadline(page.blocks(), lines, at, dates)
                        && retellsPageHeadline(page, lines, at)
                        && retold(lines, at, texts.get(h), dates, page.stopwords())) {
                    opens = true;
                }
                // a header only a break heads (an ad slot's label, a rule of marks): the story's own section below a
                // break tells of another part of the same event in the words of the whole story above, if not of its
                // last paragraphs
                if (opens && announcedOnly.contains(at)
                        && heading(page.blocks(), lines.get(at), dates) == Heading.BREAK) {
                    opens = !takesUpStory(lines, at, page.stopwords());
                }
            } else {
                boolean signed = signed(page.blocks(), lines, at, texts.get(h), dates);
                boolean announced = announced(page.blocks(), lines.get(at));
                boolean another = anotherTopic(lines, at, page.stopwords());
                // under another headline or a date line, a box's item unless it is signed AND about something else;
                // whatever its shape, a header whose words its text never takes up is a teaser card set in the
                // story (its headline, summary and byline between the story's paragraphs): a story's lede, a
                // follow-up's on the same news too, retells its own headline; a dated header right below a line
                // that announces it ("Up next") opens one on the same news too, as a signed one does
                // a header both dated and signed is a whole story's header: over text about something else, or
                // right below a line that announces it, it opens one even when its lede does not retell the
                // headline (a headline written about the page's own subject over another story's text); a dated
                // teaser card set in the story has the story resumed below it, which takes up the story's words
                opens = (underHeadline(page.blocks(), lines, at, dates)
                        ? signed && another
                        : signed || announced || another)
                        && (retold(lines, at, texts.get(h), dates, page.stopwords())
                        || announced && another
                        || signed && datedHeader(at, texts.get(h), dates) && (another || announced));
            }
            if (first < 0 && opens && !promotedAbove(page.blocks(), lines.get(at))) {
                first = headers.get(h);
            }
            // many dated entries below the story: a live blog's or a list of briefs, not stories loaded below it;
            // many signed undated headers over other news: a roundup of signed pieces (counted apart: a teaser or
            // two of that shape in the page's foot make no live blog of a dated next story)
            // (a header a "Next story" line announces is no piece of a roundup: such a page loads stories below)
            // (nor is a dated header under a "Next story" line or a box's heading, "Recommended": a live blog
            // sets no such line between its entries)
            if (undated.get(h) ? opens && heading(page.blocks(), lines.get(at), dates) != Heading.NEXT_LINK
                    && ++signedEntries >= maxHeaders
                    : !announcing(heading(page.blocks(), lines.get(at), dates)) && ++stories >= maxHeaders) {
                return -1;
            }
        }
        if (first < 0) return -1;
        // a live blog's entries under time stamps alone: a title-like sentence above one of them heads no story
        if (stampsBetweenParagraphs(lines, headers, texts, dates) >= maxHeaders - 1) return -1;
        int from = first;
        while (first - from < maxSeparatorLines && from > 0 && isSeparator(lines, from - 1, dates)) from--;
        return from;
    }

    /**
     * How many short date lines outside the headers found stand alone between two lines of running text, prose right
     * above ("1:36pm", "22.10", "5 hours ago" between a live blog's entries): the time stamps of dated entries.
     */
    private int stampsBetweenParagraphs(List<Block> lines, List<Integer> headers, List<Integer> texts,
                                        DateMemo dates) {
        int stamps = 0;
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (inHeader(i, headers, texts)) continue;
            if (dates.dated(i) && lines.get(i).wordCount() <= maxHeaderLineWords && lines.get(i - 1).has(Label.PROSE)
                    && readsAsText(lines, i + 1, dates)) {
                stamps++;
            }
        }
        return stamps;
    }

    /** Whether a line of the header from the headline at {@code at} to its text at {@code text} dates it. */
    private static boolean datedHeader(int at, int text, DateMemo dates) {
        for (int i = at + 1; i < text; i++) if (dates.dated(i)) return true;
        return false;
    }

    private static boolean inHeader(int line, List<Integer> headers, List<Integer> texts) {
        for (int h = 0; h < headers.size(); h++) if (line >= headers.get(h) && line < texts.get(h)) return true;
        return false;
    }

    /**
     * Whether a header whose text never takes up its words still opens another story: a line removed for one of
     * {@link #DEFAULT_ANNOUNCING_REASONS} stands right above its headline ("Next article") and the text below is
     * about something else. An endless-scroll page's next story may be headed by a headline its lede does not retell
     * (a question, a quote, a pun); a teaser card set between the story's paragraphs under "Up next" has the story
     * resumed below it, which takes up the words above.
     */
    private boolean announcedElsewhere(Page page, List<Block> lines, int at) {
        return announced(page.blocks(), lines.get(at)) && anotherTopic(lines, at, page.stopwords());
    }

    /**
     * Whether a line a rule removed for one of {@link #DEFAULT_ANNOUNCING_REASONS} stands right above the headline
     * (only removed lines between, at most {@code maxSeparatorLines}): "Next article" announces another story.
     */
    private boolean announced(List<Block> blocks, Block headline) {
        return announcedAbove(blocks, blocks.indexOf(headline), maxSeparatorLines);
    }

    /**
     * Whether a line removed for one of {@link #DEFAULT_ANNOUNCING_REASONS} ("Next article") stands right above the
     * block at {@code at}, with only removed lines between, at most {@code maxSeparatorLines} up to it.
     */
    static boolean announcedAbove(List<Block> blocks, int at, int maxSeparatorLines) {
        for (int b = at - 1; b >= 0 && at - b <= maxSeparatorLines; b--) {
            Block above = blocks.get(b);
            if (above.isKept()) return false;
            if (above.removal() != null && DEFAULT_ANNOUNCING_REASONS.contains(above.removal().code())) return true;
        }
        return false;
    }

    /**
     * Whether a line right above the headline announces another story under it: a line removed for one of
     * {@link #DEFAULT_ANNOUNCING_REASONS} or a kept box heading the tail rules name for one of
     * {@link #DEFAULT_HEADING_REASONS}, with at most
     * {@code maxSeparatorLines} lines up to it, of which the kept ones are labels shorter than a headline
     * ("Business").
     */
    private boolean headedAbove(List<Block> blocks, Block headline, DateMemo dates) {
        return heading(blocks, headline, dates) != Heading.NONE;
    }

    /** What heads the headline, as {@link #headedAbove} finds it: none, "Next story", a box's heading, a break. */
    private enum Heading { NONE, NEXT_LINK, BOX, BREAK, END }

    /** Whether a heading announces another story: "Next story", or a box's heading, "More stories". */
    private static boolean announcing(Heading heading) {
        return heading == Heading.NEXT_LINK || heading == Heading.BOX || heading == Heading.END;
    }

    /**
     * What heads the headline ({@link #headedAbove}); where nothing does within {@code maxSeparatorLines}, the page's
     * foot above it ({@link #endsPageAbove}).
     */
    private Heading heading(List<Block> blocks, Block headline, DateMemo dates) {
        int at = blocks.indexOf(headline);
        Heading near = headingNear(blocks, at);
        return near == Heading.NONE && dates.footEnds && endsPageAbove(blocks, at) ? Heading.END : near;
    }

    /**
     * Whether the page's copyright notice stands above the block at {@code at} (a line removed for one of
     * {@link #DEFAULT_END_REASONS} that states a year), with at most {@link #DEFAULT_MAX_FOOTER_LINES} lines between,
     * each removed or kept and short: at most {@code maxSeparatorWords} words, no prose, no sentence.
     */
    private boolean endsPageAbove(List<Block> blocks, int at) {
        for (int b = at - 1, between = 0; b >= 0 && between <= DEFAULT_MAX_FOOTER_LINES; b--) {
            Block above = blocks.get(b);
            if (above.isJoined()) continue;
            if (above.isRemoved()) {
                if (DEFAULT_END_REASONS.contains(above.removal().code()) && statesYear(above.text())) return true;
            } else if (above.has(Label.PROSE) || above.wordCount() > maxSeparatorWords
                    || TextMeasure.endsSentence(above.text())) {
                return false;
            }
            between++;
        }
        return false;
    }

    /** Whether a text states a year: four digits from 1900 to 2099 standing alone ("© 2005-2019", "2019 Spacenews"). */
    static boolean statesYear(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            if ((text.startsWith("19", i) || text.startsWith("20", i))
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    /** What heads the headline within {@code maxSeparatorLines} lines above it. */
    private Heading headingNear(List<Block> blocks, int at) {
        for (int b = at - 1; b >= 0 && at - b <= maxSeparatorLines; b--) {
            Block above = blocks.get(b);
            // a break in the page (an ad slot's label, a rule of dashes or stars): heads what follows as a box's
            // heading does, weighed the same way (the story resumes below an ad slot or a section break)
            if (isBreak(above)) return Heading.BREAK;
            if (above.isKept()) {
                // a box's heading the tail rules name for one of those reasons ("More stories", "Read next")
                Rule tail = above.has(Label.PROSE) ? null : rules.firstMatch(RuleKind.TAIL, above.ruleText());
                if (tail != null && DEFAULT_HEADING_REASONS.contains(tail.code())) return Heading.BOX;
                // a section's label over the headline ("Business", "WORLD") stands between the two; a headline
                // there makes this one the next item of a box of headlines
                if (above.has(Label.PROSE) || above.wordCount() >= minHeadlineWords
                        || TextMeasure.endsSentence(above.text()) || isDateLine(above)) return Heading.NONE;
                continue;
            }
            if (above.removal() != null && DEFAULT_ANNOUNCING_REASONS.contains(above.removal().code())) {
                return Heading.NEXT_LINK;
            }
        }
        return Heading.NONE;
    }

    /**
     * Whether a line breaks the page between two pieces: a rule of marks with no letter or digit ("* * *", "———",
     * kept or not), or a line a rule removed for one of {@link #DEFAULT_BREAK_REASONS} (an ad slot's label,
     * "Advertisement", "Scroll to continue"; a reading prompt, "Keep reading").
     */
    static boolean isBreak(Block line) {
        if (line.isJoined()) return false;
        if (!line.text().isBlank() && !TextMeasure.hasWordCharacter(line.text())) return true;
        return line.isRemoved() && DEFAULT_BREAK_REASONS.contains(line.removal().code());
    }

    /**
     * The first paragraph below line {@code at} when that line is a headline that a line right above announces
     * ({@link #headedAbove}: "Next story", "More stories", with a section's label between) over at most one sentence
     * of standfirst and a paragraph, else -1: an undated, unsigned header that only its announcement tells.
     */
    private int announcedHeaderText(List<Block> blocks, List<Block> lines, int at, DateMemo dates) {
        if (!isHeadline(lines, at, dates) || !headedAbove(blocks, lines.get(at), dates)) return -1;
        int text = at + 1;
        if (text < lines.size() && isStandfirst(lines, text, dates)) text++;
        return text < lines.size() && isParagraph(lines, text, dates) ? text : -1;
    }

    /**
     * The first paragraph below line {@code at} when that line is a headline under a section's label (a kicker: a
     * kept line of at most {@code maxKickerWords} capitalised words that ends no sentence and dates
     * nothing, "Business", "TECH") which stands right below a paragraph of prose (only removed lines between), over
     * at most one sentence of standfirst and a paragraph; else -1. A story's own subheading stands right below its
     * paragraph with no label over it; a label over a headline, set between paragraphs, opens an item of the site's
     * own, as on its section pages. Whether that item is another story is judged as for a signed undated header: its
     * text is about something else and retells its headline.
     */
    private int kickedHeaderText(List<Block> lines, int at, DateMemo dates) {
        if (at < 2 || !isHeadline(lines, at, dates) || !isKicker(lines, at - 1, dates)
                || !lines.get(at - 2).has(Label.PROSE)) {
            return -1;
        }
        // the label sits right on the headline: a label over lines a rule took out heads a box ("Weather" over a
        // forecast), and the headline below it is the story's own subheading
        if (lines.get(at).index() != lines.get(at - 1).index() + 1) return -1;
        // a question, or a line a label opens ("Question: …"), under a subheading's words is an interview's
        String headline = lines.get(at).text().strip();
        if (headline.endsWith("?") || TextMeasure.labelColon(headline, maxKickerWords) > 0) return -1;
        // a story that sets such labels over its own sections ("ARGENTINA CRUISES" between two of its paragraphs)
        // has this one label its own section too, whose subheading stands below it
        if (labelsOwnSections(lines, at - 1, dates)) return -1;
        int text = at + 1;
        if (text < lines.size() && isStandfirst(lines, text, dates)) text++;
        return text < lines.size() && isParagraph(lines, text, dates) ? text : -1;
    }

    /**
     * The paragraph right below line {@code at} when that line is a headline standing alone right below the story's
     * paragraph and right over two paragraphs in a row (no line between on the page, kept or removed), with nothing
     * to announce, date or sign it, and the text below is another story: about something else than the story's last words
     * ({@link #anotherTopic}) and taking up as few of the whole story's words ({@code maxSharedShare}), shorter than
     * the story above, naming at least {@code minLedeNames} people, places or bodies of which the story above names
     * at most {@code maxSharedNameShare}, and below a story that sets no subheading of its own between its paragraphs (a feature's sections each under a headline-like
     * line, one of which turns to another side of its subject); else -1. A question heads an interview's answer.
     */
    private int loneHeaderText(Page page, List<Block> lines, int at, DateMemo dates) {
        if (at < 1 || at + 2 >= lines.size() || !lines.get(at - 1).has(Label.PROSE)
                || !lines.get(at + 1).has(Label.PROSE) || !lines.get(at + 2).has(Label.PROSE)
                || !isParagraph(lines, at + 1, dates) || !isHeadline(lines, at, dates)) {
            return -1;
        }
        // nothing between on the page: a line a rule took out (a stamp, a share bar) made it a header of some shape
        int index = lines.get(at).index();
        if (lines.get(at - 1).index() != index - 1 || lines.get(at + 1).index() != index + 1) return -1;
        String headline = lines.get(at).text().strip();
        // a question heads an interview's answer; a line of two sentences, "Deal agreed. What it means. 2h ago", a
        // teaser card's headline and summary
        if (headline.endsWith("?") || TextMeasure.labelColon(headline, maxKickerWords) > 0
                || TextMeasure.opensAnotherSentence(headline)) {
            return -1;
        }
        // the page's story is the longer: a lone line over the longer text heads the page's own story (a video's
        // title over it, the furniture's blurbs above), or a list article's first item below its introduction
        if (setsSubheadings(lines, at) || proseWords(lines, 0, at) < proseWords(lines, at, lines.size())) return -1;
        // the prose below goes on with its first paragraph's words: a lede, not a teaser's summary over other lines
        Set<String> below = wordsBelow(lines, at + 1, page.stopwords());
        if (below.size() < minContextWords || !anotherTopic(lines, at, page.stopwords())
                || !continuesTeaser(lines, at, at + 1, page.stopwords())
                || shared(below, wordsAbove(lines, at, Integer.MAX_VALUE, page.stopwords()))
                >= maxSharedShare * below.size()) {
            return -1;
        }
        // and it names others than the story did: a section of the same story names its people and places again,
        // though its common words may be new (a film's cast below a paragraph on its director)
        Set<String> names = names(lines, at + 1, lines.size(), contextWords);
        return names.size() >= minLedeNames && shared(names, names(lines, 0, at, Long.MAX_VALUE))
                <= maxSharedNameShare * names.size() ? at + 1 : -1;
    }

    /**
     * The names in the prose lines from {@code from} up to {@code to}, down to {@code maxWords} words of them
     * (counted by whole lines): the words set inside a sentence with a capital letter ("said Jane Doe in Leeds"),
     * which name its people, places and bodies; a sentence's first word is left out, whatever its case.
     */
    static Set<String> names(List<Block> lines, int from, int to, long maxWords) {
        Set<String> names = new HashSet<>();
        long words = 0;
        for (int i = from; i < to && words < maxWords; i++) {
            if (!lines.get(i).has(Label.PROSE)) continue;
            boolean opensSentence = true;
            for (String token : lines.get(i).text().split("\\s+")) {
                int start = 0;
                while (start < token.length() && !Character.isLetterOrDigit(token.charAt(start))) start++;
                int end = token.length();
                while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) end--;
                if (start == end) continue;
                words++;
                if (!opensSentence && Character.isUpperCase(token.charAt(start))) {
                    // a possessive or a contraction names its word: "Pine’s" is Pine, "I’m" no one
                    String name = token.substring(start, end).split("['’]", 2)[0];
                    if (name.length() >= MIN_NAME_LETTERS) names.add(name);
                }
                opensSentence = TextMeasure.endsSentence(token);
            }
        }
        return names;
    }

    /**
     * Whether a kept line that is not prose stands between two paragraphs of prose above line {@code at}: the story
     * sets subheadings (or labels, questions, list items) between its paragraphs, and a headline-like line below its
     * last paragraph is one more of them.
     */
    private static boolean setsSubheadings(List<Block> lines, int at) {
        int firstProse = -1;
        for (int i = 0; i < at; i++) if (lines.get(i).has(Label.PROSE)) {
            firstProse = i;
            break;
        }
        if (firstProse < 0) return false;
        for (int i = firstProse + 1; i + 1 < at; i++) {
            if (!lines.get(i).has(Label.PROSE) && lines.get(i - 1).has(Label.PROSE)
                    && lines.get(i + 1).has(Label.PROSE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line of the page above the story's first paragraph (its header: kept or removed) holds more than
     * {@code minRetoldHeadlineShare} of the content words (by their first letters) of the headline at {@code at}: the
     * page's own headline told again ("How this man's bedding gave him 'feather duvet lung'" over "A man develops
     * 'feather-duvet lung' after switching his bedding"). A headline of fewer than two content words tells nothing.
     */
    private boolean retellsPageHeadline(Page page, List<Block> lines, int at) {
        Block first = null;
        for (int i = 0; i < at && first == null; i++) if (lines.get(i).has(Label.PROSE)) first = lines.get(i);
        if (first == null) return false;
        Set<String> headline = new HashSet<>();
        for (String word : lines.get(at).words()) if (isContent(word, page.stopwords())) headline.add(stem(word));
        if (headline.size() < MIN_RETOLD_HEADLINE_STEMS) return false;
        for (Block block : page.blocks()) {
            if (block == first) return false;
            if (block.isJoined() || block.has(Label.PROSE)) continue;
            Set<String> found = new HashSet<>();
            for (String word : block.words()) {
                String stem = stem(word);
                if (headline.contains(stem)) found.add(stem);
            }
            if (found.size() > minRetoldHeadlineShare * headline.size()) return true;
        }
        return false;
    }

    /**
     * Whether a line above the label at {@code label} reads as a section's label too ({@link #isKicker}) and stands
     * between two paragraphs of prose: the story labels its own sections so ("KAZAKHSTAN WINS AGAIN" over a paragraph
     * of a sports roundup), and a label below is one more of them, not the site's over another story.
     */
    private boolean labelsOwnSections(List<Block> lines, int label, DateMemo dates) {
        for (int i = 1; i + 1 < label; i++) {
            if (lines.get(i - 1).has(Label.PROSE) && lines.get(i + 1).has(Label.PROSE) && isKicker(lines, i, dates)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the kept line at {@code at} reads as a section's label: a few capitalised words, no sentence or date. */
    private boolean isKicker(List<Block> lines, int at, DateMemo dates) {
        Block line = lines.get(at);
        if (!line.isKept() || line.has(Label.PROSE) || line.wordCount() > maxKickerWords) return false;
        String text = line.text().strip();
        if (text.isEmpty() || TextMeasure.endsSentence(text) || text.endsWith(":") || dates.dated(at)
                || isDateLine(line)) {
            return false;
        }
        // it opens with a capital letter (not a quote's signature, "– Jane D."), and every word is capitalised
        // ("World News", "TECH"); an "&" or a number may stand between ("Arts & Culture")
        if (!Character.isUpperCase(text.codePointAt(0))) return false;
        for (String word : TextMeasure.splitAtWhiteSpace(text)) {
            int first = word.codePointAt(0);
            if (Character.isLetter(first) && !Character.isUpperCase(first)) return false;
        }
        return true;
    }

    /**
     * Whether a block above the headline, kept or not, opens with its words: the page's own story, which its teaser
     * list or title line names above it. A page promotes its story, not the one it loads next.
     */
    private static boolean promotedAbove(List<Block> blocks, Block headline) {
        List<String> words = headline.words();
        for (Block block : blocks) {
            if (block == headline) return false;
            List<String> other = block.words();
            if (other.size() >= words.size() && other.subList(0, words.size()).equals(words)) return true;
        }
        return false;
    }

    /**
     * Whether the header from the headline at {@code at} to the paragraph at {@code text} signs its story: a line
     * between the two (kept, or removed by an earlier filter) that the {@code byline} rules match, or a kept line
     * that is not the date line and opens with a name ("Jane Doe", "Jane Doe | The Herald").
     */
    private boolean signed(List<Block> blocks, List<Block> lines, int at, int text, DateMemo dates) {
        for (int i = at + 1; i < text; i++) {
            String line = lines.get(i).text();
            if (dates.dated(i) ? signsBeforeDate(line) : opensWithName(line)) return true;
        }
        if (rules.of(RuleKind.BYLINE).isEmpty()) return false;
        int from = blocks.indexOf(lines.get(at));
        for (int b = from + 1; b < blocks.size() && blocks.get(b) != lines.get(text); b++) {
            if (rules.firstMatch(RuleKind.BYLINE, blocks.get(b).ruleText()) != null) return true;
        }
        return false;
    }

    /**
     * Whether a date line opens with a name and a separator before its date: a byline and a stamp on one line ("Jane
     * Doe | The Herald - 7h ago", "Jane Doe, Contributor | Updated Jul 13, 2019"), not a stamp's label ("Last
     * Updated Nov 3", "Published: …").
     */
    static boolean signsBeforeDate(String text) {
        String before = DateLines.beforeDate(text);
        if (before == null) return false;
        String name = before.strip();
        int end = nameEnd(name);
        return end >= 0 && end < name.length();
    }

    /** Whether a block between {@code above} and {@code below} (kept or not) is a byline the rules name. */
    private boolean bylineBetween(List<Block> blocks, Block above, Block below) {
        if (rules.of(RuleKind.BYLINE).isEmpty()) return false;
        int from = blocks.indexOf(above);
        for (int b = from + 1; b < blocks.size() && blocks.get(b) != below; b++) {
            if (rules.firstMatch(RuleKind.BYLINE, blocks.get(b).ruleText()) != null) return true;
        }
        return false;
    }

    /**
     * Whether a line credits a name: at most {@link #DEFAULT_MAX_CREDIT_WORDS} words, then "by" and a name ("Words by
     * Jane Doe", "Story and photos by Jane Doe | The Herald", "TEXT BY JANE DOE"), or a label of that many words and
     * a colon before it ("Words: Jane Doe", "Text and photos: Jane Doe").
     */
    static boolean isCredit(String text) {
        String line = text.strip();
        int by = line.toLowerCase(Locale.ROOT).indexOf(" by ");
        if (by > 0 && line.substring(0, by).split(" ").length <= DEFAULT_MAX_CREDIT_WORDS) {
            return opensWithName(line.substring(by + " by ".length()).strip());
        }
        int colon = line.indexOf(": ");
        return colon > 0 && line.substring(0, colon).split(" ").length <= DEFAULT_MAX_CREDIT_WORDS
                && Character.isLetter(line.codePointAt(0)) && opensWithName(line.substring(colon + 2).strip());
    }

    /**
     * Whether a line is a name followed by a separator and the writer's role or the site's name ("Jane Doe, Staff
     * Reporter", "Jane Doe | The Herald"): a byline without a "By", not a headline.
     */
    static boolean namesWithRole(String text) {
        String line = text.strip();
        int end = nameEnd(line);
        return end >= 0 && end + 1 < line.length() && !line.substring(end + 1).isBlank();
    }

    /**
     * Whether a line opens with a name of two to {@link #DEFAULT_MAX_NAME_WORDS} capitalised words and nothing
     * else up to its end or a separator ("|", ",", "·", "•", "/", a dash): a byline without a "By".
     */
    static boolean opensWithName(String text) {
        return nameEnd(text) >= 0;
    }

    /**
     * Where the name a line opens with ends ({@link #opensWithName}): the index of the separator after it, or the
     * line's length when the name is all the line holds; -1 when the line opens with no name.
     */
    static int nameEnd(String text) {
        int words = 0;
        int joinedAt = -1; // the words before "and" when two names sign ("Jane Doe and Theo Varga")
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int at = i;
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (inWord ? NAME_MARKS.indexOf(c) < 0 && NAME_SEPARATORS.indexOf(c) >= 0
                    : NAME_SEPARATORS.indexOf(c) >= 0) {
                // the name ends: the site's name or the writer's role may follow
                return namesEnded(words, joinedAt) ? at : -1;
            } else if (!inWord && joinedAt < 0 && words >= 2 && joinsNames(text, at)) {
                joinedAt = words;
                i = text.indexOf(' ', at);
            } else if (!inWord) {
                if (!Character.isUpperCase(c) || ++words - Math.max(joinedAt, 0) > DEFAULT_MAX_NAME_WORDS) return -1;
                inWord = true;
            } else if (!Character.isLetter(c) && NAME_MARKS.indexOf(c) < 0) {
                return -1;
            }
        }
        return namesEnded(words, joinedAt) ? text.length() : -1;
    }

    /** Whether "and" or "&" stands at {@code at}, a space after it: it joins two names. */
    private static boolean joinsNames(String text, int at) {
        for (String joiner : NAME_JOINERS) {
            if (text.startsWith(joiner + " ", at)) return true;
        }
        return false;
    }

    /** Whether a name, or two joined, of two words or more each, ends after this many words. */
    private static boolean namesEnded(int words, int joinedAt) {
        return joinedAt < 0 ? words >= 2 : words - joinedAt >= 2;
    }

    /**
     * The first paragraph below line {@code at} when that line is a headline over an undated header that a name
     * signs, else -1: the headline, one sentence that may sum the story up (a standfirst), then a byline right above
     * the paragraph — a line the {@code byline} rules name (kept, or already removed with no kept line left
     * between), a credit ("Words by Jane Doe", "Text: Jane Doe") or a name followed by the site's or the writer's
     * ("Jane Doe | The Herald", "Jane Doe, Reporter"); a name alone only when the page writes none of its words in
     * lower case (a capitalised subheading, "The Early Years", uses the story's own words).
     */
    private int signedHeaderText(List<Block> blocks, List<Block> lines, int at, DateMemo dates) {
        if (!isHeadline(lines, at, dates)) return -1;
        int sign = at + 1;
        if (sign < lines.size() && isStandfirst(lines, sign, dates)) sign++;
        Block head = lines.get(sign - 1); // the headline, or its standfirst
        while (sign < lines.size() && isCommentCount(lines.get(sign))) sign++;
        if (sign >= lines.size()) return -1;
        if (isParagraph(lines, sign, dates)) {
            // the byline was a line the rules took out
            return bylineBetween(blocks, head, lines.get(sign)) ? sign : -1;
        }
        int text = sign + 1;
        while (text < lines.size() && isCommentCount(lines.get(text))) text++;
        if (text >= lines.size() || !isParagraph(lines, text, dates)) return -1;
        return signs(lines, sign, dates) ? text : -1;
    }

    /** Whether a kept header line counts the story's comments ({@link #DEFAULT_COMMENT_COUNT_REASONS}). */
    private boolean isCommentCount(Block line) {
        if (!line.isKept() || line.has(Label.PROSE) || line.wordCount() > maxBylineWords) return false;
        Rule tail = rules.firstMatch(RuleKind.TAIL, line.ruleText());
        return tail != null && DEFAULT_COMMENT_COUNT_REASONS.contains(tail.code());
    }

    /** One sentence of at most {@code maxStandfirstWords} words that no header line follows up as a paragraph. */
    private boolean isStandfirst(List<Block> lines, int at, DateMemo dates) {
        Block line = lines.get(at);
        return line.wordCount() <= maxStandfirstWords && isSentence(line.text()) && !dates.dated(at)
                && at + 1 < lines.size() && !isParagraph(lines, at + 1, dates);
    }

    /** A paragraph's line, as {@link #opensStory} tells the first one below a header. */
    private boolean isParagraph(List<Block> lines, int at, DateMemo dates) {
        return readsAsText(lines, at, dates) && !ProseLabelFilter.isTeaser(lines.get(at).text());
    }

    /**
     * Whether a line below a header reads as running text: prose, a line longer than a header's (a dateline's
     * paragraph ending in a colon) or a short sentence that is no date line ("Time is not on his side.").
     */
    private boolean readsAsText(List<Block> lines, int at, DateMemo dates) {
        Block line = lines.get(at);
        return line.has(Label.PROSE) || line.wordCount() > maxHeaderLineWords
                || TextMeasure.endsSentence(line.text()) && !dates.dated(at);
    }

    /** Whether the short undated line at {@code at} signs a story ({@link #signedHeaderText}). */
    private boolean signs(List<Block> lines, int at, DateMemo dates) {
        Block line = lines.get(at);
        if (line.wordCount() > maxHeaderLineWords || dates.dated(at)) return false;
        String text = line.text().strip();
        if (isCredit(text)) return true;
        if (!rules.of(RuleKind.BYLINE).isEmpty() && rules.firstMatch(RuleKind.BYLINE, line.ruleText()) != null) {
            return true;
        }
        int end = nameEnd(text);
        // a photo credit ("Foto ANP", "Jane Doe / Reuters") the caption rules name is no byline
        if (end < 0 || rules.firstMatch(RuleKind.CAPTION, line.ruleText()) != null) return false;
        if (end < text.length()) return end + 1 < text.length() && !text.substring(end + 1).isBlank();
        return !writtenInLowerCase(lines, text);
    }

    /**
     * Whether a word of {@code name} stands in lower case in a prose line of the page. A word of one letter counts
     * too: an initial is written with its full stop ("J."), while a subheading's article ("A TURNING POINT", "A New
     * Approach") is a word the story writes in lower case.
     */
    private static boolean writtenInLowerCase(List<Block> lines, String name) {
        for (String word : TextMeasure.splitAtWhiteSpace(name)) {
            String lower = word.toLowerCase(Locale.ROOT);
            // "and" between two writers' names is no word of theirs
            if (lower.isEmpty() || !Character.isLetter(lower.codePointAt(0)) || NAME_JOINERS.contains(word)) continue;
            for (Block line : lines) {
                if (line.has(Label.PROSE) && containsWord(line.text(), lower)) return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean start = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (start && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) return true;
        }
        return false;
    }

    private boolean isStory(List<Block> lines, int from, int to) {
        long words = 0;
        int paragraphs = 0;
        for (int i = from; i < to; i++) {
            Block line = lines.get(i);
            if (!line.has(Label.PROSE) && line.wordCount() <= maxHeaderLineWords) continue;
            words += line.wordCount();
            paragraphs++;
        }
        return words >= minStoryWords && paragraphs >= minStoryParagraphs;
    }

    /**
     * Whether the prose below the first paragraph at {@code text} of the header at {@code at} goes on with that
     * paragraph's words rather than the story's above, or there is no prose below it (a next story of one paragraph
     * above the page's foot). Its first {@code contextWords} content words are weighed against the paragraph's and
     * against as many of the story's last ones above the header as the paragraph holds (the two sides weighed alike:
     * against the story's last {@code contextWords}, its longer side wins wherever both tell of the same news, a next
     * story on a near subject too); where the two share as many, against the story's last {@code contextWords} (a box's
     * teaser sharing nothing with the story resumed below it, nor with its last few words, stays). Few words are
     * compared too: a story resumed below a box may end in a short paragraph. Where the prose from the header down
     * is more than {@code maxTeaserCutRatio} times the story's above (a list article's short introduction over its
     * first section), it is weighed against the story's last {@code contextWords} content words alone.
     */
    private boolean continuesTeaser(List<Block> lines, int at, int text, Stopwords stopwords) {
        Set<String> below = wordsBelow(lines, text + 1, stopwords);
        if (below.isEmpty()) return true;
        Set<String> teaser = new HashSet<>();
        int teaserWords = 0;
        for (String word : lines.get(text).words()) {
            if (isContent(word, stopwords)) {
                teaser.add(word);
                teaserWords++;
            }
        }
        int withTeaser = shared(below, teaser);
        int withStory = shared(below, wordsAbove(lines, at, stopwords));
        // a short introduction over the long sections of a list article: the section's later paragraphs go on with
        // its first one's words more than with the introduction's last few, but take up the introduction's own
        if (proseWords(lines, at, lines.size()) > maxTeaserCutRatio * proseWords(lines, 0, at)) {
            return withTeaser >= withStory;
        }
        int withLast = shared(below, wordsAbove(lines, at, Math.min(teaserWords, contextWords), stopwords));
        if (withTeaser != withLast) return withTeaser > withLast;
        return withTeaser >= withStory;
    }

    /** The words of the prose lines from {@code from} up to {@code to}. */
    private static long proseWords(List<Block> lines, int from, int to) {
        long words = 0;
        for (int i = from; i < to; i++) if (lines.get(i).has(Label.PROSE)) words += lines.get(i).wordCount();
        return words;
    }

    private static int shared(Set<String> words, Set<String> other) {
        int shared = 0;
        for (String word : words) if (other.contains(word)) shared++;
        return shared;
    }

    /** The last {@code contextWords} content words of the prose above line {@code at}. */
    private Set<String> wordsAbove(List<Block> lines, int at, Stopwords stopwords) {
        return wordsAbove(lines, at, contextWords, stopwords);
    }

    /** The last {@code limit} content words of the prose above line {@code at}. */
    private Set<String> wordsAbove(List<Block> lines, int at, int limit, Stopwords stopwords) {
        Set<String> above = new HashSet<>();
        for (int i = at - 1, count = 0; i >= 0 && count < limit; i--) {
            if (!lines.get(i).has(Label.PROSE)) continue;
            List<String> words = lines.get(i).words();
            for (int k = words.size() - 1; k >= 0 && count < limit; k--) {
                if (isContent(words.get(k), stopwords)) {
                    above.add(words.get(k));
                    count++;
                }
            }
        }
        return above;
    }

    /** The first {@code contextWords} content words of the prose from line {@code from} on. */
    private Set<String> wordsBelow(List<Block> lines, int from, Stopwords stopwords) {
        Set<String> below = new HashSet<>();
        for (int i = from, count = 0; i < lines.size() && count < contextWords; i++) {
            if (!lines.get(i).has(Label.PROSE)) continue;
            for (String word : lines.get(i).words()) {
                if (count >= contextWords) break;
                if (isContent(word, stopwords)) {
                    below.add(word);
                    count++;
                }
            }
        }
        return below;
    }

    /**
     * Whether the prose below the header at {@code at} takes up the story's words: more than
     * {@code maxBreakSharedShare} of its first {@code contextWords} distinct content words are found anywhere in the
     * prose above it. Too few words below to tell: not.
     */
    private boolean takesUpStory(List<Block> lines, int at, Stopwords stopwords) {
        Set<String> below = wordsBelow(lines, at + 1, stopwords);
        if (below.size() < minContextWords) return false;
        return shared(below, wordsAbove(lines, at, Integer.MAX_VALUE, stopwords)) > maxBreakSharedShare * below.size();
    }

    /**
     * Whether the prose below the header at {@code at} is about something else than the prose above it: a story
     * resumed below a box of headlines shares many of its content words with its start. Sides with too few content
     * words to tell are taken for different stories (the header's shape decides).
     */
    private boolean anotherTopic(List<Block> lines, int at, Stopwords stopwords) {
        Set<String> above = wordsAbove(lines, at, stopwords);
        Set<String> below = wordsBelow(lines, at + 1, stopwords);
        if (above.size() < minContextWords || below.size() < minContextWords) return true;
        int shared = 0;
        for (String word : below) if (above.contains(word)) shared++;
        return shared < maxSharedShare * below.size();
    }

    /**
     * Whether the text below the header from {@code at} to {@code text} takes up one of the header's content words
     * within its first {@code contextWords} ones (a word of {@link #DEFAULT_STEM_LENGTH} letters or more matching by
     * that many first letters: "reopens", "reopening"), two of them when the header names
     * {@link #DEFAULT_MIN_HEADER_STEMS_FOR_TWO} or more: a story's lede retells its headline, a teaser card's
     * headline and summary name another story than the text the card is set in. Too few words to tell: retold.
     */
    private boolean retold(List<Block> lines, int at, int text, DateMemo dates, Stopwords stopwords) {
        Set<String> header = new HashSet<>();
        for (int i = at; i < text; i++) {
            for (String word : lines.get(i).words()) if (isContent(word, stopwords)) header.add(stem(word));
        }
        if (header.isEmpty()) return true;
        // a full card (headline, summary, its meta) names many words, one of which the text below may use by chance
        int needed = header.size() >= DEFAULT_MIN_HEADER_STEMS_FOR_TWO ? 2 : 1;
        Set<String> taken = new HashSet<>();
        for (int i = text, count = 0; i < lines.size() && count < contextWords; i++) {
            if (!lines.get(i).has(Label.PROSE) && !readsAsText(lines, i, dates)) continue;
            for (String word : lines.get(i).words()) {
                if (count >= contextWords) break;
                if (!isContent(word, stopwords)) continue;
                count++;
                String stem = stem(word);
                if (header.contains(stem) && taken.add(stem) && taken.size() >= needed) return true;
            }
        }
        return false;
    }

    /** A content word's first {@link #DEFAULT_STEM_LENGTH} letters, by which two of them match. */
    static String stem(String word) {
        return word.length() > DEFAULT_STEM_LENGTH ? word.substring(0, DEFAULT_STEM_LENGTH) : word;
    }

    private boolean isContent(String word, Stopwords stopwords) {
        return word.length() >= SentenceTeaserBoxFilter.DEFAULT_MIN_WORD_LENGTH && !stopwords.contains(word)
                && !commonWords.contains(word) && !isNumber(word);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) if (!Character.isDigit(word.charAt(i))) return false;
        return true;
    }

    /**
     * The first paragraph below line {@code at} when that line is a headline over a short header and a paragraph,
     * else -1. The header dates the story; one sentence right below the headline may sum the story up (a standfirst)
     * when such a header follows it, and a header below a standfirst may sign the story instead of dating it: a
     * byline the {@code byline} rules name, kept or already removed (a bare capitalised name is not enough there).
     */
    private int opensStory(List<Block> blocks, List<Block> lines, int at, DateMemo dates) {
        if (!isHeadline(lines, at, dates)) return -1;
        boolean dated = false;
        int first = at + 1; // the header's first line below the headline and its standfirst
        for (int i = at + 1; i < lines.size() && i <= first + maxHeaderLines; i++) {
            Block line = lines.get(i);
            if (isCommentCount(line)) continue;
            // the first paragraph: running text, not a teaser cut off in an ellipsis, nor a line that only stamps
            // the time, however prose-like ("Updated Jul 20, 2019 10:33 a.m.")
            boolean text = readsAsText(lines, i, dates);
            if (text && line.wordCount() <= maxHeaderLineWords && dates.dated(i)
                    && line.isTimestamp()) {
                text = false;
            }
            if (text && !ProseLabelFilter.isTeaser(line.text())) {
                if (i > first && dated) return i;
                // undated, the header needs the whole shape: a standfirst and a byline a rule names, kept or already
                // removed (a headline over a byline alone is as often an analysis box in the story, signed by the
                // site's correspondent; a bare capitalised line below one sentence is as often a subheading below
                // an interview's answer)
                if (first > at + 1 && bylineBetween(blocks, lines.get(first - 1), line)) return i;
                // a standfirst: one sentence right below the headline, a header below it
                if (i != at + 1 || line.wordCount() > maxStandfirstWords || !isSentence(line.text())) return -1;
                first = i + 1;
                continue;
            }
            boolean date = dates.dated(i);
            // besides the date line, a byline or the site's name: no other headline
            if (!date && line.wordCount() > maxBylineWords) return -1;
            // below a standfirst, a short headline over a header of its own opens the story, and the one sentence
            // above it is the last of the story told (a related link's title over it no headline); a credit line
            // ("Words by Jane Doe") or a name and the writer's role or the site's ("Jane Doe, Staff Reporter")
            // over the date line is the byline
            if (first > at + 1 && i == first && !isCredit(line.text()) && !namesWithRole(line.text())
                    && opensStory(blocks, lines, i, dates) >= 0) return -1;
            dated |= date;
        }
        return -1;
    }

    /** One sentence: it ends, and ends no other sentence before (a paragraph of several is the story's text). */
    private static boolean isSentence(String text) {
        String line = text.strip();
        if (!TextMeasure.endsSentence(line)) return false;
        for (int i = 0; i + 1 < line.length() - 1; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' '
                    && Character.isUpperCase(line.charAt(Math.min(i + 2, line.length() - 1)))) return false;
        }
        return true;
    }

    /**
     * Whether the headline at {@code at} stands below another headline or a short date line (above the short lines
     * that announce it, "Next article"): a headline under other headlines, dated or not, is most often an item of a
     * box of them, below which the story resumes; it opens another story only when a byline signs it and the text
     * below it is about something else (a story that ends on a title-like line or its event's dates, then the next).
     * Not when a line that announces another story stands between the two (see {@link #announcesBetween}): the box
     * or the page's furniture above ends there ("Contact", "© The Herald", "Next article", the headline).
     */
    private boolean underHeadline(List<Block> blocks, List<Block> lines, int at, DateMemo dates) {
        int above = at - 1;
        while (above >= 0 && at - above <= maxSeparatorLines && isSeparator(lines, above, dates)) above--;
        return above >= 0 && !lines.get(above).has(Label.PROSE)
                && (isHeadline(lines, above, dates) || lines.get(above).wordCount() <= maxHeaderLineWords
                && dates.dated(above))
                && !announcesBetween(blocks, lines.get(above), lines.get(at));
    }

    /**
     * Whether a line between {@code above} and {@code below} on the page announces another story: one a rule removed
     * for one of {@link #DEFAULT_ANNOUNCING_REASONS} ("Next article", "Read more Politics") or a kept box heading the
     * tail rules name for one of {@link #DEFAULT_HEADING_REASONS} ("Recommended").
     */
    private boolean announcesBetween(List<Block> blocks, Block above, Block below) {
        for (int b = blocks.indexOf(above) + 1; b < blocks.size() && blocks.get(b) != below; b++) {
            Block line = blocks.get(b);
            if (line.isKept()) {
                Rule tail = line.has(Label.PROSE) ? null : rules.firstMatch(RuleKind.TAIL, line.ruleText());
                if (tail != null && DEFAULT_HEADING_REASONS.contains(tail.code())) return true;
            } else if (line.removal() != null && DEFAULT_ANNOUNCING_REASONS.contains(line.removal().code())) {
                return true;
            }
        }
        return false;
    }

    private boolean isHeadline(List<Block> lines, int at, DateMemo dates) {
        Block line = lines.get(at);
        String text = line.text().strip();
        int words = line.wordCount();
        if (words < minHeadlineWords || words > maxHeadlineWords || text.isEmpty()) return false;
        // a headline may ask a question; it states nothing, as a sentence does
        boolean ends = TextMeasure.endsSentence(text) && !text.endsWith("?");
        // a photo's credit the caption rules name ("Image: Hanwha Q Cells") heads no story
        // a headline opens with a capital, unless a "Next story" line stands right above it: a site that prints its
        // headlines in lower case ("price row deepens as …") still announces them
        return (Character.isUpperCase(text.codePointAt(0))
                || Character.isLowerCase(text.codePointAt(0)) && announced(dates.blocks, line))
                && !ends && !text.endsWith(":")
                && !dates.dated(at) && (text == line.text() ? line.date() : DateLines.find(text)).isEmpty()
                && rules.firstMatch(RuleKind.CAPTION, line.ruleText()) == null && !listedBelowAnnouncement(lines, at);
    }

    /** Whether the block right below the line on the page is a player's line a rule removed: the line titles a video. */
    private static boolean titlesPlayer(List<Block> blocks, Block line) {
        for (int i = line.index() + 1; i < blocks.size(); i++) {
            Block below = blocks.get(i);
            if (below.isJoined()) continue;
            return below.isRemoved() && DEFAULT_PLAYER_REASONS.contains(below.removal().code());
        }
        return false;
    }

    /**
     * Whether the line is an item of a list the story announces: up to {@code maxListItems} lines below a line of
     * {@code minAnnouncementWords} words or more ending in a colon ("The finalists were:"), with only short lines
     * that are neither prose nor sentences between.
     */
    private boolean listedBelowAnnouncement(List<Block> lines, int at) {
        for (int i = at - 1; i >= 0 && at - i <= maxListItems; i--) {
            Block line = lines.get(i);
            if (TitleRunTailFilter.introducesList(line)) return line.wordCount() >= minAnnouncementWords;
            if (line.has(Label.PROSE) || line.wordCount() > maxHeaderLineWords
                    || TextMeasure.endsSentence(line.text().strip())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether each line of the page dates a story, worked out once a line: a headline-shaped line is asked as a
     * candidate, again as the line above the next one, and as a separator.
     */
    private static final class DateMemo {
        /** The page's blocks, kept or not, which the kept lines are read among. */
        final List<Block> blocks;
        private final List<Block> lines;
        private final byte[] known; // 0: not asked yet, 1: dates a story, 2: does not
        /** Whether the page's copyright notice heads a headline below it (see {@link #nextStoryStart}). */
        final boolean footEnds;

        DateMemo(List<Block> blocks, List<Block> lines, boolean footEnds) {
            this.blocks = blocks;
            this.lines = lines;
            this.known = new byte[lines.size()];
            this.footEnds = footEnds;
        }

        boolean dated(int line) {
            if (known[line] == 0) {
                // a date right below a post's credit ("— Jane Doe (@jdoe)" / "November 19, 2019") dates the post
                boolean post = line > 0 && creditsPost(lines.get(line - 1).text());
                known[line] = !post && isDateLine(lines.get(line)) ? (byte) 1 : (byte) 2;
            }
            return known[line] == 1;
        }
    }

    /** Whether a line credits an embedded post to its author's handle in brackets ("— Jane Doe (@jdoe)"). */
    static boolean creditsPost(String text) {
        return text.contains("(@");
    }

    /** A line that dates a story; not one that credits an embedded post to its author's handle. */
    private static boolean isDateLine(Block line) {
        String text = line.text();
        if (text.indexOf('@') >= 0) return false;
        if (DateLines.beforeDate(text) != null || line.isTimestamp()) return true;
        // a labelled stamp a rule took out, whatever its label: "Last updated: 5:21 AM ET" (not any line of that
        // reason: one with no time stated in it dates nothing)
        return line.isRemoved() && DEFAULT_DATE_REASONS.contains(line.removal().code()) && DateLines.statesTime(text);
    }

    private boolean isSeparator(List<Block> lines, int at, DateMemo dates) {
        Block line = lines.get(at);
        return !line.has(Label.PROSE) && line.wordCount() <= maxSeparatorWords
                && !TextMeasure.endsSentence(line.text()) && !dates.dated(at);
    }
}
