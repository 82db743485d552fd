package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
}
