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
}
