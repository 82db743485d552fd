package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void detectsTheLanguageWithTheMostStopwords() {
        assertThat(Stopwords.detect(TextMeasure.words("Der Präsident sagte, dass die Truppen abziehen werden und nicht bleiben")).language())
                .isEqualTo("de");
        assertThat(Stopwords.detect(TextMeasure.words("The president said that the troops would leave")).language()).isEqualTo("en");
        assertThat(Stopwords.detect(List.of()).language()).isEqualTo(Stopwords.DEFAULT_LANGUAGE);
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertThat(Stopwords.forLanguage("xx").language()).isEqualTo("en");
        assertThat(Stopwords.forLanguage("en").contains("the")).isTrue();
    }
}
