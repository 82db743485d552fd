package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;

class InsetTeaserCardFilterTest {
    private static final String ABOVE = "The council voted on Monday to close the old river bridge to all traffic until the "
            + "repairs are done, after engineers found deep cracks in two of its stone arches.\n\n"
            + "Drivers will be sent along the ring road, which the council says adds ten minutes to most journeys "
            + "across the town centre during the morning rush.";
    private static final String BELOW = "Engineers expect the repairs to the bridge to take at least six months, the "
            + "council said, and the cost of the work on the arches is not yet known.\n\n"
            + "Shop owners near the bridge said the closure of the river crossing would keep customers away from the "
            + "town centre, and asked the council for help with their rents.";

    @Test
    void removesACardWithItsByline() {
        String card = "Orchestra cancels its summer tour of Asia\nBy Jane Doe\n"
                + "Musicians learned of the decision from a letter sent by the festival's organisers.";
        assertThat(keptText(ABOVE + "\n\n" + card + "\n\n" + BELOW)).doesNotContain("Orchestra", "Musicians", "Jane Doe")
                .contains("Engineers expect");
    }

    @Test
    void removesACardWithItsDateBelowTheSummary() {
        String card = "Hospital names a new head of its children's ward\n\n"
                + "Doctors welcomed the appointment after two years without a permanent leader.\n\nNov 19, 2019";
        assertThat(keptText(ABOVE + "\n\n" + card + "\n\n" + BELOW)).doesNotContain("Hospital", "Doctors");
    }

    @Test
    void removesACardOverTheStorysSubheading() {
        // the story goes on below the card under a subheading of its own, then its paragraphs
        String card = "Hospital names a new head of its children's ward\n\n"
                + "Doctors welcomed the appointment after two years without a permanent leader.\n\nNov 19, 2019";
        // (the paragraph under the subheading longer than a summary: a subheading over one sentence is a card's shape)
        String text = ABOVE + "\n\n" + card + "\n\nWhat the closure means for the town centre\n\n"
                + BELOW.replace("not yet known.", "not yet known, and the work could run on into the summer.");
        assertThat(keptText(text)).doesNotContain("Hospital", "Doctors", "Nov 19")
                .contains("What the closure means", "Engineers expect");
    }

    @Test
    void keepsAnUnmarkedHeadlineAndSentence() {
        // a subheading over a short paragraph, or an inline headline over the story's own sentence: no mark, no card
        String text = ABOVE + "\n\nFitzgerald equates firing to professional death sentence\n\n"
                + "But suddenly, they found her hidden in a basket where he forced her to stay.\n\n" + BELOW;
        assertThat(keptText(text)).contains("But suddenly");
    }

    @Test
    void removesALoneUnmarkedCardThatTakesUpNoneOfTheStorysWords() {
        String card = "Five Questions for Dev Whitcombe\n\n"
                + "The museum in Jarrow Quay say the decision over the mill came without warning.";
        assertThat(keptText(ABOVE + "\n\n" + card + "\n\n" + BELOW)).doesNotContain("Whitcombe", "Jarrow")
                .contains("Engineers expect");
        // one that takes up a word of the story's ("bridge") is its subheading over a short paragraph
        String section = "Five Questions for Dev Whitcombe\n\n"
                + "The museum in Jarrow Quay say the decision over the bridge came without warning.";
        assertThat(keptText(ABOVE + "\n\n" + section + "\n\n" + BELOW)).contains("Whitcombe", "Jarrow");
    }

    @Test
    void removesALoneUnmarkedCardWhoseHeadlineAloneTakesUpAWordOfTheStorys() {
        // "town" in the headline is the story's word by chance; the summary is about another town's match
        String card = "Watchdog to Review the Town Harbour Wall\n\n"
                + "The result leaves Tamworth Vale four points adrift with seven games to play.";
        assertThat(keptText(ABOVE + "\n\n" + card + "\n\n" + BELOW)).doesNotContain("Watchdog", "Tamworth")
                .contains("Engineers expect");
    }

    @Test
    void keepsASubheadingAndAShortParagraphAboutTheStory() {
        String text = ABOVE + "\n\nWhat the engineers found in the arches\nBy Jane Doe\n"
                + "The engineers found two deep cracks in the stone arches of the river bridge.\n\n" + BELOW;
        assertThat(keptText(text)).contains("What the engineers found", "two deep cracks");
    }

    @Test
    void keepsAQuestionOverItsAnswer() {
        String text = ABOVE + "\n\nQ: Why close the whole bridge for the repairs?\n\n"
                + "Both arches carry all four lanes of the bridge, the engineer said.\n\n" + BELOW;
        assertThat(keptText(text)).contains("Why close the whole bridge", "Both arches");
    }

    @Test
    void keepsAParagraphOfTwoSentences() {
        String text = ABOVE + "\n\nOrchestra cancels its summer tour of Asia\nBy Jane Doe\n"
                + "Musicians learned of it from a letter. They plan to play at home instead.\n\n" + BELOW;
        assertThat(keptText(text)).contains("Musicians learned");
    }

    @Test
    void keepsACardTheStoryDoesNotGoOnBelow() {
        String card = "Orchestra cancels its summer tour of Asia\nBy Jane Doe\n"
                + "Musicians learned of the decision from a letter sent by the festival's organisers.";
        assertThat(keptText(ABOVE + "\n\n" + card)).contains("Orchestra");
    }

    @Test
    void removesACardTheStoryGoesOnBelowWithNewNames() {
        // the paragraphs below bring in new people and places: a fifth of their words are the story's above, less
        // than the quarter a box a filter would end the page at needs, more than a card's own
        String card = "Orchestra cancels its summer tour of Asia\nBy Jane Doe\n"
                + "Musicians learned of the decision from a letter sent by the festival's organisers.";
        String below = "Residents near the bridge plan a protest at the council offices in the town centre on "
                + "Saturday, organisers said.\n\nLocal traders, publicans and market stallholders expect quieter "
                + "weekends until the work on the old crossing is finished in the spring.";
        String text = ABOVE + "\n\n" + card + "\n\n" + below;
        assertThat(keptText(text, new InsetTeaserCardFilter())).doesNotContain("Orchestra");
        assertThat(keptText(text, new InsetTeaserCardFilter(InsetTeaserCardFilter.DEFAULT_MAX_SUMMARY_WORDS,
                InsetTeaserCardFilter.DEFAULT_MAX_MARK_WORDS, InsetTeaserCardFilter.DEFAULT_MIN_STORY_WORDS,
                InsetTeaserCardFilter.DEFAULT_MAX_SHARED_SHARE, ResumedStory.DEFAULT_MIN_SHARED_SHARE,
                InsetTeaserCardFilter.DEFAULT_MIN_UNMARKED_CARDS)))
                .contains("Orchestra");
    }

    /** Three cards of other stories, a headline over one sentence each, none marked. */
    private static final String THREE_CARDS = "Orchestra cancels its summer tour of Asia\n\n"
            + "Musicians learned of the decision from a letter sent by the festival's organisers.\n\n"
            + "Hospital names a new head of its children's ward\n\n"
            + "Doctors welcomed the appointment after two years without a permanent leader.\n\n"
            + "Farmers warn of a poor apple harvest this year\n\n"
            + "A wet spring and a dry summer left many orchards with half their usual crop.";

    @Test
    void removesARunOfUnmarkedCardsUnderAHeadingOrNone() {
        for (String heading : new String[] {"", "Stories you may have missed\n\n", "Our picks\n\n"}) {
            String text = ABOVE + "\n\n" + heading + THREE_CARDS + "\n\n" + BELOW;
            assertThat(keptText(text)).as(heading).doesNotContain("Orchestra", "Doctors", "apple", "missed", "picks")
                    .contains("Drivers will be sent", "Engineers expect");
        }
    }

    @Test
    void removesARunOfCardsRightBelowAShortLede() {
        // the lede alone above the run: fewer words than one card needs above it, but a run of cards is a rail
        String lede = "The council voted on Monday to close the old river bridge to all traffic until the repairs are "
                + "done, after engineers found deep cracks in its arches.";
        assertThat(keptText(lede + "\n\n" + THREE_CARDS + "\n\n" + BELOW)).doesNotContain("Orchestra", "apple")
                .contains(lede, "Engineers expect");
        // one unmarked card there is a subheading over a short paragraph
        String one = "Orchestra cancels its summer tour of Asia\n\n"
                + "Musicians learned of the decision from a letter sent by the festival's organisers.";
        assertThat(keptText(lede + "\n\n" + one + "\n\n" + BELOW)).contains("Orchestra");
    }

    @Test
    void keepsTwoUnmarkedSectionsAndARunOfSectionsAboutTheStory() {
        // two subheadings over a sentence each, fewer than a run; three about the bridge share the story's words
        String two = "Orchestra cancels its summer tour of Asia\n\n"
                + "Musicians learned of the decision from a letter sent by the festival's organisers.\n\n"
                + "Hospital names a new head of its children's ward\n\n"
                + "Doctors welcomed the appointment after two years without a permanent leader.";
        assertThat(keptText(ABOVE + "\n\n" + two + "\n\n" + BELOW)).contains("Orchestra", "Doctors");
        String sections = "What the engineers found in the arches\n\n"
                + "The engineers found two deep cracks in the stone arches of the river bridge.\n\n"
                + "How long the bridge repairs will take\n\n"
                + "The council expects the repairs to the bridge to take at least six months.\n\n"
                + "Where the traffic from the bridge will go\n\n"
                + "Drivers will use the ring road around the town centre while the bridge is shut.";
        assertThat(keptText(ABOVE + "\n\n" + sections + "\n\n" + BELOW)).contains("two deep cracks", "ring road");
    }

    @Test
    void removesACardRightAboveTheStorysLastParagraph() {
        // one paragraph of the story below the card, then the page's furniture: the story resumed all the same
        String card = "Education\n\nHow Fernhill learned to love a pay freeze\n\n"
                + "It is the biggest setback for the scheme this year.";
        String last = "Engineers expect the repairs to the bridge to take at least six months, the council said, and "
                + "the cost of the work on the arches of the bridge is not yet known.";
        String text = ABOVE + "\n\n" + card + "\n\n" + last + "\n\nYou may also like\nOrchestra cancels its tour";
        assertThat(keptText(text)).doesNotContain("Fernhill", "biggest setback").contains("Engineers expect");
        // not so with that shape switched off
        assertThat(keptText(text, new InsetTeaserCardFilter(InsetTeaserCardFilter.DEFAULT_MAX_SUMMARY_WORDS,
                InsetTeaserCardFilter.DEFAULT_MAX_MARK_WORDS, InsetTeaserCardFilter.DEFAULT_MIN_STORY_WORDS,
                InsetTeaserCardFilter.DEFAULT_MAX_SHARED_SHARE, InsetTeaserCardFilter.DEFAULT_MIN_RESUMED_SHARE,
                InsetTeaserCardFilter.DEFAULT_MIN_UNMARKED_CARDS, InsetTeaserCardFilter.DEFAULT_MAX_UNMARKED_SHARED_SHARE,
                0))).contains("Fernhill");
    }

    @Test
    void keepsTheStorysParagraphUnderASubheadingAboveItsLastOne() {
        // a long line under a headline-like line, the last paragraph below it: the story's own paragraph, no summary
        String text = ABOVE + "\n\nSchools in Fernhill\n\nBy Jane Doe\n\n"
                + "Parents in Fernhill say the walk to the two primary schools would now take their young children "
                + "nearly half an hour each way.\n\n"
                + "Engineers expect the repairs to the bridge to take at least six months, the council said, and the "
                + "cost of the work on the arches of the bridge is not yet known.\n\nYou may also like";
        assertThat(keptText(text)).contains("Parents in Fernhill", "Engineers expect");
    }

    @Test
    void keepsTheBoxBelowALineBetweenTheSummaryAndTheLastParagraph() {
        // "About Jane Doe" below the summary heads the writer's box: its bio is no story resumed
        String card = "Orchestra cancels its summer tour of Asia\nBy Jane Doe\n"
                + "Musicians learned of the decision from a letter.\nAbout Jane Doe";
        String bio = "Jane Doe has covered the council, the bridge and the town centre for the paper since 2010, and "
                + "before that reported on the river towns for a radio station.";
        String text = ABOVE + "\n\n" + card + "\n\n" + bio + "\n\nYou may also like";
        assertThat(keptText(text)).contains("Orchestra", "Musicians");
    }

    private static String keptText(String text) {
        return keptText(text, new InsetTeaserCardFilter());
    }

    private static String keptText(String text, InsetTeaserCardFilter filter) {
        Page page = DenseProseRunFilterTest.labelled(text);
        filter.process(page);
        StringBuilder out = new StringBuilder();
        for (Block block : page.kept()) out.append(block.text()).append('\n');
        return out.toString();
    }
}
