package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;

class HeadlineTeaserRunFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
            + "Repairs are expected to take at least six months and cost the city about two million pounds.\n"
            + "Drivers have been told to use the ring road, which the council says will add ten minutes to a trip.\n"
            + "The bridge, which opened in 1902, carries about twenty thousand vehicles on an ordinary weekday.\n";
    static final String RAIL = "Storm leaves thousands without power overnight\n"
            + "High winds brought down power lines across the county, leaving homes in the dark.\n"
            + "Police name man found dead in the river\n"
            + "The man, who was 54, had been reported missing by his family on Sunday evening.\n"
            + "Hospital waiting lists hit a record high\n"
            + "More than four million people are now waiting for treatment, the figures show.\n"
            + "Festival organisers announce this year's line-up\n"
            + "The three-day event will return to the park in July with more than forty acts.\n";
    /** Three cards, each dated on a line of its own below its teaser. */
    private static final String THREE_DATED_CARDS = "Storm leaves thousands without power overnight\n"
            + "High winds brought down power lines across the county, leaving homes in the dark.\nNov 18, 2019\n"
            + "Police name man found dead in the river\n"
            + "The man, who was 54, had been reported missing by his family on Sunday evening.\n19/11/2019\n"
            + "Hospital waiting lists hit a record high\n"
            + "More than four million people are now waiting for treatment, the figures show.\n12 November 2019\n";

    @Test
    void removesARailOfHeadlinesWithTeasersPrintedBeforeTheStory() {
        // the rail's last teaser has a line after it: a headline with paragraphs in a row below it is a subheading
        Page page = run(RAIL + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo("Sport\n" + STORY);
        assertThat(page.blocks().get(0).removal().code()).isEqualTo(HeadlineTeaserRunFilter.REASON);
    }

    @Test
    void removesARailWhoseCardsDateTheirStoriesOnALineOfTheirOwn() {
        String dated = "Storm leaves thousands without power overnight\nNov 18, 2019\n"
                + "High winds brought down power lines across the county, leaving homes in the dark.\n"
                + "Police name man found dead in the river\n"
                + "The man, who was 54, had been reported missing by his family on Sunday evening.\n19/11/2019\n"
                + "Hospital waiting lists hit a record high\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "Tuesday, November 19, 2019\n"
                + "Festival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts.\n12 November 2019\n";
        Page page = run(STORY + dated);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void keepsTheStorysLastParagraphBelowALinkedLineAboveARailOfDatedCards() {
        String last = "European Space Agency website\nChallenges include designing a craft that flies itself for months while its crew "
                + "sleeps in small pods, with the doctors on the ground watching over them day and night.\n";
        String dated = THREE_DATED_CARDS + "Festival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts.\n3 March 2019\n";
        Page page = run(STORY + last + dated);
        assertThat(keptText(page)).isEqualTo(STORY + last);
    }

    @Test
    void takesAnUndatedCardAtTheEdgeOfADatedRunWhoseTeaserIsOnlyAFewWordsLonger() {
        // dated teasers of 13-15 words; the undated last card's 19 words are a teaser's too
        String dated = THREE_DATED_CARDS + "Festival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts and a new stage.\n";
        Page page = run(STORY + dated);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void keepsAStoryWhoseEveryParagraphHasASubheadingWhenNothingOutweighsIt() {
        Page page = run(RAIL);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsQuotesWithTheirSourcesAndAnInterviewsQuestions() {
        String quotes = "[The Verge]\nThere is no reason anyone should buy into the service right now, it said.\n"
                + "– Ali\nVery talented people and a very fun show, we would go again next year.\n"
                + "[PC World]\nGame streaming is finally viable, and this service is leading the charge.\n"
                + "– Ni\nIt was really good, and my cousin got to take part on the stage.\n";
        Page sources = run(STORY + quotes);
        assertThat(sources.kept()).hasSize(sources.blocks().size());
        String interview = "What made you start the band?\nWe met at school and played every weekend in a garage.\n"
                + "Why did you leave the city?\nThe rent went up twice in one year and we could not stay.\n"
                + "What comes next for you?\nA new record in the spring and a tour of small halls in the autumn.\n"
                + "How do you choose your songs?\nWe play them to our friends first and keep the ones they hum.\n";
        Page questions = run(STORY + interview);
        assertThat(questions.kept()).hasSize(questions.blocks().size());
    }

    @Test
    void removesARailWhoseCardsNameTheirSectionAuthorOrCommentCountOnALineOfTheirOwn() {
        String marked = "CLIMATE\nStorm leaves thousands without power overnight\n"
                + "High winds brought down power lines across the county, leaving homes in the dark.\n"
                + "Jane Doe, Reporter\nPolice name man found dead in the river\n"
                + "The man, who was 54, had been reported missing by his family on Sunday evening.\n34 comments\n"
                + "Hospital waiting lists hit a record high\nSam Lee\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "Festival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts.\n";
        Page page = run(marked + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo("Sport\n" + STORY);
    }

    @Test
    void removesARailWhoseCardsDateTheirStoriesWithMoreBesideTheDate() {
        String dated = "Storm leaves thousands without power overnight\n"
                + "High winds brought down power lines across the county, leaving homes in the dark.\n"
                + "8 October 2022 · 12 min read\nPolice name man found dead in the river\n"
                + "The man, who was 54, had been reported missing by his family on Sunday evening.\n"
                + "Health | July 22, 2017 8:58\nHospital waiting lists hit a record high\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "Jane Doe · 3 hours ago\nFestival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts.\n";
        Page page = run(STORY + dated);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void removesARailWhoseCardsPrintTheirAuthorAndAnUndatedTimeOnOneLine() {
        String marked = "Jane Doe · Updated 11:43 BST\nStorm leaves thousands without power overnight\n"
                + "High winds brought down power lines across the county, leaving homes in the dark.\n"
                + "John Roe — Updated 8:26 PM\nPolice name man found dead in the river\n"
                + "The man, who was 54, had been reported missing by his family on Sunday evening.\n"
                + "Mary Major, Health Editor | 9:05 am\nHospital waiting lists hit a record high\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "Ali Khan · Posted 22.10 GMT\nFestival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts.\n";
        Page page = run(marked + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo("Sport\n" + STORY);
    }

    @Test
    void keepsTheStorysEntriesWhoseLinesNameATimeAmongOtherWords() {
        // a time in a line of the story's own programme, with more than a stamp's words beside it, marks no card
        String programme = "Doors open at 7:30 pm — bring a coat\nBrass band opens the festival in the park\n"
                + "The band will play works by local composers, and entry is free for all residents.\n"
                + "Talks start 10:00 am — bring your questions\nAuthors discuss the town's long history\n"
                + "Three local writers will read from their books and answer questions from the audience.\n"
                + "Stalls close 6 pm - cash only please\nMarket traders set up along the high street\n"
                + "More than sixty stalls will sell food, crafts and plants throughout the whole weekend.\n"
                + "Last bus 11:45 pm — from the square\nFireworks end the weekend over the river\n"
                + "The display will be launched from a barge and can be seen from both banks, organisers said.\n";
        Page page = run(programme + "Sport\n" + STORY);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void takesTheLastCardsCommentCountRightAboveTheStory() {
        // a count below the last teaser is the card's; a comment heading left there would end the story at its top
        Page page = run(RAIL + "34 comments\n" + STORY);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void readsAShortLineThatOpensACardAsTheNextCardsHeadlineNotAMark() {
        // "iOS 13: Dark Mode" is as short as a mark and holds a digit, but its teaser follows it
        String guides = "Night Mode on the new phone\n"
                + "Night mode is an automatic setting that brightens photos taken in the dark.\n"
                + "iOS 13: Dark Mode\nOne of the update's major new features is a systemwide dark look.\n"
                + "iOS 13: Hidden Features\nThere are dozens of smaller changes that are easy to overlook.\n"
                + "Phone 11 versus Phone XR\nAt first glance, the two devices have quite a few things in common.\n"
                + "See all guides\n";
        Page page = run(STORY + guides);
        assertThat(keptText(page)).isEqualTo(STORY + "See all guides\n");
    }

    @Test
    void keepsAListiclesEntriesWhoseLabelLineNamesAField() {
        // "Verdict: Buy it" is a field of the story's own entry, not a card's section or author
        String entries = "Compact travel kettle for under forty\nVerdict: Buy it\n"
                + "It boils a cup in two minutes and folds flat, which makes it the pick for anyone who flies often.\n"
                + "Heavy cast iron pan for the oven\nVerdict: Worth it\n"
                + "It takes a while to heat, but it holds the heat for an hour and will outlive most of your kitchen.\n"
                + "Cordless stick vacuum with two heads\nVerdict: Skip it\n"
                + "The battery lasts twenty minutes, which is not enough for a house with stairs and a long hall.\n"
                + "Smart speaker with a clock face\nVerdict: Buy it\n"
                + "The sound is fuller than its size suggests, and the clock dims itself when the room goes dark.\n"
                + "How we tested\n";
        // the story's prose on either side outweighs the entries: only their shape can keep them
        Page page = run(STORY + entries + STORY);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsAnInterviewWhoseAnswersOpenWithTheSpeakersLabel() {
        String interview = "What made you start the band in the first place\nMaria: We met at school and played every weekend.\n"
                + "Who writes most of the songs these days\nMaria: We all do, but Tom finishes most of them.\n"
                + "Where do you record the new album\nMaria: In a farmhouse two hours north of the city.\n"
                + "When will the tour reach the south\nMaria: In the autumn, after the festivals are over.\n"
                + "Thanks for your time\n";
        Page page = run(STORY + interview);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsTheStorysSubheadingBelowTheRailAboveItsParagraph() {
        // a short line right above a paragraph heads the story that the rail ends at, not the last card
        Page page = run(RAIL + "Jane Doe\n" + STORY);
        assertThat(keptText(page)).isEqualTo("Jane Doe\n" + STORY);
    }

    @Test
    void removesARunOfCardsPrintedOneALineWithADashBetweenHeadlineAndTeaser() {
        String inline = "Storm leaves thousands without power — High winds brought down power lines across the county.\n"
                + "Police name man found dead in the river — The man had been reported missing by his family.\n"
                + "Hospital waiting lists hit a record high | More than four million people are now waiting.\n"
                + "Festival organisers announce the line-up – The event returns to the park in July with forty acts.\n";
        Page page = run(STORY + inline);
        assertThat(keptText(page)).isEqualTo(STORY);
        assertThat(page.blocks().get(4).removal().code()).isEqualTo(HeadlineTeaserRunFilter.REASON);
    }

    @Test
    void keepsStoryParagraphsWithDashesAndATimelineOfDatedEntries() {
        String dashes = "The minister — who resigned on Monday — said the plan would never work in its present form.\n"
                + "Residents were angry about the closure — and many said they had not been told about it at all.\n"
                + "The council leader said the decision was hard — Nobody wanted it, she said, but the money ran out.\n"
                + "Campaigners will meet again next week — They hope to win the support of the local MP and the mayor.\n";
        Page story = run(STORY + dashes);
        assertThat(story.kept()).hasSize(story.blocks().size());
        String timeline = "March 2019 — The firm files for bankruptcy after a year of heavy losses.\n"
                + "May 2019 — A buyer is found for the firm's three factories in the north.\n"
                + "June 2019 — The new owner promises to keep every worker on for a year.\n"
                + "January 2020 — The first of the three factories closes its doors for good.\n";
        Page entries = run(STORY + timeline);
        assertThat(entries.kept()).hasSize(entries.blocks().size());
    }

    /** Four cards whose summaries are one sentence of a few words, too short to be labelled prose. */
    private static final String SHORT_SUMMARY_CARDS = "Storm leaves thousands without power overnight\n"
            + "Our correspondent reports from the coast.\n"
            + "Police name man found dead in the river\n"
            + "Here is what we know so far.\n"
            + "Hospital waiting lists hit a record high\n"
            + "The figures are the worst on record.\n"
            + "Festival organisers announce this year's line-up\n"
            + "Tickets go on sale next week.\n";

    @Test
    void removesARunOfCardsWhoseSummariesAreShortSentences() {
        // a line between the last card and the story: a headline right above paragraphs in a row is a subheading
        Page page = run(SHORT_SUMMARY_CARDS + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo("Sport\n" + STORY);
    }

    @Test
    void keepsAListStoryWhoseItemsAreShortSentencesUnderHeadings() {
        // no prose outside the run outweighs it: the items are the story
        String list = "Start with a short walk every day\nTen minutes is plenty at first.\n"
                + "Drink a glass of water with each meal\nMost of us drink too little.\n"
                + "Go to bed at the same time each night\nYour body likes a routine.\n"
                + "Put the phone in another room at night\nThe light keeps you awake.\n";
        Page page = run(list);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsAnInterviewsShortAnswersBelowItsQuestions() {
        String interview = "When did you first start painting seriously?\nIt was after my father died.\n"
                + "Why did you choose to paint the sea?\nI grew up beside it, every day.\n"
                + "What do you hope people feel in front of it?\nThat they are very small.\n"
                + "Where will the paintings go after the show?\nBack to my studio, for now.\n";
        Page page = run(STORY + interview);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsThePagesHeadlineAndLedeThatARunOfCardsBelowThemTakesForItsFirstCard() {
        // the lede runs longer than the cards' summaries, and the story below it takes up its words
        String header = "Council shuts the old bridge for repairs\n"
                + "The council has voted to close the old bridge to all traffic for six months while engineers carry out "
                + "repairs that will cost the city about two million pounds.\n";
        Page page = run(header + SHORT_SUMMARY_CARDS + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo(header + "Sport\n" + STORY);
    }

    @Test
    void removesAFirstCardWhoseLongSummaryIsAboutAnotherStory() {
        String first = "Teachers vote to strike over pay in the spring\n"
                + "Members of the union backed a walkout by a large majority, and schools across the region could close "
                + "for three days in March unless ministers make a better offer.\n";
        Page page = run(first + SHORT_SUMMARY_CARDS + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo("Sport\n" + STORY);
    }

    @Test
    void keepsTheLedeARailRightBelowItTakesForItsFirstCardWhenTheRailWouldOtherwiseOutweighTheStory() {
        // the page's lede under a topic line reads as a first card (headline, mark, paragraph) and shares few words
        // with the short story below the rail: counted as a card, the rail outweighs the story and would stay whole
        String header = "Follow the topics within this article\nTennis\n";
        String lede = "The new tournament began on Monday with the opening day of a format that packs eighteen nations "
                + "into a single week at one arena, and our podcast team gave their first impressions of the event.\n";
        Page page = run(header + lede + RAIL + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo(header + lede + "Sport\n" + STORY);

        // a story below that outweighs the whole run needs no such reading: the long first card goes with the run,
        // as another story's card does (removesAFirstCardWhoseLongSummaryIsAboutAnotherStory)
        Page longer = run(header + lede + RAIL + "Sport\n" + STORY + STORY);
        assertThat(keptText(longer)).isEqualTo("Sport\n" + STORY + STORY);
    }

    @Test
    void endsARailSetBelowTheLedeWithACardWhoseHeadlineARuleTookOutWhenTheStoryGoesOnRightBelowIt() {
        // "Watch: …" went by rule; its teaser, the rail's last, sits right above the story's next paragraph, which
        // outgrows every teaser of the rail as a story's paragraph does
        String lede = "The coach said his team's hopes of reaching the playoffs were somewhere between slim and none.\n";
        String rail = "Storm leaves thousands without power overnight\n"
                + "High winds brought down power lines across the county, leaving homes in the dark.\n"
                + "Police name man found dead in the river\n"
                + "The man, who was 54, had been reported missing by his family on Sunday evening.\n"
                + "Hospital waiting lists hit a record high\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "Watch: Firefighters tackle a blaze at a warehouse\n"
                + "Crews spent the night at the disused building on the edge of the industrial estate.\n";
        String next = "He said after the game that the team saw winning on Monday night as the most important step "
                + "toward getting back into the race, and that nothing else mattered this week.\n";
        Page page = DenseProseRunFilterTest.labelled(lede + rail + next + STORY);
        page.blocks().get(7).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo(lede + next + STORY);

        // the same taken-out card's teaser above a paragraph no longer than the teasers is the story's own
        String shortNext = "He said the team would now rest for a week before the next game.\n";
        Page other = DenseProseRunFilterTest.labelled(lede + rail + shortNext + STORY);
        other.blocks().get(7).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(other);
        assertThat(keptText(other)).contains("Crews spent the night");
    }

    @Test
    void removesARunWhoseMiddleCardsHeadlineARuleTookOut() {
        // "Watch: …" went by rule: the card's paragraph, below the card above, carries the run on
        String rail = "Storm leaves thousands without power overnight\n"
                + "High winds brought down power lines across the county, leaving homes in the dark.\n"
                + "Police name man found dead in the river\n"
                + "The man, who was 54, had been reported missing by his family on Sunday evening.\n"
                + "Watch: Firefighters tackle a blaze at a warehouse\n"
                + "Crews spent the night at the disused building on the edge of the industrial estate.\n"
                + "Hospital waiting lists hit a record high\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "Festival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts.\n";
        // the story outweighs the run: it is elsewhere on the page
        Page page = DenseProseRunFilterTest.labelled(rail + "Sport\n" + STORY + STORY);
        page.blocks().get(4).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo("Sport\n" + STORY + STORY);
    }

    @Test
    void countsTheWritersBioARuleTookOutWithTheStorysProseAgainstTheRun() {
        // the story's two paragraphs alone do not outweigh the run; with its writer's bio, which a rule took out
        // before this step, they do: the page without the bio loses the run too
        String story = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
                + "Repairs are expected to take at least six months and cost the city about two million pounds.\n";
        String bio = "Jane Doe is a senior reporter covering transport for the Herald. She joined the newsroom in 2009 "
                + "after ten years at a news agency, and she lives in the city with her family and two dogs.\n";
        Page without = DenseProseRunFilterTest.labelled(RAIL + "Sport\n" + story + bio);
        without.blocks().get(11).remove(new wirewash.model.Reason("share", "t.rules:1", "not the story's"));
        new HeadlineTeaserRunFilter().process(without);
        assertThat(keptText(without)).isEqualTo(RAIL + "Sport\n" + story);
        Page page = DenseProseRunFilterTest.labelled(RAIL + "Sport\n" + story + bio);
        assertThat(page.blocks().get(11).has(wirewash.clean.Label.PROSE)).isTrue();
        page.blocks().get(11).remove(new wirewash.model.Reason("author-bio", "t.rules:1", "a bio"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo("Sport\n" + story);
    }

    @Test
    void removesARunThatOpensWithACardWhoseHeadlineARuleTookOut() {
        // "Watch: …" went by rule above the run's first teaser, and a card opens right below that teaser
        String rail = "Watch: Firefighters tackle a blaze at a warehouse\n"
                + "Crews spent the night at the disused building on the edge of the industrial estate.\n"
                + "Police name man found dead in the river\n"
                + "The man, who was 54, had been reported missing by his family on Sunday evening.\n"
                + "Hospital waiting lists hit a record high\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "Festival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts.\n";
        Page page = DenseProseRunFilterTest.labelled(STORY + rail + "Sport\n" + STORY);
        page.blocks().get(4).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo(STORY + "Sport\n" + STORY);
    }

    @Test
    void removesARunWhoseCardMarksItsSectionAboveAHeadlineARuleTookOut() {
        // "VIDEO" over "Watch: …", which went by rule: the mark and the teaser are that card's
        String rail = "Storm leaves thousands without power overnight\n"
                + "High winds brought down power lines across the county, leaving homes in the dark.\n"
                + "VIDEO\nWatch: Firefighters tackle a blaze at a warehouse\n"
                + "Crews spent the night at the disused building on the edge of the industrial estate.\n"
                + "HEALTH\nHospital waiting lists hit a record high\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "ARTS\nFestival organisers announce this year's line-up\n"
                + "The three-day event will return to the park in July with more than forty acts.\n";
        Page page = DenseProseRunFilterTest.labelled(STORY + rail + "Sport\n" + STORY);
        page.blocks().get(7).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo(STORY + "Sport\n" + STORY);
    }

    @Test
    void keepsTheStorysParagraphBelowALineARuleTookOutAboveARail() {
        // the story's own paragraph below "Read more: …", then another site's rail: the paragraph outgrows the
        // rail's teasers and retells the story, so it is no card of the run
        String own = "The council said the bridge would stay closed to all traffic until the repairs were done, and "
                + "that drivers should use the ring road, which adds about ten minutes to a trip across the city.\n";
        Page page = DenseProseRunFilterTest.labelled(STORY + "Read more: Bridge repairs to start in spring\n" + own
                + RAIL + "Sport\n" + STORY);
        page.blocks().get(4).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo(STORY + own + "Sport\n" + STORY);
    }

    @Test
    void removesARunWhoseCardsStampTheirTimeWithAClockAndAnAuthor() {
        // "Updated 7:15 PT — …" is a card's mark: the colon of a clock time opens no field
        String rail = "Storm leaves thousands without power overnight\nUpdated 7:15 PT — Jane Doe\n"
                + "High winds brought down power lines across the county, leaving homes in the dark.\n"
                + "Police name man found dead in the river\nUpdated 9:40 PT — John Smith\n"
                + "The man, who was 54, had been reported missing by his family on Sunday evening.\n"
                + "Hospital waiting lists hit a record high\nUpdated 11:05 PT — Ann Lee\n"
                + "More than four million people are now waiting for treatment, the figures show.\n"
                + "Festival organisers announce this year's line-up\nUpdated 12:30 PT — Raj Patel\n"
                + "The three-day event will return to the park in July with more than forty acts.\n";
        Page page = run(STORY + rail + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo(STORY + "Sport\n" + STORY);
    }

    @Test
    void keepsTheStorysParagraphBelowACardsDatedMarkAtTheRunsEnd() {
        // "46 min ago · 12 min read" dates the last card; it is no headline of the story's paragraph below it
        String rail = RAIL + "46 min ago · 12 min read\n";
        String next = "Engineers who inspected the bridge last week found cracks in two of its stone piers, and the "
                + "council said it had no choice.\n";
        Page page = run(STORY + rail + next + "Sport\n" + STORY);
        assertThat(keptText(page)).isEqualTo(STORY + next + "Sport\n" + STORY);
    }

    @Test
    void keepsTheStorysParagraphsBelowALineARuleTookOutUnderACard() {
        // the story's paragraphs in a row below the taken-out line: no card opens below the first of them
        String rail = RAIL + "Watch: Firefighters tackle a blaze at a warehouse\n";
        Page page = DenseProseRunFilterTest.labelled(rail + STORY);
        page.blocks().get(8).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).endsWith(STORY);
    }

    private static Page run(String text) {
        Page page = DenseProseRunFilterTest.labelled(text);
        new HeadlineTeaserRunFilter().process(page);
        return page;
    }

    private static String keptText(Page page) {
        StringBuilder text = new StringBuilder();
        for (Block block : page.kept()) text.append(block.text()).append('\n');
        return text.toString();
    }

    @Test
    void removesARailSetBetweenTheStorysParagraphsWithTheStoryGoingOnRightBelowItsLastCard() {
        // the story's next paragraph right below the rail's last teaser, well longer than any teaser of the rail
        String next = "Engineers who inspected the bridge last week found cracks in two of its stone piers, and the "
                + "council said that it had no choice but to close it before the winter storms set in.\n";
        Page page = run(STORY + RAIL + next + STORY);
        assertThat(keptText(page)).isEqualTo(STORY + next + STORY);
    }

    @Test
    void keepsAStoryOfSubheadingsWhoseLastSectionGoesOnInAShortParagraph() {
        // a story told under subheadings, a short paragraph each, the last section two short paragraphs: the one
        // below the last "card" runs no longer than the others, so it is the story's, and so are the subheadings
        String sections = "Why the bridge had to close\n"
                + "Engineers found cracks in two of its piers during a routine check in the spring.\n"
                + "What happens to the traffic\n"
                + "Drivers will be sent along the ring road, which adds about ten minutes to a trip.\n"
                + "Who pays for the repairs\n"
                + "The city will pay most of the bill, with a grant from the transport fund.\n"
                + "When it will open again\n"
                + "The council hopes to reopen the bridge to cars before the end of next year.\n"
                + "Lorries will have to wait a month longer, the council said on Monday.\n";
        Page page = run(STORY + sections + STORY);
        assertThat(keptText(page)).isEqualTo(STORY + sections + STORY);
    }
    /** Six one-line cards, "Watch: …" the fourth, which a rule is to take out (block 3 of the cards). */
    private static final String INLINE_RAIL_WITH_WATCH =
            "Storm leaves thousands without power — High winds brought down power lines across the county.\n"
            + "Police name man found dead in the river — The man, who was 54, had been reported missing on Sunday.\n"
            + "Hospital waiting lists hit a record high — More than four million people are now waiting, figures show.\n"
            + "Watch: Firefighters tackle a blaze at a warehouse — Crews spent the night at the disused building.\n"
            + "Festival organisers announce this year's line-up — The three-day event returns to the park in July.\n"
            + "Airport expansion plan faces fresh hurdle — Officials said the plan would go ahead despite a petition.\n";

    @Test
    void removesARailOfOneLineCardsWithATakenOutHeadlineAmongThemThoughTheStoryIsShorter() {
        // a short story, a subheading and its paragraph above the rail: the rail outweighs the story's prose, but a
        // rule took out one of its lines as another story's headline, so the one-line cards go; the story stays
        String top = "Click here to get more information or download this game.\n"
                + "For whom this game?\n"
                + "You are a couple of lovers who have been together a long time and want to try something new in "
                + "your life, something that brings back the spark of your first months together.\n";
        String bottom = "You recently started dating and want to get your new passion to know you better.\n"
                + "Or even for a great evening out.\n";
        Page page = DenseProseRunFilterTest.labelled(top + INLINE_RAIL_WITH_WATCH + bottom);
        page.blocks().get(6).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo(top + bottom);
        assertThat(page.blocks().get(3).removal().detail()).contains("one-line");

        // with no line taken out by a rule, the same rail outweighs the story and stays (a listicle's entries)
        Page kept = run(top + INLINE_RAIL_WITH_WATCH + bottom);
        assertThat(keptText(kept)).isEqualTo(top + INLINE_RAIL_WITH_WATCH + bottom);
    }

    @Test
    void keepsAStoryOfSubheadingsWithATakenOutLineAmongItsSections() {
        // a story told under subheadings, a short paragraph each, with a "Watch: …" line a rule took out between
        // two sections: its subheadings stand on lines of their own, so the prose-weight test still keeps it
        String sections = "Why the bridge had to close\n"
                + "Engineers found cracks in two of its piers during a routine check in the spring.\n"
                + "What happens to the traffic\n"
                + "Drivers will be sent along the ring road, which adds about ten minutes to a trip.\n"
                + "Watch: Firefighters tackle a blaze at a warehouse\n"
                + "Who pays for the repairs\n"
                + "The city will pay most of the bill, with a grant from the transport fund.\n"
                + "When it will open again\n"
                + "The council hopes to reopen the bridge to cars before the end of next year.\n";
        Page page = DenseProseRunFilterTest.labelled(sections);
        page.blocks().get(4).remove(new wirewash.model.Reason("related-list", "t.rules:1", "a plug"));
        new HeadlineTeaserRunFilter().process(page);
        assertThat(keptText(page)).isEqualTo(sections.replace("Watch: Firefighters tackle a blaze at a warehouse\n", ""));
    }
}
