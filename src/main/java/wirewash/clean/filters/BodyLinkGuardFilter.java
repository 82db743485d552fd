package wirewash.clean.filters;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;

/**
 * Keeps again the paragraphs and headings the link-density step removed from the article body itself: a source
 * address, a "click for the full results" line or a linked subheading set as its own paragraph among the story's
 * paragraphs is article text, whatever share of it is link text. The body is the element whose child paragraphs of
 * strong prose (enough words, little link text) hold the most words; a removed block counts as the body's when its
 * element ({@code tags}: a paragraph or a heading) is a direct child of that element and lies between the body's
 * first and last strong prose paragraphs, or at most {@code maxLeadBlocks} blocks before the first. Navigation,
 * related lists and teaser grids sit in their own lists and boxes, not among the body's paragraphs; later filters
 * (rules, tails, captions) still judge what is kept again.
 */
public final class BodyLinkGuardFilter implements BlockFilter {
    /** The origin of the removals this backs off. */
    public static final String DEFAULT_REMOVER = "LinkDensityFilter";
    /** Elements that are the body's own lines when they sit directly in it. */
    public static final Set<String> DEFAULT_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6");
    /** Fewest words of a strong prose paragraph. */
    public static final int DEFAULT_STRONG_PROSE_WORDS = 15;
    /** Most link density of a strong prose paragraph. */
    public static final double DEFAULT_STRONG_PROSE_LINK_DENSITY = 0.2;
    /** The body must hold at least this many strong prose paragraphs. */
    public static final int DEFAULT_MIN_BODY_PARAGRAPHS = 3;
    /** How many of the body's blocks before its first strong prose paragraph may be kept again. */
    public static final int DEFAULT_MAX_LEAD_BLOCKS = 2;

    private final String remover;
    private final Set<String> tags;
    private final int strongProseWords;
    private final double strongProseLinkDensity;
    private final int minBodyParagraphs;
    private final int maxLeadBlocks;

    public BodyLinkGuardFilter() {
        this(DEFAULT_REMOVER, DEFAULT_TAGS, DEFAULT_STRONG_PROSE_WORDS, DEFAULT_STRONG_PROSE_LINK_DENSITY,
                DEFAULT_MIN_BODY_PARAGRAPHS, DEFAULT_MAX_LEAD_BLOCKS);
    }

    public BodyLinkGuardFilter(String remover, Set<String> tags, int strongProseWords, double strongProseLinkDensity,
                               int minBodyParagraphs, int maxLeadBlocks) {
        this.remover = Validate.notNull(remover, "remover");
        this.tags = Set.copyOf(Validate.notNull(tags, "tags"));
        this.strongProseWords = Validate.positive(strongProseWords, "strongProseWords");
        this.strongProseLinkDensity = Validate.fraction(strongProseLinkDensity, "strongProseLinkDensity");
        this.minBodyParagraphs = Validate.positive(minBodyParagraphs, "minBodyParagraphs");
        this.maxLeadBlocks = Validate.atLeast(maxLeadBlocks, 0, "maxLeadBlocks");
    }

    @Override
    public boolean process(Page page) {
        Map<Element, int[]> candidates = new IdentityHashMap<>(); // words, paragraphs
        List<Element> order = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (!block.isKept() || !isStrongProse(block)) continue;
            Element parent = block.element().parent();
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
        int first = -1;
        int last = -1;
        List<Block> blocks = page.blocks();
        for (Block block : blocks) {
            if (block.isKept() && isStrongProse(block) && block.element().parent() == body) {
                if (first < 0) first = block.index();
                last = block.index();
            }
        }
        int leadStart = first;
        for (int seen = 0; leadStart > 0 && seen < maxLeadBlocks; ) {
            Block before = blocks.get(leadStart - 1);
            if (before.element() == null || before.element().parent() != body) break;
            leadStart--;
            seen++;
        }
        String host = host(page.metadata().url());
        boolean changed = false;
        for (int i = leadStart; i <= last; i++) {
            Block block = blocks.get(i);
            if (block.isRemoved() && !block.isJoined() && remover.equals(block.removal().origin())
                    && block.element() != null && tags.contains(block.tag()) && block.element().parent() == body
                    && !linksWithinSite(block.element(), host)) {
                changed |= block.restore();
            }
        }
        return changed;
    }

    /**
     * Whether one of the element's links points into the page's own site ({@code host}, null when unknown): a
     * relative address or one on the same host or a subdomain of it, "www." aside.
     */
    static boolean linksWithinSite(Element element, String host) {
        for (Element link : element.select("a[href]")) {
            String href = link.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#")) continue;
            String target = host(href);
            if (target == null ? !href.contains(":") : sameSite(target, host)) return true;
        }
        return false;
    }

    /** Whether two hosts are one site: equal, or one a subdomain of the other ("video.example.com"). */
    static boolean sameSite(String a, String b) {
        if (a == null || b == null) return false;
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }

    /** The lower-cased host of an address without a leading "www.", or null when it has none. */
    static String host(String address) {
        if (address == null) return null;
        try {
            String host = new URI(address.strip()).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private boolean isStrongProse(Block block) {
        return block.element() != null && block.has(Label.PROSE) && block.wordCount() >= strongProseWords
                && block.linkDensity() <= strongProseLinkDensity;
    }
}
