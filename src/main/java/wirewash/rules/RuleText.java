package wirewash.rules;

import wirewash.internal.Validate;

/**
 * A block's text as the rules see it, with what matching it has found so far: the literals of every regex kind
 * found in one scan, and each kind's verdict once asked. A block is asked about several kinds, some of them more
 * than once (a caption check for every tail heading), and this way is scanned once. A verdict depends on the text
 * and the rule set alone, so keeping it changes no result. Not thread-safe: it belongs to one block, cleaned by
 * one thread.
 */
public final class RuleText {
    private final String text;
    /** The rule set whose scan and verdicts are kept; another one starts afresh. */
    private RuleSet owner;
    private long codePoints = -1;
    private LiteralScan.Found found;
    /** The first matching rule (or null) of each kind, by ordinal, where the bit of the kind in {@code known} is set. */
    private final Rule[] verdicts = new Rule[RuleKind.values().length];
    private int known;

    public RuleText(String text) {
        this.text = Validate.notNull(text, "text");
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
        }
        return (known & (1 << kind.ordinal())) != 0;
    }

    void keep(RuleKind kind, Rule verdict) {
        verdicts[kind.ordinal()] = verdict;
        known |= 1 << kind.ordinal();
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
