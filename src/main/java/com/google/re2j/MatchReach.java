package com.google.re2j;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures how far a whole-text match of an RE2 pattern can reach, from RE2J's own parse tree (hence this
 * package: the parser and its tree are package-private). Each top-level alternative of the pattern is either
 * {@link Branch#bounded} (it matches at most {@code length} code points), {@link Branch#dotStar} ({@code .*}
 * followed by something matching at most {@code length} code points), or neither ({@code null} length).
 * Used by wirewash's rule prefilter only; it never matches anything itself.
 */
public final class MatchReach {
    /** Lengths above this are treated as unbounded. */
    static final long MAX_LENGTH = 1_000_000;
    private static final int KELVIN_SIGN = 0x212A;
    private static final int LONG_S = 0x017F;

    /**
     * One top-level alternative.
     *
     * @param dotStar true when it starts with {@code .*} and {@code length} bounds the rest
     * @param length  most code points it (or, for dotStar, its rest) can match; -1 when unbounded
     * @param first   for a bounded branch, the lower-case ASCII characters a match can start with (an ASCII
     *                first character of a match is one of these, case-insensitively); null when not known
     * @param required for a dotStar branch, ASCII non-letters every match of its rest contains (they have no
     *                case variants)
     */
    public record Branch(boolean dotStar, long length, String first, String required) {
        public boolean bounded() {
            return length >= 0;
        }
    }

    private MatchReach() {
    }

    /** The top-level alternatives of {@code pattern} as {@link Pattern#compile} would parse it. */
    public static List<Branch> branches(String pattern, boolean caseInsensitive) {
        Regexp re = Parser.parse(pattern, RE2.PERL | (caseInsensitive ? RE2.FOLD_CASE : 0));
        List<Branch> branches = new ArrayList<>();
        if (re.op == Regexp.Op.ALTERNATE) {
            for (Regexp sub : re.subs) branches.add(branch(sub));
        } else {
            branches.add(branch(re));
        }
        return branches;
    }

    private static Branch branch(Regexp re) {
        if (re.op == Regexp.Op.CONCAT && re.subs.length > 0 && isDotStar(re.subs[0])) {
            long rest = 0;
            for (int i = 1; i < re.subs.length && rest >= 0; i++) rest = add(rest, maxLength(re.subs[i]));
            StringBuilder required = new StringBuilder();
            for (int i = 1; i < re.subs.length; i++) required(re.subs[i], required);
            return new Branch(true, rest, null, required.toString());
        }
        if (isDotStar(re)) return new Branch(true, 0, null, "");
        return new Branch(false, maxLength(re), first(re), null);
    }

    private static boolean isDotStar(Regexp re) {
        return re.op == Regexp.Op.STAR && (re.subs[0].op == Regexp.Op.ANY_CHAR_NOT_NL
                || re.subs[0].op == Regexp.Op.ANY_CHAR);
    }

    /** Most code points {@code re} can match, or -1 when unbounded or not understood. */
    static long maxLength(Regexp re) {
        switch (re.op) {
            case NO_MATCH:
            case EMPTY_MATCH:
            case BEGIN_LINE:
            case END_LINE:
            case BEGIN_TEXT:
            case END_TEXT:
            case WORD_BOUNDARY:
            case NO_WORD_BOUNDARY:
                return 0;
            case LITERAL:
                return re.runes.length;
            case CHAR_CLASS:
            case ANY_CHAR_NOT_NL:
            case ANY_CHAR:
                return 1;
            case CAPTURE:
            case QUEST:
                return maxLength(re.subs[0]);
            case STAR:
            case PLUS:
                return maxLength(re.subs[0]) == 0 ? 0 : -1;
            case REPEAT: {
                long sub = maxLength(re.subs[0]);
                if (sub == 0) return 0;
                if (sub < 0 || re.max < 0) return -1;
                return cap(sub * re.max);
            }
            case CONCAT: {
                long sum = 0;
                for (Regexp sub : re.subs) sum = add(sum, maxLength(sub));
                return sum;
            }
            case ALTERNATE: {
                long most = 0;
                for (Regexp sub : re.subs) {
                    long length = maxLength(sub);
                    if (length < 0) return -1;
                    most = Math.max(most, length);
                }
                return most;
            }
            default:
                return -1;
        }
    }

    /** Fewest code points {@code re} can match (0 when not understood). */
    static long minLength(Regexp re) {
        switch (re.op) {
            case LITERAL:
                return re.runes.length;
            case CHAR_CLASS:
            case ANY_CHAR_NOT_NL:
            case ANY_CHAR:
                return 1;
            case CAPTURE:
            case PLUS:
                return minLength(re.subs[0]);
            case REPEAT:
                return Math.min(MAX_LENGTH, re.min * minLength(re.subs[0]));
            case CONCAT: {
                long sum = 0;
                for (Regexp sub : re.subs) sum = Math.min(MAX_LENGTH, sum + minLength(sub));
                return sum;
            }
            case ALTERNATE: {
                long least = MAX_LENGTH;
                for (Regexp sub : re.subs) least = Math.min(least, minLength(sub));
                return least;
            }
            default:
                return 0;
        }
    }

    /** The lower-case ASCII characters a match of {@code re} can start with, or null when not known. */
    static String first(Regexp re) {
        StringBuilder chars = new StringBuilder();
        return first(re, chars) ? chars.toString() : null;
    }

    private static boolean first(Regexp re, StringBuilder chars) {
        switch (re.op) {
            case LITERAL:
                return addAscii(re.runes[0], re.runes[0], chars);
            case CHAR_CLASS:
                for (int i = 0; i + 1 < re.runes.length; i += 2) {
                    if (!addAscii(re.runes[i], re.runes[i + 1], chars)) return false;
                }
                return true;
            case CAPTURE:
            case PLUS:
                return first(re.subs[0], chars);
            case REPEAT:
                return re.min >= 1 && first(re.subs[0], chars);
            case CONCAT:
                for (Regexp sub : re.subs) {
                    if (minLength(sub) > 0) return first(sub, chars);
                    if (maxLength(sub) != 0 && !first(sub.op == Regexp.Op.QUEST || sub.op == Regexp.Op.STAR
                            || sub.op == Regexp.Op.REPEAT ? sub.subs[0] : sub, chars)) return false;
                }
                return false;
            case ALTERNATE:
                for (Regexp sub : re.subs) if (!first(sub, chars)) return false;
                return true;
            default:
                return false;
        }
    }

    /**
     * Adds the lower-case ASCII characters of runes lo..hi. Runes above ASCII can match an ASCII character only
     * through case folding, which maps just the Kelvin sign and the long s onto ASCII.
     */
    private static boolean addAscii(int lo, int hi, StringBuilder chars) {
        if (lo < 0 || hi < lo) return false;
        for (int c = lo; c <= Math.min(hi, 127); c++) addChar(Character.toLowerCase((char) c), chars);
        if (lo <= KELVIN_SIGN && KELVIN_SIGN <= hi) addChar('k', chars);
        if (lo <= LONG_S && LONG_S <= hi) addChar('s', chars);
        return true;
    }

    private static void addChar(char c, StringBuilder chars) {
        if (chars.indexOf(String.valueOf(c)) < 0) chars.append(c);
    }

    /** Adds ASCII non-letters that every match of {@code re} contains. */
    private static void required(Regexp re, StringBuilder chars) {
        switch (re.op) {
            case LITERAL:
                for (int rune : re.runes) addRequired(rune, chars);
                return;
            case CHAR_CLASS:
                if (re.runes.length == 2 && re.runes[0] == re.runes[1]) addRequired(re.runes[0], chars);
                return;
            case CAPTURE:
            case PLUS:
                required(re.subs[0], chars);
                return;
            case REPEAT:
                if (re.min >= 1) required(re.subs[0], chars);
                return;
            case CONCAT:
                for (Regexp sub : re.subs) required(sub, chars);
                return;
            default:
                return;
        }
    }

    private static void addRequired(int rune, StringBuilder chars) {
        if (rune < 128 && !Character.isLetter(rune) && chars.indexOf(String.valueOf((char) rune)) < 0) {
            chars.append((char) rune);
        }
    }

    private static long add(long a, long b) {
        return a < 0 || b < 0 ? -1 : cap(a + b);
    }

    private static long cap(long length) {
        return length > MAX_LENGTH ? -1 : length;
    }
}
