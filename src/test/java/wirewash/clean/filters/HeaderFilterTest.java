package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class HeaderFilterTest {
    /** The filter with the settings the text chain gives it (Cleaner's TEXT_HEADER_MAX_WORDS and capitalised share). */
    private static HeaderFilter textHeaderFilter() {
        return new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 20, 0.8, HeaderFilter.DEFAULT_BODY_TAGS);
    }

    /** A story's lead: one long sentence of running text, no full stop. */
    private static final String LEAD = "The council has this morning paid the contractor to secure the repair of the old "
            + "bridge over the river before the winter floods arrive";

    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    /** A standings page: its run opens with the table, so the header ends above the table, not at the prose below. */
    @Test
    void aStoryThatOpensWithItsTableKeepsTheTable() {
        Page page = DenseProseRunFilterTest.labelled("Home\nNews\nSport\nWeather\n"
                + "Cup Series standings after the final race\nMost read\nCouncil closes the old bridge\n"
                + "Mayor defends the budget\nSchools reopen on Monday\n"
                + "Final standings of the Cup Series after 36 races:\n" + DenseProseRunFilterTest.standings(30)
                + "* Click the link to see the full calendar of the Cup and Truck Series\n"
                + "* Only the top 12 drivers race for the title in the last ten races of the season.\n"
                + "* The calendar of the Cup Series is made up of 36 races this year.\n");
        new CellTableFilter().process(page);
        new DenseProseRunFilter().process(page);
        new HeaderFilter().process(page);
        assertThat(Pages.block(page, "Kevin Harvick").isKept()).isTrue();
        assertThat(Pages.block(page, "Pos.").isKept()).isTrue();
        assertThat(Pages.block(page, "Final standings").isKept()).isTrue();
        assertThat(Pages.block(page, "* Click the link").isKept()).isTrue();
        assertThat(Pages.block(page, "Schools reopen").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Home").isRemoved()).isTrue();
    }

    /** A ticker's table in the page's head is no table the story opens with: the header takes it. */
    @Test
    void aTickerTableAboveTheHeaderGoesWithTheHeader() {
        Page page = DenseProseRunFilterTest.labelled("Dow\n27,934\n+0.3%\nNasdaq\n8,540\n+0.5%\nS&P 500\n3,110\n+0.4%\n"
                + "Home\nNews\nSport\nWeather\nBusiness\nCulture\nCouncil closes the old bridge\n"
                + String.join("\n", BODY));
        new CellTableFilter().process(page);
        new DenseProseRunFilter().process(page);
        new HeaderFilter().process(page);
        assertThat(Pages.block(page, "Nasdaq").isRemoved()).isTrue();
        assertThat(Pages.block(page, "27,934").isRemoved()).isTrue();
        assertThat(Pages.block(page, BODY[0].substring(0, 20)).isKept()).isTrue();
    }

    @Test
    void takesTheSiteFromAPageTitleLineThatRepeatsTheHeadline() {
        Page page = DenseProseRunFilterTest.labelled("Council closes the old bridge - Valley Gazette\nHome\nNews\n"
                + "Council closes the old bridge\n" + STORY);
        new HeaderFilter().process(page);
        assertThat(page.metadata().site()).isEqualTo("Valley Gazette");
    }

    @Test
    void takesTheDateFromTheDateLineNearestTheStoryNotTheMastheadsCaptionsOrCookieNotices() {
        String cookies = "We use cookies to improve your experience. Please read our Privacy Policy, which has been "
                + "updated and became effective May 23rd, 2018.";
        Page page = DenseProseRunFilterTest.labelled("Wednesday, November 20, 2019\n" + cookies
                + "\nCouncil pays for the bridge repair at last\nNovember 18, 2019 12:01 PM\n"
                + "In this Dec. 12, 2006, file photo, engineers inspect the bridge.\n" + String.join("\n", BODY));
        Pages.block(page, "In this Dec.").label(wirewash.clean.Label.CAPTION);
        textHeaderFilter().process(page);
        assertThat(page.metadata().published()).isEqualTo("2019-11-18");
    }

    @Test
    void readsTheBylineFromANameOnALineOfItsOwnUnderTheHeadlineBesideTheDateOrAfterItsLabel() {
        String[][] cases = {
            {"Home\nCouncil pays for the bridge repair at last\nDebbie White\n18 Nov 2019, 19:09\n", "Debbie White"},
            {"Home\nCouncil pays for the bridge repair at last\nLocal news\nJANIE HAR\nNov. 20, 2019\n", "JANIE HAR"},
            {"Council pays for the bridge repair at last\nShare\nJane Doe, Valley Gazette\n13.11.2019, 23:06\n",
                "Jane Doe"},
            {"Council pays for the bridge repair at last\nBy\nRyan Reed\nNovember 19, 2019\n", "Ryan Reed"},
            // an author box prints the name twice, as text and as its link, over the author's role
            {"Council pays for the bridge repair at last\nBy\nRyan Reed\nRyan Reed\nReporter\nNovember 19, 2019\n",
                "Ryan Reed"}};
        for (String[] c : cases) {
            Page page = DenseProseRunFilterTest.labelled(c[0] + String.join("\n", BODY));
            if (c[0].contains("\nBy\n")) {
                Pages.block(page, "By").remove(
                        new wirewash.model.Reason("byline-meta", "rules/boilerplate.rules:289", ""));
            }
            if (c[0].contains("\nShare\n")) {
                Pages.block(page, "Share").remove(new wirewash.model.Reason("share", "rules/boilerplate.rules:27", ""));
            }
            textHeaderFilter().process(page);
            assertThat(page.metadata().byline()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void readsNoBylineFromASectionsLabelOrAPhraseBesideTheDate() {
        // a section's name is told from an author's when the menu above prints it too
        for (String line : new String[] {"Fact Check", "Home and Garden", "Opinion", "Read the full report",
                "World, Europe, Politics, Elections"}) {
            Page page = DenseProseRunFilterTest.labelled("Home\nFact Check\nVideos\n"
                    + "Council pays for the bridge repair at last\nPhoto\n" + line + "\nNovember 18, 2019\n"
                    + String.join("\n", BODY));
            textHeaderFilter().process(page);
            assertThat(page.metadata().published()).as(line).isEqualTo("2019-11-18");
            assertThat(page.metadata().byline()).as(line).isNull();
        }
    }

    @Test
    void takesAHeadlineThatAsksAQuestion() {
        Page page = DenseProseRunFilterTest.labelled("Home\nKhabar Cut To Cut\nFact Check\n"
                + "Fact Check: Will The Council Close The Old Bridge For Good?\n" + String.join("\n", BODY));
        // read as a sentence, the densest run of prose left it out
        Pages.block(page, "Fact Check: Will").remove(
                new wirewash.model.Reason("outside-article", "DenseProseRunFilter", ""));
        textHeaderFilter().process(page);
        assertThat(page.metadata().title()).isEqualTo("Fact Check: Will The Council Close The Old Bridge For Good?");
        // two sentences, the second a prompt, are no headline
        page = DenseProseRunFilterTest.labelled("Home\nCouncil closes the old bridge\n"
                + "Is the old bridge closed by the council? Get alerts on the council's bridge closures!\n"
                + String.join("\n", BODY));
        Pages.block(page, "Is the old bridge").remove(new wirewash.model.Reason("outside-article", "DenseProseRunFilter", ""));
        textHeaderFilter().process(page);
        assertThat(page.metadata().title()).isEqualTo("Council closes the old bridge");
    }

    @Test
    void takesNoLineARuleTookNorATimeStampForTheHeadline() {
        for (String line : new String[] {"By Jane Doe, Associated Press", "Today 12:01 AM", "Share this on WhatsApp"}) {
            Page page = DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n" + line
                    + "\n" + String.join("\n", BODY));
            if (!line.startsWith("Today")) {
                Pages.block(page, line).remove(new wirewash.model.Reason("byline", "rules/boilerplate.rules:239", ""));
            }
            textHeaderFilter().process(page);
            assertThat(page.metadata().title()).as(line).isEqualTo("Council pays for the bridge repair at last");
        }
    }

    @Test
    void takesForTheHeadlineTheNearestLineThatSharesTheStorysWords() {
        // a share bar's line sits between the headline and the story; the headline names what the story tells
        Page page = DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n"
                + "These are external links and will open in a new window\n" + String.join("\n", BODY));
        textHeaderFilter().process(page);
        assertThat(page.metadata().title()).isEqualTo("Council pays for the bridge repair at last");
        // when no line shares them, the nearest one
        page = DenseProseRunFilterTest.labelled("Home\nWeather warnings for the weekend ahead\n"
                + "Markets close higher in quiet trading\n" + String.join("\n", BODY));
        textHeaderFilter().process(page);
        assertThat(page.metadata().title()).isEqualTo("Markets close higher in quiet trading");
    }

    @Test
    void takesNoSiteFromAPhraseAfterADash() {
        Page page = DenseProseRunFilterTest.labelled("Council closes the old bridge - back to home\n"
                + "Council closes the old bridge\n" + STORY);
        new HeaderFilter().process(page);
        assertThat(page.metadata().site()).isNull();
    }

    @Test
    void removesFurnitureAboveTheArticleAndTakesTitleAndDate() {
        var page = Pages.run(Pages.text("Tuesday, May 24, 2022\nNo menu items!\nTroops to withdraw in wake of unrest\n\n"
                + "4 days ago\n\n" + Pages.PROSE_1), new ProseLabelFilter(), new HeaderFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
        assertThat(page.metadata().title()).isEqualTo("Troops to withdraw in wake of unrest");
        assertThat(page.metadata().published()).isEqualTo("2022-05-24");
    }

    @Test
    void neverTakesALineThatEndsInAColonForTheHeadline() {
        var page = Pages.run(Pages.text("Troops to withdraw in wake of unrest\n\n"
                + "KABUL (AP) - The latest on the withdrawal of the troops (all times local):\n\n" + Pages.PROSE_1),
                new ProseLabelFilter(), new HeaderFilter());
        assertThat(page.metadata().title()).isEqualTo("Troops to withdraw in wake of unrest");
    }

    @Test
    void takesThePagesOwnHeadlineReadAsProseForTheHeaderNotTheStorysFirstParagraph() {
        String headline = "[Tale of the Old Bridge] The Beauty of the River Revealed at the 2018 Welcome Festival, "
                + "and the Whole Town Came Out to See It!";
        var page = Pages.run(Pages.html("<html><head><title>" + headline + "</title></head><body><article><h1>"
                + headline + "</h1><div class=meta>By Jane Doe</div><p>" + Pages.PROSE_1 + "</p><p>" + STORY
                + "</p></article></body></html>"), new ProseLabelFilter(), new HeaderFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, STORY);
    }

    @Test
    void warnsAndKeepsEverythingWhenThereIsNoProse() {
        var page = Pages.run(Pages.text("Home\nNews\nSport"), new ProseLabelFilter(), new HeaderFilter());
        assertThat(page.kept()).hasSize(3);
        assertThat(page.problems()).isNotEmpty();
    }

    @Test
    void keepsALongLineAboveTheArticleButNotAMenuRunIntoOneLine() {
        String stats = "Palm Bay (1-0): Tolivert 25 points, Davis 17 points, Burgher 10 points and Moore 3 points in the home win on Friday";
        String menu = "Home News Sport Weather Business Culture Travel Money Opinion Health Science Video Podcasts "
                + "Newsletters Events Jobs Archive";
        Page page = DenseProseRunFilterTest.labelled(menu + "\n" + stats + "\n" + STORY);
        new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 15, 0.8, HeaderFilter.DEFAULT_BODY_TAGS).process(page);
        assertThat(Pages.kept(page)).containsExactly(stats, STORY);
    }

    @Test
    void takesALowerCaseMenuRunIntoTheHeadlineForAMenuButKeepsALowerCaseLead() {
        String menu = "home news sport weather business culture travel money opinion newsletters why the council "
                + "will close the old bridge by jane doe | november 19";
        String lead = LEAD.toLowerCase(java.util.Locale.ROOT);
        Page page = DenseProseRunFilterTest.labelled(menu + "\n" + lead + "\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(lead, STORY);
    }

    @Test
    void seeksTheHeadlineAboveALeadAndKeepsTheDeckBelowIt() {
        String deck = "This has freed the money for the new road to the harbour";
        Page page = DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n"
                + "Valley Gazette August 08, 2018\n" + LEAD + "\n" + deck + "\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(LEAD, deck, STORY);
        assertThat(page.metadata().title()).isEqualTo("Council pays for the bridge repair at last");
    }

    @Test
    void keepsNoDeckBelowALongLineThatIsNoRunningText() {
        String tags = "AirPods Pro Apple Black Friday iOS 13 iPhone 11 iPhone 11 Pro iPhone SE 2 iPhone XR Apple Pro "
                + "Display XDR iPhone 12 Mac Pro";
        Page page = DenseProseRunFilterTest.labelled("Home\n" + tags + "\nApple Glasses\n"
                + "Council pays for the bridge repair at last\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(tags, STORY);
    }

    @Test
    void takesNoLongLineInTitleCaseForTheLead() {
        String promo = "Our Research Shows - A Mix of Native Ad Units Generate the Highest Engagement Metrics for "
                + "Marketers and the Greatest Revenue for Publishers";
        Page page = DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n" + promo
                + "\nAP\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.block(page, "Our Research").has(wirewash.clean.Label.LEAD)).isFalse();
    }

    @Test
    void takesALeadFullOfNamesForTheLeadButNotWhenTheShareIsSetBelowIt() {
        // 15 of 28 words capitalised (0.54), as German leads, which capitalise every noun, often are.
        String lead = "WASHINGTON (AP) — President Joe Biden told House Speaker Kevin McCarthy on Monday that the White "
                + "House would not accept the cuts that House Republicans had passed in April";
        String text = "Home\nCouncil pays for the bridge repair at last\n" + lead + "\nAP\n" + STORY;
        Page page = DenseProseRunFilterTest.labelled(text);
        textHeaderFilter().process(page);
        assertThat(Pages.block(page, "WASHINGTON").has(wirewash.clean.Label.LEAD)).isTrue();

        Page strict = DenseProseRunFilterTest.labelled(text);
        new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 20, 0.8, HeaderFilter.DEFAULT_BODY_TAGS,
                HeaderFilter.DEFAULT_MAX_DECK_LINES, 0.5).process(strict);
        assertThat(Pages.block(strict, "WASHINGTON").has(wirewash.clean.Label.LEAD)).isFalse();
    }

    @Test
    void labelsTheLead() {
        Page page = DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n" + LEAD
                + "\nAP\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.block(page, LEAD).has(wirewash.clean.Label.LEAD)).isTrue();
    }

    @Test
    void keepsNoDeckWhenTurnedOff() {
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + LEAD
                + "\nWhat the repair costs\n" + STORY);
        new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 20, 0.8, HeaderFilter.DEFAULT_BODY_TAGS, 0)
                .process(page);
        assertThat(Pages.kept(page)).containsExactly(LEAD, STORY);
    }

    @Test
    void takesALineLongOnlyForItsWebAddressForFurniture() {
        String link = "Link to this video https://www.example.com/news/local/We-Got-Her-Video-Shows-Dramatic-Rescue-of-"
                + "Kidnapped-Girl-in-the-City-565118282.html";
        Page page = DenseProseRunFilterTest.labelled("Home\n" + link + "\nCouncil pays for the bridge repair\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(STORY);
    }

    @Test
    void takesNoTeaserOfAnotherStoryForTheLead() {
        String teaser = "Scientists warn that the ice sheet could collapse within the next decade if emissions are not "
                + "cut sharply, a new study of the region has found...";
        Page page = DenseProseRunFilterTest.labelled("Home\nMost read\nIce sheet could collapse within a decade\n"
                + teaser + "\nCouncil pays for the bridge repair at last\nAP\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(page.metadata().title()).isEqualTo("Council pays for the bridge repair at last");
        assertThat(Pages.kept(page)).containsExactly(teaser, STORY);
    }

    @Test
    void takesNoLongLineAboveThePagesOwnHeadlineForTheLead() {
        String notice = "Get the latest news on the floods and what they mean for the valley in our live coverage of "
                + "the storm";
        Page page = DenseProseRunFilterTest.labelled("Home\n" + notice
                + "\nCouncil pays for the bridge repair at last\nJane Doe\n" + STORY);
        page.setMetadata(page.metadata().withTitle("Council pays for the bridge repair at last"));
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(notice, STORY);
    }

    @Test
    void keepsNoFurnitureBetweenTheLeadAndTheStory() {
        Page page = DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n" + LEAD
                + "\nAP\nComments (14)\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(LEAD, STORY);
    }
    /** A deck under the headline: one sentence of running text, as prose as the story's paragraphs. */
    private static final String STANDFIRST = "The council says the old bridge will stay shut to all traffic while the "
            + "contractor repairs the piers before the winter floods.";

    /** A story below a standfirst: much longer than the deck above it. */
    private static final String[] BODY = {
        STORY,
        "Engineers found cracks in two of the piers last week, and the council said it could not take the risk of "
            + "keeping the bridge open through the winter.",
        "Drivers will have to use the ring road, which adds about ten minutes to the trip into town, the council "
            + "said on Monday.",
        "The bus company says it will run a shuttle across the new footbridge for the people of the old town, who "
            + "have no car, until the spring.",
    };

    @Test
    void removesAStandfirstAboveTheStorysDateLineWithTheLinesBelowIt() {
        String caption = "The old bridge over the river, closed since August [File: Valley Gazette]";
        Page page = DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n" + STANDFIRST
                + "\n20 Nov 2019 08:00 GMT\n" + caption + "\n" + String.join("\n", BODY));
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY);
        assertThat(Pages.block(page, STANDFIRST).removal().detail()).contains("standfirst");
        assertThat(page.metadata().title()).isEqualTo("Council pays for the bridge repair at last");
        assertThat(page.metadata().published()).isEqualTo("2019-11-20");
    }

    @Test
    void keepsALiveBlogsFirstPostAboveTheNextPostsStamp() {
        // "4 p.m." heads the first post, "2 hours ago" the second: no standfirst above the story's date line
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n4 p.m.\n" + STANDFIRST
                + "\n2 hours ago\n" + String.join("\n", BODY));
        textHeaderFilter().process(page);
        assertThat(Pages.block(page, STANDFIRST).isKept()).isTrue();
    }

    @Test
    void takesADateLineWithTheBylineOnItForTheStorysDateLine() {
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\nNovember 20, 2019 Jane Doe\n" + String.join("\n", BODY));
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY);
    }

    @Test
    void takesABylineWithItsDateThatARuleRemovedForTheStorysDateLine() {
        String byline = "By Jane Doe November 20, 2019, 07:47 PM EST";
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n" + byline + "\n" + String.join("\n", BODY));
        Pages.block(page, byline).remove(new wirewash.model.Reason("byline", "boilerplate.rules:1", ""));
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY);
        assertThat(Pages.block(page, STANDFIRST).removal().detail()).contains("standfirst");

        // a byline without a date, or a dated line another rule removed, is not the story's date line
        for (String[] line : new String[][] {{"By Jane Doe", "byline"}, {"Shared 20 Nov 2019 08:00 GMT", "share"}}) {
            Page other = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                    + "\n" + line[0] + "\n" + String.join("\n", BODY));
            Pages.block(other, line[0]).remove(new wirewash.model.Reason(line[1], "boilerplate.rules:1", ""));
            textHeaderFilter().process(other);
            assertThat(Pages.block(other, STANDFIRST).isKept()).as(line[0]).isTrue();
        }
    }

    @Test
    void keepsTheFirstParagraphWhenNoDateLineFollowsIt() {
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\nJane Doe\nValley Gazette\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST, "Jane Doe", "Valley Gazette", STORY);
    }

    @Test
    void keepsAFirstParagraphAboveADateLineWhenNoProseFollowsOrItIsLongOrTheCheckIsOff() {
        Page last = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n20 Nov 2019 08:00 GMT\nHome");
        textHeaderFilter().process(last);
        assertThat(Pages.kept(last)).contains(STANDFIRST);

        String paragraph = STANDFIRST + " " + STANDFIRST + " " + STANDFIRST;
        Page longer = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + paragraph
                + "\n20 Nov 2019 08:00 GMT\n" + STORY);
        textHeaderFilter().process(longer);
        assertThat(Pages.kept(longer)).contains(paragraph, STORY);

        Page off = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n20 Nov 2019 08:00 GMT\n" + STORY);
        new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 20, 0.8, HeaderFilter.DEFAULT_BODY_TAGS,
                HeaderFilter.DEFAULT_MAX_DECK_LINES, HeaderFilter.DEFAULT_MAX_LEAD_CAPITALISED_SHARE, 0).process(off);
        assertThat(Pages.kept(off)).contains(STANDFIRST, STORY);
    }
    @Test
    void takesNoQuotedPostsSignatureForTheStorysDateLine() {
        String tweet = "\u2014 Valley Gazette (@valleygazette) November 20, 2019";
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n" + tweet + "\n" + STORY);
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(STANDFIRST, tweet, STORY);
    }
    @Test
    void removesTheCaptionBetweenTheStandfirstAndTheDateLineButLooksOnlyAFewLinesDown() {
        String caption = "Engineers inspect the piers of the old bridge over the river, which has been closed to all "
                + "traffic since a barge struck it in August.";
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n" + caption + "\nJane Doe for the Valley Gazette\nNovember 20, 2019\n" + String.join("\n", BODY));
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY);

        Page far = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n" + caption + "\nJane Doe\nValley Gazette\nBridges\nNovember 20, 2019\n" + STORY);
        textHeaderFilter().process(far);
        assertThat(Pages.kept(far)).startsWith(STANDFIRST, caption);
    }

    @Test
    void keepsAShortStoryWhoseDateLineIsPrintedBelowIt() {
        // A brief of three short paragraphs with its date at the foot and the author's note below: a deck and its
        // caption are shorter than the story they head, so these paragraphs are the story.
        String note = "Jane Doe is a reporter for the Valley Gazette who covers the council, transport and the "
                + "schools of the town.";
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + BODY[1] + "\n"
                + BODY[2] + "\n" + BODY[3] + "\nNovember 20, 2019\n" + note);
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY[1], BODY[2], BODY[3], "November 20, 2019", note);
    }

    @Test
    void takesNoLineThatOnlyMentionsADateForTheStorysDateLine() {
        // a linked headline with its date, a timeline's entry: lines of the story, below its first paragraph
        for (String line : new String[] {"Bridge repairs to cost two million, council says (2 November 2019)",
                "March 3, 2019: cracks found in the north pier"}) {
            Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                    + "\n" + line + "\n" + String.join("\n", BODY));
            textHeaderFilter().process(page);
            assertThat(Pages.kept(page)).as(line).startsWith(STANDFIRST, line);
        }
    }

    @Test
    void takesThePublicationDateFromTheDateLineNotFromTheCaptionAboveIt() {
        String caption = "In this Nov. 3, 2019, file photo, engineers inspect the piers of the old bridge.";
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n" + caption + "\nNovember 20, 2019 Jane Doe\n" + String.join("\n", BODY));
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY);
        assertThat(page.metadata().published()).isEqualTo("2019-11-20");
    }

    @Test
    void takesNoCardsDatedBylineBelowTheStorysLedeForItsDateLine() {
        // a rail of other stories' cards right below the lede, taken out by the run step: the dated byline of its
        // first card, which a rule took out, is the card's, so the lede is the story's and no standfirst
        String headline = "Kingsbridge school meals plan faces fresh hurdle";
        String summary = "Marcus Doe reports on a week of tense meetings over the night bus routes in Harwick.";
        String byline = "By Kwame Patel | Apr 5, 2020";
        Page page = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n" + headline + "\n" + summary + "\n" + byline + "\n" + String.join("\n", BODY));
        Pages.block(page, byline).remove(new wirewash.model.Reason("byline", "boilerplate.rules:1", ""));
        for (String line : new String[] {headline, summary}) removed(page, line, HeadlineTeaserRunFilter.REASON);
        textHeaderFilter().process(page);
        assertThat(Pages.block(page, STANDFIRST).isKept()).isTrue();
        assertThat(Pages.kept(page)).startsWith(STANDFIRST, STORY);

        // the same byline right below the standfirst is still the story's date line
        Page own = DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n" + byline + "\n" + String.join("\n", BODY));
        Pages.block(own, byline).remove(new wirewash.model.Reason("byline", "boilerplate.rules:1", ""));
        textHeaderFilter().process(own);
        assertThat(Pages.kept(own)).containsExactly(BODY);
    }

    /** The page with the line that starts with {@code prefix} removed as an earlier step would, for {@code code}. */
    private static Page removed(Page page, String prefix, String code) {
        Pages.block(page, prefix).remove(new wirewash.model.Reason(code, "test", "removed before the header step"));
        return page;
    }

    @Test
    void keepsTheStorysOpeningSubheadRightBelowARemovedLine() {
        for (String subhead : new String[] {"What happened?", "How it began", "THE STORY SO FAR"}) {
            Page page = removed(DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n"
                    + "By Jane Doe\n" + subhead + "\n" + String.join("\n", BODY)), "By Jane", "byline");
            textHeaderFilter().process(page);
            assertThat(Pages.kept(page)).as(subhead).startsWith(subhead, STORY);
            assertThat(page.metadata().title()).as(subhead).isEqualTo("Council pays for the bridge repair at last");
        }
    }

    @Test
    void takesForTheHeadlineASubheadShapedLineThatSharesFarMoreOfTheStoryThanTheLineAbove() {
        // the page prints its headline below the menus and the date line: the menu's last item above shares nothing
        Page page = removed(DenseProseRunFilterTest.labelled("Home\nMaria Smith's Evening Show\nUpdated 2 hours ago\n"
                + "Council closes old bridge to traffic\n" + String.join("\n", BODY)), "Updated", "dateline");
        textHeaderFilter().process(page);
        assertThat(page.metadata().title()).isEqualTo("Council closes old bridge to traffic");
        assertThat(Pages.kept(page)).containsExactly(BODY);
        // a subheading that shares a word or two with the story stays under a headline that shares as many
        page = removed(DenseProseRunFilterTest.labelled("Home\nCouncil pays for the old bridge repair at last\n"
                + "Updated 2 hours ago\nWhy the bridge closed\n" + String.join("\n", BODY)), "Updated", "dateline");
        textHeaderFilter().process(page);
        assertThat(page.metadata().title()).isEqualTo("Council pays for the old bridge repair at last");
        assertThat(Pages.kept(page)).startsWith("Why the bridge closed", STORY);
    }

    @Test
    void keepsTheOpeningSubheadAboveTheStorysLead() {
        Page page = removed(DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n"
                + "By Jane Doe\nHow it began\n" + LEAD + "\nRepairs start\n" + STORY), "By Jane", "byline");
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).startsWith("How it began", LEAD);
        assertThat(page.metadata().title()).isEqualTo("Council pays for the bridge repair at last");
    }

    @Test
    void takesANameARoleOrAHeadlineRightAboveTheStoryForTheHeader() {
        // a name or role in title case or capitals below a removed date line; a headline below a kept section label
        for (String line : new String[] {"Jane Doe", "JANE DOE", "Senior Political Editor"}) {
            Page page = removed(DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n"
                    + "Updated 2 hours ago\n" + line + "\n" + String.join("\n", BODY)), "Updated", "dateline");
            textHeaderFilter().process(page);
            assertThat(Pages.kept(page)).as(line).containsExactly(BODY);
        }
        Page page = DenseProseRunFilterTest.labelled("Home\nBridge repair paid\n" + String.join("\n", BODY));
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY);
    }

    @Test
    void takesALineARuleNamesAsFurnitureForNoOpeningSubhead() {
        // "Leave a comment" under the byline reads as a subheading by its shape; a tail rule names it a comment button
        java.util.function.Predicate<wirewash.clean.Block> commentButton = b -> b.text().equals("Leave a comment");
        HeaderFilter filter = new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 20, 0.8,
                HeaderFilter.DEFAULT_BODY_TAGS, HeaderFilter.DEFAULT_MAX_DECK_LINES,
                HeaderFilter.DEFAULT_MAX_LEAD_CAPITALISED_SHARE, HeaderFilter.DEFAULT_MAX_STANDFIRST_WORDS,
                HeaderFilter.DEFAULT_MAX_OPENING_SUBHEAD_WORDS, commentButton);
        Page page = removed(DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n"
                + "Posted by Jane Doe\nLeave a comment\n" + String.join("\n", BODY)), "Posted by", "byline");
        filter.process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY);
        page = removed(DenseProseRunFilterTest.labelled("Home\nCouncil pays for the bridge repair at last\n"
                + "Posted by Jane Doe\nHow it began\n" + String.join("\n", BODY)), "Posted by", "byline");
        filter.process(page);
        assertThat(Pages.kept(page)).startsWith("How it began", STORY);
    }

    @Test
    void keepsNoOpeningSubheadWhenTurnedOff() {
        Page page = removed(DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\nBy Jane Doe\n"
                + "What happened?\n" + String.join("\n", BODY)), "By Jane", "byline");
        new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 20, 0.8, HeaderFilter.DEFAULT_BODY_TAGS,
                HeaderFilter.DEFAULT_MAX_DECK_LINES, HeaderFilter.DEFAULT_MAX_LEAD_CAPITALISED_SHARE,
                HeaderFilter.DEFAULT_MAX_STANDFIRST_WORDS, 0).process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY);
    }

    @Test
    void keepsTheStorysParagraphsAboveABareStampARuleTook() {
        // a live blog's post stamp between the story's paragraphs names no day
        Page page = removed(DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + STANDFIRST
                + "\n41m ago\n" + String.join("\n", BODY)), "41m", "dateline");
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).startsWith(STANDFIRST, STORY);
    }

    @Test
    void keepsAShortStoryAboveARemovedBylineAtItsFoot() {
        Page page = removed(DenseProseRunFilterTest.labelled("Council pays for the bridge repair at last\n" + BODY[1]
                + "\n" + BODY[2] + "\nBy Jane Doe\n" + BODY[3]), "By Jane", "byline");
        textHeaderFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(BODY[1], BODY[2], BODY[3]);
    }
}
