package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphWordsTest {
    private static final String PARAGRAPH = "The council voted on Tuesday to close the old bridge to lorries, and the "
            + "mayor said repairs would start in the spring once the money was found and the plans were agreed.";

    @Test
    void aParagraphSeenOnAnEarlierPageGetsItsWordsWithoutReadingThem() {
        ParagraphWords store = new ParagraphWords();
        Block first = Block.line(0, PARAGRAPH, 1);
        List<Block> unread = store.lend(List.of(first, Block.line(1, "Share", 1)));
        assertThat(unread).containsExactly(first);
        first.stopwordTally();
        store.keep(unread);
        assertThat(store.size()).isEqualTo(1);

        Block again = Block.line(0, new String(PARAGRAPH), 1);
        assertThat(store.lend(List.of(again))).isEmpty();
        assertThat(again.knownTally()).isSameAs(first.stopwordTally());
        assertThat(again.words()).isSameAs(first.words());
        assertThat(again.words()).isEqualTo(TextMeasure.words(PARAGRAPH));
    }

    @Test
    void aBlockWhoseWordsWereNotReadIsNotKept() {
        ParagraphWords store = new ParagraphWords();
        Block block = Block.line(0, PARAGRAPH, 1);
        store.keep(store.lend(List.of(block)));
        assertThat(store.size()).isZero();
    }

    @Test
    void aStoreFullOfCharsIsEmptiedAndFillsAgain() {
        ParagraphWords store = new ParagraphWords(10, 100, 50);
        for (String text : List.of("first paragraph of text", "second paragraph of text", "third paragraph text")) {
            Block block = Block.line(0, text, 1);
            List<Block> unread = store.lend(List.of(block));
            block.stopwordTally();
            store.keep(unread);
        }
        // 47 chars kept after two, 67 after three: the third emptied nothing (47 < 50), the next does
        assertThat(store.size()).isEqualTo(3);
        Block fourth = Block.line(0, "fourth paragraph of text", 1);
        List<Block> unread = store.lend(List.of(fourth));
        fourth.stopwordTally();
        store.keep(unread);
        assertThat(store.size()).isEqualTo(1);
    }
}
