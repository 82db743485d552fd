package com.google.re2j;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures how far a whole-text match of an RE2 pattern can reach, from RE2J's own parse tree (hence this
 * package: the parser and its tree are package-private). Each top-level alternative of the pattern is either
 * {@link Branch#bounded} (it matches at most {@code length} code points), {@link Branch#dotStar} ({@code .*}
 * followed by something matching at most {@code length} code points), or neither ({@code null} length); each
 * also lists literal strings its matches must contain, each char standing for its {@link #caseVariants}. Used
 * by wirewash's rule prefilter only; it never matches anything itself.
 */
public final class MatchReach {
    /** All bits of an ASCII mask set: any ASCII char may occur. */
    static final long ANY_ASCII = -1L;
    /** Lengths above this are treated as unbounded. */
    static final long MAX_LENGTH = 1_000_000;
    private static final int KELVIN_SIGN = 0x212A;
    private static final int LONG_S = 0x017F;
    /** Most strings a sub-pattern's set of exact matches may hold before it is given up as unknown. */
    static final int MAX_EXACT = 16;
    /**
     * Most characters a class may hold to be read as a set of one-character strings: ten, so that a digit ({@code
     * \d}, {@code [0-9]}) is one, and a rule that needs a digit (a date, a count) is not tried on a line without.
     */
    static final int MAX_CLASS_CHARS = 10;
    /** Longest chain of simple case folds followed from one rune (RE2J's orbits have at most four). */
    private static final int MAX_FOLD_STEPS = 32;

    /**
     * One top-level alternative.
     *
     * @param dotStar true when it starts with {@code .*} and {@code length} bounds the rest
     * @param length  most code points it (or, for dotStar, its rest) can match; -1 when unbounded
     * @param first   for a branch not dotStar, the lower-case ASCII characters a match can start with (an ASCII
     *                first character of a match is one of these, case-insensitively); null when not known
     * @param literals what every match (for a dotStar branch: every match of its rest) contains: for each inner
     *                list, at least one of its strings, where a char of the text may be any of the
     *                {@link #caseVariants} of the string's char; all must hold; empty when nothing is known
     * @param asciiLow  the ASCII chars 0-63 a match can contain, one bit each (bit c for char c), case as matched:
     *                  a text holding another ASCII char is no match; all bits set when not known
     * @param asciiHigh the same for the ASCII chars 64-127 (bit c - 64)
     * @param last      for a branch not dotStar, the lower-case ASCII characters a match can end with (as
     *                  {@code first}); null when not known
     */
    public record Branch(boolean dotStar, long length, String first, List<List<String>> literals, long asciiLow,
                         long asciiHigh, String last, List<Tail> tails) {
        public Branch {
            literals = List.copyOf(literals);
            tails = List.copyOf(tails);
        }

        /** A branch with nothing known about where its literals lie. */
        public Branch(boolean dotStar, long length, String first, List<List<String>> literals, long asciiLow,
                      long asciiHigh, String last) {
            this(dotStar, length, first, literals, asciiLow, asciiHigh, last, List.of());
        }

        /** A branch whose last characters are not known. */
        public Branch(boolean dotStar, long length, String first, List<List<String>> literals, long asciiLow,
                      long asciiHigh) {
            this(dotStar, length, first, literals, asciiLow, asciiHigh, null);
        }

        /** A branch about whose chars nothing is known. */
        public Branch(boolean dotStar, long length, String first, List<List<String>> literals) {
            this(dotStar, length, first, literals, ANY_ASCII, ANY_ASCII);
        }

        public boolean bounded() {
            return length >= 0;
        }
    }

    /**
     * Strings of which every match of a branch holds one in its last {@code reach} code points: a match of {@code
     * A B} ends with B's, so what every match of a bounded B holds lies in the text's last {@code maxLength(B)} code
     * points ({@code .{0,250}[.!?] ?/ ?\p{Lu}[a-z ]{1,40}} has its slash within the last 43), wherever A's
     * unbounded or long part starts.
     *
     * @param literals at least one of these strings starts within the last {@code reach} code points (a char of
     *                 the text may be any of the {@link #caseVariants} of the string's char)
     * @param reach    most code points of the end of the match that hold it
     */
    public record Tail(List<String> literals, long reach) {
        public Tail {
            literals = List.copyOf(literals);
        }
    }

    /**
     * The chars of the text that a char of a pattern can match, under case folding or not: the char and those
     * {@link Unicode#simpleFold} leads to from it, the chain RE2J's case-insensitive comparison walks. Null when the
     * chain reaches outside the BMP (a text char would then be a surrogate pair).
     */
    public static char[] caseVariants(char c) {
        StringBuilder variants = new StringBuilder().append(c);
        int rune = c;
        for (int step = 0; step < MAX_FOLD_STEPS; step++) {
            rune = Unicode.simpleFold(rune);
            if (rune > 0xFFFF || Character.isSurrogate((char) rune)) return null;
            // Back at a char already seen: the chain only goes round from here.
            if (variants.indexOf(String.valueOf((char) rune)) >= 0) return variants.toString().toCharArray();
            variants.append((char) rune);
        }
        return null;
    }

    private static boolean usable(int rune) {
        return rune >= 0 && rune <= 0xFFFF && !Character.isSurrogate((char) rune) && caseVariants((char) rune) != null;
    }

    private MatchReach() {
    }

    /**
     * The top-level alternatives of {@code pattern} as {@link Pattern#compile} would parse it; those of {@code X}
     * for {@code ^X} (a rule's regex anchored at the start, which a whole-text match is anyway).
     */
    public static List<Branch> branches(String pattern, boolean caseInsensitive) {
        Regexp re = Parser.parse(pattern, RE2.PERL | (caseInsensitive ? RE2.FOLD_CASE : 0));
        if (re.op == Regexp.Op.CONCAT && re.subs.length >= 2 && re.subs[0].op == Regexp.Op.BEGIN_TEXT) {
            // the parser flattens ^(?:a.*b) into one concatenation with the anchor first
            if (re.subs.length == 2) {
                re = re.subs[1];
            } else {
                Regexp rest = new Regexp(Regexp.Op.CONCAT);
                rest.flags = re.flags;
                rest.subs = java.util.Arrays.copyOfRange(re.subs, 1, re.subs.length);
                re = rest;
            }
        }
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
            Regexp[] tail = java.util.Arrays.copyOfRange(re.subs, 1, re.subs.length);
            return new Branch(true, rest, null, concat(tail).required(), ANY_ASCII, ANY_ASCII, null,
                    shorter(tails(re), rest));
        }
        if (isDotStar(re)) return new Branch(true, 0, null, List.of());
        long[] ascii = new long[2];
        if (!asciiChars(re, ascii)) ascii = new long[] {ANY_ASCII, ANY_ASCII};
        long length = maxLength(re);
        return new Branch(false, length, first(re), literals(re).required(), ascii[0], ascii[1], last(re),
                shorter(tails(re), length));
    }

    /** The tails whose reach is shorter than {@code length} (any, when unbounded): the others tell nothing more. */
    private static List<Tail> shorter(List<Tail> tails, long length) {
        List<Tail> out = new ArrayList<>();
        for (Tail tail : tails) if (length < 0 || tail.reach < length) out.add(tail);
        return out;
    }

    /**
     * What every match of {@code re} holds near its end ({@link Tail}), one tail per distinct set of strings (the
     * shortest reach kept): a bounded node holds its {@link Literals#required} clauses within its length; a
     * concatenation holds those of each bounded run of its last nodes within the run's length, and the tails of the
     * unbounded node before that run, reaching the run's length further; a repetition of one or more ends with a
     * match of its node; an alternation holds, for each alternative, the strings of its best tail (none known when
     * one alternative has none), within the longest of their reaches.
     */
    static List<Tail> tails(Regexp re) {
        java.util.Map<List<String>, Long> reaches = new java.util.LinkedHashMap<>();
        addTails(re, 0, reaches);
        List<Tail> out = new ArrayList<>();
        reaches.forEach((literals, reach) -> out.add(new Tail(literals, reach)));
        return out;
    }

    /** Adds the tails of {@code re}, each reaching {@code after} code points further, keeping the shortest reach. */
    private static void addTails(Regexp re, long after, java.util.Map<List<String>, Long> reaches) {
        if (after < 0 || matchesEmptyOnly(re)) return;
        long length = maxLength(re);
        if (length >= 0 && re.op != Regexp.Op.CONCAT) {
            long reach = add(length, after);
            if (reach < 0) return;
            for (List<String> clause : literals(re).required()) reaches.merge(clause, reach, Math::min);
            return;
        }
        switch (re.op) {
            case CAPTURE:
            case PLUS:
                addTails(re.subs[0], after, reaches);
                return;
            case REPEAT:
                if (re.min >= 1) addTails(re.subs[0], after, reaches);
                return;
            case CONCAT: {
                long run = 0;
                for (int k = re.subs.length - 1; k >= 0; k--) {
                    long sub = maxLength(re.subs[k]);
                    if (sub < 0) {
                        addTails(re.subs[k], add(run, after), reaches);
                        return;
                    }
                    run = add(run, sub);
                    long reach = add(run, after);
                    if (reach < 0) return;
                    Regexp[] last = java.util.Arrays.copyOfRange(re.subs, k, re.subs.length);
                    for (List<String> clause : concat(last).required()) reaches.merge(clause, reach, Math::min);
                }
                return;
            }
            case ALTERNATE: {
                Set<String> any = new LinkedHashSet<>();
                long most = 0;
                for (Regexp sub : re.subs) {
                    Tail best = best(tails(sub));
                    if (best == null) return;
                    any.addAll(best.literals);
                    most = Math.max(most, best.reach);
                }
                long reach = add(most, after);
                if (reach >= 0) reaches.merge(List.copyOf(any), reach, Math::min);
                return;
            }
            default:
        }
    }

    /** The tail whose shortest string is longest (then the shortest reach), or null for none. */
    private static Tail best(List<Tail> tails) {
        Tail best = null;
        int bestShortest = 0;
        for (Tail tail : tails) {
            int shortest = Integer.MAX_VALUE;
            for (String s : tail.literals) shortest = Math.min(shortest, s.length());
            if (shortest == 0 || shortest == Integer.MAX_VALUE) continue;
            if (best == null || shortest > bestShortest || shortest == bestShortest && tail.reach < best.reach) {
                best = tail;
                bestShortest = shortest;
            }
        }
        return best;
    }

    /**
     * Adds to {@code mask} (bits of ASCII chars 0-63, then 64-127) every ASCII char a match of {@code re} can
     * consume, with case as the match compares it: a literal or class under case folding also takes the other case
     * of its ASCII letters, and the Kelvin sign and the long s, which fold onto 'k' and 's'. Every char of a
     * whole-text match is consumed by some literal, class or dot, so a text with an ASCII char outside the mask
     * cannot match. False when not known (a dot, or a node not understood): then any char may occur.
     */
    static boolean asciiChars(Regexp re, long[] mask) {
        if (re.op == Regexp.Op.NO_MATCH || matchesEmptyOnly(re)) return true;
        switch (re.op) {
            case LITERAL:
                for (int rune : re.runes) addAsciiRange(rune, rune, (re.flags & RE2.FOLD_CASE) != 0, mask);
                return true;
            case CHAR_CLASS:
                for (int i = 0; i + 1 < re.runes.length; i += 2) {
                    if (re.runes[i] < 0 || re.runes[i + 1] < re.runes[i]) return false;
                    addAsciiRange(re.runes[i], re.runes[i + 1], (re.flags & RE2.FOLD_CASE) != 0, mask);
                }
                return true;
            case CAPTURE:
            case STAR:
            case PLUS:
            case QUEST:
            case REPEAT:
                return asciiChars(re.subs[0], mask);
            case CONCAT:
            case ALTERNATE:
                for (Regexp sub : re.subs) if (!asciiChars(sub, mask)) return false;
                return true;
            default:
                return false;
        }
    }

    private static void addAsciiRange(int lo, int hi, boolean fold, long[] mask) {
        for (int c = Math.max(lo, 0); c <= Math.min(hi, 127); c++) {
            addAscii(c, mask);
            if (fold) {
                addAscii(Character.toLowerCase(c), mask);
                addAscii(Character.toUpperCase(c), mask);
            }
        }
        if (fold && lo <= KELVIN_SIGN && KELVIN_SIGN <= hi) {
            addAscii('k', mask);
            addAscii('K', mask);
        }
        if (fold && lo <= LONG_S && LONG_S <= hi) {
            addAscii('s', mask);
            addAscii('S', mask);
        }
    }

    private static void addAscii(int c, long[] mask) {
        mask[c >>> 6] |= 1L << (c & 63);
    }

    /**
     * What the matches of a sub-pattern are known to contain: the exact set of strings it matches when that set
     * is small (null otherwise), and clauses — lists of strings of which every match contains at least one (a
     * char standing for its case variants).
     */
    private record Literals(List<String> exact, List<List<String>> clauses) {
        static final Literals UNKNOWN = new Literals(null, List.of());
        static final Literals EMPTY = new Literals(List.of(""), List.of());

        /** The clauses with the exact set as one more, when it has no empty string. */
        List<List<String>> required() {
            List<List<String>> all = new ArrayList<>(clauses);
            if (exact != null && !exact.contains("")) all.add(exact);
            return all;
        }

        /** The most selective clause (longest shortest string), or null when nothing is known. */
        List<String> best() {
            List<String> best = null;
            int bestLength = 0;
            for (List<String> clause : required()) {
                int shortest = Integer.MAX_VALUE;
                for (String s : clause) shortest = Math.min(shortest, s.length());
                if (shortest > bestLength) {
                    best = clause;
                    bestLength = shortest;
                }
            }
            return best;
        }
    }

    private static Literals literals(Regexp re) {
        if (matchesEmptyOnly(re)) return Literals.EMPTY;
        switch (re.op) {
            case LITERAL:
                return literal(re.runes);
            case CHAR_CLASS:
                return charClass(re.runes);
            case CAPTURE:
                return literals(re.subs[0]);
            case QUEST: {
                Literals sub = literals(re.subs[0]);
                if (sub.exact == null || sub.exact.size() + 1 > MAX_EXACT) return Literals.UNKNOWN;
                Set<String> exact = new LinkedHashSet<>();
                exact.add("");
                exact.addAll(sub.exact);
                return new Literals(List.copyOf(exact), List.of());
            }
            case PLUS:
                return new Literals(null, literals(re.subs[0]).required());
            case REPEAT:
                if (re.min < 1) return Literals.UNKNOWN;
                if (re.min == 1 && re.max == 1) return literals(re.subs[0]);
                return new Literals(null, literals(re.subs[0]).required());
            case CONCAT:
                return concat(re.subs);
            case ALTERNATE:
                return alternate(re.subs);
            default:
                return Literals.UNKNOWN;
        }
    }

    private static Literals concat(Regexp[] subs) {
        List<List<String>> clauses = new ArrayList<>();
        List<String> current = List.of("");
        boolean exact = true;
        for (Regexp sub : subs) {
            Literals next = literals(sub);
            clauses.addAll(next.clauses);
            if (next.exact != null && (long) current.size() * next.exact.size() <= MAX_EXACT) {
                current = cross(current, next.exact);
                continue;
            }
            exact = false;
            if (!current.contains("")) clauses.add(current);
            current = next.exact != null ? next.exact : List.of("");
        }
        if (exact) return new Literals(current, clauses);
        if (!current.contains("")) clauses.add(current);
        return new Literals(null, clauses);
    }

    private static List<String> cross(List<String> left, List<String> right) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : left) for (String b : right) out.add(a + b);
        return List.copyOf(out);
    }

    private static Literals alternate(Regexp[] subs) {
        Set<String> exact = new LinkedHashSet<>();
        List<Literals> parts = new ArrayList<>();
        for (Regexp sub : subs) {
            Literals part = literals(sub);
            parts.add(part);
            if (exact != null && part.exact != null) exact.addAll(part.exact);
            else exact = null;
        }
        if (exact != null && exact.size() <= MAX_EXACT) return new Literals(List.copyOf(exact), List.of());
        // Each match is a match of one alternative, so it contains a string of that alternative's best clause.
        Set<String> any = new LinkedHashSet<>();
        for (Literals part : parts) {
            List<String> best = part.best();
            if (best == null) return Literals.UNKNOWN;
            any.addAll(best);
        }
        return new Literals(null, List.of(List.copyOf(any)));
    }

    /** A literal string; a char whose variants leave the BMP splits it into pieces each match contains. */
    private static Literals literal(int[] runes) {
        StringBuilder piece = new StringBuilder();
        List<List<String>> pieces = new ArrayList<>();
        boolean whole = true;
        for (int rune : runes) {
            if (!usable(rune)) {
                whole = false;
                if (piece.length() > 0) pieces.add(List.of(piece.toString()));
                piece.setLength(0);
            } else {
                piece.append((char) rune);
            }
        }
        if (whole) return new Literals(List.of(piece.toString()), List.of());
        if (piece.length() > 0) pieces.add(List.of(piece.toString()));
        return new Literals(null, pieces);
    }

    /** A small class as the set of its chars. */
    private static Literals charClass(int[] ranges) {
        Set<String> chars = new LinkedHashSet<>();
        long size = 0;
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            size += (long) ranges[i + 1] - ranges[i] + 1;
            if (size > MAX_CLASS_CHARS || ranges[i] < 0) return Literals.UNKNOWN;
            for (int rune = ranges[i]; rune <= ranges[i + 1]; rune++) {
                if (!usable(rune)) return Literals.UNKNOWN;
                chars.add(String.valueOf((char) rune));
            }
        }
        return chars.isEmpty() ? Literals.UNKNOWN : new Literals(List.copyOf(chars), List.of());
    }

    /** An empty match or an assertion (line, text or word boundary): matches no char. */
    private static boolean matchesEmptyOnly(Regexp re) {
        switch (re.op) {
            case EMPTY_MATCH:
            case BEGIN_LINE:
            case END_LINE:
            case BEGIN_TEXT:
            case END_TEXT:
            case WORD_BOUNDARY:
            case NO_WORD_BOUNDARY:
                return true;
            default:
                return false;
        }
    }

    private static boolean isDotStar(Regexp re) {
        return re.op == Regexp.Op.STAR && (re.subs[0].op == Regexp.Op.ANY_CHAR_NOT_NL
                || re.subs[0].op == Regexp.Op.ANY_CHAR);
    }

    /** Most code points {@code re} can match, or -1 when unbounded or not understood. */
    static long maxLength(Regexp re) {
        if (re.op == Regexp.Op.NO_MATCH || matchesEmptyOnly(re)) return 0;
        switch (re.op) {
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
        return edge(re, false, chars) ? chars.toString() : null;
    }

    /** The lower-case ASCII characters a match of {@code re} can end with, or null when not known. */
    static String last(Regexp re) {
        StringBuilder chars = new StringBuilder();
        return edge(re, true, chars) ? chars.toString() : null;
    }

    /**
     * Adds to {@code chars} the characters a match of {@code re} can start with ({@code fromEnd} false) or end with
     * (true): a concatenation is read from its first node or from its last, through optional parts and empty-width
     * assertions; false when not known (a dot, or every part optional).
     */
    private static boolean edge(Regexp re, boolean fromEnd, StringBuilder chars) {
        switch (re.op) {
            case LITERAL: {
                int rune = re.runes[fromEnd ? re.runes.length - 1 : 0];
                return addAscii(rune, rune, chars);
            }
            case CHAR_CLASS:
                for (int i = 0; i + 1 < re.runes.length; i += 2) {
                    if (!addAscii(re.runes[i], re.runes[i + 1], chars)) return false;
                }
                return true;
            case CAPTURE:
            case PLUS:
                return edge(re.subs[0], fromEnd, chars);
            case REPEAT:
                return re.min >= 1 && edge(re.subs[0], fromEnd, chars);
            case CONCAT:
                for (int k = 0; k < re.subs.length; k++) {
                    Regexp sub = re.subs[fromEnd ? re.subs.length - 1 - k : k];
                    if (minLength(sub) > 0) return edge(sub, fromEnd, chars);
                    if (maxLength(sub) != 0 && !edge(sub.op == Regexp.Op.QUEST || sub.op == Regexp.Op.STAR
                            || sub.op == Regexp.Op.REPEAT ? sub.subs[0] : sub, fromEnd, chars)) return false;
                }
                return false;
            case ALTERNATE:
                for (Regexp sub : re.subs) if (!edge(sub, fromEnd, chars)) return false;
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

    private static long add(long a, long b) {
        return a < 0 || b < 0 ? -1 : cap(a + b);
    }

    private static long cap(long length) {
        return length > MAX_LENGTH ? -1 : length;
    }
}
