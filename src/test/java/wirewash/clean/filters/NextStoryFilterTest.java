package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.clean.TextBlocks;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class NextStoryFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
            + "Repairs are expected to take at least six months and cost the city about two million pounds, officials said.\n"
            + "Drivers have been told to use the ring road, which the council says will add ten minutes to a trip.\n"
            + "Shop owners near the bridge fear the closure will keep customers away during the busy weeks before Christmas.\n";
    private static final String NEXT = "Storm leaves thousands without power across the county\nBy Laura Khan | The Herald\n"
            + "November 20, 2019\n"
            + "High winds brought down power lines across the county overnight, leaving many homes in the dark and cold.\n"
            + "Engineers from the electricity network worked through the night and hope to reconnect every household by Friday.\n"
            + "Forecasters have warned that another band of heavy rain and gales is expected to arrive on Saturday morning.\n"
            + "Families without heating were offered blankets and hot meals at the leisure centre in the market square.\n";

    @Test
    void removesTheStoryAnEndlessPageLoadsBelowTheStory() {
        Page page = run(STORY + "Next article\n" + NEXT);
        assertThat(keptText(page)).isEqualTo(STORY);
        assertThat(page.blocks().get(4).removal().code()).isEqualTo(NextStoryFilter.REASON);
    }

    @Test
    void aHeadlineThatAsksAQuestionOpensAStoryToo() {
        String next = NEXT.replace("Storm leaves thousands without power across the county",
                "Will the storm leave thousands without power again?");
        Page page = run(STORY + next);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void teasersAboveThePagesOwnHeaderAreNoStory() {
        // a list of teasers, the first naming the page's own story by its headline (further up than the words the
        // topic is compared on), then that story under its headline, byline and date
        String other = "Police name man found dead in river %d The man, who was 54, had been reported missing by his "
                + "family on Sunday evening after a walk along the towpath near the old mill, and detectives are "
                + "appealing for witnesses who saw him near the footbridge, the lock or the boatyard that night.\n";
        StringBuilder teasers = new StringBuilder("Storm leaves thousands without power across the county\n");
        for (int i = 1; i <= 6; i++) teasers.append(other.formatted(i));
        Page page = run(teasers + NEXT);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aStandfirstAboveThePagesOwnHeaderIsNoStory() {
        // a deck of two short sentences and the page's headline, byline and date printed again below it
        String deck = "The bridge has been closed for repairs.\nDrivers face long delays this winter.\n";
        Page page = run(deck + NEXT);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void theStoryResumedBelowABoxOfDatedHeadlinesStays() {
        String box = "Most read\nStorm leaves thousands without power across the county\n2 hours ago\n"
                + "Police name man found dead in the river\n3 hours ago\n";
        String rest = "The council will meet again next month to decide whether a temporary footbridge should be built.\n"
                + "A footbridge would let pedestrians and cyclists cross the river while the old bridge is repaired.\n";
        Page page = run(STORY + box + rest);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aDatedSubheadingOverMoreOfTheSameStoryStays() {
        String more = "What the repairs on the old bridge involve\nUpdated November 20, 2019\n"
                + "The repairs on the old bridge will replace the rusted steel under the road and repaint the railings.\n"
                + "Council engineers said the bridge repairs would also widen the pavement for the shop owners near it.\n"
                + "The council will close the bridge to traffic in stages, so shop owners keep some of their customers.\n";
        Page page = run(STORY + more);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void anEmbeddedPostsCreditIsNoDateLine() {
        String post = "Huge queues at the ring road this morning as the old bridge closes\n"
                + "— Jane Doe (@janedoe) November 19, 2019\n"
                + "Traffic on the ring road was backed up for three miles by eight o'clock, the police said.\n"
                + "Buses were running up to forty minutes late, and some schools reported pupils arriving after the bell.\n";
        Page page = run(STORY + post);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aDateOnTheLineBelowAnEmbeddedPostsCreditIsNoDateLine() {
        // a dump with each text node on its own line sets the post's date, a link, apart from its credit
        // (the post and the story's rest on other matters than the story above, as a storm's next story is)
        String post = NEXT.replace("By Laura Khan | The Herald\nNovember 20, 2019\n",
                "\u2014 Laura Khan (@laurakhan)\nNovember 20, 2019\n");
        Page page = run(STORY + post);
        assertThat(page.kept()).hasSize(page.blocks().size());
        // the same lines with a byline, not a post's credit, above the date: another story, which goes
        assertThat(keptText(run(STORY + NEXT))).isEqualTo(STORY);
        // a story's own header with a bracketed handle two lines above its date still heads a story
        assertThat(NextStoryFilter.creditsPost("Follow Jane Doe on X (@janedoe)")).isTrue();
        assertThat(NextStoryFilter.creditsPost("Email jane@example.com")).isFalse();
    }

    @Test
    void manyDatedEntriesBelowTheIntroductionAreALiveBlog() {
        String entry = NEXT.replace("November 20, 2019", "Updated %d:15 PM");
        StringBuilder blog = new StringBuilder(STORY);
        for (int hour = 4; hour >= 1; hour--) blog.append(entry.formatted(hour));
        Page page = run(blog.toString());
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aTitleLikeSentenceOverALiveBlogsTimeStampHeadsNoStory() {
        // a live blog's entries under bare time stamps; one entry's first line reads as a headline
        String entries = "Storm leaves thousands without power across the county\n9pm\n"
                + "High winds brought down power lines across the county overnight, leaving many homes in the dark and cold, and crews were sent from three nearby counties to help.\n"
                + "22.10\n"
                + "Engineers from the electricity network worked through the night and hope to reconnect every household in the county by Friday.\n"
                + "5 hours ago\n"
                + "Forecasters have warned that another band of heavy rain and gales is expected to arrive on Saturday morning, with gusts of up to seventy miles an hour.\n";
        Page page = run(STORY + entries);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void oneTimeStampBetweenParagraphsLeavesTheNextStoryToBeRemoved() {
        String story = STORY.replace("Drivers have", "9pm\nDrivers have");
        Page page = run(story + "Next article\n" + NEXT);
        assertThat(keptText(page)).isEqualTo(story);
    }

    @Test
    void aTeaserCardWhoseWordsTheTextBelowNeverTakesUpIsNoStoryHeader() {
        // another story's card (headline, summary, date) set in the story; the story resumes on other words
        String card = "Local bakery wins national award\n"
                + "Officials say the changes will take effect next year, but critics warn the plan does not go far enough.\n"
                + "5 hours ago\n";
        String rest = "Engineers inspecting the structure found rusted steel beneath the carriageway and cracked railings.\n"
                + "Motorists heading north face diversions through the industrial estate until the spring at least.\n"
                + "Traders along the riverside parade expect takings to drop sharply during the festive weeks ahead.\n"
                + "Cyclists and pedestrians may still cross on a narrow walkway that stays open while the work goes on.\n";
        Page page = run(STORY + card + rest);
        assertThat(keptText(page)).contains(rest);
    }

    /** A follow-up on the same news: it shares the story's words, and only its header tells it is another story. */
    private static final String FOLLOW_UP = "Bridge repairs will cost the council more than it expected\n%s\n"
            + "November 21, 2019\n"
            + "The repairs on the old bridge will cost the council about three million pounds, a million more than planned.\n"
            + "Council engineers found more rust under the bridge, and the repairs will take two months longer.\n"
            + "Shop owners near the bridge said the longer closure before Christmas would keep customers away.\n"
            + "Drivers will use the ring road until the spring, when the council expects to open the bridge again.\n";

    @Test
    void aSignedHeaderOpensAStoryOnTheSameNews() {
        Page page = run(STORY + FOLLOW_UP.formatted("Laura Khan | The Herald"));
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aBylineAnEarlierFilterRemovedSignsTheHeader() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "byline byline by\\s+(\\w+( \\w+)*)"));
        Page page = DenseProseRunFilterTest.labelled(STORY + FOLLOW_UP.formatted("By Laura Khan"));
        new BylineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    private static final String UNDATED = "Storm leaves thousands without power across the county\n%s"
            + "%s\n"
            + "High winds brought down power lines across the county overnight, leaving many homes in the dark and cold.\n"
            + "Engineers from the electricity network worked through the night and hope to reconnect every household by Friday.\n"
            + "Forecasters have warned that another band of heavy rain and gales is expected to arrive on Saturday morning.\n";
    private static final String STANDFIRST = "Engineers hope to reconnect every home by Friday.\n";

    @Test
    void anUndatedHeaderWithAStandfirstAndAByline() {
        // headline, the one sentence that sums the story up, byline: a whole story's header, dated or not
        Page page = runWithBylines(STORY + "WEATHER\n" + UNDATED.formatted(STANDFIRST, "By Laura Khan"));
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aSignedTeaserCardWhoseWordsTheTextBelowNeverTakesUpIsNoStoryHeader() {
        // another story's card (headline, summary, byline) set between the story's paragraphs: the story resumes
        // below it on its own words, never the card's
        String card = "Storm leaves thousands without power across the county\n" + STANDFIRST + "By Laura Khan\n";
        String rest = "Inspectors examining the structure found rusted steel beneath the carriageway and cracked railings.\n"
                + "Motorists heading north face diversions through the industrial estate until the spring at least.\n"
                + "Traders along the riverside parade expect takings to drop sharply during the festive weeks ahead.\n"
                + "Cyclists and walkers may still cross on a narrow walkway that stays open while the work goes on.\n"
                + "Ferry operators have added evening sailings to carry commuters over the estuary until it reopens.\n";
        Page page = runWithBylines(STORY + card + rest);
        assertThat(keptText(page)).endsWith(rest);
    }

    @Test
    void aFullCardOneOfWhoseWordsTheTextBelowUsesByChanceIsNoStoryHeader() {
        // a card of many words (headline, summary, byline, its count of comments): the story below uses one of them
        // ("comments"), as a story may, and retells nothing else of it
        String card = "Storm leaves thousands without power across the county\n" + STANDFIRST
                + "By Laura Khan\n";
        String rest = "Inspectors examining the structure invited comments from residents about cracked railings.\n"
                + "Motorists heading north face diversions through the industrial estate until the spring at least.\n"
                + "Traders along the riverside parade expect takings to drop sharply during the festive weeks ahead.\n"
                + "Cyclists and walkers may still cross on a narrow walkway that stays open while the work goes on.\n"
                + "Ferry operators have added evening sailings to carry commuters over the estuary until it reopens.\n";
        Page page = runWithBylines(STORY + card.replace("By Laura Khan", "By Laura Khan · 433 comments") + rest);
        assertThat(keptText(page)).endsWith(rest);
    }

    @Test
    void aSignedNextStoryWhoseLedeRetellsItsHeadlineStillGoes() {
        // the same shape, but the text below takes up the headline's words: the next story, not a card
        Page page = runWithBylines(STORY + UNDATED.formatted(STANDFIRST, "By Laura Khan") + MORE);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aBylineTheRulesNameKeptInTheHeaderSignsItToo() throws Exception {
        // a filter that leaves the byline in place (or a rule that names it another way)
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "byline byline by\\s+(\\w+( \\w+)*)"));
        Page page = DenseProseRunFilterTest.labelled(STORY + UNDATED.formatted(STANDFIRST, "By Laura Khan"));
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aSubheadingInCapitalsSignsNoUndatedHeader() {
        // an interview's question, a one-sentence answer and a capitalised subheading in the story's own words
        Page page = runWithBylines(STORY + UNDATED.formatted(STANDFIRST, "THE EARLY YEARS") + MORE);
        assertThat(page.blocks()).allMatch(Block::isKept);
        page = runWithBylines(STORY + UNDATED.formatted("", "The Ring Road") + MORE);
        assertThat(page.blocks()).allMatch(Block::isKept);
    }

    @Test
    void aSubheadingOpenedByAnArticleSignsNoUndatedHeader() {
        // "A" is no initial (an initial has its full stop): the story writes it in lower case
        for (String subheading : List.of("A TURNING POINT", "A Turning Point")) {
            Page page = runWithBylines(STORY + "Related Links\n" + UNDATED.formatted("", subheading) + MORE);
            assertThat(page.blocks()).as(subheading).allMatch(Block::isKept);
        }
    }

    @Test
    void theItemsOfAListTheStoryAnnouncesHeadNoStory() {
        // "Maria Alvarez – 63 points" over "Leo Martin – 39 points" reads as a headline over a name and a role, and
        // the text below names her as a next story's lede retells its headline
        String items = "Elena Rossi – 80 points\nRavi Shah – 88 points\nMaria Alvarez – 63 points\nLeo Martin – 39 points\n";
        String other = "Maria Alvarez said high winds brought down power lines across the county, leaving many homes cold.\n"
                + "Engineers from the electricity network worked through the night and hope to reconnect every household by Friday.\n"
                + "Forecasters have warned that another band of heavy rain and gales is expected to arrive on Saturday morning.\n"
                + MORE;
        Page page = run(STORY + "The scores of the shortlisted designs were:\n" + items + other);
        assertThat(page.blocks()).allMatch(Block::isKept);
        // with no sentence announcing them, the same lines are another story's header and its text
        page = run(STORY + "Home\n" + items + other);
        assertThat(keptText(page)).isEqualTo(STORY + "Home\n");
    }

    private static final String MORE = "Families without heating were offered blankets and hot meals at the leisure "
            + "centre in the market square.\n";

    @Test
    void aNameThatSignsAnUndatedHeaderOverAnotherStoryOpensIt() {
        // "Jane Doe | The Herald", a credit, a byline the rules took out, a name the page never writes in lower case
        for (String byline : List.of("Laura Khan | The Herald", "Laura Khan, Staff Writer", "Words by Laura Khan",
                "Words: Laura Khan", "TEXT BY LAURA KHAN", "By Laura Khan", "Laura Khan", "LAURA KHAN")) {
            for (String standfirst : List.of("", STANDFIRST)) {
                Page page = runWithBylines(STORY + "Next article\n" + UNDATED.formatted(standfirst, byline) + MORE);
                assertThat(keptText(page)).as(byline + " / " + standfirst).isEqualTo(STORY);
            }
        }
    }

    @Test
    void aListingsTitleOverANameLikeLineIsNoHeaderWhenTheTextBelowNeverTakesItUp() {
        // a job listing set between the story's paragraphs: a title, a line that opens with two capitalised words
        // ("Software Engineer — …") read as a name, and the story resumed below on its own words
        String listing = "Data Analyst for the regional water company\nSoftware Engineer — Northgate, Competitive\n";
        String rest = "Inspectors examining the structure found rusted steel beneath the carriageway and cracked railings.\n"
                + "Motorists heading home face diversions through the industrial estate until the spring at least.\n"
                + "Traders along the riverside parade expect takings to drop sharply during the festive weeks ahead.\n"
                + "Cyclists and walkers may still cross on a narrow walkway that stays open while the work goes on.\n"
                + "Ferry operators have added evening sailings to carry commuters over the estuary until it reopens.\n";
        Page page = run(STORY + listing + rest);
        assertThat(keptText(page)).endsWith(rest);
        // the same shape over text that retells its headline is the next story's header
        page = run(STORY + UNDATED.formatted("", "Laura Khan | The Herald") + MORE);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aPhotoCreditTheCaptionRulesNameSignsNoHeader() throws Exception {
        // "Foto ANP" under a caption-like line reads as a bare name; the caption rules know it for a photo credit
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "caption caption foto \\w+"));
        Page page = DenseProseRunFilterTest.labelled(STORY + UNDATED.formatted("", "Foto ANP") + MORE);
        new NextStoryFilter(rules).process(page);
        assertThat(page.blocks()).allMatch(Block::isKept);
        page = DenseProseRunFilterTest.labelled(STORY + UNDATED.formatted("", "Laura Khan") + MORE);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aPhotoCreditTheCaptionRulesNameIsNoHeadline() throws Exception {
        // a picture's credit line above the story's byline, "Image: …" under the standfirst, heads no other story
        String header = "Image: Storm clouds over the county\nLaura Khan | The Herald\n";
        String below = UNDATED.substring(UNDATED.indexOf("%s\n") + 3) + MORE;
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "caption caption image: .{2,60}"));
        Page page = DenseProseRunFilterTest.labelled(STORY + header + below);
        new NextStoryFilter(rules).process(page);
        assertThat(page.blocks()).allMatch(Block::isKept);
        // without the rule the line reads as a headline, and the name signs it
        page = DenseProseRunFilterTest.labelled(STORY + header + below);
        new NextStoryFilter(new RuleSet(RuleLoader.parse("t.rules", ""))).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aSignedHeadlineWithNoStandfirstNorDateOverTheSameNewsIsABoxInTheStory() {
        // a correspondent's analysis under its own headline and byline, inside the story: it tells of the same
        String box = "Why the bridge repairs matter for the shops near it\n%s\n"
                + "The shop owners near the bridge depend on drivers who cross it, and the repairs will keep them away.\n"
                + "The council says the ring road adds ten minutes, but shop owners fear drivers will shop elsewhere.\n"
                + "The closure of the old bridge before Christmas could cost the shops near it their busiest weeks.\n";
        for (String byline : List.of("By Laura Khan", "Laura Khan | The Herald", "Analysis by Laura Khan")) {
            Page page = runWithBylines(STORY + box.formatted(byline));
            assertThat(page.blocks()).as(byline)
                    .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
        }
    }

    @Test
    void aSignedHeadlineOverTheSameNewsBelowANextArticleLineOpensTheNextStory() throws Exception {
        // the same box as above, but a line the rules removed as a next-link announces it: a follow-up loaded below
        String next = "Next article\nWhy the bridge repairs matter for the shops near it\nBy Laura Khan / The Herald\n"
                + "The council voted to close the old bridge on Monday, and the repairs will take six months, officials said.\n"
                + "The repairs to the old bridge will cost the city two million pounds, and drivers must use the ring road.\n"
                + "Shop owners near the old bridge fear the closure will keep customers away before Christmas, the council said.\n"
                + "The council says the ring road will add ten minutes to a trip while the old bridge is closed to traffic.\n";
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "byline byline by\\s+(\\w+( \\w+)*)( / .*)?\n"
                + "line next-link next article\nline advertisement advertisement"));
        Page page = DenseProseRunFilterTest.labelled(STORY + next);
        new BylineRuleFilter(rules).process(page);
        new LineRuleFilter(rules).process(page);
        sameNewsFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
        // an ad slot's label above the box announces nothing: a box on the same news in the story
        Page ad = DenseProseRunFilterTest.labelled(STORY + next.replace("Next article", "Advertisement"));
        new BylineRuleFilter(rules).process(ad);
        new LineRuleFilter(rules).process(ad);
        sameNewsFilter(rules).process(ad);
        assertThat(ad.blocks())
                .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
    }

    @Test
    void aDatedHeadlineOverTheSameNewsBelowAnUpNextLineOpensTheNextStory() throws Exception {
        // a follow-up on the same news under its headline and a date alone, below a line the rules removed as a
        // next-link: the next story; without that line, a dated subheading over more of the same story
        String next = "Why the bridge repairs matter for the shops near it\nNovember 20, 2019\n"
                + "The council voted to close the old bridge on Monday, and the repairs will take six months, officials said.\n"
                + "The repairs to the old bridge will cost the city two million pounds, and drivers must use the ring road.\n"
                + "Shop owners near the old bridge fear the closure will keep customers away before Christmas, the council said.\n"
                + "The council says the ring road will add ten minutes to a trip while the old bridge is closed to traffic.\n";
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link up next"));
        Page page = DenseProseRunFilterTest.labelled(STORY + "Up next\n" + next);
        new LineRuleFilter(rules).process(page);
        sameNewsFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
        Page bare = DenseProseRunFilterTest.labelled(STORY + next);
        new LineRuleFilter(rules).process(bare);
        sameNewsFilter(rules).process(bare);
        assertThat(bare.blocks())
                .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
    }

    @Test
    void aLineAnnouncingTheNextStoryEndsTheFurnitureAboveIt() throws Exception {
        // the page's footer (a title-like line the tail rules take only later) above the "Up next" line: the dated
        // follow-up below that line is the next story, not an item of a box of headlines under the footer's line
        String next = "Why the bridge repairs matter for the shops near it\nNovember 20, 2019\n"
                + "The council voted to close the old bridge on Monday, and the repairs will take six months, officials said.\n"
                + "The repairs to the old bridge will cost the city two million pounds, and drivers must use the ring road.\n"
                + "Shop owners near the old bridge fear the closure will keep customers away before Christmas, the council said.\n"
                + "The council says the ring road will add ten minutes to a trip while the old bridge is closed to traffic.\n";
        String footer = "Terms of Service and Privacy Notice\n";
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link up next\n"
                + "tail related-list recommended"));
        Page page = DenseProseRunFilterTest.labelled(STORY + footer + "Up next\n" + next);
        new LineRuleFilter(rules).process(page);
        sameNewsFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY + footer);
        // so does a box heading the tail rules name, over a dated, unsigned header about something else
        Page headed = DenseProseRunFilterTest.labelled(STORY + footer + "Recommended\n"
                + NEXT.replace("By Laura Khan | The Herald\n", ""));
        new LineRuleFilter(rules).process(headed);
        sameNewsFilter(rules).process(headed);
        assertThat(keptText(headed)).isEqualTo(STORY + footer);
        // with nothing announcing it, the dated headline right below the footer's line is a box's item
        Page bare = DenseProseRunFilterTest.labelled(STORY + footer + next);
        new LineRuleFilter(rules).process(bare);
        sameNewsFilter(rules).process(bare);
        assertThat(bare.blocks())
                .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
    }

    @Test
    void aNameAndRoleBelowAStandfirstSignsTheHeaderAndHeadsNoStoryOfItsOwn() {
        // headline, one sentence summing the story up, then "Jane Doe, Staff Reporter" over the date line: the name
        // line is the byline, not a further headline over the date (whose text would never retell it)
        String next = NEXT.replace("By Laura Khan | The Herald\n",
                "Forecasters say more gales are on the way this weekend.\nLaura Khan, Staff Reporter\n");
        Page page = run(STORY + next);
        assertThat(keptText(page)).isEqualTo(STORY);
        assertThat(NextStoryFilter.namesWithRole("Laura Khan, Staff Reporter")).isTrue();
        assertThat(NextStoryFilter.namesWithRole("Laura Khan | The Herald")).isTrue();
        assertThat(NextStoryFilter.namesWithRole("Laura Khan")).isFalse();
        assertThat(NextStoryFilter.namesWithRole("Laura Khan |")).isFalse();
        assertThat(NextStoryFilter.namesWithRole("Storm leaves thousands without power")).isFalse();
    }

    @Test
    void aVideosTitleOverItsPlayersLineHeadsNoStory() throws Exception {
        // a video embedded in the story: a label, its title, its running time, then the story resumes
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link up next\n"
                + "line media \\d{1,2}(:\\d{2}){1,2}"));
        String embed = NEXT.replace("By Laura Khan | The Herald\n", "").replace("November 20, 2019", "1:56:21");
        Page page = DenseProseRunFilterTest.labelled(STORY + "Up next\n" + embed);
        new LineRuleFilter(rules).process(page);
        sameNewsFilter(rules).process(page);
        assertThat(page.blocks())
                .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
        // the same header with a date below its headline is the next story's
        Page dated = DenseProseRunFilterTest.labelled(STORY + "Up next\n" + embed.replace("1:56:21", "November 20, 2019"));
        new LineRuleFilter(rules).process(dated);
        sameNewsFilter(rules).process(dated);
        assertThat(keptText(dated)).isEqualTo(STORY);
    }

    @Test
    void aTimeStampALineRuleRemovedStillDatesTheNextStorysHeader() throws Exception {
        // the next story's header has an unsigned, labelled stamp, which a line rule takes before this step
        String next = NEXT.replace("By Laura Khan | The Herald\n", "").replace("November 20, 2019",
                "Published 10:42 AM, November 20, 2019");
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line dateline published \\d.*"));
        Page page = DenseProseRunFilterTest.labelled(STORY + next);
        new LineRuleFilter(rules).process(page);
        assertThat(page.blocks().get(5).removal().code()).isEqualTo("dateline");
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
        // the same stamp under another reason is no date line this step reads: the header is undated and unsigned
        Page other = DenseProseRunFilterTest.labelled(STORY + next);
        new LineRuleFilter(new RuleSet(RuleLoader.parse("t.rules", "line meta published \\d.*"))).process(other);
        new NextStoryFilter(rules).process(other);
        assertThat(other.blocks()).noneMatch(block -> block.isRemoved()
                && block.removal().code().equals(NextStoryFilter.REASON));
    }

    /** The next story without a byline or a date: a headline and its text alone, which goes on with its lede's words. */
    private static final String BARE_NEXT = "Storm leaves thousands without power across the county\n"
            + "High winds brought down power lines across the county overnight, leaving many homes in the dark and cold.\n"
            + "Engineers worked through the night to bring power back to the homes the winds left in the dark and cold, "
            + "and the network said most of the county should have power again by Friday.\n"
            + "Forecasters warned that more high winds and heavy rain would reach the county on Saturday morning, and "
            + "that homes near the coast could lose power again if the winds brought down more lines.\n";

    @Test
    void anUndatedUnsignedHeadlineANextStoryLineAnnouncesOpensTheNextStory() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link next story\n"
                + "tail related-list more stories\nline related-list read more: .*"));
        // a removed "Next story" line, or a kept box heading the tail rules name, with a section's label between;
        // a section's label alone right below the story's last paragraph heads it too (its text is about something
        // else and retells its headline)
        for (String above : List.of("Next story\n", "Next story\nWeather\n", "More stories\n", "Weather\n")) {
            Page page = DenseProseRunFilterTest.labelled(STORY + above + BARE_NEXT);
            new LineRuleFilter(rules).process(page);
            new NextStoryFilter(rules).process(page);
            assertThat(keptText(page)).as(above).isEqualTo(STORY);
        }
        // no announcing line, or an inline plug a line rule took for the same reason: the headline is a subheading
        for (String above : List.of("", "Read more: Council names new chief executive\n")) {
            Page page = DenseProseRunFilterTest.labelled(STORY + above + BARE_NEXT);
            new LineRuleFilter(rules).process(page);
            new NextStoryFilter(rules).process(page);
            assertThat(page.blocks()).as(above)
                    .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
        }
    }

    /** A shorter next story under a headline alone: nothing announces, dates or signs it. */
    private static final String LONE_NEXT = "Storm leaves thousands without power\n"
            + "High winds brought down power lines across Kent overnight, leaving many homes in the dark and cold.\n"
            + "Engineers from UK Power Networks worked through the night to bring power back to the homes the winds left in the dark.\n"
            + "The Met Office warned that more high winds could bring down more power lines on Saturday.\n"
            + "Families near the coast at Deal without heating were offered blankets and hot meals if the winds return tonight.\n";

    @Test
    void aHeadlineStandingAloneOverAShorterStoryAboutSomethingElseOpensTheNextStory() {
        Page page = run(STORY + LONE_NEXT);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    /** The story above names its people and places; a section below under a lone line names them again. */
    private static final String NAMED_STORY = STORY.replace("officials said", "said Ellen Park, who leads it")
            + "A petition against the closure has gathered more than three thousand signatures in a week, its organisers said.\n"
            + "The bridge carries about twelve thousand vehicles a day and was last strengthened in the nineteen eighties.\n";
    private static final String NAMED_SECTION = "Park hopes to win a second term next spring\n"
            + "At a packed meeting in the town hall, Mayor Ellen Park told cheering supporters that she would stand for election again in May.\n"
            + "Park, who first won in Dover in 2015, named housing, schools, libraries and parks as her priorities for another four years in office.\n"
            + "Her opponents have yet to choose a candidate, though several local business leaders are thought to be interested.\n";

    @Test
    void aHeadlineStandingAloneOverTextNamingTheStorysPeopleIsItsSubheading() {
        // a section of the same story may use new common words, but it names the story's people and places again
        Page page = run(NAMED_STORY + NAMED_SECTION);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aHeadlineStandingAloneOverTextNamingTheStorysPeopleOpensNothingOnlyByTheNames() {
        // the same page with the names not weighed (any share allowed): the section is taken for the next story
        Page page = DenseProseRunFilterTest.labelled(NAMED_STORY + NAMED_SECTION);
        new NextStoryFilter(NextStoryFilter.DEFAULT_MIN_STORY_WORDS, NextStoryFilter.DEFAULT_MIN_STORY_PARAGRAPHS,
                NextStoryFilter.DEFAULT_MIN_HEADLINE_WORDS, NextStoryFilter.DEFAULT_MAX_HEADLINE_WORDS,
                NextStoryFilter.DEFAULT_MAX_HEADER_LINES, NextStoryFilter.DEFAULT_MAX_HEADER_LINE_WORDS,
                NextStoryFilter.DEFAULT_MAX_BYLINE_WORDS, NextStoryFilter.DEFAULT_MAX_SEPARATOR_LINES,
                NextStoryFilter.DEFAULT_MAX_SEPARATOR_WORDS, NextStoryFilter.DEFAULT_MAX_HEADERS,
                NextStoryFilter.DEFAULT_MAX_SHARED_SHARE, NextStoryFilter.DEFAULT_CONTEXT_WORDS,
                NextStoryFilter.DEFAULT_MIN_CONTEXT_WORDS, SentenceTeaserBoxFilter.DEFAULT_COMMON_WORDS, RuleSet.EMPTY,
                NextStoryFilter.DEFAULT_MAX_STANDFIRST_WORDS, DenseProseRunFilter.DEFAULT_MAX_LIST_ITEMS,
                DenseProseRunFilter.DEFAULT_MIN_ANNOUNCEMENT_WORDS, NextStoryFilter.DEFAULT_MAX_KICKER_WORDS,
                NextStoryFilter.DEFAULT_MAX_TEASER_CUT_RATIO, NextStoryFilter.DEFAULT_MAX_BREAK_SHARED_SHARE,
                NextStoryFilter.DEFAULT_MIN_RETOLD_HEADLINE_SHARE, 1.0, NextStoryFilter.DEFAULT_MIN_LEDE_NAMES)
                .process(page);
        assertThat(keptText(page)).isEqualTo(NAMED_STORY);
    }

    @Test
    void aHeadlineStandingAloneOverTextNamingTooFewToTellOpensNothing() {
        // a fresh story's text names people and places; one that names none cannot be told from a section by them
        Page page = run(STORY + LONE_NEXT.replace("Kent", "the county").replace("UK Power Networks", "the network")
                .replace("The Met Office", "Forecasters").replace(" at Deal", ""));
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aLineOfTwoSentencesStandingAloneIsATeaserCardNotAHeadline() {
        // a teaser card's headline and summary on one line, "Deal agreed. What it means. 2h ago"
        Page page = run(STORY + LONE_NEXT.replace("Storm leaves thousands without power",
                "Storm leaves thousands without power. Here is what it means for you"));
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aHeadlineStandingAloneOverMoreOfTheSameStoryIsItsSubheading() {
        String same = "Traders fear a quiet Christmas near the bridge\n"
                + "Shop owners near the bridge say the closure and the repairs will keep drivers and customers away.\n"
                + "The council says the ring road will keep traffic moving while the old bridge is closed for repairs.\n";
        Page page = run(STORY + same);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aHeadlineStandingAloneInAStoryThatSetsSubheadingsIsOneMore() {
        // the story's own sections each under a headline-like line: one of them may turn to another subject
        String story = STORY.replace("Drivers have been", "What the closure means for drivers\nDrivers have been");
        Page page = run(story + LONE_NEXT);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aHeadlineStandingAloneOverALongerTextHeadsThePagesOwnStory() {
        // a video's title or the furniture's blurbs above the page's story: the longer text below is the page's
        Page page = run(STORY + LONE_NEXT + LONE_NEXT.substring(LONE_NEXT.indexOf('\n') + 1)
                .replace("High winds", "Strong winds").replace("Engineers", "Workers")
                .replace("Families", "Children"));
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aHeadlineInLowerCaseUnderANextStoryLineOpensTheNextStory() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link next story"));
        String next = NEXT.replace("Storm leaves", "storm leaves");
        Page page = DenseProseRunFilterTest.labelled(STORY + "Next story\n" + next);
        new LineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
        // with no such line above it, a line in lower case is no headline: it heads nothing
        Page bare = DenseProseRunFilterTest.labelled(STORY + next);
        new NextStoryFilter(rules).process(bare);
        assertThat(bare.kept()).hasSize(bare.blocks().size());
    }

    @Test
    void aHeadlineBelowABreakInThePageOverAnotherStoryOpensTheNextStory() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line advertisement advertisement|keep reading"));
        // a rule of marks (kept until the no-text step), an ad slot's label or a prompt to read on a rule removed,
        // right above a headline whose text is about something else and goes on with its own words
        for (String above : List.of("* * *\n", "———\n", "Advertisement\n", "Keep reading\n")) {
            Page page = DenseProseRunFilterTest.labelled(STORY + above + BARE_NEXT);
            new LineRuleFilter(rules).process(page);
            new NextStoryFilter(rules).process(page);
            assertThat(keptText(page)).as(above).isEqualTo(STORY);
            assertThat(page.blocks().get(5).removal().code()).as(above).isEqualTo(NextStoryFilter.REASON);
        }
    }

    @Test
    void theStoryResumedBelowABreakUnderASubheadingStays() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line advertisement advertisement"));
        // a section break or an ad slot between the story's paragraphs, then a subheading over more of the same news
        String same = "What the bridge repairs mean for drivers\n"
                + "Drivers who use the old bridge to reach the town centre will have to take the ring road for months.\n"
                + "The council says the repairs to the old bridge and the ring road diversion will add ten minutes.\n"
                + "Shop owners near the bridge say drivers on the ring road will no longer pass their windows.\n";
        for (String above : List.of("* * *\n", "Advertisement\n")) {
            Page page = DenseProseRunFilterTest.labelled(STORY + above + same);
            new LineRuleFilter(rules).process(page);
            sameNewsFilter(rules).process(page);
            assertThat(page.blocks()).as(above)
                    .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
        }
    }

    @Test
    void aHeaderABreakHeadsOverTextInTheWholeStorysWordsStays() throws Exception {
        // the text below the break takes up one word of the story above ("council"): with no share of them allowed,
        // it tells another part of the same news and stays; by default one word in many is no part of the story
        String next = BARE_NEXT.replace("Engineers worked", "Council engineers worked");
        for (double share : new double[] {0.0, NextStoryFilter.DEFAULT_MAX_BREAK_SHARED_SHARE}) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "* * *\n" + next);
            new NextStoryFilter(NextStoryFilter.DEFAULT_MIN_STORY_WORDS, NextStoryFilter.DEFAULT_MIN_STORY_PARAGRAPHS,
                    NextStoryFilter.DEFAULT_MIN_HEADLINE_WORDS, NextStoryFilter.DEFAULT_MAX_HEADLINE_WORDS,
                    NextStoryFilter.DEFAULT_MAX_HEADER_LINES, NextStoryFilter.DEFAULT_MAX_HEADER_LINE_WORDS,
                    NextStoryFilter.DEFAULT_MAX_BYLINE_WORDS, NextStoryFilter.DEFAULT_MAX_SEPARATOR_LINES,
                    NextStoryFilter.DEFAULT_MAX_SEPARATOR_WORDS, NextStoryFilter.DEFAULT_MAX_HEADERS,
                    NextStoryFilter.DEFAULT_MAX_SHARED_SHARE, NextStoryFilter.DEFAULT_CONTEXT_WORDS, 5,
                    SentenceTeaserBoxFilter.DEFAULT_COMMON_WORDS, RuleSet.EMPTY,
                    NextStoryFilter.DEFAULT_MAX_STANDFIRST_WORDS, DenseProseRunFilter.DEFAULT_MAX_LIST_ITEMS,
                    DenseProseRunFilter.DEFAULT_MIN_ANNOUNCEMENT_WORDS, NextStoryFilter.DEFAULT_MAX_KICKER_WORDS,
                    NextStoryFilter.DEFAULT_MAX_TEASER_CUT_RATIO, share).process(page);
            if (share == 0.0) {
                assertThat(page.kept()).as("share 0").hasSize(page.blocks().size());
            } else {
                assertThat(keptText(page)).isEqualTo(STORY);
            }
        }
    }

    @Test
    void threeStoriesEachUnderANextStoryLineAreNoRoundup() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link next story"));
        // an endless page that loaded three stories, each under its "Next story" line and a signed header: the
        // first and all below it go (a roundup of signed pieces has no such line between them)
        String other = "Museum reopens its east wing after a long restoration\nBy Theo Varga | The Herald\n"
                + "The museum reopened its east wing on Saturday after a restoration of the painted ceilings and floors.\n"
                + "Visitors queued along the museum steps to see the restored ceilings, which had been hidden for years.\n"
                + "Curators said the east wing would host a new exhibition of paintings from the region in the spring.\n";
        String third = "School choir wins the national final in the capital\nBy Pia Novak | The Herald\n"
                + "The school choir won the national final in the capital on Friday evening, beating forty other choirs.\n"
                + "Parents travelled by coach to watch the choir sing, and the head teacher praised the singers' hard work.\n"
                + "The choir will perform at the town hall next month to celebrate the win with the whole community.\n";
        String next = "Storm leaves thousands without power across the county\nBy Laura Khan | The Herald\n"
                + BARE_NEXT.substring(BARE_NEXT.indexOf('\n') + 1);
        Page page = DenseProseRunFilterTest.labelled(STORY + "Next story\n" + next + "Next story\n" + other
                + "Next story\n" + third);
        new LineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void theSitesOtherNavigationAnnouncesNoStory() throws Exception {
        // an app prompt's button or a menu's link a rule removed, set between the story's paragraphs above a
        // subheading: only a next-link ("Next story") announces another story
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link next story\n"
                + "line navigation open in (the )?app|home|view all"));
        for (String above : List.of("Open in app\n", "Home\n", "View all\n")) {
            Page page = DenseProseRunFilterTest.labelled(STORY + above + BARE_NEXT);
            new LineRuleFilter(rules).process(page);
            new NextStoryFilter(rules).process(page);
            assertThat(page.blocks()).as(above)
                    .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
        }
    }

    @Test
    void anAnnouncedHeadlineOverMoreOfTheSameStoryOrBelowAnotherHeadlineStays() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "tail related-list more stories"));
        // the story resumed below a box: its words are the story's
        String same = "What the bridge repairs mean for drivers\n"
                + "Drivers who use the old bridge to reach the town centre will have to take the ring road for months.\n"
                + "The council says the repairs to the old bridge and the ring road diversion will add ten minutes.\n"
                + "Shop owners near the bridge say drivers on the ring road will no longer pass their windows.\n";
        // a box of headlines: the second is the box's item, below which the story goes on
        String box = "Police name man found dead in river\n" + BARE_NEXT;
        // a teaser's paragraph of another story in a box, then the story resumed: it takes up the story's words,
        // not the teaser's
        String teaser = "Storm leaves thousands without power across the county\n"
                + "High winds brought down power lines across the county overnight, leaving many homes in the dark.\n"
                + "The council said shop owners near the old bridge would get help with their business rates during the "
                + "closure, and that the repairs would be done in stages to keep some traffic moving past the shops.\n"
                + "Drivers on the ring road were told the repairs to the old bridge would finish before the summer, and "
                + "the council said the extra ten minutes on a trip across town would end once the bridge reopened.\n";
        for (String below : List.of(same, box, teaser)) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "More stories\n" + below);
            sameNewsFilter(rules).process(page);
            assertThat(page.blocks())
                    .noneMatch(block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
        }
        // compared on the few words right by the header, the teaser is about something else than the story: the
        // text below the teaser's paragraph tells the box from the next story
        for (String below : List.of(teaser, BARE_NEXT)) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "More stories\n" + below);
            new NextStoryFilter(NextStoryFilter.DEFAULT_MIN_STORY_WORDS, NextStoryFilter.DEFAULT_MIN_STORY_PARAGRAPHS,
                    NextStoryFilter.DEFAULT_MIN_HEADLINE_WORDS, NextStoryFilter.DEFAULT_MAX_HEADLINE_WORDS,
                    NextStoryFilter.DEFAULT_MAX_HEADER_LINES, NextStoryFilter.DEFAULT_MAX_HEADER_LINE_WORDS,
                    NextStoryFilter.DEFAULT_MAX_BYLINE_WORDS, NextStoryFilter.DEFAULT_MAX_SEPARATOR_LINES,
                    NextStoryFilter.DEFAULT_MAX_SEPARATOR_WORDS, NextStoryFilter.DEFAULT_MAX_HEADERS,
                    NextStoryFilter.DEFAULT_MAX_SHARED_SHARE, 12, 5, SentenceTeaserBoxFilter.DEFAULT_COMMON_WORDS,
                    rules).process(page);
            if (below == teaser) {
                assertThat(page.blocks()).noneMatch(
                        block -> block.isRemoved() && block.removal().code().equals(NextStoryFilter.REASON));
            } else {
                assertThat(keptText(page)).isEqualTo(STORY);
            }
        }
    }

    /** Compares the two sides of a header from a few content words on, as a longer page would. */
    /** Another story below the page's, under a section's label (a kicker) and its headline, with no line announcing it. */
    private static final String KICKED = "WEATHER\nStorm leaves thousands without power across the county\n"
            + "High winds brought down power lines across the county overnight, leaving many homes in the dark and cold.\n"
            + "Engineers worked through the night and hope to bring power back to homes across the county by Friday.\n"
            + "Forecasters have warned that another band of heavy rain and gales is expected to arrive on Saturday morning.\n"
            + "Families without heating were offered blankets and hot meals at the leisure centre in the market square.\n";

    @Test
    void aHeadlineUnderASectionsLabelThatRetellsThePagesHeadlineOpensTheNextStoryOnTheSameNews() {
        String again = "NEWS\nCouncil shuts the old bridge while repairs go on\n"
                + "The council has shut the old bridge so that repairs can begin, leaving drivers to find other routes "
                + "into the town centre.\n"
                + "Repairs to the old bridge will take at least six months, the council said, and drivers face delays "
                + "on the ring road.\n"
                + "Traders near the bridge say the closure will cost them customers in the weeks before Christmas.\n"
                + "Engineers will inspect the old stone arches first, and the council will publish their report.\n";
        String headline = "Council closes old bridge for repairs\n";
        Page page = run(headline + STORY + again);
        assertThat(keptText(page)).isEqualTo(headline + STORY);
        // with no such headline above the story, the labelled headline over the same news is the story's own section
        Page own = run(STORY + again);
        assertThat(own.kept()).hasSize(own.blocks().size());
    }

    @Test
    void aHeadlineUnderASectionsLabelRightBelowTheStoryOpensTheNextStory() {
        Page page = run(STORY + KICKED);
        assertThat(keptText(page)).isEqualTo(STORY);
        // the label goes with the headline it heads
        assertThat(page.blocks().get(4).removal().code()).isEqualTo(NextStoryFilter.REASON);
        Page titled = run(STORY + KICKED.replace("WEATHER", "Weather & Climate"));
        assertThat(keptText(titled)).isEqualTo(STORY);
    }

    @Test
    void aLabelAmongTheStorysOwnLabelledSectionsOpensNoStory() {
        // the story labels its own sections ("SHOPS WORRIED" between two of its paragraphs): a label below it over a
        // subheading and a paragraph on another part of the news is one more of its sections
        String labelled = STORY.replace("Shop owners", "SHOPS WORRIED\nShop owners");
        Page page = run(labelled + KICKED);
        assertThat(keptText(page)).isEqualTo(labelled + KICKED);
    }

    @Test
    void noLabelReadsAsAKickerWhenTheyAreTurnedOff() {
        NextStoryFilter filter = new NextStoryFilter(NextStoryFilter.DEFAULT_MIN_STORY_WORDS,
                NextStoryFilter.DEFAULT_MIN_STORY_PARAGRAPHS, NextStoryFilter.DEFAULT_MIN_HEADLINE_WORDS,
                NextStoryFilter.DEFAULT_MAX_HEADLINE_WORDS, NextStoryFilter.DEFAULT_MAX_HEADER_LINES,
                NextStoryFilter.DEFAULT_MAX_HEADER_LINE_WORDS, NextStoryFilter.DEFAULT_MAX_BYLINE_WORDS,
                NextStoryFilter.DEFAULT_MAX_SEPARATOR_LINES, NextStoryFilter.DEFAULT_MAX_SEPARATOR_WORDS,
                NextStoryFilter.DEFAULT_MAX_HEADERS, NextStoryFilter.DEFAULT_MAX_SHARED_SHARE,
                NextStoryFilter.DEFAULT_CONTEXT_WORDS, NextStoryFilter.DEFAULT_MIN_CONTEXT_WORDS,
                SentenceTeaserBoxFilter.DEFAULT_COMMON_WORDS, RuleSet.EMPTY,
                NextStoryFilter.DEFAULT_MAX_STANDFIRST_WORDS, DenseProseRunFilter.DEFAULT_MAX_LIST_ITEMS,
                DenseProseRunFilter.DEFAULT_MIN_ANNOUNCEMENT_WORDS, 0);
        Page page = DenseProseRunFilterTest.labelled(STORY + KICKED);
        filter.process(page);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aLowerCaseLineOrAQuotesSignatureOverAHeadlineIsNoLabel() {
        // "– Jane D." under a reader's quote, "read on" in the story: neither is a section's label
        assertThat(run(STORY + "– Jane D.\n" + KICKED.substring(KICKED.indexOf('\n') + 1)).kept())
                .hasSize(STORY.split("\n").length + 6);
        assertThat(run(STORY + "read on\n" + KICKED.substring(KICKED.indexOf('\n') + 1)).kept())
                .hasSize(STORY.split("\n").length + 6);
    }

    @Test
    void aBoxsLabelOverRemovedLinesOrAQuestionUnderALabelOpensNoStory() throws Exception {
        // "Weather" over a forecast a rule took out, then the story's own subheading over text on other things
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line widget \\w{3} \\d+° .*"));
        Page boxed = DenseProseRunFilterTest.labelled(STORY + "Weather\nFri 2° Light rain\nSat 4° Clear\n"
                + KICKED.substring(KICKED.indexOf('\n') + 1));
        new LineRuleFilter(rules).process(boxed);
        new NextStoryFilter(rules).process(boxed);
        assertThat(boxed.blocks()).noneMatch(block -> block.isRemoved()
                && block.removal().code().equals(NextStoryFilter.REASON));
        // an interview's question under a subheading of capitalised words, its answer below
        String interview = "Neues Leitmotto\nWhy did the storm leave so many homes without power this time?\n"
                + KICKED.substring(KICKED.indexOf('\n', KICKED.indexOf('\n') + 1) + 1);
        assertThat(run(STORY + interview).kept()).hasSize(STORY.split("\n").length + 6);
    }

    @Test
    void aLabelledTeaserCardSetInTheStoryOpensNoStory() {
        // a section's label over another story's headline and one sentence of summary between the story's
        // paragraphs, the story resumed below the card: a teaser card set in the story, not the story loaded next
        String card = "Lifestyle\nFarmers face questions over fuel duty in Wexcombe\n"
                + "The farmers in Wexcombe say the decision over the fuel duty came without warning from ministers.\n";
        String resumed = "The council said the old bridge repairs would be paid for from the city's road budget.\n"
                + "Shop owners near the bridge asked the council to keep the ring road open to delivery vans.\n"
                + "Drivers who live near the old bridge said the ring road was already busy before the repairs.\n";
        Page page = run(STORY + card + resumed);
        assertThat(page.blocks()).noneMatch(block -> block.isRemoved()
                && block.removal().code().equals(NextStoryFilter.REASON));
    }

    @Test
    void aLabelledNextStoryOnANearSubjectOpensTheNextStory() {
        // another story under a label, on a near subject: its later paragraphs take up a few of the story's words
        // from further up (council, repairs, drivers, traffic) and as many of its own first paragraph's; weighed
        // against the story's last words as many as that paragraph holds, they go on with the next story
        String next = "TRANSPORT\nBus firms redraw their routes across the county\n"
                + "Bus firms across the county will redraw their routes and timetables from January, the transport "
                + "board announced.\n"
                + "The transport board said the January timetables would be printed next week, and that the council "
                + "had agreed to pay for the repairs to shelters along the main routes.\n"
                + "Village routes will keep their morning buses, while drivers on the express routes will run every "
                + "half hour and skip the heaviest traffic at the station.\n"
                + "Passengers with season tickets can swap them for the new ones at any station kiosk or online.\n";
        Page page = run(STORY + next);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aListArticlesFirstSectionUnderALabelBelowItsShortIntroductionStays() {
        // a gift guide: two paragraphs of introduction, then picks many times as long, each under its name, the
        // first under an ad's label; the first pick's later paragraphs go on with its first paragraph's words
        // (charger, port, power, road, laptops) more than with the introduction's last few, but take up more of the
        // introduction's own (every, phone, tablet, watch, long, holidays)
        String intro = "Shopping for the gadget lover in your family is hard, because they buy every new phone, tablet "
                + "and watch long before the holidays arrive, and they already own the gear you would think of first.\n"
                + "This year I picked accessories I have tested for months instead, from chargers to lamps, that make "
                + "such things nicer to live with, and none of them costs a fortune.\n";
        String picks = "Advertisement\nVoltix 65W Travel Charger With Two Ports\n"
                + "Laptops moved to charging over the small round port years ago, which in theory meant any power bank "
                + "or travel charger could fill them up on the road.\n"
                + "The Voltix charger finally delivers that power on the road: its second port fills a phone or a "
                + "tablet while the laptop charges from the first, and it fits in a coat pocket.\n"
                + "It kept my family's laptops going through a long drive over the holidays, and the watch topped up "
                + "from it overnight at the hotel as well.\n"
                + "Lumen Desk Lamp With A Wireless Pad\n"
                + "A desk lamp sounds like a dull present, but the Lumen bends over a keyboard without glare and lays a "
                + "wireless pad in its base for a phone that needs a top up.\n"
                + "Its light warms in the evening on its own, and the base stays cool even after a whole night of "
                + "topping up the watch beside it.\n"
                + "Kids doing homework at the kitchen table liked it so much that I had to buy a second one for the "
                + "bedroom upstairs.\n"
                + "Orbit Speaker For The Kitchen Shelf\n"
                + "The Orbit is a compact speaker that sounds far bigger than it looks, with a battery that lasts "
                + "a weekend away from the socket.\n"
                + "It pairs with a tablet in seconds, shows the time on a dim ring of light, and shrugs off splashes "
                + "from the sink next to it.\n"
                + "At its price it is the gift I would buy twice, once for the kitchen and once for a grandparent who "
                + "still listens to the radio every morning.\n"
                + "Nook Sleeve For A Thin Notebook\n"
                + "Felt sleeves wear out within a year, so the Nook is cut from waxed canvas with a leather flap that "
                + "closes with a magnet rather than a zip that scratches the lid.\n"
                + "A pocket at the front holds a mouse and a cable, and the canvas darkens nicely with age, which is "
                + "more than I can say for most bags I have owned.\n";
        Page page = run(intro + picks);
        assertThat(page.kept()).hasSize(page.blocks().size());
        // weighed against as few of the introduction's last words as the first paragraph holds, the pick reads as
        // a labelled next story
        NextStoryFilter weighedOnLastWords = new NextStoryFilter(NextStoryFilter.DEFAULT_MIN_STORY_WORDS,
                NextStoryFilter.DEFAULT_MIN_STORY_PARAGRAPHS, NextStoryFilter.DEFAULT_MIN_HEADLINE_WORDS,
                NextStoryFilter.DEFAULT_MAX_HEADLINE_WORDS, NextStoryFilter.DEFAULT_MAX_HEADER_LINES,
                NextStoryFilter.DEFAULT_MAX_HEADER_LINE_WORDS, NextStoryFilter.DEFAULT_MAX_BYLINE_WORDS,
                NextStoryFilter.DEFAULT_MAX_SEPARATOR_LINES, NextStoryFilter.DEFAULT_MAX_SEPARATOR_WORDS,
                NextStoryFilter.DEFAULT_MAX_HEADERS, NextStoryFilter.DEFAULT_MAX_SHARED_SHARE,
                NextStoryFilter.DEFAULT_CONTEXT_WORDS, NextStoryFilter.DEFAULT_MIN_CONTEXT_WORDS,
                SentenceTeaserBoxFilter.DEFAULT_COMMON_WORDS, RuleSet.EMPTY,
                NextStoryFilter.DEFAULT_MAX_STANDFIRST_WORDS, DenseProseRunFilter.DEFAULT_MAX_LIST_ITEMS,
                DenseProseRunFilter.DEFAULT_MIN_ANNOUNCEMENT_WORDS, NextStoryFilter.DEFAULT_MAX_KICKER_WORDS, 100.0);
        Page cut = DenseProseRunFilterTest.labelled(intro + picks);
        weighedOnLastWords.process(cut);
        assertThat(keptText(cut)).isEqualTo(intro);
    }

    @Test
    void aLabelledUpdateSectionOfTheSameStoryStays() {
        String update = "UPDATE\nCouncil confirms the old bridge will reopen to traffic in the spring\n"
                + "The council said on Wednesday that the old bridge repairs were going faster than planned and that "
                + "traffic could use the bridge again in the spring.\n"
                + "Shop owners near the bridge welcomed the news, saying the closure had kept customers away.\n"
                + "Drivers will still have to use the ring road until the council opens the bridge again.\n";
        Page page = run(STORY + update);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aSubheadingBelowAQuotesBylineLikeAttributionStays() {
        // a quote, its speaker's name on a line of its own (reads like a byline or a label), then a subheading
        // over more of the same story, which mentions what comes "next"
        String rest = "“We have waited years for the council to act on the bridge, and now it has,” one shop owner said.\n"
                + "Maria Lopez\n"
                + "What happens next for drivers on the old bridge\n"
                + "Next month the council will publish the repairs timetable for the old bridge and the ring road.\n"
                + "Drivers who use the bridge every day will get letters from the council about the closure.\n"
                + "Shop owners near the bridge will be offered help with parking while the repairs go on.\n";
        Page page = run(STORY + rest);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aRelatedTeaserUnderALabelSetInTheStoryStays() {
        String teaser = "Related\nCity plans a second bridge over the river by the end of the decade\n"
                + "Shop owners near the bridge say the closure has already cost them customers, and the council "
                + "will meet them next week to talk about the drivers who no longer stop in the town.\n"
                + "The council will also ask drivers whether the ring road should stay open at night during the "
                + "repairs to the bridge.\n";
        Page page = run(STORY + teaser);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    private static NextStoryFilter sameNewsFilter(RuleSet rules) {
        return new NextStoryFilter(NextStoryFilter.DEFAULT_MIN_STORY_WORDS, NextStoryFilter.DEFAULT_MIN_STORY_PARAGRAPHS,
                NextStoryFilter.DEFAULT_MIN_HEADLINE_WORDS, NextStoryFilter.DEFAULT_MAX_HEADLINE_WORDS,
                NextStoryFilter.DEFAULT_MAX_HEADER_LINES, NextStoryFilter.DEFAULT_MAX_HEADER_LINE_WORDS,
                NextStoryFilter.DEFAULT_MAX_BYLINE_WORDS, NextStoryFilter.DEFAULT_MAX_SEPARATOR_LINES,
                NextStoryFilter.DEFAULT_MAX_SEPARATOR_WORDS, NextStoryFilter.DEFAULT_MAX_HEADERS,
                NextStoryFilter.DEFAULT_MAX_SHARED_SHARE, NextStoryFilter.DEFAULT_CONTEXT_WORDS, 5,
                SentenceTeaserBoxFilter.DEFAULT_COMMON_WORDS, rules);
    }

    @Test
    void aStandfirstOverAnUnsignedUndatedLineOpensNothing() {
        Page page = runWithBylines(STORY + UNDATED.formatted(STANDFIRST, "more to come"));
        assertThat(page.blocks()).allMatch(Block::isKept);
    }

    @Test
    void aHeadlineBelowTheStorysLastSentenceOpensTheNextStory() {
        // a related link's title, the story's last sentence, then the next story's own headline, byline and date:
        // the sentence is no standfirst and stays
        String last = "Officials expect the bridge to open again in the spring, before the tourist season starts.\n";
        String link = "Read the council's bridge repairs page\n";
        String next = NEXT.replace("Storm leaves thousands without power across the county",
                "Storm cuts power across the county");
        Page page = runWithBylines(STORY + link + last + next);
        assertThat(keptText(page)).isEqualTo(STORY + link + last);
    }

    @Test
    void aCreditLineBelowAStandfirstIsTheByline() {
        Page page = runWithBylines(STORY + UNDATED.formatted(STANDFIRST, "Words by Laura Khan\nNovember 20, 2019"));
        assertThat(keptText(page)).isEqualTo(STORY);
        assertThat(NextStoryFilter.isCredit("Words by Laura Khan")).isTrue();
        assertThat(NextStoryFilter.isCredit("Story and photos by Laura Khan | The Herald")).isTrue();
        assertThat(NextStoryFilter.isCredit("Bridge closed by council for six months")).isFalse();
        assertThat(NextStoryFilter.isCredit("By Laura Khan")).isFalse();
        assertThat(NextStoryFilter.isCredit("Words: Laura Khan")).isTrue();
        assertThat(NextStoryFilter.isCredit("TEXT BY LAURA KHAN")).isTrue();
        assertThat(NextStoryFilter.isCredit("Update: the bridge is open")).isFalse();
    }

    @Test
    void aTimeStampThatReadsLikeASentenceDatesTheHeader() {
        Page page = run(STORY + NEXT.replace("November 20, 2019", "Updated Nov 20, 2019 10:33 a.m."));
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aNameOpensABylineWithoutBy() {
        assertThat(NextStoryFilter.opensWithName("Laura Khan")).isTrue();
        assertThat(NextStoryFilter.opensWithName("Laura Khan | The Herald")).isTrue();
        assertThat(NextStoryFilter.opensWithName("J. O’Neil-Smith, Reporter")).isTrue();
        assertThat(NextStoryFilter.opensWithName("Laura")).isFalse();
        assertThat(NextStoryFilter.opensWithName("Police name the man")).isFalse();
        assertThat(NextStoryFilter.opensWithName("Jane Mary Ann Doe Smith")).isFalse();
        assertThat(NextStoryFilter.opensWithName("Updated 3:45 PM")).isFalse();
    }

    @Test
    void aDatedCardSetInTheStoryStaysWhenTheStoryResumesBelowIt() {
        // a card's header over one summary paragraph, then the story goes on in its own words
        String card = "Pylon row deepens as network digs in\nUpdated Nov 20, 2019, 4:45 p.m.\n"
                + "High winds brought down power lines across the county overnight, leaving many homes in the dark.\n";
        String rest = "The council said the bridge repairs would start in January, once drivers have been told of the "
                + "ring road and the shop owners near the bridge have been asked about the closure.\n"
                + "Shop owners near the bridge said the council should keep the bridge open to drivers at weekends.\n";
        Page page = run(STORY + card + rest);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aTimeAStampRuleTookOutDatesTheHeaderWhateverItsLabel() {
        // "Last updated: 5:21 AM ET" is no time stamp by its words alone; a line that states no time dates nothing
        RuleSet rules = rules("line dateline (last updated|refreshed):? .{1,30}");
        Page page = DenseProseRunFilterTest.labelled(
                STORY + NEXT.replace("By Laura Khan | The Herald\nNovember 20, 2019", "Last updated: 5:21 AM ET"));
        new LineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
        Page undated = DenseProseRunFilterTest.labelled(
                STORY + NEXT.replace("By Laura Khan | The Herald\nNovember 20, 2019", "Refreshed: never"));
        new LineRuleFilter(rules).process(undated);
        new NextStoryFilter(rules).process(undated);
        assertThat(undated.kept()).hasSize(undated.blocks().size() - 1);
    }

    @Test
    void twoNamesJoinedByAndSignAHeader() {
        assertThat(NextStoryFilter.opensWithName("Laura Khan and Theo Varga")).isTrue();
        assertThat(NextStoryFilter.opensWithName("Laura Khan & Theo Varga | The Herald")).isTrue();
        assertThat(NextStoryFilter.opensWithName("Laura Khan and")).isFalse();
        assertThat(NextStoryFilter.opensWithName("Laura Khan and Theo")).isFalse();
        assertThat(NextStoryFilter.opensWithName("Khan and Theo Varga")).isFalse();
        assertThat(NextStoryFilter.opensWithName("Laura Khan and the council")).isFalse();
        Page page = run(STORY + "Storm leaves thousands without power across the county\nLaura Khan and Theo Varga\n"
                + NEXT.substring(NEXT.indexOf("High winds")));
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aCommentCountInTheHeaderIsNoText() {
        // "Comments" beside the share buttons, kept until the tail rules run, between the byline and the text
        RuleSet rules = rules("byline byline by\\s+(\\w+( \\w+)*)\ntail comment-box \\d* ?comments?");
        String next = NEXT.replace("By Laura Khan | The Herald\nNovember 20, 2019", "By Laura Khan\n12 Comments");
        Page page = DenseProseRunFilterTest.labelled(STORY + "Next article\n" + next);
        new BylineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    private static RuleSet rules(String text) {
        try {
            return new RuleSet(RuleLoader.parse("t.rules", text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void leavesADumpFlattenedOntoOneLineAlone() {
        // its header's lines were joined into the text: what it is cut into are sentences, not the page's lines
        String flat = (STORY + STORY + "Next article\n" + NEXT).replace('\n', ' ');
        Page page = run(flat);
        assertThat(page.blocks()).hasSizeGreaterThan(8)
                .allMatch(block -> block.tag().equals(TextBlocks.FLAT_SEGMENT_TAG)).allMatch(Block::isKept);
    }

    /** The storm story's text under a header of the given lines (no headline), ending with a newline. */
    private static final String STORM_TEXT = NEXT.substring(NEXT.indexOf("High winds"));

    @Test
    void aDatedSignedHeaderOverAnotherTopicOpensAStoryItsLedeDoesNotRetell() {
        // a headline written about the page's own subject over another story's text: no word of it is taken up
        String header = "Council bridge row deepens as traders dig in\nLaura Khan | The Herald\nNovember 20, 2019\n";
        Page page = run(STORY + header + STORM_TEXT);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void threeDatedStoriesUnderNextStoryLinesAreNoLiveBlog() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link next article"));
        String next = "Next article\n" + NEXT;
        Page page = DenseProseRunFilterTest.labelled(STORY + next + next + next);
        new LineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aNameBeforeTheDateOnOneLineSignsTheHeader() {
        assertThat(NextStoryFilter.signsBeforeDate("Jane Doe, Contributor | Updated Jul 13, 2019, 4:45 p.m."))
                .isTrue();
        assertThat(NextStoryFilter.signsBeforeDate("Jane Doe | The Herald - 3 hours ago")).isTrue();
        assertThat(NextStoryFilter.signsBeforeDate("Last Updated Nov 3, 2019")).isFalse();
        assertThat(NextStoryFilter.signsBeforeDate("Published Monday, November 18, 2019")).isFalse();
    }

    @Test
    void aSignedHeaderUnderANextStoryLineOpensAStoryOnTheSameNewsItsLedeDoesNotRetell() throws Exception {
        // the next story is about the same bridge, under a headline its lede does not take up
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line next-link next article"));
        String next = "Next article\nAnalysis: why this crossing matters so much\nLaura Khan | The Herald\n"
                + "The council voted on Monday to close the old bridge, and drivers have been told to use the ring road "
                + "for as long as the work goes on.\n"
                + "Repairs are expected to take six months, and shop owners near the bridge fear for their Christmas trade "
                + "in the weeks before the holiday.\n"
                + "The council will meet again next month to decide whether a temporary footbridge should be built.\n"
                + "Officials said the repairs would replace the rusted steel, repaint the railings and widen the "
                + "pavement, and that the closure would cost the city about two million pounds.\n";
        // a story long enough for the two sides' words to be compared: they share many
        String story = STORY + "The council said the bridge repairs would replace the rusted steel under the road, repaint "
                + "the railings and widen the pavement, and that drivers on the ring road should allow extra time.\n"
                + "Shop owners near the bridge said the closure of the old bridge would cost them customers, and asked "
                + "the council to build a temporary footbridge for the busy weeks before Christmas.\n";
        Page page = DenseProseRunFilterTest.labelled(story + next);
        new LineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(story);
    }

    @Test
    void aHeadlineBelowThePagesCopyrightLineOpensAStory() throws Exception {
        // no "Next story" line: the page's foot (its copyright notice and links) stands above the headline
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line copyright (copyright|©).{0,300}\n"
                + "line share facebook|twitter"));
        String foot = "© 2019 The Herald. All rights reserved.\nAbout us\nFacebook\nTwitter\nRSS\n";
        Page page = DenseProseRunFilterTest.labelled(STORY + foot
                + "Storm leaves thousands without power across the county\n" + STORM_TEXT);
        new LineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void aSubheadingBelowAPhotosCopyrightCreditStays() throws Exception {
        // "© Reuters" credits a photo set between the story's paragraphs: it states no year, and ends no page
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line copyright (copyright|©).{0,300}"));
        String rest = "What the bridge repairs involve\n"
                + "The repairs will replace the rusted steel under the road and repaint all of the railings.\n"
                + "Council engineers said the work would also widen the pavement for the shop owners near it.\n";
        Page page = DenseProseRunFilterTest.labelled(STORY + "© Reuters\n" + rest);
        new LineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY + rest);
    }

    @Test
    void aLabelledHeadlineAboutThePagesSubjectOverAnotherStoryOpensIt() {
        // a section's label right below the story's last paragraph, then a headline written from the page's own
        // words over another story's text that never retells it
        String other = STORM_TEXT.replace("is expected to arrive", "should arrive");
        Page page = run(STORY + "NEWS\nCouncil bridge row deepens as traders dig in\n" + other);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void theStoryResumedBelowAFooterSetBetweenItsParagraphsStays() throws Exception {
        // a crowded page's dump sets a site's footer, copyright line and all, between the story's paragraphs: the
        // text below it goes on with the whole story's words
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "line copyright (copyright|©).{0,300}"));
        String rest = "Council bridge repairs to begin in the spring\n"
                + "The council said the repairs to the old bridge would begin in the spring, and that drivers should use "
                + "the ring road, which adds ten minutes to a trip, until the work is done.\n"
                + "Shop owners near the bridge said the closure would keep customers away in the busy weeks before "
                + "Christmas, and officials said the repairs would cost the city about two million pounds.\n"
                + "Repairs are expected to take at least six months, officials said, and the council will vote again "
                + "on a temporary footbridge for traffic on foot when the closure begins.\n";
        Page page = DenseProseRunFilterTest.labelled(STORY + "© 2019 The Herald. All rights reserved.\nAbout us\n"
                + rest);
        new LineRuleFilter(rules).process(page);
        new NextStoryFilter(rules).process(page);
        assertThat(keptText(page)).isEqualTo(STORY + "About us\n" + rest);
    }

    @Test
    void aYearIsFourDigitsStandingAlone() {
        assertThat(NextStoryFilter.statesYear("© 2005-2019 The Herald")).isTrue();
        assertThat(NextStoryFilter.statesYear("© Reuters")).isFalse();
        assertThat(NextStoryFilter.statesYear("Call 020123 now")).isFalse();
    }

    private static Page run(String text) {
        Page page = DenseProseRunFilterTest.labelled(text);
        new NextStoryFilter().process(page);
        return page;
    }

    /** Runs the byline rules first, as the cleaner does: a "By" line is gone when the next-story step looks. */
    private static Page runWithBylines(String text) {
        try {
            RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", "byline byline by\\s+(\\w+( \\w+)*)"));
            Page page = DenseProseRunFilterTest.labelled(text);
            new BylineRuleFilter(rules).process(page);
            new NextStoryFilter(rules).process(page);
            return page;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keptText(Page page) {
        StringBuilder text = new StringBuilder();
        for (Block block : page.kept()) text.append(block.text()).append('\n');
        return text.toString();
    }
}
