package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;

class MarkedHeadlineRunFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
            + "Repairs are expected to take at least six months and cost the city about two million pounds.\n"
            + "Drivers have been told to use the ring road, which the council says will add ten minutes to a trip.\n"
            + "The bridge, which opened in 1902, carries about twenty thousand vehicles on an ordinary weekday.\n";
    private static final String END = "A public meeting on the plans will be held at the town hall next Thursday evening.\n";

    @Test
    void removesABulletedListAfterTheStory() {
        Page page = run(STORY + "» Storm leaves thousands without power overnight\n"
                + "» Police name man found dead in the river\n» Hospital waiting lists hit a record high\n");
        assertThat(keptText(page)).isEqualTo(STORY);
        assertThat(page.blocks().get(4).removal().code()).isEqualTo(MarkedHeadlineRunFilter.REASON);
    }

    @Test
    void removesARankedListUnderItsHeadingBetweenTwoParagraphs() {
        Page page = run(STORY + "Most read\n1. Storm leaves thousands without power overnight\n"
                + "2. Is the river safe to swim in this summer?\n3) Hospital waiting lists hit a record high\n" + END);
        assertThat(keptText(page)).isEqualTo(STORY + END);
    }

    @Test
    void removesHeadlinesEachFollowedByItsDateOrReadingTime() {
        Page dated = run(STORY + "Storm leaves thousands without power overnight\nMarch 3, 2019\n"
                + "Police name man found dead in the river\nNovember 8, 2019\n"
                + "Hospital waiting lists hit a record high\n21 minutes ago\n" + END);
        assertThat(keptText(dated)).isEqualTo(STORY + END);
        Page timed = run(STORY + "Storm leaves thousands without power overnight\n3 min read\n"
                + "Police name man found dead in the river\n5 Min. Lesezeit\n"
                + "Hospital waiting lists hit a record high\nRead time: 4 min\n");
        assertThat(keptText(timed)).isEqualTo(STORY);
    }

    @Test
    void removesAListWhoseHeadingARuleRemovedAlready() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "Read more\n• Storm leaves thousands without power overnight\n"
                + "• Police name man found dead in the river\n• Hospital waiting lists hit a record high\n" + END);
        page.blocks().get(4).remove(new wirewash.model.Reason("related-list", "rule", "Read more"));
        new MarkedHeadlineRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo(STORY + END);
    }

    @Test
    void pairsAHeadlineWithTheReadingTimeARuleRemovedAlready() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "Storm leaves thousands without power overnight\n3 min read\n"
                + "Police name man found dead in the river\n4 min read\n"
                + "Hospital waiting lists hit a record high\n2 min read\n" + END);
        for (int i = 5; i < 10; i += 2) page.blocks().get(i).remove(new wirewash.model.Reason("media", "rule", "min read"));
        new MarkedHeadlineRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo(STORY + END);
    }

    @Test
    void keepsTheStorysOwnListsAnnouncedUnheadedOrOfSentences() {
        String announced = STORY + "The roads that will close are:\n• The High Street from the station to the bridge\n"
                + "• Mill Lane between the school and the church\n• The old ring road north of the river\n" + END;
        assertKeepsAll(announced);
        String unheaded = STORY.substring(0, STORY.indexOf('\n') + 1)
                + "• The High Street from the station to the bridge\n• Mill Lane between the school and the church\n"
                + "• The old ring road north of the river\n" + STORY.substring(STORY.indexOf('\n') + 1) + END;
        assertKeepsAll(unheaded);
        String sentences = STORY + "Key points\n• The bridge will close on Monday for six months.\n"
                + "• Drivers must use the ring road instead.\n• A public meeting will be held next week.\n" + END;
        assertKeepsAll(sentences);
    }

    @Test
    void keepsAListThatIsTheWholePage() {
        String list = "» Storm leaves thousands without power overnight\n» Police name man found dead in the river\n"
                + "» Hospital waiting lists hit a record high\n» Festival organisers announce this year's line-up\n";
        assertKeepsAll(list);
    }

    @Test
    void tellsReadingTimesAndRanks() {
        assertThat(MarkedHeadlineRunFilter.isMeta("3 min read")).isTrue();
        assertThat(MarkedHeadlineRunFilter.isMeta("Updated Nov 3, 2019")).isTrue();
        assertThat(MarkedHeadlineRunFilter.isMeta("The minister spoke for 20 minutes")).isFalse();
        assertThat(MarkedHeadlineRunFilter.isMeta("Admiral Nelson")).isFalse();
        assertThat(MarkedHeadlineRunFilter.ranked("12) Headline")).isEqualTo(12);
        assertThat(MarkedHeadlineRunFilter.ranked("2019 was a year")).isEqualTo(-1);
        assertThat(MarkedHeadlineRunFilter.ranked("3 Hospital waiting lists hit a record high")).isEqualTo(3);
        assertThat(MarkedHeadlineRunFilter.ranked("2 'We had no choice', says the mayor")).isEqualTo(2);
        assertThat(MarkedHeadlineRunFilter.ranked("3 things we learned from the vote")).isEqualTo(-1);
    }

    @Test
    void removesAnUnheadedListOfBareRanksOnOtherSubjectsInTheStorysFirstPart() {
        // ranks printed bare, as a "Most read" box prints them in a cell of their own, its heading lost; its
        // headlines name nothing of the story around them
        String first = STORY.substring(0, STORY.indexOf('\n') + 1);
        String rest = STORY.substring(STORY.indexOf('\n') + 1);
        Page page = run(first + "1 Storm leaves thousands without power overnight\n"
                + "2 Police name man found dead in a quarry\n3 Hospital waiting lists hit a record high\n" + rest + END);
        assertThat(keptText(page)).isEqualTo(STORY + END);
    }

    @Test
    void keepsAnUnheadedRankedListOfTheStorysOwnWordsInItsFirstPart() {
        String first = STORY.substring(0, STORY.indexOf('\n') + 1);
        String rest = STORY.substring(STORY.indexOf('\n') + 1);
        assertKeepsAll(first + "1 The bridge closes to traffic on Monday\n2 Repairs to the bridge take six months\n"
                + "3 Drivers use the ring road instead\n" + rest + END);
    }

    @Test
    void aMetaLineStatesOnlyADateAnAgeOrAReadingTimeInAFewWords() {
        assertThat(MarkedHeadlineRunFilter.isMeta("3 min read")).isTrue();
        assertThat(MarkedHeadlineRunFilter.isMeta("5 Min. Lesezeit")).isTrue();
        assertThat(MarkedHeadlineRunFilter.isMeta("Read time: 4 minutes")).isTrue();
        assertThat(MarkedHeadlineRunFilter.isMeta("March 3, 2019")).isTrue();
        assertThat(MarkedHeadlineRunFilter.isMeta("Admin 5 posts")).isFalse(); // "min" inside a word is no minute
        // a paragraph below a headline is not read by the stamp patterns, whatever dates it holds
        assertThat(MarkedHeadlineRunFilter.isMeta("The council met on March 3, 2019 and again on April 9, 2019 to vote "
                + "on the plan, which passed by 5 min of debate.")).isFalse();
    }

    @Test
    void removesAnUnheadedListInTheStoryWhoseHeadlinesCarryTheirStamps() {
        // two headlines closed by their cards' ages: a site's list set between paragraphs, not the story's points
        Page page = run("The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
                + "▸ Storm leaves thousands without power - 11h ago\n▸ Police name man found dead in the river\n"
                + "▸ Hospital waiting lists hit a record high · 4h ago\n" + STORY.substring(STORY.indexOf('\n') + 1));
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void takesAMarkedHeadlineEndingInItsDateForAHeadline() {
        Page page = run(STORY + "On our radar\n→ League bets big on winter shortages | 10 Dec.\n"
                + "→ Storm scrambles to fix the final vote\n→ Farmers open the door to a surprise twist\n" + END);
        assertThat(keptText(page)).isEqualTo(STORY + END);
    }

    @Test
    void keepsTheStorysBulletPointsWithDatesInThem() {
        assertKeepsAll(STORY.substring(0, STORY.indexOf('\n') + 1) + "• The bridge closed on March 3, 2019\n"
                + "• Repairs began on April 9, 2019\n• The review was published on May 1, 2019\n"
                + STORY.substring(STORY.indexOf('\n') + 1));
    }

    private static void assertKeepsAll(String text) {
        Page page = run(text);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    private static Page run(String text) {
        Page page = DenseProseRunFilterTest.labelled(text);
        new MarkedHeadlineRunFilter().process(page);
        return page;
    }

    private static String keptText(Page page) {
        StringBuilder text = new StringBuilder();
        for (wirewash.clean.Block block : page.kept()) text.append(block.text()).append('\n');
        return text.toString();
    }

    @Test
    void readTimeLookedForItsDigitFirstMatchesTheWordCountFirstOnFixedAndRandomTexts() {
        List<String> fixed = List.of("5 min read", "5 Min. Lesezeit", "Lesezeit: 5 Minuten", "min read", "five min read",
                "Read in 5 minutes or so today here", "15 mins", "\u0665 min", "", "5", "admin 5", "5 admins");
        for (String text : fixed) {
            assertThat(MarkedHeadlineRunFilter.isReadTime(text)).as(text).isEqualTo(plainIsReadTime(text));
        }
        assertThat(MarkedHeadlineRunFilter.isReadTime("5 Min. Lesezeit")).isTrue();
        assertThat(MarkedHeadlineRunFilter.isReadTime("Read in 5 minutes or so today here")).isFalse();
        String[] pieces = {"5", "12", "\u0665", "min", "Min.", "MIN", "minutes", "read", "admin", "a", " ", "  ", ":",
                "\u00b7", "\uD835\uDFCE", "Lesezeit"};
        Random random = new Random(43);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(9); p >= 0; p--) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertThat(MarkedHeadlineRunFilter.isReadTime(t)).as(t).isEqualTo(plainIsReadTime(t));
        }
    }

    /** {@link MarkedHeadlineRunFilter#isReadTime} as it was before: words counted first, then a digit looked for. */
    private static boolean plainIsReadTime(String text) {
        if (TextMeasure.wordCount(text) > MarkedHeadlineRunFilter.DEFAULT_MAX_READ_TIME_WORDS) return false;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) digit = true;
        if (!digit) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        boolean inWord = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean letter = Character.isLetter(cp);
            if (letter && !inWord && lower.startsWith(MarkedHeadlineRunFilter.DEFAULT_MINUTE_PREFIX, i)) return true;
            inWord = letter;
            i += Character.charCount(cp);
        }
        return false;
    }
}
