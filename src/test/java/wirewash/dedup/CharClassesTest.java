package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharClassesTest {
    @Test
    void wordCharactersComeLowerCased() {
        assertThat(CharClasses.of('A')).isEqualTo('a');
        assertThat(CharClasses.of('7')).isEqualTo('7');
        assertThat(CharClasses.of('É')).isEqualTo('é');
        assertThat(CharClasses.of('П')).isEqualTo('п');
        assertThat(CharClasses.of('東')).isEqualTo('東');
    }

    @Test
    void apostrophesAndSeparators() {
        assertThat(CharClasses.of('\'')).isEqualTo(CharClasses.APOSTROPHE);
        assertThat(CharClasses.of('’')).isEqualTo(CharClasses.APOSTROPHE);
        assertThat(CharClasses.of(' ')).isEqualTo(CharClasses.SEPARATOR);
        assertThat(CharClasses.of('—')).isEqualTo(CharClasses.SEPARATOR);
        // NFKC makes these separators only: a space, three dots
        assertThat(CharClasses.of('\u00A0')).isEqualTo(CharClasses.SEPARATOR);
        assertThat(CharClasses.of('…')).isEqualTo(CharClasses.SEPARATOR);
    }

    @Test
    void charactersThatNeedTheWholeTextNormalisedAreSlow() {
        assertThat(CharClasses.of('½')).as("NFKC gives digits").isEqualTo(CharClasses.SLOW);
        assertThat(CharClasses.of('ﬁ')).as("NFKC gives letters").isEqualTo(CharClasses.SLOW);
        assertThat(CharClasses.of('\u0301')).as("combining mark").isEqualTo(CharClasses.SLOW);
        assertThat(CharClasses.of('\u1161')).as("Hangul jamo").isEqualTo(CharClasses.SLOW);
        assertThat(CharClasses.of('İ')).as("two-character lower case").isEqualTo(CharClasses.SLOW);
        assertThat(CharClasses.of('Σ')).as("final sigma").isEqualTo(CharClasses.SLOW);
        assertThat(CharClasses.of('\uD83D')).as("surrogate").isEqualTo(CharClasses.SLOW);
    }

    @Test
    void emojiAreSupplementarySeparators() {
        assertThat(CharClasses.isSeparator("🙂".codePointAt(0))).isTrue();
        assertThat(CharClasses.isSeparator("\uD835\uDC00".codePointAt(0))).as("mathematical bold A").isFalse();
        assertThat(CharClasses.isSeparator(' ')).as("BMP characters are the table's").isFalse();
    }
}
