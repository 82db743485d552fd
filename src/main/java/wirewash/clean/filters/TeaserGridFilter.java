package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of an HTML page's teaser grids, reason {@code teaser-grid}: an element most of whose
 * children repeat one shape (the same tag and first class name) and are each a card, a short headline that is a link with
 * at most a summary, a label and a date beside it. "More stories", "Elsewhere" and "Recommended" boxes look like
 * this whatever their class names say, hashed CSS-in-JS names ({@code css-1x2y3z}) included; the link-density
 * filter takes their headlines, and this filter the summaries it leaves.
 *
 * <p>A grid goes only when it is outside the article's prose: either no prose paragraph outside every grid lies
 * above it, or fewer than {@code minProseAfter} words of such prose lie below it (a credit line or an author's
 * note after a "More stories" box does not make the box part of the story) and the story does not introduce it: a
 * list set in the flow of a paragraph that ends in a colon ("Here are four books our critics recommend:") stays.
 * A list of products or links between two paragraphs of a story stays, as do the items of the story's own list
 * ({@link Label#STORY_LIST}). When the grids would
 * take more than {@code maxRemovedShare} of the kept words, the page is a list of cards (a listicle of deals):
 * the filter removes nothing.
 */
public final class TeaserGridFilter implements BlockFilter {
    public static final String REASON = "teaser-grid";
    /** Fewest cards of one shape a grid has. */
    public static final int DEFAULT_MIN_CARDS = 2;
    /** Fewest words of a card's headline link. */
    public static final int DEFAULT_MIN_HEADLINE_WORDS = 3;
    /** Most words of a card's headline link. */
    public static final int DEFAULT_MAX_HEADLINE_WORDS = 20;
    /** A headline block has at least this share of its characters in links. */
    public static final double DEFAULT_MIN_HEADLINE_LINK_DENSITY = 0.5;
    /** Most words a card holds, headline, summary, label and date together. */
    public static final int DEFAULT_MAX_CARD_WORDS = 80;
    /** How many elements up from a headline the card may be. */
    public static final int DEFAULT_MAX_LEVELS = 4;
    /** Fewest words of a prose paragraph that shows where the article is. */
    public static final int DEFAULT_MIN_ARTICLE_PROSE_WORDS = 15;
    /** Least share of a grid's children with visible text that are its cards: a grid is made of them. */
    public static final double DEFAULT_MIN_CARD_SHARE = 0.6;
    /** A grid with prose above it stays when at least this many words of prose follow it: the story goes on. */
    public static final int DEFAULT_MIN_PROSE_AFTER = 50;
    /** Most of the kept words the grids may take; beyond it the page is a list of cards and nothing goes. */
    public static final double DEFAULT_MAX_REMOVED_SHARE = 0.5;
    /**
     * How many elements up from the article's last paragraph above it a grid's parent may be and still be in the
     * article's flow (a list of products or books between or after the story's paragraphs), which stays.
     */
    public static final int DEFAULT_FLOW_LEVELS = 1;

    private final int minCards;
    private final int minHeadlineWords;
    private final int maxHeadlineWords;
    private final int maxCardWords;
    private final int maxLevels;
    private final double maxRemovedShare;
    private final double minHeadlineLinkDensity;
    private final int minArticleProseWords;
    private final int minProseAfter;
    private final double minCardShare;
    private final int flowLevels;

    public TeaserGridFilter() {
        this(DEFAULT_MIN_CARDS, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_HEADLINE_WORDS, DEFAULT_MAX_CARD_WORDS,
                DEFAULT_MAX_LEVELS, DEFAULT_MAX_REMOVED_SHARE);
    }

    public TeaserGridFilter(int minCards, int minHeadlineWords, int maxHeadlineWords, int maxCardWords,
                            int maxLevels, double maxRemovedShare) {
        this(minCards, minHeadlineWords, maxHeadlineWords, maxCardWords, maxLevels, maxRemovedShare,
                DEFAULT_MIN_HEADLINE_LINK_DENSITY, DEFAULT_MIN_ARTICLE_PROSE_WORDS, DEFAULT_MIN_PROSE_AFTER,
                DEFAULT_MIN_CARD_SHARE, DEFAULT_FLOW_LEVELS);
    }

    public TeaserGridFilter(int minCards, int minHeadlineWords, int maxHeadlineWords, int maxCardWords,
                            int maxLevels, double maxRemovedShare, double minHeadlineLinkDensity,
                            int minArticleProseWords, int minProseAfter, double minCardShare, int flowLevels) {
        this.minHeadlineLinkDensity = Validate.fraction(minHeadlineLinkDensity, "minHeadlineLinkDensity");
        this.minArticleProseWords = Validate.atLeast(minArticleProseWords, 0, "minArticleProseWords");
        this.minProseAfter = Validate.atLeast(minProseAfter, 0, "minProseAfter");
        this.minCardShare = Validate.fraction(minCardShare, "minCardShare");
        this.flowLevels = Validate.atLeast(flowLevels, 0, "flowLevels");
        this.minCards = Validate.atLeast(minCards, 2, "minCards");
        this.minHeadlineWords = Validate.positive(minHeadlineWords, "minHeadlineWords");
        this.maxHeadlineWords = Validate.atLeast(maxHeadlineWords, minHeadlineWords, "maxHeadlineWords");
        this.maxCardWords = Validate.positive(maxCardWords, "maxCardWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.maxRemovedShare = Validate.fraction(maxRemovedShare, "maxRemovedShare");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean headlines = false;
        for (Block block : blocks) {
            if (block.element() == null) return false;
            headlines |= isHeadline(block);
        }
        if (!headlines) return false;
        // the words of the visible blocks inside each element, by element number
        DomIndex dom = page.domIndex();
        int[] words = new int[dom.size()];
        for (Block block : blocks) {
            if (isHidden(block)) continue;
            int n = block.wordCount();
            for (int id : dom.ancestry(block.element())) words[id] += n;
        }
        // the cards each headline could sit in, grouped by their parent and shape
        Map<Element, Map<String, List<Element>>> candidates = new LinkedHashMap<>();
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        for (Block block : blocks) {
            if (!isHeadline(block)) continue;
            Element card = block.element();
            for (int level = 0; level < maxLevels && card.parent() != null; level++, card = card.parent()) {
                if (words[dom.id(card)] > maxCardWords) break;
                if (seen.put(card, Boolean.TRUE) != null) continue;
                candidates.computeIfAbsent(card.parent(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(shape(card), k -> new ArrayList<>()).add(card);
            }
        }
        Map<Element, String> cards = new IdentityHashMap<>();
        for (Map.Entry<Element, Map<String, List<Element>>> grid : candidates.entrySet()) {
            for (Map.Entry<String, List<Element>> shape : grid.getValue().entrySet()) {
                if (shape.getValue().size() < minCards
                        || shape.getValue().size() < minCardShare * childrenWithText(grid.getKey(), words, dom)) {
                    continue;
                }
                String detail = shape.getValue().size() + " cards <" + shape.getKey() + ">";
                for (Element card : shape.getValue()) cards.put(card, detail);
            }
        }
        if (cards.isEmpty()) return false;
        return removeOutsideProse(page, cards);
    }

    /** Removes the kept blocks of the grids that no article prose encloses, unless that is too much of the page. */
    private boolean removeOutsideProse(Page page, Map<Element, String> cards) {
        List<Block> kept = page.kept();
        Map<Block, Element> inGrid = new LinkedHashMap<>();
        Map<Element, Element> verdicts = Ancestors.verdicts(page.domIndex());
        for (Block block : kept) {
            if (block.has(Label.STORY_LIST)) continue; // an item of the story's own list (BodyLinkGuardFilter)
            Element card = card(block.element(), cards, verdicts);
            if (card != null) inGrid.put(block, card);
        }
        // prose paragraphs outside the grids, in page order, and how many of their words lie at or after each
        List<Block> prose = new ArrayList<>();
        int keptWords = 0;
        for (Block block : kept) {
            keptWords += block.wordCount();
            if (!inGrid.containsKey(block) && block.has(Label.PROSE) && block.wordCount() >= minArticleProseWords) {
                prose.add(block);
            }
        }
        int[] wordsFrom = new int[prose.size() + 1];
        for (int i = prose.size() - 1; i >= 0; i--) wordsFrom[i] = wordsFrom[i + 1] + prose.get(i).wordCount();
        Map<Block, String> removed = new LinkedHashMap<>();
        int removedWords = 0;
        int next = 0;
        Block leadIn = null;
        for (Block block : kept) {
            Element card = inGrid.get(block);
            if (card == null) {
                leadIn = block;
                continue;
            }
            while (next < prose.size() && prose.get(next).index() < block.index()) next++;
            if (next > 0 && (wordsFrom[next] >= minProseAfter || isIntroduced(card.parent(), leadIn))) continue;
            removed.put(block, cards.get(card));
            removedWords += block.wordCount();
        }
        if (removedWords > maxRemovedShare * keptWords) return false;
        boolean changed = false;
        for (Map.Entry<Block, String> entry : removed.entrySet()) {
            changed |= entry.getKey().remove(new Reason(REASON, name(), entry.getValue()));
        }
        return changed;
    }

    /** The card that holds the element, or null; each element is judged once. */
    private static Element card(Element element, Map<Element, String> cards, Map<Element, Element> verdicts) {
        return Ancestors.nearestOwn(element, verdicts, e -> cards.containsKey(e) ? e : null);
    }

    /**
     * Whether the grid is a list the story introduces: the block right above it ends in a colon ("Here are the
     * books our critics recommend:") and the grid is in its flow.
     */
    private boolean isIntroduced(Element grid, Block leadIn) {
        return leadIn != null && leadIn.text().strip().endsWith(":") && inFlowOf(grid, leadIn.element(), flowLevels);
    }

    /**
     * Whether a box of repeated items ({@code container}, the cards' or posts' parent) is set in the flow of the
     * paragraph above it: its parent is one of the paragraph's {@code levels} nearest ancestors, so the items sit
     * beside the story's paragraphs (or their wrapper) rather than in a box of their own.
     */
    static boolean inFlowOf(Element container, Element paragraph, int levels) {
        if (container == null || paragraph == null || container.parent() == null) return false;
        Element up = paragraph.parent();
        for (int level = 0; level < levels && up != null; level++, up = up.parent()) {
            if (up == container.parent()) return true;
        }
        return false;
    }

    private static int childrenWithText(Element parent, int[] words, DomIndex dom) {
        int n = 0;
        for (Element child : parent.children()) if (words[dom.id(child)] > 0) n++;
        return n;
    }

    private boolean isHeadline(Block block) {
        int n = block.wordCount();
        return !isHidden(block) && n >= minHeadlineWords && n <= maxHeadlineWords
                && block.linkDensity() >= minHeadlineLinkDensity;
    }

    private static boolean isHidden(Block block) {
        return block.isRemoved() && block.removal().code().equals(HiddenElementFilter.REASON);
    }

    /** A card's shape: its tag and first class name, what the cards of one grid share. */
    static String shape(Element element) {
        String classes = element.className().trim();
        int space = classes.indexOf(' ');
        String first = space < 0 ? classes : classes.substring(0, space);
        return first.isEmpty() ? element.normalName() : element.normalName() + "." + first;
    }
}
