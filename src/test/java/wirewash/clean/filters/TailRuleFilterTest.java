package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class TailRuleFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    @Test
    void treatsAHeadingBeforeMostOfTheStoryAsABox() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list most popular"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nMost popular\nMayor defends the budget\n" + STORY
                + "\n" + STORY + "\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void cutsFromAHeadingAfterTheStoryToTheEnd() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list most popular"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nMost popular\n"
                + "Mayor defends the budget\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void treatsARelatedHeadingFollowedByMuchProseAsABox() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated\n"
                + "Mayor defends the budget\n" + STORY + "\n" + STORY);
        new TailRuleFilter(rules, 1, 0, 2.0, Set.of(), Set.of("related-list"), 30, 2, false).process(page);
        assertThat(page.kept()).hasSize(5);
    }

    @Test
    void cutsAtARelatedHeadingFollowedByATeaser() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated\n"
                + "Mayor defends the budget\n" + STORY + "\nCouncil to vote again\n" + STORY);
        new TailRuleFilter(rules, 1, 0, 2.0, Set.of(), Set.of("related-list"), 30, 2, false).process(page);
        assertThat(page.kept()).hasSize(3);
    }
}
