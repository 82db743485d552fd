package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.DomIndex;
import wirewash.clean.ElementText;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.BoundedMemo;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of an HTML page that lie outside its main content container, reason
 * {@code outside-main-content}. The container is found the way readability finds it: every kept paragraph of
 * enough characters (and every list item of strong prose: a story told as a list of points) gives its parent a score (one point, one per comma of any script, one per 100 characters up
 * to three) and its farther ancestors a share of it; containers start from a bias for their tag and their class,
 * id and microdata itemprop tokens ("article", "story" up; "comment", "related", "promo" down), and a
 * container's score is discounted by its link density. The best container wins, together with those of its
 * siblings that score close to it or are paragraphs of prose (readability's sibling test), a box above it (past
 * a hero image, an ad slot or a byline, not past the headline) that holds one paragraph of prose and nothing else
 * (the lead, set apart from the body), the page's one declared article body (microdata {@code articleBody}) when it
 * lies apart from the region, a list of sentences right above it (the story's key points), the boxes
 * beside it, or beside an ancestor that wraps it with a subheading,
 * that hold two or more paragraphs of prose and little else and open with one (chunks of a body split around a figure
 * or an ad slot into boxes of other classes), and the containers
 * elsewhere that score nearly as well, or score as a sibling would and have the winner's tag and class (articles
 * split by ad slots into chunks of one class); when that region holds too little of the page's prose it takes the
 * winner's other chunks wherever they are, and then widens. A winner that is one paragraph's box in a row of boxes
 * of its tag and class, each holding a paragraph (a CMS that wraps every paragraph in a component), gives way to the
 * row's element, and a row of three or more short posts of one class (a live blog: boxes of a few paragraphs each
 * with a time stamp and a share link) is scored as if its posts' paragraphs stood in it bare. Does nothing when no
 * container stands out; a container that scores low (a short story
 * whose class names earn it no bonus) is taken only when its region holds nearly all of the page's prose; when it
 * does not, the next low-scoring containers are tried in rank order (a cookie notice full of commas can outscore a
 * short story), and when none does, nothing is removed and the page gets a warning.
 */
public final class MainContainerFilter implements BlockFilter {
    public static final String REASON = "outside-main-content";
    /** Fewest characters a block needs to give its ancestors a score. */
    public static final int DEFAULT_MIN_PARAGRAPH_CHARS = 25;
    /** How many ancestor levels a paragraph's score reaches. */
    public static final int DEFAULT_MAX_LEVELS = 5;
    /** A sibling joins the winner when it scores at least this share of the winner's score. */
    public static final double DEFAULT_SIBLING_SHARE = 0.2;
    /**
     * The paragraphs of the story beyond doubt, by which the region's share of the page's prose, a lead, a chunk
     * and a section around the winner are judged.
     */
    public static final StrongProse DEFAULT_STRONG_PROSE = StrongProse.DEFAULT;
    /**
     * Readability's bonus for a sibling of the winner's tag and class, as a share of the winner's score: a body
     * that an ad slot splits into boxes of its own class leaves a chunk of short paragraphs that scores little.
     */
    public static final double DEFAULT_SAME_KIND_SIBLING_BONUS = 0.2;
    /** Another container anywhere on the page joins the region when it scores at least this share of the best. */
    public static final double DEFAULT_ALTERNATIVE_SHARE = 0.75;
    /**
     * The region must hold at least this share of the words of the page's strong prose outside negative
     * containers; otherwise it widens to the enclosing container.
     */
    public static final double DEFAULT_MIN_REGION_PROSE_SHARE = 0.6;
    /** Least score a container needs to be taken for the main content. */
    public static final double DEFAULT_MIN_SCORE = 20;
    /**
     * Least score of a weak winner: a container scoring between this and {@link #DEFAULT_MIN_SCORE} is taken only
     * when its region holds enough of the page's prose. A short story on a page whose class names say nothing
     * (hashed CSS-in-JS names) scores this low: its few paragraphs get no bonus for an "article" class.
     */
    public static final double DEFAULT_MIN_WEAK_SCORE = 10;
    /** How many weak containers are tried, in rank order, for one whose region holds the prose. */
    public static final int DEFAULT_MAX_WEAK_TRIES = 5;
    /**
     * Least share of the page's prose a weak winner's region must hold: more than a strong winner's, since "holds
     * most of the prose" is weak evidence beside a short story (a box of teaser summaries can hold more).
     */
    public static final double DEFAULT_MIN_WEAK_REGION_PROSE_SHARE = 0.9;
    /**
     * Least score a sibling needs to join the winner's region (readability's floor). A weak winner's own siblings
     * rarely reach it; the tail of a short story split by an ad slot joins when the region is widened instead.
     */
    public static final double DEFAULT_MIN_SIBLING_SCORE = 10;
    /**
     * Least link density of a heading that is a teaser card's headline: a container of the winner's kind in a box
     * with such a heading beside it (its own card, up to where it meets the winner) is a teaser's summary styled
     * like the body (WordPress "entry-content", Drupal "field-item"), not a chunk of the article.
     */
    public static final double DEFAULT_CARD_HEADLINE_LINK_DENSITY = 0.5;
    /**
     * How many elements without prose (a hero image, an ad slot, a byline) may stand between the story's lead in a
     * box of its own and the body it leads into.
     */
    public static final int DEFAULT_MAX_LEAD_GAP = 2;
    /**
     * Most kept blocks without prose (a byline, a date, a hero image's caption, share links) that may stand between the
     * headline and the body besides a lead set under the headline (see {@code addHeadlineLead}).
     */
    public static final int DEFAULT_MAX_HEADLINE_LEAD_BLOCKS = 12;
    /**
     * Fewest words of a lead set under the headline: a standfirst (a deck, a summary of the story in a sentence,
     * which is not the story's text) is shorter.
     */
    public static final int DEFAULT_MIN_HEADLINE_LEAD_WORDS = 40;
    /**
     * Most paragraphs of a lead set under the headline in one box of their own (an intro box holding the story's
     * first paragraphs, see {@code addHeadlineLead}).
     */
    public static final int DEFAULT_MAX_HEADLINE_LEAD_PARAGRAPHS = 3;
    /**
     * Fewest strong prose paragraphs of a box beside the winner that joins the region as a chunk of the article
     * (see {@code addChunks}); 0 turns chunks off.
     */
    public static final int DEFAULT_MIN_CHUNK_PARAGRAPHS = 2;
    /**
     * Fewest paragraphs of prose of any length, one of them or more strong, of a box beside the winner that opens
     * with one and joins the region as a chunk of a body told in short paragraphs (see
     * {@code isShortParagraphChunk}); 0 turns such chunks off.
     */
    public static final int DEFAULT_MIN_SHORT_CHUNK_PARAGRAPHS = 2;
    /**
     * Fewest words of the story's last paragraph set alone in a box that closes the wrapper below the winner (see
     * {@code isClosingSentenceBox}): a closing line of the story ("In short, slaughter is likely coming."), not a
     * label or a button's words.
     */
    public static final int DEFAULT_MIN_CLOSING_SENTENCE_WORDS = 6;
    /**
     * Fewest kept strong prose paragraphs that the winner's parent holds as its own children, beside the winner, for
     * the parent to be the story's box and the winner a chunk of it (see {@code storyBoxAround}).
     */
    public static final int DEFAULT_MIN_PARENT_PARAGRAPHS = 2;
    /**
     * Least share of the winner's strong prose words that the parent's own paragraphs hold for the parent to be the
     * story's box: a standfirst or a lone note beside the body holds far less.
     */
    public static final double DEFAULT_MIN_PARENT_PROSE_SHARE = 0.25;
    /**
     * Fewest strong prose paragraphs of a chunk that has the winner's tag and class: a body that an ad slot or a
     * newsletter box splits into boxes of its own class ("entry-content", "article-body") leaves as little as one
     * paragraph in the last of them, and its class says it is the body's, not a note beside it.
     */
    public static final int DEFAULT_MIN_SAME_KIND_CHUNK_PARAGRAPHS = 1;
    /**
     * Fewest kept strong prose {@code <p>}s, most of the page's, that share a class for a box whose paragraphs have
     * it to be the body's own chunk, as one of the winner's tag and class is (see {@code ofStoryParagraphs}).
     */
    public static final int DEFAULT_MIN_STORY_CLASS_PARAGRAPHS = 3;
    /**
     * Least link density of a block in the run that closes a chunk below its last paragraph (its topic links, its
     * share row), whose words the chunk's prose share leaves out (see {@code closingLinkWords}).
     */
    public static final double DEFAULT_MIN_CLOSING_LINK_DENSITY = 0.5;
    /**
     * Fewest items of prose of a list of key points right above the body (see {@code isKeyPointsList}): the
     * summary bullets a site sets over its story ("Retiring early takes time and discipline.").
     */
    public static final int DEFAULT_MIN_KEY_POINTS = 2;
    /**
     * Microdata properties that name an element the article's body wherever they stand (see
     * {@code addDeclaredBody}), matched whole, case-insensitive.
     */
    public static final Pattern DEFAULT_DECLARED_BODY_PROPERTY = Pattern.compile("articleBody",
            Pattern.CASE_INSENSITIVE);
    /**
     * Microdata properties that name an element the article's body when the item around it is an article
     * ({@link #DEFAULT_DECLARED_ARTICLE_TYPE}): schema.org's {@code text}, which a comment's item has too.
     */
    public static final Pattern DEFAULT_DECLARED_TEXT_PROPERTY = Pattern.compile("text", Pattern.CASE_INSENSITIVE);
    /** Item types (found in {@code itemtype}) of an article: NewsArticle, BlogPosting, Report, … */
    public static final Pattern DEFAULT_DECLARED_ARTICLE_TYPE = Pattern.compile(
            "schema\\.org/(?:\\w*Article|BlogPosting|Report|LiveBlogPosting)\\b", Pattern.CASE_INSENSITIVE);
    /** Most share of a key point's characters in links standing apart (a related list's items are links). */
    public static final double DEFAULT_MAX_KEY_POINT_LINK_DENSITY = 0.5;
    /** Least share of a chunk's kept words, less its closing links, that its strong prose paragraphs hold. */
    public static final double DEFAULT_MIN_CHUNK_PROSE_SHARE = 0.8;
    /** Most words of a teaser card, its headline and summary together (a chunk of the body holding more is none). */
    public static final int DEFAULT_MAX_CARD_WORDS = TeaserGridFilter.DEFAULT_MAX_CARD_WORDS;
    /**
     * Most scoring paragraphs of a short post: a box of no more, in a row of boxes like it, gives its paragraphs'
     * score to the row (see {@code rowOfPosts}).
     */
    public static final int DEFAULT_MAX_POST_PARAGRAPHS = 3;
    /** Fewest short posts of one class side by side that make a row of posts. */
    public static final int DEFAULT_MIN_ROW_POSTS = 3;
    /**
     * How many levels above the winner the box of a live blog's post may be, the winner being its text's box (see
     * {@code addPostRow}).
     */
    public static final int DEFAULT_MAX_POST_ROW_LEVELS = 2;
    /**
     * Most nodes looked at, in page order, for the first text of a post of a row beside the winner: a live blog's
     * post opens with its time stamp, in a header of a few elements (see {@code addPostRow}).
     */
    public static final int DEFAULT_MAX_POST_STAMP_NODES = 12;
    /**
     * Most distinct class, id and itemprop values whose weight is remembered for the rest of the run (a site's
     * pages share their class names): some 10 MB at most.
     */
    public static final int DEFAULT_MAX_REMEMBERED_VALUES = 50_000;
    /**
     * A state or modifier class name, the SMACSS and BEM conventions: "is-continued", "has-dropcap", or a block's
     * name with a modifier after a double dash ("article-text--more", group 1 the block's name).
     */
    static final Pattern MODIFIER_CLASS = Pattern.compile("(?:is|has)-[\\w-]+|([\\w-]+?)--[\\w-]+");
    /** Class/id tokens that make a container more likely to hold the article. */
    public static final Pattern DEFAULT_POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose", Pattern.CASE_INSENSITIVE);
    /** Class/id tokens that make a container less likely to hold the article. */
    public static final Pattern DEFAULT_NEGATIVE = Pattern.compile(
            "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo"
                    + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|taboola"
                    + "|recirc|newsletter|signup|subscribe|nav|menu|teaser|rail|popular|trending",
            Pattern.CASE_INSENSITIVE);
    /**
     * Parts of a class, id or itemprop value that hold a furniture word but name no furniture, taken out before
     * {@code negative} is asked: a furniture word with a state or layout word after it in one name ("promo-free",
     * "ad-free", "comments-enabled", "share-ready", "sidebar-layout": what the element is free of, has switched on
     * or is laid out with; the words of {@link BoilerplateClassFilter#DEFAULT_STATE_TOKENS}, ending the name but for
     * a layout's: "promo-free-trial" is a promotion's box), a furniture word that "has" opens a name with ("has-share",
     * "has-sidebar": what the element comes with), and "commentary", an
     * opinion piece's section, which holds "comment". Asked once per distinct value and run.
     */
    public static final Pattern DEFAULT_NOT_FURNITURE = Pattern.compile(
            "commentar(?:y|ies)|[a-z]+[-_](?:" + alternatives(BoilerplateClassFilter.DEFAULT_STATE_TOKENS.stream()
                    .filter(t -> !BoilerplateClassFilter.DEFAULT_LAYOUT_TOKENS.contains(t)).toList())
                    + ")(?![-_]?[a-z0-9])|[a-z]+[-_](?:" + alternatives(BoilerplateClassFilter.DEFAULT_LAYOUT_TOKENS)
                    + ")(?![a-z])|(?<![a-z0-9_-])(?:" + alternatives(BoilerplateClassFilter.DEFAULT_FEATURE_TOKENS)
                    + ")[-_][a-z]+(?![-_]?[a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    /** The words as a regex alternation, sorted (a set's order is not fixed), each quoted. */
    private static String alternatives(java.util.Collection<String> words) {
        return words.stream().sorted().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }
    private static final double CLASS_WEIGHT = 25;
    /** Readability's sibling paragraph test: a longer paragraph than this joins when its link density is low... */
    static final int SIBLING_PARAGRAPH_CHARS = 80;
    /** ...below this. */
    static final double SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;
    /** A shorter one joins when it has no links and ends a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    /** The end of a sentence: a full stop, a question or exclamation mark or an ellipsis, maybe in quotes. */
    private static final Pattern KEY_POINT_END = Pattern.compile("[.!?\u2026][\"'\u201D\u2019)]*$");
    /** Fewest other boxes of the winner's tag and class, each with a paragraph, that make it a paragraph's box. */
    static final int MIN_ALIKE_PARAGRAPH_BOXES = 2;
    /** Commas in the scripts readability knows: Latin, Arabic, and the full-width and small forms of CJK text. */
    private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";
    /** Most words one block adds to a region's prose, when judging whether the region holds enough of it. */
    static final int PROSE_WORDS_PER_BLOCK = 150;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "section", "div", "blockquote",
            "h2", "h3", "h4", "h5", "h6", "article", "main");

    private final int minParagraphChars;
    private final int maxLevels;
    private final double siblingShare;
    private final double minScore;
    private final double minWeakScore;
    private final int maxWeakTries;
    private final double minWeakRegionProseShare;
    private final double minSiblingScore = DEFAULT_MIN_SIBLING_SCORE;
    private final double sameKindSiblingBonus = DEFAULT_SAME_KIND_SIBLING_BONUS;
    private final double alternativeShare = DEFAULT_ALTERNATIVE_SHARE;
    private final double minRegionProseShare = DEFAULT_MIN_REGION_PROSE_SHARE;
    private final double cardHeadlineLinkDensity = DEFAULT_CARD_HEADLINE_LINK_DENSITY;
    private final int maxCardWords = DEFAULT_MAX_CARD_WORDS;
    private final int maxLeadGap = DEFAULT_MAX_LEAD_GAP;
    private final int maxHeadlineLeadBlocks = DEFAULT_MAX_HEADLINE_LEAD_BLOCKS;
    private final int minHeadlineLeadWords = DEFAULT_MIN_HEADLINE_LEAD_WORDS;
    private final int maxHeadlineLeadParagraphs = DEFAULT_MAX_HEADLINE_LEAD_PARAGRAPHS;
    private final int minChunkParagraphs;
    private final int minShortChunkParagraphs;
    private final int minSameKindChunkParagraphs = DEFAULT_MIN_SAME_KIND_CHUNK_PARAGRAPHS;
    private final int minClosingSentenceWords = DEFAULT_MIN_CLOSING_SENTENCE_WORDS;
    private final double minClosingLinkDensity = DEFAULT_MIN_CLOSING_LINK_DENSITY;
    private final int minStoryClassParagraphs = DEFAULT_MIN_STORY_CLASS_PARAGRAPHS;
    private final int maxPostParagraphs = DEFAULT_MAX_POST_PARAGRAPHS;
    private final int minParentParagraphs = DEFAULT_MIN_PARENT_PARAGRAPHS;
    private final double minParentProseShare = DEFAULT_MIN_PARENT_PROSE_SHARE;
    private final int minRowPosts = DEFAULT_MIN_ROW_POSTS;
    private final int maxPostRowLevels = DEFAULT_MAX_POST_ROW_LEVELS;
    private final int maxPostStampNodes = DEFAULT_MAX_POST_STAMP_NODES;
    private final Pattern positive;
    private final Pattern negative;
    private final Pattern notFurniture = DEFAULT_NOT_FURNITURE;
    private final Pattern declaredBodyProperty = DEFAULT_DECLARED_BODY_PROPERTY;
    private final Pattern declaredTextProperty = DEFAULT_DECLARED_TEXT_PROPERTY;
    private final Pattern declaredArticleType = DEFAULT_DECLARED_ARTICLE_TYPE;
    private final StrongProse strongProse;
    /** What each class, id or itemprop value adds to a weight ({@link #valueWeight}), read once per run. */
    private final BoundedMemo<String, Double> valueWeights =
            new BoundedMemo<>(DEFAULT_MAX_REMEMBERED_VALUES, this::valueWeight);

    public MainContainerFilter() {
        this(DEFAULT_MIN_PARAGRAPH_CHARS, DEFAULT_MAX_LEVELS, DEFAULT_SIBLING_SHARE, DEFAULT_MIN_SCORE,
                DEFAULT_POSITIVE, DEFAULT_NEGATIVE);
    }

    public MainContainerFilter(int minParagraphChars, int maxLevels, double siblingShare, double minScore,
                             Pattern positive, Pattern negative) {
        this(minParagraphChars, maxLevels, siblingShare, minScore, positive, negative, DEFAULT_MIN_WEAK_SCORE,
                DEFAULT_MAX_WEAK_TRIES, DEFAULT_MIN_WEAK_REGION_PROSE_SHARE);
    }

    /**
     * @param minWeakScore            least score of a weak winner (see {@link #DEFAULT_MIN_WEAK_SCORE}); at or above
     *                                {@code minScore}, no winner is weak
     * @param maxWeakTries            weak containers tried in rank order, the first included
     * @param minWeakRegionProseShare least share of the page's prose a weak winner's region holds
     */
    public MainContainerFilter(int minParagraphChars, int maxLevels, double siblingShare, double minScore,
                             Pattern positive, Pattern negative, double minWeakScore, int maxWeakTries,
                             double minWeakRegionProseShare) {
        this(minParagraphChars, maxLevels, siblingShare, minScore, positive, negative, minWeakScore, maxWeakTries,
                minWeakRegionProseShare, DEFAULT_MIN_CHUNK_PARAGRAPHS);
    }

    /**
     * @param minChunkParagraphs fewest strong prose paragraphs of a box beside the winner that joins it as a chunk
     *                           of the article (see {@link #DEFAULT_MIN_CHUNK_PARAGRAPHS}); 0 turns chunks off
     */
    public MainContainerFilter(int minParagraphChars, int maxLevels, double siblingShare, double minScore,
                             Pattern positive, Pattern negative, double minWeakScore, int maxWeakTries,
                             double minWeakRegionProseShare, int minChunkParagraphs) {
        this(minParagraphChars, maxLevels, siblingShare, minScore, positive, negative, minWeakScore, maxWeakTries,
                minWeakRegionProseShare, minChunkParagraphs, DEFAULT_STRONG_PROSE);
    }

    /**
     * @param strongProse the test of a paragraph of the story beyond doubt (see {@link #DEFAULT_STRONG_PROSE})
     */
    public MainContainerFilter(int minParagraphChars, int maxLevels, double siblingShare, double minScore,
                             Pattern positive, Pattern negative, double minWeakScore, int maxWeakTries,
                             double minWeakRegionProseShare, int minChunkParagraphs, StrongProse strongProse) {
        this(minParagraphChars, maxLevels, siblingShare, minScore, positive, negative, minWeakScore, maxWeakTries,
                minWeakRegionProseShare, minChunkParagraphs, strongProse, DEFAULT_MIN_SHORT_CHUNK_PARAGRAPHS);
    }

    /**
     * @param minShortChunkParagraphs fewest paragraphs of prose of any length of a chunk of a body told in short
     *                                paragraphs (see {@link #DEFAULT_MIN_SHORT_CHUNK_PARAGRAPHS}); 0 turns such
     *                                chunks off
     */
    public MainContainerFilter(int minParagraphChars, int maxLevels, double siblingShare, double minScore,
                             Pattern positive, Pattern negative, double minWeakScore, int maxWeakTries,
                             double minWeakRegionProseShare, int minChunkParagraphs, StrongProse strongProse,
                             int minShortChunkParagraphs) {
        this.minShortChunkParagraphs = Validate.atLeast(minShortChunkParagraphs, 0, "minShortChunkParagraphs");
        this.strongProse = Validate.notNull(strongProse, "strongProse");
        this.minChunkParagraphs = Validate.atLeast(minChunkParagraphs, 0, "minChunkParagraphs");
        this.minWeakScore = minWeakScore;
        this.maxWeakTries = Validate.positive(maxWeakTries, "maxWeakTries");
        this.minWeakRegionProseShare = Validate.fraction(minWeakRegionProseShare, "minWeakRegionProseShare");
        this.minParagraphChars = Validate.positive(minParagraphChars, "minParagraphChars");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.siblingShare = Validate.fraction(siblingShare, "siblingShare");
        this.minScore = minScore;
        this.positive = Validate.notNull(positive, "positive");
        this.negative = Validate.notNull(negative, "negative");
    }

    @Override
    public boolean process(Page page) {
        return new Scoring(page).process();
    }

    /** What one class, id or itemprop value adds to an element's weight: a pure function of the value. */
    private double valueWeight(String value) {
        double weight = 0;
        if (negative.matcher(notFurniture.matcher(value).replaceAll(" ")).find()) weight -= CLASS_WEIGHT;
        if (positive.matcher(value).find()) weight += CLASS_WEIGHT;
        return weight;
    }

    /** One page's scoring: class/id weights and linked headings are read once, whatever asks for them. */
    private final class Scoring {
        private final Map<Element, Double> classWeights = new IdentityHashMap<>();
        /**
         * Whether each table met holds one cell ({@link #layoutTable}): its cells are counted once per table, not
         * once for each of them (a table of thousands of prose cells).
         */
        private final Map<Element, Boolean> singleCellTables = new IdentityHashMap<>();
        /** Whether each container met holds its text as several blocks ({@link ParagraphBoxes#isLineBox}). */
        private final Map<Element, Boolean> lineBoxes = new IdentityHashMap<>();
        /** {@link #rowOfPosts} of each paragraph's box met: the paragraphs of one post ask for it once. */
        private final Map<Element, Element> postRows = new IdentityHashMap<>();
        /** {@link #words} of each element asked: the winner's siblings are asked again for every candidate judged. */
        private final Map<Element, Integer> wordCounts = new IdentityHashMap<>();
        private final Page page;
        /** The class of the story's paragraphs ({@link #ofStoryParagraphs}); null until asked. */
        private StoryParagraphClass storyParagraphs;
        private List<Block> headlines;
        /** The {@link #headlines}' elements and all their ancestors ({@link #holdsHeadline}); null until asked. */
        private Set<Element> headlineAncestry;

        Scoring(Page page) {
            this.page = page;
        }

        boolean process() {
            Map<Element, Double> scores = new IdentityHashMap<>();
            // elements in the order they were first scored (document order of their paragraphs), so that ties are
            // broken the same way in every run: an identity map's iteration order is not
            List<Element> scored = new ArrayList<>();
            for (Block block : page.kept()) if (block.element() == null) return false;
            // no block at all (a page with no text, or all of it in svg or script): no tree to index, nothing to keep
            if (page.domIndex() == null) return false;
            Chars chars = new Chars(page.domIndex());
            for (Block block : page.kept()) {
                int length = block.text().length();
                // a paragraph's links set inside its sentences are the story's own (a wiki's, a blog's): they
                // discount no container; links that stand apart (menus, headlines, "Read more:") do
                int links = block.has(Label.PROSE) ? block.linkChars() - block.sentenceLinkChars() : block.linkChars();
                int paragraph = isScoringParagraph(block) ? 1 : 0;
                for (int id : chars.dom.ancestry(block.element())) {
                    chars.text[id] += length;
                    chars.links[id] += links;
                    chars.paragraphs[id] += paragraph;
                }
            }
            for (Block block : page.kept()) {
                if (!isScoringParagraph(block)) continue;
                double score = 1 + commas(block.text()) + Math.min(block.text().length() / 100, 3);
                Element ancestor = scoreStart(block, chars);
                for (int level = 0; level < maxLevels && ancestor != null; level++, ancestor = ancestor.parent()) {
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    Double prior = scores.get(ancestor);
                    if (prior == null) scored.add(ancestor);
                    scores.put(ancestor, (prior == null ? initial(ancestor) : prior) + score / divider);
                }
            }
            Element best = null;
            double bestScore = 0;
            Map<Element, Double> finals = new IdentityHashMap<>();
            for (Element element : scored) {
                int text = chars.text(element);
                double linkDensity = text == 0 ? 0 : (double) chars.links(element) / text;
                double score = scores.get(element) * (1 - linkDensity);
                finals.put(element, score);
                if (score > bestScore) {
                    best = element;
                    bestScore = score;
                }
            }
            if (best == null || bestScore < Math.min(minScore, minWeakScore)) return false;
            // a box around one paragraph, in a row of boxes like it, is that paragraph's wrapper: the story is the row
            Element row = rowOfParagraphBoxes(best, chars);
            if (row != null) {
                best = row;
                Double rowScore = finals.get(row);
                if (rowScore != null) bestScore = Math.max(bestScore, rowScore);
            }
            // a box nested among the story's own paragraphs (the rest of the story after an ad slot, or behind a
            // meter, set in a box of its own inside the body's box) is a chunk of the body, not the body
            Element around = storyBoxAround(best);
            if (around != null) {
                best = around;
                Double aroundScore = finals.get(around);
                if (aroundScore != null) bestScore = Math.max(bestScore, aroundScore);
            }
            List<Element> region = regionOf(page, best, bestScore, scored, finals, chars, List.of());
            if (region == null) {
                // a weak winner that holds little of the prose (a cookie notice longer than a short story): the
                // next weak candidates in rank order, the first whose region holds enough of it
                List<Element> rejected = new ArrayList<>(List.of(best));
                List<Element> ranked = new ArrayList<>(scored);
                ranked.sort(java.util.Comparator.comparingDouble((Element e) -> finals.get(e)).reversed()); // stable
                for (int i = 0; i < ranked.size() && rejected.size() < maxWeakTries && region == null; i++) {
                    Element candidate = ranked.get(i);
                    if (candidate == best) continue;
                    double score = finals.get(candidate);
                    if (score < minWeakScore) break;
                    region = regionOf(page, candidate, score, scored, finals, chars, rejected);
                    if (region != null) best = candidate;
                    else rejected.add(candidate);
                }
                if (region == null) {
                    page.warn(name(), "no container stands out: the best-scoring ones (" + describe(rejected.get(0))
                            + " first) hold too little of the page's prose; nothing removed");
                    return false;
                }
            }
            addHeadlineLead(page, region);
            addDeclaredBody(page, region);
            boolean changed = false;
            String detail = "outside " + describe(best);
            for (Block block : page.kept()) {
                if (!inside(block.element(), region)) changed |= block.remove(new Reason(REASON, name(), detail));
            }
            return changed;
        }

        /**
         * Adds the page's declared article body to the region: the one element whose microdata names it the
         * article's body ({@code itemprop=articleBody}, or {@code itemprop=text} in an item whose type is an
         * article or a blog post, as schema.org's {@code BlogPosting} marks it), when it holds kept prose outside the
         * region and lies apart from it. A body split into parts (its start in the declared box, the rest in a box an ad
         * slot or a "See also" box parts from it) loses no part to a winner that holds only the other one; a
         * declared body around the region (a page's grid marked up whole, its rail in it) adds nothing. Several declared bodies
         * (a list of teasers, each marked up) name no one body, and nothing is added.
         */
        private void addDeclaredBody(Page page, List<Element> region) {
            Element declared = null;
            for (Element element : page.domIndex().properties()) {
                if (!isDeclaredBody(element)) continue;
                if (declared != null && !contains(declared, element)) return;
                if (declared == null) declared = element;
            }
            if (declared == null || inside(declared, region)) return;
            // a declared body around the region is a layout's wrapper (a grid with its rail): the region is finer
            for (Element e : region) if (contains(declared, e)) return;
            for (Block block : page.kept()) {
                if (block.has(Label.PROSE) && contains(declared, block.element()) && !inside(block.element(), region)) {
                    region.add(declared);
                    return;
                }
            }
        }

        /** Whether the element's microdata names it an article's body (see {@code addDeclaredBody}). */
        private boolean isDeclaredBody(Element element) {
            for (String property : element.attr("itemprop").trim().split("\\s+")) {
                if (declaredBodyProperty.matcher(property).matches()) return true;
                if (declaredTextProperty.matcher(property).matches()) {
                    Element item = element.parent();
                    while (item != null && !item.hasAttr("itemscope")) item = item.parent();
                    if (item != null && declaredArticleType.matcher(item.attr("itemtype")).find()) return true;
                }
            }
            return false;
        }

        /**
         * The winner's parent when it is the story's box and the winner a chunk nested in it: the parent holds, as
         * its own children beside the winner, at least {@code minParentParagraphs} kept strong prose paragraphs
         * with at least {@code minParentProseShare} of the winner's strong prose words, and the winner names no
         * furniture (the parent may: a page builder's "elementor-widget-container" holds the body). A body's box
         * that holds its first paragraphs and then the rest of the story in a box of its own ("body-after-ad",
         * "article-continued", a meter's "premium-content") scores less than that box when the box's name earns a
         * bonus; a standfirst or one note beside the body is one paragraph, and a
         * page wrapper's own paragraphs are rarely strong prose. Null otherwise.
         */
        private Element storyBoxAround(Element best) {
            Element parent = best.parent();
            if (parent == null || parent.normalName().equals("body") || classWeight(best) < 0) return null;
            int paragraphs = 0;
            int parentWords = 0;
            int bestWords = 0;
            for (Block block : page.kept()) {
                Element e = block.element();
                if (e == null || !strongProse.test(block)) continue;
                if (e.parent() == parent) {
                    paragraphs++;
                    parentWords += block.wordCount();
                } else if (contains(best, e)) {
                    bestWords += block.wordCount();
                }
            }
            return paragraphs >= minParentParagraphs && parentWords >= minParentProseShare * bestWords ? parent : null;
        }

        /**
         * The region a container and its neighbours make (see the class comment), or null when the container is
         * weak and its region holds too little of the page's prose. Containers already {@code rejected} so are no
         * one's alternative.
         */
        private List<Element> regionOf(Page page, Element best, double bestScore, List<Element> scored,
                                       Map<Element, Double> finals, Chars chars,
                                       List<Element> rejected) {
            List<Element> region = region(best, bestScore, finals, chars);
            addPostRow(region, best, chars);
            addLead(page, region, best);
            // the container the region's chunks show the winner stands for: the box whose paragraphs joined
            int beforeChunks = region.size();
            Element container = addChunks(page, region, best, chars);
            List<Element> chunks = new ArrayList<>(region.subList(beforeChunks, region.size()));
            int before = region.size();
            addAlternatives(region, container, bestScore, scored, finals, rejected);
            // a chunk that joined shows the body's own kind when the winner is a box of another name (the rest of
            // the story set apart in a "story-continued" box that outscores each of the body's sections): the
            // containers of the chunk's kind elsewhere are the body's other sections
            for (Element chunk : chunks) {
                Element kind = bestScoredIn(chunk, scored, finals);
                if (kind != null && !sameKind(kind, container)) {
                    addAlternatives(region, kind, bestScore, scored, finals, rejected);
                }
            }
            // an alternative can be the chunk that stood between the winner and its wrapper's neighbours (a body
            // nested in sections, the winner the second one): the walk out from the winner goes on past it
            if (region.size() > before) {
                Element again = addChunks(page, region, best, chars);
                if (contains(again, container)) container = again;
            }
            return widened(page, region, container, bestScore < minScore, scored, finals);
        }

        /** The best-scoring container in the element or the element itself, null when none scored. */
        private static Element bestScoredIn(Element element, List<Element> scored, Map<Element, Double> finals) {
            Element best = null;
            for (Element candidate : scored) {
                if (contains(element, candidate) && (best == null || finals.get(candidate) > finals.get(best))) {
                    best = candidate;
                }
            }
            return best;
        }

        /** The winner and the siblings that score close to it. */
        private List<Element> region(Element best, double bestScore, Map<Element, Double> finals,
                                     Chars chars) {
            List<Element> region = new ArrayList<>();
            Element parent = best.parent();
            if (parent == null) return List.of(best);
            double threshold = Math.max(minSiblingScore, bestScore * siblingShare);
            for (Element sibling : parent.children()) {
                Double score = finals.get(sibling);
                // readability's bonus for the winner's tag and class: the body's other chunk, not a teaser's card
                boolean alike = sameKind(sibling, best) && !inCard(sibling, best);
                double bonus = alike ? sameKindSiblingBonus * bestScore : 0;
                // a chunk that wraps one paragraph has no score of its own: the paragraph scored the chunk's parent
                if (score == null && alike && holdsBodyParagraph(sibling)) score = 0.0;
                if (sibling == best || (score != null && score + bonus >= threshold)
                        || isProseParagraph(sibling, chars)) {
                    region.add(sibling);
                }
            }
            return region;
        }

        /**
         * Adds the posts of a live blog whose winner is one post's text: when the winner, or a box around it at most
         * {@link #DEFAULT_MAX_POST_ROW_LEVELS} levels up (the post, holding its header, title, text box and share
         * links), stands in a row of at least {@link #DEFAULT_MIN_ROW_POSTS} boxes of its shape (tag and first
         * class), each holding a box of the winner's kind (see {@code sameKind}) that is no teaser card's and no
         * {@code <h1>}, and at least half of those text boxes are short posts (see {@code isPost}) or posts that
         * open with a time of day alone ("10:42 a.m.", "9pm": a live blog's stamp, see {@code opensWithClockTime}),
         * every box of the row joins. A post of one list, a table or a single short line has no score of its own,
         * and a long post outscores the row: without this the posts around the winner would be cut, with the
         * titles and lines that stand in a post beside its text box. Stories loaded one below another (an endless
         * page) each have their headline and are long, and open with their headline, not a time of day.
         */
        private void addPostRow(List<Element> region, Element best, Chars chars) {
            Element post = best;
            for (int level = 0; level <= maxPostRowLevels && post.parent() != null
                    && !ParagraphBoxes.isPageRoot(post.parent()); level++, post = post.parent()) {
                String shape = TeaserGridFilter.shape(post);
                List<Element> row = new ArrayList<>();
                int shortPosts = 0;
                for (Element sibling : post.parent().children()) {
                    if (!TeaserGridFilter.shape(sibling).equals(shape)) continue;
                    Element text = sibling == post ? best : kindInside(sibling, best);
                    if (text == null || inCard(text, best) || !sibling.getElementsByTag("h1").isEmpty()) continue;
                    row.add(sibling);
                    if (isPost(text, chars) || opensWithClockTime(sibling)) shortPosts++;
                }
                if (row.size() >= minRowPosts && 2 * shortPosts >= row.size()) {
                    for (Element box : row) if (!inside(box, region)) region.add(box);
                    return;
                }
            }
        }

        /**
         * Whether the first text in the box, within its first {@link #DEFAULT_MAX_POST_STAMP_NODES} nodes, is a
         * time of day alone, its element's whole text ({@link DateLines#isClockTime}): a live blog's post's stamp.
         */
        private boolean opensWithClockTime(Element box) {
            Node node = box;
            for (int seen = 0; node != null && seen < maxPostStampNodes; seen++) {
                if (node instanceof TextNode text && !text.isBlank()) {
                    return node.parent() instanceof Element parent && DateLines.isClockTime(parent.text());
                }
                node = nextInPageOrder(node, box);
            }
            return false;
        }

        /** The node after {@code node} in page order, inside {@code root}; null past its last. */
        private static Node nextInPageOrder(Node node, Element root) {
            if (node.childNodeSize() > 0) return node.childNode(0);
            for (Node at = node; at != null && at != root; at = at.parentNode()) {
                Node next = at.nextSibling();
                if (next != null) return next;
            }
            return null;
        }

        /** The first element inside the box (the box included) of the winner's kind, or null. */
        private static Element kindInside(Element box, Element best) {
            for (Element e : box.getElementsByTag(best.normalName())) if (sameKind(e, best)) return e;
            return null;
        }

        /**
         * Adds the story's lead or standfirst, which pages set in a box of its own above the body
         * ("article__summary"): the nearest element before the winner that holds kept prose, when it holds one
         * strong prose paragraph and nothing else, whether the paragraph is the box itself or wrapped in it
         * ({@code <div class=standfirst><p>...</p></div>}), and neither the box nor a wrapper of the paragraph
         * inside it names furniture in its class or id ({@code <div class=slot><div class=newsletter-promo>}). Up
         * to {@code maxLeadGap} elements without prose between the two (the hero image, an ad slot, a byline) are
         * passed over, but not a heading: the lead stands below the headline, and a box above it is another
         * story's or the site's.
         */
        private void addLead(Page page, List<Element> region, Element best) {
            Element lead = best.previousElementSibling();
            for (int gap = 0; lead != null && !region.contains(lead); gap++, lead = lead.previousElementSibling()) {
                List<Block> blocks = keptInside(page, lead);
                boolean prose = false;
                boolean heading = false;
                for (Block block : blocks) {
                    prose |= block.has(Label.PROSE);
                    heading |= block.has(Label.HEADING);
                }
                if (prose) {
                    if (isLeadBox(blocks, lead)) region.add(lead);
                    return;
                }
                if (heading || gap >= maxLeadGap) return;
            }
        }

        /**
         * Adds the story's lead set right under the headline, in the page's header rather than beside the body's
         * box ({@code <h1>…</h1><p class=dek>…</p>} in a header above a body nested elsewhere): the blocks of prose
         * between the headline (the last kept {@code <h1>} above the region's first block) and the region, when
         * they are one strong prose paragraph, or up to {@code maxHeadlineLeadParagraphs} paragraphs side by side in
         * one box, one of them strong (an intro box that holds the story's first paragraphs, a short first line of
         * a wire story among them), of at least {@code minHeadlineLeadWords} words in all, that neither they nor a
         * box around them below the headline's names furniture, no other heading stands between the two, and at
         * most {@code maxHeadlineLeadBlocks} other kept blocks (a byline, a date, a caption, share links) do.
         */
        private void addHeadlineLead(Page page, List<Element> region) {
            List<Block> blocks = page.blocks();
            int first = -1;
            for (int i = 0; i < blocks.size() && first < 0; i++) {
                Block block = blocks.get(i);
                if (block.isKept() && block.element() != null && inside(block.element(), region)) first = i;
            }
            int headline = first - 1;
            while (headline >= 0 && !(blocks.get(headline).isKept() && "h1".equals(blocks.get(headline).tag()))) {
                headline--;
            }
            if (headline < 0) return;
            List<Block> lead = new ArrayList<>();
            int others = 0;
            for (int i = headline + 1; i < first; i++) {
                Block block = blocks.get(i);
                if (!block.isKept()) continue;
                if (block.has(Label.HEADING) || block.element() == null) return;
                if (!block.has(Label.PROSE)) {
                    if (++others > maxHeadlineLeadBlocks) return;
                } else if (lead.size() >= maxHeadlineLeadParagraphs) {
                    return;
                } else {
                    lead.add(block);
                }
            }
            if (lead.isEmpty()) return;
            Element box = lead.get(0).element().parent();
            int words = 0;
            boolean strong = false;
            for (Block block : lead) {
                // paragraphs of one box, side by side: not a lead and a deck or a caption in boxes of their own
                if (lead.size() > 1 && block.element().parent() != box) return;
                strong |= strongProse.test(block);
                words += block.wordCount();
            }
            if (!strong || words < minHeadlineLeadWords) return;
            Element title = blocks.get(headline).element();
            for (Block block : lead) {
                for (Element e = block.element(); e != null && !contains(e, title); e = e.parent()) {
                    if (classWeight(e) < 0) return;
                }
            }
            for (Block block : lead) region.add(block.element());
        }

        /**
         * Adds the chunks of the article that the page set in boxes of their own beside the winner, above or below
         * it (a body split around a figure or an ad slot into boxes of other classes, a lead set apart from sections
         * that each open with a subheading, whose paragraphs score too little to join as siblings): walking out from
         * the region through the winner's siblings on each side, a box joins when it is a chunk of prose (see
         * {@link #isProseChunk}); up to {@code maxLeadGap} boxes without prose or headings (the figure, the ad
         * slot, a sign-up box the earlier steps emptied) are passed over between two chunks, and any number of
         * elements with no text at all (empty ad slots, spacers: a page may set several in a row); below the
         * winner, a subheading in a box of its own joins with the chunk right after it (a body split into sections
         * at its subheadings); but not another heading or a box that holds other prose: another story or the
         * site's furniture starts there. The same is done beside the winner's
         * ancestors, up to {@code maxLevels}, while the ancestor holds no strong prose outside the region (a section
         * wrapping the winner with its subheading).
         */
        private Element addChunks(Page page, List<Element> region, Element best, Chars chars) {
            if (minChunkParagraphs == 0) return best;
            Element container = best;
            Element anchor = best;
            for (int level = 0; level < maxLevels && anchor.parent() != null
                    && !anchor.parent().normalName().equals("body"); anchor = anchor.parent()) {
                // a wrapper that is its parent's only element has no siblings to join: it takes no level, so that
                // a body nested a few wrappers deeper (<article><div class=story-text><section>…) still reaches
                // the chunks beside the box that holds it all
                if (anchor.parent().childrenSize() == 1) continue;
                level++;
                if (anchor != best && !proseOnlyIn(page, anchor, region)) return container;
                List<Element> siblings = anchor.parent().children();
                int at = siblings.indexOf(anchor);
                for (int step = -1; step <= 1; step += 2) {
                    int gap = 0;
                    // subheadings passed below the region, which join with the chunk they head
                    List<Element> headings = new ArrayList<>();
                    for (int i = at + step; i >= 0 && i < siblings.size() && gap <= maxLeadGap; i += step) {
                        Element sibling = siblings.get(i);
                        if (inside(sibling, region) || holdsAny(sibling, region)) {
                            gap = 0;
                            continue;
                        }
                        List<Block> inside = keptInside(page, sibling);
                        // an element with no text at all (an empty ad slot, a spacer, a script) stands for nothing
                        if (inside.isEmpty() && !holdsText(page, sibling)) continue;
                        // beside a wrapper of the winner, the tests that join the winner's own neighbours (see
                        // region and addLead) hold too: the body nested in wrappers below its lead paragraph
                        boolean neighbour = anchor != best && (isProseParagraph(sibling, chars)
                                || (step < 0 && isLeadBox(inside, sibling)));
                        boolean alike = sameKind(sibling, best) || ofStoryParagraphs(inside)
                                || namedForContent(inside, sibling);
                        // a box of one paragraph joins as the body's own chunk does, unless a subheading heads it
                        // (an "About the author" note)
                        if (neighbour || isProseChunk(inside, sibling,
                                alike || headings.isEmpty() && isLoneParagraphBox(inside, sibling))
                                || isShortParagraphChunk(inside, sibling)
                                || step < 0 && gap == 0 && isKeyPointsList(inside, sibling)
                                || step > 0 && headings.isEmpty() && isClosingSentenceBox(inside, sibling, siblings, i,
                                        region)) {
                            // the winner's box stands among the story's paragraphs: its parent is the story's box
                            if (neighbour) container = anchor.parent();
                            region.add(sibling);
                            region.addAll(headings);
                            headings.clear();
                            gap = 0;
                            continue;
                        }
                        // a subheading heads the box right after it, or nothing the region takes
                        if (!headings.isEmpty()) break;
                        // a subheading in a box of its own, right above a chunk of the body below the winner, joins
                        // with it: a body split into sections at its subheadings
                        if (step > 0 && isSubheading(inside)) {
                            headings.add(sibling);
                            continue;
                        }
                        boolean other = false;
                        for (Block block : inside) other |= block.has(Label.HEADING) || block.has(Label.PROSE);
                        if (other) break;
                        gap++;
                    }
                }
            }
            return container;
        }

        /**
         * Whether a box is a list of the story's key points: a {@code <ul>} or {@code <ol>} whose kept blocks are
         * all its own items, each a sentence (it ends in . ! ? or …) with few links standing apart, at least
         * {@link #DEFAULT_MIN_KEY_POINTS} of them prose, and none set in an element named for furniture. Set right
         * above the body, it is the summary a site prints over its story; a related list's items are headlines,
         * links without a full stop.
         */
        private boolean isKeyPointsList(List<Block> inside, Element box) {
            String tag = box.normalName();
            if (!(tag.equals("ul") || tag.equals("ol")) || inside.isEmpty()) return false;
            int prose = 0;
            for (Block item : inside) {
                Element element = item.element();
                if (element == null || !element.normalName().equals("li") || element.parent() != box) return false;
                if (!KEY_POINT_END.matcher(item.text()).find()) return false;
                if (item.looseLinkDensity() > DEFAULT_MAX_KEY_POINT_LINK_DENSITY) return false;
                if (namesFurniture(element, box)) return false;
                if (item.has(Label.PROSE)) prose++;
            }
            return prose >= DEFAULT_MIN_KEY_POINTS;
        }

        /**
         * Whether a box's kept blocks are one subheading: a heading of the story's (no headline, {@code <h1>}), which
         * joins the region when the box below it joins as a chunk of the body (a body split into sections at its
         * subheadings, each section's paragraphs a box of their own).
         */
        private static boolean isSubheading(List<Block> inside) {
            return inside.size() == 1 && inside.get(0).has(Label.HEADING) && !"h1".equals(inside.get(0).tag());
        }

        /** Whether any block of the page, kept or removed, lies inside the element. */
        private static boolean holdsText(Page page, Element element) {
            for (Block block : page.blocks()) {
                if (block.element() != null && contains(element, block.element())) return true;
            }
            return false;
        }

        /**
         * Whether a box's kept blocks are a lead set apart: one strong prose paragraph, the box's last block, and
         * neither the box nor a wrapper of the paragraph inside it names furniture; above it, nothing else but plain
         * lines (no prose, heading, title, link or date) of fewer words than the paragraph, the lines a hero image
         * or a gallery sets above the lead in its box (its credit, "Image 1 of 8", "Caption", "Close").
         */
        private boolean isLeadBox(List<Block> inside, Element box) {
            if (inside.isEmpty()) return false;
            Block lead = inside.get(inside.size() - 1);
            if (!strongProse.test(lead) || namesFurniture(lead.element(), box)) return false;
            int lineWords = 0;
            for (Block line : inside.subList(0, inside.size() - 1)) {
                if (line.has(Label.PROSE) || !isPlainLine(line)) return false;
                lineWords += line.wordCount();
            }
            return lineWords < lead.wordCount();
        }

        /** Whether every strong prose block inside {@code element} is inside the region. */
        private boolean proseOnlyIn(Page page, Element element, List<Element> region) {
            for (Block block : keptInside(page, element)) {
                if (strongProse.test(block) && !inside(block.element(), region)) return false;
            }
            return true;
        }

        /** Whether the element holds one of the region's containers. */
        private static boolean holdsAny(Element element, List<Element> region) {
            for (Element r : region) if (contains(element, r)) return true;
            return false;
        }

        /**
         * Whether a box's kept blocks are a chunk of the story's body: it opens with a strong prose paragraph (no
         * headline, byline or date above its text: another story's box has them), holds at least
         * {@code minChunkParagraphs} of them (a lone paragraph beside the body is more often an author's note or a
         * disclaimer), or {@link #DEFAULT_MIN_SAME_KIND_CHUNK_PARAGRAPHS} when the box has the winner's tag and class
         * ({@code sameKind}: the body's own chunk), they and its shorter paragraphs of running text (a quote, a
         * one-line reply) hold at least {@link #DEFAULT_MIN_CHUNK_PROSE_SHARE} of its words less the links that close
         * it ({@code closingLinkWords}: its topic links, its share row), neither the box nor an element inside it on
         * the way to them names furniture, and no linked heading (a teaser card's) is in it.
         */
        private boolean isProseChunk(List<Block> inside, Element box, boolean sameKind) {
            if (inside.isEmpty() || !strongProse.test(inside.get(0))) return false;
            int paragraphs = 0;
            int proseWords = 0;
            int words = 0;
            for (Block block : inside) {
                words += block.wordCount();
                // a short paragraph of running text (a quote, a one-line reply) is the body's too, by its words
                boolean strong = strongProse.test(block);
                if (!strong && !(block.has(Label.PROSE) && block.looseLinkDensity() <= strongProse.maxLinkDensity())) {
                    continue;
                }
                if (namesFurniture(block.element(), box)) return false;
                if (strong) paragraphs++;
                proseWords += block.wordCount();
            }
            int least = sameKind ? Math.min(minChunkParagraphs, minSameKindChunkParagraphs) : minChunkParagraphs;
            if (paragraphs < least || proseWords < DEFAULT_MIN_CHUNK_PROSE_SHARE * (words - closingLinkWords(inside))) {
                return false;
            }
            if (holdsHeadline(box)) return false;
            return true;
        }

        /**
         * Whether a box's kept blocks are a chunk of a body told in short paragraphs: it opens with a paragraph or a
         * line that may open a part ({@link #opensPart}), holds at least {@code minShortChunkParagraphs} paragraphs
         * of prose of any length with little link text side by side in one element (a thread's posts stand each in
         * a box of its own), one of them or more strong prose, they hold at least
         * {@link #DEFAULT_MIN_CHUNK_PROSE_SHARE} of its words less the links that close it (or its other lines, but
         * for those links, are all plain lines, no link, heading, title or date, set in the element that holds its
         * paragraphs: a show's dates, staff and prices below the story's last paragraph), neither the box nor an
         * element inside it on the way to them names furniture, and
         * no linked heading (a teaser card's) is in it. A story split into parts whose paragraphs are a sentence or
         * two each leaves a part with fewer strong paragraphs than {@code minChunkParagraphs}, opening with a short
         * one; a comment thread's posts stand each in a box under their authors' names, a related box's summaries
         * under their headlines, a bio is one paragraph.
         */
        private boolean isShortParagraphChunk(List<Block> inside, Element box) {
            if (minShortChunkParagraphs == 0 || inside.isEmpty()) return false;
            if (!opensPart(inside.get(0))) return false;
            // the paragraphs side by side in one box, as a story's run stands: a thread's posts each have their own
            Map<Element, Integer> byParent = new IdentityHashMap<>();
            int paragraphs = 0;
            int strong = 0;
            int proseWords = 0;
            int words = 0;
            // the element holding the most paragraphs, the first to reach that count (the page's order, not the
            // identity map's, breaks a tie)
            Element run = null;
            for (Block block : inside) {
                words += block.wordCount();
                if (!isLooseProse(block)) continue;
                if (namesFurniture(block.element(), box)) return false;
                int side = byParent.merge(block.element().parent(), 1, Integer::sum);
                if (side > paragraphs) {
                    paragraphs = side;
                    run = block.element().parent();
                }
                if (strongProse.test(block)) strong++;
                proseWords += block.wordCount();
            }
            if (paragraphs < minShortChunkParagraphs || strong == 0) return false;
            if (proseWords < DEFAULT_MIN_CHUNK_PROSE_SHARE * (words - closingLinkWords(inside))) {
                // a part whose other lines, but for the links that close it, are all plain lines set beside its
                // paragraphs in the element that holds them is the story's still (a show's dates, its staff, its
                // ticket prices below the story's last paragraph); a teaser's linked headline is no plain line
                int closing = inside.size();
                for (int left = closingLinkWords(inside); left > 0 && closing > 0; ) {
                    left -= inside.get(--closing).wordCount();
                }
                for (Block block : inside.subList(0, closing)) {
                    if (!isLooseProse(block) && !(isPlainLine(block) && block.element().parent() == run)) return false;
                }
            }
            return !holdsHeadline(box);
        }

        /**
         * Whether a block may open a part of the story: a paragraph of prose of any length ({@link #isLooseProse}),
         * or a line that ends as a sentence does or with a colon, with no link and no date, that is no heading (a
         * standfirst's "Here's why:"). A teaser's headline, a post's author and date, a thread's label do not.
         */
        private boolean opensPart(Block block) {
            if (isLooseProse(block)) return true;
            if (block.has(Label.HEADING) || block.has(Label.TITLE) || block.looseLinkDensity() > 0
                    || block.date().isPresent()) {
                return false;
            }
            String text = block.text().strip();
            return !text.isEmpty() && ".:?!".indexOf(text.charAt(text.length() - 1)) >= 0;
        }

        /**
         * A line with no link, no heading or title and no date: a line a story part sets beside its paragraphs (a
         * show's run, its staff, its prices). A teaser's headline links its story; a post's stamp has its date.
         */
        private static boolean isPlainLine(Block block) {
            return block.looseLinkDensity() == 0 && !block.has(Label.HEADING) && !block.has(Label.TITLE)
                    && block.date().isEmpty();
        }

        /** A paragraph of prose of any length, no heading, whose loose links are as few as strong prose's. */
        private boolean isLooseProse(Block block) {
            return block.has(Label.PROSE) && !block.has(Label.HEADING)
                    && block.looseLinkDensity() <= strongProse.maxLinkDensity();
        }

        /**
         * The words of the run of blocks of mostly link text ({@link #DEFAULT_MIN_CLOSING_LINK_DENSITY}) that closes a
         * box's kept blocks, below its last paragraph: the story's topic links and share row at the foot of the
         * body's last chunk, which say nothing of whether the box above them is the story's.
         */
        private int closingLinkWords(List<Block> inside) {
            int words = 0;
            for (int i = inside.size() - 1; i >= 0; i--) {
                Block block = inside.get(i);
                if (block.has(Label.PROSE) || block.looseLinkDensity() < minClosingLinkDensity) break;
                words += block.wordCount();
            }
            return words;
        }

        /**
         * Whether a box holds one kept block, a strong prose paragraph that is the box's whole text, with no link,
         * heading, list, form control or media in the box and no word to the reader outside quotation marks
         * ({@link StoryParts#addressesReader}): the body's last chunk, one paragraph long, set apart past an ad slot
         * in a box of a class of its own ("css-9x1kq2"), which may join as a chunk as one of the winner's kind does
         * when no subheading heads it. An author's note or a disclaimer beside the body is shorter than strong prose,
         * links its author, speaks to the reader or stands under its heading ("About the author"); a teaser's
         * summary has its headline.
         */
        private boolean isLoneParagraphBox(List<Block> inside, Element box) {
            if (inside.size() != 1 || !strongProse.test(inside.get(0))) return false;
            if (!box.select(StoryParts.INSET_FURNITURE).isEmpty()) return false;
            String text = page.domIndex().text(box);
            return TextMeasure.wordCount(text) <= inside.get(0).wordCount() && !StoryParts.addressesReader(text);
        }

        /**
         * Whether a box below the region is the story's last paragraph, however short, set apart past an ad slot or a
         * sign-up box: its kept blocks are one paragraph of prose of at least {@code minClosingSentenceWords} words,
         * its whole text, with no link, heading, list, form or media in the box and no word to the reader outside
         * quotation marks, no name for furniture on the box or around the paragraph inside it, no later sibling that
         * holds any text (the box closes the wrapper that holds the story), and no kept link between the story and
         * the box, and, where the story's paragraphs share a class of their own, a {@code <p>} of that class. A
         * promotion set there speaks to the reader or links its offer; a related box holds links; an author's note
         * follows the author's linked name or is set in another template; a rail is named for itself.
         */
        private boolean isClosingSentenceBox(List<Block> inside, Element box, List<Element> siblings, int at,
                                             List<Element> region) {
            if (inside.size() != 1 || !inside.get(0).has(Label.PROSE)) return false;
            if (inside.get(0).wordCount() < minClosingSentenceWords) return false;
            if (!box.select(StoryParts.INSET_FURNITURE).isEmpty()) return false;
            for (Element e = inside.get(0).element(); e != null; e = e.parent()) {
                if (classWeight(e) < 0) return false;
                if (e == box) break;
            }
            // where the story's paragraphs share a class of their own, a paragraph without it is another template's
            Element paragraph = inside.get(0).element();
            if (storyParagraphClass().isNamed() && paragraph.normalName().equals("p")
                    && !storyParagraphClass().isNamedClassOf(paragraph)) {
                return false;
            }
            String text = page.domIndex().text(box);
            if (TextMeasure.wordCount(text) > inside.get(0).wordCount() || StoryParts.addressesReader(text)) return false;
            for (int i = at + 1; i < siblings.size(); i++) {
                if (holdsText(page, siblings.get(i))) return false;
            }
            // between the story and the box, only what earlier steps took out or plain labels ("The story continues
            // below"): an author's linked name right above makes the sentence the author's note
            for (int i = at - 1; i >= 0 && !inside(siblings.get(i), region) && !holdsAny(siblings.get(i), region); i--) {
                for (Block block : keptInside(page, siblings.get(i))) {
                    if (block.linkDensity() > 0) return false;
                }
            }
            return true;
        }

        /**
         * Whether a box is named for the story's text ({@code positive}: "entry-content", "story-text",
         * "article__body"), the box itself or an element inside it on the way to its first kept block, with no name
         * for furniture on that way: a body split around an ad slot or a newsletter box into chunks that each CMS
         * template names for content, as little as one paragraph in one of them. A box named for both
         * ("related-content") is not.
         */
        private boolean namedForContent(List<Block> inside, Element box) {
            if (inside.isEmpty()) return false;
            boolean named = false;
            for (Element e = inside.get(0).element(); e != null; e = e.parent()) {
                double weight = classWeight(e);
                if (weight < 0) return false;
                named |= weight > 0;
                if (e == box) return named;
            }
            return false;
        }

        /**
         * Whether a box's strong prose paragraphs are all {@code <p>}s of the class the story's paragraphs share, a
         * class of their own ({@link StoryParagraphClass}): a chunk of the body that the page set in a box of another
         * class than the winner's (a CSS module's "css-1x2y3z" for each chunk, the paragraphs' one "css-9a8b7c").
         */
        /** The class of the story's paragraphs among the blocks kept now, found on first use. */
        private StoryParagraphClass storyParagraphClass() {
            if (storyParagraphs == null) {
                storyParagraphs = StoryParagraphClass.of(page, strongProse, minStoryClassParagraphs);
            }
            return storyParagraphs;
        }

        private boolean ofStoryParagraphs(List<Block> inside) {
            if (!storyParagraphClass().isNamed()) return false;
            boolean any = false;
            for (Block block : inside) {
                if (!strongProse.test(block)) continue;
                if (!storyParagraphs.isStoryParagraph(block, strongProse)) return false;
                any = true;
            }
            return any;
        }

        /** The kept blocks inside an element, in page order. */
        private List<Block> keptInside(Page page, Element element) {
            List<Block> inside = new ArrayList<>();
            for (Block block : page.kept()) if (contains(element, block.element())) inside.add(block);
            return inside;
        }

        /**
         * The element around a row of paragraph boxes when the winner is one of them: a winner that holds one scoring
         * paragraph (with the wrappers it is the only child of, readability's only-child step) beside at least
         * {@link #MIN_ALIKE_PARAGRAPH_BOXES} boxes of its tag and class that hold one or more (a CMS that wraps each
         * paragraph in a component of its own: a long paragraph full of commas outscores the row's parent, which
         * gets half of each); null otherwise.
         */
        private Element rowOfParagraphBoxes(Element best, Chars chars) {
            Element box = best;
            if (chars.paragraphs(box) != 1) return null;
            while (box.parent() != null && box.parent().childrenSize() == 1
                    && !ParagraphBoxes.isPageRoot(box.parent())) {
                box = box.parent();
            }
            Element parent = box.parent();
            if (parent == null || ParagraphBoxes.isPageRoot(parent)) return null;
            int alike = 0;
            for (Element sibling : parent.children()) {
                if (sibling != box && sibling.normalName().equals(box.normalName())
                        && sibling.className().equals(box.className()) && chars.paragraphs(sibling) >= 1) {
                    alike++;
                }
            }
            return alike >= MIN_ALIKE_PARAGRAPH_BOXES ? parent : null;
        }

        /**
         * The element a scoring paragraph's score starts from: its own, or, when the paragraph is the only content
         * of {@link ParagraphBoxes#wrapped wrapper divs} that stand in a container of two or more paragraphs, the outermost
         * wrapper (a page built from components wraps each paragraph of the story, and the story's container must
         * score as it would with bare paragraphs). A box of several blocks (lines set apart by {@code <br>}) has no
         * wrappers, nor has a lone paragraph's box (a cookie notice in a section of its own). A paragraph in the
         * one cell of a {@link #layoutTable layout table} starts from the table: an old CMS sets the whole story as
         * lines in one {@code <td>}, and its row must not outscore the container the story stands in beside its
         * lead, subheadings and other chunks.
         */
        private Element paragraphBox(Block block, Chars chars) {
            Element element = block.element();
            Element table = layoutTable(element);
            if (table != null) return table;
            if (chars.text(element) != block.text().length()) return element;
            Element box = ParagraphBoxes.wrapped(element);
            if (box == element || box.parent() == null || chars.paragraphs(box.parent()) < 2) return element;
            return box;
        }

        /**
         * The first element a scoring paragraph's score goes to: the parent of its {@link #paragraphBox box}, or,
         * for a paragraph that is one run of text set right in a container between its child blocks
         * ({@link ParagraphBoxes#isLineBox}: lines apart by {@code <br>} among the story's figures and quotes), the
         * container itself. Such a run is one of the container's paragraphs, as readability makes it one (it turns
         * {@code <br><br>} into paragraph breaks and wraps a {@code div}'s loose text in a {@code <p>}): a story set
         * as lines in one {@code div} among its figures must score that {@code div}, as its paragraphs as
         * {@code <p>}s would, not the box around it, which holds the headline, the byline and the sidebar too. A
         * {@code div} of lines alone is a paragraph of the box around it (a run of the story between two embeds).
         */
        private Element scoreStart(Block block, Chars chars) {
            Element element = block.element();
            if (lineBoxes.computeIfAbsent(element, ParagraphBoxes::isLineBox)) return element;
            Element start = paragraphBox(block, chars).parent();
            return start == null ? null : postRows.computeIfAbsent(start, s -> rowOfPosts(s, chars));
        }

        /**
         * The element a box's paragraphs score from: the box itself, or, when it is one of a row of short posts, the
         * row's element. A post is a box of one to {@link #DEFAULT_MAX_POST_PARAGRAPHS} scoring paragraphs, and a
         * row is at least {@link #DEFAULT_MIN_ROW_POSTS} posts of one class (of any container tag) side by side: a
         * live blog, or a story a CMS sets as a run of small boxes each with its time stamp and share link. Each
         * post would score on its own, from its tag's and class's bias more than from its prose, and give the row
         * only half of its paragraphs' score: the row that holds the story would lose to one of its posts, or to
         * a box of more paragraphs elsewhere (a factbox), and the posts too short to join as chunks would be cut.
         * Scored from the row, the posts' paragraphs count as the row's own, as they would set bare.
         */
        private Element rowOfPosts(Element box, Chars chars) {
            // most boxes are a story's whole body, of more paragraphs than a post: asked first, as it costs least
            if (!isPost(box, chars) || !ParagraphBoxes.LINE_BOX_TAGS.contains(box.normalName())) return box;
            String cls = box.className();
            Element row = box.parent();
            if (cls.isBlank() || row == null || ParagraphBoxes.isPageRoot(row)) return box;
            int posts = 0;
            for (Element sibling : row.children()) {
                if (sibling.className().equals(cls) && ParagraphBoxes.LINE_BOX_TAGS.contains(sibling.normalName())
                        && isPost(sibling, chars)) {
                    posts++;
                }
            }
            return posts >= minRowPosts ? row : box;
        }

        /** Whether a box holds one to {@code maxPostParagraphs} scoring paragraphs. */
        private boolean isPost(Element box, Chars chars) {
            int paragraphs = chars.paragraphs(box);
            return paragraphs >= 1 && paragraphs <= maxPostParagraphs;
        }

        /**
         * The table of which the element is the only cell ({@code <td>} or {@code <th>}, with no other cell in the
         * table, nested tables' included): a table used for layout, not data; null for any other element.
         */
        private Element layoutTable(Element element) {
            String tag = element.normalName();
            if (!tag.equals("td") && !tag.equals("th")) return null;
            Element table = element.closest("table");
            if (table == null) return null;
            return singleCellTables.computeIfAbsent(table, t -> t.select(Queries.TABLE_CELL).size() == 1) ? table : null;
        }

        /** Whether a kept scoring paragraph inside the element is no heading. */
        private boolean holdsBodyParagraph(Element element) {
            for (Block block : page.kept()) {
                if (isScoringParagraph(block) && !block.has(Label.HEADING)
                        && inside(block.element(), List.of(element))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the block is a paragraph that gives its ancestors a score. */
        private boolean isScoringParagraph(Block block) {
            if (block.text().length() < minParagraphChars) return false;
            // a list item of running text is one of the story's paragraphs set as a point of a list
            return PARAGRAPH_TAGS.contains(block.tag()) || ("li".equals(block.tag()) && strongProse.test(block));
        }

        /**
         * Whether an element from {@code element} up to {@code box}, both included, has a negative class/id token
         * that no ancestor of the box carries too ({@code ancestorFurnitureWords}: the layout's word), but for the
         * box's own name when the box only frames a box named for the story's text ({@code framesTextBox}).
         */
        private boolean namesFurniture(Element element, Element box) {
            Set<String> layout = null;
            Element inner = null;
            for (Element e = element; e != null; inner = e, e = e.parent()) {
                if (classWeight(e) < 0 && !(e == box && framesTextBox(box, inner))) {
                    if (layout == null) layout = ancestorFurnitureWords(box);
                    if (!layout.containsAll(furnitureWords(e))) return true;
                }
                if (e == box) return false;
            }
            return false;
        }

        /**
         * Whether the box only frames {@code inner}, a child of it named for the story's text ({@code positive}, and
         * for no furniture) that holds every kept block of the box: a layout's zone ("promo-zone" ›
         * "body-after-ad") around a part of the story, whose inner box tells what it holds.
         */
        private boolean framesTextBox(Element box, Element inner) {
            if (inner == null || inner.parent() != box || classWeight(inner) <= 0) return false;
            for (Block block : keptInside(page, box)) if (!contains(inner, block.element())) return false;
            return true;
        }

        /**
         * The furniture words ({@code negative}) of the class, id and itemprop values of the box's ancestors, from its
         * parent up: a word the box's wrappers carry too names the page's layout, not furniture (a page builder's
         * "elementor-widget-container" around every widget, the post's body among them, that holds one chunk of a
         * body split into boxes beside the winner, which sits in an "elementor-widget" of its own).
         */
        private Set<String> ancestorFurnitureWords(Element box) {
            Set<String> words = new HashSet<>();
            for (Element e = box.parent(); e != null; e = e.parent()) words.addAll(furnitureWords(e));
            return words;
        }

        /** The furniture words ({@code negative}) of the element's class, id and itemprop values, lower-cased. */
        private Set<String> furnitureWords(Element element) {
            Set<String> words = new HashSet<>();
            for (String value : new String[] {element.className(), element.id(), element.attr("itemprop")}) {
                if (value.isEmpty()) continue;
                Matcher m = negative.matcher(notFurniture.matcher(value).replaceAll(" "));
                while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
            }
            return words;
        }

        /**
         * Readability's test for a paragraph beside the winner that belongs to the article (a lead paragraph
         * set outside the body's container): a {@code <p>}, or a {@code div} of {@code <br>}-apart lines with no
         * block-level element inside (readability takes such a {@code div} for paragraphs: a CMS that sets the
         * story's paragraphs as lines in {@code div}s between its embeds), of more than {@link #SIBLING_PARAGRAPH_CHARS} characters with
         * little link text, or a shorter one without links that holds a sentence.
         */
        private static boolean isProseParagraph(Element sibling, Chars chars) {
            if (!sibling.normalName().equals("p") && !ParagraphBoxes.isParagraphDiv(sibling)) return false;
            int text = chars.text(sibling);
            int links = chars.links(sibling);
            if (text == 0) return false;
            double linkDensity = (double) links / text;
            if (text > SIBLING_PARAGRAPH_CHARS) return linkDensity < SIBLING_PARAGRAPH_LINK_DENSITY;
            return links == 0 && SENTENCE_END.matcher(ElementText.of(sibling)).find();
        }

        /**
         * Adds the other containers that score close to the best one and are neither inside the region nor around
         * the best container: the second part of an article that the page split around a figure or an ad. Such a
         * part holds a paragraph of the body; a container whose only scoring text is headings (the headline's box
         * with the standfirst set as a subheading, {@code <div class=article-headline><h1>…</h1><h2>…</h2>}) is
         * none, however close its class name's bonus brings its score.
         */
        private void addAlternatives(List<Element> region, Element best, double bestScore, List<Element> scored,
                                     Map<Element, Double> finals, List<Element> rejected) {
            List<Element> ranked = new ArrayList<>(scored);
            ranked.sort(java.util.Comparator.comparingDouble((Element e) -> finals.get(e)).reversed()); // stable
            for (Element candidate : ranked) {
                double score = finals.get(candidate);
                if (score < Math.max(minSiblingScore, bestScore * siblingShare)) break;
                boolean close = score >= bestScore * alternativeShare;
                if (!close && !sameKind(candidate, best)) continue;
                if (inside(candidate, region) || contains(candidate, best) || rejected.contains(candidate)) continue;
                if (!close && inCard(candidate, best)) continue;
                if (!holdsBodyParagraph(candidate)) continue;
                region.add(candidate);
            }
        }

        /**
         * The region, or when it holds too little of the page's prose (an article split into sibling sections, or a
         * wrong pick) the region with those children of the nearest enclosing container that hold strong prose and
         * have no negative class/id token, when that is enough; at most {@code maxLevels} up. When none does, the
         * region stays as it was and the page gets a warning: the prose elsewhere may be a
         * cookie notice or a comment thread as well as the article's other half. A weak winner (below
         * {@code minScore}) needs {@code minWeakRegionProseShare} of the prose and is not trusted further: when its
         * region holds less, the result is null.
         */
        private List<Element> widened(Page page, List<Element> region, Element best, boolean weak,
                                      List<Element> scored, Map<Element, Double> finals) {
            List<Block> kept = page.kept();
            int pageProse = pageProseWords(kept, best);
            double share = weak ? minWeakRegionProseShare : minRegionProseShare;
            if (proseWords(kept, region) >= share * pageProse) return region;
            // the article's other chunks first: the containers of the winner's kind (see sameKind), wherever they are
            List<Element> chunks = new ArrayList<>(region);
            for (Element candidate : scored) {
                if (finals.get(candidate) >= minSiblingScore && sameKind(candidate, best) && !inside(candidate, chunks)
                        && !contains(candidate, best) && !inCard(candidate, best)) {
                    chunks.add(candidate);
                }
            }
            if (proseWords(kept, chunks) >= share * pageProse) return chunks;
            Element anchor = best.parent();
            for (int level = 0; level < maxLevels && anchor != null && !anchor.normalName().equals("body");
                    level++, anchor = anchor.parent()) {
                List<Element> wider = new ArrayList<>(region);
                for (Element child : anchor.children()) {
                    if (classWeight(child) >= 0 && proseWords(kept, List.of(child)) > 0) wider.add(child);
                }
                if (proseWords(kept, wider) >= share * pageProse) return wider;
            }
            if (weak) return null;
            page.warn(name(), "main container " + describe(best) + " holds less than "
                    + Math.round(minRegionProseShare * 100) + "% of the page's prose, and no container near it does");
            return region;
        }

        /**
         * Words of the strong prose blocks inside the region (anywhere when region is null) that no container with a
         * negative class/id token encloses: the text any reading of the page would call the article's. Text the page
         * repeats (a hidden copy of the article) counts once, and no block counts for more than
         * {@link #PROSE_WORDS_PER_BLOCK} words: one blob of text (a copy of the article in one element) must not
         * outweigh a container of paragraphs.
         */
        private int proseWords(List<Block> kept, List<Element> region) {
            return proseWords(kept, region, null);
        }

        /** The page's prose: {@link #proseWords} anywhere, for the region around {@code best}. */
        private int pageProseWords(List<Block> kept, Element best) {
            return proseWords(kept, null, best);
        }

        private int proseWords(List<Block> kept, List<Element> region, Element best) {
            int words = 0;
            Set<String> seen = new HashSet<>();
            for (Block block : kept) {
                if (!strongProse.test(block) || (region != null && !inside(block.element(), region))) continue;
                if (!seen.add(block.text())) continue;
                if (region == null && hasNegativeAncestor(block.element(), best)) continue;
                words += Math.min(block.wordCount(), PROSE_WORDS_PER_BLOCK);
            }
            return words;
        }

        /**
         * Whether an element between the block and the page's root has a negative class/id token and does not hold
         * the winner: on an element around the winner the token names the page's layout ({@code <body
         * class=nav-open>}, {@code <div class="wrapper has-sidebar">}), not a box of furniture.
         */
        private boolean hasNegativeAncestor(Element element, Element best) {
            for (Element e = element; e != null; e = e.parent()) {
                if (classWeight(e) < 0 && !contains(e, best)) return true;
            }
            return false;
        }

        /**
         * Whether two containers are of one kind: the same tag with the same, non-empty class attribute, or one's
         * class names the other's and a state or modifier class besides ({@code modifiedClass}), or, for
         * two without a class, the same non-empty microdata itemprop ({@code <div itemprop=articleBody>}). A page
         * that splits its article into chunks (around ad slots, pull quotes or embeds) gives every chunk the body's
         * class or property, however little of the article the chunk holds.
         */
        private static boolean sameKind(Element a, Element b) {
            if (!a.normalName().equals(b.normalName())) return false;
            if (!a.className().isBlank() || !b.className().isBlank()) {
                return a.className().equals(b.className()) || modifiedClass(a, b) || modifiedClass(b, a);
            }
            return !a.attr("itemprop").isBlank() && a.attr("itemprop").equals(b.attr("itemprop"));
        }

        /**
         * Whether {@code modified} has all the class names of {@code plain} and, besides them, only state or modifier
         * classes ({@link #MODIFIER_CLASS}): the same box in another state, as a CMS marks the later chunk of a body
         * it splits ("story-body" and "story-body is-continued", "article-text" and "article-text
         * article-text--more"). Another class name beside them names another box ("text-copy" is a plea's box beside
         * the body's "text-copy bodyCopy").
         */
        private static boolean modifiedClass(Element plain, Element modified) {
            Set<String> few = plain.classNames();
            Set<String> more = modified.classNames();
            if (few.isEmpty() || few.size() >= more.size() || !more.containsAll(few)) return false;
            for (String name : more) {
                if (few.contains(name)) continue;
                Matcher m = MODIFIER_CLASS.matcher(name);
                if (!m.matches() || m.group(1) != null && !few.contains(m.group(1))) return false;
            }
            return true;
        }

        /**
         * Whether a container of the winner's kind sits in a teaser card: a small box around it (at most
         * {@code maxCardWords} words in all, short of the winner) also holds a linked heading, the card's headline,
         * kept or already removed.
         */
        private boolean inCard(Element candidate, Element best) {
            if (words(candidate) > maxCardWords) return false;
            Element card = candidate;
            while (card.parent() != null && !contains(card.parent(), best) && words(card.parent()) <= maxCardWords) {
                card = card.parent();
            }
            return holdsHeadline(card);
        }

        /**
         * Whether the element is, or holds, one of the page's {@link #headlines}: asked of many elements, so
         * answered from the set of the headlines and all their ancestors, made once per page.
         */
        private boolean holdsHeadline(Element element) {
            if (headlineAncestry == null) {
                headlineAncestry = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                for (Block block : headlines()) {
                    for (Element e = block.element(); e != null && headlineAncestry.add(e); e = e.parent()) {
                        // an ancestor already in the set has its own ancestors there too
                    }
                }
            }
            return headlineAncestry.contains(element);
        }

        /** The words of the element's whole text, read once per page ({@link Page#domIndex}). */
        private int words(Element element) {
            return wordCounts.computeIfAbsent(element, e -> TextMeasure.wordCount(page.domIndex().text(e)));
        }

        /** The page's headings that are mostly link text, removed or not; read once, on first use. */
        private List<Block> headlines() {
            if (headlines == null) {
                headlines = new ArrayList<>();
                for (Block block : page.blocks()) {
                    if (block.element() != null && block.has(Label.HEADING)
                            && block.linkDensity() >= cardHeadlineLinkDensity) {
                        headlines.add(block);
                    }
                }
            }
            return headlines;
        }

        private static boolean contains(Element outer, Element inner) {
            return Ancestors.isWithin(inner, outer);
        }


        private static boolean inside(Element element, List<Element> region) {
            for (Element e = element; e != null; e = e.parent()) {
                for (Element r : region) if (r == e) return true;
            }
            return false;
        }

        private double initial(Element element) {
            double score = switch (element.normalName()) {
                case "div", "article", "main" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            return score + classWeight(element);
        }

        private double classWeight(Element element) {
            Double known = classWeights.get(element);
            if (known != null) return known;
            double weight = readClassWeight(element);
            classWeights.put(element, weight);
            return weight;
        }

        private double readClassWeight(Element element) {
            return weightOf(element.className()) + weightOf(element.id()) + weightOf(element.attr("itemprop"));
        }

        private double weightOf(String value) {
            return value.isEmpty() ? 0 : valueWeights.get(value);
        }

        private static int commas(String text) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) if (COMMAS.indexOf(text.charAt(i)) >= 0) n++;
            return n;
        }
    }

    /**
     * The characters of the kept blocks inside each element, how many of them are link text, and how many of the
     * blocks are scoring paragraphs, by element number ({@link DomIndex#id}).
     */
    private record Chars(DomIndex dom, int[] text, int[] links, int[] paragraphs) {
        Chars(DomIndex dom) {
            this(dom, new int[dom.size()], new int[dom.size()], new int[dom.size()]);
        }

        int paragraphs(Element element) {
            return paragraphs[dom.id(element)];
        }

        int text(Element element) {
            return text[dom.id(element)];
        }

        int links(Element element) {
            return links[dom.id(element)];
        }
    }

    /** An element as a removal's detail or a warning names it: {@code <div id=x class=a b>}, lower-cased. */
    static String describe(Element element) {
        StringBuilder out = new StringBuilder("<").append(element.normalName());
        if (!element.id().isEmpty()) out.append(" id=").append(element.id());
        if (!element.className().isEmpty()) out.append(" class=").append(element.className());
        return out.append('>').toString().toLowerCase(Locale.ROOT);
    }
}
