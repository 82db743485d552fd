package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import wirewash.clean.Block;
import wirewash.clean.DomIndex;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.internal.Ascii;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of a small box around an email field on an HTML page, reason {@code subscribe}: a
 * newsletter sign-up (a heading, a sentence that sells it, the field and its button), whatever the box's class
 * names and wherever it sits, between the story's paragraphs too. The box is the nearest element, the block's own
 * or one at most {@code maxLevels} levels above it, that holds an {@code <input type=email>} (or an input named
 * for an email); its whole text must be at most {@code maxBoxWords} words, so the story's container, which may
 * hold such a box, is never one. A box with no field but a button to a sign-up page counts too: a link set apart
 * from any paragraph, or a form, whose address names a newsletter or a sign-up ({@code <a href="/newsletters">Go</a>},
 * the field on the page it leads to); a paragraph's own link there (a story that names its site's newsletter) is
 * no such button.
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
    /** The links and forms that lead to a sign-up: their address names a newsletter or a sign-up. */
    public static final String SIGN_UP_BUTTON = "a[href~=(?i)(newsletter|sign-?up)], "
            + "form[action~=(?i)(newsletter|sign-?up|subscri)]";
    /** A paragraph, parsed once: a button is set apart from any. */
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

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
        DomIndex dom = page.domIndex();
        if (dom == null) return false;
        Set<Element> holdsField = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element field : dom.controls()) {
            if (!field.is(EMAIL_FIELD_EVALUATOR)) continue;
            SmallBoxes.addWithAncestors(holdsField, field);
        }
        for (Element button : linksAndForms(dom)) {
            if (!isSignUpButton(button) || button.closest(PARAGRAPH) != null) continue;
            SmallBoxes.addWithAncestors(holdsField, button);
        }
        if (holdsField.isEmpty()) return false;
        // a small box's size is asked once: the blocks under one box, or under a large container with a field in
        // its footer, all reach the same element
        return SmallBoxes.removeInside(page, holdsField::contains, maxLevels, maxBoxWords,
                new Reason(REASON, name(), "a small box around an email field or a sign-up button"));
    }

    /**
     * The links and forms {@link #SIGN_UP_BUTTON} looks through: their addresses are read for its words in code, not
     * by a regex matcher per link ({@link #isSignUpButton}).
     */
    private static List<Element> linksAndForms(DomIndex dom) {
        List<Element> out = new ArrayList<>(dom.anchors());
        out.addAll(dom.forms());
        return out;
    }

    /** Whether a link's or a form's address has {@link #SIGN_UP_BUTTON}'s words (as its regexes find them). */
    static boolean isSignUpButton(Element element) {
        if (element.normalName().equals("a")) {
            return Ascii.containsAnyIgnoreCase(element.attr("href"), "newsletter", "signup", "sign-up");
        }
        return element.normalName().equals("form")
                && Ascii.containsAnyIgnoreCase(element.attr("action"), "newsletter", "signup", "sign-up", "subscri");
    }
}
