package wirewash.clean.filters;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.HiddenElements;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the blocks of an HTML page that sit in an element its own markup hides ({@link HiddenElements}), reason
 * {@code hidden}: a closed modal, a screen-reader-only label, a copy of the page kept for another layout. The
 * segmentation ends a block at every hidden element, so hidden text inside a paragraph is a block of its own.
 */
public final class HiddenElementFilter implements BlockFilter {
    public static final String REASON = "hidden";

    private final HiddenElements hidden;

    public HiddenElementFilter() {
        this(new HiddenElements());
    }

    public HiddenElementFilter(HiddenElements hidden) {
        this.hidden = Validate.notNull(hidden, "hidden");
    }

    @Override
    public boolean process(Page page) {
        Map<Element, String> verdicts = new IdentityHashMap<>();
        boolean changed = false;
        for (Block block : page.kept()) {
            String what = hiddenBy(block.element(), verdicts);
            if (what != null) changed |= block.remove(new Reason(REASON, name(), "inside " + what));
        }
        return changed;
    }

    /** What hides the element or its nearest hidden ancestor, or null; each element is judged once per page. */
    private String hiddenBy(Element element, Map<Element, String> verdicts) {
        return Ancestors.nearestOwn(element, verdicts, hidden::describe);
    }
}
