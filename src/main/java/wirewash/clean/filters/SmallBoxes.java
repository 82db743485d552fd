package wirewash.clean.filters;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.DomIndex;
import wirewash.clean.Page;
import wirewash.model.Reason;

/**
 * The small boxes of an HTML page that a filter names by what they hold (an email field, reader prompts the rules
 * removed): a kept block goes when the nearest such box, its own element or one at most {@code maxLevels} levels
 * above it below {@code <body>}, is small, so that the story's container, which may hold such a box, never is one;
 * nor is an element that holds a headline {@code <h1>} or an {@code <article>} ({@link DomIndex#holdsStory}),
 * which is the story's however short it is (a brief of one paragraph under its byline's author link).
 */
final class SmallBoxes {
    private SmallBoxes() {}

    /**
     * Removes, with {@code reason}, each kept block whose nearest {@code isBox} element, its own or at most
     * {@code maxLevels} above it, has at most {@code maxBoxWords} words and holds no headline or article; each
     * box's size is counted once.
     */
    static boolean removeInside(Page page, Predicate<Element> isBox, int maxLevels, int maxBoxWords, Reason reason) {
        DomIndex dom = page.domIndex();
        Map<Element, Boolean> small = new IdentityHashMap<>();
        boolean changed = false;
        for (Block block : page.kept()) {
            Element box = nearest(block.element(), maxLevels, isBox);
            if (box != null && small.computeIfAbsent(box, b -> !dom.holdsStory(b) && dom.hasAtMostWords(b, maxBoxWords))) {
                changed |= block.remove(reason);
            }
        }
        return changed;
    }

    /**
     * Adds the element and its ancestors to {@code set}, stopping at the first already in it (whose ancestors are):
     * the elements that hold one of several things, found from each thing up.
     */
    static void addWithAncestors(Set<Element> set, Element element) {
        for (Element e = element; e != null; e = e.parent()) if (!set.add(e)) break;
    }

    /**
     * The element and its ancestors, at most {@code maxLevels} above it and below {@code <body>}, in order: each is
     * given to {@code visit}.
     */
    static void forEachWithin(Element element, int maxLevels, Consumer<Element> visit) {
        Element e = element;
        for (int level = 0; level <= maxLevels && e != null && !e.normalName().equals("body"); level++) {
            visit.accept(e);
            e = e.parent();
        }
    }

    /** The nearest of the element and its ancestors within {@code maxLevels} (below body) that is a box, or null. */
    private static Element nearest(Element element, int maxLevels, Predicate<Element> isBox) {
        Element e = element;
        for (int level = 0; level <= maxLevels && e != null && !e.normalName().equals("body"); level++) {
            if (isBox.test(e)) return e;
            e = e.parent();
        }
        return null;
    }
}
