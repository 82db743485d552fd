package wirewash.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsciiTest {
    @Test
    void findsAnAsciiWordInEitherCase() {
        assertThat(Ascii.containsIgnoreCase("/NewsLetters/daily", "newsletter")).isTrue();
        assertThat(Ascii.containsIgnoreCase("/news/letter", "newsletter")).isFalse();
        assertThat(Ascii.containsIgnoreCase("ab", "abc")).isFalse();
        assertThat(Ascii.containsAnyIgnoreCase("/Sign-Up?x=1", "signup", "sign-up")).isTrue();
    }

    /** As a (?i) regex finds the word: the long s and the Kelvin sign fold to no ASCII letter. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void agreesWithACaseInsensitiveRegex(long seed) {
        Random random = new Random(seed);
        String chars = "signupSIGNUPnewslterNEWSLTR-/_?=\u017f\u212a\u0130\u0131x";
        Pattern pattern = Pattern.compile("(?i)(newsletter|sign-?up)");
        for (int t = 0; t < 5000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) text.append(chars.charAt(random.nextInt(chars.length())));
            if (random.nextInt(3) == 0) text.insert(random.nextInt(text.length() + 1), random.nextBoolean() ? "SiGn-Up" : "NEWSletter");
            String s = text.toString();
            assertThat(Ascii.containsAnyIgnoreCase(s, "newsletter", "signup", "sign-up")).as(s)
                    .isEqualTo(pattern.matcher(s).find());
        }
    }
}
