package wirewash.clean.filters;

import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes a consent banner's buttons that no rule names ("Settings", "“Accept”", "Agree"): a short line of a few
 * words, with no sentence's end, set on the very next line (no blank line between) below a line that a rule took as
 * a cookie notice, or below such a button. A banner prints its buttons right under its notice; the same word on a
 * line of its own anywhere else ("Agree" as a poll's answer, a story's short subheading after a blank line) stays.
 * At most a few buttons follow one notice line, so a short line the page prints after the banner is left to the
 * other filters.
 */
public final class ConsentButtonFilter implements BlockFilter {
    public static final String REASON = "cookie-notice";
    /** Most words of a button line. */
    public static final int DEFAULT_MAX_WORDS = 3;
    /** Most characters of a button line. */
    public static final int DEFAULT_MAX_CHARS = 30;
    /** Most button lines taken in a row below one line a rule took. */
    public static final int DEFAULT_MAX_BUTTONS = 2;

    private final String noticeCode;
    private final int maxWords;
    private final int maxChars;
    private final int maxButtons;

    public ConsentButtonFilter() {
        this(REASON, DEFAULT_MAX_WORDS, DEFAULT_MAX_CHARS, DEFAULT_MAX_BUTTONS);
    }

    /** @param noticeCode the reason code of the rules that take a consent notice's lines */
    public ConsentButtonFilter(String noticeCode, int maxWords, int maxChars, int maxButtons) {
        this.noticeCode = Validate.notNull(noticeCode, "noticeCode");
        this.maxWords = Validate.positive(maxWords, "maxWords");
        this.maxChars = Validate.positive(maxChars, "maxChars");
        this.maxButtons = Validate.positive(maxButtons, "maxButtons");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        // buttons taken since the last line a rule took as a notice; -1: not in a banner
        int taken = -1;
        for (Block block : page.blocks()) {
            if (block.isJoined()) continue;
            if (block.isRemoved() && noticeCode.equals(block.removal().code())
                    && !name().equals(block.removal().origin())) {
                taken = 0;
            } else if (taken >= 0 && taken < maxButtons && block.gapBefore() == 0 && isButton(block)) {
                // a button another filter already took still counts as one of the banner's
                if (block.isKept()) {
                    changed |= block.remove(new Reason(REASON, name(), "a button's line right below a consent notice"));
                }
                taken++;
            } else {
                taken = -1;
            }
        }
        return changed;
    }

    private boolean isButton(Block block) {
        String text = block.text().strip();
        if (text.isEmpty() || text.length() > maxChars || block.wordCount() > maxWords) return false;
        char last = text.charAt(text.length() - 1);
        if (".!?:;,".indexOf(last) >= 0) return false;
        return Character.isLetter(text.codePointAt(0)) || "\"“‘'".indexOf(text.charAt(0)) >= 0;
    }
}
