package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;

class PollBoxFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    private static final String MORE = "Work on the bridge is expected to start in the spring and to last about eighteen months.";

    private static LineRuleFilter rules() throws RuleException {
        return new LineRuleFilter(RuleFiltersTest.rules("line poll (reader )?poll|vote|view results|[\\d,]+ votes"));
    }

    @Test
    void removesTheQuestionAndAnswersBelowAPollHeading() throws RuleException {
        var page = Pages.run(Pages.text(STORY + "\n\nReader poll\nShould the bridge close?\nYes 58%\nNo 31%\nNot sure 11%"
                + "\nVote\n\n" + MORE), rules(), new PollBoxFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, MORE);
        assertThat(Pages.block(page, "Not sure 11%").removal().code()).isEqualTo("poll");
    }

    @Test
    void removesAPollWithoutAHeadingAboveItsButton() throws RuleException {
        var page = Pages.run(Pages.text(STORY + "\n\nShould the bridge close?\n\nAgree\n\nDisagree\n\nView results\n\n"
                + MORE), rules(), new PollBoxFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, MORE);
    }

    @Test
    void keepsASubheadingAboveThePollAndOneBelowItsButton() throws RuleException {
        var page = Pages.run(Pages.text(STORY + "\n\nThe long wait\n\nPoll\nShould the bridge close?\nYes\nNo\n"
                + "1,204 votes\n\nWhat comes next\n\n" + MORE), rules(), new PollBoxFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, "The long wait", "What comes next", MORE);
    }

    @Test
    void keepsAQuestionWithoutAnswersAndTheStorysSentencesAboutAPoll() throws RuleException {
        String about = "A poll of 1,204 residents found that 58 percent want the bridge closed.";
        var page = Pages.run(Pages.text(STORY + "\n\n" + about + "\n\nWhy now?\n\nVote\n\n" + MORE),
                rules(), new PollBoxFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, about, "Why now?", MORE);
    }

    @Test
    void keepsShortAnswersThatNoPollLineStandsBeside() throws RuleException {
        var page = Pages.run(Pages.text(STORY + "\n\nWill it reopen?\nYes\nNo\n\n" + MORE),
                rules(), new PollBoxFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, "Will it reopen?", "Yes", "No", MORE);
    }
}
