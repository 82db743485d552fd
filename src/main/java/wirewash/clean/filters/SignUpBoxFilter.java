package wirewash.clean.filters;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of a small box around an email field on an HTML page, reason {@code subscribe}: a
 * newsletter sign-up (a heading, a sentence that sells it, the field and its button), whatever the box's class
 * names and wherever it sits, between the story's paragraphs too. The box is the nearest element, the block's own
 * or one at most {@code maxLevels} levels above it, that holds an {@code <input type=email>} (or an input named
 * for an email); its whole text must be at most {@code maxBoxWords} words, so the story's container, which may
 * hold such a box, is never one.
 */
public final class SignUpBoxFilter implements BlockFilter {
    public static final String REASON = "subscribe";
    /** Most words of the sign-up box's whole text. */
    public static final int DEFAULT_MAX_BOX_WORDS = 50;
    /** How many levels above a block's element the box may be. */
    public static final int DEFAULT_MAX_LEVELS = 3;
    /** The form fields that ask for an email address. */
    public static final String EMAIL_FIELD = "input[type=email], input[name~=(?i)e-?mail]";
    /** {@link #EMAIL_FIELD} parsed once (jsoup's evaluators are immutable and may be shared across threads). */
    private static final Evaluator EMAIL_FIELD_EVALUATOR = QueryParser.parse(EMAIL_FIELD);

    private final int maxBoxWords;
    private final int maxLevels;

    public SignUpBoxFilter() {
        this(DEFAULT_MAX_BOX_WORDS, DEFAULT_MAX_LEVELS);
    }

    /**
     * @param maxBoxWords most words of the text of the box around the email field
     * @param maxLevels   how far above a block's element the box may be, at least 1
     */
    public SignUpBoxFilter(int maxBoxWords, int maxLevels) {
        this.maxBoxWords = Validate.positive(maxBoxWords, "maxBoxWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
    }

    @Override
    public boolean process(Page page) {
        // the elements that hold an email field are its ancestors: found with one search of the page (most pages
        // have no such field, and the filter stops there), not a search of each kept block's ancestors' subtrees
        Set<Element> holdsField = null;
        // whether an element that holds a field is small enough to be the box: asked once an element, as the blocks
        // under one box, or under a large container with a field in its footer, all reach the same element
        Map<Element, Boolean> smallBox = new IdentityHashMap<>();
        boolean changed = false;
        for (Block block : page.kept()) {
            Element element = block.element();
            if (element == null) continue;
            if (holdsField == null) {
                holdsField = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Element field : element.root().select(EMAIL_FIELD_EVALUATOR)) {
                    for (Element e = field; e != null; e = e.parent()) if (!holdsField.add(e)) break;
                }
            }
            if (holdsField.isEmpty()) return false;
            DomIndex dom = page.domIndex();
            Element e = element;
            for (int level = 0; level <= maxLevels && e != null && !e.normalName().equals("body"); level++) {
                if (holdsField.contains(e)) {
                    boolean small = smallBox.computeIfAbsent(e,
                            box -> TextMeasure.tokenCount(dom.text(box), maxBoxWords + 1) <= maxBoxWords);
                    if (small) {
                        changed |= block.remove(new Reason(REASON, name(), "a small box around an email field"));
                    }
                    break;
                }
                e = e.parent();
            }
        }
        return changed;
    }
}
