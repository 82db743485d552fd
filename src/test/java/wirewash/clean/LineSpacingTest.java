package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineSpacingTest {
    /** Lines that sit together (a list) and paragraphs a blank line apart. */
    private static final String DUMP = "Home\nNews\nSport\nWeather\n\nHeadline of the story\n\nFirst paragraph.\n\n"
            + "Second paragraph.\n\nPicture label\nPhoto: Agency\n\nThird paragraph.\n\nRelated\nOne\nTwo\n";

    private static String doubleSpaced(String dump) {
        StringBuilder out = new StringBuilder();
        for (String line : dump.split("\n", -1)) out.append(line).append("\n\n");
        return out.toString();
    }

    @Test
    void aDoubleSpacedDumpSplitsWithTheGapsOfTheDumpItSpaced() {
        assertThat(TextBlocks.split(doubleSpaced(DUMP))).extracting(Block::gapBefore)
                .containsExactlyElementsOf(TextBlocks.split(DUMP).stream().map(Block::gapBefore).toList());
    }

    @Test
    void readsTheBlankLinesPutAfterEveryLine() {
        int[] gaps = {1, 1, 1, 1, 3, 3, 1, 3, 1, 1, 3};
        assertThat(new LineSpacing().spacing(gaps, gaps.length)).isEqualTo(1);
        assertThat(LineSpacing.meant(3, 1)).isEqualTo(1);
        assertThat(LineSpacing.meant(1, 1)).isZero();
        assertThat(LineSpacing.meant(5, 2)).isEqualTo(1);
    }

    @Test
    void aDumpOfParagraphsOneBlankLineApartKeepsItsGaps() {
        int[] gaps = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertThat(new LineSpacing().spacing(gaps, gaps.length)).isZero();
    }

    @Test
    void aShortDumpOfParagraphsWithOneWiderGapKeepsItsGaps() {
        // 12 lines one blank line apart but for one gap of three: 1 of 11 gaps is 9%, above the break share
        int[] gaps = {1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1};
        assertThat(new LineSpacing().spacing(gaps, gaps.length)).isZero();
        assertThat(TextBlocks.split("One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\n\n\nSix.\n\nSeven.\n\nEight.\n\n"
                + "Nine.\n\nTen.\n\nEleven.\n\nTwelve.")).extracting(Block::gapBefore)
                .containsExactly(1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void aDumpWithLinesThatTouchKeepsItsGaps() {
        int[] gaps = {1, 1, 3, 1, 3, 0, 1, 3, 1, 1, 3};
        assertThat(new LineSpacing().spacing(gaps, gaps.length)).isZero();
    }

    @Test
    void aDumpWhoseWideGapsDoNotFitASpacingKeepsItsGaps() {
        int[] gaps = {1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2};
        assertThat(new LineSpacing().spacing(gaps, gaps.length)).isZero();
    }

    @Test
    void aDumpThatWritesEveryBlankLineTwiceSplitsWithTheGapsOfTheDumpItDoubled() {
        String dump = DUMP + "\nFourth paragraph.\n\nFifth paragraph.\n\n\nA caption set apart.\n\n\nSixth paragraph.\n";
        StringBuilder doubled = new StringBuilder();
        for (String line : dump.split("\n", -1)) doubled.append(line).append(line.isEmpty() ? "\n\n" : "\n");
        // lines that touch still touch; a paragraph break is two blank lines, a caption's gap four
        assertThat(doubled.toString()).contains("First paragraph.\n\n\nSecond", "label\nPhoto: Agency",
                "set apart.\n\n\n\n\nSixth");
        assertThat(TextBlocks.split(doubled.toString())).extracting(Block::gapBefore)
                .containsExactlyElementsOf(TextBlocks.split(dump).stream().map(Block::gapBefore).toList());
    }

    @Test
    void aDumpWhoseBlankRunsAreNotMultiplesOfOneWidthKeepsItsGaps() {
        int[] gaps = {1, 0, 2, 0, 2, 3, 2, 0, 3, 2, 2, 3, 2, 0, 2};
        assertThat(new LineSpacing().blankLineUnit(gaps, gaps.length)).isEqualTo(1);
        int[] doubled = {1, 0, 2, 0, 2, 4, 2, 0, 2, 2, 2, 4, 2, 0, 2};
        assertThat(new LineSpacing().blankLineUnit(doubled, doubled.length)).isEqualTo(2);
    }
}
