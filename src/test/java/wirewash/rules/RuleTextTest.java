package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTextTest {
    private static final String RULES = "line share share( this)?\n"
            + "line copyright .*all rights reserved\\.?\n"
            + "tail related related|more (news|stories)\n"
            + "caption photo .*\\((ap|reuters)\\)\n"
            + "byline by by [a-z]+( [a-z]+)?\n";

    @Test
    void givesEveryKindTheVerdictOfThePlainText() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", RULES));
        List<String> texts = List.of("Share this", "Share", "© 2024 Example News. All rights reserved.", "Related",
                "More stories", "A man walks past the ruins on Monday. (Reuters)", "By Jane Doe",
                "The council met on Monday to discuss the budget, and more news will follow.", "", "Ω");
        for (String text : texts) {
            RuleText scanned = new RuleText(text);
            for (RuleKind kind : List.of(RuleKind.LINE, RuleKind.TAIL, RuleKind.CAPTION, RuleKind.BYLINE)) {
                assertThat(rules.firstMatch(kind, scanned)).as(kind + " " + text)
                        .isSameAs(rules.firstMatch(kind, text));
            }
        }
    }

    @Test
    void keepsAVerdictWhenAskedAgain() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", RULES));
        RuleText text = new RuleText("Share this");
        Rule first = rules.firstMatch(RuleKind.LINE, text);
        assertThat(rules.firstMatch(RuleKind.LINE, text)).isSameAs(first);
        assertThat(first.origin()).isEqualTo("t.rules:1");
    }

    @Test
    void anotherRuleSetJudgesTheTextAfresh() throws RuleException {
        RuleSet shares = new RuleSet(RuleLoader.parse("t.rules", "line share share"));
        RuleSet none = new RuleSet(RuleLoader.parse("u.rules", "line home home"));
        RuleText text = new RuleText("Share");
        assertThat(shares.firstMatch(RuleKind.LINE, text)).isNotNull();
        assertThat(none.firstMatch(RuleKind.LINE, text)).isNull();
        assertThat(shares.firstMatch(RuleKind.LINE, text)).isNotNull();
    }

    @Test
    void aTextDumpsLineIsAlsoReadWithoutTheEmojiAndArrowsAtItsEnds() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", RULES));
        assertThat(rules.firstMatch(RuleKind.LINE, new RuleText("🎧 Share this ↗", true)).origin()).isEqualTo("t.rules:1");
        assertThat(rules.firstMatch(RuleKind.LINE, new RuleText("✉️ Share", true))).isNotNull();
        assertThat(rules.firstMatch(RuleKind.LINE, new RuleText("+ Share", true))).isNotNull();
        // an HTML block draws its icons apart from its text: read whole
        assertThat(rules.firstMatch(RuleKind.LINE, new RuleText("🎧 Share this ↗"))).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, new RuleText("Share this story with a friend →", true))).isNull();
    }

    @Test
    void anotherBlockWithTheSameTextGetsTheVerdictsKeptUnderIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", RULES));
        Rule share = rules.firstMatch(RuleKind.LINE, new RuleText("Share this"));
        assertThat(rules.firstMatch(RuleKind.TAIL, new RuleText("Share this"))).isNull();
        RuleText again = new RuleText(new String("Share this"));
        assertThat(rules.firstMatch(RuleKind.LINE, again)).isSameAs(share);
        assertThat(rules.firstMatch(RuleKind.TAIL, again)).isNull();
        // a line also read without its icons is not answered by the same text read whole, nor the other way round
        assertThat(rules.firstMatch(RuleKind.LINE, new RuleText("🎧 Share this ↗"))).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, new RuleText("🎧 Share this ↗", true))).isSameAs(share);
        assertThat(rules.firstMatch(RuleKind.LINE, new RuleText("🎧 Share this ↗"))).isNull();
    }

    @Test
    void trimsSymbolsOnlyNotWordsDigitsOrPunctuation() {
        assertThat(RuleText.withoutEndSymbols("📱 Read it in the app →")).isEqualTo("Read it in the app");
        assertThat(RuleText.withoutEndSymbols("A man walks past. (AP)")).isNull();
        assertThat(RuleText.withoutEndSymbols("Read more »")).isNull();
        assertThat(RuleText.withoutEndSymbols("→ ↗")).isNull();
        assertThat(new RuleText("→ Share").bare()).isNull();
        assertThat(new RuleText("→ Share", true).bare()).isEqualTo("Share");
    }
}
