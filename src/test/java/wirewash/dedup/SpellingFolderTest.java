package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingFolderTest {
    private final SpellingFolder folder = new SpellingFolder();

    @Test
    void britishSuffixesFoldToAmerican() {
        assertThat(folder.fold(List.of("colour", "organised", "analyse", "centres", "travelled", "programme")))
                .containsExactly("color", "organized", "analyze", "centers", "traveled", "program");
    }

    @Test
    void dayFirstDatesBecomeMonthFirst() {
        assertThat(folder.fold(List.of("on", "2nd", "jan", "2022"))).containsExactly("on", "january", "2", "2022");
    }

    @Test
    void shortWordsAreLeftAlone() {
        assertThat(folder.fold(List.of("your", "hour", "four", "there", "more"))).containsExactly("your", "hour",
                "four", "there", "more");
    }
}
