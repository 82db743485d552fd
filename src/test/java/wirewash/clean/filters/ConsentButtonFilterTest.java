package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;

class ConsentButtonFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    private static final String NOTICE = "We use cookies to improve your experience. If you click “Accept”, you agree to their use.";

    private static LineRuleFilter rules() throws RuleException {
        return new LineRuleFilter(RuleFiltersTest.rules("line cookie-notice we use cookies\\b.*\n"
                + "line cookie-notice accept( all)?"));
    }

    @Test
    void removesTheButtonsNoRuleNamesRightBelowANotice() throws RuleException {
        var page = Pages.run(Pages.text(STORY + "\n\n" + NOTICE + "\nAccept\nSettings\n\n" + STORY),
                rules(), new ConsentButtonFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY);
        assertThat(Pages.block(page, "Settings").removal().code()).isEqualTo("cookie-notice");
    }

    @Test
    void takesQuotedButtonsButOnlyAFewBelowOneNotice() throws RuleException {
        var page = Pages.run(Pages.text(NOTICE + "\n“Agree”\n“Learn more”\nWith wire services\n\n" + STORY),
                rules(), new ConsentButtonFilter());
        assertThat(Pages.kept(page)).containsExactly("With wire services", STORY);
    }

    @Test
    void keepsAShortLineWithNoNoticeAboveItOrABlankLineBetween() throws RuleException {
        var page = Pages.run(Pages.text(STORY + "\nAgree\n\n" + NOTICE + "\n\nThe verdict\n" + STORY
                + "\nDisagree.\n"), rules(), new ConsentButtonFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, "Agree", "The verdict", STORY, "Disagree.");
    }
}
