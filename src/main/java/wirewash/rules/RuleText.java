package wirewash.rules;

import wirewash.internal.Validate;

/**
 * A block's text as the rules see it, with what matching it has found so far: the literals of every regex kind
 * found in one scan, and each kind's verdict once asked. A block is asked about several kinds, some of them more
 * than once (a caption check for every tail heading), and this way is scanned once. A verdict depends on the text
 * and the rule set alone, so keeping it changes no result. Not thread-safe: it belongs to one block, cleaned by
 * one thread.
 *
 * <p>A text dump's line may also be read without the symbols a site sets at its ends, an emoji or an arrow before
 * or after a button's or a promo's words ("🎧 Listen to our podcast…", "Share this article ↗", "+ Follow"): when
 * the whole text matches no rule of a kind, its {@link #bare} form is asked. Symbols only (emoji, arrows, math
 * signs), never letters, digits or punctuation: "(AP)" and "»" are words the rules read.
 */
public final class RuleText {
    private final String text;
    /** The text without the symbols at its ends, or null when it has none there or is nothing but symbols. */
    private final String bare;
    /** The rule set whose scan and verdicts are kept; another one starts afresh. */
    private RuleSet owner;
    private long codePoints = -1;
    private LiteralScan.Found found;
    /** The first matching rule (or null) of each kind, by ordinal, where the bit of the kind in {@code known} is set. */
    private final Rule[] verdicts = new Rule[RuleKind.values().length];
    private int known;
    /** The owner's {@link TextVerdicts} slots of this text, once looked up; null for a text too long to keep. */
    private int[] slots;
    private boolean slotsLooked;

    public RuleText(String text) {
        this(text, false);
    }

    /**
     * @param bareEnds whether a text that matches no rule of a kind is also matched without the symbols at its ends
     *                 (text dumps: a site's icons come to them as characters; HTML draws them apart from the text)
     */
    public RuleText(String text, boolean bareEnds) {
        this.text = Validate.notNull(text, "text");
        this.bare = bareEnds ? withoutEndSymbols(text) : null;
    }

    /** The text without the symbols (and the spaces between them) at its ends, or null if that leaves it whole or empty. */
    static String withoutEndSymbols(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isEndSymbol(text.codePointAt(start))) start += Character.charCount(text.codePointAt(start));
        while (end > start && isEndSymbol(text.codePointBefore(end))) end -= Character.charCount(text.codePointBefore(end));
        if (start == end || (start == 0 && end == text.length())) return null;
        return text.substring(start, end);
    }

    private static boolean isEndSymbol(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) return true;
        int type = Character.getType(codePoint);
        // emoji and arrows (other and math symbols), and what joins or styles them: variation selectors, ZWJ, keycaps
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT || type == Character.SURROGATE;
    }

    /** The text without the symbols at its ends, or null (see {@link #RuleText(String, boolean)}). */
    public String bare() {
        return bare;
    }

    public String text() {
        return text;
    }

    /** The verdict kept for a kind of this rule set; only valid when {@link #knows} said so. */
    Rule verdict(RuleKind kind) {
        return verdicts[kind.ordinal()];
    }

    /** Whether the verdict of this rule set on a kind is kept; forgets what another rule set found. */
    boolean knows(RuleSet rules, RuleKind kind) {
        if (owner != rules) {
            owner = rules;
            known = 0;
            found = null;
            codePoints = -1;
            slots = null;
            slotsLooked = false;
        }
        return (known & (1 << kind.ordinal())) != 0;
    }

    void keep(RuleKind kind, Rule verdict) {
        verdicts[kind.ordinal()] = verdict;
        known |= 1 << kind.ordinal();
    }

    /** The owner's slots of this text in its {@link TextVerdicts}, looked up once (null when not kept). */
    int[] slots(TextVerdicts verdicts) {
        if (!slotsLooked) {
            slots = verdicts.of(text);
            slotsLooked = true;
        }
        return slots;
    }

    /** The text's length in code points. */
    long codePoints() {
        if (codePoints < 0) codePoints = text.codePointCount(0, text.length());
        return codePoints;
    }

    /** What the owner's shared scan found, or null before it ran. */
    LiteralScan.Found found() {
        return found;
    }

    void found(LiteralScan.Found value) {
        found = value;
    }
}
