package wirewash.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import wirewash.internal.Validate;

/**
 * What several HTML filters ask of one page's elements, found once per page: a number for each element and the
 * numbers of an element and its ancestors, so that a filter summing its blocks' words into
 * every ancestor adds to an array instead of a map; its images, the first image and whether a heading lies inside
 * an element, and an element's text. Each of these used to be asked of jsoup element
 * by element and filter by filter ({@code selectFirst("img")} walks all of an element's subtree, and so does
 * {@code text()}); the answers are the same. One walk over the document finds the images and headings; an
 * element's text is made on first use and kept. Belongs to one {@link Page}, so to one thread; the page's DOM is
 * never changed while it is cleaned.
 */
public final class DomIndex {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** How many elements the tree has. */
    private int size;
    /** The numbers given so far: an element is numbered when first asked about, most never are. */
    private final Map<Element, Integer> ids = new IdentityHashMap<>();
    /** For each element asked about, its number and its ancestors', innermost first. */
    private final Map<Element, int[]> ancestries = new IdentityHashMap<>();
    private final List<Element> images = new ArrayList<>();
    /** The page's {@code <a>}, {@code <form>} elements, and its controls: what the box filters look through. */
    private final List<Element> anchors = new ArrayList<>();
    private final List<Element> forms = new ArrayList<>();
    private final List<Element> controls = new ArrayList<>();
    /** The elements with a microdata {@code itemprop}, in page order. */
    private final List<Element> properties = new ArrayList<>();
    /** For each element holding an image (itself one included), the first in page order, as selectFirst finds it. */
    private final Map<Element, Element> firstImage = new IdentityHashMap<>();
    /** The elements that are, or hold, a heading h1–h6. */
    private final Set<Element> headed = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The elements that hold, below themselves, a headline {@code <h1>} or an {@code <article>}. */
    private final Set<Element> aboveStory = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, String> texts = new IdentityHashMap<>();

    /**
     * Indexes the tree under {@code root}, the whole document with its head for a parsed page (as
     * {@code getElementsByTag} and {@code selectFirst} see it).
     */
    public DomIndex(Element root) {
        Validate.notNull(root, "root");
        List<Element> headings = new ArrayList<>();
        List<Element> stories = new ArrayList<>();
        forEachElement(root, element -> {
            size++;
            String name = element.normalName();
            if (name.equals("img")) images.add(element);
            else if (HEADINGS.contains(name)) headings.add(element);
            else if (name.equals("a")) anchors.add(element);
            else if (name.equals("form")) forms.add(element);
            if (name.equals("h1") || name.equals("article")) stories.add(element);
            if (name.equals("button") || name.equals("input") || element.hasAttr("role")) controls.add(element);
            if (element.hasAttr("itemprop")) properties.add(element);
        });
        // In page order: the first image to reach an element is the first inside it, and once one has, every
        // element above has too.
        for (Element image : images) {
            for (Element e = image; e != null && !firstImage.containsKey(e); e = e.parent()) firstImage.put(e, image);
        }
        for (Element heading : headings) {
            for (Element e = heading; e != null && headed.add(e); e = e.parent()) {
                // marks the heading and the elements above it up to one marked already
            }
        }
        for (Element story : stories) {
            for (Element e = story.parent(); e != null && aboveStory.add(e); e = e.parent()) {
                // marks the elements above the headline or article up to one marked already
            }
        }
    }

    /** What {@link #walk} calls as it goes through a tree. */
    interface Visitor {
        /** Meets an element below the root; false to pass over its subtree (and its {@link #tail}). */
        boolean head(Element element);

        /** Meets a text node. */
        default void text(TextNode node) {}

        /** Leaves an element whose {@link #head} said true, after its subtree. */
        default void tail(Element element) {}
    }

    /**
     * Visits the nodes inside {@code root} (not the root itself) in document order, the order of jsoup's
     * {@code NodeTraversor} and {@code getAllElements}. A loop over child indexes with a stack of its own: about
     * half the cost of a {@code NodeTraversor} walk, which steps through every node and checks at each whether the
     * visitor changed the tree (a visitor must not change it), and no recursion, however deep the page.
     */
    static void walk(Element root, Visitor visitor) {
        Element[] parents = new Element[32];
        int[] nextChild = new int[32];
        int depth = 0;
        parents[0] = root;
        while (depth >= 0) {
            Element parent = parents[depth];
            int i = nextChild[depth];
            if (i >= parent.childNodeSize()) {
                parents[depth--] = null;
                if (depth >= 0) visitor.tail(parent);
                continue;
            }
            nextChild[depth] = i + 1;
            Node node = parent.childNode(i);
            if (node instanceof TextNode textNode) {
                visitor.text(textNode);
            } else if (node instanceof Element element && visitor.head(element)) {
                if (++depth == parents.length) {
                    parents = Arrays.copyOf(parents, 2 * depth);
                    nextChild = Arrays.copyOf(nextChild, 2 * depth);
                }
                parents[depth] = element;
                nextChild[depth] = 0;
            }
        }
    }

    /** Hands {@code visit} the root and every element inside it, in document order ({@link #walk}). */
    static void forEachElement(Element root, Consumer<Element> visit) {
        visit.accept(root);
        walk(root, element -> {
            visit.accept(element);
            return true;
        });
    }

    /** How many elements the tree has: element numbers run from 0 to this, exclusive. */
    public int size() {
        return size;
    }

    /**
     * The element's number, for arrays of {@link #size} entries: given in the order elements are first asked
     * about, and the same for the element whatever asks. Only the tree's elements may be asked about.
     */
    public int id(Element element) {
        Integer id = ids.get(element);
        if (id == null) {
            if (ids.size() == size) throw new IllegalArgumentException("more elements asked about than indexed");
            id = ids.size();
            ids.put(element, id);
        }
        return id;
    }

    /**
     * The numbers of the element and its ancestors up to the root, innermost first; made once per element (from
     * its parent's), shared, not to be changed.
     */
    public int[] ancestry(Element element) {
        int[] ancestry = ancestries.get(element);
        if (ancestry != null) return ancestry;
        // up to the nearest ancestor that has one (a loop, not a call per level: pages nest thousands deep), then
        // made down from there, numbering the elements from the top as before
        List<Element> path = new ArrayList<>();
        Element e = element;
        int[] above = null;
        while (e != null && (above = ancestries.get(e)) == null) {
            path.add(e);
            e = e.parent();
        }
        if (above == null) above = new int[0];
        for (int k = path.size() - 1; k >= 0; k--) {
            ancestry = new int[above.length + 1];
            ancestry[0] = id(path.get(k));
            System.arraycopy(above, 0, ancestry, 1, above.length);
            ancestries.put(path.get(k), ancestry);
            above = ancestry;
        }
        return ancestry;
    }

    /** The page's {@code <img>} elements in page order ({@code getElementsByTag("img")}). */
    public List<Element> images() {
        return Collections.unmodifiableList(images);
    }

    /** The page's elements with a microdata {@code itemprop}, in page order ({@code select("[itemprop]")}). */
    public List<Element> properties() {
        return Collections.unmodifiableList(properties);
    }

    /** The page's {@code <a>} elements in page order ({@code getElementsByTag("a")}). */
    public List<Element> anchors() {
        return Collections.unmodifiableList(anchors);
    }

    /** The page's {@code <form>} elements in page order. */
    public List<Element> forms() {
        return Collections.unmodifiableList(forms);
    }

    /**
     * The page's {@code <button>} and {@code <input>} elements and those with a {@code role}, in page order: every
     * element a selector of buttons, fields or ARIA roles can match is among them.
     */
    public List<Element> controls() {
        return Collections.unmodifiableList(controls);
    }

    /** The first {@code <img>} inside the element, itself included, in page order ({@code selectFirst("img")}); or null. */
    public Element firstImage(Element element) {
        return firstImage.get(element);
    }

    /** Whether the element is or holds a heading h1–h6 ({@code selectFirst("h1, h2, h3, h4, h5, h6") != null}). */
    public boolean holdsHeading(Element element) {
        return headed.contains(element);
    }

    /**
     * Whether a headline {@code <h1>} or an {@code <article>} element lies inside the element, below it: an
     * element that holds the story's headline or article is the story's, however few words a short story has.
     */
    public boolean holdsStory(Element element) {
        return aboveStory.contains(element);
    }

    /**
     * Whether the element's text has at most {@code maxWords} tokens ({@link TextMeasure#tokenCount}): read from
     * its text when made already, else from as much of it as it takes ({@link ElementText#tokenCount}), which is
     * not kept.
     */
    public boolean hasAtMostWords(Element element, int maxWords) {
        String text = texts.get(element);
        int limit = maxWords + 1;
        return (text != null ? TextMeasure.tokenCount(text, limit) : ElementText.tokenCount(element, limit)) <= maxWords;
    }

    /** The element's text ({@link ElementText#of}), made once. */
    public String text(Element element) {
        String text = texts.get(element);
        if (text == null) {
            text = ElementText.of(element);
            texts.put(element, text);
        }
        return text;
    }
}
