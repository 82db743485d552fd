package com.google.re2j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.quality.Bench;
import wirewash.rules.Rule;
import wirewash.rules.RuleLoader;

/**
 * {@link WholeMatchDfa} against RE2J's own {@link Pattern#matches}: random small patterns (the generator of
 * {@link MatchReachPropertyTest}: case-folding traps, classes, {@code ^ $ \b \B}, repeats, flag groups) on random
 * texts, case-insensitively, case-sensitively and inside {@code (?-i:...)}; and the project's rules on real lines.
 */
class WholeMatchDfaTest {
    private static final int PATTERNS = 400;
    private static final int TEXTS = 30;
    /** Beyond the pattern's chars: a newline, spaces, a word char, a char outside the BMP and a lone surrogate. */
    private static final String EXTRA = "\n  x\uD83D\uDE00\uD83D";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void answersAsRe2jOnRandomPatternsAndTexts(long seed) {
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        long matched = 0;
        for (int n = 0; n < PATTERNS && failures.size() < 5; n++) {
            String pattern = MatchReachPropertyTest.pattern(random, 3);
            for (String[] mode : new String[][] {{pattern, "i"}, {pattern, ""}, {"(?-i:" + pattern + ")", "i"}}) {
                Pattern compiled;
                try {
                    compiled = Pattern.compile(mode[0], mode[1].isEmpty() ? 0 : Pattern.CASE_INSENSITIVE);
                } catch (PatternSyntaxException e) {
                    continue;
                }
                WholeMatchDfa dfa = new WholeMatchDfa(compiled);
                String chars = MatchReachPropertyTest.textAlphabet(mode[0]) + EXTRA;
                for (int t = 0; t < TEXTS; t++) {
                    String text = text(random, chars);
                    boolean expected = compiled.matches(text);
                    if (expected) matched++;
                    int verdict = dfa.matches(text);
                    if (verdict != (expected ? WholeMatchDfa.MATCH : WholeMatchDfa.NO_MATCH)) {
                        failures.add(mode[1] + " " + MatchReachPropertyTest.show(mode[0]) + " / "
                                + MatchReachPropertyTest.show(text) + " -> " + verdict);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(matched).as("whole-text matches tried").isGreaterThan(PATTERNS);
    }

    @Test
    void answersAsRe2jForEveryRuleOnRealLines() throws Exception {
        List<Rule> rules = RuleLoader.load(Path.of("rules")).all();
        List<String> lines = new ArrayList<>();
        for (String id : Bench.ids("tune").subList(0, 12)) {
            for (String line : Bench.text(id).split("\n")) if (!line.isBlank()) lines.add(line.strip());
        }
        List<String> failures = new ArrayList<>();
        int matched = 0;
        for (Rule rule : rules) {
            if (rule.regex() == null) continue;
            WholeMatchDfa dfa = new WholeMatchDfa(rule.regex());
            for (String line : lines) {
                boolean expected = rule.matches(line);
                if (expected) matched++;
                int verdict = dfa.matches(line);
                if (verdict != WholeMatchDfa.UNKNOWN
                        && verdict != (expected ? WholeMatchDfa.MATCH : WholeMatchDfa.NO_MATCH)) {
                    failures.add(rule.origin() + " / " + line);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void aWordBoundaryIsReadFromTheCharsOnBothSides() {
        WholeMatchDfa dfa = new WholeMatchDfa(Pattern.compile("^(?:.*\\bby\\b.*)", Pattern.CASE_INSENSITIVE));
        assertThat(dfa.matches("Photo by Jane")).isEqualTo(WholeMatchDfa.MATCH);
        assertThat(dfa.matches("By")).isEqualTo(WholeMatchDfa.MATCH);
        assertThat(dfa.matches("nearby shops")).isEqualTo(WholeMatchDfa.NO_MATCH);
        assertThat(dfa.matches("bye")).isEqualTo(WholeMatchDfa.NO_MATCH);
        assertThat(dfa.matches("")).isEqualTo(WholeMatchDfa.NO_MATCH);
    }

    @Test
    void aTextWithNoThreadLeftIsRejectedAtOnceAndTheCaseFoldsAsRe2jFoldsIt() {
        WholeMatchDfa dfa = new WholeMatchDfa(Pattern.compile("^(?:ok)", Pattern.CASE_INSENSITIVE));
        assertThat(dfa.matches("OK")).isEqualTo(WholeMatchDfa.MATCH);
        assertThat(dfa.matches("o\u212A")).isEqualTo(WholeMatchDfa.MATCH); // the Kelvin sign folds to k in RE2J
        assertThat(Pattern.compile("^(?:ok)", Pattern.CASE_INSENSITIVE).matches("o\u212A")).isTrue();
        assertThat(dfa.matches("oks")).isEqualTo(WholeMatchDfa.NO_MATCH);
        assertThat(dfa.matches("no, this is a long line that fails at its first char")).isEqualTo(WholeMatchDfa.NO_MATCH);
        assertThat(dfa.stateCount()).isLessThanOrEqualTo(6); // start, "o", "ok" after k or the Kelvin sign, none left
    }

    @Test
    void pastItsStatesItLeavesTheAnswerToRe2j() {
        Pattern counted = Pattern.compile("^(?:.{0,50}x)", 0);
        WholeMatchDfa small = new WholeMatchDfa(counted, 5);
        assertThat(small.matches("ax")).isEqualTo(WholeMatchDfa.MATCH);
        assertThat(small.matches("a".repeat(20) + "x")).isEqualTo(WholeMatchDfa.UNKNOWN);
        assertThat(small.stateCount()).isEqualTo(5);
        assertThat(small.matches("ax")).isEqualTo(WholeMatchDfa.MATCH); // the states it has still answer
        assertThat(small.matches("b")).isEqualTo(WholeMatchDfa.NO_MATCH);
        WholeMatchDfa roomy = new WholeMatchDfa(counted);
        assertThat(roomy.matches("a".repeat(20) + "x")).isEqualTo(WholeMatchDfa.MATCH);
        assertThat(roomy.matches("a".repeat(51) + "x")).isEqualTo(WholeMatchDfa.NO_MATCH);
    }

    /**
     * Threads that build states of one DFA at once, each taking the spare scratch arrays or making its own, get
     * RE2J's answers.
     */
    @Test
    void threadsBuildingStatesAtOnceAnswerAsRe2j() throws Exception {
        Pattern pattern = Pattern.compile("(?:by|von)\\s+(\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3})(\\s*,.{0,40})?",
                Pattern.CASE_INSENSITIVE);
        WholeMatchDfa dfa = new WholeMatchDfa(pattern);
        List<java.util.concurrent.Future<List<String>>> results = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 8; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    String chars = "byvonBYVON JaneDoeÉ.,'-\u00dfxq";
                    List<String> failures = new ArrayList<>();
                    for (int n = 0; n < 3000; n++) {
                        String text = (random.nextBoolean() ? "By " : "") + text(random, chars);
                        int expected = pattern.matches(text) ? WholeMatchDfa.MATCH : WholeMatchDfa.NO_MATCH;
                        int verdict = dfa.matches(text);
                        if (verdict != WholeMatchDfa.UNKNOWN && verdict != expected) failures.add(text);
                    }
                    return failures;
                }));
            }
            for (var result : results) assertThat(result.get()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(Random random, String chars) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(random.nextInt(4) == 0 ? 12 : 5);
        for (int i = 0; i < length; i++) text.append(chars.charAt(random.nextInt(chars.length())));
        return text.toString();
    }
}
