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
