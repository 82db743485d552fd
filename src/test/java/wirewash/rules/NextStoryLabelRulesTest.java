package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules take the lines an endless-scroll page prints over the next story it loads ("The next story",
 * "Next up", "Next in Science", "Also in World", "Read more Politics") for a next-link; story lines with the same words are matched by none.
 */
class NextStoryLabelRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"The next story", "THE NEXT ARTICLE", "Next up", "NEXT UP:", "Next in Science",
            "Next in World News", "Previous article", "Also in World", "Also in Opinion", "Read more Politics",
            "READ MORE Local News"})
    void nextStoryLabelsAreNextLinks(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "next-link", line);
    }

    /**
     * A prompt to read on ("Keep reading", "Continue reading") is an ad slot's kind of line, a break in the page: the
     * next-story step weighs a headline below it as it does one below an ad's label.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Keep reading", "KEEP READING", "Continue reading", "Continue Reading"})
    void promptsToReadOnAreAdvertisementLines(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "advertisement", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Next up for the club is a trip to Leeds on Saturday.",
            "The next story she wrote was about her mother.",
            "Next in line for the throne is the prince.",
            "Next in importance",
            "The next article of the treaty covers fishing rights.",
            "Also in attendance was the mayor.",
            "Also in Paris, police arrested two men on Sunday.",
            "Read more about the plan on the council's website."})
    void storyLinesWithTheSameWordsAreNoNextLinks(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
