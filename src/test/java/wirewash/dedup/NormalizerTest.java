package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer();

    @Test
    void curlyApostropheAndStraightApostropheGiveTheSameToken() {
        assertThat(normalizer.tokens("Kazakhstan’s president")).isEqualTo(normalizer.tokens("Kazakhstan's president"))
                .containsExactly("kazakhstan's", "president");
    }

    @Test
    void curlyQuotesBecomeStraight() {
        assertThat(normalizer.normalize("‘terrorists’ said “no”")).isEqualTo("'terrorists' said \"no\"");
    }

    @Test
    void quotesAroundAWordAreDroppedFromItsToken() {
        assertThat(normalizer.tokens("foreign-backed ‘terrorists’.")).containsExactly("foreign", "backed", "terrorists");
    }

    @Test
    void everyDashBecomesAHyphen() {
        assertThat(normalizer.normalize("Russia\u2010led \u2013 alliance \u2014 troops \u2212 5"))
                .isEqualTo("russia-led - alliance - troops - 5");
    }

    @Test
    void nfkcFoldsCompatibilityCharacters() {
        assertThat(normalizer.normalize("ﬁnal ＣＳＴＯ ２０２２")).isEqualTo("final csto 2022");
    }

    @Test
    void lowerCaseIgnoresTheDefaultLocale() {
        assertThat(normalizer.normalize("ISTANBUL")).isEqualTo("istanbul");
    }

    @Test
    void whitespaceIsCollapsedAndTrimmed() {
        assertThat(normalizer.normalize("  one\u00A0\ttwo\n\nthree\u2003 ")).isEqualTo("one two three");
    }

    @Test
    void punctuationIsDroppedAndDigitsKept() {
        assertThat(new Normalizer(false).tokens("On Jan. 2, 19 million (CSTO) protested!"))
                .containsExactly("on", "jan", "2", "19", "million", "csto", "protested");
    }

    @Test
    void foldingMakesBritishAndAmericanCopyTheSameTokens() {
        assertThat(normalizer.tokens("Mr Smith's organisation, on 2 January, spent 5 per cent on defence colour"))
                .isEqualTo(normalizer.tokens("Mr. Smith's organization, on Jan. 2, spent 5 percent on defense color"));
    }

    @Test
    void emptyTextHasNoTokens() {
        assertThat(normalizer.tokens(" \n ")).isEmpty();
    }
}
