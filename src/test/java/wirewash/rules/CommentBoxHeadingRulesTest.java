package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped tail rules name the heading of a box of chosen reader posts ("Top comments", "Featured comments", "From
 * the comments", "What readers are saying"), which a site sets below the story or between its paragraphs, and a thread's count of the posts it
 * shows ("Showing 1-10 of 56 comments"); a story's sentence or subhead about comments or readers is matched by none.
 */
class CommentBoxHeadingRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Top comments", "TOP COMMENTS", "Featured comments", "Most liked comments",
            "Best of the comments", "From the comments", "Highlighted reader comments", "Editors' picks: comments",
            "Selected readers' comments", "Showing 1-10 of 56 comments", "Showing comments 1 to 20 of 312",
            "What readers are saying", "What our readers are saying"})
    void commentBoxHeadingsEndTheStoryOrHeadABox(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.TAIL, "comment-box", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What readers told us", "Readers respond", "What the readers said",
            "The top comments came from the mayor's office.",
            "Featured comments from the minister drew criticism on Monday.",
            "From the comments, it was clear he was angry.", "Showing 1-10 of 56 results",
            "What readers are saying about the new bridge", "Here is what readers are saying.",
            "Polls showing 40 to 45 of 100 seats for the party were wrong."})
    void storyLinesAboutCommentsAreNoHeading(String line) throws RuleException {
        ShippedRules.assertNamesNothing(line);
    }
}
