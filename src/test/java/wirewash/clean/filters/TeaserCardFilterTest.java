package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.model.Reason;

class TeaserCardFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    private static final String HEADLINE = "Tribune Publishing renames itself Tronc as its dispute with Gannett continues";

    @Test
    void removesALabelAndAHeadlinePrintedTwiceInTurn() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nBusiness\n" + HEADLINE + "\nBusiness\n" + HEADLINE
                + "\n" + STORY);
        new TeaserCardFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY);
        assertThat(page.blocks().get(1).removal().code()).isEqualTo(TeaserCardFilter.REASON);
    }

    @Test
    void removesTheSummaryPrintedRightBelowAHeadlinePrintedTwice() {
        String summary = "Among those who believe the press has value, the bid shows how little of it is left.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n\n" + HEADLINE + "\n" + HEADLINE + "\n" + summary
                + "\n\n" + STORY);
        page.blocks().get(1).remove(new Reason("caption", "t", "an image's label"));
        page.blocks().get(2).remove(new Reason("caption", "t", "its caption"));
        new TeaserCardFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY);
        assertThat(page.blocks().get(3).removal().code()).isEqualTo(TeaserCardFilter.REASON);
    }

    @Test
    void keepsAParagraphBelowAHeadlinePrintedTwiceInADumpWithNoBlankLines() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + HEADLINE + "\n" + HEADLINE + "\n" + STORY + "\n"
                + STORY);
        page.blocks().get(1).remove(new Reason("caption", "t", "an image's label"));
        page.blocks().get(2).remove(new Reason("caption", "t", "its caption"));
        new TeaserCardFilter().process(page);
        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void keepsALineRepeatedAloneAndTwoLinesRepeatedOutOfTurn() {
        Page once = DenseProseRunFilterTest.labelled(STORY + "\nWhat next?\n" + STORY + "\nWhat next?\n" + STORY);
        new TeaserCardFilter().process(once);
        assertThat(once.kept()).hasSize(5);
        Page apart = DenseProseRunFilterTest.labelled(STORY + "\nBusiness\n" + HEADLINE + "\n" + STORY + "\nBusiness\n"
                + HEADLINE);
        new TeaserCardFilter().process(apart);
        assertThat(apart.kept()).hasSize(6);
    }

    @Test
    void keepsParagraphsTheStoryPrintsTwice() {
        // prose printed twice is DuplicateBlockFilter's to judge
        String other = "Repairs are expected to take at least six months and cost the city two million.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + other + "\n" + STORY + "\n" + other);
        new TeaserCardFilter().process(page);
        assertThat(page.kept()).hasSize(4);
    }
}
