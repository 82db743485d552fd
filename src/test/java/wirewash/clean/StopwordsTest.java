package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopwordsTest {
    @Test
    void styleSheetsAndScriptsReadAsCodeAndProseDoesNotEvenWithABraceOrTwo() {
        assertThat(Stopwords.readsAsCode(".nav a{color:#333;padding:4px 8px}.menu li{display:none}".repeat(5)))
                .isTrue();
        assertThat(Stopwords.readsAsCode("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
                + "arguments);}gtag('js',new Date());gtag('config','UA-1');if(a){b();}else{c();}".repeat(3))).isTrue();
        String prose = "The report, which the council published on Tuesday, says the bridge {sic} needs repairs "
                + "before the winter comes, and that the library will open in the spring if the budget allows it.";
        assertThat(Stopwords.readsAsCode(prose + " " + prose)).isFalse();
        assertThat(Stopwords.readsAsCode("{a}{b}")).as("too short to say").isFalse();
    }

    @Test
    void detectsGermanFromItsFunctionWords() {
        assertThat(Stopwords.detect(TextMeasure.words("Die Regierung hat am Montag mit der Opposition und den "
                + "Ländern über das Gesetz gesprochen")).language()).isEqualTo("de");
    }

    @Test
    void namesKoreanByItsLettersAndJudgesItWithoutAList() {
        Stopwords korean = Stopwords.detect(TextMeasure.words("주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 경우가 흔하다."));
        assertThat(korean.language()).isEqualTo("ko");
        assertThat(korean.isEmpty()).isTrue();
    }

    @Test
    void namesKoreanWhenMostWordsAreHangulThoughEnglishFunctionWordsStandBeside() {
        Stopwords korean = Stopwords.detect(TextMeasure.words("What next for the book festival? 주말 밤 9시 MBC와 SBS는 "
                + "막장극의 대결로 붙는 경우가 흔하다. 주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 경우가 흔하다."));
        assertThat(korean.language()).isEqualTo("ko");
    }

    @Test
    void aTextOfNoListAndFewHangulWordsIsUndetermined() {
        assertThat(Stopwords.detect(TextMeasure.words("مرحبا بكم في الموقع 서울")).language()).isEqualTo("und");
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
    void choosesTheLanguageOnItsLongerWordsSoThatInitialsAndAScoreLinesDDoNotMakeEnglishFrench() {
        String scores = "Palm Bay d. Rockledge 70-44. Viera d. Rockledge 3-1. Viera (4-0): K. Hupfer 1 goal. L. Patikas "
                + "1 goal. J. Anasa 1 assist. A. Sanger 2 saves. Rockledge (3-1): C. Martinez 1 goal. D. Robbins 1 save. "
                + "Heritage (1-0): Armani Sheffield 19 points and 3 steals. The Panthers won on Tuesday.";
        assertThat(Stopwords.detect(TextMeasure.words(scores)).language()).isEqualTo("en");
        // French elides its articles to one letter, but writes longer function words too
        assertThat(Stopwords.detect(TextMeasure.words("L'équipe d'Aix a gagné le match de l'année contre celle de Nice, "
                + "qui n'a pas marqué")).language()).isEqualTo("fr");
        // one-letter words alone still choose
        assertThat(Stopwords.detect(List.of("d", "l", "x")).language()).isEqualTo("fr");
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

    /** Chars that fold or tokenise unusually: Turkish i's, sharp s, Greek sigmas, full-width, kana, supplementary. */
    private static final String ODD_CHARS = "iI\u0131\u0130\u00df\u1e9e\u03c3\u03c2\u03a3\u0451\u0401"
            + "\u00e9\u00c9\u00f8\u00e5\u00e4\u00f6\u00fc"
            + "\u00f1\u00e7\u0153\u00e6\u00b5\u212a\u017f\uff21\uff41\uff5a\u30fb\u304b\u30ab\u6f22\u30fc'\u2019-"
            + "\ud83d\ude00\ud835\udc00\ud840\udc00";

    /**
     * Seeded tokens from every list, changed the ways text changes them (case, Turkish case, a char dropped,
     * added or swapped for an odd one), mixed with random Unicode words and the tokens of random text: a tally
     * counts each list's stopwords as looking every token up in that list's set does (so neither the sketch that
     * skips the table nor the table misses a stopword or finds another word), and detects what the plain
     * per-language count detects.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aTallyCountsAndDetectsAsLookingEveryTokenUpInEachListDoes(long seed) {
        Random random = new Random(seed);
        List<String> stopwords = new ArrayList<>();
        for (String language : Stopwords.languages()) stopwords.addAll(Stopwords.forLanguage(language).words());
        java.util.Collections.sort(stopwords); // the lists are sets: an order of their own, not the hash's
        for (int round = 0; round < 300; round++) {
            List<String> tokens = new ArrayList<>();
            int size = random.nextInt(round % 10 == 0 ? 2000 : 60);
            for (int t = 0; t < size; t++) {
                String token = switch (random.nextInt(4)) {
                    case 0, 1 -> changed(stopwords.get(random.nextInt(stopwords.size())), random);
                    case 2 -> randomWord(random);
                    default -> {
                        List<String> words = TextMeasure.words(randomWord(random) + " " + randomWord(random));
                        yield words.isEmpty() ? "x" : words.get(0);
                    }
                };
                if (!token.isEmpty()) tokens.add(token);
            }
            Stopwords.Tally tally = Stopwords.Tally.of(tokens);
            assertThat(tally.tokens()).isEqualTo(tokens.size());
            for (String language : Stopwords.languages()) {
                Stopwords list = Stopwords.forLanguage(language);
                java.util.Set<String> words = list.words(); // the plain set, not the table the tally reads
                int expected = 0;
                for (String token : tokens) {
                    if (words.contains(token)) expected++;
                    assertThat(list.contains(token)).as("%s in %s", token, language).isEqualTo(words.contains(token));
                }
                assertThat(list.count(tally)).as("%s in %s", language, tokens).isEqualTo(expected);
                assertThat(list.count(tokens)).isEqualTo(expected);
            }
            assertThat(Stopwords.detect(tally).language()).as("%s", tokens).isEqualTo(detectedLanguage(tokens));
            int cut = tokens.isEmpty() ? 0 : random.nextInt(tokens.size() + 1);
            Stopwords.Tally sum = Stopwords.Tally.sum(List.of(Stopwords.Tally.of(tokens.subList(0, cut)),
                    Stopwords.Tally.of(tokens.subList(cut, tokens.size()))));
            assertThat(Stopwords.detect(sum)).isSameAs(Stopwords.detect(tally));
            for (String language : Stopwords.languages()) {
                Stopwords list = Stopwords.forLanguage(language);
                assertThat(list.count(sum)).isEqualTo(list.count(tally));
            }
        }
    }

    /** The language {@link Stopwords#detect} documents, by plain lookups in each list (the reference). */
    private static String detectedLanguage(List<String> tokens) {
        int cjk = 0;
        int kana = 0;
        for (String token : tokens) {
            if (token.length() <= 2 && TextMeasure.isCjk(token.codePointAt(0))) {
                cjk++;
                if (Character.UnicodeScript.of(token.codePointAt(0)) != Character.UnicodeScript.HAN) kana++;
            }
        }
        if (cjk * 2 > tokens.size()) return kana > 0 ? "ja" : "zh";
        int hangul = 0;
        for (String token : tokens) if (Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HANGUL) hangul++;
        if (hangul * 2 > tokens.size()) return "ko";
        List<String> longer = tokens.stream().filter(t -> t.length() > 1).toList();
        String best = Stopwords.DEFAULT_LANGUAGE;
        for (List<String> counted : List.of(longer, tokens)) { // the longer words first, all when they say nothing
            int bestCount = Stopwords.forLanguage(best).count(counted);
            for (String language : Stopwords.languages()) {
                int count = Stopwords.forLanguage(language).count(counted);
                if (count > bestCount) {
                    best = language;
                    bestCount = count;
                }
            }
            if (bestCount > 0) break;
        }
        int bestCount = Stopwords.forLanguage(best).count(tokens);
        if (!tokens.isEmpty() && bestCount < 0.02 * tokens.size()) return "und";
        return best;
    }

    private static String changed(String word, Random random) {
        int at = word.isEmpty() ? 0 : random.nextInt(word.length());
        String odd = oddChar(random);
        return switch (random.nextInt(9)) {
            case 0 -> word.toUpperCase(Locale.ROOT);
            case 1 -> word.toUpperCase(Locale.forLanguageTag("tr")).toLowerCase(Locale.ROOT);
            case 2 -> word.toUpperCase(Locale.ROOT).toLowerCase(Locale.forLanguageTag("tr"));
            case 3 -> word.substring(0, at) + word.substring(Math.min(word.length(), at + 1));
            case 4 -> word.substring(0, at) + odd + word.substring(at);
            case 5 -> word.substring(0, at) + odd + word.substring(Math.min(word.length(), at + 1));
            case 6 -> word + word.charAt(word.length() - 1);
            default -> word;
        };
    }

    private static String randomWord(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            out.append(random.nextInt(3) == 0 ? oddChar(random) : String.valueOf((char) ('a' + random.nextInt(26))));
        }
        return out.toString();
    }

    /** One char of {@link #ODD_CHARS}, a surrogate pair whole. */
    private static String oddChar(Random random) {
        int[] codePoints = ODD_CHARS.codePoints().toArray();
        return Character.toString(codePoints[random.nextInt(codePoints.length)]);
    }
}
