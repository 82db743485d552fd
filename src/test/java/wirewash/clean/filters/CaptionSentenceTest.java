package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.clean.Pages;

class CaptionSentenceTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Fans celebrate after the final whistle.",
            "Jane Doe, left, and John Roe, right, speak in Paris, France, on Monday.",
            "Air pollution in Delhi remains \u201cunhealthy\u201d this week.",
            "Air pollution is once again surging in Delhi. It is part of a larger pollution problem in India.",
            "This satellite image from NASA shows fires detected near Delhi on Nov. 3, 2019."})
    void captionsReadAsCaptions(String text) {
        assertThat(CaptionSentence.DEFAULT.test(Pages.text(text).blocks().get(0))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\u201cWe got her,\u201d an officer said as the crowd cheered outside.",
            "The mayor said the bridge would reopen in the spring.",
            "However, the farmers kept burning their fields.",
            "In the north, however, warnings of extreme fire danger covered a large area.",
            "India's Supreme Court on Monday also issued an injunction against crop burning. Yet fires have continued, "
                    + "satellite images show, as the harvest in the north of the country comes to an end.",
            "Ford will display its first all-electric SUV at the Los Angeles auto show next week, marking the start of "
                    + "an avalanche of battery-powered vehicles coming to showrooms across the country over the next "
                    + "two years.",
            "Smoke over the city on Sunday morning"})
    void storyParagraphsDoNot(String text) {
        assertThat(CaptionSentence.DEFAULT.test(Pages.text(text).blocks().get(0))).isFalse();
    }

    @Test
    void countsSentencesUpToTwoAndMeasuresQuotations() {
        assertThat(CaptionSentence.sentences("One. Two. Three.")).isEqualTo(2);
        assertThat(CaptionSentence.sentences("Only one here.")).isEqualTo(1);
        assertThat(CaptionSentence.longestQuotation("He said \"we will go now\" and left")).isEqualTo(4);
        assertThat(CaptionSentence.longestQuotation("A \u201cquiet\u201d street")).isEqualTo(1);
        assertThat(CaptionSentence.longestQuotation("\u201cWe will go on")).isEqualTo(4);
    }
}
