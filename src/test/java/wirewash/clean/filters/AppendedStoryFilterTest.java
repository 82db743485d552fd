package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.clean.Stopwords;

class AppendedStoryFilterTest {
    private static final String OWN = "<p>The council met on Monday, after weeks of delay, to discuss the budget, which has grown "
            + "by a third since last year, and to vote on the new library for the town.</p>";
    private static final String NEXT = "<p>Flood defences along the river were raised overnight as forecasters warned that "
            + "another band of heavy rain would reach the valley before the weekend, officials said.</p>";
    private static final String HEAD = "<head><title>Council approves the new library budget | The Herald</title>"
            + "<meta property=\"og:title\" content=\"Council approves the new library budget\"></head>";

    private static Page run(String body) {
        return Pages.run(Pages.html("<html>" + HEAD + "<body>" + body + "</body></html>"), new ProseLabelFilter(),
                new AppendedStoryFilter());
    }

    private static long kept(Page page, String prefix) {
        return Pages.kept(page).stream().filter(text -> text.startsWith(prefix)).count();
    }

    @Test
    void removesASiblingArticleOfTheSameClassBelowTheStory() {
        Page page = run("<main><article class=\"story\"><h1>Council approves the new library budget</h1>" + OWN.repeat(4)
                + "</article><div class=\"up-next\">Next article</div><article class=\"story\"><h1>River rises as "
                + "storm nears the valley</h1>" + NEXT.repeat(4) + "</article></main>");

        assertThat(kept(page, "The council met")).isEqualTo(4);
        assertThat(kept(page, "Flood defences")).isZero();
        // the label between the boxes is the tail rules' to judge ("Next article" is a next-story line)
        assertThat(Pages.kept(page)).doesNotContain("River rises as storm nears the valley");
    }

    @Test
    void removesAnInfiniteScrollWrapperOfH2StoriesWithTheirBylines() {
        Page page = run("<h1>Council approves the new library budget</h1><div class=\"body\">" + OWN.repeat(3) + "</div>"
                + "<div class=\"infinite-scroll\" data-next-url=\"/b\"><div class=\"x\"><h2>River rises as storm "
                + "nears the valley</h2><p class=\"byline\">By Jane Doe | Nov 3, 2019</p>" + NEXT.repeat(4)
                + "</div><div class=\"x\"><h2>Rail strike called off after late talks</h2>"
                + "<span>Jane Doe · 3 hours ago</span>" + NEXT.repeat(3) + "</div></div>");

        assertThat(kept(page, "The council met")).isEqualTo(3);
        assertThat(kept(page, "Flood defences")).isZero();
    }

    @Test
    void removesAStoryBelowWhoseHeadlineIsTwoWordsOverABylineAndADate() {
        Page page = run("<h1>Council approves the new library budget</h1><div class=\"body\">" + OWN.repeat(3) + "</div>"
                + "<div class=\"up-next\">Up Next</div><div class=\"x\"><h2>Flood watch</h2><div>By Jane Doe</div>"
                + "<time datetime=\"2019-11-03\">Nov 3, 2019</time>" + NEXT.repeat(4) + "</div>");

        assertThat(kept(page, "The council met")).isEqualTo(3);
        assertThat(kept(page, "Flood defences")).isZero();
    }

    @Test
    void keepsTheStorysTwoWordSubheadingOverADateAlone() {
        Page page = run("<h1>Council approves the new library budget</h1><div class=\"body\">" + OWN.repeat(3) + "</div>"
                + "<div class=\"x\"><h2>Flood watch</h2><time datetime=\"2019-11-03\">Nov 3, 2019</time>"
                + NEXT.repeat(4) + "</div>");

        assertThat(kept(page, "Flood defences")).isEqualTo(4);
    }

    @Test
    void takesTheStoryWhoseHeadlineIsThePageTitleWhenAnotherH1StandsAboveIt() {
        Page page = run("<div class=\"promo\"><h1>Win tickets to the summer festival now</h1></div>"
                + "<article><h1>Council approves the new library budget</h1>" + OWN.repeat(3) + "</article>"
                + "<article><h1>River rises as storm nears the valley</h1>" + NEXT.repeat(3) + "</article>");

        assertThat(kept(page, "The council met")).isEqualTo(3);
        assertThat(kept(page, "Flood defences")).isZero();
    }

    @Test
    void keepsAStorySplitAcrossSiblingBoxesByAnAdSlotWithASubheading() {
        Page page = run("<article><h1>Council approves the new library budget</h1><div class=\"chunk\">" + OWN.repeat(3)
                + "</div><div class=\"ad\">Advertisement</div><div class=\"chunk\"><h2>What the library will "
                + "cost the town</h2>" + OWN.repeat(3) + "</div></article>");

        assertThat(Pages.kept(page)).hasSize(9);
    }

    @Test
    void keepsTheStorysRestBelowAContinueReadingButton() {
        Page page = run("<article><h1>Council approves the new library budget</h1><div class=\"lede\">" + OWN.repeat(2)
                + "</div><button>Continue reading</button><div class=\"rest collapsed\"><h2>Why the budget "
                + "grew so fast</h2>" + OWN.repeat(4) + "</div></article>");

        assertThat(kept(page, "The council met")).isEqualTo(6);
    }

    @Test
    void keepsALiveBlogWhosePostsAreArticlesWithHeadingsAndStamps() {
        String post = "<article class=\"post\"><time>10:42 a.m.</time><h2>Councillors arrive for the budget "
                + "vote</h2>" + OWN + "<a href=\"#p\">Share</a></article>";
        Page page = run("<h1>Council approves the new library budget</h1><div class=\"summary\">" + OWN.repeat(2)
                + "</div><div class=\"posts\">" + post.repeat(5) + "</div>");

        assertThat(kept(page, "The council met")).isEqualTo(7);
    }

    @Test
    void keepsASubheadingThatOpensTheStorysBodyBelowTheHeadline() {
        Page page = run("<header><h1>Council approves the new library budget</h1><p class=\"standfirst\">The vote "
                + "ends a year of argument over the plans.</p></header><div class=\"body\"><h2>Eleven votes to "
                + "four on the council</h2><time>Nov 3, 2019</time>" + OWN.repeat(4) + "</div>");

        assertThat(kept(page, "The council met")).isEqualTo(4);
    }

    @Test
    void keepsAStoryAboutAnotherArticleThatQuotesItsHeadline() {
        Page page = run("<article><h1>Council approves the new library budget</h1>" + OWN.repeat(3)
                + "<blockquote><h3>River rises as storm nears</h3><p>By Jane Doe</p></blockquote>" + OWN.repeat(3)
                + "</article>");

        assertThat(kept(page, "The council met")).isEqualTo(6);
    }

    @Test
    void readsABylineAndAStampSetSideBySideInSpansWithNoSpaceBetween() {
        // "Uma EzeUpdated 7:36 p.m. ET" as one line: the spans' own texts are the byline and the stamp
        Page page = run("<div class=\"post-content\"><h1>Council approves the new library budget</h1>"
                + "<div class=\"text\">" + OWN.repeat(3) + "</div></div><div class=\"dfp-ad\">Advertisement</div>"
                + "<div class=\"post-content\"><header><h2>River rises as storm nears the valley</h2><span "
                + "class=\"author\">Uma Eze</span><span class=\"date\">Updated 7:36 p.m. ET</span></header>"
                + "<div class=\"text\">" + NEXT.repeat(5) + "</div></div>");

        assertThat(kept(page, "The council met")).isEqualTo(3);
        assertThat(kept(page, "Flood defences")).isZero();
    }

    @Test
    void keepsASubheadingAboveTwoGluedSpansThatAreNoHeader() {
        Page page = run("<article><h1>Council approves the new library budget</h1><div class=\"chunk\">"
                + OWN.repeat(3) + "</div><div class=\"chunk\"><h2>What the library will cost the town</h2>"
                + "<span class=\"label\">Costs</span><span class=\"note\">In pounds</span>" + OWN.repeat(3)
                + "</div></article>");

        assertThat(kept(page, "The council met")).isEqualTo(6);
    }

    @Test
    void readsPastTheSubheadingsOfANextStoryThatHasAStampBelowItsHeadline() {
        // the next story's own subheadings, of its headline's rank, stand beside its paragraphs without a stamp
        Page page = run("<div class=\"body\"><h1>Council approves the new library budget</h1>" + OWN.repeat(3)
                + "</div><div class=\"box\"><h2>River rises as storm nears the valley</h2><time>Updated 4:59 PM BST"
                + "</time>" + NEXT.repeat(2) + "<h2>What the forecasters say</h2>" + NEXT.repeat(2)
                + "<h2>Where the water may reach</h2>" + NEXT + "</div>");

        assertThat(kept(page, "The council met")).isEqualTo(3);
        assertThat(kept(page, "Flood defences")).isZero();
    }

    @Test
    void keepsAFlatLiveBlogWhosePostsHaveStampsBelowTheirHeadings() {
        String post = "<h2>Councillors arrive for the budget vote</h2><span>10:42 a.m.</span>" + OWN.repeat(2);
        Page page = run("<div class=\"live\"><h1>Council approves the new library budget</h1>" + OWN.repeat(2)
                + "<div class=\"posts\">" + post.repeat(3) + "</div></div>");

        assertThat(kept(page, "The council met")).isEqualTo(8);
    }

    @Test
    void removesANextStoryToldInShortLinesUnderItsBylineAndDate() {
        String line = "<p>New tasks and questions for the game arrive with this month's pack.</p>";
        Page page = run("<article class=\"story\"><h1>Council approves the new library budget</h1>" + OWN.repeat(3)
                + "</article><div class=\"r\"><h2>Dare to Play gets its October pack</h2><span>Jane Doe</span>"
                + "<span>Published Dec 1, 2018</span><div>" + line.repeat(6) + "</div></div>");

        assertThat(kept(page, "The council met")).isEqualTo(3);
        assertThat(kept(page, "New tasks")).isZero();
    }

    @Test
    void keepsAFlatLiveBlogOfShortPostsUnderStampedHeadings() {
        String line = "<p>Councillors have taken their seats and the vote is about to start.</p>";
        String post = "<h2>Councillors arrive for the budget vote</h2><span>10:42 a.m.</span>" + line.repeat(3);
        Page page = run("<div class=\"live\"><h1>Council approves the new library budget</h1>" + OWN.repeat(2)
                + "<div class=\"posts\">" + post.repeat(4) + "</div></div>");

        assertThat(kept(page, "Councillors have")).isEqualTo(12);
    }

    @Test
    void tellsThePageLanguageAgainFromItsOwnStoryOnceTheOtherStoriesAreGone() {
        String own = "<p>Il consiglio si è riunito lunedì, dopo settimane di ritardi, per discutere il bilancio della "
                + "città e per votare la nuova biblioteca che sarà aperta nel centro.</p>";
        Page page = Pages.html("<html><head><title>Il consiglio approva la biblioteca</title></head><body><article "
                + "class=\"story\"><h1>Il consiglio approva la biblioteca</h1>" + own.repeat(3) + "</article>"
                + ("<article class=\"story\"><h1>River rises as storm nears the valley</h1>" + NEXT.repeat(6)
                + "</article>").repeat(2) + "</body></html>");
        page.setStopwords(Stopwords.detect(Stopwords.Tally.sum(
                page.blocks().stream().map(Block::stopwordTally).toList())));
        assertThat(page.stopwords().language()).isEqualTo("en");

        Pages.run(page, new ProseLabelFilter(), new AppendedStoryFilter());

        assertThat(kept(page, "Flood defences")).isZero();
        assertThat(page.stopwords().language()).isEqualTo("it");
        assertThat(Pages.block(page, "Il consiglio si").has(Label.PROSE)).isTrue();
    }
}
