package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralScanTest {
    @Test
    void givesTheLastStartOfAnyStringOfEachClause() {
        LiteralScan scan = new LiteralScan(List.of(List.of("AB", "CD"), List.of("ZZ")));
        assertThat(scan.lastStarts("ab xx cd ab")).containsExactly(9, -1);
    }

    @Test
    void findsOverlappingStringsSharingASuffix() {
        LiteralScan scan = new LiteralScan(List.of(List.of("SHE"), List.of("HE"), List.of("HERS")));
        assertThat(scan.lastStarts("ushers")).containsExactly(1, 2, 2);
    }

    @Test
    void matchesCaseVariantsThroughTheFold() {
        LiteralScan scan = new LiteralScan(List.of(List.of("\u00C9T\u00C9")));
        assertThat(scan.lastStarts("l'\u00e9t\u00e9")).containsExactly(2);
    }

    @Test
    void findsTheLastStartOfEveryClauseAmongHundredsOfLiterals() {
        // thousands of states and a column count that is no power of two, as the project's rules give
        Random random = new Random(17);
        String alphabet = "abcdefghij -:\u00e9";
        List<List<String>> clauses = randomClauses(random, alphabet.toUpperCase(Locale.ROOT));
        LiteralScan scan = new LiteralScan(clauses);
        for (int t = 0; t < 300; t++) {
            String text = randomText(random, alphabet + "ABCDEFGHIJ\u00c9", random.nextInt(400));
            assertThat(scan.lastStarts(text)).as(text).containsExactly(lastStartsByLookup(clauses, text));
        }
    }

    @Test
    void keysPartedAmongSeveralAutomataAreFoundAsOneAutomatonFindsThem() {
        Random random = new Random(23);
        String alphabet = "abcdefghij -:\u00e9\u2019";
        List<List<String>> clauses = randomClauses(random, alphabet);
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, clauses.size());
        LiteralScan one = new LiteralScan(clauses, all);
        LiteralScan parted = new LiteralScan(clauses, all, 200); // about 15 automata
        for (int t = 0; t < 300; t++) {
            String text = randomText(random, alphabet + "ABCDEFGHIJ\u00c9", random.nextInt(400));
            assertThat(parted.lastStarts(text)).as(text).containsExactly(one.lastStarts(text));
            int from = random.nextInt(text.length() + 1);
            LiteralScan.Found a = one.scan(text, from);
            LiteralScan.Found b = parted.scan(text, from);
            for (int c = 0; c < clauses.size(); c++) assertThat(b.lastStart(c)).isEqualTo(a.lastStart(c));
        }
        assertThatThrownBy(() -> new LiteralScan(List.of(List.of("abcdefgh")), all, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too many strings");
    }

    @Test
    void asciiCharsPastTheNarrowTablesColumnsAreFoundInTheWideOne() {
        // every printable ASCII char: some 70 columns, more than a narrow row holds
        StringBuilder ascii = new StringBuilder();
        for (char c = ' '; c < 127; c++) ascii.append(c);
        String alphabet = ascii + "\u00e9";
        Random random = new Random(37);
        List<List<String>> clauses = randomClauses(random, alphabet);
        LiteralScan scan = new LiteralScan(clauses);
        for (int t = 0; t < 300; t++) {
            String text = randomText(random, alphabet, random.nextInt(400));
            assertThat(scan.lastStarts(text)).as(text).containsExactly(lastStartsByLookup(clauses, text));
        }
        assertThat(scan.lastStarts("a ]|~ b")).containsExactly(scan.lastStarts("A ]|~ B"));
    }

    @Test
    void columnsRankTheSpaceFirstThenLettersThenOtherAsciiThenTheRest() {
        assertThat(LiteralScan.columnRank(' ')).isZero();
        assertThat(LiteralScan.columnRank('A')).isEqualTo(1);
        assertThat(LiteralScan.columnRank('z')).isEqualTo(1);
        assertThat(LiteralScan.columnRank('0')).isEqualTo(2);
        assertThat(LiteralScan.columnRank('|')).isEqualTo(2);
        assertThat(LiteralScan.columnRank('\u00e9')).isEqualTo(3);
        assertThat(LiteralScan.columnRank('\u2019')).isEqualTo(3);
    }

    @Test
    void lettersDigitsAndMarksAcrossTheNarrowAndWideTablesFindWhatTheLookupFinds() {
        // letters with a Kelvin sign and a long s (variants of k and s), digits and marks in the wide table
        String alphabet = "aksAKS09 .,:-|\u212a\u017f";
        Random random = new Random(41);
        List<List<String>> clauses = randomClauses(random, alphabet);
        LiteralScan scan = new LiteralScan(clauses);
        for (int t = 0; t < 300; t++) {
            String text = randomText(random, alphabet + "ab", random.nextInt(400));
            int[] expected = lastStartsByLookup(clauses, text);
            int[] found = scan.lastStarts(text);
            // a fold may report an occurrence that is none (k and the Kelvin sign share a column), never miss one
            for (int c = 0; c < expected.length; c++) assertThat(found[c]).as(text).isGreaterThanOrEqualTo(expected[c]);
        }
    }

    /** Each clause's last start in the lower-cased text, by {@code lastIndexOf} of each literal: the reference. */
    private static int[] lastStartsByLookup(List<List<String>> clauses, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int[] starts = new int[clauses.size()];
        for (int c = 0; c < clauses.size(); c++) {
            starts[c] = -1;
            for (String literal : clauses.get(c)) {
                starts[c] = Math.max(starts[c], lower.lastIndexOf(literal.toLowerCase(Locale.ROOT)));
            }
        }
        return starts;
    }

    /** 300 clauses of 1-3 strings of 2-12 chars of the alphabet: thousands of states. */
    private static List<List<String>> randomClauses(Random random, String alphabet) {
        List<List<String>> clauses = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            List<String> clause = new ArrayList<>();
            for (int l = 1 + random.nextInt(3); l > 0; l--) clause.add(randomText(random, alphabet, 2 + random.nextInt(11)));
            clauses.add(clause);
        }
        return clauses;
    }

    @Test
    void aWholeScanGathersTheTextsAsciiCharsAsThePrefilterReadsThem() {
        LiteralScan scan = new LiteralScan(List.of(List.of("AB", "CD"), List.of("ZZ")));
        Random random = new Random(31);
        String alphabet = "abcdzAZ09 \t.,:;!?\"'()[]{}~\u007f\u00e9\u00c9\u2019\u4e2d";
        for (int n = 0; n < 200; n++) {
            String text = randomText(random, alphabet, random.nextInt(60));
            assertThat(scan.scan(text).asciiChars()).as(text).containsExactly(RulePrefilter.asciiChars(text));
            assertThat(scan.scan(text, Math.min(3, text.length())).asciiChars()).as(text)
                    .containsExactly(RulePrefilter.asciiChars(text));
        }
        // chars beyond ASCII as bits of their own (c % 64): a curly quote is no bullet
        assertThat(RulePrefilter.asciiChars("it\u2019s")[2]).isEqualTo(1L << (0x2019 % 64));
        LiteralScan bullets = new LiteralScan(List.of(List.of("\u00b7", "\u2022")));
        assertThat(bullets.scan("it\u2019s \u201cnews\u201d").lastStart(0)).isEqualTo(-1);
        assertThat(bullets.scan("it\u2019s \u00b7 news").lastStart(0)).isEqualTo(5);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return out.toString();
    }

    @Test
    void longerStringsContainingAnotherOfTheClauseAreDropped() {
        assertThat(LiteralScan.essential(List.of("RELATED", "RELATED NEWS", "MORE"))).containsExactly("RELATED", "MORE");
    }

    @Test
    void singleCharClausesAreLookedForWhenAskedAndFoundAsTheAutomatonWould() {
        LiteralScan scan = new LiteralScan(List.of(List.of(":", " "), List.of("BY"), List.of("K")));
        assertThat(scan.isLazy(0)).isTrue();
        assertThat(scan.isLazy(1)).isFalse();
        assertThat(scan.isLazy(2)).isTrue();
        // the Kelvin sign folds with k, as it does in the automaton
        assertThat(scan.lastStarts("by: \u212A and more")).containsExactly(9, 0, 4);
        LiteralScan.Found found = scan.scan("by: xy", 1);
        // only the automaton's clauses are named; a lazy one is looked for from the scan's start on
        assertThat(found.clauseCount()).isZero();
        assertThat(found.occursFrom(0, 3)).isTrue();
        assertThat(found.occursFrom(0, 4)).isFalse();
        assertThat(found.occursFrom(2, 0)).isFalse();
        assertThat(LiteralScan.Found.NONE.occursFrom(0, 0)).isFalse();
    }

    @Test
    void aOneCharAsciiClauseIsAnsweredFromTheTextsCharsOnlyForAWholeText() {
        LiteralScan scan = new LiteralScan(List.of(List.of("(", "-", "\u2014"), List.of("BY")));
        assertThat(scan.isLazy(0)).isTrue();
        assertThat(scan.scan("by (x) and more words").occursFrom(0, 0)).isTrue();
        assertThat(scan.scan("by x \u2014 y").occursFrom(0, 0)).isTrue();
        assertThat(scan.scan("by x y").occursFrom(0, 0)).isFalse();
        // scanned from 3 on: a char before the scan's start is not seen, though the text holds it
        assertThat(scan.scan("(x) by", 3).occursFrom(0, 0)).isFalse();
        assertThat(scan.scan("x y (z", 3).occursFrom(0, 0)).isTrue();
        // from a later start, where it lies counts
        assertThat(scan.scan("(x) by").occursFrom(0, 1)).isFalse();
        assertThat(scan.scan("(x) by-").occursFrom(0, 1)).isTrue();
    }

    @Test
    void aClauseWithASingleCharAmongLongerStringsIsLookedForWhole() {
        // "f", "t", "in": each 't' of prose would cost the automaton a visit to the clause
        LiteralScan scan = new LiteralScan(List.of(List.of("F", "T", "IN"), List.of("BY")));
        assertThat(scan.isLazy(0)).isTrue();
        assertThat(scan.isLazy(1)).isFalse();
        LiteralScan.Found found = scan.scan("in by xt");
        assertThat(found.clauseCount()).isEqualTo(1);
        assertThat(found.lastStart(0)).isEqualTo(7);
        assertThat(scan.scan("in by xy").lastStart(0)).isZero();
        assertThat(scan.scan("by xy").occursFrom(0, 0)).isFalse();
        assertThat(scan.scan("xy in t by", 4).lastStart(0)).isEqualTo(6);
        assertThat(scan.scan("xy in by", 4).lastStart(0)).isEqualTo(-1);
    }

    @Test
    void onlyTheKeysGoInTheAutomatonTheOthersAreFoundWhenAsked() {
        java.util.BitSet keys = new java.util.BitSet();
        keys.set(1);
        LiteralScan scan = new LiteralScan(List.of(List.of("HIS", "HER"), List.of("NEWSLETTER")), keys);
        assertThat(scan.isLazy(0)).isTrue();
        assertThat(scan.isLazy(1)).isFalse();
        LiteralScan.Found found = scan.scan("her newsletter and his");
        assertThat(found.clauseCount()).isEqualTo(1);
        assertThat(found.clause(0)).isEqualTo(1);
        assertThat(found.lastStart(0)).isEqualTo(19);
        assertThat(found.occursFrom(0, 20)).isFalse();
        assertThat(found.lastStart(0)).isEqualTo(19); // asked twice, answered the same
    }

    /**
     * Each clause twice: the first copies are looked for when asked, the second copies are the automaton's keys,
     * so every lazy answer can be compared with the automaton's for the same clause, in any order of asking and
     * from any start, on texts full of case variants (Kelvin sign, long s, dotless and dotted i, micro sign).
     */
    @Test
    void aLazyClauseIsFoundExactlyWhereTheAutomatonFindsItsTwin() {
        String chars = ": /()@.!?,|-\tKSIM\u00b5\u00df\u0131\u0130\u03a3\u00c5\u2126\u0416ABCDEFGHJLNOPQRTUVWXYZ0123456789"
                + "\u00c9\u00d6#$%&*+;<=>[]^_{}~'\"\u2019\u00b7\u2022\u00e0";
        List<List<String>> once = new ArrayList<>();
        for (int i = 0; i < chars.length(); i++) once.add(List.of(chars.substring(i, i + 1)));
        once.add(List.of("K", ":"));
        once.add(List.of("\u03bc", "S", "I"));
        once.add(List.of("X", "XY")); // all single chars once the longer string is dropped
        once.add(List.of("AB", "C"));
        once.add(List.of("HIS", "HER", "KS"));
        once.add(List.of("\u00dfI", "SSI", "IK"));
        once.add(List.of("ON ", "IN ", "AT "));
        once.add(List.of("S\u0131S", "\u03a3\u00b5"));
        List<List<String>> clauses = new ArrayList<>(once);
        clauses.addAll(once);
        int n = once.size();
        java.util.BitSet keys = new java.util.BitSet();
        keys.set(n, 2 * n);
        LiteralScan scan = new LiteralScan(clauses, keys);
        for (int id = 0; id < n; id++) assertThat(scan.isLazy(id)).isTrue();
        for (int id = n; id < 2 * n; id++) assertThat(scan.isLazy(id)).isFalse();

        String textChars = chars.toLowerCase(java.util.Locale.ROOT) + chars
                + "k\u212as\u017fi\u0131\u0130\u00b5\u03bc\u039c\u1e9e\u03c3\u03c2\u00e5\u212b\u03c9\u0436xyz\u00e9\ud83d\ude00\n";
        Random random = new Random(20240611);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 10 == 0 ? 400 : 12);
            for (int i = 0; i < length; i++) text.append(textChars.charAt(random.nextInt(textChars.length())));
            String value = text.toString();
            int from = value.isEmpty() ? 0 : random.nextInt(value.length() + 1);
            LiteralScan.Found found = scan.scan(value, from);
            for (int f = 0; f < found.clauseCount(); f++) assertThat(scan.isLazy(found.clause(f))).isFalse();
            for (int ask = 0; ask < 2 * n; ask++) {
                int id = random.nextInt(n);
                int twin = id + n;
                int at = random.nextInt(value.length() + 2);
                assertThat(found.occursFrom(id, at)).as("clause %s from %d in %s", once.get(id), at, value)
                        .isEqualTo(found.occursFrom(twin, at));
                assertThat(found.lastStart(id)).as("clause %s in %s", once.get(id), value)
                        .isEqualTo(found.lastStart(twin));
            }
        }
    }

    /**
     * A lazy clause of dozens of strings, many of them starting with the same char (as a clause of month names and
     * digits does), more than 64 of them: only the strings a text's char can start are compared there, and the
     * clause is found exactly where the automaton finds its twin.
     */
    @Test
    void aLazyClauseOfManyStringsSharingFirstCharsIsFoundWhereItsTwinIs() {
        List<String> many = new ArrayList<>();
        for (String head : List.of("JAN", "JUN", "JUL", "MAR", "MAY", "A", "AU")) {
            for (int d = 0; d < 12; d++) many.add(head + " " + d);
        }
        many.add("."); // a single char: the clause is lazy
        List<List<String>> clauses = List.of(many, many);
        java.util.BitSet keys = new java.util.BitSet();
        keys.set(1);
        LiteralScan scan = new LiteralScan(clauses, keys);
        assertThat(scan.isLazy(0)).isTrue();
        assertThat(scan.isLazy(1)).isFalse();
        Random random = new Random(7);
        String chars = "JANUMRYL 0123456789.jan";
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random, chars, random.nextInt(round % 10 == 0 ? 300 : 20));
            int from = random.nextInt(text.length() + 1);
            LiteralScan.Found found = scan.scan(text, from);
            int at = random.nextInt(text.length() + 2);
            assertThat(found.occursFrom(0, at)).as("from %d in %s", at, text).isEqualTo(found.occursFrom(1, at));
            assertThat(found.lastStart(0)).as("in %s", text).isEqualTo(found.lastStart(1));
        }
    }

    /**
     * Where a char can start one of a lazy clause's strings, its strings are compared only when the next char can
     * follow it in one of them: a start at the text's last char, or before a char that follows in none, is no
     * occurrence; a char that starts a string of one char is one wherever it stands.
     */
    @Test
    void aLazyClauseStartsOnlyWhereTheNextCharCanFollowTheFirst() {
        LiteralScan scan = new LiteralScan(List.of(List.of("AT ", "AN", "\u00df", ":")), new java.util.BitSet());
        assertThat(scan.isLazy(0)).isTrue();

        assertThat(scan.scan("a").lastStart(0)).isEqualTo(-1);
        assertThat(scan.scan("ax ab").lastStart(0)).isEqualTo(-1);
        assertThat(scan.scan("at noon, an hour").lastStart(0)).isEqualTo(9);
        assertThat(scan.scan("AN AT").lastStart(0)).isEqualTo(0); // "AT" at the end has no space after it
        assertThat(scan.scan("at x").lastStart(0)).isEqualTo(0);
        assertThat(scan.scan("x: ax").lastStart(0)).isEqualTo(1);
        assertThat(scan.scan("stra\u00dfe").lastStart(0)).isEqualTo(4);
    }

    /** Literal chars with case variants beyond ASCII: Turkish i's, sharp s, sigmas, Kelvin, long s, full-width. */
    private static final String LITERAL_CHARS = "abikst :-\u00e9\u00df\u1e9e\u0131\u0130\u03c3\u03c2\u03a3\u00b5\u03bc"
            + "\u212a\u017f\u0436\u0416\uff21\uff41\u6f22\u304b\u00c5\u212b";
    /** Text chars: those, their other cases, chars no literal holds, and surrogate pairs (as two chars each). */
    private static final String TEXT_CHARS = LITERAL_CHARS + "ABIKSTxyz\u00c9\u039c\u0451\uff5a\u30ab\u00e5\n\t"
            + "\ud83d\ude00\ud835\udc00\ud840\udc00\uffff\u0000";

    /**
     * Seeded clauses of literals that are prefixes, suffixes and case variants of each other, over chars with
     * variants beyond ASCII, scanned from random starts of random texts (surrogate pairs and chars no literal holds
     * among them): each clause's last start is where a naive match finds it, a text char matching a literal char
     * when the two are joined through case variants (as the class documents), lazy clauses included.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void findsTheLastStartsANaiveMatchOverCaseVariantGroupsFinds(long seed) {
        Random random = new Random(seed);
        List<String> pool = new ArrayList<>();
        for (int l = 0; l < 40; l++) {
            String literal = randomText(random, LITERAL_CHARS, 1 + random.nextInt(5));
            pool.add(literal);
            pool.add(literal.substring(0, 1 + random.nextInt(literal.length()))); // a prefix
            pool.add(literal.substring(random.nextInt(literal.length()))); // a suffix
            pool.add(literal + randomText(random, LITERAL_CHARS, 1 + random.nextInt(3))); // an extension
        }
        List<List<String>> clauses = new ArrayList<>();
        for (int c = 0; c < 30 + random.nextInt(150); c++) {
            List<String> clause = new ArrayList<>();
            for (int l = 1 + random.nextInt(3); l > 0; l--) clause.add(pool.get(random.nextInt(pool.size())));
            clauses.add(clause);
        }
        // half the clauses, at random, are keys; the rest are looked for when asked
        java.util.BitSet keys = new java.util.BitSet();
        for (int c = 0; c < clauses.size(); c++) if (random.nextBoolean()) keys.set(c);
        // and the keys parted among automata of a few dozen states (a clause makes at most 25)
        LiteralScan[] scans = {new LiteralScan(clauses), new LiteralScan(clauses, keys),
                new LiteralScan(clauses, keys, 30 + random.nextInt(30))};
        java.util.Map<Character, Integer> group = variantGroups(clauses);
        for (int t = 0; t < 400; t++) {
            String text = randomText(random, TEXT_CHARS, random.nextInt(t % 20 == 0 ? 500 : 30));
            int from = random.nextInt(text.length() + 1);
            LiteralScan.Found found = scans[t % scans.length].scan(text, from);
            for (int c = 0; c < clauses.size(); c++) {
                int expected = -1;
                for (String literal : clauses.get(c)) {
                    for (int at = Math.max(from, expected + 1); at + literal.length() <= text.length(); at++) {
                        if (matchesAt(literal, text, at, group)) expected = at;
                    }
                }
                assertThat(found.lastStart(c)).as("clause %s from %d in <%s>", clauses.get(c), from, text)
                        .isEqualTo(expected);
            }
        }
    }

    /** For each char of the literals and its case variants, a number shared by the chars variants join. */
    private static java.util.Map<Character, Integer> variantGroups(List<List<String>> clauses) {
        java.util.Map<Character, java.util.Set<Character>> linked = new java.util.HashMap<>();
        for (List<String> clause : clauses) {
            for (String literal : clause) {
                for (char c : literal.toCharArray()) {
                    for (char variant : com.google.re2j.MatchReach.caseVariants(c)) {
                        linked.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(variant);
                        linked.computeIfAbsent(variant, k -> new java.util.HashSet<>()).add(c);
                    }
                }
            }
        }
        java.util.Map<Character, Integer> group = new java.util.HashMap<>();
        for (char start : linked.keySet()) {
            if (group.containsKey(start)) continue;
            int id = group.size();
            java.util.Deque<Character> todo = new java.util.ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                char c = todo.poll();
                if (group.putIfAbsent(c, id) == null) todo.addAll(linked.get(c));
            }
        }
        return group;
    }

    private static boolean matchesAt(String literal, String text, int at, java.util.Map<Character, Integer> group) {
        for (int i = 0; i < literal.length(); i++) {
            Integer g = group.get(text.charAt(at + i));
            if (g == null || !g.equals(group.get(literal.charAt(i)))) return false;
        }
        return true;
    }
}
