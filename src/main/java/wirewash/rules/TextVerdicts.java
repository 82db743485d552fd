package wirewash.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import wirewash.internal.Validate;

/**
 * Every kind's verdict on a short block text, kept under the text itself, so that a line a site repeats on every
 * page (a navigation label, a share bar, a section name) is neither scanned for the rules' literals nor put
 * through any kind's prefilter again once each kind has judged it: one lookup per block instead of a scan and a
 * lookup per kind. A verdict depends on the text and the rule set alone, so what is kept (and which thread kept
 * it) changes no result. Bounded: when it holds {@code maxEntries} texts it is emptied and fills again, so that a
 * long run's later sites get their turn; a store of paragraphs ({@link #paragraphs}) is also emptied when the texts
 * it holds reach {@code maxChars} chars. Thread-safe; a slot two threads fill at once gets the same value.
 */
final class TextVerdicts {
    /** Longest text a store of lines keeps, in chars: a line a site repeats on its pages is short. */
    static final int DEFAULT_MAX_TEXT_CHARS = 160;
    /** Most texts kept before the store is emptied: some 15 MB at most. */
    static final int DEFAULT_MAX_ENTRIES = 50_000;
    /**
     * Longest paragraph a {@link #paragraphs} store keeps, in chars: a wire story's paragraph printed again by
     * other outlets, most of them far shorter.
     */
    static final int DEFAULT_MAX_PARAGRAPH_CHARS = 2_000;
    /** Most chars of paragraphs a {@link #paragraphs} store keeps before it is emptied: some 16 MB at most. */
    static final long DEFAULT_MAX_PARAGRAPHS_CHARS = 8_000_000;
    /** A slot's value before its kind has judged the text. */
    static final int UNKNOWN = 0;
    /** A slot's value when no rule of its kind matches. */
    static final int NO_RULE = 1;

    private final int minTextChars;
    private final int maxTextChars;
    private final int maxEntries;
    private final long maxChars;
    private final int kinds;
    private final ConcurrentHashMap<String, int[]> slots = new ConcurrentHashMap<>();
    /** The chars of the texts kept, counted when {@code maxChars} bounds them. */
    private final AtomicLong chars = new AtomicLong();

    TextVerdicts(int kinds) {
        this(kinds, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_ENTRIES);
    }

    TextVerdicts(int kinds, int maxTextChars, int maxEntries) {
        this(kinds, 0, maxTextChars, maxEntries, Long.MAX_VALUE);
    }

    /**
     * @param minTextChars shortest text kept, in chars
     * @param maxTextChars longest text kept, in chars
     * @param maxEntries   most texts kept before the store is emptied
     * @param maxChars     most chars of texts kept before the store is emptied ({@code Long.MAX_VALUE}: no bound)
     */
    TextVerdicts(int kinds, int minTextChars, int maxTextChars, int maxEntries, long maxChars) {
        this.kinds = Validate.atLeast(kinds, 1, "kinds");
        this.minTextChars = Validate.atLeast(minTextChars, 0, "minTextChars");
        this.maxTextChars = Validate.atLeast(maxTextChars, minTextChars, "maxTextChars");
        this.maxEntries = Validate.atLeast(maxEntries, 1, "maxEntries");
        this.maxChars = Validate.atLeast(maxChars, 1, "maxChars");
    }

    /**
     * A store of the verdicts on paragraphs, the texts longer than {@link #DEFAULT_MAX_TEXT_CHARS} up to
     * {@link #DEFAULT_MAX_PARAGRAPH_CHARS}: the same wire story is printed by many outlets, and its paragraphs
     * that a page prints as they stand are then neither scanned for the rules' literals nor judged again.
     */
    static TextVerdicts paragraphs(int kinds) {
        return new TextVerdicts(kinds, DEFAULT_MAX_TEXT_CHARS + 1, DEFAULT_MAX_PARAGRAPH_CHARS, DEFAULT_MAX_ENTRIES,
                DEFAULT_MAX_PARAGRAPHS_CHARS);
    }

    /** Whether this store keeps texts of that many chars. */
    boolean keeps(int textChars) {
        return textChars >= minTextChars && textChars <= maxTextChars;
    }

    /**
     * The text's slots, one per kind by ordinal ({@link #UNKNOWN}, {@link #NO_RULE}, or the index of the kind's
     * first matching rule plus 2), made empty on first sight; null for a text too short or too long to keep.
     */
    int[] of(String text) {
        if (!keeps(text.length())) return null;
        int[] known = slots.get(text);
        if (known != null) return known;
        if (slots.size() >= maxEntries || maxChars != Long.MAX_VALUE && chars.get() >= maxChars) {
            slots.clear();
            chars.set(0);
        }
        int[] fresh = new int[kinds];
        known = slots.putIfAbsent(text, fresh);
        if (known != null) return known;
        if (maxChars != Long.MAX_VALUE) chars.addAndGet(text.length());
        return fresh;
    }

    int size() {
        return slots.size();
    }
}
