package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes, on text dumps, the teasers of a "Latest news" or "Most read" box written as plain sentences, with no
 * headline lines: the short paragraphs right below a box heading (no line between but the time stamps of the
 * teasers, "2 hours ago") that are about other stories. A teaser shares few of its content words
 * (stopwords, {@code commonWords} and words shorter than {@code minWordLength} aside) with the prose printed around
 * it, while the story's own paragraphs, its lede under a box printed above it as much as the paragraphs resumed
 * under an inline "Related" box, share many with the rest of the story. From the heading down, each paragraph of at
 * most {@code maxTeaserWords} words that shares less than {@code maxSharedShare} of its content words with the
 * prose around it (up to {@code contextWords} content words below it and as many above the heading) is a teaser;
 * the box ends at the first paragraph that shares more, and goes only with at least {@code minTeasers} teasers.
 * Pages whose language has no stopword list, and paragraphs with less than {@code minContextWords} distinct content
 * words around them, are left alone.
 * <p>
 * A box heading is known by its shape as much as by its wording: a {@code tail} rule of a reason in
 * {@code boxReasons} names it, and the heading itself is then left to {@link TailRuleFilter}, which finds no story
 * resuming below it and ends the article there, or, above the story, removes it as a box. A heading no rule names
 * ("In other news", "AROUND THE REGION") is a short line of at most {@code maxHeadingWords} words that ends no
 * sentence and quotes no one; it goes with its teasers. A story's own subheading looks the same, but the
 * paragraphs below it carry on the story's topic; and since a page whose sections are each on a topic of their own
 * (a digest of the day's news) looks like boxes throughout, such boxes go only while their teasers hold at most
 * {@code maxUnnamedBoxShare} of the words of the prose left outside all boxes.
 * <p>
 * A box may list its stories by their headlines alone, one line each ("Read next" / "Storm leaves thousands
 * without power" / "Council votes to close two schools"), as sites print it between a story's paragraphs as often
 * as below them: a title-like line of {@code minHeadlineWords} to {@code maxHeadlineWords} words that shares as
 * few content words with the prose around it counts as a teaser, and a box with such lines needs
 * {@code minHeadlines} teasers. A numbered or bulleted line is an item of the story's own list, and a heading ending
 * in a colon announces one ("Here is what they asked for:"). The listing lines a rule took from between a box's
 * headlines ({@link InsetHeadlineListFilter#isRemovedListing}: a job board's paid listings) count toward
 * {@code minHeadlines}: the board lists its unpaid jobs beside them, and is as long as it was.
 */
public final class SentenceTeaserBoxFilter implements BlockFilter {
    public static final String REASON = "related-list";
    private static final String QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb";
    /** Reasons of the tail rules whose heading may head a box of teasers. */
    public static final Set<String> DEFAULT_BOX_REASONS = Set.of("related-list");
    /** Most words of a teaser: a sentence or two. */
    public static final int DEFAULT_MAX_TEASER_WORDS = 60;
    /** Share of a teaser's content words found in the other prose below which it is about another story. */
    public static final double DEFAULT_MAX_SHARED_SHARE = 0.15;
    /** Fewest teasers in a row under the heading that make a box. */
    public static final int DEFAULT_MIN_TEASERS = 2;
    /** Shortest content word: shorter tokens are numbers' parts and abbreviations that tell nothing of a topic. */
    public static final int DEFAULT_MIN_WORD_LENGTH = 4;
    /**
     * Content words of the prose a paragraph is compared with, on each side: those below it, past the teasers above
     * it in the box, and those above the box's heading, nearest first. A fixed window, as a long story holds most
     * of the words any news sentence uses.
     */
    public static final int DEFAULT_CONTEXT_WORDS = 150;
    /** Fewest distinct content words around a paragraph for it to be judged. */
    public static final int DEFAULT_MIN_CONTEXT_WORDS = 30;
    /**
     * Most words of a teaser under a heading no rule names: without the heading's wording to go by, only a box's
     * short teasers, a sentence or two, are taken for one (a story's closing section under "Conclusion" has longer
     * paragraphs).
     */
    public static final int DEFAULT_MAX_UNNAMED_TEASER_WORDS = 40;
    /** Most words of a box heading that no rule names: "In other news", "Around the region". */
    public static final int DEFAULT_MAX_HEADING_WORDS = 6;
    /**
     * Most words of the teasers under headings no rule names, as a share of the words of the prose left outside
     * them: past that, the page's sections are each on a topic of their own, and are the story (a digest).
     */
    public static final double DEFAULT_MAX_UNNAMED_BOX_SHARE = 1.5;
    /** Most words of a teaser's time stamp line ("Posted on Nov 3, 2019 at 9:10 am"). */
    public static final int DEFAULT_MAX_STAMP_WORDS = 8;
    /** Fewest words of a headline listed in a box: a headline says what happened, a list item may be a name. */
    public static final int DEFAULT_MIN_HEADLINE_WORDS = 4;
    /** Most words of a headline listed in a box. */
    public static final int DEFAULT_MAX_HEADLINE_WORDS = 20;
    /**
     * Fewest teasers of a box that lists headlines: two short lines on other topics may be a story's list, three
     * under a heading are a box.
     */
    public static final int DEFAULT_MIN_HEADLINES = 3;
    /**
     * Fewest content words of a headline that may share one of them with the prose around it and still be about
     * another story.
     */
    public static final int DEFAULT_MIN_HEADLINE_CONTENT_WORDS = 4;
    /**
     * Most words of the call to action that closes a promo's blurb ("Listen now", "Watch the trailer", "Book
     * tickets"): a button's label, a few words.
     */
    public static final int DEFAULT_MAX_CALL_WORDS = 4;
    /**
     * Most paragraphs of the story above a promo of one blurb under a heading no rule names: such a promo (a
     * podcast's, a series', an event's) is set at the story's top, above its lede or right below it.
     */
    public static final int DEFAULT_MAX_STORY_PARAGRAPHS_ABOVE_PROMO = 1;
    /** Reasons of the removed lines that are no promo's call to action: an ad marker stands between any two lines. */
    public static final Set<String> DEFAULT_NOT_CALL_REASONS = Set.of("advertisement");

    /**
     * Words any news sentence may use whatever its topic, left out of the comparison besides the stopwords (English
     * only: the verbs of attribution, the days, months and small numbers, the units of time).
     */
    public static final Set<String> DEFAULT_COMMON_WORDS = Set.of("said", "says", "told", "according", "will",
            "would", "could", "also", "last", "first", "next", "year", "years", "month", "months", "week", "weeks",
            "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "three", "four", "five", "seven", "eight", "nine", "time", "people", "least", "since");

    private final RuleSet rules;
    private final Set<String> boxReasons;
    private final int maxTeaserWords;
    private final double maxSharedShare;
    private final int minTeasers;
    private final Set<String> commonWords;
    private final int minWordLength;
    private final int contextWords;
    private final int minContextWords;
    private final int maxUnnamedTeaserWords;
    private final int maxHeadingWords;
    private final double maxUnnamedBoxShare;
    private final int maxStampWords;
    private final int minHeadlineWords;
    private final int maxHeadlineWords;
    private final int minHeadlines;
    private final int minHeadlineContentWords;
    private final int maxCallWords;
    private final int maxStoryParagraphsAbovePromo;

    public SentenceTeaserBoxFilter(RuleSet rules) {
        this(rules, DEFAULT_BOX_REASONS, DEFAULT_MAX_TEASER_WORDS, DEFAULT_MAX_SHARED_SHARE, DEFAULT_MIN_TEASERS,
                DEFAULT_COMMON_WORDS, DEFAULT_MIN_WORD_LENGTH, DEFAULT_CONTEXT_WORDS, DEFAULT_MIN_CONTEXT_WORDS,
                DEFAULT_MAX_UNNAMED_TEASER_WORDS, DEFAULT_MAX_HEADING_WORDS, DEFAULT_MAX_UNNAMED_BOX_SHARE,
                DEFAULT_MAX_STAMP_WORDS, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_HEADLINE_WORDS,
                DEFAULT_MIN_HEADLINES, DEFAULT_MIN_HEADLINE_CONTENT_WORDS, DEFAULT_MAX_CALL_WORDS,
                DEFAULT_MAX_STORY_PARAGRAPHS_ABOVE_PROMO);
    }

    /** A filter with the default call to action and story paragraphs above a promo of one blurb. */
    public SentenceTeaserBoxFilter(RuleSet rules, Set<String> boxReasons, int maxTeaserWords, double maxSharedShare,
                                   int minTeasers, Set<String> commonWords, int minWordLength, int contextWords,
                                   int minContextWords, int maxUnnamedTeaserWords, int maxHeadingWords,
                                   double maxUnnamedBoxShare, int maxStampWords, int minHeadlineWords,
                                   int maxHeadlineWords, int minHeadlines, int minHeadlineContentWords) {
        this(rules, boxReasons, maxTeaserWords, maxSharedShare, minTeasers, commonWords, minWordLength, contextWords,
                minContextWords, maxUnnamedTeaserWords, maxHeadingWords, maxUnnamedBoxShare, maxStampWords,
                minHeadlineWords, maxHeadlineWords, minHeadlines, minHeadlineContentWords, DEFAULT_MAX_CALL_WORDS,
                DEFAULT_MAX_STORY_PARAGRAPHS_ABOVE_PROMO);
    }

    /**
     * @param boxReasons     reasons of the tail rules whose heading may head a box of teasers
     * @param maxTeaserWords most words of a teaser
     * @param maxSharedShare share of a teaser's content words found in the other prose below which it is a teaser
     * @param minTeasers     fewest teasers in a row that make a box
     * @param commonWords    lower-case words left out of the comparison besides the page's stopwords
     * @param minWordLength  shortest content word
     * @param contextWords   content words of the prose on each side a paragraph is compared with
     * @param minContextWords fewest distinct content words around a paragraph for it to be judged
     * @param maxUnnamedTeaserWords most words of a teaser under a heading no rule names
     * @param maxHeadingWords most words of a box heading that no rule names
     * @param maxUnnamedBoxShare most words of the teasers under headings no rule names, as a share of the words of
     *                        the prose left outside them
     * @param maxStampWords   most words of a teaser's time stamp line
     * @param minHeadlineWords fewest words of a headline listed in a box
     * @param maxHeadlineWords most words of a headline listed in a box
     * @param minHeadlines    fewest teasers of a box that lists headlines
     * @param minHeadlineContentWords fewest content words of a headline that may share one with the prose around it
     * @param maxCallWords    most words of the call to action that closes a promo of one blurb
     * @param maxStoryParagraphsAbovePromo most of the story's paragraphs above a promo of one blurb
     */
    public SentenceTeaserBoxFilter(RuleSet rules, Set<String> boxReasons, int maxTeaserWords, double maxSharedShare,
                                   int minTeasers, Set<String> commonWords, int minWordLength, int contextWords,
                                   int minContextWords, int maxUnnamedTeaserWords, int maxHeadingWords,
                                   double maxUnnamedBoxShare, int maxStampWords, int minHeadlineWords,
                                   int maxHeadlineWords, int minHeadlines, int minHeadlineContentWords,
                                   int maxCallWords, int maxStoryParagraphsAbovePromo) {
        this.rules = Validate.notNull(rules, "rules");
        this.boxReasons = Set.copyOf(Validate.notNull(boxReasons, "boxReasons"));
        this.maxTeaserWords = Validate.positive(maxTeaserWords, "maxTeaserWords");
        this.maxSharedShare = Validate.fraction(maxSharedShare, "maxSharedShare");
        this.minTeasers = Validate.positive(minTeasers, "minTeasers");
        this.commonWords = Set.copyOf(Validate.notNull(commonWords, "commonWords"));
        this.minWordLength = Validate.positive(minWordLength, "minWordLength");
        this.contextWords = Validate.positive(contextWords, "contextWords");
        this.minContextWords = Validate.atLeast(minContextWords, 0, "minContextWords");
        this.maxUnnamedTeaserWords = Validate.positive(maxUnnamedTeaserWords, "maxUnnamedTeaserWords");
        this.maxHeadingWords = Validate.atLeast(maxHeadingWords, 0, "maxHeadingWords");
        this.maxUnnamedBoxShare = Validate.atLeast(maxUnnamedBoxShare, 0.0, "maxUnnamedBoxShare");
        this.maxStampWords = Validate.atLeast(maxStampWords, 0, "maxStampWords");
        this.minHeadlineWords = Validate.positive(minHeadlineWords, "minHeadlineWords");
        this.maxHeadlineWords = Validate.atLeast(maxHeadlineWords, minHeadlineWords, "maxHeadlineWords");
        this.minHeadlines = Validate.atLeast(minHeadlines, 1, "minHeadlines");
        this.minHeadlineContentWords = Validate.positive(minHeadlineContentWords, "minHeadlineContentWords");
        this.maxCallWords = Validate.atLeast(maxCallWords, 0, "maxCallWords");
        this.maxStoryParagraphsAbovePromo = Validate.atLeast(maxStoryParagraphsAbovePromo, 0,
                "maxStoryParagraphsAbovePromo");
    }

    @Override
    public boolean process(Page page) {
        Stopwords stopwords = page.stopwords();
        if (stopwords.isEmpty()) return false;
        List<Block> lines = page.kept();
        boolean changed = false;
        // the boxes under headings no rule names: their heading, stamps and teasers, judged together at the end
        List<Block> unnamed = new ArrayList<>();
        long unnamedWords = 0;
        ContentWords content = new ContentWords(lines, stopwords);
        for (int i = 0; i < lines.size(); i++) {
            Block heading = lines.get(i);
            if (heading.has(Label.PROSE)) continue;
            Rule rule = rules.firstMatch(RuleKind.TAIL, heading.ruleText());
            boolean named = rule != null && boxReasons.contains(rule.code());
            if (!named && (rule != null || !isUnnamedHeading(heading) || belowTailHeading(lines, i)
                    || inListOfLines(page.blocks(), heading))) continue;
            // no box can form when too few lines below have a teaser's shape: the prose around is not read then
            // a promo's one blurb under its heading, closed by its call to action, at the story's top
            boolean promo = !named && promoShaped(page, lines, i);
            if (!promo && !teaserShapedLinesFollow(lines, i, named)) continue;
            boolean above = false; // whether the prose above the heading is marked: once a paragraph below asks
            List<Block> box = new ArrayList<>();
            int last = i; // the box's last line: its last teaser, or a stamp printed below each teaser
            boolean stampAbove = false;
            boolean stampBelow = false;
            int headlines = 0;
            for (int j = i + 1; j < lines.size(); j++) {
                Block paragraph = lines.get(j);
                if (isStamp(paragraph)) {
                    // each teaser's stamp is printed either above it or below it: a stamp below the last teaser is
                    // the box's when one came below the first
                    if (box.isEmpty()) stampAbove = true;
                    else if (!stampAbove && j == last + 1 && box.size() == 1) stampBelow = true;
                    if (stampBelow) last = j;
                    continue;
                }
                boolean headline = !named && isListedHeadline(paragraph);
                if (!headline && !isSentenceTeaserShaped(paragraph, named || promo)) break;
                // a stamp above the first paragraph alone is the story's own date line, below its byline
                if (stampAbove && !box.isEmpty() && !isStamp(lines.get(j - 1))) break;
                int[] words = content.of(j);
                if (words.length == 0) break;
                if (!above) {
                    content.markAbove(i - 1);
                    above = true;
                }
                if (!content.aboutAnotherStory(words, belowListedTeasers(page, lines, j, named || promo), headline)) {
                    break;
                }
                box.add(paragraph);
                if (headline) headlines++;
                last = j;
            }
            // a box of headlines counts the listing lines a rule took from between them
            int listings = headlines > 0 ? removedListings(page, heading, lines.get(last)) : 0;
            if (promo && box.size() == 1 && headlines == 0 && last == i + 1) {
                // the call to action goes with the blurb when no rule took it out before
                if (last + 1 < lines.size() && lines.get(last + 1).index() == nextLine(page, lines.get(last))) last++;
            } else if (box.size() + listings < (headlines > 0 ? Math.max(minTeasers, minHeadlines) : minTeasers)) continue;
            if (headlines > 0 && !headlineBox(lines, i, last, content)) continue;
            List<Block> boxLines = lines.subList(named ? i + 1 : i, last + 1);
            if (named) {
                Reason reason = new Reason(REASON, name(), "a box's teasers written as sentences, about other stories");
                for (Block line : boxLines) changed |= line.remove(reason);
            } else {
                unnamed.addAll(boxLines);
                for (Block teaser : box) unnamedWords += teaser.wordCount();
            }
            i = last;
        }
        if (unnamed.isEmpty()) return changed;
        long outside = 0;
        Set<Block> inBoxes = new HashSet<>(unnamed);
        for (Block line : page.kept()) {
            if (line.has(Label.PROSE) && !inBoxes.contains(line)) outside += line.wordCount();
        }
        if (unnamedWords > maxUnnamedBoxShare * outside) return changed;
        Reason reason = new Reason(REASON, name(), "a box under a short heading: teasers about other stories");
        for (Block line : unnamed) changed |= line.remove(reason);
        return changed;
    }

    /**
     * Whether the heading at {@code heading} may head a promo of one blurb: a paragraph of a teaser's shape right below
     * it (up to {@code maxTeaserWords} words, as under a named heading), then a call to action ({@code maxCallWords}
     * words at most, ending no sentence: "Listen now", "Watch the trailer", "Book tickets"; kept, or taken out by a
     * rule as a button), with at most
     * {@code maxStoryParagraphsAbovePromo} of the story's paragraphs above the heading. A story's own subheading over a
     * paragraph and a short line looks the same, so the blurb must still be about another story.
     */
    private boolean promoShaped(Page page, List<Block> lines, int heading) {
        // a blurb closed by a call to action may run to a named box's teaser length
        if (heading + 1 >= lines.size() || !isSentenceTeaserShaped(lines.get(heading + 1), true)) return false;
        int call = nextLine(page, lines.get(heading + 1));
        if (call < 0 || !isCall(page.blocks().get(call))) return false;
        int storyAbove = 0;
        for (int j = 0; j < heading; j++) {
            Block line = lines.get(j);
            if (line.has(Label.ARTICLE) && line.has(Label.PROSE) && ++storyAbove > maxStoryParagraphsAbovePromo) {
                return false;
            }
        }
        return true;
    }

    /** The index in the page of the first block below {@code line} that no filter joined to another, or -1. */
    private static int nextLine(Page page, Block line) {
        List<Block> blocks = page.blocks();
        for (int j = line.index() + 1; j < blocks.size(); j++) if (!blocks.get(j).isJoined()) return j;
        return -1;
    }

    /**
     * Whether the line reads as a button's call to action: a few words that end no sentence and are no paragraph,
     * kept or taken out by a rule (not an ad marker, which stands between the story's own lines too).
     */
    private boolean isCall(Block line) {
        if (line.has(Label.PROSE) || line.wordCount() == 0 || line.wordCount() > maxCallWords) return false;
        if (line.isRemoved()) return !DEFAULT_NOT_CALL_REASONS.contains(line.removal().code());
        String text = line.text().strip();
        return !TextMeasure.endsSentence(text) && !quotes(text) && !text.endsWith(":") && !isStamp(line);
    }

    /**
     * Whether the line has the shape of a box heading that no rule names: a few words ({@code maxHeadingWords} at
     * most) that end no sentence and quote no one, set apart from the short line above it (see
     * {@link #inListOfLines}). A label and its value ("Text: Jane Doe") is a byline's or a
     * caption's.
     */
    private boolean isUnnamedHeading(Block line) {
        String text = line.text().strip();
        int words = line.wordCount();
        return words > 0 && words <= maxHeadingWords && !TextMeasure.endsSentence(text) && !quotes(text)
                && !text.contains(": ") && !text.endsWith(":") && !isStamp(line);
    }

    /**
     * Whether at least {@code minTeasers} lines below the heading at {@code heading} have a teaser's shape, stamps
     * aside, before the first that has not: the most teasers its box could hold, before their words are compared
     * with the prose around them.
     */
    private boolean teaserShapedLinesFollow(List<Block> lines, int heading, boolean named) {
        int count = 0;
        for (int j = heading + 1; j < lines.size() && count < minTeasers; j++) {
            Block line = lines.get(j);
            if (isStamp(line)) continue;
            boolean headline = !named && isListedHeadline(line);
            if (!headline && !isSentenceTeaserShaped(line, named)) break;
            count++;
        }
        return count >= minTeasers;
    }

    /**
     * How many listing lines a rule took out between {@code heading} and {@code last}, each of a listed headline's
     * shape ({@link InsetHeadlineListFilter#isRemovedListing}): a job board's paid listings a {@code widget} rule
     * names are still headlines of its box, beside the unpaid ones it cannot name.
     */
    private int removedListings(Page page, Block heading, Block last) {
        int count = 0;
        for (int j = heading.index() + 1; j < last.index(); j++) {
            Block line = page.blocks().get(j);
            if (InsetHeadlineListFilter.isRemovedListing(line) && isListedHeadline(line)) count++;
        }
        return count;
    }

    /**
     * The first line the paragraph at {@code j} is compared with below it: past the teaser-shaped lines (stamps
     * aside) printed right below it, no blank line between, when a blank line ends their run. Such lines are items of
     * one list, the box's teasers set one a line (bulleted or not), and a box's teasers share a site's stock hooks
     * with one another ("Storm cuts deal. Experts weigh in." / "Council bets big. Experts weigh in."), not with the
     * story set apart below them; a story dumped with no blank line anywhere is compared as before.
     */
    private int belowListedTeasers(Page page, List<Block> lines, int j, boolean named) {
        int k = j + 1;
        while (k < lines.size()) {
            Block line = lines.get(k);
            if (line.gapBefore() > 0) return k;
            if (line.index() != nextLine(page, lines.get(k - 1))
                    || !(isStamp(line) || isSentenceTeaserShaped(line, named))) {
                return j + 1;
            }
            k++;
        }
        return j + 1;
    }

    /** Whether the line has the shape of a teaser written as sentences: prose, and short. */
    private boolean isSentenceTeaserShaped(Block line, boolean named) {
        return line.has(Label.PROSE) && line.wordCount() <= (named ? maxTeaserWords : maxUnnamedTeaserWords);
    }

    /**
     * Whether a box that lists headlines is one: the story resumes right below it (a paragraph, or the page ends),
     * where a story's own run of short lines goes on into more of them (a meal plan's headings and items), and its
     * heading shares no content word with the prose around it ("Top picks for you"), where the heading of the
     * story's own list names what the story is about ("The Doobie Brothers Tour Dates").
     */
    private boolean headlineBox(List<Block> lines, int heading, int last, ContentWords content) {
        if (last + 1 < lines.size() && !lines.get(last + 1).has(Label.PROSE)) return false;
        return !content.sharesAny(content.of(heading), last + 1);
    }

    /**
     * Whether the line is a headline a box lists: title-like, {@code minHeadlineWords} to {@code maxHeadlineWords}
     * words, not numbered or bulleted as a list's item is ("1. Start small", "• Two eggs").
     */
    private boolean isListedHeadline(Block line) {
        int words = line.wordCount();
        return line.has(Label.TITLE_LIKE) && !line.has(Label.PROSE) && words >= minHeadlineWords
                && words <= maxHeadlineWords && !isStamp(line) && !TextMeasure.opensListItem(line.text().strip());
    }

    /**
     * Whether the line right above the one at {@code line} is a tail heading: the line is that box's first item
     * ("Related Links" / "European Space Agency website"), not a heading of its own.
     */
    private boolean belowTailHeading(List<Block> lines, int line) {
        return line > 0 && rules.firstMatch(RuleKind.TAIL, lines.get(line - 1).ruleText()) != null;
    }

    /**
     * Whether the line is printed right below another short line, no blank line between: an item of a menu or a
     * list ("Back to top" / "View Mobile Site"), not a heading standing on its own.
     */
    private static boolean inListOfLines(List<Block> blocks, Block line) {
        if (line.gapBefore() > 0 || line.index() == 0) return false;
        Block above = blocks.get(line.index() - 1);
        return !above.has(Label.PROSE) && !above.isJoined();
    }

    /** Whether the text holds a quotation mark: a quoted word or a pull quote is the story's. */
    private static boolean quotes(String text) {
        for (int i = 0; i < text.length(); i++) if (QUOTES.indexOf(text.charAt(i)) >= 0) return true;
        return text.startsWith("'") || text.startsWith("\u2018");
    }

    /** Whether the line only stamps a teaser's time ("2 hours ago", "Nov 3, 2019 at 9:10 am"). */
    private boolean isStamp(Block line) {
        return !line.has(Label.PROSE) && line.wordCount() <= maxStampWords && line.isTimestamp();
    }

    /**
     * The content words of a page's kept lines, each line's worked out once, when first asked for, as numbers (one
     * per distinct word of the page); and the context a paragraph is compared with, marked word by word: the
     * content words of the prose from a line on, up the page or down it, up to {@code contextWords} of them.
     */
    private final class ContentWords {
        private static final int NOT_CONTENT = -1;
        private final List<Block> lines;
        private final Stopwords stopwords;
        private final int[][] words;
        /**
         * The number of each distinct word of the page looked up, or {@link #NOT_CONTENT}; made at the first word
         * looked up, sized for all the lines' words, not grown table by table as the words come (its growth was
         * about a fifth of the lookups' time).
         */
        private Map<String, Integer> numbers;
        private int distinct;
        /** For each word's number, the round it was last marked in above a box's heading, and below a paragraph. */
        private int[] aboveRound = new int[64];
        private int[] belowRound = new int[64];
        /** The current rounds of marks: words whose round is this one are marked. */
        private int aboveMarks;
        private int belowMarks;
        /** Distinct words marked above the current heading. */
        private int aboveCount;
        /**
         * The prose line the marks above start from, and that the marks below start from with the round of the
         * marks above they were counted against: the marks depend on nothing else, so a run of short lines (a
         * menu's items taken one after another for headings, a box's headlines judged one after another) marks
         * the same prose once, not once a line. -2 before any marks.
         */
        private int aboveFrom = -2;
        private int belowFrom = -2;
        private int belowCountedAgainst;
        /** Distinct words marked above and below together, as the marks below were made. */
        private int belowContext;
        /**
         * For each line, the nearest prose line at or above it (-1: none) and at or below it (the lines' count: none),
         * worked out at the first marks: the marks walk from paragraph to paragraph, so a page of many short lines
         * between few paragraphs costs the same per heading as any other.
         */
        private int[] proseAtOrAbove;
        private int[] proseAtOrBelow;

        ContentWords(List<Block> lines, Stopwords stopwords) {
            this.lines = lines;
            this.stopwords = stopwords;
            this.words = new int[lines.size()][];
        }

        int[] of(int line) {
            int[] known = words[line];
            if (known == null) {
                List<String> all = lines.get(line).words();
                int[] content = new int[all.size()];
                int count = 0;
                for (String word : all) {
                    if (word.length() < minWordLength) continue;
                    int number = number(word);
                    if (number != NOT_CONTENT) content[count++] = number;
                }
                known = count == content.length ? content : Arrays.copyOf(content, count);
                words[line] = known;
            }
            return known;
        }

        /**
         * The word's number, or {@link #NOT_CONTENT} for a stopword or a common word: one lookup per word of the page,
         * the lists asked once per distinct word.
         */
        private int number(String word) {
            if (numbers == null) {
                int words = 0;
                for (Block line : lines) words += line.wordCount();
                numbers = new HashMap<>(Math.max(16, words * 4 / 3 + 1));
            }
            Integer known = numbers.get(word);
            if (known != null) return known;
            if (stopwords.contains(word) || commonWords.contains(word)) {
                numbers.put(word, NOT_CONTENT);
                return NOT_CONTENT;
            }
            int next = distinct++;
            numbers.put(word, next);
            if (next == aboveRound.length) {
                aboveRound = Arrays.copyOf(aboveRound, 2 * next);
                belowRound = Arrays.copyOf(belowRound, 2 * next);
            }
            return next;
        }

        /** Marks the content words of the prose from {@code from} up the page: the context above a box. */
        void markAbove(int from) {
            from = proseAbove(from);
            if (from == aboveFrom) return;
            aboveFrom = from;
            aboveMarks++;
            aboveCount = 0;
            int count = 0;
            for (int k = from; k >= 0 && count < contextWords; k = proseAbove(k - 1)) {
                for (int word : of(k)) {
                    if (aboveRound[word] != aboveMarks) {
                        aboveRound[word] = aboveMarks;
                        aboveCount++;
                    }
                    if (++count >= contextWords) break;
                }
            }
        }

        /**
         * Whether few of the paragraph's content words occur in the prose around it, that marked above its box and
         * that from {@code below} down the page: less than {@code maxSharedShare} of them, or for a headline of
         * {@code minHeadlineContentWords} content words or more, one (a headline has too few words for a share:
         * "Adorable art from the new series is released" shares "released" with any story).
         */
        boolean aboutAnotherStory(int[] paragraph, int below, boolean headline) {
            if (markBelow(below) < minContextWords) return false;
            int shared = 0;
            for (int word : paragraph) if (marked(word)) shared++;
            return shared < maxSharedShare * paragraph.length
                    || (headline && paragraph.length >= minHeadlineContentWords && shared <= 1);
        }

        /** Whether one of the words occurs in the prose marked above the box or in that from {@code below} down. */
        boolean sharesAny(int[] words, int below) {
            markBelow(below);
            for (int word : words) if (marked(word)) return true;
            return false;
        }

        /**
         * Marks the content words of the prose from {@code below} down the page, in a new round; returns how many
         * distinct words are marked above and below together.
         */
        private int markBelow(int below) {
            below = proseBelow(below);
            if (below == belowFrom && belowCountedAgainst == aboveMarks) return belowContext;
            belowFrom = below;
            belowCountedAgainst = aboveMarks;
            belowMarks++;
            int context = aboveCount;
            int count = 0;
            for (int k = below; k < lines.size() && count < contextWords; k = proseBelow(k + 1)) {
                for (int word : of(k)) {
                    if (belowRound[word] != belowMarks) {
                        belowRound[word] = belowMarks;
                        if (aboveRound[word] != aboveMarks) context++;
                    }
                    if (++count >= contextWords) break;
                }
            }
            belowContext = context;
            return context;
        }

        /** The nearest prose line at or above {@code line}, or -1. */
        private int proseAbove(int line) {
            if (line < 0) return -1;
            if (proseAtOrAbove == null) findProse();
            return proseAtOrAbove[line];
        }

        /** The nearest prose line at or below {@code line}, or the lines' count. */
        private int proseBelow(int line) {
            if (line >= lines.size()) return lines.size();
            if (proseAtOrBelow == null) findProse();
            return proseAtOrBelow[line];
        }

        private void findProse() {
            int n = lines.size();
            proseAtOrAbove = new int[n];
            proseAtOrBelow = new int[n];
            int last = -1;
            for (int k = 0; k < n; k++) {
                if (lines.get(k).has(Label.PROSE)) last = k;
                proseAtOrAbove[k] = last;
            }
            int next = n;
            for (int k = n - 1; k >= 0; k--) {
                if (lines.get(k).has(Label.PROSE)) next = k;
                proseAtOrBelow[k] = next;
            }
        }

        private boolean marked(int word) {
            return aboveRound[word] == aboveMarks || belowRound[word] == belowMarks;
        }
    }
}
