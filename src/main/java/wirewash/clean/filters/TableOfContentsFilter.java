package wirewash.clean.filters;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes a table of contents from an HTML page, reason {@code navigation}: a list ({@code ul}, {@code ol}) of at
 * least {@code minItems} items that are each only links into the page itself ({@code href="#section"}), and the
 * short label set right before it ("Contents", "Jump to:", at most {@code maxLabelWords} words, not prose). Its
 * items are too short for the link-density step, and it sits among the story's paragraphs whatever its class
 * names; a story's own list has text outside links, or links to other pages.
 */
public final class TableOfContentsFilter implements BlockFilter {
    public static final String REASON = "navigation";
    /** Fewest items of a table of contents. */
    public static final int DEFAULT_MIN_ITEMS = 2;
    /** Most words of the label before the list. */
    public static final int DEFAULT_MAX_LABEL_WORDS = 4;
    /** How many levels above a block's element its list item may be. */
    private static final int MAX_ITEM_LEVELS = 2;

    private final int minItems;
    private final int maxLabelWords;

    public TableOfContentsFilter() {
        this(DEFAULT_MIN_ITEMS, DEFAULT_MAX_LABEL_WORDS);
    }

    /**
     * @param minItems      fewest items of in-page links that make a list a table of contents, at least 1
     * @param maxLabelWords most words of the label line right before the list that goes with it
     */
    public TableOfContentsFilter(int minItems, int maxLabelWords) {
        this.minItems = Validate.positive(minItems, "minItems");
        this.maxLabelWords = Validate.atLeast(maxLabelWords, 0, "maxLabelWords");
    }

    @Override
    public boolean process(Page page) {
        Map<Element, Boolean> tables = new IdentityHashMap<>();
        boolean changed = false;
        for (Block block : page.kept()) {
            Element element = block.element();
            if (element == null) continue;
            Element list = listOf(element);
            if (list != null && tables.computeIfAbsent(list, this::isTableOfContents)) {
                changed |= block.remove(new Reason(REASON, name(), "a list of links into the page"));
                continue;
            }
            Element next = element.nextElementSibling();
            if (next != null && isList(next) && !block.has(Label.PROSE) && block.wordCount() <= maxLabelWords
                    && block.linkChars() == 0 && tables.computeIfAbsent(next, this::isTableOfContents)) {
                changed |= block.remove(new Reason(REASON, name(), "the label of a list of links into the page"));
            }
        }
        return changed;
    }

    /** The list whose item holds the element, at most {@link #MAX_ITEM_LEVELS} levels up; null when none. */
    private static Element listOf(Element element) {
        Element e = element;
        for (int level = 0; level <= MAX_ITEM_LEVELS && e != null; level++, e = e.parent()) {
            if (e.normalName().equals("li")) return e.parent() != null && isList(e.parent()) ? e.parent() : null;
        }
        return null;
    }

    private static boolean isList(Element element) {
        return element.normalName().equals("ul") || element.normalName().equals("ol");
    }

    /** The chars of {@code text} that are not ASCII white space (what {@code \\s} matches). */
    private static int visibleChars(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') n++;
        }
        return n;
    }

    /** Whether every item with text is only links into the page, and there are at least {@code minItems}. */
    private boolean isTableOfContents(Element list) {
        int items = 0;
        for (Element item : list.children()) {
            String text = item.text().strip();
            if (text.isEmpty()) continue;
            StringBuilder linked = new StringBuilder();
            for (Element link : item.select(Queries.LINK)) {
                if (!link.attr("href").startsWith("#")) return false;
                linked.append(link.text());
            }
            if (visibleChars(text) > visibleChars(linked)) return false;
            items++;
        }
        return items >= minItems;
    }
}
