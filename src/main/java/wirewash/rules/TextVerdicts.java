package wirewash.rules;

import java.util.concurrent.ConcurrentHashMap;
import wirewash.internal.Validate;

/**
 * Every kind's verdict on a short block text, kept under the text itself, so that a line a site repeats on every
 * page (a navigation label, a share bar, a section name) is neither scanned for the rules' literals nor put
 * through any kind's prefilter again once each kind has judged it: one lookup per block instead of a scan and a
 * lookup per kind. A verdict depends on the text and the rule set alone, so what is kept (and which thread kept
 * it) changes no result. Bounded: when it holds {@code maxEntries} texts it is emptied and fills again, so that a
 * long run's later sites get their turn. Thread-safe; a slot two threads fill at once gets the same value.
 */
final class TextVerdicts {
    /** Longest text kept, in chars: longer blocks are prose, rarely repeated. */
    static final int DEFAULT_MAX_TEXT_CHARS = 160;
    /** Most texts kept before the store is emptied: some 15 MB at most. */
    static final int DEFAULT_MAX_ENTRIES = 50_000;
    /** A slot's value before its kind has judged the text. */
    static final int UNKNOWN = 0;
    /** A slot's value when no rule of its kind matches. */
    static final int NO_RULE = 1;

    private final int maxTextChars;
    private final int maxEntries;
    private final int kinds;
    private final ConcurrentHashMap<String, int[]> slots = new ConcurrentHashMap<>();

    TextVerdicts(int kinds) {
        this(kinds, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_ENTRIES);
    }

    TextVerdicts(int kinds, int maxTextChars, int maxEntries) {
        this.kinds = Validate.atLeast(kinds, 1, "kinds");
        this.maxTextChars = Validate.atLeast(maxTextChars, 0, "maxTextChars");
        this.maxEntries = Validate.atLeast(maxEntries, 1, "maxEntries");
    }

    /**
     * The text's slots, one per kind by ordinal ({@link #UNKNOWN}, {@link #NO_RULE}, or the index of the kind's
     * first matching rule plus 2), made empty on first sight; null for a text too long to keep.
     */
    int[] of(String text) {
        if (text.length() > maxTextChars) return null;
        int[] known = slots.get(text);
        if (known != null) return known;
        if (slots.size() >= maxEntries) slots.clear();
        int[] fresh = new int[kinds];
        known = slots.putIfAbsent(text, fresh);
        return known != null ? known : fresh;
    }

    int size() {
        return slots.size();
    }
}
