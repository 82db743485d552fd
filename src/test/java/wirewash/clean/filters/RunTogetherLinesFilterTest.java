package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;
import wirewash.rules.RuleSet;

class RunTogetherLinesFilterTest {
    private static final String LEDE = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    private static final String NEXT = "Engineers found cracks in two of the bridge's supports during an inspection last month.";
    private static final String PAYWALL = "Support local journalism for less than the price of a coffee a week. "
            + "Already a subscriber? Log in to continue reading.";

    private static RuleSet rules() throws RuleException {
        return RuleFiltersTest.rules("line subscribe support local journalism\\b.{0,80}\n"
                + "line subscribe already a subscriber\\?\n"
                + "line subscribe log in to continue reading\\.?\n"
                + "line cookie-notice (we|this site) uses? cookies\\b.{0,100}");
    }

    @Test
    void removesAParagraphEachSentenceOfWhichALineRuleRemoves() throws RuleException {
        var page = Pages.run(Pages.text(LEDE + "\n\n" + PAYWALL + "\n\n" + NEXT), new LineRuleFilter(rules()),
                new RunTogetherLinesFilter(rules()));
        assertThat(Pages.kept(page)).containsExactly(LEDE, NEXT);
        var removal = Pages.block(page, "Support local").removal();
        assertThat(removal.code()).isEqualTo("subscribe");
        assertThat(removal.origin()).isEqualTo("RunTogetherLinesFilter");
        assertThat(removal.detail()).startsWith("3 sentences").contains("test.rules:1", "test.rules:2", "test.rules:3");
    }

    @Test
    void keepsAParagraphWithOneSentenceNoRuleNames() throws RuleException {
        String story = "Already a subscriber? The council said the bridge would reopen in the spring.";
        var page = Pages.run(Pages.text(LEDE + "\n\n" + story + "\n\n" + NEXT), new LineRuleFilter(rules()),
                new RunTogetherLinesFilter(rules()));
        assertThat(Pages.kept(page)).containsExactly(LEDE, story, NEXT);
    }

    @Test
    void leavesLongParagraphsAndOnesOfTooManySentencesAlone() throws RuleException {
        RuleSet rules = rules();
        String seven = (PAYWALL + " ").repeat(3) + "Already a subscriber?";
        var many = Pages.run(Pages.text(LEDE + "\n\n" + seven + "\n\n" + NEXT), new LineRuleFilter(rules),
                new RunTogetherLinesFilter(rules));
        assertThat(Pages.kept(many)).contains(seven);
        var fewWords = Pages.run(Pages.text(LEDE + "\n\n" + PAYWALL + "\n\n" + NEXT), new LineRuleFilter(rules),
                new RunTogetherLinesFilter(rules, RunTogetherLinesFilter.DEFAULT_MAX_SENTENCES, 10,
                        RunTogetherLinesFilter.DEFAULT_MAX_SENTENCE_WORDS));
        assertThat(Pages.kept(fewWords)).contains(PAYWALL);
        var shortSentences = Pages.run(Pages.text(LEDE + "\n\n" + PAYWALL + "\n\n" + NEXT), new LineRuleFilter(rules),
                new RunTogetherLinesFilter(rules, RunTogetherLinesFilter.DEFAULT_MAX_SENTENCES,
                        RunTogetherLinesFilter.DEFAULT_MAX_WORDS, 5));
        assertThat(Pages.kept(shortSentences)).contains(PAYWALL);
    }

    @Test
    void takesAParagraphThatPrintsOneLineTwice() throws RuleException {
        String twice = "Already a subscriber? Log in to continue reading. Already a subscriber?";
        var page = Pages.run(Pages.text(LEDE + "\n\n" + twice + "\n\n" + NEXT), new LineRuleFilter(rules()),
                new RunTogetherLinesFilter(rules()));
        assertThat(Pages.kept(page)).containsExactly(LEDE, NEXT);
    }

    @Test
    void cutsSentencesAfterTheirClosingQuotesAndKeepsDecimalsWhole() {
        assertThat(RunTogetherLinesFilter.sentences("He said “go.” Then 2.5 more! Why? End", 10))
                .containsExactly("He said “go.”", "Then 2.5 more!", "Why?", "End");
        assertThat(RunTogetherLinesFilter.sentences("One. Two. Three.", 2)).containsExactly("One.", "Two. Three.");
    }
}
