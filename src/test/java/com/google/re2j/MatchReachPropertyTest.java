package com.google.re2j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RulePrefilter;

/**
 * Differential property test of {@link MatchReach} against RE2J itself: random small patterns over an alphabet of
 * case-folding traps (k, K and the Kelvin sign, s, S and the long s, dotted and dotless i, sharp s, accented
 * letters), random texts over the same alphabet; whenever RE2J matches the whole text, the ASCII chars of the text
 * must all be allowed by one of the pattern's branches, and the rule prefilter must keep the rule as a candidate.
 * Run case-insensitively (as rules are), case-sensitively, and with the pattern inside {@code (?-i:...)}.
 */
class MatchReachPropertyTest {
    /** Patterns per seed; each is tried on {@link #TEXTS} texts in each of the three modes. */
    private static final int PATTERNS = 1_500;
    private static final int TEXTS = 12;
    private static final String ALPHABET = "aAbBzZkK\u212AsS\u017Fi I\u0130\u0131\u00DF\u00E9\u00C90-_.,:/'\n";
    private static final String[] CLASS_ESCAPES = {"\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\pL", "\\PL",
        "\\p{Lu}", "\\p{Ll}", "\\P{Lu}", "[:alpha:]", "[:^lower:]", "[:upper:]", "[:punct:]", "[:space:]"};
    private static final String[] ESCAPES = {"\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\pL", "\\PL",
        "\\p{Lu}", "\\p{Ll}", "\\P{Ll}", "\\p{Greek}", "\\x{212A}", "\\x{17F}", "\\x6B", "\\Qk.S\\E", "\\Q\\E",
        "\\b", "\\B", "^", "$", "\\A", "\\z", ".", "(?s:.)", "(?i:k)", "(?-i:K)", "\\n"};
    private static final String[] REPEATS = {"*", "+", "?", "{0}", "{0,0}", "{0,1}", "{1}", "{1,2}", "{2}", "{0,}",
        "*?", "+?", "??", "{1,3}?"};
    private static final String[] GROUPS = {"(", "(?:", "(?i:", "(?-i:", "(?i)(?:", "(?-i)(?:", "(?s:", "(?m:",
        "(?U:", "(?P<n>", "(?i-s:", "(?is:"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void whatRe2jMatchesStaysACandidate(long seed) {
        long[] counts = new long[2];
        assertThat(fuzz(seed, PATTERNS, counts)).isEmpty();
        assertThat(counts[1]).as("whole-text matches tried").isGreaterThan(PATTERNS);
    }

    /**
     * The first failures found with {@code patterns} patterns from {@code seed}, as "mode pattern / text"; adds to
     * {@code counts} the texts tried and those RE2J matched.
     */
    static List<String> fuzz(long seed, int patterns, long[] counts) {
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < patterns && failures.size() < 5; n++) {
            String pattern = pattern(random, 3);
            check(pattern, true, "(?i)", random, failures, counts);
            check(pattern, false, "", random, failures, counts);
            check("(?-i:" + pattern + ")", true, "(?i)(?-i:)", random, failures, counts);
        }
        return failures;
    }

    private static void check(String pattern, boolean caseInsensitive, String mode, Random random,
                              List<String> failures, long[] counts) {
        Pattern compiled;
        List<MatchReach.Branch> branches;
        try {
            compiled = Pattern.compile(pattern, caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
            branches = MatchReach.branches(pattern, caseInsensitive);
        } catch (PatternSyntaxException e) {
            return;
        }
        RulePrefilter prefilter = caseInsensitive && !pattern.isBlank()
                ? RulePrefilter.of(List.of(new Rule(RuleKind.LINE, "t", pattern, "t:1", compiled, null))) : null;
        String chars = textAlphabet(pattern);
        for (int t = 0; t < TEXTS; t++) {
            String text = text(random, chars);
            counts[0]++;
            if (!compiled.matches(text)) continue;
            counts[1]++;
            if (!allowed(branches, text)) failures.add(mode + " asciiChars " + show(pattern) + " / " + show(text));
            if (prefilter != null && !prefilter.mayMatch(text)) {
                failures.add(mode + " prefilter " + show(pattern) + " / " + show(text));
            }
        }
    }

    /** True when one branch allows every ASCII char of {@code text} (a dotStar branch is not asked). */
    private static boolean allowed(List<MatchReach.Branch> branches, String text) {
        for (MatchReach.Branch branch : branches) {
            if (branch.dotStar()) return true;
            boolean all = true;
            for (char c : text.toCharArray()) {
                if (c < 128 && ((c < 64 ? branch.asciiLow() : branch.asciiHigh()) & (1L << (c & 63))) == 0) {
                    all = false;
                }
            }
            if (all) return true;
        }
        return false;
    }

    static String pattern(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            out.append(atom(random, depth));
            if (random.nextInt(3) == 0) out.append(REPEATS[random.nextInt(REPEATS.length)]);
        }
        if (depth > 0 && random.nextInt(4) == 0) out.append('|').append(random.nextInt(5) == 0 ? "" : pattern(random,
                depth - 1));
        return out.toString();
    }

    private static String atom(Random random, int depth) {
        int kind = random.nextInt(10);
        if (kind < 4 || depth == 0 && kind >= 7) return literal(random.nextInt(ALPHABET.length()), random);
        if (kind < 6) return charClass(random);
        if (kind < 7) return ESCAPES[random.nextInt(ESCAPES.length)];
        return GROUPS[random.nextInt(GROUPS.length)] + pattern(random, depth - 1) + ")";
    }

    private static String literal(int index, Random random) {
        char c = ALPHABET.charAt(index);
        if (c == '\n') return "\\n";
        if (".-".indexOf(c) >= 0 || random.nextInt(8) == 0 && c < 128 && !Character.isLetterOrDigit(c)) {
            return "\\" + c;
        }
        return String.valueOf(c);
    }

    private static String charClass(Random random) {
        StringBuilder out = new StringBuilder("[");
        if (random.nextInt(3) == 0) out.append('^');
        int members = 1 + random.nextInt(3);
        for (int i = 0; i < members; i++) {
            int kind = random.nextInt(6);
            if (kind == 0) {
                out.append(CLASS_ESCAPES[random.nextInt(CLASS_ESCAPES.length)]);
            } else if (kind == 1) {
                String[] ranges = {"a-z", "A-Z", "j-l", "J-L", "r-t", "R-T", "0-9", "\u00C0-\u00FF", "\u0100-\u0200",
                    "\u2100-\u2200", " -/", "\u017E-\u0180", "\u2129-\u212B", "K-\u017F"};
                out.append(ranges[random.nextInt(ranges.length)]);
            } else {
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                out.append(c == '\n' ? "\\n" : "-^]\\[".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
            }
        }
        return out.append(']').toString();
    }

    /** The alphabet plus the chars of the pattern, with the case variants of each, so that matches are common. */
    static String textAlphabet(String pattern) {
        StringBuilder chars = new StringBuilder(ALPHABET);
        for (char c : pattern.toCharArray()) {
            if ("\\[](){}|*+?^$".indexOf(c) >= 0) continue;
            char[] variants = MatchReach.caseVariants(c);
            chars.append(variants != null ? new String(variants) : String.valueOf(c));
        }
        return chars.toString();
    }

    private static String text(Random random, String chars) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) text.append(chars.charAt(random.nextInt(chars.length())));
        return text.toString();
    }

    static String show(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= 32 && c < 127) out.append(c);
            else out.append(String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }
}
