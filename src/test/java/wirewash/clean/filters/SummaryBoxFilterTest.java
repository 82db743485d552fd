package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.rules.RuleException;
import wirewash.rules.RuleSet;
import wirewash.clean.Pages;

class SummaryBoxFilterTest {
    private static final String LEDE = "The council voted on Monday to close the old bridge to all traffic until the "
            + "repairs are done, after engineers warned that its supports could fail within months if nothing was done.";
    private static final String NEXT = "Engineers found cracks in two of the bridge's supports during an inspection "
            + "last month, and the city says the work will take most of next year and cost more than it planned.";
    private static final String MORE = "Drivers will be sent over the river by the ring road, which adds about ten "
            + "minutes to a trip into town at the busiest times of the day, the council said in a statement.";

    private static RuleSet rules() throws RuleException {
        return RuleFiltersTest.rules("line summary-box key points|what you need to know");
    }

    private static List<String> kept(String text) throws RuleException {
        var page = Pages.run(Pages.text(text), new ProseLabelFilter(), new LineRuleFilter(rules()),
                new SummaryBoxFilter());
        return Pages.kept(page);
    }

    @Test
    void removesABulletedBoxAboveTheStory() throws RuleException {
        assertThat(kept("Key points\n• The council voted to close the bridge.\n• Repairs will take a year.\n\n"
                + LEDE + "\n\n" + NEXT + "\n\n" + MORE)).containsExactly(LEDE, NEXT, MORE);
    }

    @Test
    void removesUnmarkedShortPointsUpToTheFirstParagraph() throws RuleException {
        assertThat(kept("What you need to know\n\nThe council voted to close the bridge.\n\nRepairs will take a year"
                + "\n\n" + LEDE + "\n\n" + NEXT + "\n\n" + MORE)).containsExactly(LEDE, NEXT, MORE);
    }

    @Test
    void endsATightUnmarkedBoxAtTheFirstBlankLine() throws RuleException {
        String shortLede = "The council closed the old bridge on Monday.";
        assertThat(kept("Key points\nRepairs will take a year.\nThe road stays open.\n\n" + shortLede + "\n\n" + NEXT
                + "\n\n" + MORE)).containsExactly(shortLede, NEXT, MORE);
    }

    @Test
    void endsAMarkedBoxAtTheFirstUnmarkedLine() throws RuleException {
        assertThat(kept("Key points\n- The council voted to close the bridge.\nBackground\n\n" + LEDE + "\n\n" + NEXT
                + "\n\n" + MORE)).containsExactly("Background", LEDE, NEXT, MORE);
    }

    @Test
    void givesBackAHeadingOverTheStorysParagraph() throws RuleException {
        assertThat(kept("What you need to know\n\n" + LEDE + "\n\n" + NEXT + "\n\n" + MORE))
                .containsExactly("What you need to know", LEDE, NEXT, MORE);
    }

    @Test
    void leavesAHeadingRightBelowTheStorysParagraph() throws RuleException {
        String shortParagraph = "A spokesman said the council would publish the full report next week.";
        assertThat(kept(LEDE + "\n\nKey points:\n\n" + shortParagraph + "\n\n" + NEXT + "\n\n" + MORE + "\n\n" + LEDE))
                .containsExactly(LEDE, "Key points:", shortParagraph, NEXT, MORE, LEDE);
    }

    @Test
    void removesABoxBelowTheStorysDeck() throws RuleException {
        String deck = "The repairs will take a year, and the council says the ring road will take the traffic.";
        assertThat(kept(deck + "\nKey points\n• The council voted to close the bridge.\n\n" + LEDE + "\n\n" + NEXT
                + "\n\n" + MORE)).containsExactly(deck, LEDE, NEXT, MORE);
    }

    @Test
    void leavesABoxBelowMostOfTheStory() throws RuleException {
        assertThat(kept(LEDE + "\n\n" + NEXT + "\n\n" + MORE + "\n\nKey points\n• Repairs will take a year.\n\n" + LEDE))
                .containsExactly(LEDE, NEXT, MORE, "Key points", "• Repairs will take a year.", LEDE);
    }
}
