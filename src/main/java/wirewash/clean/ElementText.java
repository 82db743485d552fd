package wirewash.clean;

import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An element's whole text, joined by wirewash's own rule rather than by whichever jsoup version is on the class path
 * ({@code Element.text()} changed in jsoup 1.22–1.24: spaces around {@code img}, {@code input}, {@code select}…, and
 * other tags taken as blocks). The rule is jsoup 1.21's, which the benchmark's figures were made with: text nodes
 * with their runs of whitespace collapsed to one space (kept as written inside {@code pre}, {@code textarea},
 * {@code title}, {@code plaintext}, within six levels up, and in CDATA), one space before a block-level element or a
 * {@code <br>} and after a block-level element that text or an inline element follows, the ends trimmed. Block-level
 * here is {@link #BLOCK} (jsoup 1.21's list); any other tag, unknown ones included, is inline. An {@code <img>} or a
 * form control adds nothing, as in the visible text the page's blocks are made of.
 */
public final class ElementText {
    /** The tags whose elements start and end a run of text: jsoup 1.21's block tags. */
    static final Set<String> BLOCK = Set.of("address", "applet", "article", "aside", "audio", "blockquote", "body",
            "br", "button", "canvas", "caption", "center", "col", "colgroup", "dd", "del", "details", "dir", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4",
            "h5", "h6", "head", "header", "hgroup", "hr", "html", "ins", "li", "link", "listing", "main", "marquee",
            "menu", "meta", "nav", "noframes", "noscript", "ol", "p", "plaintext", "pre", "script", "section", "style",
            "table", "tbody", "td", "template", "tfoot", "th", "thead", "title", "tr", "ul", "video");
    /** The tags inside which (up to {@link #PRESERVE_LEVELS} levels up) a text node keeps its whitespace. */
    private static final Set<String> PRESERVE = Set.of("pre", "plaintext", "title", "textarea");
    private static final int PRESERVE_LEVELS = 6;
    private static final int NO_BREAK_SPACE = 0x00A0;
    private static final int ZERO_WIDTH_SPACE = 0x200B;
    private static final int SOFT_HYPHEN = 0x00AD;

    private ElementText() {}

    /** The element's text by the rule above; empty when it has none. */
    public static String of(Element element) {
        StringBuilder text = new StringBuilder();
        DomIndex.walk(element, new DomIndex.Visitor() {
            @Override
            public boolean head(Element e) {
                if (text.length() > 0 && (BLOCK.contains(e.normalName())) && !endsWithSpace(text)) text.append(' ');
                return true;
            }

            @Override
            public void text(TextNode node) {
                if (node instanceof CDataNode || preservesWhitespace(node.parentNode())) text.append(node.getWholeText());
                else appendNormalised(text, node.getWholeText());
            }

            @Override
            public void tail(Element e) {
                if (!BLOCK.contains(e.normalName())) return;
                Node next = e.nextSibling();
                boolean inlineNext = next instanceof TextNode
                        || next instanceof Element n && !BLOCK.contains(n.normalName());
                if (inlineNext && !endsWithSpace(text)) text.append(' ');
            }
        });
        return text.toString().trim();
    }

    private static boolean preservesWhitespace(Node node) {
        Element e = node instanceof Element element ? element : null;
        for (int level = 0; e != null && level < PRESERVE_LEVELS; level++, e = e.parent()) {
            if (PRESERVE.contains(e.normalName())) return true;
        }
        return false;
    }

    private static boolean endsWithSpace(StringBuilder text) {
        return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }

    /** Appends the text with each run of whitespace as one space, none at its start after a space; drops zero-width spaces and soft hyphens. */
    private static void appendNormalised(StringBuilder text, String s) {
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        boolean stripLeading = endsWithSpace(text);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == NO_BREAK_SPACE) {
                if ((stripLeading && !reachedNonWhite) || lastWasWhite) continue;
                text.append(' ');
                lastWasWhite = true;
            } else if (c != ZERO_WIDTH_SPACE && c != SOFT_HYPHEN) {
                text.appendCodePoint(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }
}
