package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name a reader poll's answer buttons and widget labels, and a "next story" label run on to the
 * headline it announces (two inline elements a text dump prints with no space between); story lines with the same
 * words are matched by none.
 */
class PollAndNextLabelRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LINE|poll|YesNoNot sure",
            "LINE|poll|Agree Disagree",
            "LINE|poll|Strongly agree Agree Neutral Disagree Strongly disagree",
            "LINE|poll|Vote now",
            "LINE|poll|View results",
            "LINE|poll|1,204 votes",
            "LINE|poll|Reader poll:",
            "TAIL|related-list|Up nextMuseum reopens after two-year renovation",
            "TAIL|related-list|Next storyWhy mortgage rates keep climbing",
            "TAIL|related-list|Read next“We were never told”: tenants speak out"})
    void pollButtonsAndRunOnNextLabelsAreFurniture(RuleKind kind, String code, String line) throws RuleException {
        ShippedRules.assertNames(kind, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Yes, no, not sure: voters gave every answer when asked about the stadium on Tuesday.",
            "No.",
            "Agree to disagree, the two leaders said after the talks.",
            "The vote was held on Tuesday.",
            "Next up is the budget, which the council will debate in March.",
            "Up next for the club is a trip to Leeds on Saturday."})
    void storyLinesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
