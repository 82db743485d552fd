package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulePrefilterTest {
    private static RulePrefilter prefilter(String rules) throws RuleException {
        return RulePrefilter.of(RuleLoader.parse("t.rules", rules));
    }

    @Test
    void longBlockIsRejectedWhenOnlyBoundedRulesExist() throws RuleException {
        assertThat(prefilter("line share share( this)?").mayMatch("Share " + "word ".repeat(20))).isFalse();
    }

    @Test
    void dotStarRuleIsCheckedOnTheTail() throws RuleException {
        assertThat(prefilter("caption c .*\\((ap|pa)\\)").mayMatch("word ".repeat(100) + "Smith (AP)")).isTrue();
    }

    @Test
    void dotStarRuleWithoutItsCharactersIsRejected() throws RuleException {
        assertThat(prefilter("caption c .*\\((ap|pa)\\)").mayMatch("word ".repeat(100) + "Smith AP")).isFalse();
    }

    @Test
    void dotStarRuleWithItsLiteralFarFromTheEndIsRejected() throws RuleException {
        assertThat(prefilter("caption c .*\\bfoto: \\p{L}{1,5}").mayMatch("foto: ab " + "x".repeat(300))).isFalse();
    }

    @Test
    void literalIsFoundInAnyCaseRe2jMatches() throws RuleException {
        assertThat(prefilter("line c .{0,20}\\bcookies\\b.{0,20}").mayMatch("We use CoO\u212Aie\u017F here")).isTrue();
    }

    @Test
    void blockWithoutTheRuleLiteralIsRejected() throws RuleException {
        assertThat(prefilter("line c .{0,20}\\bcookies\\b.{0,20}").mayMatch("We use biscuits here")).isFalse();
    }

    @Test
    void candidatesAreTheRulesThatMightMatchInRuleOrder() throws RuleException {
        assertThat(prefilter("line a (home|menu)\nline b news\nline c .*\\bhome").candidates("Home")).containsExactly(0, 2);
    }

    @Test
    void unboundedRuleIsMatchedOnTheWholeBlock() throws RuleException {
        assertThat(prefilter("line url (https?://|www\\.)\\S+").mayMatch("https://" + "a".repeat(500))).isTrue();
    }

    @Test
    void textStartingAsARuleDoesIsPassed() throws RuleException {
        assertThat(prefilter("line nav (home|menu)").mayMatch("Menu")).isTrue();
    }

    @Test
    void firstCharacterCheckRejectsOtherStarts() throws RuleException {
        assertThat(prefilter("line nav (home|menu)").mayMatch("Xmenu")).isFalse();
    }

    @Test
    void aTextWithoutAnyLiteralStillPassesRulesThatNeedNone() throws RuleException {
        RulePrefilter filter = prefilter("line a [a-z]+\nline b .*\\bhome\nline c [a-z ]+\nline d [0-9]+");

        assertThat(filter.candidates("abc")).containsExactly(0, 2);
        assertThat(filter.candidates("123")).containsExactly(3);
        assertThat(filter.candidates("at home")).containsExactly(0, 1, 2);
    }

    /** Every line of the benchmark's text pages, against the project's own rules: no matching rule left out. */
    @Test
    void noRuleOfTheProjectThatMatchesALineIsLeftOut() throws Exception {
        java.util.List<Rule> lines = RuleLoader.load(java.nio.file.Path.of("rules")).all().stream()
                .filter(rule -> rule.kind().isRegex()).toList();
        java.util.Map<RuleKind, java.util.List<Rule>> byKind = new java.util.EnumMap<>(RuleKind.class);
        for (Rule rule : lines) byKind.computeIfAbsent(rule.kind(), k -> new java.util.ArrayList<>()).add(rule);
        java.util.Map<RuleKind, RulePrefilter> filters = new java.util.EnumMap<>(RuleKind.class);
        byKind.forEach((kind, rules) -> filters.put(kind, RulePrefilter.of(rules)));
        int matched = 0;
        try (var pages = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/bench/text"))) {
            for (java.nio.file.Path page : pages.sorted().limit(20).toList()) {
                String dump;
                try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(page))) {
                    dump = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                for (String line : dump.split("\n")) {
                    String text = line.strip();
                    for (var entry : byKind.entrySet()) {
                        int[] candidates = filters.get(entry.getKey()).candidates(text);
                        for (int r = 0; r < entry.getValue().size(); r++) {
                            if (!entry.getValue().get(r).matches(text)) continue;
                            matched++;
                            assertThat(candidates).as("%s rule %d on %s", entry.getKey(), r, text).contains(r);
                        }
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
