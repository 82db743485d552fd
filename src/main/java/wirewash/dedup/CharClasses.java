package wirewash.dedup;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * What {@link Normalizer#tokens} makes of each UTF-16 character, computed once for all 65,536 of them, so that
 * {@link TokenHasher} can read a text in one pass without normalising it first: a word character (given as its
 * lower case), an apostrophe, a separator, or {@link #SLOW} — a character whose result depends on its neighbours
 * or on normalising the whole text.
 *
 * <p>A character is given a class only when reading it alone gives what NFKC and lower-casing the whole text would:
 * it is unchanged by NFKC (or NFKC turns it into separators only, as U+00A0 into a space or U+2026 into three
 * dots), it is no combining mark and no Hangul jamo (the characters that compose with what precedes them), it has
 * a one-character lower case that does not depend on context (not U+0130 or U+03A3), and its lower case is a
 * word character exactly when it is one. Everything else, surrogates included, is SLOW: a text with such a
 * character is normalised whole, as before (except a supplementary character that {@link #isSeparator} accepts).
 *
 * <p>Immutable after class initialisation (one 128 KB table).
 */
final class CharClasses {
    /** Not part of any word: ends the current token. */
    static final char SEPARATOR = 0;
    /** An apostrophe: inside a word when word characters follow it directly, else a separator. */
    static final char APOSTROPHE = 1;
    /** Needs the whole text normalised; a value above this is the character's lower case, a word character. */
    static final char SLOW = 2;

    /** Capital sigma, whose lower case depends on whether a letter follows it. */
    private static final char FINAL_SIGMA_CONTEXT = '\u03A3';

    /** Ends each character in the string normalised to build the table. */
    private static final char NUL = '\u0000';

    private static final char[] TABLE = table();

    private CharClasses() {}

    /** The class of a character: SEPARATOR, APOSTROPHE, SLOW, or the lower-cased word character. */
    static char of(char c) {
        return TABLE[c];
    }

    /**
     * Whether a code point (a supplementary one, which the table gives as SLOW) is a separator that needs no
     * normalising: no word character, no apostrophe, unchanged by NFKC — an emoji, for instance.
     */
    static boolean isSeparator(int cp) {
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT || Normalizer.isWordChar(cp)) return false;
        String s = Character.toString(cp);
        return java.text.Normalizer.isNormalized(s, Form.NFKC) && s.toLowerCase(Locale.ROOT).equals(s);
    }

    /**
     * The table. Every character's NFKC comes from one normalisation of all of them, each followed by U+0000 (a
     * starter that composes with nothing and that no NFKC mapping contains), which is then split: one pass of
     * the JDK's normaliser instead of 65,536.
     */
    private static char[] table() {
        StringBuilder all = new StringBuilder(2 * (Character.MAX_VALUE + 1));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && c != NUL && !isStableBlock((char) c)) all.append((char) c);
            all.append(NUL);
        }
        String[] nfkc = java.text.Normalizer.normalize(all, Form.NFKC).split(String.valueOf(NUL), -1);
        if (nfkc.length != Character.MAX_VALUE + 2) throw new IllegalStateException("NFKC split " + nfkc.length);
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = classify((char) c, isStableBlock((char) c) ? String.valueOf((char) c) : nfkc[c]);
        }
        return table;
    }

    /**
     * CJK Unified Ideographs (with Extension A and the Yijing symbols between them) and Hangul syllables: 38,000
     * characters NFKC leaves as they are, so the table skips normalising them (a tenth of its build time each).
     */
    private static boolean isStableBlock(char c) {
        return (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3');
    }

    private static char classify(char c, String normalized) {
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c;
            if (c >= 'A' && c <= 'Z') return (char) (c + ('a' - 'A'));
            return Normalizer.isApostrophe(c) ? APOSTROPHE : SEPARATOR;
        }
        if (Character.isSurrogate(c) || isMark(c) || isJamo(c) || c == FINAL_SIGMA_CONTEXT) return SLOW;
        String s = String.valueOf(c);
        if (!normalized.equals(s)) {
            String nfkc = normalized.toLowerCase(Locale.ROOT);
            for (int i = 0; i < nfkc.length(); i++) {
                int cp = nfkc.codePointAt(i);
                if (Normalizer.isWordChar(cp) || Normalizer.isApostrophe(cp) || Character.isSurrogate(nfkc.charAt(i))) {
                    return SLOW;
                }
            }
            return SEPARATOR;
        }
        char lower = Character.toLowerCase(c);
        if (!s.toLowerCase(Locale.ROOT).equals(String.valueOf(lower))) return SLOW;
        boolean word = Normalizer.isWordChar(lower);
        if (word != Normalizer.isWordChar(c) || (word && lower <= SLOW)) return SLOW;
        if (word) return lower;
        return Normalizer.isApostrophe(lower) ? APOSTROPHE : SEPARATOR;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Hangul jamo, which compose with the jamo or syllable before them. */
    private static boolean isJamo(char c) {
        return (c >= '\u1100' && c <= '\u11FF') || (c >= '\uA960' && c <= '\uA97F') || (c >= '\uD7B0' && c <= '\uD7FF');
    }
}
