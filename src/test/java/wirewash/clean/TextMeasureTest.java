package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMeasureTest {
    @Test
    void countsCjkCharactersAsHalfAWord() {
        assertThat(TextMeasure.wordCount("東京都は月曜日に新しい計画を発表した")).isEqualTo(9);
    }

    @Test
    void leavesWebAddressesOutOfAWordCountOutsideAddresses() {
        String line = "Link to this video https://www.example.com/news/local/Video-Shows-Dramatic-Rescue-565118282.html";
        assertThat(TextMeasure.wordCountOutsideAddresses(line)).isEqualTo(4);
        assertThat(TextMeasure.wordCountOutsideAddresses("Link to this video")).isEqualTo(4);
    }

    @Test
    void leavesOnlyTheAddressOutOfTextWithoutSpaces() {
        // Japanese sets no spaces between words: only the address goes, not the whole sentence around it.
        String line = "東京都は月曜日に新しい計画を発表した。詳細はhttps://www.metro.tokyo.lg.jp/plan/で公開されている。";
        assertThat(TextMeasure.wordCountOutsideAddresses(line))
                .isEqualTo(TextMeasure.wordCount(line.replace("https://www.metro.tokyo.lg.jp/plan/", "")));
    }

    @Test
    void countsWordsOutsideAddressesInLinearTime() {
        String blob = "data:image/png;base64," + "A".repeat(200_000) + " see https://example.com/x";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThat(TextMeasure.wordCountOutsideAddresses(blob)).isEqualTo(TextMeasure.wordCount(
                        blob.replace("https://example.com/x", ""))));
    }

    @Test
    void takesTheFullWidthStopAsTheEndOfASentence() {
        assertThat(TextMeasure.endsSentence("新しい計画を発表した。")).isTrue();
    }

    @Test
    void keepsAnInnerApostropheInAWord() {
        assertThat(TextMeasure.words("Don't stop")).containsExactly("don't", "stop");
    }

    @Test
    void wordsAreLowerCasedWithInnerApostrophes() {
        assertThat(TextMeasure.words("Kazakhstan’s CSTO, don't—stop")).containsExactly("kazakhstan’s", "csto", "don't", "stop");
    }

    @Test
    void asciiWordsOfATextStoredTwoBytesAChar() {
        // the curly quotes put the text past Latin-1; the words after them are made from their chars
        String text = "He said “Wait” — Then LEFT, café 42";

        List<String> words = TextMeasure.words(text);

        assertThat(words).containsExactly("he", "said", "wait", "then", "left", "café", "42");
        assertThat(words).allSatisfy(word -> assertThat(word).isEqualTo(new String(word.toCharArray())));
    }

    @Test
    void sentenceEndsLookPastClosingQuotes() {
        assertThat(TextMeasure.endsSentence("He said “no.”")).isTrue();
        assertThat(TextMeasure.endsSentence("Latest World News")).isFalse();
        assertThat(TextMeasure.endsSentence("We hope to see you soon! \uD83D\uDE42")).isTrue();
        assertThat(TextMeasure.endsSentence("Check them out below~\u2B07\uFE0F")).isFalse();
        assertThat(TextMeasure.endsSentence("Great news \uD83D\uDC4D\uD83C\uDFFD")).isFalse();
        assertThat(TextMeasure.endsSentence("Great news. \uD83D\uDC4D\uD83C\uDFFD")).isTrue();
        assertThat(TextMeasure.endsWithPeriod("What's happening?")).isFalse();
    }

    @Test
    void lowerCaseStartAndCapitalisedShare() {
        assertThat(TextMeasure.startsLowerCase("“said the man")).isTrue();
        assertThat(TextMeasure.startsLowerCase("2,000 troops")).isFalse();
        assertThat(TextMeasure.capitalisedShare("Vladimir Putin")).isEqualTo(1.0);
        assertThat(TextMeasure.hasWordCharacter("?? ??")).isFalse();
    }

    @Test
    void labelColonEndsAShortLabelThatOpensTheLine() {
        assertThat(TextMeasure.labelColon("Q: Favorite apps?", 4)).isEqualTo((1L << 32) | 1);
        assertThat(TextMeasure.labelColon("Closing price: $10", 4)).isEqualTo((13L << 32) | 2);
        assertThat(TextMeasure.labelColon("One two three four five: x", 4)).isEqualTo(-1);
        assertThat(TextMeasure.labelColon("Well, then: no", 4)).isEqualTo(-1);
        assertThat(TextMeasure.labelColon(": nothing", 4)).isEqualTo(-1);
        assertThat(TextMeasure.labelColon("no mark at all", 4)).isEqualTo(-1);
    }

    @Test
    void wordsAreLowerCasedLikeTheJdkDoes() {
        String text = "ÉCOLE Straße İstanbul MIXED case 2024 O'NEIL x'Y ΟΔΥΣΣΕΥΣ 東京 ﬁ";
        assertThat(TextMeasure.words(text)).containsExactly("école", "straße", "i̇stanbul", "mixed", "case", "2024", "o'neil",
                "x'y", "οδυσσευς", "東", "京", "ﬁ");
    }

    @Test
    void cjkTableAgreesWithTheScriptLookup() {
        for (int cp = 0; cp < Character.MIN_SUPPLEMENTARY_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean cjk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
            if (TextMeasure.isCjk(cp) != cjk) throw new AssertionError("code point " + Integer.toHexString(cp));
        }
        assertThat(TextMeasure.isCjk(0x20000)).isTrue();
    }

    @Test
    void startsWithAddressTakesASchemeOrWwwInAnyCase() {
        assertThat(TextMeasure.startsWithAddress(" HTTPS://example.com/a")).isTrue();
        assertThat(TextMeasure.startsWithAddress("www.example.com")).isTrue();
        assertThat(TextMeasure.startsWithAddress("see https://example.com")).isFalse();
        assertThat(TextMeasure.startsWithAddress("http")).isFalse();
    }

    @Test
    void lastWordsAreTheEndOfTheTextsWordsWhateverItsLength() {
        String text = "Officials said on Tuesday that the new bridge, long delayed, would open to".repeat(40)
                + " traffic and cyclists in";
        java.util.List<String> all = TextMeasure.words(text);
        java.util.List<String> last = TextMeasure.lastWords(text, 3);
        assertThat(last.size()).isGreaterThanOrEqualTo(3).isLessThan(all.size());
        assertThat(last).isEqualTo(all.subList(all.size() - last.size(), all.size()));
        assertThat(TextMeasure.lastWords("two words", 3)).containsExactly("two", "words");
        assertThat(TextMeasure.lastWords("東京都は月曜日に新しい計画を発表した".repeat(10), 2))
                .isEqualTo(TextMeasure.words("東京都は月曜日に新しい計画を発表した".repeat(10)));
    }

    @Test
    void countsTheWordsItWouldMakeWithoutMakingThem() {
        java.util.Random random = new java.util.Random(42);
        String[] pieces = {"The", "don't", "O'NEIL", "2024", " ", "  ", ", ", "—", "東", "京", "は", "école", "İstanbul",
            "x'", "'y", "https://example.com/a-b", "ﬁ", "ΟΔΥΣΣΕΥΣ", "\u00a0", "\n", "😀", "a1b2"};
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
            java.util.List<String> words = TextMeasure.words(text.toString());
            assertThat(TextMeasure.wordCount(text.toString())).as(text.toString()).isEqualTo(TextMeasure.length(words));
            for (int limit = 0; limit <= words.size() + 1; limit++) {
                assertThat(TextMeasure.tokenCount(text.toString(), limit)).isEqualTo(Math.min(limit, words.size()));
            }
        }
    }

    /**
     * Seeded texts of words in every case, digits, both apostrophes, CJK, supplementary chars and punctuation: the
     * words are those of a plain reading by code points, each run lower-cased by the JDK, and a tally's length is
     * theirs.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4})
    void wordsAreThoseOfAPlainReadingByCodePoints(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String chars = "aZqQ09 .,;'\u2019-\u00e9\u00c9\u00df\u0130\u0131\u03a3\u6771\u306f\u00a0\n\t\ud83d\ude00"
                + "\ud835\udc00\ud840\udc00\u0416\u212a\ufb01";
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(run % 10 == 0 ? 300 : 25); i > 0; i--) {
                text.append(chars.charAt(random.nextInt(chars.length())));
            }
            String value = text.toString();
            java.util.List<String> words = TextMeasure.words(value);
            assertThat(words).as(value).isEqualTo(plainWords(value));
            assertThat(Stopwords.Tally.of(words).length()).isEqualTo(TextMeasure.length(words));
        }
    }

    /** The words as the class documents them, read code point by code point, each run lowered by the JDK. */
    private static java.util.List<String> plainWords(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int start = i;
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) continue;
            if (TextMeasure.isCjk(cp)) {
                out.add(text.substring(start, i));
                continue;
            }
            while (i < text.length()) {
                int next = text.codePointAt(i);
                if (Character.isLetterOrDigit(next) && !TextMeasure.isCjk(next)) {
                    i += Character.charCount(next);
                } else if ((next == '\'' || next == '\u2019') && i + 1 < text.length()
                        && Character.isLetter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    @Test
    void tellsASecondSentenceFromAnAbbreviationRunningOn() {
        assertThat(TextMeasure.opensAnotherSentence("Mayor quits. Council to vote on Monday")).isTrue();
        assertThat(TextMeasure.opensAnotherSentence("Mayor quits. \"We failed,\" she says")).isTrue();
        assertThat(TextMeasure.opensAnotherSentence("Council vs. the mayor: the budget fight goes on")).isFalse();
        assertThat(TextMeasure.opensAnotherSentence("One sentence only.")).isFalse();
        assertThat(TextMeasure.opensAnotherSentence("Ends with a stop. ")).isFalse();
    }

    /** The regex-free split gives what {@code split("\\s+")} gave, on fixed and 50,000 seeded random texts. */
    @Test
    void splitsAtWhiteSpaceAsTheRegexDid() {
        String[] fixed = {"", " ", "  ", "a", " a", "a ", " a b  c ", "\t\n\u000B\f\r", "a\u00a0b c", "37 comments",
            "© 2005-2019 SlashGear,", "World \t News\n", "\u2028a b\u0085"};
        for (String text : fixed) {
            assertThat(TextMeasure.splitAtWhiteSpace(text)).as(text).containsExactly(text.split("\\s+"));
        }
        String alphabet = "aZ9 .,\t\n\r\u000B\f\u00a0\u0085\u2028\u2029\u3000©–-";
        java.util.Random random = new java.util.Random(44);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(TextMeasure.splitAtWhiteSpace(t)).as(t).containsExactly(t.split("\\s+"));
        }
    }
}
