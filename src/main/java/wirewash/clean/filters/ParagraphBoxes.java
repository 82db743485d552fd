package wirewash.clean.filters;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import wirewash.clean.HtmlBlocks;

/**
 * Where a block of an HTML page stands as a paragraph of the box that holds the story, whatever markup the page's
 * CMS gives its paragraphs: a {@code <p>} (in wrappers of its own or not), or a run of text set right in a container
 * between its child blocks, as lines apart by {@code <br>} among the story's figures and quotes. Such a run is one of the
 * container's paragraphs, as readability makes it one (it turns {@code <br><br>} into paragraph breaks and wraps a
 * {@code div}'s loose text in a {@code <p>}).
 */
final class ParagraphBoxes {
    /** The containers whose runs of text, when they hold several, are paragraphs of the container itself. */
    static final Set<String> LINE_BOX_TAGS = Set.of("div", "section", "article", "main");

    private ParagraphBoxes() {}

    /**
     * Whether the element is a container whose own text runs between block-level children of its own: a
     * {@link #LINE_BOX_TAGS container} with a block-level element right inside it (the story's lines, apart by
     * {@code <br>}, among its figures, quotes and ad slots). A {@code div} of lines with no block inside is no line
     * box: readability takes it for a paragraph (or a few) of the box around it, as a CMS sets a run of paragraphs
     * between two embeds. Looks at the element's children: callers that ask for every line of a box keep the
     * answer per element.
     */
    static boolean isLineBox(Element element) {
        if (!LINE_BOX_TAGS.contains(element.normalName())) return false;
        for (Element child : element.children()) if (HtmlBlocks.isBlockLevel(child.normalName())) return true;
        return false;
    }

    /**
     * Whether the element is a {@code div} of {@code <br>}-apart lines: a {@code <br>} right inside it and no
     * block-level element; readability takes it for a paragraph.
     */
    static boolean isParagraphDiv(Element element) {
        if (!element.normalName().equals("div")) return false;
        boolean lines = false;
        for (Element child : element.children()) {
            String tag = child.normalName();
            if (HtmlBlocks.isBlockLevel(tag)) return false;
            lines |= tag.equals("br");
        }
        return lines;
    }

    /**
     * The element with the wrappers it is the only content of: {@code div}s that hold nothing but it (no other
     * element, no text of their own), as a page built from components wraps each paragraph
     * ({@code <div><div><p>…</p></div></div>}). Readability reads such a {@code div} as the paragraph itself.
     */
    static Element wrapped(Element element) {
        Element box = element;
        for (Element parent = box.parent(); parent != null && !isPageRoot(parent) && isWrapperOf(parent);
                parent = box.parent()) {
            box = parent;
        }
        return box;
    }

    private static boolean isWrapperOf(Element parent) {
        if (!parent.normalName().equals("div") || parent.childrenSize() != 1) return false;
        for (TextNode text : parent.textNodes()) if (!text.isBlank()) return false;
        return true;
    }

    /** Whether the element is the page's {@code body} or {@code html}: no box of the story. */
    static boolean isPageRoot(Element element) {
        return element.normalName().equals("body") || element.normalName().equals("html");
    }
}
