package wirewash.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import wirewash.internal.Validate;

/**
 * Remembers which rule of a kind matched a short block text, so that the navigation lines, share bars and
 * section labels a site repeats on every page are matched by RE2J once per run instead of once per page. A
 * verdict depends on the text alone, so what the memo holds (and in what order threads fill it) never changes a
 * result; it stops taking new texts once full, to bound memory on long runs. Thread-safe.
 */
final class VerdictMemo {
    /** Longest text remembered, in chars: longer blocks are prose, rarely repeated. */
    static final int DEFAULT_MAX_TEXT_CHARS = 160;
    /** Most texts remembered per kind: with four regex kinds, at most some 50 MB held for a whole run. */
    static final int DEFAULT_MAX_ENTRIES = 50_000;
    /** Stored for a text no rule matches. */
    static final int NO_RULE = -1;

    private final int maxTextChars;
    private final int maxEntries;
    private final Map<RuleKind, ConcurrentHashMap<String, Integer>> verdicts = new EnumMap<>(RuleKind.class);

    VerdictMemo() {
        this(DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_ENTRIES);
    }

    VerdictMemo(int maxTextChars, int maxEntries) {
        this.maxTextChars = Validate.atLeast(maxTextChars, 0, "maxTextChars");
        this.maxEntries = Validate.atLeast(maxEntries, 0, "maxEntries");
        for (RuleKind kind : RuleKind.values()) verdicts.put(kind, new ConcurrentHashMap<>());
    }

    /** True when texts of this length are remembered. */
    boolean remembers(String text) {
        return text.length() <= maxTextChars;
    }

    /** The remembered index of the first matching rule ({@link #NO_RULE} for none), or null when not known. */
    Integer get(RuleKind kind, String text) {
        return remembers(text) ? verdicts.get(kind).get(text) : null;
    }

    void put(RuleKind kind, String text, int ruleIndex) {
        ConcurrentHashMap<String, Integer> known = verdicts.get(kind);
        if (remembers(text) && known.size() < maxEntries) known.put(text, ruleIndex);
    }
}
