package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Page;
import wirewash.internal.Validate;

/**
 * Backs off the structural pruning of an HTML page when it left far less prose than the page's best candidate
 * block holds. The best candidate is the element whose child paragraphs of strong prose (enough words, little
 * link text), kept or removed by one of the pruning filters, hold the most words; when the kept strong prose of the
 * whole page is less than {@code minKeptShare} of that, the pruners took the article (or most of it) for furniture:
 * the blocks inside that element that they removed are kept again, and the page gets a warning that says so; so are
 * those the main-container step removed in up to {@code maxWidenLevels} elements around it that hold none of the kept
 * strong prose (the article's other sections, left out with it).
 * Blocks removed by other filters (hidden elements, rules, link density, comment threads) stay removed. Prose
 * inside an element whose class or id names furniture ({@code negative}, the main-container step's pattern: a
 * footer's "about us", a comment thread, a sidebar) is no candidate: the pruners were right to take it, however
 * long it is beside a short story; a furniture name on an element that holds half of the page's kept strong prose
 * or more names the page's layout ({@code <div class="wrapper has-sidebar">}), not furniture.
 */
public final class PruningGuardFilter implements BlockFilter {
    /** The filters whose removals are backed off: they judge by the page's structure and names. */
    public static final Set<String> DEFAULT_PRUNERS = Set.of("MainContainerFilter", "BoilerplateClassFilter",
            "TeaserGridFilter");
    /** The pruning backs off when the page's kept strong prose is less than this share of the best block's. */
    public static final double DEFAULT_MIN_KEPT_SHARE = 0.5;
    /** Fewest words of a strong prose paragraph ({@link StrongProse}). */
    public static final int DEFAULT_STRONG_PROSE_WORDS = StrongProse.DEFAULT_MIN_WORDS;
    /** Most link density of a strong prose paragraph, links inside its sentences not counted. */
    public static final double DEFAULT_STRONG_PROSE_LINK_DENSITY = StrongProse.DEFAULT_MAX_LINK_DENSITY;

    /**
     * How many ancestors of the best block, holding none of the kept strong prose, the back-off reaches up to: the
     * blocks the main-container step removed there (the article's other sections) are kept again too.
     */
    public static final int DEFAULT_MAX_WIDEN_LEVELS = 3;

    /**
     * Least share of the page's kept strong prose inside an element whose furniture name names the page's layout
     * ({@code <body class=nav-open>}, a "has-sidebar" wrapper), not a box of furniture.
     */
    public static final double DEFAULT_MIN_LAYOUT_SHARE = 0.5;

    /** Class/id names of the elements whose prose is furniture, however long: the main-container step's. */
    public static final Pattern DEFAULT_NEGATIVE = MainContainerFilter.DEFAULT_NEGATIVE;

    private final Set<String> pruners;
    private final Pattern negative;
    private final int maxWidenLevels;
    private final double minKeptShare;
    private final StrongProse strongProse;

    public PruningGuardFilter() {
        this(DEFAULT_PRUNERS, DEFAULT_MIN_KEPT_SHARE, DEFAULT_STRONG_PROSE_WORDS, DEFAULT_STRONG_PROSE_LINK_DENSITY);
    }

    public PruningGuardFilter(Set<String> pruners, double minKeptShare, int strongProseWords,
                              double strongProseLinkDensity) {
        this(pruners, minKeptShare, strongProseWords, strongProseLinkDensity, DEFAULT_NEGATIVE);
    }

    public PruningGuardFilter(Set<String> pruners, double minKeptShare, int strongProseWords,
                              double strongProseLinkDensity, Pattern negative) {
        this(pruners, minKeptShare, strongProseWords, strongProseLinkDensity, negative, DEFAULT_MAX_WIDEN_LEVELS);
    }

    /**
     * @param maxWidenLevels how many ancestors of the best block the back-off reaches up to (see
     *                       {@link #DEFAULT_MAX_WIDEN_LEVELS}); 0 keeps again only what was removed inside it
     */
    public PruningGuardFilter(Set<String> pruners, double minKeptShare, int strongProseWords,
                              double strongProseLinkDensity, Pattern negative, int maxWidenLevels) {
        this.maxWidenLevels = Validate.atLeast(maxWidenLevels, 0, "maxWidenLevels");
        this.negative = Validate.notNull(negative, "negative");
        this.pruners = Set.copyOf(Validate.notNull(pruners, "pruners"));
        this.minKeptShare = Validate.fraction(minKeptShare, "minKeptShare");
        this.strongProse = new StrongProse(strongProseWords, strongProseLinkDensity);
    }

    @Override
    public boolean process(Page page) {
        Map<Element, Integer> candidateWords = new IdentityHashMap<>();
        Map<Element, Boolean> furniture = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        int keptWords = 0;
        // the strong prose the pruners left, inside each element (by element number) and in all: a furniture name on
        // an element around half of it or more names the page's layout
        List<Block> eligible = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (block.element() == null || block.element().parent() == null || !strongProse.test(block)) continue;
            boolean pruned = block.isRemoved() && pruners.contains(block.removal().origin());
            if (block.isKept() || pruned) eligible.add(block);
        }
        if (eligible.isEmpty()) return false;
        DomIndex dom = page.domIndex();
        int[] keptInside = new int[dom.size()];
        int total = 0;
        for (Block block : eligible) {
            if (!block.isKept()) continue;
            total += block.wordCount();
            for (int id : dom.ancestry(block.element())) keptInside[id] += block.wordCount();
        }
        Layout layout = new Layout(dom, keptInside, DEFAULT_MIN_LAYOUT_SHARE * total);
        for (Block block : eligible) {
            boolean pruned = !block.isKept();
            if (block.isKept()) keptWords += block.wordCount();
            if (pruned && namedForFurniture(block.element(), furniture, layout)) continue;
            Element parent = block.element().parent();
            if (!candidateWords.containsKey(parent)) order.add(parent);
            candidateWords.merge(parent, block.wordCount(), Integer::sum);
        }
        Element best = null;
        int bestWords = 0;
        for (Element element : order) { // document order: ties go to the first, in every run
            if (candidateWords.get(element) > bestWords) {
                best = element;
                bestWords = candidateWords.get(element);
            }
        }
        if (best == null || keptWords >= minKeptShare * bestWords) return false;
        // the article's other sections beside the best block, which the main-container step left out with it: up to
        // maxWidenLevels ancestors that hold none of the kept strong prose (the pruners' pick) and name no furniture
        Element around = best;
        for (int level = 0; level < maxWidenLevels && around.parent() != null
                && !around.parent().normalName().equals("body") && keptInside[dom.id(around.parent())] == 0
                && !namedForFurniture(around.parent(), furniture, layout); level++) {
            around = around.parent();
        }
        int restored = 0;
        for (Block block : page.blocks()) {
            if (!block.isRemoved() || block.isJoined() || !pruners.contains(block.removal().origin())) continue;
            boolean take = Ancestors.isWithin(block.element(), best)
                    || around != best && Ancestors.isWithin(block.element(), around)
                    && block.removal().origin().equals(MainContainerFilter.class.getSimpleName())
                    && !namedForFurniture(block.element(), furniture, layout);
            if (take && block.restore()) restored++;
        }
        page.warn(name(), "pruning kept " + keptWords + " words of prose, less than "
                + Math.round(minKeptShare * 100) + "% of the " + bestWords + " in " + MainContainerFilter.describe(best) + "; kept "
                + restored + " blocks there again");
        return restored > 0;
    }

    /** The kept strong prose words inside each element, by element number, and how many of them name a layout. */
    private record Layout(DomIndex dom, int[] inside, double layoutWords) {
        /**
         * Whether the element holds {@link #DEFAULT_MIN_LAYOUT_SHARE} of the kept strong prose or more: its names are
         * the layout's.
         */
        boolean holdsMost(Element element) {
            return layoutWords > 0 && inside[dom.id(element)] >= layoutWords;
        }
    }

    /**
     * Whether the element or one of its ancestors has a class or id that names furniture, that ancestor holding less
     * than half of the page's kept strong prose ({@code <body class=nav-open>}, a "has-sidebar" wrapper of the
     * whole page, name the layout; a footer's "about us" box holds none of the story); memoised per element.
     */
    private boolean namedForFurniture(Element element, Map<Element, Boolean> known, Layout layout) {
        List<Element> path = new ArrayList<>();
        boolean named = false;
        for (Element e = element; e != null; e = e.parent()) {
            Boolean cached = known.get(e);
            if (cached != null) {
                named = cached;
                break;
            }
            path.add(e);
            if ((negative.matcher(e.className()).find() || negative.matcher(e.id()).find()) && !layout.holdsMost(e)) {
                named = true;
                break;
            }
        }
        // every element below a named one is inside furniture; below an unnamed one, none is
        for (Element e : path) known.put(e, named);
        return named;
    }
}
