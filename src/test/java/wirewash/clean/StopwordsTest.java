package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopwordsTest {
    @Test
    void detectsGermanFromItsFunctionWords() {
        assertThat(Stopwords.detect(TextMeasure.words("Die Regierung hat am Montag mit der Opposition und den "
                + "Ländern über das Gesetz gesprochen")).language()).isEqualTo("de");
    }

    @Test
    void judgesChineseByCharactersWithoutAList() {
        assertThat(Stopwords.detect(TextMeasure.words("政府星期一宣布了新的计划")).isEmpty()).isTrue();
    }
}
