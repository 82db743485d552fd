package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;
import wirewash.rules.RuleSet;

class ContentsListFilterTest {
    private static final String LEDE = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    private static final String NEXT = "Engineers found cracks in two of the bridge's supports during an inspection last month.";

    private static RuleSet rules() throws RuleException {
        return RuleFiltersTest.rules("line contents (table of )?contents|in this article:?|on this page\n"
                + "line navigation show more");
    }

    private static java.util.List<String> kept(String text) throws RuleException {
        var page = Pages.run(Pages.text(text), new LineRuleFilter(rules()), new ContentsListFilter());
        return Pages.kept(page);
    }

    @Test
    void removesTheItemsBelowAContentsHeadingUpToTheNextParagraph() throws RuleException {
        assertThat(kept(LEDE + "\n\nIn this article:\n1. Background\n2. What happens next\n3. Reaction\n\n" + NEXT))
                .containsExactly(LEDE, NEXT);
    }

    @Test
    void takesItemsSetApartByBlankLinesAndALineARuleTookInside() throws RuleException {
        var page = Pages.run(Pages.text(LEDE + "\n\nOn this page\n\nWhat we know\n\nTimeline\n\nShow more\n\n" + NEXT),
                new LineRuleFilter(rules()), new ContentsListFilter());
        assertThat(Pages.kept(page)).containsExactly(LEDE, NEXT);
        assertThat(Pages.block(page, "Show more").removal().code()).isEqualTo(ContentsListFilter.REASON);
    }

    @Test
    void endsATightListAtTheFirstBlankLine() throws RuleException {
        assertThat(kept(LEDE + "\n\nContents\nBackground\nReaction\n\nWhat happened\n" + NEXT))
                .containsExactly(LEDE, "What happened", NEXT);
    }

    @Test
    void stopsAtALineThatEndsASentence() throws RuleException {
        assertThat(kept(LEDE + "\n\nContents\nBackground\nRepairs will take a year.\n\n" + NEXT))
                .containsExactly(LEDE, "Repairs will take a year.", NEXT);
    }

    @Test
    void leavesALineBelowNoContentsHeading() throws RuleException {
        assertThat(kept(LEDE + "\n\nBackground\n\n" + NEXT)).containsExactly(LEDE, "Background", NEXT);
    }

    @Test
    void leavesTheLinesBelowAHeadingWithMoreThanTheMostItems() throws RuleException {
        var page = Pages.run(Pages.text(LEDE + "\n\nContents\nOne\nTwo\nThree\n\n" + NEXT), new LineRuleFilter(rules()),
                new ContentsListFilter(ContentsListFilter.DEFAULT_HEADING_REASONS, 10, 2));
        assertThat(Pages.kept(page)).containsExactly(LEDE, "One", "Two", "Three", NEXT);
    }
}
