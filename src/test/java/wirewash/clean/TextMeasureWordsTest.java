package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextMeasure#words} reads a copy of the text's chars: it must cut the same words as the string read char by
 * char, as the earlier tokenizer (kept below as the plain path) did.
 */
class TextMeasureWordsTest {
    /** Chars that make and break words: ASCII, Latin-1, curly quotes, dashes, CJK, Hangul, a surrogate pair's halves. */
    private static final String ALPHABET = "aZ9 .,'\u2019\u201c\u2014\u00e9\u00c9\u00df\u0130\u03a3\u0416\u6771"
            + "\u3042\uac00\ud83d\ude00\ud840\udc0b\u00a0\t-";

    @Test
    void cutsWordsAsTheStringReadCharByChar() {
        assertThat(TextMeasure.words("Don\u2019t PANIC: \u00c9t\u00e9 in T\u014dky\u014d \u6771\u4eac 42's"))
                .containsExactly("don\u2019t", "panic", "\u00e9t\u00e9", "in", "t\u014dky\u014d", "\u6771", "\u4eac",
                        "42's");
        assertThat(TextMeasure.words("")).isEmpty();
    }

    @Test
    void cutsTheSameWordsAsThePlainPathOnRandomTexts() {
        Random random = new Random(47);
        for (int round = 0; round < 20_000; round++) {
            int length = random.nextInt(40);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(3) == 0
                        ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : (char) ('a' + random.nextInt(26) - (random.nextBoolean() ? 32 : 0)));
            }
            String value = text.toString();
            assertThat(TextMeasure.words(value)).as(value).isEqualTo(plainWords(value));
        }
    }

    /** The tokenizer as it read the string char by char (its count-only mode aside). */
    private static List<String> plainWords(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (c < 128) {
                if (!isAsciiWordChar(c)) {
                    i++;
                    continue;
                }
                i++;
            } else {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetterOrDigit(cp)) continue;
                if (TextMeasure.isCjk(cp)) {
                    out.add(text.substring(start, i));
                    continue;
                }
            }
            while (i < n) {
                c = text.charAt(i);
                if (c < 128) {
                    if (isAsciiWordChar(c)) {
                        i++;
                    } else if (c == '\'' && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                    continue;
                }
                int cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp) && !TextMeasure.isCjk(cp)) {
                    i += Character.charCount(cp);
                } else if (cp == '\u2019' && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
