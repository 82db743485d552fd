package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.model.Reason;

class ResumedStoryTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the "
            + "repairs are done, and drivers will have to take the ring road.";
    private static final String BOX = "Scores\nRovers 2\nUnited 1\nFinal";

    /** A page of {@link #STORY}, the box, then {@code below}, labelled. */
    private static Page page(String below) {
        return DenseProseRunFilterTest.labelled(STORY + "\n\n" + BOX + "\n\n" + below);
    }

    /** Index of the box's last line. */
    private static final int BOX_END = 4;

    @Test
    void theStoryGoesOnInTwoParagraphsInARowAboutItsSubject() {
        Page page = page("The council said the repairs to the old bridge would take until the spring.\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isTrue();
    }

    @Test
    void readersPostsAboutThemselvesDoNotCarryTheStoryOn() {
        Page page = page("I moved here from the city last year and honestly people in this town complain a lot.\n\n"
                + "Totally agree with you, my neighbours are just the same and they never stop moaning.");
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isFalse();
    }

    @Test
    void teasersPrintedLineUnderLineAreNoParagraphsSetApart() {
        // a story's words, but no blank line between: a list of teasers under their headlines
        Page page = page("The council said the repairs to the old bridge would take until the spring.\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isFalse();
    }

    @Test
    void onlyTheFirstPairIsJudged() {
        // two readers' posts in a row first, the story's words further down: the comments, not the story
        Page page = page("I moved here from the city last year and honestly people in this town complain a lot.\n\n"
                + "Totally agree with you, my neighbours are just the same and they never stop moaning.\n\nReply\n\n"
                + "The council said the repairs to the old bridge would take until the spring.\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isFalse();
    }

    @Test
    void judgingMorePairsFindsTheStoryBelowATeasersSummaryInARowWithItsParagraph() {
        // a box's last teaser summary right above the story's next paragraph: the first pair takes up few of the
        // story's words; the pair below it is the story's
        String below = "Tickets for the summer jazz festival in the park go on sale online next week, and organisers "
                + "expect thousands of visitors from across the region, with food stalls, funfair rides, a brass "
                + "band competition and fireworks over the lake on the closing night.\n\n"
                + "The council said the repairs to the old bridge would take until the spring.\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.";
        ResumedStory morePairs = ResumedStory.judging(3, ResumedStory.DEFAULT_MIN_LONG_PARAGRAPH_WORDS,
                ResumedStory.DEFAULT_MAX_HEADER_LINES);
        assertThat(ResumedStory.DEFAULT.below(page(below), BOX_END)).isFalse();
        assertThat(morePairs.below(page(below), BOX_END)).isTrue();
    }

    @Test
    void twoLongParagraphsPrintedLineUnderLineUnderASubheadingCarryTheStoryOn() {
        // a section of the story printed as one text run under its subheading: no blank line, but each paragraph
        // longer than a card's summary
        String first = "The council said the repairs to the old bridge would take until the spring at the earliest, "
                + "and that the traffic that used to cross it would go through the town centre until then, while the "
                + "engineers who found the cracks kept working.";
        String second = "Drivers who cross the bridge every day said the traffic on the ring road was already heavy, "
                + "and that the council should have closed the old bridge in the summer, when the schools are shut "
                + "and the roads are quiet.";
        Page page = page("Repairs and traffic\n" + first + "\n" + second);
        ResumedStory longNeedNoBlankLine = ResumedStory.judging(ResumedStory.DEFAULT_MAX_PAIRS, 40,
                ResumedStory.DEFAULT_MAX_HEADER_LINES);
        assertThat(longNeedNoBlankLine.below(page, BOX_END)).isTrue();
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isFalse();
        // short ones printed so are a list of teasers (see teasersPrintedLineUnderLineAreNoParagraphsSetApart)
    }

    @Test
    void paragraphsUnderAnotherStorysSignedHeadlineDoNotCarryTheStoryOn() {
        // an endless-scroll page: the next story below the box, its headline, its writer's name and a share row over
        // paragraphs on the same news
        String below = "Bridge closure: what drivers need to know\n\nJohn Smith\n\nShare on Twitter\n\n"
                + "The council said the repairs to the old bridge would take until the spring.\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.";
        ResumedStory readsHeaders = ResumedStory.judging(ResumedStory.DEFAULT_MAX_PAIRS,
                ResumedStory.DEFAULT_MIN_LONG_PARAGRAPH_WORDS, 6);
        Page page = page(below);
        page.blocks().get(BOX_END + 3).remove(new Reason("share", "test", "a share row"));
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isTrue();
        assertThat(readsHeaders.below(page, BOX_END)).isFalse();
        // a byline taken out signs it too
        page = page("Bridge closure: what drivers need to know\n\nBy John Smith | The Herald\n\n"
                + "The council said the repairs to the old bridge would take until the spring.\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        page.blocks().get(BOX_END + 2).remove(new Reason("byline", "test", "a byline"));
        assertThat(readsHeaders.below(page, BOX_END)).isFalse();
        // a reader's name over a post, then the story's next paragraphs: a comment box's, the story goes on
        page = page("Start the discussion\n\nBeatrix T\n\nThanks for reporting this, it has been going on too long.\n\n"
                + "Boost\n\nThe council said the repairs to the old bridge would take until the spring.\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        assertThat(readsHeaders.below(page, BOX_END)).isTrue();
        // a teaser's headline with no signature above the story's next paragraphs: the box's, the story goes on
        page = page("Bridge closure: what drivers need to know\n\n"
                + "The council said the repairs to the old bridge would take until the spring.\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        assertThat(readsHeaders.below(page, BOX_END)).isTrue();
    }

    @Test
    void aHeadlineAnEarlierStepTookOutPartsTwoTeasersBelowTheBox() {
        // two teasers' summaries about the story's subject, their headlines between them taken out as a teaser run
        Page page = page("The council said the repairs to the old bridge would take until the spring.\n\n"
                + "Bridge works delayed again\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        page.blocks().get(BOX_END + 2).remove(new Reason("teaser-run", "test", "another story's headline"));
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isFalse();
    }

    @Test
    void anAdLabelTakenOutBetweenTwoParagraphsDoesNotPartThem() {
        Page page = page("The council said the repairs to the old bridge would take until the spring.\n\n"
                + "Advertisement\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        page.blocks().get(BOX_END + 2).remove(new Reason("advertisement", "test", "an ad label"));
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isTrue();
    }

    @Test
    void onAPageThatPrintsItsParagraphsLineUnderLineTheStoryGoesOnSo() {
        // the story's own paragraphs above the box have no blank line between them: a dump that sets apart only boxes
        Page page = DenseProseRunFilterTest.labelled("Intro\n" + STORY + "\n"
                + "Engineers found cracks in two of the bridge's supports last month, and the council closed the road "
                + "to lorries while the damage was assessed.\n\n" + BOX + "\n\n"
                + "The council said the repairs to the old bridge would take until the spring.\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END + 2)).isTrue();
        // the same page read as one that sets apart its paragraphs: the lines below are a list's
        ResumedStory setApart = new ResumedStory(ResumedStory.DEFAULT_MIN_WORDS,
                ResumedStory.DEFAULT_MIN_STOPWORD_DENSITY, ResumedStory.DEFAULT_MIN_SHARED_SHARE,
                ResumedStory.DEFAULT_TEASER_REASONS, 2.0, ResumedStory.DEFAULT_RUN_ON_PARAGRAPHS);
        assertThat(setApart.below(page, BOX_END + 2)).isFalse();
    }

    @Test
    void onAPageThatPrintsItsParagraphsLineUnderLineASummaryUnderAHeadlineIsACards() {
        // the same page, but below the box a card: its headline, then its summary of two lines right under it
        Page page = DenseProseRunFilterTest.labelled("Intro\n" + STORY + "\n"
                + "Engineers found cracks in two of the bridge's supports last month, and the council closed the road "
                + "to lorries while the damage was assessed.\n\n" + BOX + "\n\n"
                + "Bridge works delayed again\n"
                + "The council said the repairs to the old bridge would take until the spring.\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END + 2)).isFalse();
    }

    @Test
    void aQuotedSourcesLabelBetweenTwoParagraphsDoesNotPartThem() {
        // a round-up of excerpts, each under or over its source's short label
        String below = "The council said the repairs to the old bridge would take until the spring.\n\n"
                + "[The Courier]\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.";
        assertThat(ResumedStory.DEFAULT.below(page(below), BOX_END)).isTrue();
        assertThat(ResumedStory.DEFAULT.below(page(below.replace("[The Courier]", "(Reuters)")), BOX_END)).isTrue();
        // a commenter's name between two posts, or a quote's signature after a dash, is no source's label
        assertThat(ResumedStory.DEFAULT.below(page(below.replace("[The Courier]", "Jane Doe")), BOX_END)).isFalse();
        assertThat(ResumedStory.DEFAULT.below(page(below.replace("[The Courier]", "– Jane")), BOX_END)).isFalse();
        // another story's headline is longer; and with labels read as lines that part paragraphs, none is a pair
        assertThat(ResumedStory.DEFAULT.below(page(below.replace("[The Courier]", "Bridge works delayed again")),
                BOX_END)).isFalse();
        ResumedStory noLabels = new ResumedStory(ResumedStory.DEFAULT_MIN_WORDS,
                ResumedStory.DEFAULT_MIN_STOPWORD_DENSITY, ResumedStory.DEFAULT_MIN_SHARED_SHARE,
                ResumedStory.DEFAULT_TEASER_REASONS, ResumedStory.DEFAULT_MIN_RUN_ON_SHARE,
                ResumedStory.DEFAULT_RUN_ON_PARAGRAPHS, 0, ResumedStory.DEFAULT_MIN_LABELLED_SHARED_SHARE);
        assertThat(noLabels.below(page(below), BOX_END)).isFalse();
    }

    @Test
    void twoExcerptsJoinedByASourcesLabelNeedFewerOfTheStorysWords() {
        // each excerpt quotes another writer: a few of the story's words (bridge, repairs, traffic) among many new
        String below = "Critics of the repairs argued that the contractor had badly underestimated the cost, and that "
                + "the work would overrun.\n\n[The Courier]\n\n"
                + "Drivers interviewed last week complained that detours through narrow village roads had added an "
                + "hour to their journeys, and traffic wardens agreed.";
        assertThat(ResumedStory.DEFAULT.below(page(below), BOX_END)).isTrue();
        // the same two paragraphs with a blank line and no label between them need the full share
        assertThat(ResumedStory.DEFAULT.below(page(below.replace("[The Courier]\n\n", "")), BOX_END)).isFalse();
    }

    @Test
    void aDateLineBetweenTwoParagraphsStillPartsThem() {
        // a teaser's date under it: the paragraphs are two teasers
        Page page = page("The council said the repairs to the old bridge would take until the spring.\n\n"
                + "2 hours ago\n\n"
                + "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.");
        assertThat(ResumedStory.DEFAULT.below(page, BOX_END)).isFalse();
    }
}
