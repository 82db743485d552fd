package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.WebAddress;
import wirewash.internal.Validate;

/**
 * Keeps again the paragraphs and headings the link-density step removed from the article body itself: a source
 * address, a "click for the full results" line or a linked subheading set as its own paragraph among the story's
 * paragraphs is article text, whatever share of it is link text. The body is the element whose child paragraphs of
 * strong prose (enough words, little link text) hold the most words; a paragraph stands in the box its wrappers
 * are the only content of (a CMS that wraps each paragraph in a component), and a line of text set right in a
 * container among others (lines apart by {@code <br>}) stands in that container ({@link ParagraphBoxes}). A
 * removed block counts as the body's when its element ({@code tags}: a paragraph or a heading) stands so in that
 * element, or in one of its chunks (boxes of its tag and class beside it or in rows of one kind beside its own,
 * holding strong prose: a body split around a sign-up box), and lies between the body's first strong prose paragraph and its last kept line (a story that ends on
 * short lines, a list's heading or an embed's caption after a linked paragraph goes on past it), or at most {@code maxLeadBlocks}
 * blocks before the first, and it holds links to at most {@code maxLinkSites} sites (more is a link farm: "Cheap
 * flights | Cheap hotels | Car hire deals") unless it is prose ({@link Label#PROSE}: sentences with function words,
 * a paragraph that links its clauses to the reports, papers and statements it cites, one source each), and none
 * of them into the page's own site (a plug for its own stories). An item ({@code itemTags}) of a list that stands
 * so in the body, below its first strong prose paragraph and above its last kept line, is kept again on the same
 * terms: the story's own list of linked candidates, sources or findings between two of its paragraphs, or right
 * below a line of the body that ends in a colon ("The documents cited in this story:") at its end; its items,
 * kept again or kept, are labelled {@link Label#STORY_LIST}, and a list of headline links no card of another story
 * ({@link HeadlineCardFilter}). Navigation,
 * related lists and teaser grids sit in their own boxes, not among the body's paragraphs, and a related list set
 * in the body links into the page's own site; later filters (rules, tails, captions) still judge what is kept again.
 */
public final class BodyLinkGuardFilter implements BlockFilter {
    /** The origin of the removals this backs off. */
    public static final String DEFAULT_REMOVER = "LinkDensityFilter";
    /** Elements that are the body's own lines when they sit directly in it. */
    public static final Set<String> DEFAULT_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6");
    /** Elements that are the items of a list that stands in the body. */
    public static final Set<String> DEFAULT_ITEM_TAGS = Set.of("li");
    /** Fewest words of a strong prose paragraph. */
    public static final int DEFAULT_STRONG_PROSE_WORDS = 15;
    /** Most link density of a strong prose paragraph, links inside its sentences not counted ({@link StrongProse}). */
    public static final double DEFAULT_STRONG_PROSE_LINK_DENSITY = StrongProse.DEFAULT_MAX_LINK_DENSITY;
    /** The body must hold at least this many strong prose paragraphs. */
    public static final int DEFAULT_MIN_BODY_PARAGRAPHS = 3;
    /** How many of the body's blocks before its first strong prose paragraph may be kept again. */
    public static final int DEFAULT_MAX_LEAD_BLOCKS = 2;
    /** Most sites a paragraph kept again may link to: links to more sites are a link farm (partners, deals). */
    public static final int DEFAULT_MAX_LINK_SITES = 2;
    /** Longest second-level label taken for a country's public one ("co" of "co.uk", "com" of "com.au"). */
    static final int COUNTRY_SECOND_LEVEL_CHARS = 3;

    private final String remover;
    private final Set<String> tags;
    private final Set<String> itemTags;
    private final StrongProse strongProse;
    private final int minBodyParagraphs;
    private final int maxLeadBlocks;
    private final int maxLinkSites;

    public BodyLinkGuardFilter() {
        this(DEFAULT_REMOVER, DEFAULT_TAGS, DEFAULT_STRONG_PROSE_WORDS, DEFAULT_STRONG_PROSE_LINK_DENSITY,
                DEFAULT_MIN_BODY_PARAGRAPHS, DEFAULT_MAX_LEAD_BLOCKS, DEFAULT_MAX_LINK_SITES);
    }

    /** With list items of {@link #DEFAULT_ITEM_TAGS}. */
    public BodyLinkGuardFilter(String remover, Set<String> tags, int strongProseWords, double strongProseLinkDensity,
                               int minBodyParagraphs, int maxLeadBlocks, int maxLinkSites) {
        this(remover, tags, DEFAULT_ITEM_TAGS, strongProseWords, strongProseLinkDensity, minBodyParagraphs,
                maxLeadBlocks, maxLinkSites);
    }

    /** @param itemTags elements that are a list's items, kept again when their list stands in the body */
    public BodyLinkGuardFilter(String remover, Set<String> tags, Set<String> itemTags, int strongProseWords,
                               double strongProseLinkDensity, int minBodyParagraphs, int maxLeadBlocks,
                               int maxLinkSites) {
        this.remover = Validate.notNull(remover, "remover");
        this.tags = Set.copyOf(Validate.notNull(tags, "tags"));
        this.itemTags = Set.copyOf(Validate.notNull(itemTags, "itemTags"));
        this.strongProse = new StrongProse(strongProseWords, strongProseLinkDensity);
        this.minBodyParagraphs = Validate.positive(minBodyParagraphs, "minBodyParagraphs");
        this.maxLeadBlocks = Validate.atLeast(maxLeadBlocks, 0, "maxLeadBlocks");
        this.maxLinkSites = Validate.positive(maxLinkSites, "maxLinkSites");
    }

    @Override
    public boolean process(Page page) {
        Map<Element, int[]> candidates = new IdentityHashMap<>(); // words, paragraphs
        Map<Element, Boolean> lineBoxes = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (!block.isKept() || !isStrongProse(block)) continue;
            Element parent = bodyOf(block, lineBoxes);
            if (parent == null) continue;
            int[] counts = candidates.get(parent);
            if (counts == null) {
                counts = new int[2];
                candidates.put(parent, counts);
                order.add(parent);
            }
            counts[0] += block.wordCount();
            counts[1]++;
        }
        Element body = null;
        int bestWords = 0;
        for (Element element : order) { // document order: ties go to the first, in every run
            int[] counts = candidates.get(element);
            if (counts[1] >= minBodyParagraphs && counts[0] > bestWords) {
                body = element;
                bestWords = counts[0];
            }
        }
        if (body == null) return false;
        Set<Element> bodies = chunks(body, order);
        int first = -1;
        int last = -1;
        List<Block> blocks = page.blocks();
        for (Block block : blocks) {
            if (block.isKept() && block.element() != null && bodies.contains(bodyOf(block, lineBoxes))) {
                if (isStrongProse(block)) {
                    if (first < 0) first = block.index();
                    last = block.index();
                } else if (first >= 0) {
                    last = block.index(); // a kept line of the body after its prose: what lies before it is the body's
                }
            }
        }
        int leadStart = first;
        for (int seen = 0; leadStart > 0 && seen < maxLeadBlocks; ) {
            Block before = blocks.get(leadStart - 1);
            if (before.element() == null || !bodies.contains(bodyOf(before, lineBoxes))) break;
            leadStart--;
            seen++;
        }
        String host = host(page.metadata().url());
        boolean changed = false;
        Element introduced = null; // a list right below a kept line of the body that ends in a colon
        for (int i = leadStart; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean item = block.element() != null && !block.isJoined() && isItemInBody(block, bodies);
            boolean introducedItem = item && block.element().parent() == introduced;
            if (i > last && !introducedItem) break;
            if (item && i > first && (i < last || introducedItem)
                    && (block.isKept() || remover.equals(block.removal().origin()))
                    && (block.has(Label.PROSE) || linkSites(block.element()) <= maxLinkSites)
                    && !linksWithinSite(block.element(), host)) {
                // an item of the story's own list: kept, and marked so that no later step takes the list for cards
                changed |= block.isRemoved() && block.restore();
                block.label(Label.STORY_LIST);
            } else if (block.isRemoved() && !block.isJoined() && remover.equals(block.removal().origin())
                    && block.element() != null && tags.contains(block.tag()) && bodies.contains(bodyOf(block, lineBoxes))
                    && (block.has(Label.PROSE) || linkSites(block.element()) <= maxLinkSites)
                    && !linksWithinSite(block.element(), host)) {
                changed |= block.restore();
            }
            if (block.isKept() && !item && block.element() != null && block.text().strip().endsWith(":")
                    && bodies.contains(bodyOf(block, lineBoxes))) {
                introduced = block.element().nextElementSibling(); // "The records cited in this story:"
            }
        }
        return changed;
    }

    /**
     * The body and its other chunks: the elements holding strong prose, of its tag and class, that stand beside it
     * in its parent or in a box of its parent's kind beside that (a page that splits its body around a sign-up box
     * or an ad into boxes of one kind, each in a grid row of its own).
     */
    private static Set<Element> chunks(Element body, List<Element> candidates) {
        Set<Element> chunks = Collections.newSetFromMap(new IdentityHashMap<>());
        chunks.add(body);
        for (Element element : candidates) {
            if (sameKind(element, body) && (element.parent() == body.parent() || element.parent() != null
                    && body.parent() != null && element.parent().parent() == body.parent().parent()
                    && sameKind(element.parent(), body.parent()))) {
                chunks.add(element);
            }
        }
        return chunks;
    }

    private static boolean sameKind(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    /**
     * The element a block stands in as one of its lines: for a run of text set right in a container among others
     * (lines apart by {@code <br>}, {@link ParagraphBoxes#isLineBox}), the container; for any other block, the
     * parent of its element with the wrappers it is the only content of ({@link ParagraphBoxes#wrapped}: a CMS
     * that wraps each paragraph in a component). {@code lineBoxes} keeps what each element was found to be.
     */
    private static Element bodyOf(Block block, Map<Element, Boolean> lineBoxes) {
        Element element = block.element();
        if (lineBoxes.computeIfAbsent(element, ParagraphBoxes::isLineBox)) return element;
        return ParagraphBoxes.wrapped(element).parent();
    }

    /** Whether the block is an item of a list set right in the body or one of its chunks, among its paragraphs. */
    private boolean isItemInBody(Block block, Set<Element> bodies) {
        if (!itemTags.contains(block.tag())) return false;
        Element list = block.element().parent();
        return list != null && bodies.contains(list.parent()); // set right in it: a list in a box of its own is the box's
    }

    /**
     * Whether one of the element's links points into the page's own site ({@code host}, null when unknown): a
     * relative address (a path, which may hold a colon: "/wiki/Category:Budgets") or one on the same site as
     * {@link #sameSite} tells it.
     */
    static boolean linksWithinSite(Element element, String host) {
        for (Element link : element.select(Queries.LINK)) {
            String href = link.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#")) continue;
            if (WebAddress.isRelative(href) || sameSite(host(href), host)) return true;
        }
        return false;
    }

    /** How many sites the element's links point to, each counted once ("a.example.com" and "b.example.com"). */
    static int linkSites(Element element) {
        Set<String> sites = new HashSet<>();
        for (Element link : element.select(Queries.LINK)) {
            String target = host(link.attr("href"));
            if (target != null) sites.add(site(target));
        }
        return sites.size();
    }

    /**
     * Whether two hosts are one site: equal, one a subdomain of the other ("video.example.com"), or sister
     * subdomains of one site ("news.example.com", "sport.example.com").
     */
    static boolean sameSite(String a, String b) {
        if (a == null || b == null) return false;
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a) || site(a).equals(site(b));
    }

    /**
     * The domain a host's site is registered under: its last two labels, or its last three under a country's
     * second level ("example.co.uk", "example.com.au": a two-letter top level under a label of at most
     * {@value #COUNTRY_SECOND_LEVEL_CHARS} letters); the host itself when it has no more labels than that.
     */
    static String site(String host) {
        if (host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) return host; // an IPv4 address
        String[] labels = host.split("\\.", -1);
        int n = labels.length;
        int keep = n >= 3 && labels[n - 1].length() == 2 && labels[n - 2].length() <= COUNTRY_SECOND_LEVEL_CHARS
                ? 3 : 2;
        if (n <= keep) return host;
        return String.join(".", java.util.Arrays.asList(labels).subList(n - keep, n));
    }

    /** The address's host as {@link WebAddress#host} gives it, without a leading "www."; null when it names none. */
    static String host(String address) {
        String host = WebAddress.host(address);
        return host != null && host.startsWith("www.") ? host.substring(4) : host;
    }

    private boolean isStrongProse(Block block) {
        return block.element() != null && strongProse.test(block);
    }
}
