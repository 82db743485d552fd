package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Label;
import wirewash.clean.Stopwords;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.clean.TextBlocks;
import wirewash.model.Format;
import wirewash.model.Metadata;

class DenseProseRunFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    /** {@link DenseProseRunFilter#addContentStems} as it was written before its stems were kept on the block. */
    private static void addContentStemsPlain(Block block, Stopwords stopwords, Set<String> stems) {
        for (String word : block.words()) {
            if (!isContentWord(word, stopwords)) continue;
            stems.add(NextStoryFilter.stem(word));
        }
    }

    private static boolean isContentWord(String word, Stopwords stopwords) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) letter |= Character.isLetter(word.charAt(i));
        return word.length() >= SentenceTeaserBoxFilter.DEFAULT_MIN_WORD_LENGTH && letter && !stopwords.contains(word);
    }

    private static final String[] PIECES = {"the", "The", "of", "und", "Die", "über", "и", "не", "για", "政府", "かな",
        "troops", "Budget", "councillors", "reconstruction", "2024", "x7", "it's", "naïve", "Straße", "de", "que", "😀",
        ",", "-", "a", "Bridge", "bridges"};

    /**
     * Seeded blocks and texts, asked for with several lists and after their text changed: the stems kept on a block
     * add the same strings in the same order as reading its words again (so a set holds and iterates the same).
     */
    @Test
    void keptContentStemsAddWhatTheWordsGive() {
        Random random = new Random(45);
        List<Stopwords> lists = new ArrayList<>();
        for (String language : Stopwords.languages()) lists.add(Stopwords.forLanguage(language));
        for (int round = 0; round < 2000; round++) {
            Block block = Block.line(0, randomText(random), 1);
            for (int ask = 0; ask < 4; ask++) {
                if (random.nextInt(4) == 0) block.setText(randomText(random));
                Stopwords stopwords = lists.get(random.nextInt(lists.size()));
                Set<String> expected = new LinkedHashSet<>(List.of("seed"));
                Set<String> actual = new LinkedHashSet<>(List.of("seed"));
                addContentStemsPlain(block, stopwords, expected);
                DenseProseRunFilter.addContentStems(block, stopwords, actual);
                assertThat(List.copyOf(actual)).as(block.text()).isEqualTo(List.copyOf(expected));
                Set<String> plainOrder = new LinkedHashSet<>();
                for (String word : block.words()) if (isContentWord(word, stopwords)) plainOrder.add(NextStoryFilter.stem(word));
                assertThat(DenseProseRunFilter.contentStems(block, stopwords)).containsExactlyElementsOf(plainOrder);
            }
        }
    }

    /** A paragraph's stems are kept once each, in the order of their first words: read per candidate run. */
    @Test
    void keptContentStemsAreDistinctInTheOrderTheyFirstOccur() {
        Block block = Block.line(0, "Council votes: the council voted to close the bridge, and councils vote again", 1);
        String[] stems = DenseProseRunFilter.contentStems(block, Stopwords.forLanguage("en"));
        List<String> once = new ArrayList<>(new LinkedHashSet<>(List.of(stems)));
        assertThat(stems).containsExactlyElementsOf(once);
        assertThat(stems).contains(NextStoryFilter.stem("council"), NextStoryFilter.stem("bridge"));
    }

    private static String randomText(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(14); i > 0; i--) out.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
        return out.toString().strip();
    }

    @Test
    void removesProseSeparatedFromTheArticleByAMenu() {
        Page page = labelled("We use cookies to give you the best experience of our site and to show you ads.\n"
                + "Home\nNews\nSport\nWeather\nBusiness\nCulture\n" + STORY + "\n" + STORY + "\n" + STORY);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
    }

    @Test
    void aLongerStoryLoadedBelowTheStoryIsNotThePagesRun() {
        String own = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
                + "Repairs are expected to take at least six months and cost the city about two million pounds, officials said.\n"
                + "Drivers have been told to use the ring road, which the council says will add ten minutes to a trip.\n"
                + "Shop owners near the bridge fear the closure will keep customers away before Christmas.\n";
        StringBuilder next = new StringBuilder("Share\nFacebook\nTwitter\nEmail\nNext article\n"
                + "Astronomers find a planet made mostly of water\nBy Jane Doe\nNovember 20, 2019\n");
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}) {
            next.append("The telescope watched the distant star dim slightly every eleven days as the planet crossed in "
                    + "front of it, astronomers wrote in a paper published on " + day + ".\n");
        }
        Page page = labelled(own + next);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(2).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(0).isKept()).isTrue();
        // the next story is left to NextStoryFilter, which takes it out with its header
        new NextStoryFilter().process(page);
        assertThat(page.blocks().get(16).isRemoved()).isTrue();
        assertThat(page.blocks().get(10).isRemoved()).isTrue();
        assertThat(page.blocks().get(3).isKept()).isTrue();
    }

    private static final String OWN = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
            + "Repairs are expected to take at least six months and cost the city about two million pounds, officials said.\n"
            + "Drivers have been told to use the ring road, which the council says will add ten minutes to a trip.\n"
            + "Shop owners near the bridge fear the closure will keep customers away before Christmas.\n";

    /** A page that prints another story below its own footer: the run above the foot is the page's. */
    @Test
    void aLongerStoryPrintedBelowThePagesFooterIsNotThePagesRun() {
        // no header the next-story step reads: a headline its text never retells
        StringBuilder below = new StringBuilder("About us\nContact\nPrivacy policy\nTerms of use\nCookie settings\n"
                + "Advertise\nCareers\nNewsletters\nSite map\n© 2019 The Daily Courier\n"
                + "More from Science\nWhat the council said about the bridge\n");
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}) {
            below.append("The telescope watched the distant star dim slightly every eleven days as the planet crossed in "
                    + "front of it, astronomers wrote in a paper published on " + day + ".\n");
        }
        Page page = labelled(OWN + below);
        takeOut(page, 13, "copyright");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(3).isKept()).isTrue();
        assertThat(page.blocks().get(16).isRemoved()).isTrue();
        assertThat(page.blocks().get(21).isRemoved()).isTrue();
        assertThat(page.blocks().get(16).removal().code()).isEqualTo(DenseProseRunFilter.REASON);
    }

    /** A dump that prints the page's foot above its story, under two blurbs: the story below stays the run. */
    @Test
    void blurbsOverAFootPrintedAboveTheStoryAreNoStoryOfIt() {
        String blurbs = "Get the best of our journalism delivered to your inbox every morning, with the day's top stories, "
                + "analysis and the puzzles our readers love most.\n"
                + "Our reporters cover the towns and villages of the county every day, and we rely on readers like you "
                + "to keep doing it, so please consider a subscription.\n"
                + "The Daily Courier has served the county since 1871 and is owned by a trust that puts every pound "
                + "of its profits back into the newsroom and its reporters.\n";
        StringBuilder story = new StringBuilder();
        // a story four times the blurbs' words and more
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                "the first", "the second", "the third"}) {
            story.append("Engineers inspecting the old bridge found cracks in its piers, and the council said the "
                    + "repairs would start on ").append(day).append(" once the traffic on the bridge was diverted, "
                    + "with the ring road taking the cars and the buses for six months.\n");
        }
        Page page = labelled(blurbs + MENU + "© 2019 The Daily Courier\n" + MENU + story);
        takeOut(page, 13, "copyright");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
        assertThat(page.blocks().get(24).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(33).isKept()).isTrue();
    }

    /**
     * A story parted by a menu and a photo whose credit a rule took out: the credit is no footer, and the story's
     * rest below it stays with the story whichever part the run is.
     */
    @Test
    void aPhotoCreditBetweenTheStorysPartsIsNoFooterThatDropsItsRest() {
        StringBuilder rest = new StringBuilder();
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}) {
            rest.append("Engineers inspecting the old bridge found cracks in its piers, and the council said the repairs "
                    + "would start on ").append(day).append(" once the traffic on the bridge was diverted.\n");
        }
        Page page = labelled(OWN + MENU + "The old bridge on Monday\n© Jane Doe/Daily Courier\n" + rest);
        takeOut(page, 14, "caption");
        takeOut(page, 15, "copyright");
        new DenseProseRunFilter().process(page);
        for (int i : new int[] {0, 3, 16, 21}) assertThat(page.blocks().get(i).isKept()).isTrue();
        assertThat(page.blocks().get(16).has(Label.ARTICLE)).isTrue();
    }

    @Test
    void teasersAboveThePagesOwnHeaderDoNotMakeItANextStory() {
        String teasers = "Astronomers find a planet made mostly of water, a world unlike any in our solar system.\n"
                + "The telescope watched the distant star dim every eleven days as the planet crossed in front of it.\n";
        StringBuilder story = new StringBuilder("Council closes the old bridge for repairs\nBy Jane Doe\nNovember 20, 2019\n");
        for (int i = 0; i < 5; i++) story.append(STORY).append(" Repairs will take six months, officials said.\n");
        Page page = labelled("Home\n" + teasers + "Most read\nWeather\nSport\nCulture\n" + story
                + "Council closes the old bridge for repairs\n");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(1).isRemoved()).isTrue();
        assertThat(page.blocks().get(11).has(Label.ARTICLE)).isTrue();
    }

    @Test
    void labelsTheArticleAcrossAShortSubheading() {
        Page page = labelled(STORY + "\n" + STORY + "\nWhat happens next\n" + STORY);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks()).allMatch(b -> b.has(Label.ARTICLE));
    }

    @Test
    void aListTheStoryAnnouncesBetweenItsParagraphsCostsTheRunNothing() {
        String items = "Maria Alvarez, 25\nSam Whitfield, 74\nLeo Martin, 85\nTom Becker, 64\nRavi Shah, 52\n";
        Page page = labelled(STORY + "\n" + STORY + "\nThe results of the vote were as follows:\n" + items
                + "\nThe council said the old bridge would open again in the spring.\nHome\nNews\nSport\n");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(8).isKept()).isTrue();
        assertThat(page.blocks().get(8).has(Label.ARTICLE)).isTrue();
    }

    @Test
    void aBoxLabelEndingInAColonAnnouncesNoListOfTheStory() {
        String links = "Facebook\nTwitter\nEmail\nWhatsApp\nPrint\n";
        Page page = labelled(STORY + "\n" + STORY + "\nShare this:\n" + links
                + "\nThe council said the old bridge would open again in the spring.\n");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(8).has(Label.ARTICLE)).isFalse();
    }

    @Test
    void aTickerPrintedInTheHeadAndTheFootOfThePageIsNoArticle() {
        String ticker = "Mayor defends the budget NEW YORK: The mayor said on Tuesday that the city would balance "
                + "its budget without raising taxes or cutting the police.\n"
                + "Bridge closed until spring LONDON: The council has closed the old bridge to all traffic until "
                + "the repairs to its piers are done in the spring.\n";
        Page page = labelled(ticker + "Home\nNews\n" + STORY + "\n" + STORY.replace("Monday", "Friday") + "\n"
                + STORY.replace("Monday", "Sunday") + "\nSport\nWeather\n" + ticker);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
        assertThat(page.blocks().get(4).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(5).has(Label.ARTICLE)).isTrue();
    }

    @Test
    void aParagraphPrintedTwiceNeverMovesTheRunAwayFromTheStory() {
        Page page = labelled("We use cookies to give you the best experience of our site and to show you ads.\n"
                + "Home\nNews\nSport\nWeather\nBusiness\nCulture\n" + STORY + "\n" + STORY + "\n" + STORY);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(7).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
    }

    @Test
    void aStoryPrintedTwiceStaysTheArticle() {
        Page page = labelled(STORY + "\n" + STORY.replace("Monday", "Friday") + "\nHome\nNews\nSport\n"
                + "We use cookies to give you the best experience of our site.\nAbout\nContact\nJobs\n"
                + STORY + "\n" + STORY.replace("Monday", "Friday"));
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).has(Label.ARTICLE)).isTrue();
    }

    /**
     * Two or more lines in a row a rule took out before (share buttons, a tag row) still part a blurb from the story
     * below them, as one line that is not prose; a single line taken out (an inline plug) costs nothing.
     */
    @Test
    void linesTakenOutByARuleStillPartTheRuns() {
        String blurb = "Jane Doe is a reporter who writes about towns, roads and the people who run them for the paper.";
        Page page = labelled(blurb + "\nShare on Facebook\nShare on X\nComments (12)\nTagged: Roads, Council\nPrint\n"
                + STORY + "\n" + STORY + "\n" + STORY);
        for (int i : new int[] {1, 2, 4, 5}) takeOut(page, i);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
        assertThat(page.blocks().get(6).has(Label.ARTICLE)).isTrue();
    }

    /** A gallery's buttons taken out line by line cost the run as one line: one piece of furniture. */
    @Test
    void aStretchOfLinesTakenOutCostsTheRunAsOneLine() {
        Page page = labelled(STORY + "\n" + STORY + "\nImage 1 of 4\nCaption\nClose\nBack to gallery\n" + STORY);
        for (int i = 2; i <= 5; i++) takeOut(page, i);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(6).isKept()).isTrue();
        assertThat(page.blocks().get(6).has(Label.ARTICLE)).isTrue();
    }

    private static final String BIO = "Jane Doe is a staff writer who has spent a decade reporting on roads, "
            + "bridges and the towns along the river for the paper, and she lives in the valley with two cats.";
    private static final String MASTHEAD = "Our team\nNews editor: Tom Roe\nSports editor: Ann Poe\n";

    /**
     * A bio a rule took out between the story's lede and its rest pays for its box's lines (the masthead below it):
     * the lede, set apart by them, stays in the run as it did with the bio kept.
     */
    @Test
    void aBoxWhoseBioARuleTookOutDoesNotPartTheStory() {
        Page page = labelled(STORY + "\n" + BIO + "\n" + MASTHEAD + longStory());
        takeOut(page, 1, "author-bio");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isKept()).isTrue();
        assertThat(page.blocks().get(0).has(Label.ARTICLE)).isTrue();
        // with no bridge over a box (0 lines), the lede alone above the masthead is left out, as before
        Page plain = labelled(STORY + "\n" + BIO + "\n" + MASTHEAD + longStory());
        takeOut(plain, 1, "author-bio");
        new DenseProseRunFilter(DenseProseRunFilter.DEFAULT_NON_PROSE_PENALTY,
                DenseProseRunFilter.DEFAULT_MIN_REMAINING_SHARE, DenseProseRunFilter.DEFAULT_MIN_REPEATED_WORDS,
                DenseProseRunFilter.DEFAULT_MAX_LINES_BEFORE_LIST, DenseProseRunFilter.DEFAULT_MIN_PART_PARAGRAPHS,
                DenseProseRunFilter.DEFAULT_MIN_PART_PARAGRAPH_WORDS,
                DenseProseRunFilter.DEFAULT_MIN_PART_STOPWORD_DENSITY,
                DenseProseRunFilter.DEFAULT_MIN_PART_SHARED_SHARE, DenseProseRunFilter.DEFAULT_MAX_LIST_ITEMS,
                DenseProseRunFilter.DEFAULT_MIN_ANNOUNCEMENT_WORDS, DenseProseRunFilter.DEFAULT_MIN_GAP_HEADLINES,
                DenseProseRunFilter.DEFAULT_MIN_FOOTER_GAP, DenseProseRunFilter.DEFAULT_MIN_FOOTER_RUN_SHARE,
                DenseProseRunFilter.DEFAULT_TABLE_CELL_WEIGHT, 0, new NextStoryFilter()).process(plain);
        assertThat(plain.blocks().get(0).isRemoved()).isTrue();
    }

    /** The bio's words pay for its box's lines and add nothing: a blurb set apart below the box stays out. */
    @Test
    void aBioTakenOutAtTheStorysFootDoesNotBringInTheBlurbBelowIt() {
        String blurb = "The Herald is where the valley's news is made, and the essential source of the stories that "
                + "shape the towns along the river and the people who live in them.";
        Page page = labelled(longStory() + BIO + "\n" + MASTHEAD + "Editor in chief: Sam Loe\nContact us\n" + blurb);
        int bio = 6;
        assertThat(page.blocks().get(bio).text()).isEqualTo(BIO);
        takeOut(page, bio, "author-bio");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(page.blocks().size() - 1).isRemoved()).isTrue();
        assertThat(page.blocks().get(5).has(Label.ARTICLE)).isTrue();
    }

    /** A long stretch taken out (a run of teaser cards) is furniture that parts two runs, however many its words. */
    @Test
    void aLongStretchTakenOutBridgesNothing() {
        Page page = labelled(STORY + "\n" + BIO + "\n" + BIO.replace("Jane", "Joan") + "\n"
                + BIO.replace("Jane", "June") + "\n" + MASTHEAD + longStory());
        for (int i = 1; i <= 3; i++) takeOut(page, i, "teaser-run");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
    }

    @Test
    void aListTheStoryAnnouncesAtItsEndJoinsTheRun() {
        Page page = labelled(STORY + "\n" + STORY + "\n" + STORY + "\nKey findings include:\n"
                + "* Costs rose by 12 percent.\n* Parking fees will double.\n"
                + "* A review of all the spending is due by the end of the year.\n"
                + "* Funding for the clinic was cut in half.");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks()).allMatch(b -> b.isKept() && b.has(Label.ARTICLE));
    }

    @Test
    void theAnnouncedListEndsAtTheFirstBlankLineBelowItsFirstItem() {
        Page page = labelled(STORY + "\n" + STORY + "\n" + STORY + "\nKey findings include:\n"
                + "* Costs rose by 12 percent.\n* Parking fees will double.\n\n"
                + "We use cookies to give you the best experience of our site and to show you ads.");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(5).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(6).isRemoved()).isTrue();
    }

    @Test
    void aMarkedListEndsAtTheFirstLineOpenedOtherwise() {
        Page page = labelled(STORY + "\n" + STORY + "\n" + STORY + "\nKey findings include:\n"
                + "– Costs rose by 12 percent.\n– Parking fees will double.\n"
                + "Next: The council has been shortlisted for an award for its work on the old bridge.");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(5).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(6).isRemoved()).isTrue();
    }

    @Test
    void aListItemsMarkReadsDigitsAsOne() {
        assertThat(DenseProseRunFilter.mark("12. Costs rose")).isEqualTo("#.");
        assertThat(DenseProseRunFilter.mark("• Costs rose")).isEqualTo("•");
        assertThat(DenseProseRunFilter.mark("2019 was a hard year")).isEmpty();
        assertThat(DenseProseRunFilter.mark("Costs rose")).isEmpty();
    }

    @Test
    void aColonLineBelowAByLineAnnouncesNoListOfTheStory() {
        // only a closing sentence may stand between the story and its list: below a byline the list is furniture's
        Page page = labelled(STORY + "\n" + STORY + "\n" + STORY + "\nJane Doe\nKey findings include:\n"
                + "* Costs rose by 12 percent.\n* A review of all the spending is due by the end of the year.");
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(6).isRemoved()).isTrue();
    }

    /** The story's lede: it shares its words with the paragraphs below it. */
    private static final String LEDE = "The council voted on Monday to close the old bridge to all traffic for six months "
            + "while engineers repair cracks in its steel supports, officials said.\n";
    private static final String REST = "Repairs to the old bridge are expected to cost the council about two million pounds, "
            + "and engineers say the steel supports must be replaced before the winter.\n"
            + "Drivers have been told to use the ring road while the bridge is closed, which the council says will add "
            + "ten minutes to a trip across the river.\n"
            + "The bridge, which opened in 1902, carries about twenty thousand vehicles across the river on an ordinary "
            + "weekday, the council said.\n";
    private static final String HEADLINE_RUN = "Top stories\nStorm leaves thousands without power overnight\n"
            + "Police name man found dead in the river\nHospital waiting lists hit a record high\n"
            + "Festival organisers announce this year's line-up\n";

    @Test
    void keepsTheLedeThatARunOfHeadlinesPartsFromTheStoryAndRemovesTheRun() {
        Page page = labelled(LEDE + HEADLINE_RUN + REST);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isKept()).isTrue();
        assertThat(page.blocks().get(0).has(Label.ARTICLE)).isTrue();
        for (int i = 1; i <= 5; i++) assertThat(page.blocks().get(i).isRemoved()).isTrue();
    }

    @Test
    void leavesAStandfirstOverTheBylineAndDateAboveARunOfHeadlines() {
        Page page = labelled(LEDE + "November 20, 2019\n" + HEADLINE_RUN + REST);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).has(Label.ARTICLE)).isFalse();
        assertThat(page.blocks().get(3).isKept()).isTrue();
    }

    @Test
    void leavesAParagraphAboutSomethingElseAboveARunOfHeadlines() {
        String blurb = "Sign up to our morning newsletter and get the best of our journalism delivered to your inbox "
                + "before breakfast every weekday, free of charge.\n";
        Page page = labelled(blurb + HEADLINE_RUN + REST);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
        assertThat(page.blocks().get(2).isKept()).isTrue();
    }

    @Test
    void leavesShortLinesOfNamesBetweenTheLedeAndTheStory() {
        // a list of names is no run of headlines: its lines are too short
        Page page = labelled(LEDE + "Jane Doe\nJohn Smith\nAnna Berg\nLee Park\nOmar Ali\n" + REST);
        new DenseProseRunFilter().process(page);
        for (int i = 1; i <= 5; i++) assertThat(page.blocks().get(i).isKept()).isTrue();
    }

    @Test
    void leavesALiveBlogsTimedEntriesAlone() {
        String entries = "10:42 Council confirms the bridge will close on Monday\n"
                + "11:05 Engineers arrive at the bridge to begin the inspection\n"
                + "11:30 Drivers queue on the ring road as the closure begins\n";
        Page page = labelled(LEDE + entries + REST);
        new DenseProseRunFilter().process(page);
        for (int i = 1; i <= 3; i++) assertThat(page.blocks().get(i).isKept()).isTrue();
    }

    private static void takeOut(Page page, int index) {
        takeOut(page, index, "share");
    }

    private static void takeOut(Page page, int index, String code) {
        page.blocks().get(index).remove(new wirewash.model.Reason(code, "test.rules:1", ""));
    }

    private static final String MENU = "Home\nNews\nLocal\nSport\nWeather\nBusiness\nCulture\nTravel\nPuzzles\nJobs\n";
    private static final String PART = "Engineers found cracks in the old bridge during an inspection in the spring, "
            + "and the council says the repairs to the bridge cannot wait until traffic is lighter.\n"
            + "Officials said the council will reopen the bridge to traffic once the repairs are done, "
            + "six months from Monday if the weather allows.\n";

    private static String longStory() {
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 6; i++) story.append(STORY).append(" Repairs to the bridge will take six months, officials said.\n");
        return story.toString();
    }

    @Test
    void aPartOfTheStorySetApartByAMenuJoinsTheRun() {
        Page page = labelled(PART + MENU + longStory() + MENU + PART.replace("spring", "autumn").replace("six", "seven"));
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isKept()).isTrue();
        assertThat(page.blocks().get(1).has(Label.ARTICLE)).isTrue();
        assertThat(page.blocks().get(page.blocks().size() - 1).has(Label.ARTICLE)).isTrue();
        // the menu between is no part of the story
        assertThat(page.blocks().get(2).has(Label.ARTICLE)).isFalse();
    }

    @Test
    void twoParagraphsAboutSomethingElseSetApartByAMenuStayOut() {
        String other = "We use cookies and similar technologies to give you the best experience of our website and "
                + "to show you advertising that matches your interests.\n"
                + "You can change your cookie preferences at any time by visiting the privacy settings page, where "
                + "you will find more information about our partners.\n";
        Page page = labelled(longStory() + MENU + other);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(page.blocks().size() - 1).isRemoved()).isTrue();
        assertThat(page.blocks().get(page.blocks().size() - 2).isRemoved()).isTrue();
    }

    @Test
    void aPartOfOneParagraphStaysOut() {
        Page page = labelled(longStory() + MENU + PART.substring(0, PART.indexOf('\n') + 1));
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(page.blocks().size() - 1).isRemoved()).isTrue();
    }

    @Test
    void aPartThePagePrintsTwiceStaysOut() {
        Page page = labelled(PART + MENU + longStory() + MENU + PART);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
        assertThat(page.blocks().get(page.blocks().size() - 1).isRemoved()).isTrue();
    }

    /** A standings table dumped one cell a line, {@code rows} rows of four cells (about five words a row). */
    static String standings(int rows) {
        String[] names = {"Kyle Busch", "Martin Truex Jr.", "Kevin Harvick", "Denny Hamlin", "Joey Logano"};
        StringBuilder table = new StringBuilder("Pos.\nDriver\nPoints\nWins\n");
        for (int row = 1; row <= rows; row++) {
            table.append(row).append('\n').append(names[row % names.length]).append('\n')
                    .append(5040 - row * 17).append('\n').append(row % 6).append('\n');
        }
        return table.toString();
    }

    private static final String PROMOS = "» Column of Jane Doe\n"
            + "Click on the photo of Jane and read all the columns she writes for us about racing and the drivers.\n"
            + "» Power ranking of the season\n"
            + "Click on the picture above and see how the drivers rank this season after the race in Brazil and overall.\n"
            + "» Podcast of the week\n"
            + "Our hosts are back for another season of talking about everything that has happened in motor racing lately.\n";

    /** The story is a table under two short lines of prose: the run is there, not on the promos at the page's foot. */
    @Test
    void aStandingsTableUnderShortLinesOfProseOutweighsThePromosAtThePagesFoot() {
        Page page = labelled("Here you will always find the standings updated after the latest race of the season.\n"
                + "Most read\nCouncil closes the old bridge\nMayor defends the budget\nSchools reopen on Monday\n"
                + "Bookmark this page and come back to check the standings after every race!\n"
                + "Final standings of the Cup Series after 36 races:\n" + standings(30)
                + "* Only the top 12 drivers race for the title in the last ten races.\n"
                + "Home\nNews\nSport\nWeather\nBusiness\nCulture\n" + PROMOS);
        new CellTableFilter().process(page);
        new DenseProseRunFilter().process(page);
        assertThat(Pages.block(page, "Bookmark this page").isKept()).isTrue();
        assertThat(Pages.block(page, "Kevin Harvick").has(Label.ARTICLE)).isTrue();
        assertThat(Pages.block(page, "* Only the top 12").isKept()).isTrue();
        assertThat(Pages.block(page, "Click on the photo").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Our hosts are back").isRemoved()).isTrue();
    }

    /** Without the table's weight the promos win: the weight is what keeps the standings page's run. */
    @Test
    void aTableThatAddsNothingLeavesTheRunToThePromos() {
        Page page = labelled("Bookmark this page and come back to check the standings after every race!\n"
                + "Final standings of the Cup Series after 36 races:\n" + standings(30)
                + "Home\nNews\nSport\nWeather\nBusiness\nCulture\n" + PROMOS);
        new CellTableFilter().process(page);
        new DenseProseRunFilter(DenseProseRunFilter.DEFAULT_NON_PROSE_PENALTY,
                DenseProseRunFilter.DEFAULT_MIN_REMAINING_SHARE, DenseProseRunFilter.DEFAULT_MIN_REPEATED_WORDS,
                DenseProseRunFilter.DEFAULT_MAX_LINES_BEFORE_LIST, DenseProseRunFilter.DEFAULT_MIN_PART_PARAGRAPHS,
                DenseProseRunFilter.DEFAULT_MIN_PART_PARAGRAPH_WORDS,
                DenseProseRunFilter.DEFAULT_MIN_PART_STOPWORD_DENSITY, DenseProseRunFilter.DEFAULT_MIN_PART_SHARED_SHARE,
                DenseProseRunFilter.DEFAULT_MAX_LIST_ITEMS, DenseProseRunFilter.DEFAULT_MIN_ANNOUNCEMENT_WORDS,
                DenseProseRunFilter.DEFAULT_MIN_GAP_HEADLINES, DenseProseRunFilter.DEFAULT_MIN_FOOTER_GAP,
                DenseProseRunFilter.DEFAULT_MIN_FOOTER_RUN_SHARE, 0.0, new NextStoryFilter()).process(page);
        assertThat(Pages.block(page, "Bookmark this page").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Click on the photo").isKept()).isTrue();
    }

    /** A table alone is no run, however many cells it has: the short paragraph above it stays the page's run. */
    @Test
    void aTableWithNoParagraphInItsRunIsNoRun() {
        Page page = labelled("Here you will always find the standings updated after the latest race.\n"
                + "Kyle Busch\nFinal standings of the Cup Series after 36 races:\n" + standings(30)
                + "Home\nNews\nSport\nWeather\n");
        new CellTableFilter().process(page);
        new DenseProseRunFilter().process(page);
        assertThat(Pages.block(page, "Here you will").isKept()).isTrue();
        assertThat(Pages.block(page, "Kevin Harvick").has(Label.ARTICLE)).isFalse();
    }

    /** A table in the page's rail, under a heading, adds nothing: it joins no run, and the story stays the page's. */
    @Test
    void aTableInThePagesRailDoesNotTakeTheRunFromTheStory() {
        String story = OWN + "The bridge was built in 1902 and last repaired in the 1970s, when it was closed for a year.\n";
        Page page = labelled(story + "Home\nNews\nSport\nWeather\nBusiness\nCulture\nStandings\n" + standings(20)
                + "Most read\nCouncil closes the old bridge\n"
                + "Fans queue for hours to meet the champion after his win at the last race of the season.\n");
        new CellTableFilter().process(page);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().subList(0, 5)).allMatch(b -> b.isKept() && b.has(Label.ARTICLE));
        assertThat(Pages.block(page, "Kevin Harvick").has(Label.ARTICLE)).isFalse();
        assertThat(Pages.block(page, "Fans queue for hours").isRemoved()).isTrue();
    }

    static Page labelled(String text) {
        Page page = new Page("t", Format.TEXT, TextBlocks.split(text), Metadata.EMPTY);
        new ProseLabelFilter().process(page);
        return page;
    }

    /** A list item's mark with its digits read as "#" by a pattern compiled once, as the per-call regex read it. */
    @Test
    void readsAMarkAsThePerCallRegexDid() {
        String alphabet = "0123456789•-.#)( aZ";
        java.util.Random random = new java.util.Random(44);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(DenseProseRunFilter.mark(t)).as(t).isEqualTo(plainMark(t));
        }
        assertThat(DenseProseRunFilter.mark("12. Item")).isEqualTo("#.");
    }

    /** {@link DenseProseRunFilter#mark} as it was, its regex compiled at each call. */
    private static String plainMark(String text) {
        int i = 0;
        while (i < text.length() && i < 4 && !Character.isLetter(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))) i++;
        if (i == 0 || i > 3 || i >= text.length() || text.charAt(i) != ' ') return "";
        String mark = text.substring(0, i).replaceAll("\\d+", "#");
        return mark.equals("#") ? "" : mark;
    }
}
