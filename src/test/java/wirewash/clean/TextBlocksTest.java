package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBlocksTest {
    @Test
    void oneBlockPerLineWithBlankLinesCounted() {
        var blocks = TextBlocks.split("  first\u00a0 line \n\n\nsecond\nthird\n");
        assertThat(blocks).extracting(Block::text).containsExactly("first line", "second", "third");
        assertThat(blocks).extracting(Block::gapBefore).containsExactly(1, 2, 0);
    }
}
