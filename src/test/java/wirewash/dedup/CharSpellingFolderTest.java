package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharSpellingFolderTest {
    private final CharSpellingFolder folder = new CharSpellingFolder();
    private final SpellingFolder patterns = new SpellingFolder();

    private String fold(String token) {
        char[] word = token.toCharArray();
        int length = folder.fold(word, word.length);
        return length < 0 ? token : new String(word, 0, length);
    }

    @Test
    void foldsEachRuleInPlace() {
        assertThat(fold("colours")).isEqualTo("colors");
        assertThat(fold("organisation")).isEqualTo("organization");
        assertThat(fold("analysed")).isEqualTo("analyzed");
        assertThat(fold("centres")).isEqualTo("centers");
        assertThat(fold("travelling")).isEqualTo("traveling");
        assertThat(fold("2nd")).isEqualTo("2");
        assertThat(fold("21st")).isEqualTo("21");
    }

    @Test
    void leavesTokensNoRuleFits() {
        char[] word = "hour".toCharArray();
        assertThat(folder.fold(word, word.length)).isEqualTo(-1);
        assertThat(new String(word)).isEqualTo("hour");
        assertThat(fold("there")).as("a vowel before -re").isEqualTo("there");
        assertThat(fold("more")).isEqualTo("more");
        assertThat(fold("123rd")).isEqualTo("123rd");
        assertThat(fold("")).isEqualTo("");
    }

    @Test
    void agreesWithThePatternsOfSpellingFolder() {
        List<String> tokens = List.of("colour", "flavoured", "favourite", "honourable", "behaviours", "your", "hour",
                "four", "tour", "realise", "realisation", "advertisers", "paralyses", "analysing", "theatre", "metres",
                "acre", "genre", "ogre", "there", "where", "centre", "fibre", "travelled", "cancelling", "modeller",
                "councillors", "called", "killed", "ball", "2nd", "3rd", "11th", "101st", "1st", "s1st", "is", "ise",
                "rise", "wise", "praise", "mise", "noise", "arise", "yse", "ours", "ourselves", "café's", "naïveour",
                "ab\uD835\uDC00our", "\uD835\uDC00\uD835\uDC01re", "ärre", "xyre", "aeoure");
        for (String token : tokens) assertThat(fold(token)).as(token).isEqualTo(patterns.word(token).equals(token)
                || SpellingFolder.WORDS.containsKey(token) ? token : patterns.word(token));
    }

    private static long tail(String token) {
        long tail = 0;
        for (char c : token.toCharArray()) tail = tail << Byte.SIZE | CharSpellingFolder.tailByte(c);
        return tail;
    }

    @Test
    void theTailFilterLetsByEveryTokenARuleFolds() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(6);
        String[] endings = {"our", "ours", "oured", "ourite", "ourable", "ourless", "ise", "ised", "isation", "isations",
                "yse", "ysing", "re", "res", "lled", "lling", "llors", "st", "nd", "rd", "th", "ing", "ion", "e"};
        String letters = "abcdefghijklmnopqrstuvwxyzaeiouy'0123456789éß\uD835\uDC00";
        int folded = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder token = new StringBuilder();
            int length = random.nextInt(0, 6);
            for (int c = 0; c < length; c++) token.append(letters.charAt(random.nextInt(letters.length())));
            token.append(endings[random.nextInt(endings.length)]);
            char[] word = token.toString().toCharArray();
            if (folder.fold(word, word.length) >= 0) {
                folded++;
                assertThat(folder.mayFold(tail(token.toString()))).as(token.toString()).isTrue();
            }
        }
        assertThat(folded).isGreaterThan(10_000);
    }

    @Test
    void theTailFilterRulesOutCommonWords() {
        for (String word : List.of("the", "from", "and", "nothing", "said", "more", "there")) {
            assertThat(folder.mayFold(tail(word))).as(word).isFalse();
        }
    }
}
