package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Label;
import wirewash.clean.Page;

class DuplicateBlockFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    private static final String OTHER = "Repairs are expected to take at least six months and cost the city two million.";

    @Test
    void removesTheSecondCopyOfAParagraph() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + OTHER + "\n" + STORY);
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, OTHER);
    }

    @Test
    void keepsTheRepeatedLinesOfAListThatIsTheStory() {
        // a week's meal plan serves a dish on several days
        String dish = "Asparagus and eggs with sweet potato and a teaspoon of olive oil";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nMonday\n" + dish + "\nTuesday\n" + dish);
        for (int i = 1; i < page.blocks().size(); i++) page.blocks().get(i).label(Label.STORY_LIST);
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).hasSize(5);
    }

    @Test
    void keepsARepeatedShortLine() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nWhat next?\n" + OTHER + "\nWhat next?");
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void keepsARepeatedQuestion() {
        String question = "What did the council tell you about the bridge and the repairs?";
        Page page = DenseProseRunFilterTest.labelled(question + "\n" + STORY + "\n" + question + "\n" + OTHER);
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void removesTheStoryRunIntoOneLineAfterItsParagraphs() {
        String copy = STORY + " " + OTHER;
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + OTHER + "\n" + copy);
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, OTHER);
        assertThat(page.blocks().get(2).removal().code()).isEqualTo(DuplicateBlockFilter.REASON);
    }

    @Test
    void keepsALongParagraphThatSharesOnlySomeOfItsWords() {
        String longer = STORY.replace(".", ",") + " and the mayor said the city would pay for a ferry in the meantime.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + OTHER + "\n" + longer);
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).hasSize(3);
    }

    private static final String QUOTED = "The bridge has carried traffic across the river for more than a century, "
            + "and engineers say the steel under the road has rusted so badly that it could fail in a hard winter "
            + "without warning, which is why the council acted now rather than waiting for the spring budget round.";
    private static final String QUOTE = "Engineers say the steel under the road has rusted so badly that it could "
            + "fail in a hard winter without warning, which is why the council acted now.";

    @Test
    void keepsAPullQuoteSetApartAFewParagraphsBelowItsSentence() {
        Page page = DenseProseRunFilterTest.labelled(QUOTED + "\n" + STORY + "\n" + OTHER + "\n" + QUOTE);
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void removesACopyWithAWordChangedAndAQuoteFarBelowItsSentence() {
        String copy = QUOTED.replace("hard winter", "cold winter");
        Page page = DenseProseRunFilterTest.labelled(QUOTED + "\n" + STORY + "\n" + copy);
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(QUOTED, STORY);

        StringBuilder text = new StringBuilder(QUOTED + "\n");
        for (int i = 0; i < DuplicateBlockFilter.DEFAULT_MAX_QUOTE_DISTANCE; i++) text.append(paragraph(i)).append('\n');
        Page far = DenseProseRunFilterTest.labelled(text + QUOTE);
        new DuplicateBlockFilter().process(far);
        assertThat(far.blocks().get(far.blocks().size() - 1).isKept()).isFalse();
    }

    @Test
    void aPageWithoutWordsChangesNothing() {
        Page page = DenseProseRunFilterTest.labelled("\u2014\n***\n\u2014");
        assertThat(new DuplicateBlockFilter().process(page)).isFalse();
        assertThat(new DuplicateBlockFilter().process(DenseProseRunFilterTest.labelled(""))).isFalse();
    }

    /** Many more runs than a table's default size: a copy of two paragraphs run into one line is still found. */
    @Test
    void findsAParagraphsCopyOnAPageOfManyParagraphs() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) text.append(paragraph(i)).append('\n');
        Page page = DenseProseRunFilterTest.labelled(text + paragraph(5) + " " + paragraph(6));
        new DuplicateBlockFilter().process(page);
        assertThat(page.kept()).hasSize(400);
        assertThat(page.blocks().get(400).removal().code()).isEqualTo(DuplicateBlockFilter.REASON);
    }

    private static String paragraph(int i) {
        return "Paragraph " + i + " of the report says the council spent " + i * 7 + " thousand on roads, " + i % 13
                + " bridges and " + i * 3 + " new lights in the year.";
    }
}
