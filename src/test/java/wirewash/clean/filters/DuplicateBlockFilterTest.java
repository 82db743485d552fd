package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
