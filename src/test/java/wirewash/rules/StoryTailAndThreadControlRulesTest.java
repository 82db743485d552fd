package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name the notes other sites print below a story (an opinion disclaimer in other words, the
 * author's contact line that names them, a tip line) and a comment thread's controls (its sort order, a post's
 * buttons, its replies and loader); story lines with the same words are matched by none, nor is a labelled
 * contributor line ("Contributing: Jane Doe"), which the benchmark's gold keeps as the story's.
 */
class StoryTailAndThreadControlRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "disclaimer;This column does not necessarily reflect the opinion of the editorial board or The Herald.",
            "disclaimer;Opinions expressed here are those of the writer.",
            "disclaimer;The opinions expressed in this commentary are solely those of the author.",
            "contact;Contact Tom O’Neill at toneill@herald.example.com or 555-0142.",
            "contact;Reach Jane Doe at jdoe@herald.example.com.",
            "contact;Have a news tip? Email tips@herald.example.com.",
            "contact;Got a story idea? Contact us at news@herald.example.com.",
            "contact;Have a tip?",
            "contact;Do you have information about this story? Contact Jane Doe at jdoe@herald.example.com.",
            "contact;Know something we should look into? Send us a tip at tips@herald.example.com.",
            "comment-meta;Sort by Newest",
            "comment-meta;Sort by: Best",
            "comment-meta;Newest first | Oldest first",
            "comment-meta;Reply",
            "comment-meta;Like 12",
            "comment-meta;Like (3)",
            "comment-meta;Reply · Report",
            "comment-meta;Report abuse",
            "comment-meta;4 replies",
            "comment-meta;View 3 more replies",
            "comment-meta;Load more comments",
            "comment-meta;Show more comments"})
    void tailNotesAndThreadControlsAreFurniture(String code, String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Contributing: Jane Doe",
            "Contributing to the fund were three local banks, the mayor said.",
            "The poll does not necessarily reflect the views of all voters, the pollster said.",
            "The views of residents are those of people who live with the noise every day.",
            "Contact with the crew was lost at 3 a.m., the coast guard said.",
            "Do you have any idea how hard this is? she asked the judge.",
            "Investigators want to know: who had information about the shipment?",
            "Sort the recycling by Tuesday, the council asked residents.",
            "Reply to the letter was expected within a month.",
            "Like many towns in the region, it has lost its bank."})
    void storyLinesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
