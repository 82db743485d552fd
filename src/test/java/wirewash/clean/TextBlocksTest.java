package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBlocksTest {
    @Test
    void everyCharIsSpaceAsTheLibraryOrTheZeroWidthSpaceOrByteOrderMarkSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) continue;
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
            assertThat(TextBlocks.normaliseSpace("a" + c + c + "b")).as("char %04x", (int) c)
                    .isEqualTo(space ? "a b" : "a" + c + c + "b");
        }
    }

    @Test
    void oneBlockPerLineWithBlankLinesCounted() {
        var blocks = TextBlocks.split("  first\u00a0 line \n\n\nsecond\nthird\n");
        assertThat(blocks).extracting(Block::text).containsExactly("first line", "second", "third");
        assertThat(blocks).extracting(Block::gapBefore).containsExactly(1, 2, 0);
    }

    @Test
    void carriageReturnsAndInvisibleSpacesCollapseLikeSpaces() {
        var blocks = TextBlocks.split("a\u200b\u200bb\r\n\r\n c\u3000 d ");
        assertThat(blocks).extracting(Block::text).containsExactly("a b", "c d");
        assertThat(blocks).extracting(Block::gapBefore).containsExactly(1, 1);
    }
}
