package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Pages;

/** NoTextFilter, RelatedListTailFilter and ShortBlockContextFilter. */
class TrailingFiltersTest {
    @Test
    void noTextFilterRemovesLinesWithoutLetters() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\n?? ??\n\n-"), new NoTextFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
        assertThat(page.blocks().get(1).removal().code()).isEqualTo(NoTextFilter.REASON);
    }

    @Test
    void relatedListTailRemovesHeadlinesAfterTheLastParagraph() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nWhat's Happening in Kazakhstan?\n\nHe left in 2019."),
                new ProseLabelFilter(), new RelatedListTailFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "He left in 2019.");
    }

    @Test
    void relatedListTailKeepsAListTheStoryAnnounces() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nTour dates:\nJune 9 - Tampa, FL\nJune 10 - Miami, FL"
                        + "\n\nMayor defends the budget"),
                new ProseLabelFilter(), new RelatedListTailFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "Tour dates:", "June 9 - Tampa, FL",
                "June 10 - Miami, FL");
    }

    @Test
    void relatedListTailKeepsAListAnnouncedBelowAClosingLine() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nThis game will help you!\n\nWhat you get:\n\n"
                        + "Hundreds of new tasks\nDozens of tricky questions\n\nMayor defends the budget"),
                new ProseLabelFilter(), new RelatedListTailFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "This game will help you!", "What you get:",
                "Hundreds of new tasks", "Dozens of tricky questions");
    }

    @Test
    void relatedListTailTakesAListAnnouncedBelowABylineForARelatedList() {
        // a byline, a tag or a share button below the story is no closing line of it: the colon line below is a
        // related list's heading
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nJane Doe\n\nAlso in the news:\n\n"
                        + "Team wins the championship\nLocal school opens new wing\n\nMayor defends the budget"),
                new ProseLabelFilter(), new RelatedListTailFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
    }

    /** A standings page: the run ends with the table the page announces, which stays with the lines above it. */
    @Test
    void relatedListTailKeepsATableTheArticlesRunEndsWith() {
        var page = Pages.run(Pages.text("Here you will always find the standings of the Cup Series updated after the "
                        + "latest race, with the points, wins and poles of every driver.\n\n"
                        + "Kyle Busch\n\nFinal standings of the Cup Series after 36 races:\n\n"
                        + DenseProseRunFilterTest.standings(12) + "\nMost read\nMayor defends the budget\n"
                        + "Schools reopen on Monday\nCouncil closes the old bridge\n"),
                new ProseLabelFilter(), new CellTableFilter(), new DenseProseRunFilter(), new RelatedListTailFilter());
        assertThat(Pages.block(page, "Kevin Harvick").isKept()).isTrue();
        assertThat(Pages.block(page, "Final standings").isKept()).isTrue();
        assertThat(Pages.block(page, "Here you will").isKept()).isTrue();
        assertThat(Pages.block(page, "Mayor defends").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Schools reopen").isRemoved()).isTrue();
    }

    /**
     * A standings page whose story is its table, with a short closing note below it: a box of teaser cards below the
     * note (in another language than the page's, so its summaries are no prose) outweighs the note and the intro
     * several times over, but not the table with them, so it is no story list and its headlines go.
     */
    @Test
    void relatedListTailTakesATeaserBoxBelowAStandingsTablesClosingNote() {
        String card = "REVIEWS\nIs the cycle lane worth it? Police weigh in\n"
                + "Figures released on Friday show a sharp rise in complaints about the flood defences.\n";
        var page = Pages.run(Pages.text("Here you will always find the standings of the Cup Series updated after the "
                        + "latest race, with the points, wins and poles of every driver.\n\n"
                        + "Final standings of the Cup Series after 36 races:\n\n"
                        + DenseProseRunFilterTest.standings(20)
                        + "Only the first twelve drivers fight for the title in the last ten races.\n"
                        + "Fresh this morning\n" + card.repeat(5)),
                new ProseLabelFilter(), new CellTableFilter());
        // the article's run (DenseProseRunFilter's) holds the story down to its note; the box's summaries are no prose
        int note = Pages.block(page, "Only the first twelve").index();
        for (Block block : page.blocks()) {
            if (block.index() <= note) block.label(wirewash.clean.Label.ARTICLE);
            else block.unlabel(wirewash.clean.Label.PROSE);
        }
        new RelatedListTailFilter().process(page);
        assertThat(Pages.block(page, "Kevin Harvick").isKept()).isTrue();
        assertThat(Pages.block(page, "Only the first twelve").isKept()).isTrue();
        assertThat(Pages.block(page, "Is the cycle lane").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Figures released").has(wirewash.clean.Label.STORY_LIST)).isFalse();
    }

    /** A table in the rail below the story, under a heading, is no table of the run: its title-like lines go. */
    @Test
    void relatedListTailTakesARailsTableBelowTheStory() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nStandings\n\n" + DenseProseRunFilterTest.standings(12)
                        + "\nMost read\nMayor defends the budget\n"),
                new ProseLabelFilter(), new CellTableFilter(), new DenseProseRunFilter(), new RelatedListTailFilter());
        assertThat(Pages.block(page, "Standings").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Mayor defends").isRemoved()).isTrue();
    }

    @Test
    void relatedListTailKeepsAListThatOutweighsTheStory() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\n" + TitleRunTailFilterTest.MEAL_PLAN),
                new ProseLabelFilter(), new RelatedListTailFilter());
        assertThat(Pages.kept(page)).hasSize(10);
        assertThat(page.blocks().get(9).has(wirewash.clean.Label.STORY_LIST)).isTrue();
    }

    @Test
    void relatedListTailKeepsATableAfterTheLastParagraph() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nJune 9 – Tampa, FL @ Arena\nJune 10 – Miami, FL @ Hall"
                        + "\nJune 12 – Atlanta, GA @ Park\nJune 14 – Raleigh, NC @ Dome\n\nMayor defends the budget"),
                new ProseLabelFilter(), new RelatedListTailFilter());
        assertThat(Pages.kept(page)).hasSize(5).doesNotContain("Mayor defends the budget");
    }

    @Test
    void relatedListTailKeepsATableBelowTheStorysClosingLine() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nTickets go on sale on Friday.\n\nJune 9 – Tampa, FL @ Arena"
                        + "\nJune 10 – Miami, FL @ Hall\nJune 12 – Atlanta, GA @ Park\nJune 14 – Raleigh, NC @ Dome"
                        + "\n\nMayor defends the budget"),
                new ProseLabelFilter(), new RelatedListTailFilter());
        assertThat(Pages.kept(page)).hasSize(6).contains("June 14 – Raleigh, NC @ Dome")
                .doesNotContain("Mayor defends the budget");
    }

    @Test
    void relatedListTailTakesHeadlinesBelowTwoClosingLines() {
        // one closing line may stand between the story and its table; below two, the lines are a list of headlines
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nTickets go on sale on Friday.\n\nNobody was hurt.\n\n"
                        + "June 9 – Tampa, FL @ Arena\nJune 10 – Miami, FL @ Hall\nJune 12 – Atlanta, GA @ Park"
                        + "\nJune 14 – Raleigh, NC @ Dome"),
                new ProseLabelFilter(), new RelatedListTailFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "Tickets go on sale on Friday.", "Nobody was hurt.");
    }

    @Test
    void shortBlockBetweenRemovedBlocksGoes() {
        var page = Pages.text(Pages.PROSE_1 + "\n\nShare\n\nTweet\n\nMore\n\n" + Pages.PROSE_2);
        Pages.run(page, new ProseLabelFilter());
        page.blocks().get(1).remove(new wirewash.model.Reason("share", "test", ""));
        page.blocks().get(3).remove(new wirewash.model.Reason("share", "test", ""));
        new ShortBlockContextFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
    }

    @Test
    void sourceCitationBetweenRemovedBlocksStays() {
        // a science story's reference below its last paragraph, between a related link and a credit line
        String citation = "More information: J. Doe et al. Torpor in spaceflight, Life Support (2018). "
                + "DOI: 10.1007/978-3-319-09575-2_199-1";
        var page = Pages.text(Pages.PROSE_1 + "\n\nExplore further\n\n" + citation + "\n\nProvided by ESA");
        Pages.run(page, new ProseLabelFilter());
        page.blocks().get(1).remove(new wirewash.model.Reason("related-list", "test", ""));
        page.blocks().get(3).remove(new wirewash.model.Reason("link-dense", "test", ""));
        new ShortBlockContextFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, citation);
    }

    @Test
    void shortBlockBetweenTwoAdLabelsAmongTheStorysParagraphsStays() {
        // a dump that labels an ad slot after every paragraph: the line between two labels is judged by the
        // paragraphs beyond them
        var page = Pages.text(Pages.PROSE_1 + "\n\nAdvertisement\n\nFinal score: 70-44\n\nAdvertisement\n\n"
                + Pages.PROSE_2);
        Pages.run(page, new ProseLabelFilter());
        page.blocks().get(1).remove(new wirewash.model.Reason("advertisement", "test", ""));
        page.blocks().get(3).remove(new wirewash.model.Reason("advertisement", "test", ""));
        new ShortBlockContextFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "Final score: 70-44", Pages.PROSE_2);
    }

    @Test
    void shortLineBetweenACaptionAndAShareLineAmongTheStorysParagraphsStays() {
        // a figure between two paragraphs: its caption is no neighbour, the paragraph above it is
        String line = "He scored twice in the second half";
        var page = Pages.text(Pages.PROSE_1 + "\n\nFans cheer in the stadium. (Jane Doe/AP)\n\n" + line
                + "\n\nShare\n\n" + Pages.PROSE_2);
        Pages.run(page, new ProseLabelFilter());
        page.blocks().get(1).remove(new wirewash.model.Reason(CaptionFilter.REASON, "test", ""));
        page.blocks().get(3).remove(new wirewash.model.Reason("share", "test", ""));
        new ShortBlockContextFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, line, Pages.PROSE_2);
    }

    @Test
    void shortLineBetweenACaptionInABoxAndAShareLineGoes() {
        // the caption touches the lines around it: it is part of a box, not a figure between paragraphs
        var page = Pages.text(Pages.PROSE_1 + "\nFans cheer in the stadium. (Jane Doe/AP)\n"
                + "Next story headline\n\nShare\n\n" + Pages.PROSE_2);
        Pages.run(page, new ProseLabelFilter());
        page.blocks().get(1).remove(new wirewash.model.Reason(CaptionFilter.REASON, "test", ""));
        page.blocks().get(3).remove(new wirewash.model.Reason("share", "test", ""));
        new ShortBlockContextFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
    }

    @Test
    void shortBlockContextKeepsAStorysLeadWhoseNeighboursWereRemoved() {
        String lead = "The council has this morning paid the contractor to secure the repair of the old bridge over "
                + "the river before the winter floods arrive";
        var page = Pages.run(Pages.text("Home\nCouncil pays for the bridge repair at last\n" + lead + "\nAP\n"
                        + Pages.PROSE_1),
                new ProseLabelFilter(), new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 20, 0.8,
                        HeaderFilter.DEFAULT_BODY_TAGS), new ShortBlockContextFilter());
        assertThat(Pages.kept(page)).containsExactly(lead, Pages.PROSE_1);
    }

    @Test
    void shortBlockContextKeepsThePagesOnlyTextOfASentencesLength() {
        // a one-paragraph story ending in a colon, between its removed headline and share bar: the page's last text
        String brief = "HAYWARD, Calif. (AP) \u2014 The latest on a stabbing on a commuter train (all times local):";
        var page = Pages.text("Man stabbed on train\n\n" + brief + "\n\nShare\n\nMenu");
        Pages.run(page, new ProseLabelFilter());
        page.blocks().get(0).remove(new wirewash.model.Reason("header", "test", ""));
        page.blocks().get(2).remove(new wirewash.model.Reason("share", "test", ""));
        new ShortBlockContextFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(brief);
    }

    @Test
    void shortBlockContextStillEmptiesAPageOfShortLabels() {
        var page = Pages.text("Home\n\nWorld news\n\nShare\n\nMenu");
        Pages.run(page, new ProseLabelFilter());
        page.blocks().get(0).remove(new wirewash.model.Reason("navigation", "test", ""));
        page.blocks().get(2).remove(new wirewash.model.Reason("share", "test", ""));
        new ShortBlockContextFilter().process(page);
        assertThat(Pages.kept(page)).isEmpty();
    }

    /** The HTML chain's filter, which leaves running text alone. */
    private static ShortBlockContextFilter htmlShortBlocks() {
        return new ShortBlockContextFilter(ShortBlockContextFilter.DEFAULT_SEE_THROUGH_REASONS, Set.of(), true,
                ShortBlockContextFilter.DEFAULT_BOX_LEVELS, ShortBlockContextFilter.DEFAULT_MIN_POSTS,
                ShortBlockContextFilter.DEFAULT_MIN_LONE_WORDS, ShortBlockContextFilter.DEFAULT_MIN_RUNNING_WORDS,
                ShortBlockContextFilter.DEFAULT_MIN_RUNNING_STOPWORD_DENSITY);
    }

    private static final String UNPUNCTUATED = "If you want it faster you can also set the speed multiplier to 125 in "
            + "the console, and if that feels too fast then change the figure to a smaller one such as 80 or 70";

    /** Runs the filter on the lines, each in a paragraph of its own, after removing those at {@code removed}. */
    private static java.util.List<String> keptAmong(ShortBlockContextFilter filter, String[] lines, int... removed) {
        StringBuilder html = new StringBuilder("<div>");
        for (String line : lines) html.append("<p>").append(line).append("</p>");
        var page = Pages.run(Pages.html(html.append("</div>").toString()), new ProseLabelFilter());
        for (int at : removed) page.blocks().get(at).remove(new wirewash.model.Reason("related-list", "test", ""));
        filter.process(page);
        return Pages.kept(page);
    }

    @Test
    void paragraphWithoutItsFullStopBetweenRemovedBlocksStaysOnHtml() {
        // running text too long for a title, with a paragraph's function words: the writer left off the full stop
        String[] lines = {Pages.PROSE_1, "Most read", UNPUNCTUATED, "Read also", Pages.PROSE_2};
        assertThat(keptAmong(htmlShortBlocks(), lines, 1, 3)).containsExactly(Pages.PROSE_1, UNPUNCTUATED,
                Pages.PROSE_2);
        // on a text dump, and with the shorter constructors, its neighbours judge it
        assertThat(keptAmong(new ShortBlockContextFilter(ShortBlockContextFilter.DEFAULT_SEE_THROUGH_REASONS,
                Set.of(), true), lines, 1, 3)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
    }

    @Test
    void longTeaserOrMenuLineBetweenRemovedBlocksStillGoesOnHtml() {
        // a teaser cut off in an ellipsis, and a menu run into one line (few function words), are judged as before
        String teaser = "The mayor said on Monday that the council would look again at the plan for the new bridge over "
                + "the river and that the vote would be held in the spring after the\u2026";
        String menu = "Home News Sport Business Politics Culture Travel Weather Video Podcasts Opinion Science Health "
                + "Tech Money Cars Property Jobs Games Puzzles Newsletters";
        String[] lines = {Pages.PROSE_1, "Most read", teaser, "Read also", menu, "Share", Pages.PROSE_2};
        assertThat(keptAmong(htmlShortBlocks(), lines, 1, 3, 5)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
    }

    private static final String STRONG_1 = "<p>The president of the country said on Tuesday that the troops would leave "
            + "the capital within two days, and that the last of them would be home before the end of the month.</p>";
    private static final String STRONG_2 = "<p>Officials said the mission had been completed and that the withdrawal, "
            + "which was planned last year, would take ten days and would begin with the units in the north.</p>";

    /** Removes the time stamps and share links of a live blog's posts, as the rules would. */
    private static void removeFurniture(wirewash.clean.Page page) {
        for (var block : page.blocks()) {
            if (block.text().equals("Share") || block.text().matches("\\d+:\\d+")) {
                block.remove(new wirewash.model.Reason("share", "test", ""));
            }
        }
    }

    @Test
    void shortLineOfALiveBlogsPostBetweenItsStampAndShareLinkStaysOnHtml() {
        String line = "<p>A spokeswoman declined to comment.</p>";
        String html = "<div><article><time>9:12</time>" + STRONG_1 + "<a href=\"#\">Share</a></article>"
                + "<article><time>9:30</time>" + line + "<a href=\"#\">Share</a></article>"
                + "<article><time>9:45</time>" + STRONG_2 + "<a href=\"#\">Share</a></article></div>";
        for (boolean storyBoxes : new boolean[] {true, false}) {
            var page = Pages.run(Pages.html(html), new ProseLabelFilter());
            removeFurniture(page);
            new ShortBlockContextFilter(ShortBlockContextFilter.DEFAULT_SEE_THROUGH_REASONS, Set.of(), storyBoxes)
                    .process(page);
            assertThat(Pages.kept(page).contains("A spokeswoman declined to comment.")).isEqualTo(storyBoxes);
        }
    }

    @Test
    void shortLineAfterTheStorysLastParagraphIsStillJudgedByItsNeighboursOnHtml() {
        var page = Pages.run(Pages.html("<div>" + STRONG_1 + STRONG_2 + "<a href=\"#\">Share</a>"
                + "<p>Join the conversation...</p><a href=\"#\">Share</a></div>"), new ProseLabelFilter());
        removeFurniture(page);
        new ShortBlockContextFilter(ShortBlockContextFilter.DEFAULT_SEE_THROUGH_REASONS, Set.of(), true)
                .process(page);
        assertThat(Pages.kept(page)).hasSize(2).doesNotContain("Join the conversation...");
    }

    @Test
    void shortLineInABoxBesideTheStorysParagraphsIsStillJudgedByItsNeighboursOnHtml() {
        // a teaser card between the paragraphs: the line's parent is the card, whose parent is a list, not the story
        var page = Pages.run(Pages.html("<div>" + STRONG_1 + "<section><a href=\"#\">Share</a><div><div>"
                + "<p>Officials say the changes will take effect.</p></div></div><a href=\"#\">Share</a></section>"
                + STRONG_2 + "</div>"), new ProseLabelFilter());
        removeFurniture(page);
        new ShortBlockContextFilter(ShortBlockContextFilter.DEFAULT_SEE_THROUGH_REASONS, Set.of(), true)
                .process(page);
        assertThat(Pages.kept(page)).hasSize(2);
    }

    private static java.util.List<String> keptByStoryBoxes(String html) {
        var page = Pages.run(Pages.html(html), new ProseLabelFilter());
        removeFurniture(page);
        new ShortBlockContextFilter(ShortBlockContextFilter.DEFAULT_SEE_THROUGH_REASONS, Set.of(), true).process(page);
        return Pages.kept(page);
    }

    private static String post(String cls, String inner) {
        return "<article class=" + cls + "><time>9:12</time><div class=post-body>" + inner
                + "</div><a href=\"#\">Share</a></article>";
    }

    @Test
    void shortLineOfAPostThatWrapsItsTextInABodyBoxStaysOnHtml() {
        String line = "<p>A spokeswoman declined to comment.</p>";
        assertThat(keptByStoryBoxes("<div>" + post("post", STRONG_1) + post("post", line) + post("post", STRONG_2)
                + "</div>")).contains("A spokeswoman declined to comment.");
    }

    @Test
    void lastOneLinePostsOfALiveBlogStayOnHtml() {
        // the row of posts goes on past its last strong paragraph: its last posts are one line each
        String html = "<div>" + post("post", STRONG_1) + post("post", STRONG_2)
                + post("post", "<p>Polls close at 8 p.m.</p>") + post("post", "<p>Turnout is high.</p>") + "</div>";
        assertThat(keptByStoryBoxes(html)).contains("Polls close at 8 p.m.", "Turnout is high.");
    }

    @Test
    void lineAfterTheLastPostInABoxOfAnotherKindIsStillJudgedByItsNeighboursOnHtml() {
        String html = "<div>" + post("post", STRONG_1) + post("post", STRONG_2)
                + post("promo", "<p>Join the conversation...</p>") + "</div>";
        assertThat(keptByStoryBoxes(html)).hasSize(2).doesNotContain("Join the conversation...");
    }

    @Test
    void lineInAnUnnamedSectionAfterTheStorysSectionsIsStillJudgedByItsNeighboursOnHtml() {
        // a writer's sections are no posts: the line after the last one is the story's tail
        String html = "<div><section>" + STRONG_1 + "</section><section>" + STRONG_2 + "</section><section>"
                + "<a href=\"#\">Share</a><p>Join the conversation...</p><a href=\"#\">Share</a></section></div>";
        assertThat(keptByStoryBoxes(html)).hasSize(2).doesNotContain("Join the conversation...");
    }

    @Test
    void lineInAWrapperOfTheKindOfTheParagraphsWrappersIsStillJudgedByItsNeighboursOnHtml() {
        // a CMS that wraps every paragraph in a box of its own wraps the tail line too: a box holding the line alone
        String html = "<div><div class=c7>" + STRONG_1 + "</div><div class=c7>" + STRONG_2 + "</div>"
                + "<a href=\"#\">Share</a><div class=c7><p>Join the conversation...</p></div><a href=\"#\">Share</a></div>";
        assertThat(keptByStoryBoxes(html)).hasSize(2).doesNotContain("Join the conversation...");
    }

    @Test
    void lineAfterALoneStrongPostIsStillJudgedByItsNeighboursOnHtml() {
        // one box of strong prose is no row of posts
        String html = "<div>" + post("post", STRONG_1 + STRONG_2) + post("post", "<p>Join the conversation...</p>")
                + "</div>";
        assertThat(keptByStoryBoxes(html)).hasSize(2).doesNotContain("Join the conversation...");
    }

    @Test
    void relatedListTailLeavesTheItemsOfTheStorysOwnList() {
        var page = Pages.run(Pages.html("<p>" + Pages.PROSE_1 + "</p><ul><li><a href='https://a.example.org/'>The full "
                + "audit</a></li><li><a href='/news/x'>Council delays vote</a></li></ul>"), new ProseLabelFilter());
        Pages.block(page, "The full audit").label(wirewash.clean.Label.STORY_LIST);

        new RelatedListTailFilter().process(page);

        assertThat(Pages.block(page, "The full audit").isKept()).isTrue();
        assertThat(Pages.block(page, "Council delays").isRemoved()).isTrue();
    }
}
