package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class DateLinesTest {
    @Test
    void statesAnAgeInAnyCaseAnywhereInTheLine() {
        assertThat(DateLines.statesAge("JohnnyB · 9 hours ago")).isTrue();
        assertThat(DateLines.statesAge("POSTED 3 DAYS AGO")).isTrue();
        assertThat(DateLines.statesAge("“Quoted” — 5 Minutes Ago")).as("a text of two bytes a char").isTrue();
        assertThat(DateLines.statesAge("😀 2 weeks aGo")).as("after a char beyond the BMP").isTrue();
        assertThat(DateLines.statesAge("")).isFalse();
        assertThat(DateLines.statesAge("9 hours")).isFalse();
        assertThat(DateLines.statesAge("nine hours ago")).as("no count").isFalse();
        assertThat(DateLines.statesAge("3 days ågo")).as("no other letter folds to an a").isFalse();
        assertThat(DateLines.statesAge("2 years agone, the 4 of us")).as("a longer word").isFalse();
    }

    @Test
    void findsDatesInCommonStyles() {
        assertThat(DateLines.find("11 January 2022, 13:54")).contains("2022-01-11");
        assertThat(DateLines.find("Tuesday, May 24, 2022")).contains("2022-05-24");
        assertThat(DateLines.find(" date 2022-01-11 Contributors")).contains("2022-01-11");
        // an ISO-like date some sites print without its leading zeros
        assertThat(DateLines.find("2019-6-9")).contains("2019-06-09");
        // an ISO time stamp, its time run on after a "T"; not a longer number's digits
        assertThat(DateLines.find("By Jane Doe - Staff Writer 2019-11-18T23:30:00Z Health")).contains("2019-11-18");
        assertThat(DateLines.find("Order 2019-11-185 shipped")).isEmpty();
        // a clock time a dump glued onto the year; not a longer number
        assertThat(DateLines.find("Nov 15, 20195:45 AM")).contains("2019-11-15");
        assertThat(DateLines.find("Published Tue, Nov 19 20197:05 AM EST")).contains("2019-11-19");
        assertThat(DateLines.find("19 Nov 201912:30")).contains("2019-11-19");
        assertThat(DateLines.find("Nov 15, 201955 votes")).isEmpty();
        assertThat(DateLines.find("Nothing here")).isEmpty();
        assertThat(DateLines.find("31 February 2022")).isEmpty();
    }

    @Test
    void findsNumericDatesWithTheYearLast() {
        assertThat(DateLines.find("20/11/2019 / 11:54 am")).contains("2019-11-20");
        assertThat(DateLines.find("11/19/2019 by Jane Doe")).contains("2019-11-19");
        assertThat(DateLines.find("13.11.2019, 23:06")).contains("2019-11-13");
        // both parts could be the month: a slash is read the US way, a dot the European way
        assertThat(DateLines.find("03/04/2019")).contains("2019-03-04");
        assertThat(DateLines.find("03.04.2019")).contains("2019-04-03");
        assertThat(DateLines.find("Mix 3/4 cup of flour, 2019 recipe")).isEmpty();
        assertThat(DateLines.leadingDateEnd("20/11/2019 11:54 Jane Doe")).isEqualTo(10);
    }

    @Test
    void recognisesRelativeTimes() {
        assertThat(DateLines.isRelativeTime("4 days ago")).isTrue();
        assertThat(DateLines.isRelativeTime("4 days ago the troops left")).isFalse();
    }

    @Test
    void findsWhereADateThatOpensTheLineEnds() {
        assertThat(DateLines.leadingDateEnd("20 Nov 2019 08:00 GMT")).isEqualTo(11);
        assertThat(DateLines.leadingDateEnd("Wednesday, November 20, 2019 Jane Doe")).isEqualTo(28);
        assertThat(DateLines.leadingDateEnd("Nov. 19, 2019, 8:41 AM UTC")).isEqualTo(13);
        assertThat(DateLines.leadingDateEnd("2019-11-20 08:00")).isEqualTo(10);
        assertThat(DateLines.leadingDateEnd("Jane Doe, November 20, 2019")).isEqualTo(-1);
        assertThat(DateLines.leadingDateEnd("Mayor defends the budget (2 November 2019)")).isEqualTo(-1);
        assertThat(DateLines.leadingDateEnd("31 February 2022")).isEqualTo(-1);
    }

    @Test
    void givesTheWordsBeforeALinesDate() {
        assertThat(DateLines.beforeDate("JohnnyB · 9 hours ago")).isEqualTo("JohnnyB ·");
        assertThat(DateLines.beforeDate("Jane Doe, November 20, 2019")).isEqualTo("Jane Doe,");
        assertThat(DateLines.beforeDate("Tue, 3 March 2024")).isEmpty();
        assertThat(DateLines.beforeDate("2 days ago at 07:50 am")).isEmpty();
        assertThat(DateLines.beforeDate("Jane Doe")).isNull();
    }

    @Test
    void knowsALineThatOnlyStampsAPostsTime() {
        assertThat(DateLines.isTimestamp("2 hours ago")).isTrue();
        assertThat(DateLines.isTimestamp("5h ago")).isTrue();
        assertThat(DateLines.isTimestamp("Yesterday")).isTrue();
        assertThat(DateLines.isTimestamp("Updated 3:45 PM")).isTrue();
        assertThat(DateLines.isTimestamp("2018-02-9")).isTrue();
        assertThat(DateLines.isTimestamp("Nov 3, 2019 at 9:10 am")).isTrue();
        assertThat(DateLines.isTimestamp("Posted on 12 March")).isTrue();
        assertThat(DateLines.isTimestamp("JohnnyB 9 hours ago")).isFalse();
        assertThat(DateLines.isTimestamp("Repairs and detours")).isFalse();
        assertThat(DateLines.isTimestamp("May the best team win")).isFalse();
    }

    @Test
    void readsAClockTimeWithoutItsMinutesOrWithAnHBetween() {
        assertThat(DateLines.isTimestamp("10 p.m.")).isTrue();
        assertThat(DateLines.isTimestamp("9pm")).isTrue();
        assertThat(DateLines.isTimestamp("11 a.m. ET")).isTrue();
        assertThat(DateLines.isTimestamp("10h42")).isTrue();
        assertThat(DateLines.isTimestamp("Updated 22H42 GMT")).isTrue();
        assertThat(DateLines.isTimestamp("10 people")).isFalse();
        assertThat(DateLines.isTimestamp("4 hours")).isFalse();
        assertThat(DateLines.isTimestamp("10 pm start")).isFalse();
    }

    @Test
    void knowsALineOfATimeOfDayAlone() {
        assertThat(DateLines.isClockTime("10:42 p.m. ET")).isTrue();
        assertThat(DateLines.isClockTime("Updated: 22.42")).isTrue();
        assertThat(DateLines.isClockTime("9pm")).isTrue();
        assertThat(DateLines.isClockTime("10h42")).isTrue();
        assertThat(DateLines.isClockTime("November 19, 2019 at 6:44 am")).isFalse();
        assertThat(DateLines.isClockTime("2 days ago at 07:50 am")).isFalse();
        assertThat(DateLines.isClockTime("Yesterday at 3:14 PM")).isFalse();
        assertThat(DateLines.isClockTime("10 people")).isFalse();
    }

    @Test
    void knowsAPostsTerseAge() {
        assertThat(DateLines.isPostStamp("5h")).isTrue();
        assertThat(DateLines.isPostStamp("10d")).isTrue();
        assertThat(DateLines.isPostStamp("3 w")).isTrue();
        assertThat(DateLines.isPostStamp("2mo")).isTrue();
        assertThat(DateLines.isPostStamp("Yesterday at 3:14 PM")).isTrue();
        assertThat(DateLines.isPostStamp("10d ago")).isTrue();
        assertThat(DateLines.isPostStamp("5 hours")).isFalse();
        assertThat(DateLines.isPostStamp("5h of sleep")).isFalse();
        assertThat(DateLines.isPostStamp("Reply")).isFalse();
        assertThat(DateLines.isPostStamp("on Sun & Mon)")).isFalse();
    }

    @Test
    void theWordTestSparesOnlyLinesThePatternsDoNotCover() {
        assertThat(DateLines.onlyStampVocabulary("Updated Wed, Sept. 3rd, 2024 at 9:10 a.m. AEDT")).isTrue();
        assertThat(DateLines.onlyStampVocabulary("5 hrs ago · Yesterday · just now · 2mos ago")).isTrue();
        assertThat(DateLines.onlyStampVocabulary("The council met on 3 March 2024")).isFalse();
        assertThat(DateLines.onlyStampVocabulary("3 März 2024")).isFalse();
        // long and non-ASCII words, and lines of real pages: a line the patterns cover always passes the word test
        List<String> lines = new ArrayList<>(List.of("Updated 3:45 PM", "Nov 3, 2019 at 9:10 am", "Posted on 12 March",
                "Thursday 12:00 BST", "2 days ago", "12 Sept 2019", "Saturday", "Wed.", "3:45 pm ET"));
        try (var pages = Files.list(Path.of("src/test/resources/bench/text"))) {
            for (Path page : pages.sorted().toList()) {
                try (var in = new GZIPInputStream(Files.newInputStream(page))) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) lines.add(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(20261205);
        String[] pieces = {"Updated", "posted", "ON", "at", "3", "12", "2024", "9:10", "a.m.", "PM", "pm", "GMT", "ET",
            "Sept.", "september", "MAY", "jun", "Wednesday", "thurs", "satday", "3rd", "21st", "5h", "2 hrs", "ago",
            "yesterday", "Today", "just", "now", "·", "|", ",", "-", "2024-03-05", "05/03/2024", "the", "Mayor",
            "é", "Jänner", "mins", "wks", "mo", "x", "AB", "ABCDEF"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            int words = 1 + random.nextInt(7);
            for (int w = 0; w < words; w++) line.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            lines.add(line.toString());
        }
        int covered = 0;
        for (String line : lines) {
            if (!DateLines.stampPartsCover(line)) continue;
            covered++;
            assertThat(DateLines.onlyStampVocabulary(line)).as(line).isTrue();
        }
        assertThat(covered).isGreaterThan(1_000);
    }

    @Test
    void aMonthIsNamedByARunOfLettersThatOpensWithItsFirstThree() {
        assertThat(DateLines.namesMonth("3 Sept. 2024")).isTrue();
        assertThat(DateLines.namesMonth("(NOVEMBER 20, 2019)")).isTrue();
        assertThat(DateLines.namesMonth("the 2019 budget")).isFalse();
        // "Sep" inside a word is no month's name, as the patterns read it
        assertThat(DateLines.namesMonth("a separate 2019 budget")).isTrue(); // "sep" opens "separate": still asked
        assertThat(DateLines.namesMonth("inseparable 2019")).isFalse();
        assertThat(DateLines.find("inseparable 20 2019")).isEmpty();
        assertThat(DateLines.beforeDate("Posted by Jane, 2 hours AGO")).isEqualTo("Posted by Jane,");
    }
    @Test
    void aPartIsFoundInEitherCaseAsInTheLoweredText() {
        assertThat(DateLines.statesUndatedPart("Posted YESTERDAY at 9")).isTrue();
        assertThat(DateLines.statesUndatedPart("Just Now")).isTrue();
        assertThat(DateLines.statesUndatedPart("justnow")).isFalse();
        assertThat(DateLines.statesUndatedPart("tod")).isFalse();
        assertThat(DateLines.statesUndatedPart("toDAY")).isTrue();
        assertThat(DateLines.statesUndatedPart("by the way, not now")).isFalse();
        // every char beyond ASCII: none lowers to a part's letter, so the answer is the lowered text's
        StringBuilder all = new StringBuilder();
        for (char c = 128; c < Character.MAX_VALUE; c++) all.append(c);
        Random random = new Random(20261205);
        String[] pieces = {"yesterday", "YESTERDAY", "Today", "toDAY", "just", "JUST", " now", "now", " ", "y", "J",
            "tod", "ay", "yes", "terday", "jus", "t n", "\u0130", "\u212A", "\u017F", "ſ", "Ÿ", "ÿ", "é"};
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(4) == 0) text.append(all.charAt(random.nextInt(all.length())));
                else text.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = text.toString();
            String lowered = line.toLowerCase(java.util.Locale.ROOT);
            assertThat(DateLines.statesUndatedPart(line)).as(line)
                    .isEqualTo(List.of("yesterday", "today", "just now").stream().anyMatch(lowered::contains));
        }
        // only the letters themselves, in either case, read as 'y' or 'j' with the lower-case bit set
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            char lower = (char) (c | 0x20);
            if (lower == 'y' || lower == 'j') assertThat(Character.toLowerCase(c)).isEqualTo(lower);
        }
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            String lowered = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
            for (String part : List.of("yesterday", "today", "just now")) {
                for (int k = 0; k < lowered.length(); k++) assertThat(part.indexOf(lowered.charAt(k))).isNegative();
            }
        }
    }

    @Test
    void statesTimeFindsADateOrTimeAmongOtherWords() {
        assertThat(DateLines.statesTime("Last updated: 5:21 AM ET")).isTrue();
        assertThat(DateLines.statesTime("Refreshed Nov 19, 2019")).isTrue();
        assertThat(DateLines.statesTime("Last updated: never")).isFalse();
        assertThat(DateLines.statesTime("Top 10 stories")).isFalse();
    }
}
