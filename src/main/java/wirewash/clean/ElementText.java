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
        Writer writer = new Writer(Integer.MAX_VALUE);
        DomIndex.walk(element, writer);
        return writer.text.toString().trim();
    }

    /**
     * {@code TextMeasure.tokenCount(of(element), limit)}, the text made only as far as it takes: once what is made
     * holds {@code limit} tokens the rest is passed over (the tokens of a text's start are never more than the
     * whole text's), so a box's size is read without making the text of a story's container.
     */
    public static int tokenCount(Element element, int limit) {
        Writer writer = new Writer(limit);
        DomIndex.walk(element, writer);
        return writer.full ? limit : TextMeasure.tokenCount(writer.text.toString(), limit);
    }

    /** Writes the text by the rule above, until it holds {@code limit} tokens. */
    private static final class Writer implements DomIndex.Visitor {
        /** The text's length at which its tokens are counted first: a small box is made whole, then counted once. */
        private static final int FIRST_COUNT_AT = 512;
        private final StringBuilder text = new StringBuilder();
        private final int limit;
        /** The length at which the tokens are counted next, doubling each time: linear in the text however long. */
        private int countAt;
        /** Whether the text so far holds {@code limit} tokens: the walk then passes over everything left. */
        private boolean full;

        Writer(int limit) {
            this.limit = limit;
            this.countAt = limit == Integer.MAX_VALUE ? Integer.MAX_VALUE : FIRST_COUNT_AT;
        }

        @Override
        public boolean head(Element e) {
            if (full) return false;
            if (text.length() > 0 && (BLOCK.contains(e.normalName())) && !endsWithSpace(text)) text.append(' ');
            return true;
        }

        @Override
        public void text(TextNode node) {
            if (full) return;
            if (node instanceof CDataNode || preservesWhitespace(node.parentNode())) text.append(node.getWholeText());
            else appendNormalised(text, node.getWholeText());
            if (text.length() >= countAt) {
                full = TextMeasure.tokenCount(text.toString(), limit) >= limit;
                countAt = text.length() > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * text.length();
            }
        }

        @Override
        public void tail(Element e) {
            if (full || !BLOCK.contains(e.normalName())) return;
            Node next = e.nextSibling();
            boolean inlineNext = next instanceof TextNode
                    || next instanceof Element n && !BLOCK.contains(n.normalName());
            if (inlineNext && !endsWithSpace(text)) text.append(' ');
        }
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
