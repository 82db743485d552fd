package wirewash.clean.filters;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
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
 * Removes the page furniture above the article — navigation, dates, section names, the headline, image links —
 * that is, every block before the first prose block that is not prose itself, except long blocks and, below a
 * lead (a long block of running text just above the first paragraph), the story's deck lines. Short prose blocks
 * from the first one down to the story's date line a few lines below (kept, or a byline or date line that states a
 * date and that a rule took out) are a standfirst and a caption when the story below that line is much longer than
 * they are: they go, and the header runs on to the next prose block. A story that opens with a table (its cells
 * the first lines of the article's run) starts at the table. On the way it takes the headline (the nearest
 * title-like line above the article, or above its lead or standfirst, with enough words, dates aside) and the first stated date as the document's title and publication date, when the
 * page's metadata did not already give them; and the site's name where a line above the article states it after
 * the headline, as page titles do ("Headline - Site Name", "Headline | Site Name").
 */
public final class HeaderFilter implements BlockFilter {
    public static final String REASON = "header";
    /** Fewest words a line needs to be taken for the headline. */
    public static final int DEFAULT_MIN_TITLE_WORDS = 4;
    /** No limit: every block above the first prose block goes, however long. */
    public static final int DEFAULT_MAX_WORDS = Integer.MAX_VALUE;
    /** No limit: a long block above the first prose block stays however many of its words are capitalised. */
    public static final double DEFAULT_MAX_CAPITALISED_SHARE = 1.0;
    /** No body tags: on a text dump every non-prose block above the first prose block goes. */
    public static final Set<String> DEFAULT_BODY_TAGS = Set.of();
    /** A block linked for more than this share of its characters is never taken for article text here. */
    public static final double DEFAULT_MAX_BODY_LINK_DENSITY = 0.5;
    /** jusText's defaults for a "good" paragraph (LENGTH_LOW, MAX_LINK_DENSITY, STOPWORDS_HIGH). */
    static final int GOOD_TEXT_MIN_CHARS = 70;
    static final double GOOD_TEXT_MAX_LINK_DENSITY = 0.2;
    static final double GOOD_TEXT_MIN_STOPWORD_DENSITY = 0.32;
    /**
     * Most lines between a lead (a long block kept above the first paragraph that reads as running text) and that
     * paragraph that stay with it as the story's: a second deck, a subheading. Further up, a long line is furniture.
     */
    public static final int DEFAULT_MAX_DECK_LINES = 2;
    /**
     * Most of a lead's words that may be capitalised: a long line in title case ("A Mix of Native Ad Units Generate
     * the Highest Engagement", 0.73) is a headline or a promotion, not running text. Set above half: German leads,
     * which capitalise every noun, and leads full of names get there ("Bundeskanzler Olaf Scholz (SPD) hat am Montag
     * in Berlin…", 0.55).
     */
    public static final double DEFAULT_MAX_LEAD_CAPITALISED_SHARE = 0.65;

    /**
     * Most words of a standfirst: short prose blocks from the first one down to the story's date line ("20 Nov
     * 2019 08:00 GMT", "November 20, 2019 Jane Doe") are the deck the page prints under the headline and the
     * caption of its picture, not the story's first paragraphs; they go with the date line, and the story starts
     * at the next prose block. A story's date line most often comes before its text; a brief that prints its date
     * at its foot is told by how little prose is left below the date (see
     * {@link #DEFAULT_MIN_STORY_TO_STANDFIRST_RATIO}).
     */
    public static final int DEFAULT_MAX_STANDFIRST_WORDS = 60;
    /**
     * Reasons of the lines a rule removed before this step that are the story's date line below a standfirst when
     * they state a date: a byline with the date after the name, a date line ("Updated: Nov. 19, 2019").
     */
    public static final Set<String> DEFAULT_DATE_LINE_REASONS = Set.of("byline", "dateline");
    /**
     * Reasons of the steps that take out other stories' cards (a teaser rail, a run of dated cards, one card): such
     * lines between the first prose block and a dated byline below make that byline a card's, not the story's date
     * line, and the first prose block the story's lede, not a standfirst.
     */
    public static final Set<String> DEFAULT_CARD_REASONS = Set.of(HeadlineTeaserRunFilter.REASON,
            DatedCardRunFilter.REASON, TeaserCardFilter.REASON, StampedTeaserRunFilter.REASON);
    /** Most kept blocks from the first prose block down to the story's date line, both counted. */
    public static final int DEFAULT_MAX_STANDFIRST_LINES = 5;
    /** Most words of a line taken for a date line below a standfirst: the date, a time, a byline. */
    public static final int DEFAULT_MAX_DATE_LINE_WORDS = 12;
    /**
     * Least ratio of the prose words below the date line to those of the standfirst and caption above it: a deck is
     * shorter than the story it heads, while a brief whose date is printed at its foot has only an author's note
     * or a teaser below.
     */
    public static final double DEFAULT_MIN_STORY_TO_STANDFIRST_RATIO = 2.0;

    /**
     * Least share of function words a long block set wholly in lower case needs to stay above the first prose block
     * when capitals are checked ({@code maxCapitalisedShare} below 1): without capitals, a menu run together with
     * the headline ("washington secrets newsletters why beijing will bring slaughter to hong kong by tom rogan")
     * is told from a lead by its few function words, as jusText tells boilerplate from text (its STOPWORDS_LOW).
     */
    public static final double DEFAULT_MIN_CASELESS_STOPWORD_SHARE = 0.3;

    /**
     * Most words of the story's opening subheading on a text dump: a short phrase or question on the line right
     * above the first paragraph ("How it began", "What happened?", "THE STORY SO FAR"), right below a line an
     * earlier step removed (a byline, a date line, a photo credit, a key-points box) and below the headline, is the
     * story's first line, not the page's header. A headline is seldom that short; 0 turns this off.
     */
    public static final int DEFAULT_MAX_OPENING_SUBHEAD_WORDS = 6;
    /**
     * Most of an opening subheading's words that may be capitalised, unless it is set in capitals throughout: a
     * line in title case ("Dallas Robinson", "Senior Political Editor") is a name, a role or a headline.
     */
    public static final double DEFAULT_MAX_SUBHEAD_CAPITALISED_SHARE = 0.5;

    /** Fewest content words a headline shares with the story below it, when a line nearer the story shares fewer. */
    public static final int DEFAULT_MIN_TITLE_SHARED_STEMS = 2;
    /** Most title-like lines above the story asked for the headline before the nearest one is taken. */
    public static final int DEFAULT_MAX_TITLE_CANDIDATES = 12;
    /** Most words of a headline that ends in a question or exclamation mark (and so reads as a sentence). */
    public static final int DEFAULT_MAX_QUESTION_TITLE_WORDS = 20;
    /** Distinct content words of the story's opening that a headline's are looked up in. */
    public static final int DEFAULT_TITLE_CONTEXT_STEMS = 60;

    /**
     * Most words of a name read as the byline from a line of its own beside the story's date line or below a
     * byline's label ("Debbie White" over "18 Nov 2019, 19:09", "By" over "Ryan Reed"): a first name, a middle
     * initial, a family name.
     */
    public static final int DEFAULT_MAX_BYLINE_NAME_WORDS = 3;
    /** Most words of the outlet a name line may carry after a comma ("Jane Doe, Business Insider"). */
    public static final int DEFAULT_MAX_BYLINE_OUTLET_WORDS = 3;
    /**
     * Most lines between a name line and the same name printed again for the two to be one author box's (its name
     * over a link of the name); printed farther off, in the menu above, it is a section's name.
     */
    public static final int DEFAULT_MAX_NAME_REPEAT_DISTANCE = 2;
    /** Reason of the line a rule removed as a byline's label set apart from its name ("By", "Written by"). */
    public static final String DEFAULT_BYLINE_LABEL_REASON = "byline-meta";
    /** A name's word: a capital, then letters and the marks names carry ("O'Neil", "Smith-Jones", "Y."). */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");

    /** Longest site name, in words, taken from after the headline in a page-title line. */
    public static final int DEFAULT_MAX_SITE_WORDS = 6;
    private static final java.util.regex.Pattern SITE_NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N} &.'’-]+");
    private static final String[] SITE_SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "};

    private final int minTitleWords;
    private final Predicate<Block> namedFurniture;
    private final int maxWords;
    private final double maxCapitalisedShare;
    private final Set<String> bodyTags;
    private final int maxDeckLines;
    private final double maxLeadCapitalisedShare;
    private final int maxStandfirstWords;
    private final int maxOpeningSubheadWords;

    public HeaderFilter() {
        this(DEFAULT_MIN_TITLE_WORDS, DEFAULT_MAX_WORDS);
    }

    public HeaderFilter(int minTitleWords, int maxWords) {
        this(minTitleWords, maxWords, DEFAULT_MAX_CAPITALISED_SHARE, DEFAULT_BODY_TAGS);
    }

    /**
     * @param minTitleWords fewest words a line needs to be taken for the headline
     * @param maxWords      blocks above the first prose block with more words than this, web addresses aside,
     *                      stay (HTML pages, whose main content step already removed the page furniture, start
     *                      some articles with a long lead that is not labelled prose); the headline goes whatever
     *                      its length
     * @param maxCapitalisedShare a long block stays only when at most this share of its words are capitalised: a
     *                      menu dumped as one line is all names ("Rankings Research Companies Events Jobs")
     * @param bodyTags      tags of the elements that hold article text (HTML: {@code p}, {@code li}, subheadings):
     *                      a block of one of them below the headline stays unless it is mostly link text or states
     *                      a date, since a story may open with a subheading, a list or short lines that are not
     *                      prose; so does a block of any element that reads as running text (jusText's "good"
     *                      paragraph). Empty for text dumps, whose lines have no tags: nothing below the
     *                      headline is kept that way
     */
    public HeaderFilter(int minTitleWords, int maxWords, double maxCapitalisedShare, Set<String> bodyTags) {
        this(minTitleWords, maxWords, maxCapitalisedShare, bodyTags, DEFAULT_MAX_DECK_LINES);
    }

    /**
     * @param maxDeckLines when a block kept above the first paragraph for its length reads as running text (a
     *                     lead or standfirst, which often ends without a full stop; no teaser cut off in an
     *                     ellipsis), at most this many kept lines part it from the paragraph and none of them is the
     *                     page's own headline (its known title, an h1), the headline is sought above it, and those
     *                     lines stay when they are phrases of at least minTitleWords words, mostly unlinked, stating
     *                     no date: the headline sits above the lead, never below it, and what
     *                     comes between the lead and the story is the story's (a second deck, a subheading).
     *                     0 turns this off
     */
    public HeaderFilter(int minTitleWords, int maxWords, double maxCapitalisedShare, Set<String> bodyTags,
                        int maxDeckLines) {
        this(minTitleWords, maxWords, maxCapitalisedShare, bodyTags, maxDeckLines, DEFAULT_MAX_LEAD_CAPITALISED_SHARE);
    }

    /**
     * @param maxLeadCapitalisedShare a long block is taken for the lead only when at most this share of its words
     *                     are capitalised: a line in title case is a headline or a promotion
     */
    public HeaderFilter(int minTitleWords, int maxWords, double maxCapitalisedShare, Set<String> bodyTags,
                        int maxDeckLines, double maxLeadCapitalisedShare) {
        this(minTitleWords, maxWords, maxCapitalisedShare, bodyTags, maxDeckLines, maxLeadCapitalisedShare,
                DEFAULT_MAX_STANDFIRST_WORDS);
    }

    /**
     * @param maxStandfirstWords prose blocks of at most this many words from the first one down to a date line
     *                     just below are a standfirst and caption above the story, removed with the header (see
     *                     {@link #DEFAULT_MAX_STANDFIRST_WORDS}); 0 turns this off
     */
    public HeaderFilter(int minTitleWords, int maxWords, double maxCapitalisedShare, Set<String> bodyTags,
                        int maxDeckLines, double maxLeadCapitalisedShare, int maxStandfirstWords) {
        this(minTitleWords, maxWords, maxCapitalisedShare, bodyTags, maxDeckLines, maxLeadCapitalisedShare,
                maxStandfirstWords, DEFAULT_MAX_OPENING_SUBHEAD_WORDS);
    }

    /**
     * @param maxOpeningSubheadWords on a text dump (no body tags), a phrase of at most this many words on the line
     *                     right above the first paragraph, right below a line removed before this step and below a
     *                     headline, stays as the story's opening subheading (see
     *                     {@link #DEFAULT_MAX_OPENING_SUBHEAD_WORDS}); 0 turns this off
     */
    public HeaderFilter(int minTitleWords, int maxWords, double maxCapitalisedShare, Set<String> bodyTags,
                        int maxDeckLines, double maxLeadCapitalisedShare, int maxStandfirstWords,
                        int maxOpeningSubheadWords) {
        this(minTitleWords, maxWords, maxCapitalisedShare, bodyTags, maxDeckLines, maxLeadCapitalisedShare,
                maxStandfirstWords, maxOpeningSubheadWords, block -> false);
    }

    /**
     * @param namedFurniture whether a line is furniture a rule names wherever it stands ("Leave a comment", a
     *                       comment box's heading, which the tail step reads only below the story's prose): such a
     *                       line is never the story's opening subheading
     */
    public HeaderFilter(int minTitleWords, int maxWords, double maxCapitalisedShare, Set<String> bodyTags,
                        int maxDeckLines, double maxLeadCapitalisedShare, int maxStandfirstWords,
                        int maxOpeningSubheadWords, Predicate<Block> namedFurniture) {
        this.namedFurniture = Validate.notNull(namedFurniture, "namedFurniture");
        this.maxOpeningSubheadWords = Validate.atLeast(maxOpeningSubheadWords, 0, "maxOpeningSubheadWords");
        this.maxStandfirstWords = Validate.atLeast(maxStandfirstWords, 0, "maxStandfirstWords");
        this.maxLeadCapitalisedShare = Validate.fraction(maxLeadCapitalisedShare, "maxLeadCapitalisedShare");
        this.maxDeckLines = Validate.atLeast(maxDeckLines, 0, "maxDeckLines");
        this.minTitleWords = Validate.positive(minTitleWords, "minTitleWords");
        this.maxWords = Validate.positive(maxWords, "maxWords");
        this.maxCapitalisedShare = Validate.fraction(maxCapitalisedShare, "maxCapitalisedShare");
        this.bodyTags = Set.copyOf(Validate.notNull(bodyTags, "bodyTags"));
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int first = ProseLabelFilter.firstProse(blocks);
        if (first < 0) {
            page.warn("clean", "no prose paragraph found; kept what the rules did not remove");
            return false;
        }
        // The page's own headline read as prose (a long one that ends a sentence, "… To the Actual Scene!") is the
        // header's, not the story's first paragraph: the story starts at the next prose below it.
        if (isOwnHeadline(blocks.get(first), page)) {
            int next = ProseLabelFilter.firstProse(blocks, first + 1);
            if (next >= 0) first = next;
        }
        // A standfirst above the story's date line: the header runs on to the story's first paragraph below it, and
        // the headline is above the standfirst.
        int dateLine = standfirst(blocks, first);
        int standfirst = dateLine >= 0 ? first : -1;
        if (dateLine >= 0) first = ProseLabelFilter.firstProse(blocks, dateLine + 1);
        // A story that opens with its table (a standings page, the article's run starting at the table's first cell,
        // its lines of prose below it): the header ends above the table, and the headline is above it.
        if (standfirst < 0) first = openingTable(blocks, first);
        // A long block of running text kept just above the first paragraph is the story's lead: the headline is
        // above it, and the lines between it and the paragraph are the story's (a second deck, a subheading).
        int lead = standfirst >= 0 ? -1 : lead(blocks, first, page);
        // Labelled, so that later filters judging a block by its neighbours leave it where they are furniture.
        if (lead >= 0) blocks.get(lead).label(Label.LEAD);
        // The story's opening subheading, right above its first paragraph or its lead: the headline is above it.
        int subhead = standfirst >= 0 ? -1 : openingSubhead(blocks, lead >= 0 ? lead : first, page);
        Block title = findTitle(blocks, standfirst >= 0 ? standfirst : subhead >= 0 ? subhead : lead >= 0 ? lead : first,
                page);
        // the "subheading" is the headline when it shares more than two of the story's content words and two more
        // than the line found above it (a headline printed below the page's menus and its date line, "Home Depot sales
        // miss, shares plunge", 4, under a menu's "Maria Bartiromo's Wall Street", 2)
        if (subhead >= 0 && page.metadata().title() == null && !page.stopwords().isEmpty()) {
            Set<String> story = storyStems(blocks, first, page.stopwords());
            int above = title == null ? 0 : sharedStems(title, story, page.stopwords());
            int own = sharedStems(blocks.get(subhead), story, page.stopwords());
            if (own > DEFAULT_MIN_TITLE_SHARED_STEMS && own >= above + DEFAULT_MIN_TITLE_SHARED_STEMS) {
                title = blocks.get(subhead);
                subhead = -1;
            }
        }
        if (title != null) {
            title.label(Label.TITLE);
            if (page.metadata().title() == null) page.setMetadata(page.metadata().withTitle(title.text()));
        }
        if (page.metadata().site() == null) {
            String site = statedSite(blocks, first, page.metadata().title());
            if (site != null) page.setMetadata(page.metadata().withSite(site));
        }
        // the date line nearest above the story (a masthead prints today's date at the page's top), then any block
        // from the top: a caption's "In this Dec. 12, 2006, file photo" or a cookie notice's "effective May 23rd,
        // 2018" above the story tell of other days
        int dated = -1;
        for (int i = first - 1; i >= 0 && page.metadata().published() == null; i--) {
            Optional<String> date = mayStateTheDate(blocks.get(i)) ? blocks.get(i).date()
                    : Optional.empty();
            if (date.isPresent()) {
                page.setMetadata(page.metadata().withPublished(date.get()));
                dated = i;
            }
        }
        if (page.metadata().byline() == null) {
            String name = statedByline(blocks, first, title == null ? -1 : blocks.indexOf(title), dated,
                    page.stopwords());
            if (name != null) page.setMetadata(page.metadata().withByline(name));
        }
        for (int i = 0; i < first && page.metadata().published() == null; i++) {
            // the standfirst and caption above the date line tell of other days ("In this Nov. 3, 2019, file photo")
            if (standfirst >= 0 && i >= standfirst && blocks.get(i).has(Label.PROSE)) continue;
            Optional<String> date = blocks.get(i).date();
            if (date.isPresent()) page.setMetadata(page.metadata().withPublished(date.get()));
        }
        boolean changed = false;
        int headline = title != null ? blocks.indexOf(title) : lastTopHeading(blocks, first);
        Element storyBox = storyBox(blocks.get(first));
        for (int i = 0; i < first; i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (standfirst >= 0 && i >= standfirst && block.has(Label.PROSE)) {
                changed |= block.remove(new Reason(REASON, name(),
                        "standfirst or caption above the story's date line"));
                continue;
            }
            if (block != title && isLong(block, page)) continue;
            if (i == subhead) continue;
            if (headline >= 0 && i > headline && isBodyText(block, page, storyBox)) continue;
            if (lead >= 0 && i > lead && isDeckLine(block)) continue;
            String detail = block == title ? "headline" : "above the first prose paragraph";
            changed |= block.remove(new Reason(REASON, name(), detail));
        }
        return changed;
    }

    /**
     * Index of the first kept cell of a table ({@link Label#TABLE_CELL}) above {@code first} that the article's run
     * holds ({@link Label#ARTICLE}, {@link DenseProseRunFilter}'s, which starts at such a cell only when the story
     * opens with its table), or of the line ending in a colon right above it that announces it; {@code first} when
     * there is none.
     */
    private static int openingTable(List<Block> blocks, int first) {
        for (int i = 0; i < first; i++) {
            Block block = blocks.get(i);
            if (!block.isKept() || !block.has(Label.TABLE_CELL) || !block.has(Label.ARTICLE)) continue;
            // the sentence that announces the table ("Final standings after 36 races:") opens the story with it
            int above = i - 1;
            while (above >= 0 && (!blocks.get(above).isKept() || blocks.get(above).isJoined())) above--;
            return above >= 0 && TitleRunTailFilter.introducesList(blocks.get(above)) ? above : i;
        }
        return first;
    }

    /**
     * Index of the story's date line when {@code first} is a standfirst: a date line among the
     * {@link #DEFAULT_MAX_STANDFIRST_LINES} kept blocks from {@code first} on, no prose block above it longer than
     * {@code maxStandfirstWords}, and below it a story at least {@link #DEFAULT_MIN_STORY_TO_STANDFIRST_RATIO} times
     * as long as the prose above it; else -1.
     */
    private int standfirst(List<Block> blocks, int first) {
        if (maxStandfirstWords == 0) return -1;
        int seen = 0;
        long above = 0;
        for (int i = first; i < blocks.size() && seen < DEFAULT_MAX_STANDFIRST_LINES; i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) {
                // other stories' cards an earlier step took out below the first prose: a dated byline below them
                // is a card's, and the first prose is the story's, no standfirst
                if (block.isRemoved() && DEFAULT_CARD_REASONS.contains(block.removal().code())) return -1;
                // a dated byline or date line a rule took out is the story's date line too
                if (isDateLineByRule(block)) return storyBelow(blocks, i, above);
                continue;
            }
            seen++;
            if (block.has(Label.PROSE)) {
                if (block.wordCount() > maxStandfirstWords) return -1;
                above += block.wordCount();
            }
            if (isDateLine(block)) {
                if (isPostStamp(block) && headedByPostStamp(blocks, first)) return -1;
                return storyBelow(blocks, i, above);
            }
        }
        return -1;
    }

    /**
     * {@code dateLine} when the prose below it holds at least {@link #DEFAULT_MIN_STORY_TO_STANDFIRST_RATIO} times
     * the {@code above} words of the standfirst and caption above it, else -1.
     */
    private static int storyBelow(List<Block> blocks, int dateLine, long above) {
        long below = proseWords(blocks, dateLine + 1);
        return below > 0 && below >= DEFAULT_MIN_STORY_TO_STANDFIRST_RATIO * above ? dateLine : -1;
    }

    /**
     * Whether the nearest kept block above {@code first} is a live blog's post stamp ({@link #isPostStamp}): the
     * lines below it are that post's, and the next such stamp heads the next post, not the story's date line.
     */
    private static boolean headedByPostStamp(List<Block> blocks, int first) {
        for (int i = first - 1; i >= 0; i--) {
            if (blocks.get(i).isKept()) return isPostStamp(blocks.get(i));
        }
        return false;
    }

    /**
     * A line of a time of day alone or an age ("4 p.m.", "9 hours ago"), as a live blog stamps its posts; a
     * story's date line names its day.
     */
    private static boolean isPostStamp(Block block) {
        String text = block.text();
        return DateLines.isClockTime(text) || DateLines.isRelativeTime(text);
    }

    /** Words of the kept prose blocks from {@code from} to the end of the page. */
    private static long proseWords(List<Block> blocks, int from) {
        long words = 0;
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i).isKept() && blocks.get(i).has(Label.PROSE)) words += blocks.get(i).wordCount();
        }
        return words;
    }

    /**
     * A short line that opens with a date ("20 Nov 2019 08:00 GMT", "November 20, 2019 Jane Doe"), or with how long
     * ago the story was posted. Not a line that names a date after other words (a related story's headline with
     * its date) or labels a phrase with it ("March 3, 2019: cracks found in the pier", a timeline's entry), and
     * not the signature of a quoted post, which opens with a dash and names its author ("— Jane Doe (@janedoe)
     * November 1, 2019"): those are the story's lines, below its first paragraph.
     */
    /**
     * A byline or date line a rule removed before this step that states a date ("By Jane Doe November 19, 2019,
     * 07:47 PM EST"): the story's date line, for {@link #standfirst}, as a kept one is.
     */
    private static boolean isDateLineByRule(Block block) {
        return block.isRemoved() && DEFAULT_DATE_LINE_REASONS.contains(block.removal().code())
                && block.date().isPresent();
    }

    private static boolean isDateLine(Block block) {
        if (block.has(Label.PROSE) || block.wordCount() > DEFAULT_MAX_DATE_LINE_WORDS) return false;
        String text = block.text().strip();
        if (DateLines.startsWithRelativeTime(text)) return true;
        int end = DateLines.leadingDateEnd(text);
        return end >= 0 && !text.substring(end).stripLeading().startsWith(":");
    }

    /**
     * The byline a page prints as a name on a line of its own above the story: below a byline's label that a rule
     * removed ("By" / "Ryan Reed"), right below the headline ("Oversupply angst drags oil lower" / "Jane Doe"), or
     * right above or below the story's date lines ("Debbie White" / "18 Nov 2019, 19:09", "JANIE HAR" / "Nov. 20,
     * 2019"); null when no such line is {@link #personName name-shaped}.
     */
    private static String statedByline(List<Block> blocks, int first, int headline, int dateLine,
                                       Stopwords stopwords) {
        for (int i = 0; i + 1 < first; i++) {
            Block block = blocks.get(i);
            if (block.isRemoved() && block.removal().code().equals(DEFAULT_BYLINE_LABEL_REASON)) {
                String name = personName(blocks, i + 1, first, stopwords);
                if (name != null) return name;
            }
        }
        String name = headline >= 0 && headline + 1 < first ? personName(blocks, headline + 1, first, stopwords)
                : null;
        if (name != null || dateLine < 0) return name;
        int top = dateLine;
        while (top > 0 && blocks.get(top - 1).date().isPresent()) top--;
        name = top > 0 ? personName(blocks, top - 1, first, stopwords) : null;
        return name != null || dateLine + 1 >= first ? name : personName(blocks, dateLine + 1, first, stopwords);
    }

    /**
     * The name a kept line states alone: 2 to {@link #DEFAULT_MAX_BYLINE_NAME_WORDS} capitalised words, none a
     * function word ("Fact Check" has none either: a section's label beside the date is the risk, unless the menu
     * above names it too), with at most an outlet of {@link #DEFAULT_MAX_BYLINE_OUTLET_WORDS} capitalised words
     * after a comma; else null. Not the headline.
     */
    private static String personName(List<Block> blocks, int index, int first, Stopwords stopwords) {
        Block line = blocks.get(index);
        if (!line.isKept() || line.has(Label.TITLE) || line.has(Label.PROSE)) return null;
        // a section's name the menu above prints again ("Fact Check" in the menu and over the date) is no author's;
        // an author box prints its name twice in a row ("By" / "Ryan Reed" / "Ryan Reed" / "Reporter")
        for (int i = 0; i < first; i++) {
            if (Math.abs(i - index) > DEFAULT_MAX_NAME_REPEAT_DISTANCE
                    && blocks.get(i).text().strip().equalsIgnoreCase(line.text().strip())) {
                return null;
            }
        }
        String text = line.text().strip();
        int comma = text.indexOf(',');
        String name = comma < 0 ? text : text.substring(0, comma).strip();
        if (comma >= 0 && !capitalisedWords(text.substring(comma + 1).strip(), 1, DEFAULT_MAX_BYLINE_OUTLET_WORDS,
                null)) {
            return null;
        }
        return capitalisedWords(name, 2, DEFAULT_MAX_BYLINE_NAME_WORDS, stopwords) ? name : null;
    }

    /** Whether the text is {@code min} to {@code max} name-shaped words, none of them a function word. */
    private static boolean capitalisedWords(String text, int min, int max, Stopwords stopwords) {
        if (text.isEmpty()) return false;
        String[] words = text.split(" ", -1);
        if (words.length < min || words.length > max) return false;
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) return false;
            if (stopwords != null && stopwords.contains(word.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * A line that may state the story's date: one a byline or date-line rule took out (not another rule: a
     * caption's "on Aug. 31, 2019"), or a kept short line (at most {@link #DEFAULT_MAX_DATE_LINE_WORDS} words) that
     * is neither prose nor a caption.
     */
    private static boolean mayStateTheDate(Block block) {
        if (block.isRemoved()) return DEFAULT_DATE_LINE_REASONS.contains(block.removal().code());
        return block.wordCount() <= DEFAULT_MAX_DATE_LINE_WORDS && !block.has(Label.PROSE) && !block.has(Label.CAPTION);
    }

    /**
     * Index of the story's opening subheading: on a text dump, the line right above {@code first} (the story's first
     * paragraph or its lead) when it is kept, the line right above it was removed before this step (furniture a
     * rule or filter named: a byline, a date line, a credit, a box's points), it reads as a subheading
     * ({@link #isSubheadShaped}), no rule names it as furniture ("Leave a comment") and a headline stands above it;
     * else -1.
     */
    private int openingSubhead(List<Block> blocks, int first, Page page) {
        if (maxOpeningSubheadWords == 0 || !bodyTags.isEmpty()) return -1;
        int line = previousLine(blocks, first);
        if (line < 0 || !blocks.get(line).isKept() || !isSubheadShaped(blocks.get(line), page)) return -1;
        int above = previousLine(blocks, line);
        if (above < 0 || !blocks.get(above).isRemoved() || namedFurniture.test(blocks.get(line))) return -1;
        return findTitle(blocks, line, page) != null ? line : -1;
    }

    /** Index of the nearest block above {@code i} that was not joined into another, or -1. */
    private static int previousLine(List<Block> blocks, int i) {
        for (int j = i - 1; j >= 0; j--) if (!blocks.get(j).isJoined()) return j;
        return -1;
    }

    /**
     * A short phrase or question, at most {@code maxOpeningSubheadWords} words with a letter, no date, address,
     * links or caption: in sentence case, or in capitals throughout with a function word ("THE STORY SO FAR"; a
     * name in capitals has none).
     */
    private boolean isSubheadShaped(Block block, Page page) {
        String text = block.text().strip();
        int words = block.wordCount();
        if (words == 0 || words > maxOpeningSubheadWords || block.has(Label.CAPTION) || block.has(Label.PROSE)
                || block.linkDensity() > DEFAULT_MAX_BODY_LINK_DENSITY || text.contains("://")
                || DateLines.find(text).isPresent() || DateLines.isRelativeTime(text)
                || text.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        boolean capitals = text.codePoints().noneMatch(Character::isLowerCase);
        if (capitals) return words == 1 || ProseLabelFilter.stopwordDensity(block, page) > 0;
        return words == 1 || TextMeasure.capitalisedShare(text) <= DEFAULT_MAX_SUBHEAD_CAPITALISED_SHARE;
    }

    /**
     * Index of the nearest kept block above {@code first} that stays for its length, when it reads as running text
     * and at most {@code maxDeckLines} kept lines part it from {@code first}; else -1.
     */
    private int lead(List<Block> blocks, int first, Page page) {
        if (maxDeckLines == 0) return -1;
        String known = page.metadata().title();
        int between = 0;
        for (int i = first - 1; i >= 0 && between <= maxDeckLines; i--) {
            Block block = blocks.get(i);
            // The page's own headline (its title, its h1) below a long block: that block is above the story.
            if (block.tag().equals("h1") || block.text().equals(known)) return -1;
            if (!block.isKept()) continue;
            if (isLong(block, page)) {
                boolean teaser = ProseLabelFilter.isTeaser(block.text());
                boolean titleCase = TextMeasure.capitalisedShare(block.text()) > maxLeadCapitalisedShare;
                return isGoodText(block, page) && !teaser && !titleCase ? i : -1;
            }
            between++;
        }
        return -1;
    }

    /**
     * A line between the lead and the first paragraph that is the story's: a second deck or a subheading, a phrase
     * of words as long as a headline's, mostly unlinked, and no date ("AP", "Share", "Most popular" are furniture).
     */
    private boolean isDeckLine(Block block) {
        return block.wordCount() >= minTitleWords && block.linkDensity() <= DEFAULT_MAX_BODY_LINK_DENSITY
                && block.date().isEmpty() && !DateLines.isRelativeTime(block.text());
    }

    /** A block with more than {@code maxWords} words, not counting its web addresses, not all a menu's names. */
    private boolean isLong(Block block, Page page) {
        String text = block.text();
        return block.wordCount() > maxWords
                && (!TextMeasure.hasAddress(text) || TextMeasure.wordCountOutsideAddresses(text) > maxWords)
                && TextMeasure.capitalisedShare(text) <= maxCapitalisedShare && !isCaselessMenu(block, page);
    }

    /**
     * A block in lower case throughout (letters, none of them capital) with few function words, when capitals are
     * checked at all: capitals cannot show it is a menu's names, so its function words do. Scripts without case
     * (Arabic, Korean, Chinese) have no lower-case letters and are left to the other checks.
     */
    private boolean isCaselessMenu(Block block, Page page) {
        if (maxCapitalisedShare >= 1.0 || page.stopwords().isEmpty()) return false;
        String text = block.text();
        boolean lower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
            lower |= Character.isLowerCase(c);
        }
        return lower && ProseLabelFilter.stopwordDensity(block, page) < DEFAULT_MIN_CASELESS_STOPWORD_SHARE;
    }

    /** Index of the last {@code h1} block above {@code first}, the page's headline when no title was matched; or -1. */
    private static int lastTopHeading(List<Block> blocks, int first) {
        for (int i = first - 1; i >= 0; i--) if (blocks.get(i).tag().equals("h1")) return i;
        return -1;
    }

    /**
     * A block of an element that holds article text, or set in the story's own box ({@code storyBox}, null when
     * unknown), neither mostly link text nor a date line.
     */
    private boolean isBodyText(Block block, Page page, Element storyBox) {
        if (bodyTags.isEmpty() || block.date().isPresent() || DateLines.isRelativeTime(block.text())) {
            return false;
        }
        // a sentence set loose in the story's box (a deck in a bare span beside the paragraphs) is its line too; a
        // name so set is its byline
        boolean inStoryBox = storyBox != null && block.element() != null
                && (block.element().parent() == storyBox
                || block.element() == storyBox && TextMeasure.endsSentence(block.text()));
        if (bodyTags.contains(block.tag()) || inStoryBox) return block.linkDensity() <= DEFAULT_MAX_BODY_LINK_DENSITY;
        return isGoodText(block, page);
    }

    /**
     * The element that holds the story's first paragraph, when body tags are given (HTML) and it is not the page's
     * {@code body} itself: the lines set beside that paragraph in it are the story's, whatever their tags (a story
     * built of {@code div}s or of lines parted by {@code br}, a box score above the first sentence); null otherwise.
     */
    private Element storyBox(Block first) {
        if (bodyTags.isEmpty() || first.element() == null) return null;
        Element box = first.element().parent();
        return box == null || ParagraphBoxes.isPageRoot(box) ? null : box;
    }

    /**
     * jusText's "good" paragraph, with its published defaults: long enough, few links, and as many function
     * words as running text has: a sentence, whatever element holds it, and not a date, name or label line.
     */
    private static boolean isGoodText(Block block, Page page) {
        return block.text().length() >= GOOD_TEXT_MIN_CHARS && block.linkDensity() <= GOOD_TEXT_MAX_LINK_DENSITY
                && !page.stopwords().isEmpty()
                && ProseLabelFilter.stopwordDensity(block, page) >= GOOD_TEXT_MIN_STOPWORD_DENSITY;
    }

    /**
     * The site name from a page-title line above the article: "Title - Site" where Title is the headline found, or
     * is repeated as a line of its own on the page (the dump began with the HTML title). Null when none says it.
     */
    private static String statedSite(List<Block> blocks, int first, String title) {
        java.util.Set<String> lines = new java.util.HashSet<>();
        for (int i = 0; i < first; i++) lines.add(blocks.get(i).text());
        for (int i = 0; i < first; i++) {
            String line = blocks.get(i).text();
            if (title != null) {
                String site = siteAfterTitle(line, title);
                if (site != null) return site;
            }
            for (String separator : SITE_SEPARATORS) {
                int at = line.lastIndexOf(separator);
                if (at <= 0) continue;
                String head = line.substring(0, at);
                if (lines.contains(head)) {
                    String site = siteAfterTitle(line, head);
                    if (site != null) return site;
                }
            }
        }
        return null;
    }

    /** The site name in "Title - Site" when {@code line} starts with the title, else null. */
    static String siteAfterTitle(String line, String title) {
        if (!line.startsWith(title) || line.length() == title.length()) return null;
        String rest = line.substring(title.length());
        for (String separator : SITE_SEPARATORS) {
            if (!rest.startsWith(separator)) continue;
            String site = rest.substring(separator.length()).strip();
            int words = TextMeasure.wordCount(site);
            // A site's name is a name: capitalised words, no sentence, no arrows or other symbols.
            boolean name = TextMeasure.capitalisedShare(site) == 1.0 && SITE_NAME.matcher(site).matches();
            return words == 0 || words > DEFAULT_MAX_SITE_WORDS || !name ? null : site;
        }
        return null;
    }

    /** Whether the block is the page's {@code <h1>} and holds its known title (or the page states none). */
    private static boolean isOwnHeadline(Block block, Page page) {
        String known = page.metadata().title();
        return block.tag().equals("h1") && (known == null || block.text().strip().equals(known.strip()));
    }

    /**
     * The headline above {@code first}: of the nearest {@link #DEFAULT_MAX_TITLE_CANDIDATES} title-like lines with
     * enough words (no date, time stamp, web address, caption or line a rule took out), the one that shares most
     * content words with the story's opening ({@link #DEFAULT_TITLE_CONTEXT_STEMS}), at least
     * {@link #DEFAULT_MIN_TITLE_SHARED_STEMS}, the nearer on a tie (a share bar's "These are external links and will
     * open in a new window" or an ad's label sits between the headline and the story); the nearest such line when
     * none shares them, or when the page's language has no function words to tell content words by.
     */
    private Block findTitle(List<Block> blocks, int first, Page page) {
        String known = page.metadata().title();
        List<Block> candidates = new java.util.ArrayList<>();
        for (int i = first - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (known != null) {
                if (block.text().equals(known)) return block;
                continue;
            }
            if (block.has(Label.CAPTION) || !block.has(Label.TITLE_LIKE) && !isQuestionHeadline(block)) continue;
            // a line a rule took out is named furniture, no headline ("By Jane Doe, Associated Press", "Share this
            // on WhatsApp", "Image copyright Getty Images", "Reading time: 1 minute")
            if (block.isRemoved() && block.removal().byRule()) continue;
            if (block.wordCount() < minTitleWords || block.date().isPresent()
                    || DateLines.isRelativeTime(block.text()) || block.isTimestamp() || block.text().contains("://")
                    || TitleRunTailFilter.introducesList(block)) {
                continue;
            }
            if (page.stopwords().isEmpty()) return block;
            candidates.add(block);
            if (candidates.size() >= DEFAULT_MAX_TITLE_CANDIDATES) break;
        }
        // one candidate is the headline without a look at the story's words
        if (candidates.size() <= 1) return candidates.isEmpty() ? null : candidates.get(0);
        Set<String> story = storyStems(blocks, first, page.stopwords());
        Block best = null;
        int bestShared = 0;
        for (Block candidate : candidates) {
            int shared = sharedStems(candidate, story, page.stopwords());
            if (shared >= DEFAULT_MIN_TITLE_SHARED_STEMS && shared > bestShared) {
                best = candidate;
                bestShared = shared;
            }
        }
        return best != null ? best : candidates.get(0);
    }

    /**
     * A headline that asks or exclaims ("Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?"),
     * which ends a sentence and so is not title-like: one sentence of at most {@link #DEFAULT_MAX_QUESTION_TITLE_WORDS}
     * words ending in a question or exclamation mark.
     */
    private static boolean isQuestionHeadline(Block block) {
        if (block.wordCount() > DEFAULT_MAX_QUESTION_TITLE_WORDS) return false;
        String text = block.text().strip();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return (last == '?' || last == '!') && !TextMeasure.opensAnotherSentence(text) && text.indexOf("? ") < 0
                && text.indexOf("! ") < 0;
    }

    /**
     * The content stems of the kept paragraphs from {@code first} down, until {@link #DEFAULT_TITLE_CONTEXT_STEMS}
     * are read: a headline names what the story's opening tells.
     */
    private static Set<String> storyStems(List<Block> blocks, int first, Stopwords stopwords) {
        Set<String> stems = new java.util.HashSet<>();
        for (int j = first; j < blocks.size() && stems.size() < DEFAULT_TITLE_CONTEXT_STEMS; j++) {
            Block block = blocks.get(j);
            if (block.isKept() && !block.isJoined() && block.has(Label.PROSE)) {
                DenseProseRunFilter.addContentStems(block, stopwords, stems);
            }
        }
        return stems;
    }

    /** How many of the line's distinct content stems the story holds. */
    private static int sharedStems(Block line, Set<String> story, Stopwords stopwords) {
        Set<String> own = new java.util.HashSet<>();
        DenseProseRunFilter.addContentStems(line, stopwords, own);
        int shared = 0;
        for (String stem : own) if (story.contains(stem)) shared++;
        return shared;
    }
}
