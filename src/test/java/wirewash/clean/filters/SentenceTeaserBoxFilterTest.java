package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.model.Reason;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class SentenceTeaserBoxFilterTest {
    private static final String STORY = "The council voted on Monday to close the old Kingsway bridge to all traffic until the repairs are done.\n"
            + "Engineers found cracks in two of the bridge's steel supports during an inspection in the spring, the council said.\n"
            + "Repairs to the Kingsway bridge are expected to take at least six months and cost the council about two million pounds.\n"
            + "Drivers have been told to use the ring road, which the council says will add ten minutes to a trip across the river.\n"
            + "The bridge, which opened in 1902, carries about twenty thousand vehicles across the river on an ordinary weekday.\n";
    private static final String BOX = "Latest news\n"
            + "Firefighters spent the night tackling a blaze at a disused warehouse on the edge of the industrial estate.\n"
            + "Shares in the retailer fell sharply after it warned that holiday sales would be weaker than expected.\n"
            + "A rare bird not seen in the valley for almost forty years has been photographed by a walker.\n";

    @Test
    void removesTeasersWrittenAsSentencesBelowTheStory() throws RuleException {
        Page page = run(STORY + BOX);
        assertThat(keptText(page)).isEqualTo(STORY + "Latest news\n");
        assertThat(page.blocks().get(6).removal().code()).isEqualTo(SentenceTeaserBoxFilter.REASON);
    }

    @Test
    void removesTeasersPrintedRightAboveTheStorysLede() throws RuleException {
        Page page = run(BOX + STORY);
        assertThat(keptText(page)).isEqualTo("Latest news\n" + STORY);
    }

    @Test
    void keepsTheStoryResumedBelowAnInlineRelatedBox() throws RuleException {
        String[] lines = STORY.split("\n");
        String text = lines[0] + "\n" + lines[1] + "\nRelated\n" + lines[2] + "\n" + lines[3] + "\n" + lines[4] + "\n";
        Page page = run(text);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void removesABoxUnderAHeadingNoRuleNames() throws RuleException {
        Page page = run(STORY + BOX.replace("Latest news", "Elsewhere in the county"));
        assertThat(keptText(page)).isEqualTo(STORY);
        assertThat(page.blocks().get(5).removal().origin()).isEqualTo("SentenceTeaserBoxFilter");
    }

    @Test
    void removesABoxUnderAnAllCapsHeadingInTheMiddleOfTheStory() throws RuleException {
        String[] lines = STORY.split("\n");
        String text = lines[0] + "\n" + lines[1] + "\n" + BOX.replace("Latest news", "ACROSS THE RIVER") + lines[2] + "\n"
                + lines[3] + "\n" + lines[4] + "\n";
        Page page = run(text);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void removesTeasersWithTheirTimeStamps() throws RuleException {
        String[] box = BOX.split("\n");
        String dated = "Across the river\n" + box[1] + "\n2 hours ago\n" + box[2] + "\n5h ago\n" + box[3] + "\nYesterday\n";
        Page page = run(STORY + dated);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void keepsTheStorysSubheadingAndTheParagraphsBelowIt() throws RuleException {
        String[] lines = STORY.split("\n");
        String text = lines[0] + "\n" + lines[1] + "\nRepairs and detours\n" + lines[2] + "\n" + lines[3] + "\n"
                + lines[4] + "\n";
        Page page = run(text);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsTheParagraphsBelowAMenusLastLine() throws RuleException {
        String[] box = BOX.split("\n");
        Page page = run("Back to top\nView mobile site\n\n" + box[1] + "\n" + box[2] + "\n" + STORY);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsTheStoryBelowItsBylineAndDateLine() throws RuleException {
        String[] box = BOX.split("\n");
        Page page = run("The Associated Press\nPublished Monday, November 18, 2019 8:22AM EST\n" + box[1] + "\n" + box[2]
                + "\n" + STORY);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsAQuotedLineAndTheParagraphsBelowIt() throws RuleException {
        Page page = run(STORY + BOX.replace("Latest news", "\u201cA sad day for the town\u201d"));
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsSectionsOnTopicsOfTheirOwnThatOutweighTheRestOfThePage() throws RuleException {
        String[] box = BOX.split("\n");
        String digest = STORY.split("\n")[0] + "\nAcross the river\n" + box[1] + "\n" + box[2]
                + "\nIn the markets\n" + box[3] + "\n"
                + "Voters in the district will go back to the polls next month after a judge overturned the result.\n";
        Page page = run(digest);
        assertThat(page.kept()).hasSize(page.blocks().size());
        Page unguarded = DenseProseRunFilterTest.labelled(digest);
        new SentenceTeaserBoxFilter(rules(), SentenceTeaserBoxFilter.DEFAULT_BOX_REASONS,
                SentenceTeaserBoxFilter.DEFAULT_MAX_TEASER_WORDS, SentenceTeaserBoxFilter.DEFAULT_MAX_SHARED_SHARE,
                SentenceTeaserBoxFilter.DEFAULT_MIN_TEASERS, SentenceTeaserBoxFilter.DEFAULT_COMMON_WORDS,
                SentenceTeaserBoxFilter.DEFAULT_MIN_WORD_LENGTH, SentenceTeaserBoxFilter.DEFAULT_CONTEXT_WORDS,
                10, SentenceTeaserBoxFilter.DEFAULT_MAX_UNNAMED_TEASER_WORDS,
                SentenceTeaserBoxFilter.DEFAULT_MAX_HEADING_WORDS, 100, SentenceTeaserBoxFilter.DEFAULT_MAX_STAMP_WORDS,
                SentenceTeaserBoxFilter.DEFAULT_MIN_HEADLINE_WORDS, SentenceTeaserBoxFilter.DEFAULT_MAX_HEADLINE_WORDS,
                SentenceTeaserBoxFilter.DEFAULT_MIN_HEADLINES, SentenceTeaserBoxFilter.DEFAULT_MIN_HEADLINE_CONTENT_WORDS)
                .process(unguarded);
        assertThat(keptText(unguarded)).isEqualTo(STORY.split("\n")[0] + "\n");
    }

    private static final String HEADLINES = "Warehouse fire keeps crews busy through the night\n"
            + "Retailer warns of weaker holiday sales as shares slide\n"
            + "Rare bird photographed in the valley after forty years\n";

    @Test
    void removesABoxOfHeadlinesInTheMiddleOfTheStory() throws RuleException {
        String[] lines = STORY.split("\n");
        String text = lines[0] + "\n" + lines[1] + "\n\nStories you may have missed\n" + HEADLINES + "\n" + lines[2]
                + "\n" + lines[3] + "\n" + lines[4] + "\n";
        Page page = run(text);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void keepsTwoHeadlinesUnderAShortLine() throws RuleException {
        String[] lines = STORY.split("\n");
        String two = HEADLINES.substring(0, HEADLINES.lastIndexOf('\n', HEADLINES.length() - 2) + 1);
        String text = lines[0] + "\n" + lines[1] + "\n\nStories you may have missed\n" + two + "\n" + lines[2]
                + "\n" + lines[3] + "\n" + lines[4] + "\n";
        Page page = run(text);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsTheStorysNumberedListBelowALineEndingInAColon() throws RuleException {
        String[] lines = STORY.split("\n");
        String list = "1. Warehouse fire keeps crews busy through the night\n"
                + "2. Retailer warns of weaker holiday sales as shares slide\n"
                + "3. Rare bird photographed in the valley after forty years\n";
        String text = lines[0] + "\n" + lines[1] + "\n\nWhat else happened\n" + list + "\n" + lines[2] + "\n"
                + lines[3] + "\n" + lines[4] + "\n";
        Page page = run(text);
        assertThat(page.kept()).hasSize(page.blocks().size());
        Page announced = run(lines[0] + "\n" + lines[1] + "\n\nThe other news:\n" + HEADLINES + "\n" + lines[2]
                + "\n" + lines[3] + "\n" + lines[4] + "\n");
        assertThat(announced.kept()).hasSize(announced.blocks().size());
    }

    @Test
    void countsTheListingsAWidgetRuleTookAmongABoxsHeadlines() throws RuleException {
        // a job board: the rule names the listing with the pay, not the two without; the box is three lines long
        String[] lines = STORY.split("\n");
        String board = "Staff Nurse, Castillo Trust, Marlow Heath\nElectrician, Lindqvist Ltd, Linton Bay — £49,000\n"
                + "Site Manager at Adeyemi Homes in Linton Bay\n";
        String text = lines[0] + "\n" + lines[1] + "\n\nCareers near you\n" + board + "\n" + lines[2] + "\n"
                + lines[3] + "\n" + lines[4] + "\n";
        Page page = DenseProseRunFilterTest.labelled(text);
        for (Block block : page.blocks()) {
            if (block.text().startsWith("Electrician")) {
                block.remove(new Reason(InsetHeadlineListFilter.DEFAULT_LISTING_REASONS.iterator().next(),
                        "LineRuleFilter", "a job board's listing"));
            }
        }
        new SentenceTeaserBoxFilter(rules()).process(page);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    /** A podcast's promo: its title, one blurb and a call to action. */
    private static final String PROMO = "The Morning Briefing\n"
            + "Every weekday our podcast hosts unpack one big headline, ready for your commute and the school run.\n"
            + "Listen now\n";

    @Test
    void removesAPromoOfOneBlurbClosedByACallToActionAboveTheLede() throws RuleException {
        Page page = run(PROMO + STORY);
        assertThat(keptText(page)).isEqualTo(STORY);
        assertThat(page.blocks().get(1).removal().code()).isEqualTo(SentenceTeaserBoxFilter.REASON);
    }

    @Test
    void removesAPromoOfOneBlurbBetweenTheLedeAndTheSecondParagraph() throws RuleException {
        String[] lines = STORY.split("\n", 2);
        Page page = run(lines[0] + "\n" + PROMO + lines[1]);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void keepsTheStorysOwnSectionOfOneParagraphAboveAShortLine() throws RuleException {
        String section = "Background\n"
                + "The Kingsway bridge was built in 1902 and the council has repaired its steel supports twice before.\n"
                + "What comes next\n";
        Page page = run(section + STORY);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsAnOffTopicParagraphUnderAHeadingWithNoCallToActionBelowIt() throws RuleException {
        String aside = "A note from the editor\n"
                + "Every weekday our podcast hosts unpack one big headline, ready for your commute and the school run.\n";
        Page page = run(aside + STORY);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsAnAnswerBelowAQuestionAndAShortLine() throws RuleException {
        String qa = "What does the closure mean for cyclists?\n"
                + "Every weekday our podcast hosts unpack one big headline, ready for your commute and the school run.\n"
                + "Listen now\n";
        Page page = run(qa + STORY);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void removesAPromosBlurbLongerThanAnUnnamedBoxsTeaserWhenACallToActionClosesIt() throws RuleException {
        String promo = "The Morning Briefing\n"
                + "Every weekday our podcast hosts unpack one big headline, ready for your commute and the school run. "
                + "New episodes land at six in the morning, and each one takes less than a quarter of an hour, "
                + "with guests from all over the country.\n"
                + "Listen now\n";
        Page page = run(promo + STORY);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    @Test
    void removesTeasersListedOneALineThatShareTheirHooksWithOneAnother() throws RuleException {
        String box = "Similar stories\n"
                + "\u2022 Storm cuts deal on a fresh start. Inside the decision that changed everything.\n"
                + "\u2022 Harbour plan pulls out of the final vote. Inside the decision that changed everything.\n"
                + "\u2022 Wildfire scrambles to fix a bold redesign. Here's what the decision means for you.\n";
        String story = STORY.replace("\n", "\n\n");
        Page page = run(box + "\n" + story);
        assertThat(keptText(page)).isEqualTo(STORY);
    }

    private static Page run(String text) throws RuleException {
        Page page = DenseProseRunFilterTest.labelled(text);
        new SentenceTeaserBoxFilter(rules()).process(page);
        return page;
    }

    private static RuleSet rules() throws RuleException {
        return new RuleSet(RuleLoader.parse("t.rules", "tail related-list related|latest news"));
    }

    private static String keptText(Page page) {
        StringBuilder text = new StringBuilder();
        for (Block block : page.kept()) text.append(block.text()).append('\n');
        return text.toString();
    }
}
