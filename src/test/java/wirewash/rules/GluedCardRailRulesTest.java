package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name a rail of other stories' cards run together on one line (each card's age, reading time or
 * comment count followed by the next card's headline, twice or more) a related list; a story's paragraph that states
 * an age, even twice, ends its sentence there and is matched by none.
 */
class GluedCardRailRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Hospital unveils plan for winter shortages. A look at the numbers behind it. 17h ago Rail line sets record "
                    + "in record heat. Experts weigh in. Updated 1 days ago School board wins fight over the final vote.",
            "Council sets record in a bold redesign · Updated 11 days ago Transit strike doubles down on the long delay"
                    + " - 8 min read Housing plan opens door to local jobs · 7 mins ago League stumbles on local jobs",
            "Bridge cuts deal on the long delay. Why it matters now. 4 comments | Trade deal braces for the review "
                    + "panel. Experts weigh in. 12 comments Museum wins fight over winter shortages"})
    void cardsRunTogetherAreARelatedList(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "related-list", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The first call came in 2 hours ago. The second came 40 minutes ago, the police said on Monday.",
            "Jane Doe posted the video 3 hours ago. It had 400 comments by noon, and the mayor replied 2 hours ago."})
    void aStorysSentencesThatStateAnAgeAreNoRail(String paragraph) throws RuleException {
        ShippedRules.assertNamesNothing(paragraph);
    }
}
