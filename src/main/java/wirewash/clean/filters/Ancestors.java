package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import wirewash.clean.DomIndex;

/**
 * An element's ancestors: verdicts it takes from the nearest of itself and them that has one of its own, and whether
 * it lies inside a box.
 */
final class Ancestors {
    private Ancestors() {}

    /**
     * The own verdict of the nearest of {@code element} and its ancestors whose {@code own} verdict is not null,
     * or null; {@code verdicts} keeps what each element met on the way was found to take, so that each element is
     * judged once per page. A loop up the ancestors, not a call per level: a page may nest thousands of elements
     * deep (unclosed tags), and recursion overflowed the stack.
     */
    static <V> V nearestOwn(Element element, Map<Element, V> verdicts, Function<Element, V> own) {
        // most elements asked were judged already (a block's siblings share their parents): one lookup, no list
        V known = verdicts.get(element);
        if (known != null || verdicts.containsKey(element)) return known;
        List<Element> judged = new ArrayList<>();
        V found = null;
        for (Element e = element; e != null; e = e.parent()) {
            found = verdicts.get(e);
            if (found != null || verdicts.containsKey(e)) break;
            judged.add(e);
            found = own.apply(e);
            if (found != null) break;
        }
        // the element and each ancestor up to the one that decided have that one's verdict
        for (Element e : judged) verdicts.put(e, found);
        return found;
    }

    /**
     * An empty map of verdicts for {@link #nearestOwn}, sized for every element of the page's DOM ({@code dom} may
     * be null: a page with no elements) so that it never grows while a page is judged.
     */
    static <V> Map<Element, V> verdicts(DomIndex dom) {
        return dom == null ? new IdentityHashMap<>() : new IdentityHashMap<>(dom.size());
    }

    /** Whether {@code element} is {@code box} or lies inside it; false for a null element. */
    static boolean isWithin(Element element, Element box) {
        for (Element e = element; e != null; e = e.parent()) if (e == box) return true;
        return false;
    }
}
