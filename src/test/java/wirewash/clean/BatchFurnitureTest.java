package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchFurnitureTest {
    @Test
    void namesBlocksFoundInEnoughDocumentsWithCaseAndPunctuationFolded() {
        BatchFurniture furniture = BatchFurniture.builder(3)
                .add(List.of("Sign up for our newsletter!"))
                .add(List.of("SIGN UP  for our newsletter"))
                .add(List.of("sign up for our newsletter", "Only here"))
                .build();
        assertThat(furniture.isFurniture("Sign up for our newsletter.")).isTrue();
    }

    @Test
    void countsABlockRepeatedInsideOneDocumentOnce() {
        BatchFurniture furniture = BatchFurniture.builder(2).add(List.of("Share", "Share", "Share")).build();
        assertThat(furniture.isFurniture("Share")).isFalse();
    }
}
