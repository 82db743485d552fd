package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class TailRuleFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    /** Two long paragraphs of a story section, each longer than a teaser card's summary. */
    private static final String LONG_FIRST = "The council said on Tuesday that the repairs to the old bridge would take "
            + "until the spring at the earliest, and that the traffic that used to cross it would go through the town "
            + "centre until then, while the engineers who found the cracks kept working.";
    private static final String LONG_SECOND = "Shopkeepers on the high street said the traffic through the town centre "
            + "was already heavy, and that the council should have closed the old bridge in the summer, when the "
            + "schools are shut, the roads are quiet and the repairs would have cost less.";

    @Test
    void treatsAHeadingBeforeMostOfTheStoryAsABox() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list most popular"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nMost popular\nMayor defends the budget\n" + STORY
                + "\n" + STORY + "\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void judgesEachHeadingByTheProseAboveAndBelowItLeavingCaptionsOut() throws RuleException {
        // the first heading, above too little of the story, heads a box; the second has 54 words above it and 108
        // below besides a caption, not more than twice as many, so it ends the article: counted, the caption would
        // have made it a box
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail popular-list most popular\n"
                + "caption photo-credit photo: .*"));
        String caption = "Photo: The old bridge, closed to traffic since the council's vote on Monday, at dawn.";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n", STORY, STORY, "Most popular",
                "Mayor defends the budget", STORY, "Most popular", "Council to vote again", STORY, STORY, STORY,
                caption, STORY, STORY, STORY));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    @Test
    void cutsFromAHeadingAfterTheStoryToTheEnd() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list most popular"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nMost popular\n"
                + "Mayor defends the budget\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void takesALineOfASplitHeadingAboveItButNotTheRowsOfATableThatEndsTheStory() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box join the conversation"));
        Page split = DenseProseRunFilterTest.labelled(String.join("\n", STORY, STORY, STORY, "", "Readers:",
                "Join the conversation", "Jane: I agree with the council."));
        new TailRuleFilter(rules).process(split);
        assertThat(Pages.kept(split)).containsExactly(STORY, STORY, STORY);
        Page table = DenseProseRunFilterTest.labelled(String.join("\n", STORY, STORY, STORY, "", "Closures:",
                "June 9 – Bridge Street", "June 10 – Mill Lane", "June 14 – Station Road", "Join the conversation"));
        new TailRuleFilter(rules).process(table);
        assertThat(Pages.kept(table)).containsExactly(STORY, STORY, STORY, "Closures:", "June 9 – Bridge Street",
                "June 10 – Mill Lane");
    }

    @Test
    void treatsARelatedHeadingFollowedByMuchProseAsABox() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated\n"
                + "Mayor defends the budget\n" + STORY + "\n" + STORY);
        new TailRuleFilter(rules, 1, 0, 2.0, Set.of(), Set.of("related-list"), 30, 2, false).process(page);
        assertThat(page.kept()).hasSize(5);
    }

    @Test
    void cutsAtARelatedHeadingFollowedByATeaser() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated\n"
                + "Mayor defends the budget\n" + STORY + "\nCouncil to vote again\n" + STORY);
        new TailRuleFilter(rules, 1, 0, 2.0, Set.of(), Set.of("related-list"), 30, 2, false).process(page);
        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void aBoxHeadingThatNamesItsStoryAfterAColonIsABoxOfOneLine() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related( post)?(: .{1,80})?"));
        // a heading naming its story is the whole box: the subheading below it is the story's
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nRelated post: Pickled sprouts recipe\n"
                + "WHAT YOU NEED TO MAKE JAM\n" + STORY + "\n" + STORY + "\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, "WHAT YOU NEED TO MAKE JAM", STORY, STORY, STORY);
        // a bare heading heads the lines up to the next paragraph
        page = DenseProseRunFilterTest.labelled(STORY + "\nRelated post\nPickled sprouts recipe\n" + STORY + "\n"
                + STORY + "\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, STORY);
        assertThat(TailRuleFilter.namesItsStory(page.blocks().get(1))).isFalse();
        assertThat(TailRuleFilter.namesItsStory(Pages.text("Related post: Pickled sprouts").blocks().get(0))).isTrue();
        assertThat(TailRuleFilter.namesItsStory(Pages.text("Related https://example.com/news").blocks().get(0)))
                .isFalse();
    }

    @Test
    void aBoxHeadingThatNamesItsStoryHeadsTheHeadlinesBelowIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related( post)?(: .{1,80})?"));
        // two lines below a heading that names one story are more of the box's headlines, not a subheading
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nRelated: Council votes to close the old bridge\n"
                + "Bridge repairs to cost two million pounds\nLorries banned from the town centre\n" + STORY + "\n"
                + STORY + "\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, STORY);
    }

    private static final String LAST = "Engineers expect the work on the piers to take until the spring, and the "
            + "council says it will reopen the bridge to cars first and to lorries a month later.";

    @Test
    void aCommentsButtonInsideTheStoryIsNotTheCommentSection() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box comments"));
        String comment = "I have crossed that bridge every day for twenty years and it was never this bad, says a reader.";
        // the button, the story's last paragraph, then the section under the same heading
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nComments\n" + LAST
                + "\nComments\n" + comment);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, LAST);
        // printed once, the heading starts the section
        page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nComments\n" + comment
                + "\n" + comment);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
        // more prose below it than the story above it: the section itself, its heading printed again at its foot
        page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nComments\n" + comment + "\n"
                + comment + "\n" + comment + "\n" + comment + "\nComments");
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    private static final String STANDFIRST = "The council has voted to shut the old bridge to all traffic until the "
            + "spring, after engineers found cracks in two of its piers, and drivers face a detour of six miles through "
            + "the town centre while repairs that will cost more than two million pounds are carried out by a firm "
            + "from the city.";

    @Test
    void aCommentCountUnderTheStandfirstIsAButtonNotTheSection() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box view \\d+ comments"));
        // the standfirst's 57 words, the button, then over twice as much of the story: only the button goes
        Page page = DenseProseRunFilterTest.labelled(String.join("\n", STANDFIRST, "View 34 comments",
                "Reuters, November 18, 2019", STORY, STORY, STORY, STORY, STORY, STORY, LAST));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST, "Reuters, November 18, 2019", STORY, STORY, STORY,
                STORY, STORY, STORY, LAST);
        // with no opening paragraphs allowed, the heading ends the article as before
        page = DenseProseRunFilterTest.labelled(String.join("\n", STANDFIRST, "View 34 comments", STORY, STORY,
                STORY, STORY, STORY, STORY, LAST));
        new TailRuleFilter(rules, 1, 50, 2.0, Set.of("comment-box"), Set.of("related-list"), 30, 2, false,
                Set.of("div"), 0.5, 0).process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST);
    }

    @Test
    void aCommentCountBelowMoreThanTheOpeningOrAboveLessProseEndsTheArticle() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box \\d+ comments"));
        String comment = "I have crossed that bridge every day for twenty years and it was never this bad, says a reader.";
        // four paragraphs above it: the story's end, however long the comments below
        Page page = DenseProseRunFilterTest.labelled(String.join("\n", STORY, STORY, STORY, STORY, "34 comments",
                comment, comment, comment, comment, comment, comment, comment, comment, comment));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, STORY);
        // a brief with less than twice its prose below the heading: the comments of a short story
        page = DenseProseRunFilterTest.labelled(String.join("\n", STANDFIRST, "34 comments", comment, comment));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST);
    }

    @Test
    void aCommentCountUnderTheOpeningOfABriefIsAButtonWhenTheStoryGoesOnBelowIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box \\d+ comments"));
        String next = "Engineers found cracks in two of the old bridge's piers in the spring, and the council says the "
                + "repairs to the piers will take most of next year.";
        // less than twice the standfirst's prose below the button, but the paragraph right below it retells the
        // story's bridge, piers and repairs: only the button goes
        Page page = DenseProseRunFilterTest.labelled(String.join("\n", STANDFIRST, "34 comments", next, STORY));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST, next, STORY);
        // a reader's post under its author's line, though it names the bridge and the town: the section
        String post = "Nobody in this town believes a word the mayor says any more, and the bridge is just the latest "
                + "example of money wasted on consultants and reports.";
        page = DenseProseRunFilterTest.labelled(String.join("\n", STANDFIRST, "34 comments", "Karen O.", post));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST);
        // a time line between the heading and the paragraph: a post, however much of the story it retells
        page = DenseProseRunFilterTest.labelled(String.join("\n", STANDFIRST, "34 comments", "Karen O. 2 hours ago",
                next));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST);
        // with no share asked for, only the prose below outweighing the opening makes a button
        page = DenseProseRunFilterTest.labelled(String.join("\n", STANDFIRST, "34 comments", next, STORY));
        new TailRuleFilter(rules, 1, 50, 2.0, Set.of("comment-box"), Set.of("related-list"), 30, 2, false,
                Set.of("div"), 0.5, 3, 0).process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST);
    }

    @Test
    void aRealCommentSectionWhoseHeadingIsPrintedAgainIsStillTheSection() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box comments"));
        String comment = "I have crossed that bridge every day for twenty years and it was never this bad, says a reader.";
        // a commenter's name and a date between the two prints: the first heads the section
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nComments\nJohn Smith\n"
                + "March 3, 2019 at 4:12 pm\n" + comment + "\nComments\nMary Jones\n" + comment);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    @Test
    void aFooterHeadingPrintedAgainInTheLinksAtItsFootStillEndsTheArticle() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail footer about us|contact us"));
        String blurb = "The Riverside Gazette has covered the news of the town and the valley since 1890, and it is still"
                + " owned by the family that founded it.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nAbout us\n" + blurb
                + "\nAbout us\nContact us");
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    @Test
    void aFooterHeadingFollowedByMostOfThePagesProseIsALinkRowAboveTheStory() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail footer about us|contact us|privacy policy"));
        // a dump that prints the footer's links in the top bar, below a newsletter blurb: the story follows
        String blurb = "Get the latest news from the town and the valley delivered to your inbox every morning, with"
                + " the stories our readers talk about most and the events of the coming week.";
        Page page = DenseProseRunFilterTest.labelled(blurb + "\n" + blurb + "\nAbout us\nContact us\nPrivacy policy\n"
                + (STORY + "\n").repeat(8));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(blurb, blurb, STORY, STORY, STORY, STORY, STORY, STORY, STORY,
                STORY);
    }

    @Test
    void aRelatedBoxMidStoryIsABoxWhenTheStoryResumesAcrossASubheading() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related stories"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated stories\n"
                + "Mayor defends the budget\nSchool opens a new science wing\n" + STORY + "\nHow the vote went\n"
                + STORY + "\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, STORY, "How the vote went", STORY, STORY);
    }

    @Test
    void anAuthorBoxMidStoryIsABoxWhenTheStoryResumesBelowIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail author-box about the author"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nAbout the author\n"
                + "Jane Doe\n@janedoe\n" + STORY + "\n" + STORY + "\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, STORY, STORY, STORY);
    }

    private static final String RESUMED = "Engineers found cracks in two of the bridge's old steel supports during an "
            + "inspection in the spring, and the council says the repairs cannot wait any longer than the summer.";
    private static final String SUMMARIES = "More on this story\nMayor defends the budget\n"
            + "The mayor says the plan will balance the books by next year.\nSchool opens a new science wing\n"
            + "The decision follows months of debate.\nBus fares rise in the new year\n";

    @Test
    void aBoxOfHeadlinesWithSummariesMidStoryIsABoxWhenTheStoryResumesBelowIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list more on this story"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\n" + SUMMARIES
                + RESUMED + "\n" + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, RESUMED, STORY);
    }

    @Test
    void aParagraphBetweenTwoDatedBoxesIsTheStorysWhenTheStoryResumesBelowTheSecond() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related stories|top stories"));
        String boxes = "Related stories\nFerry to sail in May\nMarch 3, 2019\nSchool opens a new wing\nMarch 2, 2019\n"
                + RESUMED + "\nTop stories\nMayor defends the budget\n2 hours ago\n";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\n" + boxes + STORY + "\n"
                + STORY);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, RESUMED, STORY, STORY);
    }

    @Test
    void aTeaserBetweenTwoDatedBoxesGoesWhenNoParagraphsInARowFollowTheSecond() throws RuleException {
        // below the story: a related story's teaser, then a second list whose teasers each sit under a headline
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related stories|top stories"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated stories\n"
                + "Ferry to sail in May\nMarch 3, 2019\n" + RESUMED + "\nTop stories\nMayor defends the budget\n" + RESUMED
                + "\nSchool opens a new wing\n" + RESUMED);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    @Test
    void anAuthorBoxBelowTheStoryEndsIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail author-box about the author"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nAbout the author\n"
                + "Jane Doe\nJane Doe is a reporter who covers the council and its budget for the paper.\nContact us");
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    @Test
    void aRelatedListOfHeadlinesDatesAndTeasersBelowTheStoryIsItsTail() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related stories"));
        String teaser = "The new ferry across the estuary will carry its first passengers next month, the operator said.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated stories\n"
                + "Ferry to sail in May\nMarch 3, 2019\n" + teaser + "\nSchool opens a new wing\nMarch 2, 2019\n"
                + teaser + "\nMayor defends the budget\nMarch 1, 2019\n" + teaser);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    @Test
    void theStorysLastParagraphBelowARelatedBoxStaysWhenThePagesOwnTailFollowsIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related stories|related links"));
        String last = "The agency said the probe would stay in orbit for at least another two years, and that the team"
                + " would publish its first results from the far side of the moon in the spring.";
        String link = "The agency's own pages on the mission, with its images and the data the probe has sent back so far.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated stories\n"
                + "Mayor defends the budget\nSchool opens a new science wing\n" + last + "\nRelated links\n"
                + "European Space Agency website\n" + link);
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, last);
    }

    @Test
    void cutsAtARelatedHeadingRightAboveOneTeaserWithNoHeadlineBetween() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list you may also like"));
        String teaser = "The new ferry across the estuary will carry its first passengers next month, the operator"
                + " said on Friday, after two years of delays and a long dispute over the fares.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nYou may also like\n"
                + teaser + "\nMayor defends the budget\nSchool opens a new science wing");
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    @Test
    void keepsTheStorysLastParagraphBelowAnInlineRelatedBox() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related links"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY + "\nRelated Links\n"
                + "Valley Council website\n" + LAST + "\nReport Error\nBack to top");
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, LAST, "Report Error", "Back to top");
    }

    @Test
    void cutsAtARelatedHeadingAboveOneTeaserThatIsDatedCutOffOrFollowedByMore() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related links"));
        String head = STORY + "\n" + STORY + "\n" + STORY + "\nRelated Links\nMayor defends the budget\n";
        String[] pages = {
            head + "Wednesday November 20, 2019\n" + LAST,
            head + LAST.substring(0, LAST.length() - 1) + "...",
            head + LAST + "\nCouncil to vote again\n" + LAST,
        };
        for (String text : pages) {
            Page page = DenseProseRunFilterTest.labelled(text);
            new TailRuleFilter(rules).process(page);
            assertThat(Pages.kept(page)).as(text).containsExactly(STORY, STORY, STORY);
        }
    }

    @Test
    void cutsAtARelatedHeadingAboveOneHeadlineAndTheTeaserThatRetellsIt() throws RuleException {
        // the story's end, then a box of one related story: its headline and an undated teaser in full sentences
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list related links"));
        String teaser = "The mayor on Tuesday defended the town budget against critics who say it spends too much on "
                + "the roads and too little on the schools and the library of the town.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + STORY
                + "\nRelated Links\nMayor defends the town budget\n" + teaser + "\nBack to top");
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY);
    }

    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static Page html(String body) throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list don't miss\\s*:?"));
        return Pages.run(Pages.html("<article>" + body + "</article>"), new ProseLabelFilter(),
                new TailRuleFilter(rules, true));
    }

    @Test
    void endsTheBoxOfALinkedHeadingInABoxOfItsOwnWithThatBox() throws RuleException {
        Page page = html(PARAGRAPH + PARAGRAPH + "<div class=\"promo\"><a href=\"/x\"><strong>Don't miss:</strong>"
                + "</a></div><h2>Wireless earbuds</h2><ul><li>Noise cancelling</li><li>Six hours of play</li></ul>"
                + PARAGRAPH);

        assertThat(Pages.block(page, "Don't miss").removal().code()).isEqualTo("related-list");
        assertThat(Pages.block(page, "Wireless earbuds").isKept()).isTrue();
        assertThat(Pages.block(page, "Six hours of play").isKept()).isTrue();
    }

    @Test
    void runsTheBoxOfAHeadingWithoutALinkOnToTheNextParagraph() throws RuleException {
        Page page = html(PARAGRAPH + PARAGRAPH + "<div class=\"h3\">Don't miss:</div>"
                + "<ul><li>Mayor defends the budget</li><li>Library opens on Sunday</li></ul>" + PARAGRAPH);

        assertThat(Pages.block(page, "Mayor defends").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Library opens").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).filteredOn(text -> text.startsWith("The council met")).hasSize(3);
    }

    @Test
    void runsTheBoxOfASectionHeadingLinkedToItsSectionOnOverTheLinkedListBelowIt() throws RuleException {
        Page page = html(PARAGRAPH + PARAGRAPH + "<div class=\"k7\"><a href=\"/politics\">Don't miss</a></div>"
                + "<ul><li><a href=\"/c\">Police chief steps down</a> Yesterday at 9:40 pm, 2 min read</li></ul>"
                + PARAGRAPH);

        assertThat(Pages.block(page, "Police chief").isRemoved()).isTrue();
    }

    @Test
    void takesTheWholeLinkedListRightBelowABoxHeadingEvenItsItemsThatReadAsSentences() throws RuleException {
        // "More Great Stories": each item a headline part-linked, one of them a question that reads as prose
        Page page = html(PARAGRAPH + PARAGRAPH + "<div class=\"h3\">Don't miss</div><ul><li>Mayor defends "
                + "<a href=\"/a\">the budget</a></li><li>Could the old bridge be saved by <a href=\"/b\">a new "
                + "kind of steel</a> that engineers are testing this year?</li><li>Library opens <a href=\"/c\">on "
                + "Sunday</a></li></ul>");

        assertThat(Pages.block(page, "Could the old bridge").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Library opens").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).hasSize(2);
    }

    private static Page withComments(String body) throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box comments"));
        return Pages.run(Pages.html("<article>" + body + "</article>"), new ProseLabelFilter(),
                new TailRuleFilter(rules, true));
    }

    @Test
    void endsTheArticleOnHtmlAtACommentHeadingAboveADatedPost() throws RuleException {
        Page page = withComments(PARAGRAPH + PARAGRAPH + "<div><h3>Comments</h3><div class=\"c1\"><div>JohnnyB "
                + "9 hours ago</div><p>This is exactly what I have been saying for years, and nobody listens.</p>"
                + "</div><div class=\"c1\"><div>margaret_k 4 hours ago</div><p>Great reporting, thanks for "
                + "covering this story in such detail.</p></div></div>");

        assertThat(Pages.block(page, "Great reporting").removal().code()).isEqualTo("comment-box");
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void aCardsCommentCountEndsOnlyItsCardSoTheStorysListBelowStays() throws RuleException {
        // "27 comments" closes another story's card; the story goes on with a list of unlinked lines
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box \\d* ?comments"));
        Page page = Pages.run(Pages.html("<article>" + PARAGRAPH + PARAGRAPH + "<div class=\"c9\"><h3><a href=\"/a\">"
                + "Mayor defends the budget</a></h3><div class=\"meta\">27 comments</div></div><h3>Meal 1</h3><ul><li>Eat every 2 "
                + "hours</li><li>1 cup spinach</li></ul><div>Posted 5 hours ago</div></article>"),
                new ProseLabelFilter(), new TailRuleFilter(rules, true));

        assertThat(Pages.block(page, "27 comments").removal().code()).isEqualTo("comment-box");
        assertThat(Pages.block(page, "Meal 1").isKept()).isTrue();
        assertThat(Pages.block(page, "1 cup spinach").isKept()).isTrue();
    }

    @Test
    void aDateFarBelowACommentHeadingIsNoPostsStamp() throws RuleException {
        // the heading opens no section: the date is six lines down, past the story's own list
        Page page = withComments(PARAGRAPH + PARAGRAPH + "<h3>Comments</h3><ul><li>Eat every 2 hours</li>"
                + "<li>1 cup spinach</li><li>2 eggs</li><li>1 apple</li><li>Rice cakes</li><li>Nut butter</li></ul>"
                + "<div>Posted 5 hours ago</div>" + PARAGRAPH);

        assertThat(Pages.kept(page)).filteredOn(text -> text.startsWith("The council met")).hasSize(3);
    }

    @Test
    void keepsTheStoryBelowACommentHeadingWithoutADatedPostOnHtml() throws RuleException {
        Page page = withComments(PARAGRAPH + PARAGRAPH + "<div><a href=\"#c\">Comments</a></div>" + PARAGRAPH);

        assertThat(Pages.kept(page)).hasSize(3);
    }

    @Test
    void endsTheBoxAHeadingOpensWithItsElementSoTheStorysListBelowStays() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list more on this story"));
        Page page = Pages.run(Pages.html("<article>" + PARAGRAPH + PARAGRAPH + "<div class=\"x1\"><h3>More on this "
                + "story</h3><ul><li><a href=\"/a\">Mayor defends the budget</a></li><li><a href=\"/b\">Library "
                + "opens on Sunday</a></li></ul></div><h3>Meal 1</h3><ul><li>Eat every 2 hours</li><li>1 cup spinach"
                + "</li></ul>" + PARAGRAPH + "</article>"), new ProseLabelFilter(), new TailRuleFilter(rules, true));

        assertThat(Pages.block(page, "Library opens").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Meal 1").isKept()).isTrue();
        assertThat(Pages.block(page, "1 cup spinach").isKept()).isTrue();
    }

    /** A related story's card: its linked headline over its summary. */
    private static final String TEASER = "<div class=\"card\"><a href=\"/a\"><h5>Mayor defends the budget</h5></a>"
            + "<p>The mayor told the council on Tuesday that the cuts to the library hours were the only way to "
            + "balance the books this year.</p></div>";

    @Test
    void takesTheSummariesOfTheTeasersInTheBoxAHeadingOpens() throws RuleException {
        // a "More on this story" box between the story's paragraphs: a linked headline over each summary
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list more on this story"));
        Page page = Pages.run(Pages.html("<article>" + PARAGRAPH + PARAGRAPH + "<div class=\"x1\"><h4>More on this "
                + "story</h4>" + TEASER + TEASER.replace("href=\"/a\"", "href=\"/b\"") + "</div>" + PARAGRAPH
                + "</article>"),
                new ProseLabelFilter(), new LinkDensityFilter(), new TailRuleFilter(rules, true));

        assertThat(Pages.block(page, "The mayor told").removal().code()).isEqualTo("related-list");
        assertThat(page.blocks()).filteredOn(b -> b.text().startsWith("The council met"))
                .allSatisfy(b -> assertThat(b.removal()).isNull()).hasSize(3);
    }

    @Test
    void judgesAHeadingBelowATeaserListByTheStorysProseWithoutTheTakenSummaries() throws RuleException {
        // one paragraph of story (under the 50 words that make a comment heading the article's end), then a box of
        // teasers whose summaries go: the comment heading below counts the paragraph alone, so it heads a box of its
        // lines and the paragraph below them stays
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list more on this story\n"
                + "tail comment-box comments"));
        Page page = Pages.run(Pages.html("<article>" + PARAGRAPH + "<div class=\"x1\"><h4>More on this story</h4>"
                + TEASER + TEASER.replace("href=\"/a\"", "href=\"/b\"") + "</div><div><h3>Comments</h3>"
                + "<div class=\"c1\"><div>JohnnyB 9 hours ago</div><p>This is exactly what I have been saying for "
                + "years, and nobody listens.</p></div></div></article>"),
                new ProseLabelFilter(), new LinkDensityFilter(), new TailRuleFilter(rules, true));

        assertThat(Pages.block(page, "The mayor told").isRemoved()).isTrue();
        assertThat(Pages.block(page, "JohnnyB").isRemoved()).isTrue();
        assertThat(Pages.block(page, "This is exactly").isKept()).isTrue();
    }

    @Test
    void keepsTheParagraphsOfASectionUnderAHeadingThatHoldsNoHeadlines() throws RuleException {
        // the story's own section under a heading the rules read as a box's: paragraphs, no linked headlines
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list more on this story"));
        Page page = Pages.run(Pages.html("<article>" + PARAGRAPH + PARAGRAPH + "<section><h3>More on this story</h3>"
                + PARAGRAPH + PARAGRAPH + "</section></article>"), new ProseLabelFilter(), new LinkDensityFilter(),
                new TailRuleFilter(rules, true));

        assertThat(Pages.kept(page)).hasSize(4);
    }

    @Test
    void aCommentCountOfATeaserCardBetweenTheStorysParagraphsIsNoCommentSection() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box \\d+ comments"));
        // a teaser card (its comment count, headline and summary) set between the story's paragraphs
        String card = "433 comments\nMayor defends the museum loan\nCritics say the loan will cost more than planned.";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY, STORY, STORY, card,
                TitleRunTailFilterTest.GOES_ON, TitleRunTailFilterTest.GOES_ON_TOO));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).endsWith(TitleRunTailFilterTest.GOES_ON, TitleRunTailFilterTest.GOES_ON_TOO)
                .doesNotContain("433 comments");
    }

    @Test
    void readersPostsSetApartBelowACommentCountAreTheCommentSection() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box \\d+ comments"));
        // reader posts printed as paragraphs: they talk of themselves, not of the story's council and repairs
        String post = "I moved here from the city last year and honestly the people in this town complain about "
                + "everything, it is exhausting to read.";
        String reply = "Totally agree with you, my neighbours are the same and they never stop moaning about the "
                + "weather either.";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY, STORY, STORY, STORY,
                "34 comments", post, reply));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, STORY, STORY);
    }

    @Test
    void anAuthorBoxBetweenTheStorysParagraphsIsABoxWhenTheStoryGoesOnBelowIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail author-box about the reporter"));
        // the box's bio and a list of headlines, then the story goes on in paragraphs in a row that take up its
        // subject
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, "About the reporter", "Jane Roe has written about transport for "
                + "the paper since 2010.", "Mayor defends the budget\nLorries banned from the centre\nMarket hall to "
                + "reopen", TitleRunTailFilterTest.LONG_PARAGRAPH, TitleRunTailFilterTest.LONG_PARAGRAPH));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).contains(TitleRunTailFilterTest.LONG_PARAGRAPH).doesNotContain("About the reporter");
        // the author's bio and a footer's blurb below the box: about the author and the site, the story's tail
        String bio = "Jane Roe has written about transport and planning for two decades and lives on the coast with "
                + "her husband and their two dogs, and she previously worked for several magazines in the capital "
                + "before she came back to local news in the north.";
        String blurb = "Our newsroom has served the readers of the valley since 1890 and is owned by a charitable "
                + "trust, which means every penny our members give goes back into local journalism, from the courts "
                + "to the council chamber, and we answer to nobody but the people who read us every morning.";
        page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, "About the reporter", bio, "About us\nContact\nPrivacy", blurb));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, TitleRunTailFilterTest.OPENING);
    }

    @Test
    void aBoxEndingInATeasersSummaryRightAboveTheStoryIsABoxWhenTheStoryGoesOnBelowIt() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail author-box about the reporter"));
        // the box's cards, the last one's summary right above the story's next paragraph: the two a pair in a row
        // that takes up few of the story's words; the pair below it is the story's
        String summary = "Tickets for the summer jazz festival in the park go on sale online next week, and organisers "
                + "expect thousands of visitors from across the region, with food stalls, funfair rides, a brass "
                + "band competition and fireworks over the lake on the closing night.";
        String next = "The council said the repairs to the old bridge would take until the spring.";
        String last = "Drivers who cross the bridge every day said the traffic on the ring road was already heavy.";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, "About the reporter", "Jane Roe", "Market hall to reopen",
                "The hall has been shut since the fire.", "Lorries banned\nJune 3, 2024\nPhoto gallery", summary,
                next, last));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).contains(next, last).doesNotContain("About the reporter");
    }

    @Test
    void aCommentCountBetweenTheStorysParagraphsIsABoxWhenLongParagraphsGoOnLineUnderLineBelowIt()
            throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail comment-box \\d* ?comments?|log in to comment"));
        // a comment box with no posts set between the story's paragraphs; below it a section of the story printed as
        // one text run under its subheading: no blank line between its paragraphs, each longer than a card's summary
        String first = LONG_FIRST;
        String second = LONG_SECOND;
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, "67 comments", "Log in to comment",
                "Repairs and traffic\n" + first + "\n" + second));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).contains(first, second).doesNotContain("67 comments");
        // short lines printed so below it are a list of teasers: the comments end the story
        page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, "67 comments", "Log in to comment",
                "Bridge repairs\nThe council said the repairs to the old bridge would take until the spring.\n"
                        + "Drivers who cross the bridge every day said the ring road was already heavy."));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, TitleRunTailFilterTest.OPENING);
    }

    @Test
    void theNextStoryBelowALongFooterIsNoStoryGoingOn() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail footer about us|privacy policy"));
        // an endless-scroll page: the site's footer, then the next story, its headline and writer's name over long
        // paragraphs on the same news printed line under line: the footer ends the page's story
        String first = LONG_FIRST;
        String second = LONG_SECOND;
        StringBuilder footer = new StringBuilder("About us");
        for (String line : List.of("Our staff", "Offices", "Arizona", "California", "Florida", "Texas", "Donate",
                "Advertise with us", "Media kit")) {
            footer.append('\n').append(line);
        }
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, footer.toString(), "Bridge row deepens as council digs in",
                "Theo Pellegrini", first + "\n" + second));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, TitleRunTailFilterTest.OPENING);
        // with no signed headline over them, the same paragraphs carry the story on below the footer
        page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, footer.toString(), first + "\n" + second));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).contains(first, second);
    }

    @Test
    void footerLinksBetweenTheStorysParagraphsAreABoxWhenTheStoryGoesOnBelowThem() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail footer about us|privacy policy"));
        // a site's footer links and its address set between the story's paragraphs, then the story goes on in
        // paragraphs in a row that take up its subject
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, "About us\nContact\nPrivacy policy\nThe Herald, 1 Market Square",
                TitleRunTailFilterTest.LONG_PARAGRAPH, TitleRunTailFilterTest.LONG_PARAGRAPH));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).contains(TitleRunTailFilterTest.LONG_PARAGRAPH).doesNotContain("About us");
    }

    @Test
    void aFooterOverTheSitesBlurbsEndsTheStory() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail footer about us|privacy policy"));
        // below the footer's links, two blurbs about the site and its newsletter: they take up none of the story's
        // words, so the footer is the page's tail
        String blurb = "Our newsroom has served the readers of the valley since 1890 and is owned by a charitable "
                + "trust, which means every penny our members give goes back into local journalism.";
        String newsletter = "Every morning our editors pick the stories you need to read, and we send them to more "
                + "than forty thousand readers before breakfast, free of charge.";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n\n", STORY + "\n" + STORY + "\n"
                + TitleRunTailFilterTest.OPENING, "About us\nContact\nPrivacy policy", blurb, newsletter));
        new TailRuleFilter(rules).process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY, TitleRunTailFilterTest.OPENING);
    }

    private static final String BARE_TEASER = "<p>The mayor said on Tuesday that the plan would balance the books, and that the "
            + "town would not need to raise its taxes again this year.</p>";

    private static Page bare(String body) throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list most popular"));
        return Pages.run(Pages.html("<html><body>" + body + "</body></html>"), new ProseLabelFilter(),
                new TailRuleFilter(rules, true));
    }

    @Test
    void endsAStoryOfBareParagraphsRightInTheBodyAtATailHeadingAsOnATextDump() throws RuleException {
        // a reader-mode export: no container for the main content step to keep, so the teasers below the heading
        // are the page's, summaries and all
        Page page = bare(PARAGRAPH + PARAGRAPH + "<h2>Most popular</h2><p>Mayor defends the budget</p>" + BARE_TEASER
                + "<p>Library opens on Sunday</p><p>Contact us</p>");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
        assertThat(Pages.block(page, "The mayor said").removal().code()).isEqualTo("related-list");
    }

    @Test
    void keepsTheStoryBelowABoxHeadingSetBetweenBareParagraphs() throws RuleException {
        // more than twice the prose above it follows the heading: a box set in the story, which goes on below it
        Page page = bare(PARAGRAPH + "<h2>Most popular</h2><p>Mayor defends the budget</p>" + PARAGRAPH + PARAGRAPH
                + PARAGRAPH);

        assertThat(Pages.block(page, "Mayor defends").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).hasSize(4).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsATeaserBelowATailHeadingInsideTheArticlesContainer() throws RuleException {
        // in a container the main content step kept, a heading heads a box of lines down to the next paragraph
        Page page = Pages.run(Pages.html("<html><body><article>" + PARAGRAPH + PARAGRAPH + "<h2>Most popular</h2>"
                        + "<p>Mayor defends the budget</p>" + BARE_TEASER + "</article></body></html>"),
                new ProseLabelFilter(), new TailRuleFilter(new RuleSet(RuleLoader.parse("t.rules",
                        "tail related-list most popular")), true));

        assertThat(Pages.block(page, "Mayor defends").isRemoved()).isTrue();
        assertThat(Pages.block(page, "The mayor said").isKept()).isTrue();
    }

    @Test
    void keepsATeaserBelowATailHeadingInABoxRightInTheBody() throws RuleException {
        // a legacy page's story and rail are boxes right in the body: the rail's heading is a line of its box
        Page page = bare("<div>" + PARAGRAPH + PARAGRAPH + "</div><div><h2>Most popular</h2>"
                + "<p>Mayor defends the budget</p>" + BARE_TEASER + "</div>");

        assertThat(Pages.block(page, "Mayor defends").isRemoved()).isTrue();
        assertThat(Pages.block(page, "The mayor said").isKept()).isTrue();
    }

    @Test
    void takesTheSummariesOfTheTeasersInATableCellAHeadingOpens() throws RuleException {
        // a table layout's right rail: a cell opened by its heading, a linked headline over each summary
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list latest news"));
        String teaser = "<p><a href=\"/a\">Mayor defends the budget</a></p><p>The mayor told the council on Tuesday "
                + "that the cuts to the library hours were the only way to balance the books this year.</p>";
        Page page = Pages.run(Pages.html("<table><tr><td>" + PARAGRAPH + PARAGRAPH + "</td><td><b>Latest news</b>"
                + teaser + teaser.replace("/a", "/b") + "</td></tr></table>"),
                new ProseLabelFilter(), new LinkDensityFilter(), new TailRuleFilter(rules, true));

        assertThat(Pages.block(page, "The mayor told").removal().code()).isEqualTo("related-list");
        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsTheParagraphsOfATableCellUnderAHeadingThatHoldsNoHeadlines() throws RuleException {
        // the story's own section in a cell under a heading the rules read as a box's: paragraphs, no headlines
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list latest news"));
        Page page = Pages.run(Pages.html("<table><tr><td>" + PARAGRAPH + PARAGRAPH + "</td></tr><tr><td>"
                + "<b>Latest news</b>" + PARAGRAPH + PARAGRAPH + "</td></tr></table>"),
                new ProseLabelFilter(), new LinkDensityFilter(), new TailRuleFilter(rules, true));

        assertThat(Pages.kept(page)).hasSize(4);
    }

    @Test
    void endsABareStoryAboveTeaserSummariesInARowThatTakeUpNoneOfItsWords() throws RuleException {
        // a reader-mode export's "Most popular": two summaries in a row (a headline between them taken out) read as
        // the story resumed below a box, but they are about other things
        Page page = bare(PARAGRAPH + PARAGRAPH + "<h2>Most popular</h2><p>Mayor defends the budget</p>"
                + "<p>Scientists in Chile found a species of frog living high in the mountains, far from any river.</p>"
                + "<p>A Swiss watchmaker sold its oldest clock at auction for twice the expected price on Friday.</p>"
                + "<p>Contact us</p>");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsABareStoryThatResumesBelowABoxWithItsOwnWords() throws RuleException {
        Page page = bare(PARAGRAPH + PARAGRAPH + "<h2>Most popular</h2><p>Mayor defends the budget</p>" + PARAGRAPH
                + PARAGRAPH);

        assertThat(Pages.block(page, "Mayor defends").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).hasSize(4).allMatch(text -> text.startsWith("The council met"));
    }

    private static final String LONG_THIRD = "The engineers said the cracks in the old bridge had grown over the "
            + "winter, and that the council had been warned about them two years ago, when a report on the state of the "
            + "town's bridges found the first of them under the middle arch.";

    /** A tail heading over an author's bio that a line rule took, then the story's short last paragraph. */
    private static Page authorBoxAboveLastParagraph(String below, RuleSet rules) {
        Page page = DenseProseRunFilterTest.labelled(String.join("\n", LONG_FIRST, LONG_SECOND, LONG_THIRD,
                "About the author",
                "Jane Smith is a senior reporter covering transport for the Daily Courier. She joined the paper in 2015.",
                "The report was published on Monday by the council.", below));
        new LineRuleFilter(rules).process(page);
        new DenseProseRunFilter().process(page);
        new TailRuleFilter(rules).process(page);
        return page;
    }

    private static RuleSet authorRules() throws RuleException {
        return new RuleSet(RuleLoader.parse("t.rules", "tail author-box about the author\n"
                + "line author-bio [A-Z][a-z]+ [A-Z][a-z]+ is a senior reporter .*\n"
                + "tail footer about us"));
    }

    @Test
    void theStorysShortLastParagraphBelowABoxWhoseBioALineRuleTookStays() throws RuleException {
        Page page = authorBoxAboveLastParagraph("About us", authorRules());
        assertThat(Pages.block(page, "About the author").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).hasSize(4).contains("The report was published on Monday by the council.");
    }

    @Test
    void aShortParagraphBelowSuchABoxWithMoreProseBelowItIsStillTheTail() throws RuleException {
        // a paragraph with more prose below it before the page's end is not the story's last: a list of teasers
        Page page = authorBoxAboveLastParagraph("Mayor defends the budget\n" + STORY, authorRules());
        assertThat(Pages.kept(page)).containsExactly(LONG_FIRST, LONG_SECOND, LONG_THIRD);
    }
}
