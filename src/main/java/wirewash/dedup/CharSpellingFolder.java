package wirewash.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link SpellingFolder#word}'s ordinal and suffix rules applied in place to a token held in a char buffer, with no
 * regex and no String: the same rules in the same order ("2nd" → "2"; -our → -or; -ise → -ize; -yse → -yze;
 * -re → -er; doubled l → single), built from SpellingFolder's ending lists. Its word list ("programme" →
 * "program") is not applied here: {@link TokenHasher} looks it up by token hash.
 *
 * <p>Each ending is "core + suffix" (e.g. "our" + "ed"); no suffix contains its core, so at most one ending of a
 * rule fits a token and the greedy regex's choice does not arise. The candidate endings are grouped by their last
 * characters, so a token whose last two characters end no ending (most tokens) costs one array load.
 *
 * <p>Immutable and thread-safe.
 */
final class CharSpellingFolder {
    private static final char ASCII_END = 0x80;
    private static final int ORDINAL_SUFFIX = 2;
    private static final int MAX_ORDINAL_DIGITS = 2;
    private static final String ORDINAL_SUFFIXES = "stndrdth";
    /** Bits of the filter of three-character tails ({@link #mayFold}): 4 KB, under 1% of them set. */
    private static final int TAIL_FILTER_BITS = 15;
    /** Bits of the filter of four-character tails: 8 KB, two bits per tail, ~1.5% of them set. */
    private static final int LONG_TAIL_FILTER_BITS = 16;
    private static final long TAIL_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long TAIL_MASK = 0xFFFFFFL;
    private static final long LONG_TAIL_MASK = 0xFFFFFFFFL;
    private static final int TAIL_CHARS = 3;
    private static final int LONG_TAIL_CHARS = 4;
    private static final int TWO_CHARS = 0xFFFF;

    /**
     * One suffix rule: the regex {@code (.{minPrefix,})core(suffix)} with, for the -re and double-l rules, a class
     * the prefix's last character must (or must not) be in.
     */
    private record Rule(String core, String replacement, String[] endings, int minPrefix, String lastIn,
                        String lastNotIn) {}

    /** An ending of a rule, in the rules' order. */
    private record Candidate(Rule rule, char[] ending) {}

    /** The rules of SpellingFolder, in its order. */
    private static final List<Rule> RULES = List.of(
            new Rule("our", "or", SpellingFolder.OUR_ENDINGS, 3, null, null),
            new Rule("is", "iz", SpellingFolder.ISE_ENDINGS, 2, null, null),
            new Rule("ys", "yz", SpellingFolder.YSE_ENDINGS, 2, null, null),
            new Rule("re", "er", SpellingFolder.RE_ENDINGS, 3, null, "aeiouy"),
            new Rule("ll", "l", SpellingFolder.DOUBLE_L_ENDINGS, 3, "aeiou", null));

    /** The candidate endings by their last two (ASCII) characters, in rule order; null where none ends so. */
    private final Candidate[][] byLastTwo = new Candidate[ASCII_END * ASCII_END][];
    /** By last character, a bit for each second-last character (mod 64) some ending has: a 1 KB first check. */
    private final long[] secondLastBits = new long[ASCII_END];
    /** A bit for each tail ({@link #mayFold}) of a token that some rule may fold; others may be set too. */
    private final long[] tails = new long[1 << (TAIL_FILTER_BITS - 6)];
    /** The same for four-character tails, which rule out most tokens the first filter lets by ("-ing", "-ion"). */
    private final long[] longTails = new long[1 << (LONG_TAIL_FILTER_BITS - 6)];
    /** Endings of two characters, as tail bytes: a token ending so skips the second filter. */
    private final int[] twoCharEndings;

    CharSpellingFolder() {
        List<Integer> twoChars = new ArrayList<>();
        List<List<Candidate>> lists = new ArrayList<>();
        for (int c = 0; c < byLastTwo.length; c++) lists.add(null);
        for (Rule rule : RULES) {
            for (String ending : rule.endings()) {
                if (!ending.startsWith(rule.core()) || ending.length() < 2) {
                    throw new IllegalStateException(ending + " does not start with " + rule.core());
                }
                char secondLast = ending.charAt(ending.length() - 2);
                char last = ending.charAt(ending.length() - 1);
                secondLastBits[last] |= 1L << secondLast;
                int key = key(secondLast, last);
                if (lists.get(key) == null) lists.set(key, new ArrayList<>());
                lists.get(key).add(new Candidate(rule, ending.toCharArray()));
                addTails(rule, ending);
                if (ending.length() == 2) twoChars.add(tailByte(ending.charAt(0)) << Byte.SIZE | tailByte(ending.charAt(1)));
            }
        }
        twoCharEndings = twoChars.stream().mapToInt(Integer::intValue).distinct().toArray();
        for (char digit = '0'; digit <= '9'; digit++) {
            for (int i = 0; i < ORDINAL_SUFFIXES.length(); i += ORDINAL_SUFFIX) {
                char a = ORDINAL_SUFFIXES.charAt(i);
                char b = ORDINAL_SUFFIXES.charAt(i + 1);
                addTail(digit, a, b);
                addLongTail((char) 0, digit, a, b);
                for (char before = '0'; before <= '9'; before++) addLongTail(before, digit, a, b);
            }
        }
        for (int c = 0; c < byLastTwo.length; c++) {
            if (lists.get(c) != null) byLastTwo[c] = lists.get(c).toArray(new Candidate[0]);
        }
    }

    /**
     * The tails an ending gives. Three characters: its last three, or, for a two-character ending, each character
     * that may end the rule's prefix followed by the ending (any non-ASCII character is one tail byte,
     * {@link #ASCII_END}). Four characters: its last four, or any character (or none) followed by a
     * three-character ending; two-character endings are not in that filter.
     */
    private void addTails(Rule rule, String ending) {
        int n = ending.length();
        if (n >= LONG_TAIL_CHARS) {
            addLongTail(ending.charAt(n - 4), ending.charAt(n - 3), ending.charAt(n - 2), ending.charAt(n - 1));
        } else if (n == TAIL_CHARS) {
            for (char before = 0; before <= ASCII_END; before++) {
                addLongTail(before, ending.charAt(0), ending.charAt(1), ending.charAt(2));
            }
        }
        if (n >= TAIL_CHARS) {
            addTail(ending.charAt(n - 3), ending.charAt(n - 2), ending.charAt(n - 1));
            return;
        }
        for (char before = 1; before <= ASCII_END; before++) {
            boolean fits = before == ASCII_END ? rule.lastIn() == null
                    : (rule.lastIn() == null || rule.lastIn().indexOf(before) >= 0)
                            && (rule.lastNotIn() == null || rule.lastNotIn().indexOf(before) < 0);
            if (fits) addTail(before, ending.charAt(0), ending.charAt(1));
        }
    }

    private void addTail(char a, char b, char c) {
        int bit = tailBit((long) tailByte(a) << 16 | tailByte(b) << 8 | tailByte(c));
        tails[bit >>> 6] |= 1L << bit;
    }

    /** Sets a four-character tail's two bits; a char of 0 stands for no character (a token of three). */
    private void addLongTail(char a, char b, char c, char d) {
        long product = longTailProduct((long) tailByte(a) << 24 | tailByte(b) << 16 | tailByte(c) << 8 | tailByte(d));
        int first = (int) (product >>> (Long.SIZE - LONG_TAIL_FILTER_BITS));
        int second = (int) (product >>> (Long.SIZE - 2 * LONG_TAIL_FILTER_BITS)) & ((1 << LONG_TAIL_FILTER_BITS) - 1);
        longTails[first >>> 6] |= 1L << first;
        longTails[second >>> 6] |= 1L << second;
    }

    private static long longTailProduct(long tail) {
        return (tail & LONG_TAIL_MASK) * TAIL_MULTIPLIER;
    }

    /** A character as one byte of a tail: itself when ASCII, else {@link #ASCII_END} (which no rule names). */
    static int tailByte(char c) {
        return Math.min(c, ASCII_END);
    }

    private static int tailBit(long tail) {
        return (int) (((tail & TAIL_MASK) * TAIL_MULTIPLIER) >>> (Long.SIZE - TAIL_FILTER_BITS));
    }

    /**
     * Whether {@link #fold} may change a token with this tail: its characters' {@link #tailByte}s, shifted in one
     * byte at a time, the last in the lowest byte and 0 before the token's first character (only the last three
     * bytes count). False means no rule fits; true that one may (an ordinal's or ending's last three characters,
     * or a two-character ending after a character its rule allows, or a false positive of the filter). Most
     * tokens are ruled out by this one bit, without a branch on their ending.
     */
    boolean mayFold(long tail) {
        return mayEndAsRule(tail) && mayFoldLong(tail);
    }

    /**
     * The first of {@link #mayFold}'s two checks, one bit of the filter of three-character tails: false for most
     * tokens, and for every token no rule fits.
     */
    boolean mayEndAsRule(long tail) {
        int bit = tailBit(tail);
        return (tails[bit >>> 6] & 1L << bit) != 0;
    }

    /** The second check, for the few tokens the first lets by: a two-character ending, or the four-char filter. */
    private boolean mayFoldLong(long tail) {
        for (int ending : twoCharEndings) if ((tail & TWO_CHARS) == ending) return true;
        long product = longTailProduct(tail);
        int first = (int) (product >>> (Long.SIZE - LONG_TAIL_FILTER_BITS));
        int second = (int) (product >>> (Long.SIZE - 2 * LONG_TAIL_FILTER_BITS)) & ((1 << LONG_TAIL_FILTER_BITS) - 1);
        return (longTails[first >>> 6] >>> first & longTails[second >>> 6] >>> second & 1) != 0;
    }

    private static int key(char secondLast, char last) {
        return secondLast * ASCII_END + last;
    }

    /**
     * Folds the token in {@code word[0, length)} in place by the first rule that fits it.
     *
     * @return the folded token's length, or -1 when no rule fits (the buffer is unchanged)
     */
    int fold(char[] word, int length) {
        if (length == 0) return -1;
        if (word[0] >= '0' && word[0] <= '9') {
            int ordinal = ordinal(word, length);
            if (ordinal >= 0) return ordinal;
        }
        if (length < 2) return -1;
        char last = word[length - 1];
        char secondLast = word[length - 2];
        if (last >= ASCII_END || secondLast >= ASCII_END || (secondLastBits[last] & 1L << secondLast) == 0) return -1;
        Candidate[] candidates = byLastTwo[key(secondLast, last)];
        if (candidates == null) return -1;
        for (Candidate candidate : candidates) {
            char[] ending = candidate.ending();
            int at = length - ending.length;
            if (at <= 0 || word[at] != ending[0] || !endsWith(word, length, ending)) continue;
            Rule rule = candidate.rule();
            if (!prefixFits(word, at, rule)) continue;
            return replace(word, length, at, rule);
        }
        return -1;
    }

    /** {@code (\d{1,2})(?:st|nd|rd|th)} matching the whole token: the digits' length, else -1. */
    private static int ordinal(char[] word, int length) {
        int digits = length - ORDINAL_SUFFIX;
        if (digits < 1 || digits > MAX_ORDINAL_DIGITS) return -1;
        for (int i = 0; i < digits; i++) if (word[i] < '0' || word[i] > '9') return -1;
        char a = word[digits];
        char b = word[digits + 1];
        boolean suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
                || (a == 't' && b == 'h');
        return suffix ? digits : -1;
    }

    private static boolean endsWith(char[] word, int length, char[] ending) {
        int at = length - ending.length;
        for (int i = ending.length - 1; i >= 0; i--) if (word[at + i] != ending[i]) return false;
        return true;
    }

    /** Whether {@code word[0, at)} is at least minPrefix code points and ends in the class the rule needs. */
    private static boolean prefixFits(char[] word, int at, Rule rule) {
        if (at < rule.minPrefix() || (at < 2 * rule.minPrefix() && codePoints(word, at) < rule.minPrefix())) {
            return false;
        }
        if (rule.lastIn() == null && rule.lastNotIn() == null) return true;
        int last = Character.codePointBefore(word, at);
        if (rule.lastIn() != null) return last < ASCII_END && rule.lastIn().indexOf(last) >= 0;
        return last >= ASCII_END || rule.lastNotIn().indexOf(last) < 0;
    }

    /** Code points in {@code word[0, at)}: a low surrogate after a high one does not count. */
    private static int codePoints(char[] word, int at) {
        int count = at;
        for (int i = 1; i < at; i++) {
            if (word[i] >= Character.MIN_LOW_SURROGATE && word[i] <= Character.MAX_LOW_SURROGATE
                    && Character.isHighSurrogate(word[i - 1])) {
                count--;
            }
        }
        return count;
    }

    /** Replaces the rule's core at {@code at} by its replacement; returns the new length. */
    private static int replace(char[] word, int length, int at, Rule rule) {
        String core = rule.core();
        String replacement = rule.replacement();
        int tail = at + core.length();
        int shift = replacement.length() - core.length();
        System.arraycopy(word, tail, word, tail + shift, length - tail);
        replacement.getChars(0, replacement.length(), word, at);
        return length + shift;
    }
}
