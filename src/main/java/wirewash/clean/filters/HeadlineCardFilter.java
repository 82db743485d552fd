package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of another story's card on an HTML page, reason {@code related-list}: a small box around
 * a link to another page whose text is a headline, set apart from any paragraph, with the card's summary sentence
 * and its date ("Storm leaves thousands without power" / "Crews worked through the night to…" / "2 hours ago"),
 * whatever the box's class names and wherever it sits, between the story's paragraphs too. The link steps take the
 * headline; its summary, unlinked, reads as prose and stays without this step. The box is the nearest element at
 * most {@code maxLevels} levels above a block's element that holds such a link outside that element; its whole
 * text must be at most {@code maxBoxWords} words, so the story's container is never one. A headline link is a
 * link of at least {@code minHeadlineWords} words to another page: not one in a paragraph (a story's own link),
 * nor in the page's {@code <h1>}, nor one into the page itself ({@code #…}: a live blog's post links its own
 * headline). When a run of such boxes (the cards of one parent) would hold more than {@code maxProseShare} of the
 * page's kept prose words, it is the story (a list of products or places, each a linked name and a paragraph) and
 * stays; the page's other runs (a teaser rail below the story) are judged on their own. An item of the story's own
 * list ({@link Label#STORY_LIST}: a list set in the story's body, linking out of the site) is no card.
 */
public final class HeadlineCardFilter implements BlockFilter {
    public static final String REASON = "related-list";
    /** Most words of the card's whole text: a headline, a sentence or two, a date. */
    public static final int DEFAULT_MAX_BOX_WORDS = 60;
    /** How many levels above a block's element the card may be. */
    public static final int DEFAULT_MAX_LEVELS = 2;
    /** Fewest words of a link's text for it to be a headline. */
    public static final int DEFAULT_MIN_HEADLINE_WORDS = 4;
    /** Most words of a label set before a headline link in its line ("Watch:", "Now playing:"). */
    public static final int DEFAULT_MAX_LABEL_WORDS = 2;
    /** Most share of the page's kept prose words one run of cards' blocks may hold and still be cards. */
    public static final double DEFAULT_MAX_PROSE_SHARE = 0.25;

    private final int maxBoxWords;
    private final int maxLevels;
    private final int minHeadlineWords;
    private final double maxProseShare;

    public HeadlineCardFilter() {
        this(DEFAULT_MAX_BOX_WORDS, DEFAULT_MAX_LEVELS, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_PROSE_SHARE);
    }

    /**
     * @param maxBoxWords      most words of the card's text
     * @param maxLevels        how far above a block's element the card may be, at least 1
     * @param minHeadlineWords fewest words of a headline link's text
     * @param maxProseShare    most share of the page's kept prose words in cards for them to be cards
     */
    public HeadlineCardFilter(int maxBoxWords, int maxLevels, int minHeadlineWords, double maxProseShare) {
        this.maxBoxWords = Validate.positive(maxBoxWords, "maxBoxWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.minHeadlineWords = Validate.positive(minHeadlineWords, "minHeadlineWords");
        this.maxProseShare = Validate.fraction(maxProseShare, "maxProseShare");
    }

    @Override
    public boolean process(Page page) {
        DomIndex dom = page.domIndex();
        if (dom == null) return false;
        // every headline link, and the elements that hold one (its ancestors): one search of the page
        Map<Element, List<Element>> headlines = new IdentityHashMap<>();
        for (Element link : dom.anchors()) {
            if (!link.hasAttr("href") || !isHeadline(link, dom)) continue;
            for (Element e = link.parent(); e != null; e = e.parent()) {
                headlines.computeIfAbsent(e, k -> new ArrayList<>()).add(link);
            }
        }
        if (headlines.isEmpty()) return false;
        Map<Element, Boolean> small = new IdentityHashMap<>();
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        // boxes whose text opens with a paragraph of prose before any headline link: a post or a chunk of a story
        // that ends with a link (an embedded post's, a source's), not a card, which opens with its headline
        Set<Element> openWithProse = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block block : page.kept()) {
            Element element = block.element();
            // an item of the story's own list among its paragraphs (BodyLinkGuardFilter): no card's
            if (element == null || block.has(Label.STORY_LIST)) continue;
            Element e = element.parent();
            for (int level = 1; level <= maxLevels && e != null && !e.normalName().equals("body");
                    level++, e = e.parent()) {
                List<Element> links = headlines.get(e);
                if (links == null || !hasLinkOutside(links, element)) continue;
                if (small.computeIfAbsent(e, b -> dom.hasAtMostWords(b, maxBoxWords))) {
                    cards.add(e);
                    if (block.has(Label.PROSE) && !anyPrecedes(links, element)) openWithProse.add(e);
                }
                break;
            }
        }
        cards.removeAll(openWithProse);
        if (cards.isEmpty()) return false;
        // the cards of one run (a box's children) are judged together: a list of products, each a linked name and
        // a paragraph, is one run holding much of the page's prose; a teaser rail below the story is another run
        Map<Element, List<Block>> byRun = new IdentityHashMap<>();
        Map<Element, Integer> runProse = new IdentityHashMap<>();
        int prose = 0;
        for (Block block : page.kept()) {
            boolean isProse = block.has(Label.PROSE);
            if (isProse) prose += block.wordCount();
            Element card = block.element() == null ? null : cardOf(block.element(), cards);
            if (card == null) continue;
            Element run = card.parent() == null ? card : card.parent();
            byRun.computeIfAbsent(run, k -> new ArrayList<>()).add(block);
            if (isProse) runProse.merge(run, block.wordCount(), Integer::sum);
        }
        boolean changed = false;
        Reason reason = new Reason(REASON, name(), "another story's card: a headline link with its summary");
        for (Map.Entry<Element, List<Block>> run : byRun.entrySet()) {
            if (runProse.getOrDefault(run.getKey(), 0) > maxProseShare * prose) continue;
            for (Block block : run.getValue()) changed |= block.remove(reason);
        }
        return changed;
    }

    /** The box of the set that is the element or holds it, or null. */
    private static Element cardOf(Element element, Set<Element> boxes) {
        for (Element e = element; e != null; e = e.parent()) if (boxes.contains(e)) return e;
        return null;
    }

    /** Whether one of the links comes before the element in the page (they lie in one box). */
    private static boolean anyPrecedes(List<Element> links, Element element) {
        for (Element link : links) {
            if (precedes(link, element)) return true;
        }
        return false;
    }

    /**
     * Whether {@code a} comes before {@code b} in the page and is not inside it: below their nearest common
     * ancestor, the child that holds {@code a} comes first. An element inside {@code b} comes after its start.
     */
    static boolean precedes(Element a, Element b) {
        Set<Element> aboveB = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = b; e != null; e = e.parent()) aboveB.add(e);
        Element childOfCommon = a;
        while (childOfCommon.parent() != null && !aboveB.contains(childOfCommon.parent())) {
            childOfCommon = childOfCommon.parent();
        }
        if (aboveB.contains(childOfCommon)) return false; // a holds b, or is b
        Element common = childOfCommon.parent();
        if (common == null || common == b) return false; // b holds a
        Element bChild = b;
        while (bChild.parent() != common) bChild = bChild.parent();
        return childOfCommon.siblingIndex() < bChild.siblingIndex();
    }

    /** Whether one of the links sits outside the block's element. */
    private static boolean hasLinkOutside(List<Element> links, Element element) {
        for (Element link : links) {
            if (!Ancestors.isWithin(link, element)) return true;
        }
        return false;
    }

    /**
     * A link to another page whose text is a headline, set apart from any paragraph and from the page's title. A
     * {@code <p>} whose text is the link alone, or the link after a label of at most {@link #DEFAULT_MAX_LABEL_WORDS}
     * words ending in a colon ({@code <p class=video__title><span>Watch:</span> <a>…</a></p>}), is the card's
     * headline line, no paragraph: a story's own link runs in a sentence.
     */
    private boolean isHeadline(Element link, DomIndex dom) {
        String href = link.attr("href").trim();
        if (href.isEmpty() || href.contains("#") || href.regionMatches(true, 0, "javascript:", 0, 11)) return false;
        for (Element e = link.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("h1")) return false;
            if (e.normalName().equals("p") && !isLabelledHeadline(dom.text(e).strip(), dom.text(link).strip())) {
                return false;
            }
        }
        return TextMeasure.tokenCount(dom.text(link), minHeadlineWords) >= minHeadlineWords;
    }

    /**
     * Whether a line's text is the link's text alone, or a label ending in a colon and then the link's text: a
     * headline line, with no sentence around the link.
     */
    private static boolean isLabelledHeadline(String line, String link) {
        if (link.isEmpty() || !line.endsWith(link)) return false;
        String label = line.substring(0, line.length() - link.length()).strip();
        return label.isEmpty() || label.endsWith(":")
                && TextMeasure.tokenCount(label, DEFAULT_MAX_LABEL_WORDS + 1) <= DEFAULT_MAX_LABEL_WORDS;
    }
}
