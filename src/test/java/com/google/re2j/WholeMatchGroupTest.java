package com.google.re2j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.quality.Bench;
import wirewash.rules.Rule;
import wirewash.rules.RuleLoader;

/**
 * {@link WholeMatchGroup#first} against RE2J's {@link Matcher#matches()} and {@link Matcher#group(int)}: random
 * patterns (the generator of {@link MatchReachPropertyTest}) with groups around and beside them, on random texts;
 * and the project's rules on real lines.
 */
class WholeMatchGroupTest {
    private static final int PATTERNS = 300;
    private static final int TEXTS = 30;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void givesWhatMatchesThenGroupOneGiveOnRandomPatterns(long seed) {
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int grouped = 0;
        for (int n = 0; n < PATTERNS && failures.size() < 5; n++) {
            String a = MatchReachPropertyTest.pattern(random, 2);
            String b = MatchReachPropertyTest.pattern(random, 2);
            String[] patterns = {a, "(" + a + ")", "(" + a + ")(" + b + ")?", a + "(" + b + ")*" + a,
                "(?:" + a + "|(" + b + "))", "((" + a + ")+)" + b};
            for (String written : patterns) {
                Pattern compiled;
                try {
                    compiled = Pattern.compile(written, random.nextBoolean() ? Pattern.CASE_INSENSITIVE : 0);
                } catch (PatternSyntaxException e) {
                    continue;
                }
                String chars = MatchReachPropertyTest.textAlphabet(written) + "\n x";
                for (int t = 0; t < TEXTS; t++) {
                    String text = text(random, chars);
                    String expected = groupOne(compiled, text);
                    if (expected != null) grouped++;
                    if (!Objects.equals(WholeMatchGroup.first(compiled, text), expected)) {
                        failures.add(MatchReachPropertyTest.show(written) + " / " + MatchReachPropertyTest.show(text));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(grouped).as("texts whose first group was read").isGreaterThan(PATTERNS);
    }

    @Test
    void givesWhatMatchesThenGroupOneGiveForEveryRuleOnRealLines() throws Exception {
        List<Rule> rules = RuleLoader.load(Path.of("rules")).all();
        List<String> lines = new ArrayList<>();
        for (String id : Bench.ids("tune").subList(0, 12)) {
            for (String line : Bench.text(id).split("\n")) if (!line.isBlank()) lines.add(line.strip());
        }
        lines.add("By Jane Doe and John Smith, Associated Press");
        lines.add("By JANE DOE | Staff writer");
        List<String> failures = new ArrayList<>();
        int grouped = 0;
        for (Rule rule : rules) {
            if (rule.regex() == null) continue;
            for (String line : lines) {
                String expected = groupOne(rule.regex(), line);
                if (expected != null) grouped++;
                if (!Objects.equals(WholeMatchGroup.first(rule.regex(), line), expected)) {
                    failures.add(rule.origin() + " / " + line);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(grouped).isGreaterThan(10);
    }

    @Test
    void nullWithoutAWholeMatchAGroupOrTheGroupTakingPart() {
        Pattern byline = Pattern.compile("by\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*)(\\s*,.*)?",
                Pattern.CASE_INSENSITIVE);
        assertThat(WholeMatchGroup.first(byline, "By Jane Doe, Reuters")).isEqualTo("Jane Doe");
        assertThat(WholeMatchGroup.first(byline, "Written by Jane Doe")).isNull(); // not the whole text
        assertThat(WholeMatchGroup.first(Pattern.compile("by \\w+"), "by Jane")).isNull(); // no group
        assertThat(WholeMatchGroup.first(Pattern.compile("(x)?y|z"), "z")).isNull(); // the group takes no part
        assertThat(WholeMatchGroup.first(Pattern.compile("(x*)y"), "y")).isEmpty();
        assertThatThrownBy(() -> WholeMatchGroup.first(byline, null)).isInstanceOf(NullPointerException.class);
    }

    private static String groupOne(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches() || m.groupCount() < 1) return null;
        return m.group(1);
    }

    private static String text(Random random, String chars) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(random.nextInt(4) == 0 ? 12 : 6);
        for (int i = 0; i < length; i++) text.append(chars.charAt(random.nextInt(chars.length())));
        return text.toString();
    }
}
