package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;

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
