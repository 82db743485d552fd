package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;

class StampedTeaserRunFilterTest {
    private static final String STORY = Pages.PROSE_1 + "\n\n" + Pages.PROSE_2 + "\n\n" + Pages.PROSE_3 + "\n\n"
            + "The council said the new budget would be put to a vote in the spring, after months of talks.";

    @Test
    void removesTeaserLinesEndingInTheirStampsAndTheirHeading() {
        var page = Pages.run(DenseProseRunFilterTest.labelled(Pages.PROSE_1 + "\n\nWorth your time\n"
                + "School board cuts deal on rising costs. A look at the numbers behind it. 21h ago\n"
                + "Housing plan doubles down on a surprise twist · 4 min read\n"
                + "Storm braces for the weekend crowds | 37 comments\n\n" + STORY), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_1, Pages.PROSE_2, Pages.PROSE_3,
                "The council said the new budget would be put to a vote in the spring, after months of talks.");
        assertThat(Pages.block(page, "Worth").removal().code()).isEqualTo(StampedTeaserRunFilter.REASON);
    }

    @Test
    void removesTeasersRunTogetherByBarsOnOneLine() {
        String glued = "Council rethinks the missing millions - Updated 7 days ago | Chip maker draws fire for new"
                + " rules · 25 March | Startup bets big on a surprise twist | Coach stumbles on record heat - 3h ago";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + glued), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).doesNotContain(glued);
    }

    @Test
    void readsAStampInACellOfItsOwnAfterItsHeadline() {
        String glued = "Trade deal bets big on a fresh start | Feb 15, 2019 | Coach stumbles on record heat | League sets"
                + " record in a second term | 37 mins ago";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + glued), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).doesNotContain(glued);
    }

    @Test
    void takesInCardsWithoutAStampBetweenStampedOnes() {
        String run = "Museum quietly drops its winter opening hours · 16h ago\nRail line unveils plan for the review panel\n"
                + "Pension fund doubles down on its biggest year yet · 8 min read\nSatellite bets big on the final vote";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + run + "\n\n" + Pages.PROSE_1), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).doesNotContain("Rail line unveils plan for the review panel",
                "Satellite bets big on the final vote");
    }

    @Test
    void leavesTheStorysShortParagraphBelowARun() {
        String run = "Museum quietly drops its winter opening hours · 16h ago\n"
                + "Pension fund doubles down on its biggest year yet · 8 min read";
        String after = "The vote is expected next week.";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + run + "\n" + after), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).contains(after);
    }

    @Test
    void removesOneStampedCardRunTogetherByBarsWithCardsThatPrintNone() {
        String glued = "Ferry operator cuts deal on winter fares. The numbers behind it. 4 comments | Harbour board braces"
                + " for the review. Inside the vote that split the town. | Library scrambles to fix its roof. Why it matters.";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + glued), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).doesNotContain(glued);
    }

    @Test
    void keepsARowOfDatesSetApartByABar() {
        String row = "29 November 2018 | 20 January 2019";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + row), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).contains(row);
    }

    @Test
    void removesHeadlinesRunTogetherAroundACardsStamp() {
        String glued = "Ferry operator cuts deal on winter fares 17h ago Harbour board braces for the review Library"
                + " scrambles to fix its leaking roof";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + glued), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).doesNotContain(glued);
    }

    @Test
    void removesHeadlineAndHookPairsRunTogetherAroundAReadingTime() {
        String glued = "Ferry Operator Cuts Deal On Winter Fares. Nobody expected it. Harbour board braces for the review."
                + " Here is what it means. 2 min Library scrambles to fix its roof. Readers are split.";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + glued), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).doesNotContain(glued);
    }

    @Test
    void keepsAStorySentenceWithAMeasureOrALabelledTimeInside() {
        // watts read as a terse age, a sentence that ends in a full stop, a reading time under its label's colon
        String watts = "The brand also sells car chargers, one with a 30W USB-C port and another with dual 18W USB-C"
                + " ports, but neither matches the rival's output.";
        String label = "Reading time: 1 minute Have you ever heard the musical toys of the group from the city";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + watts + "\n\n" + label),
                new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).contains(watts, label);
    }

    @Test
    void keepsStoryParagraphsThatEndInADateOrAnAge() {
        // reported speech and story sentences about newsletters, trends and apps, one ending in a date
        String a = "The newsletter, which now reaches 40,000 readers, was first sent on March 3, 2019";
        String b = "Downloads of the app trended upward after the launch, the company said. It was updated 3 days ago";
        String c = "Subscribers were told the price would rise. The change takes effect on 1 May";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + a + "\n\n" + c), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).contains(a, c);
        var single = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + b), new StampedTeaserRunFilter());
        assertThat(Pages.kept(single)).contains(b);
    }

    @Test
    void keepsATableOfShortCellsAndDates() {
        String rows = "Opening | March 3, 2019\nFinal | April 9, 2019\nReplay | May 1, 2019";
        var page = Pages.run(DenseProseRunFilterTest.labelled(STORY + "\n\n" + rows), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).contains("Opening | March 3, 2019", "Final | April 9, 2019");
    }

    @Test
    void keepsARunTheStoryDoesNotOutweigh() {
        String diary = "We walked to the lake and back before lunch. 3h ago\n"
                + "The rain stopped and we set off again along the ridge. 1h ago";
        var page = Pages.run(DenseProseRunFilterTest.labelled("A short note.\n\n" + diary), new StampedTeaserRunFilter());
        assertThat(Pages.kept(page)).contains("We walked to the lake and back before lunch. 3h ago");
    }

    @Test
    void rejectsAMinimumOfOneItem() {
        assertThatThrownBy(() -> new StampedTeaserRunFilter(1, 3, 40, 20, 150, 6, 6, List.of("comments")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minItems");
    }

    @Test
    void aTeaserEndsInACountOrAgeOnlyAfterEnoughWordsOfItsOwn() {
        StampedTeaserRunFilter filter = new StampedTeaserRunFilter();
        assertThat(filter.stamped("Storm braces for the weekend crowds 37 comments")).isTrue();
        assertThat(filter.stamped("Council budget vote delayed again 4 hours ago")).isTrue();
        assertThat(filter.stamped("Ferry operator doubles down on winter fares 18h ago")).isTrue();
        assertThat(filter.stamped("Library scrambles to fix its leaking roof 46 mins ago")).isTrue();
        // two words before the count: fewer than a teaser's three
        assertThat(filter.stamped("Weekend crowds 37 comments")).isFalse();
        assertThat(filter.stamped("Storm braces for the weekend crowds 37 people")).isFalse();
    }

    @Test
    void isCountWithItsDigitGateMatchesTheLoweredSplitOnFixedAndRandomTexts() {
        StampedTeaserRunFilter filter = new StampedTeaserRunFilter();
        List<String> fixed = List.of("37 comments", " 37 Comments\t", "37 COMMENTS", "37", "37 comments now",
                "ab 37 comments", "", "   ", "\u0663 comments", "\u0663\u0664 shares", "x37 comments", "\u00a037 replies",
                "37\u00a0comments", "\u0130 comments", "37 \u0130comments", "1 comment", "12  shares");
        for (String text : fixed) assertThat(filter.isCount(text)).as(text).isEqualTo(plainIsCount(text));
        assertThat(filter.isCount("37 comments")).isTrue();
        assertThat(filter.isCount(" 37 Comments\t")).isTrue();
        assertThat(filter.isCount("ab 37 comments")).isFalse();
        String[] pieces = {"1", "37", "\u0663", "comments", "Comments", "shares", "replies", "x", "\u0130", "\u03a3",
                " ", "  ", "\t", "\u00a0", "\u2003", "\uD835\uDFCE", "-", ""};
        Random random = new Random(43);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(5); p >= 0; p--) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertThat(filter.isCount(t)).as(t).isEqualTo(plainIsCount(t));
        }
    }

    @Test
    void lowerCasingNeverMakesADigitOfAChar() {
        // what isCount's gate rests on: a text whose first char is no digit does not start with one lowered
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isDigit(Character.toChars(cp)[0])) continue;
            String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
            assertThat(Character.isDigit(lower.charAt(0))).as("U+%04X", cp).isFalse();
        }
    }

    /** {@link StampedTeaserRunFilter#isCount} as it was before its gate: every text lowered and split. */
    private static boolean plainIsCount(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2 || parts[0].isEmpty()) return false;
        for (int i = 0; i < parts[0].length(); i++) if (!Character.isDigit(parts[0].charAt(i))) return false;
        return StampedTeaserRunFilter.DEFAULT_COUNT_WORDS.contains(parts[1]);
    }
}
