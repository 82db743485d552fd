package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBlocksTest {
    @Test
    void everyCharIsSpaceAsTheLibraryOrTheZeroWidthSpaceOrByteOrderMarkSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) continue;
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
            assertThat(TextBlocks.normaliseSpace("a" + c + c + "b")).as("char %04x", (int) c)
                    .isEqualTo(space ? "a b" : "a" + c + c + "b");
        }
    }

    /** Seeded texts of words and runs of every kind of space: each run is one space, none at the ends. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void runsOfSpaceCollapseToOneAndTheEndsAreTrimmed(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String chars = "ab.\u00e9\u4e2d \t\u00a0\u2009\u200b\ufeff\u3000\u001c\r";
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) text.append(chars.charAt(random.nextInt(chars.length())));
            String value = text.toString();
            StringBuilder expected = new StringBuilder();
            boolean pending = false;
            for (char c : value.toCharArray()) {
                boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
                if (space) {
                    pending = true;
                    continue;
                }
                if (pending && expected.length() > 0) expected.append(' ');
                expected.append(c);
                pending = false;
            }
            assertThat(TextBlocks.normaliseSpace(value)).as(value).isEqualTo(expected.toString());
        }
    }

    @Test
    void oneBlockPerLineWithBlankLinesCounted() {
        var blocks = TextBlocks.split("  first\u00a0 line \n\n\nsecond\nthird\n");
        assertThat(blocks).extracting(Block::text).containsExactly("first line", "second", "third");
        assertThat(blocks).extracting(Block::gapBefore).containsExactly(1, 2, 0);
    }

    @Test
    void eachLineKeepsTheColumnsOfWhiteSpaceBeforeIt() {
        var blocks = TextBlocks.split("   set in\n\tafter a tab\n  \tboth\nflush\n");
        assertThat(blocks).extracting(Block::indent).containsExactly(3, 8, 8, 0);
    }

    @Test
    void carriageReturnsAndInvisibleSpacesCollapseLikeSpaces() {
        var blocks = TextBlocks.split("a\u200b\u200bb\r\n\r\n c\u3000 d ");
        assertThat(blocks).extracting(Block::text).containsExactly("a b", "c d");
        assertThat(blocks).extracting(Block::gapBefore).containsExactly(1, 1);
    }

    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic. "
            + "Repairs will take a year, the mayor said. ";

    @Test
    void aFlatDumpIsCutIntoSentencesAndRunsOfCapitalisedWords() {
        String dump = "Home | World | UK | Business | Tech | Science Bridge To Close For A Year " + STORY.repeat(8)
                + "Related Topics Bridges Council Traffic Repairs Transport";
        var blocks = TextBlocks.split(dump);
        assertThat(blocks).extracting(Block::text).startsWith(
                "Home | World | UK | Business | Tech | Science Bridge To Close For A Year",
                "The council voted on Monday to close the old bridge to all traffic.",
                "Repairs will take a year, the mayor said.");
        assertThat(blocks).last().extracting(Block::text).isEqualTo(
                "Related Topics Bridges Council Traffic Repairs Transport");
        assertThat(blocks).extracting(Block::gapBefore).containsOnly(1, 0).first().isEqualTo(1);
        assertThat(blocks).extracting(Block::tag).containsOnly(TextBlocks.FLAT_SEGMENT_TAG);
        assertThat(String.join(" ", blocks.stream().map(Block::text).toList())).isEqualTo(dump.strip());
    }

    @Test
    void aLongParagraphStaysWholeOnAPageOfLines() {
        String paragraph = STORY.repeat(12).strip();
        StringBuilder page = new StringBuilder("Home\nNews\n\n");
        for (int i = 0; i < 10; i++) page.append("Short line ").append(i).append("\n");
        page.append("\n").append(paragraph).append("\n");
        assertThat(TextBlocks.split(page.toString())).extracting(Block::text).contains(paragraph);
        // a page of few lines cuts it: few lines, most of the text on long ones
        assertThat(TextBlocks.split("Home\nNews\n\n" + paragraph)).extracting(Block::text)
                .doesNotContain(paragraph).hasSize(2 + 24);
    }

    @Test
    void aRunOfCapitalisedWordsStaysWithTheSentenceItStartsAndASentenceOfOneRunStaysWhole() {
        assertThat(TextBlocks.titleRuns("Latest News Sport Weather Business Culture The mayor said so.", 6))
                .containsExactly("Latest News Sport Weather Business Culture", "The mayor said so.");
        assertThat(TextBlocks.titleRuns("Latest News Sport Weather The mayor said so.", 6))
                .containsExactly("Latest News Sport Weather The mayor said so.");
        assertThat(TextBlocks.titleRuns("Is An Oxygen Bar In Delhi Offering Fresh Air?", 6))
                .containsExactly("Is An Oxygen Bar In Delhi Offering Fresh Air?");
    }

    @Test
    void aFlatDumpThatRanThePagesTextsTogetherIsCutAtItsSeamsNotAtEachSentence() {
        String paragraph = "The council voted on Monday to close the old bridge. Repairs will take a year, the mayor"
                + " said, and the ferry will run every hour until then.";
        String dump = "HomeNewsSportWeather" + (paragraph).repeat(10) + "Top storiesMayor opens the new library";
        var blocks = TextBlocks.split(dump);
        assertThat(blocks).extracting(Block::text).containsExactly("Home", "News", "Sport", "Weather",
                paragraph, paragraph, paragraph, paragraph, paragraph, paragraph, paragraph, paragraph, paragraph,
                paragraph, "Top stories", "Mayor opens the new library");
        assertThat(blocks).extracting(Block::tag).containsOnly(TextBlocks.FLAT_SEGMENT_TAG);
    }

    @Test
    void aFlatDumpThatKeptItsSourcesWhiteSpaceIsCutAtItsRunsOfSpaces() {
        // one line of 1,071 chars once collapsed, the texts parted by the source's indentation: the headline, the story (935
        // chars, whole: below the length that is cut into sentences), a sidebar's teasers
        String story = "Характеристики бега можно увеличить за счет кодов. Это  стоит  проверить. ".repeat(13).strip();
        String dump = "   Главная » Интересное      Скайрим скорость бега как увеличить    " + story
                + "     Вам также может быть интересно    Интересное   0   Тарасун – молочная водка на молоке   ";
        var blocks = TextBlocks.split(dump);
        assertThat(blocks).extracting(Block::text).containsExactly("Главная » Интересное",
                "Скайрим скорость бега как увеличить", story.replace("  ", " "), "Вам также может быть интересно",
                "Интересное", "0", "Тарасун – молочная водка на молоке");
        assertThat(blocks).extracting(Block::tag).containsOnly(TextBlocks.FLAT_SEGMENT_TAG);
        // two spaces are a sentence's end typed so, not a seam
        assertThat(TextBlocks.spaceSeams("One.  Two.   Three", 0, 18, 3)).containsExactly("One. Two.", "Three");
    }

    @Test
    void aFlatDumpsShortLineIsCutAtItsSeamsOnly() {
        String story = STORY.repeat(30).strip();
        var blocks = TextBlocks.split("Send TipsTerms of ServicePrivacy Policy. Visit us\n" + story);
        assertThat(blocks).extracting(Block::text).startsWith("Send Tips", "Terms of Service",
                "Privacy Policy. Visit us", "The council voted on Monday to close the old bridge to all traffic.");
    }

    @Test
    void aDumpThatKeptItsSourcesWhiteSpaceHasNoWideGapsNorIndents() {
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 12; i++) dump.append("        <p>\n    \n            Paragraph ").append(i).append(".\n  \n\n");
        String text = dump.toString().replace("<p>", "");
        var blocks = TextBlocks.split(text);
        assertThat(blocks).hasSize(12);
        assertThat(blocks).extracting(Block::gapBefore).containsOnly(1);
        assertThat(blocks).extracting(Block::indent).containsOnly(0);
        // blank lines of only a carriage return are a CRLF file's, not indentation
        String lf = "Caption.\n\n\nOne.\nTwo.\n\n".repeat(12);
        assertThat(TextBlocks.split(lf.replace("\n", "\r\n"))).extracting(Block::gapBefore)
                .isEqualTo(TextBlocks.split(lf).stream().map(Block::gapBefore).toList()).contains(2);
    }

    @Test
    void aDumpThatKeptItsSourcesWhiteSpaceHasItsLinesCutAfterSmallLettersOnly() {
        StringBuilder dump = new StringBuilder("HomeNewsSport\n");
        for (int i = 0; i < 12; i++) dump.append("    \n  \n");
        dump.append("The grant to GiveWell was made in May.Related storiesMayor opens library\n");
        assertThat(TextBlocks.split(dump.toString())).extracting(Block::text).containsExactly("HomeNewsSport",
                "The grant to GiveWell was made in May.", "Related stories", "Mayor opens library");
    }
}
