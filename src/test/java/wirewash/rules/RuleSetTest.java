package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleSetTest {
    @Test
    void firstMatchGivesTheFirstWrittenRuleThatMatches() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules",
                "line share share\nline advertisement advertisement\nline other (share|advertisement)"));
        assertThat(rules.firstMatch(RuleKind.LINE, "Advertisement").origin()).isEqualTo("t.rules:2");
    }

    @Test
    void firstMatchIsNullWhenNoRuleMatchesTheWholeBlock() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line share share\nline ad advertisement"));
        assertThat(rules.firstMatch(RuleKind.LINE, "Share this story with a friend today")).isNull();
    }

    @Test
    void repeatedTextGetsTheSameRuleFromMemory() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line share share\nline ad advertisement"));
        rules.firstMatch(RuleKind.LINE, "Advertisement");
        assertThat(rules.firstMatch(RuleKind.LINE, "Advertisement").origin()).isEqualTo("t.rules:2");
    }

    @Test
    void aParagraphSeenAgainIsJudgedWithoutAScan() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules",
                "line ad advertisement\nline teaser .{20,600}read more\\W*\nbyline by by:? (\\p{L}+)"));
        String paragraph = "The council voted on Tuesday to close the old bridge to lorries, and the mayor said "
                + "repairs would start in the spring once the money was found and the plans were agreed. Read more";
        assertThat(paragraph.length()).isGreaterThan(TextVerdicts.DEFAULT_MAX_TEXT_CHARS);
        RuleText first = new RuleText(paragraph, true);
        assertThat(rules.firstMatch(RuleKind.LINE, first).origin()).isEqualTo("t.rules:2");
        assertThat(rules.firstMatch(RuleKind.BYLINE, first)).isNull();
        assertThat(first.found()).isNotNull();
        // the same paragraph printed again by another outlet: each kind's verdict is kept, nothing is scanned
        RuleText again = new RuleText(new String(paragraph), true);
        assertThat(rules.firstMatch(RuleKind.LINE, again).origin()).isEqualTo("t.rules:2");
        assertThat(rules.firstMatch(RuleKind.BYLINE, again)).isNull();
        assertThat(again.found()).isNull();
    }

    @Test
    void firstGroupIsTheRulesGroupAndIsKeptForAShortText() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules",
                "byline by by:? ((?-i:\\p{Lu})\\p{L}+( (?-i:\\p{Lu})\\p{L}+)?)\nbyline staff (staff|wire) report"));
        Rule by = rules.of(RuleKind.BYLINE).get(0);
        Rule staff = rules.of(RuleKind.BYLINE).get(1);
        assertThat(rules.firstGroup(by, "By Jane Doe")).isEqualTo("Jane Doe");
        assertThat(rules.groupsKept()).isEqualTo(1);
        assertThat(rules.firstGroup(by, "By Jane Doe")).isEqualTo("Jane Doe");
        assertThat(rules.groupsKept()).isEqualTo(1);
        // no match, and a rule whose group matched nothing: null, as the rule gives
        assertThat(rules.firstGroup(by, "by jane doe")).isNull();
        assertThat(rules.firstGroup(staff, "Staff report")).isEqualTo(staff.group("Staff report"));
        // the text kept for another rule is read by this one, not answered from what was kept
        assertThat(rules.firstGroup(staff, "By Jane Doe")).isNull();
        assertThat(rules.firstGroup(by, "By Jane Doe")).isEqualTo("Jane Doe");
    }

    @Test
    void firstGroupReadsButDoesNotKeepLongTextsOrOtherSetsRulesOrPastItsBound() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "byline by by:? ((?-i:\\p{Lu})\\p{L}+)(.*)"), 20, 2);
        Rule by = rules.of(RuleKind.BYLINE).get(0);
        assertThat(rules.firstGroup(by, "By Jane, who wrote this story for the paper")).isEqualTo("Jane");
        assertThat(rules.groupsKept()).isZero();
        Rule other = new RuleSet(RuleLoader.parse("o.rules", "byline by by:? ((?-i:\\p{Lu})\\p{L}+)"))
                .of(RuleKind.BYLINE).get(0);
        assertThat(rules.firstGroup(other, "By Jane")).isEqualTo("Jane");
        assertThat(rules.groupsKept()).isZero();
        assertThat(RuleSet.EMPTY.firstGroup(other, "By Jane")).isEqualTo("Jane");
        assertThat(RuleSet.EMPTY.groupsKept()).isZero();
        rules.firstGroup(by, "By Ann");
        rules.firstGroup(by, "By Bob");
        assertThat(rules.firstGroup(by, "By Cy")).isEqualTo("Cy");
        assertThat(rules.groupsKept()).isEqualTo(2);
    }
}
