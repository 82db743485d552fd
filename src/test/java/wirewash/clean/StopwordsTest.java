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
    void aTallyCountsAndDetectsAsTheTokensDo() {
        List<String> english = TextMeasure.words("The president said that the troops would leave by the end of May");
        List<String> german = TextMeasure.words("Die Truppen werden nicht bleiben, sagte er am Montag");
        Stopwords.Tally tally = Stopwords.Tally.of(english);
        assertThat(tally.tokens()).isEqualTo(english.size());
        for (String language : List.of("en", "de", "fr")) {
            Stopwords list = Stopwords.forLanguage(language);
            assertThat(list.count(tally)).as(language).isEqualTo(list.count(english));
        }
        List<String> both = new java.util.ArrayList<>(english);
        both.addAll(german);
        Stopwords.Tally sum = Stopwords.Tally.sum(List.of(tally, Stopwords.Tally.of(german)));
        assertThat(sum.tokens()).isEqualTo(both.size());
        assertThat(Stopwords.detect(sum)).isSameAs(Stopwords.detect(both));
        assertThat(Stopwords.forLanguage("de").count(sum)).isEqualTo(Stopwords.forLanguage("de").count(both));
    }

    @Test
    void aLanguageWithoutAListCountsNoStopwords() {
        Stopwords chinese = Stopwords.detect(TextMeasure.words("政府星期一宣布了新的计划"));
        assertThat(chinese.count(Stopwords.Tally.of(TextMeasure.words("the end of the day")))).isZero();
        assertThat(Stopwords.detect(Stopwords.Tally.sum(List.of())).language()).isEqualTo(Stopwords.DEFAULT_LANGUAGE);
    }

    @Test
    void everyWordOfEveryListIsCounted() {
        for (String language : Stopwords.languages()) {
            Stopwords list = Stopwords.forLanguage(language);
            List<String> words = List.copyOf(list.words());
            assertThat(list.count(Stopwords.Tally.of(words))).as(language).isEqualTo(words.size());
        }
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertThat(Stopwords.forLanguage("xx").language()).isEqualTo("en");
        assertThat(Stopwords.forLanguage("en").contains("the")).isTrue();
    }
}
