package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.model.Reason;

class StrandedTailProseFilterTest {
    private static final String STORY = "The council voted on Monday to close the old Kingsway bridge to all traffic until the repairs "
            + "are done, after engineers found cracks in two of its steel supports during an inspection in the spring.";
    private static final String FORUMS = "Join our forums to keep talking about the latest news, and tell us what you think of it!";

    @Test
    void removesAParagraphStrandedBetweenPromptsBelowTheStory() {
        Page page = removed(story(6) + "Follow us on Twitter\nSign up for our newsletter\n" + FORUMS
                + "\nSubscribe now\n", new int[] {6, 7, 9}, "subscribe");
        new StrandedTailProseFilter().process(page);
        assertThat(page.blocks().get(8).removal().code()).isEqualTo(StrandedTailProseFilter.REASON);
        assertThat(page.kept()).hasSize(6);
    }

    @Test
    void keepsTheStorysLastParagraphBetweenATeaserCardAndAHeadlineList() {
        Page page = removed(story(6) + "Merriton Teen Wins National Award\nLocals are split, and the vote is next week.\n"
                + FORUMS + "\nStaff picks\n", new int[] {6, 7, 9}, "teaser");
        new StrandedTailProseFilter().process(page);
        assertThat(page.kept()).hasSize(7);
    }

    @Test
    void keepsTheStorysLastParagraphBelowAFigure() {
        Page page = removed(story(6) + "A photo's caption.\nJane Doe/AP\n" + FORUMS + "\nSubscribe now\n",
                new int[] {6, 7}, "caption");
        page.blocks().get(9).remove(new Reason("subscribe", "t.rules:2", "a prompt"));
        new StrandedTailProseFilter().process(page);
        assertThat(page.kept()).hasSize(7);
    }

    private static String story(int paragraphs) {
        return (STORY + "\n").repeat(paragraphs);
    }

    /** The page with the blocks at {@code lines} taken out for {@code code}, as rules or filters would. */
    private static Page removed(String text, int[] lines, String code) {
        Page page = DenseProseRunFilterTest.labelled(text);
        for (int line : lines) page.blocks().get(line).remove(new Reason(code, "t.rules:1", "furniture"));
        return page;
    }
}
