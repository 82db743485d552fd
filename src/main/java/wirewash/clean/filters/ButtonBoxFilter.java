package wirewash.clean.filters;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import wirewash.clean.Block;
import wirewash.clean.DomIndex;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of a small box of buttons on an HTML page, reason {@code widget}: a reader poll ("Do you
 * agree with the council's decision?" over "Yes" "No"), a quiz, a reaction or share bar, whatever the box's class
 * names and wherever it sits, between the story's paragraphs too. The box is the nearest element, the block's own or
 * one at most {@code maxLevels} levels above it, that holds {@code minButtons} or more {@code <button>}s or choice
 * fields; its whole text must be at most {@code maxBoxWords} words, so the story's container, which may hold a
 * "Show more" button or a poll, is never one.
 */
public final class ButtonBoxFilter implements BlockFilter {
    public static final String REASON = "widget";
    /** Most words of the box's whole text: a question and its answers. */
    public static final int DEFAULT_MAX_BOX_WORDS = 30;
    /** How many levels above a block's element the box may be. */
    public static final int DEFAULT_MAX_LEVELS = 2;
    /** Fewest buttons that make a box of them. */
    public static final int DEFAULT_MIN_BUTTONS = 2;
    /** Buttons and the fields a poll's answers are: a button, a radio button, a check box. */
    public static final String BUTTON = "button, input[type=button], input[type=submit], input[type=radio], "
            + "input[type=checkbox], [role=button]";
    /** {@link #BUTTON} parsed once. */
    private static final Evaluator BUTTON_EVALUATOR = QueryParser.parse(BUTTON);

    private final int maxBoxWords;
    private final int maxLevels;
    private final int minButtons;

    public ButtonBoxFilter() {
        this(DEFAULT_MAX_BOX_WORDS, DEFAULT_MAX_LEVELS, DEFAULT_MIN_BUTTONS);
    }

    /**
     * @param maxBoxWords most words of the text of the box around the buttons
     * @param maxLevels   how far above a block's element the box may be, at least 1
     * @param minButtons  fewest buttons in the box, at least 1
     */
    public ButtonBoxFilter(int maxBoxWords, int maxLevels, int minButtons) {
        this.maxBoxWords = Validate.positive(maxBoxWords, "maxBoxWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.minButtons = Validate.positive(minButtons, "minButtons");
    }

    @Override
    public boolean process(Page page) {
        DomIndex dom = page.domIndex();
        if (dom == null) return false;
        // how many buttons each element holds: one search of the page, each button counted up its ancestors
        Map<Element, Integer> buttons = new IdentityHashMap<>();
        for (Element button : dom.controls()) {
            if (!button.is(BUTTON_EVALUATOR)) continue;
            for (Element e = button; e != null; e = e.parent()) buttons.merge(e, 1, Integer::sum);
        }
        if (buttons.isEmpty()) return false;
        return SmallBoxes.removeInside(page, e -> buttons.getOrDefault(e, 0) >= minButtons, maxLevels, maxBoxWords,
                new Reason(REASON, name(), "a small box of buttons: a poll, a quiz, a share bar"));
    }
}
