package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class TitleRunTailFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    /**
     * A meal plan of 60 words in lines of 6.7 words on average: over three times the 18 words of {@link #STORY}; two
     * of its lines are instructions, no headlines.
     */
    static final String MEAL_PLAN = "Pre-Workout Meal\nEat 60 to 90 minutes before your workout\n"
            + "Asparagus and eggs with sweet potato and olive oil\nPortion Fix Containers 1 Green 1 Red 1 Yellow\n"
            + "Meal One\nEat every two to three hours.\nTomato cucumber salad with cherry tomatoes and feta\n"
            + "Portion Fix Containers 1 Green 1 Blue\nDrink within thirty minutes after your workout.";

    @Test
    void removesARunOfHeadlinesAfterTheStory() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nPolitics\nBridges\nCouncil\nTraffic\n"
                + "Mayor defends the budget");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void aTimeStampALineRuleTookStillCountsInTheRun() throws Exception {
        // a teaser's section, headline, byline and stamp below the story: the stamp went to a dateline rule first
        String tail = "Sport\nTeam completes comeback to extend unbeaten streak\nJane Doe, Staff Writer\n2 hours ago";
        for (String reason : new String[] {"dateline", "meta"}) {
            // a stamp taken for another reason is no line of the run: three lines are none
            assertThat(keptAfterLineRule(reason, "\\d+ hours ago", tail)).as(reason)
                    .hasSize(reason.equals("dateline") ? 2 : 5);
        }
    }

    @Test
    void aCopyrightLineARuleTookStartsTheRunItHeads() throws Exception {
        // the page's footer below the story: copyright lines, then three headlines; without the two copyright
        // lines, three title-like lines are no run
        String tail = "Copyright 2018 The Herald\nCopyright The Herald Media\nPolitics\nBridges\nMayor defends the budget";
        for (String reason : new String[] {"copyright", "meta"}) {
            assertThat(keptAfterLineRule(reason, "copyright.{0,40}", tail)).as(reason)
                    .hasSize(reason.equals("copyright") ? 2 : 5);
        }
    }

    /** The blocks kept of two paragraphs and {@code tail} after a line rule, then this filter. */
    private static List<Block> keptAfterLineRule(String reason, String pattern, String tail) throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line " + reason + " " + pattern));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + tail);
        new LineRuleFilter(rules).process(page);
        new TitleRunTailFilter().process(page);
        return page.kept();
    }

    @Test
    void keepsAListNearTheStartOfTheStory() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nFlour\nSugar\nEggs\nButter\n" + STORY + "\n" + STORY);
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(7);
    }

    @Test
    void keepsARunTheStoryAnnounces() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nThe qualified teams:\nEngland\nFrance\n"
                + "Spain\nItaly");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(7);
    }

    @Test
    void aLineEndingInAColonInsideARunAnnouncesTheListBelowIt() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nThis game will help you!\nWhat you get:\n"
                + "Hundreds of new tasks for two\nDozens of tricky questions\nA large variety of toys\nWeekly challenges");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(8);
    }

    @Test
    void aColonLineBelowABylineAnnouncesNoList() {
        // only the story's closing sentence may come before the line announcing its list: a byline or a tag may not
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nJane Doe\nAlso in the news:\n"
                + "Team wins the championship in overtime\nLocal school opens new science wing\n"
                + "Storm knocks out power across the county\nFarmers market returns for the summer");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void keepsATableWhoseLinesShareTheirPunctuation() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nJune 9 – Tampa, FL @ Arena\n"
                + "June 10 – Miami, FL @ Stadium\nJune 12 – Atlanta, GA @ Park\nJune 14 – Raleigh, NC @ Hall");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(6);
    }

    @Test
    void keepsAShortTableWithAHeadingAndAnOddRow() {
        // five lines, three of them sharing one pattern: a table as a whole, though fewer than four rows share it
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nThe Tour Dates\n"
                + "June 9 – Tampa, FL @ Arena\nJune 10 – Miami, FL @ Stadium\nJune 14 – Atlanta, GA @ Park (Formerly Hall)\n"
                + "June 17 – Nashville, TN @ Arena");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(7);
    }

    @Test
    void keepsATableButRemovesTheMenuPrintedRightBelowIt() {
        String dates = "June 9 – Tampa, FL @ Arena\nJune 10 – Miami, FL @ Stadium\nJune 14 – Atlanta, GA @ Park\n"
                + "June 17 – Nashville, TN @ Arena\n";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + dates
                + "Music\nTV\nMovies\nPolitics\nCulture\nVideo");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY, "June 9 – Tampa, FL @ Arena",
                "June 10 – Miami, FL @ Stadium", "June 14 – Atlanta, GA @ Park", "June 17 – Nashville, TN @ Arena");
    }

    @Test
    void keepsAListOfQuantitiesAfterTheStory() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nSpiced Pear Jam\nIngredients\n"
                + "8-9 ripe pears, cored\n1 lemon\n6 tbsp pectin powder\n1 tsp cinnamon\n1/2 tsp ground cloves");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(9);
    }

    @Test
    void removesARunOfListicleHeadlinesOrARankedListAfterTheStory() {
        Page listicles = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n5 Things to Do in June\n"
                + "6 Things to Do in May\n6 Things to Do in July\n7 Ways to Fix a Bridge");
        new TitleRunTailFilter().process(listicles);
        assertThat(listicles.kept()).hasSize(2);
        Page ranked = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n1 mayor defends the budget\n"
                + "2 council shuts the bridge\n3 traffic jams ahead\n4 new bus routes");
        new TitleRunTailFilter().process(ranked);
        assertThat(ranked.kept()).hasSize(2);
    }

    @Test
    void keepsAListThatOutweighsTheStoryAboveIt() {
        // a short introduction above a meal plan: the plan is the story, and its lines may repeat
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + MEAL_PLAN);
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(10);
        assertThat(page.blocks().subList(1, 10)).allMatch(b -> b.has(Label.STORY_LIST));
        assertThat(page.blocks().get(0).has(Label.STORY_LIST)).isFalse();
    }

    @Test
    void removesAMenuOfShortLinksHoweverLong() {
        // a site's link lists outweigh a short story too, but in lines of a word or two
        StringBuilder menu = new StringBuilder();
        for (String section : new String[] {"News", "Sport", "Weather", "Business", "Culture", "Travel", "Science",
                "Health", "Opinion", "Video", "Politics", "World", "Local news", "Crime", "Education", "Arts",
                "Books", "Music", "Film", "Food", "Money", "Cars", "Jobs", "Homes", "Obituaries", "Puzzles"}) {
            menu.append('\n').append(section);
        }
        Page page = DenseProseRunFilterTest.labelled(STORY + menu);
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(1);
    }

    @Test
    void removesAHeadlineListThatOutweighsABrief() {
        // twenty headlines of nine words below a brief of two paragraphs: headlines to the last line
        StringBuilder headlines = new StringBuilder();
        for (String headline : new String[] {"Police arrest man after chase through downtown streets on Friday",
                "School board delays vote on new calendar until next month",
                "Local bakery wins state award for its sourdough bread again",
                "Storm knocks out power to thousands of homes across the county",
                "Hospital opens new wing for children after years of fundraising",
                "High school football team advances to state semifinal game",
                "Fire crews battle brush fire near the interstate for hours",
                "County fair returns with new rides and a bigger livestock show",
                "Man charged with burglary after break-in at hardware store",
                "Library extends weekend hours during the summer reading program",
                "City hires new police chief from neighboring state department",
                "Road construction to close Main Street bridge for two weeks",
                "Farmers market moves to new location near the riverfront park",
                "Teachers union reaches tentative deal with district officials",
                "Two injured in crash at busy intersection on Route 9",
                "New restaurant opens in former bank building downtown",
                "Water main break floods basement of historic courthouse",
                "Volunteers plant hundreds of trees along the river trail",
                "Mayor announces plan to expand bus service to the suburbs",
                "State grant to pay for new playground at Lincoln Park"}) {
            headlines.append('\n').append(headline);
        }
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + headlines);
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void aListIsTheStorysWhenItHoldsSeveralTimesItsProseInLinesOfAFewWords() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + MEAL_PLAN);
        assertThat(new StoryList(3.0, 5.0, 0.1).holds(page.blocks(), 1, 18)).isTrue();
        assertThat(new StoryList(3.0, 5.0, 0.1).holds(page.blocks(), 1, 21)).as("under 3 words per prose word")
                .isFalse();
        assertThat(new StoryList(3.0, 7.0, 0.1).holds(page.blocks(), 1, 18)).as("lines too short").isFalse();
        assertThat(new StoryList(3.0, 5.0, 0.3).holds(page.blocks(), 1, 18)).as("headlines nearly throughout")
                .isFalse();
        assertThat(new StoryList(3.0, 5.0, 0.1).holds(page.blocks(), 10, 18)).as("no lines").isFalse();
    }

    @Test
    void quantityIsANumberAndAWordInLowerCaseUnlessTheNumberRanksTheLine() {
        assertThat(TitleRunTailFilter.quantity("1 tsp cinnamon", -1)).isEqualTo("#");
        assertThat(TitleRunTailFilter.quantity("8-9 ripe pears", 0)).isEqualTo("#");
        assertThat(TitleRunTailFilter.quantity("5 Things to Do in June", -1)).isEmpty();
        assertThat(TitleRunTailFilter.quantity("3 traffic jams ahead", 2)).isEqualTo("rank");
        assertThat(TitleRunTailFilter.quantity("Flour", 0)).isEmpty();
    }

    @Test
    void punctuationKeepsOnlyWhatIsNeitherLetterDigitNorSpace() {
        assertThat(TitleRunTailFilter.punctuation("June 9 – Tampa, FL @ Arena")).isEqualTo("–,@");
    }

    @Test
    void keepsAQuickFireRoundWhoseLinesShareALabel() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nQ: Favorite apps?\n"
                + "A: Bleacher Report, Uber Eats, and ParkMobile\nQ: Favorite books?\nA: A Fistful of Rice");
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(6);
    }

    @Test
    void aParagraphLeftOutOfTheArticleStillPartsTwoRuns() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nPolitics\nBridges\nCouncil\n" + STORY
                + "\nTraffic\nRoads\nWeather");
        page.blocks().get(5).remove(new wirewash.model.Reason(DenseProseRunFilter.REASON, "DenseProseRunFilter", ""));
        new TitleRunTailFilter().process(page);
        assertThat(page.kept()).hasSize(8);
    }

    @Test
    void labelIsTheWordCountBeforeAColon() {
        assertThat(TitleRunTailFilter.label("Q: Favorite apps?")).isEqualTo("1:");
        assertThat(TitleRunTailFilter.label("Ticket price: $10")).isEqualTo("2:");
        assertThat(TitleRunTailFilter.label("Mayor says: no new taxes this year")).isEqualTo("2:");
        assertThat(TitleRunTailFilter.label("The mayor said: no new taxes")).isEmpty();
        assertThat(TitleRunTailFilter.label("June 9, Tampa")).isEmpty();
    }

    /** Twelve lines of {@link #STORY}: most of a page's prose above what follows it. */
    private static final String LONG_STORY = String.join("\n", java.util.Collections.nCopies(12, STORY));
    /** Two paragraphs that go on with the story of {@link #STORY}: its bridge, its council, its repairs. */
    static final String GOES_ON = "The council said the repairs to the old bridge would take until the spring, and "
            + "that the traffic would go through the town centre until then.";
    static final String GOES_ON_TOO = "Drivers who cross the bridge every day said the council should have started "
            + "the repairs years ago, before the traffic grew so heavy.";

    @Test
    void aRunBetweenTheStorysParagraphsGoesAndTheStoryStays() {
        // a scoreboard set below most of the story's prose, the story going on below it in paragraphs set apart
        String scores = "Scores\nRovers 2\nUnited 1\nFinal\nCity 0\nSaints 3\nFinal";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", LONG_STORY, scores, GOES_ON, GOES_ON_TOO));
        new TitleRunTailFilter().process(page);
        assertThat(Pages.kept(page)).endsWith(STORY, GOES_ON, GOES_ON_TOO).doesNotContain("Scores", "Rovers 2");
    }

    @Test
    void aRunAboveParagraphsAboutSomethingElseEndsTheStory() {
        // a footer's blurbs, or readers' posts, set apart as paragraphs but about the site, not the story
        String blurb = "Our newsroom has served the readers of the valley since 1890 and is owned by a charitable trust.";
        String more = "We are funded by our members, and every subscription helps us to keep reporters in the courts.";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", LONG_STORY,
                "About us\nContact\nPrivacy policy\nTerms of use", blurb, more));
        new TitleRunTailFilter().process(page);
        assertThat(String.join("\n", Pages.kept(page))).isEqualTo(LONG_STORY);
    }

    @Test
    void aRunAboveTeasersPrintedLineUnderLineEndsTheStory() {
        // a list of related headlines with their summaries about the same subject, no blank line between them
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", LONG_STORY,
                "Most read\nBridge closure: what it means\nCouncil budget\nRepairs timeline\n" + GOES_ON + "\n"
                        + GOES_ON_TOO));
        new TitleRunTailFilter().process(page);
        assertThat(String.join("\n", Pages.kept(page))).isEqualTo(LONG_STORY);
    }

    /** The story's opening paragraph, which names what {@link #LONG_PARAGRAPH} goes on about. */
    static final String OPENING = "Engineers found cracks in two piers of the old bridge this winter, and "
            + "shopkeepers on the high street in the town centre fear the closure will keep their customers away "
            + "until the spring, when the work to cross the river again is due to end.";
    /** A long paragraph of the story of {@link #STORY}, 63 words. */
    static final String LONG_PARAGRAPH = "The council said on Tuesday that the repairs to the old bridge would take "
            + "until the spring at the earliest, and that the traffic that used to cross it would go through the town "
            + "centre until then, which shopkeepers on the high street fear will keep their customers away, while the "
            + "engineers who found the cracks in its piers said that the work could not wait another winter.";

    @Test
    void aRunAboveLongTeasersEachUnderItsOwnHeadlineEndsTheStory() {
        // a related box: long teasers about the story's own subject, each under its headline, none two in a row
        String story = String.join("\n", LONG_STORY, LONG_STORY, LONG_STORY, OPENING);
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", story,
                "Related\nThe Herald\nBridge closure: what it means\nCouncil budget", LONG_PARAGRAPH,
                "Repairs to take until the spring", LONG_PARAGRAPH));
        new TitleRunTailFilter().process(page);
        assertThat(String.join("\n", Pages.kept(page))).isEqualTo(story);
    }

    @Test
    void aRunAboveShortSummariesEachUnderItsHeadlineEndsTheStory() {
        // a related list: each headline with a one-sentence summary about the same subject, set apart
        String summary = "The council said the repairs to the old bridge would take until the spring.";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", LONG_STORY,
                "Most read\nBridge closure: what it means\nCouncil budget\nRepairs timeline", summary,
                "Traffic in the town centre", summary, "Drivers on the detour", summary));
        new TitleRunTailFilter().process(page);
        assertThat(String.join("\n", Pages.kept(page))).isEqualTo(LONG_STORY);
    }
}
