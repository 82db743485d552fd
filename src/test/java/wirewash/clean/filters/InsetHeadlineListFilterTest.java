package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.model.Reason;

class InsetHeadlineListFilterTest {
    private static final String ABOVE = "The council voted on Monday to close the old river bridge to all traffic until the "
            + "repairs are done, after engineers found deep cracks in two of its stone arches.\n\n"
            + "Drivers will be sent along the ring road, which the council says adds ten minutes to most journeys "
            + "across the town centre during the morning rush.";
    private static final String BELOW = "Engineers expect the repairs to the bridge to take at least six months, the "
            + "council said, and the cost of the work on the arches is not yet known.\n\n"
            + "Shop owners near the bridge said the closure of the river crossing would keep customers away from the "
            + "town centre, and asked the council for help with their rents.";

    @Test
    void removesAListOfOtherStoriesHeadlinesUnderAHeadingNoRuleNames() {
        String list = "Around the region\nHospital names new head of children's ward\nOrchestra cancels its summer tour"
                + " · 2h\nOPINION | Why the skate park deserves a second chance\nBeekeepers fear a bad year for honey"
                + " (14)";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).doesNotContain("Around the region", "Orchestra",
                "Beekeepers").contains("Engineers expect", "Shop owners");
    }

    @Test
    void removesAListWithNoHeading() {
        String list = "Hospital names new head of children's ward\nOrchestra cancels its summer tour\n"
                + "Beekeepers fear a bad year for honey";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).doesNotContain("Orchestra");
    }

    @Test
    void keepsTheStorysSubheadingRightBelowTheList() {
        // the run's last line names what the paragraph below it tells: the story's subheading, not a headline
        String list = "Hospital names new head of children's ward\nOrchestra cancels its summer tour\n"
                + "Beekeepers fear a bad year for honey\nSharks return to the harbour\nRepairs will take six months";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).doesNotContain("Orchestra", "Sharks")
                .contains("Repairs will take six months");
    }

    @Test
    void asksOnlyTheProseAroundTheList() {
        // a long story that names the headlines' words far above the list, past the context read around it
        String far = "Residents spoke of the hospital's children's ward, the orchestra's summer tour and the "
                + "beekeepers who fear a bad year for honey.\n\n";
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            filler.append("Engineer number ").append(i).append(" inspected stone arch ").append(i)
                    .append(" of the river bridge, measuring cracks, mortar, drainage and loading before winter ")
                    .append("storms arrive across the valley.\n\n");
        }
        String list = "Hospital names new head of children's ward\nOrchestra cancels its summer tour\n"
                + "Beekeepers fear a bad year for honey";
        assertThat(keptText(far + filler + ABOVE + "\n\n" + list + "\n\n" + BELOW))
                .doesNotContain("Orchestra cancels");
    }

    @Test
    void keepsAListTheStoryAnnounces() {
        String list = "The candidates for the seat are:\nMary Jones, a retired teacher from Elmstead\n"
                + "Peter Novak, who runs a bakery on the high street\nAnn Haldane, chair of the tenants' union";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).contains("Peter Novak");
    }

    @Test
    void keepsAListOfCandidatesWithoutAColon() {
        // short lines of two or three words are no headlines
        String list = "Mary Jones (Labour)\nPeter Novak (Green)\nAnn Haldane (Independent)\nTom Eze (Liberal)";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).contains("Peter Novak");
    }

    @Test
    void keepsIngredients() {
        String list = "2 cups of plain flour\n1 tablespoon of olive oil\n3 ripe tomatoes, chopped\n"
                + "1 small onion, finely sliced";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).contains("olive oil");
    }

    @Test
    void keepsStepsThatEndSentences() {
        String list = "Close the lanes on the bridge at night.\nMove the buses to the ring road.\n"
                + "Open a footpath beside the river.\nReview the works every month.";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).contains("Move the buses");
    }

    @Test
    void keepsATimelineOfShortDatedLines() {
        String list = "1887 – Stone bridge opens to horse traffic\n1952 – Arches strengthened after the flood\n"
                + "1998 – Weight limit of seven tonnes imposed\n2019 – Cracks found in two arches";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).contains("Arches strengthened");
    }

    @Test
    void keepsAListAboutTheStory() {
        // the lines take up the story's words: the works it tells of, not other stories
        String list = "Repairs to the cracked stone arches\nA new weight limit on the river bridge\n"
                + "Traffic sent along the ring road\nHelp with rents for shop owners";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).contains("new weight limit");
    }

    @Test
    void keepsSubheadsEachOverItsParagraph() {
        String text = ABOVE + "\n\nWhat the engineers found\n\n" + BELOW.replace("\n\n", "\n\nHow shops will cope\n\n");
        assertThat(keptText(text)).contains("What the engineers found", "How shops will cope");
    }

    @Test
    void keepsTheQuestionsOfAnInterview() {
        String text = ABOVE + "\n\nWhy close the whole bridge?\n\nBecause the two arches carry all four lanes of "
                + "the bridge, and none of them is safe for the weight of a bus.\n\nWhen will the bridge reopen?\n\n"
                + BELOW;
        assertThat(keptText(text)).contains("Why close the whole bridge?", "When will the bridge reopen?");
    }

    @Test
    void keepsAListTheStoryDoesNotGoOnBelow() {
        // below the story's end the list is the tail filters' to judge
        String list = "Hospital names new head of children's ward\nOrchestra cancels its summer tour\n"
                + "Beekeepers fear a bad year for honey";
        assertThat(keptText(ABOVE + "\n\n" + list)).contains("Orchestra");
    }

    @Test
    void keepsACaptionRunAndAnEmbeddedPost() {
        String list = "Business scene\nPeople gather near the bridge on Tuesday. (AP Photo/Jane Doe)\n"
                + "Yes this is real and they spent half a million on it https://t.co/abc\n"
                + "— Jane Doe (@jdoe) November 18, 2019";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + BELOW)).contains("People gather");
    }

    /** Two paragraphs on a new turn of the story: a fifth of their content words or so found above. */
    private static final String NEW_TURN = "Shop owners in the town centre say trade has fallen since the bridge "
            + "closed to traffic, and several have asked their landlords for lower rents this winter.\n\n"
            + "The chamber of commerce plans a late-night market in December, hoping to bring shoppers back to the "
            + "high street before Christmas.";

    @Test
    void removesAListFarOffTheSubjectAboveTheStorysNewTurn() {
        String list = "Hospital names new head of children's ward\nOrchestra cancels its summer tour\n"
                + "Beekeepers fear a bad year for honey";
        assertThat(keptText(ABOVE + "\n\n" + list + "\n\n" + NEW_TURN)).doesNotContain("Orchestra")
                .contains("Shop owners", "chamber of commerce");
    }

    @Test
    void keepsRowsOfFiguresAboveTheStorysNewTurn() {
        // a small table of the vote dumped as lines: no headlines, though it takes up none of the story's words
        String table = "Eze 22,726 56% 3,104\nTremblay 28,849 76% 9,020\nOkafor 9,120 12% 1,344";
        assertThat(keptText(ABOVE + "\n\n" + table + "\n\n" + NEW_TURN)).contains("Tremblay 28,849");
    }

    /** A job board set in the story: a heading and three listings, each with its pay or its terms. */
    private static final String BOARD = "Job board\nChef de Partie, Harrington Group, Carrow — £27,000\n"
            + "Software Engineer — Quinlan Trust, Silverton · Competitive\n"
            + "HGV Driver, Tanaka Trust, Kingsbridge — £44,000";

    @Test
    void countsTheListingsAWidgetRuleTookAsTheListsHeadlines() {
        // the rule took every listing: the board's heading, left alone, goes with them
        String text = ABOVE + "\n\n" + BOARD + "\n\n" + BELOW;
        assertThat(keptText(text, InsetHeadlineListFilter.DEFAULT_LISTING_REASONS.iterator().next()))
                .doesNotContain("Job board").contains("Drivers will be sent", "Engineers expect");
    }

    @Test
    void keepsATablesHeaderOverRowsOfFiguresAWidgetRuleTook() {
        // a market strip's rule took the story's own table rows ("Gwen Carraway 28,544 -11%"): rows of figures are
        // no listings, and the table's header is no heading of a list
        String table = "Year Programs Change\nGwen Carraway 28,544 -11%\nTheo Varga 20,654 28%\n"
                + "Central Region 15,376 33%";
        Page page = DenseProseRunFilterTest.labelled(ABOVE + "\n\n" + table + "\n\n" + BELOW);
        for (Block block : page.blocks()) {
            if (block.text().matches("\\D+ [0-9,]+ -?\\d+%")) {
                block.remove(new Reason("widget", "LineRuleFilter", "a market strip"));
            }
        }
        assertThat(keptText(page)).contains("Year Programs Change");
    }

    @Test
    void keepsAHeadingOverLinesTakenForAnotherReason() {
        // lines a rule took as a menu's are no headlines of a list the heading would head
        assertThat(keptText(ABOVE + "\n\n" + BOARD + "\n\n" + BELOW, "navigation")).contains("Job board");
    }

    /** The text's kept lines once a line rule took each job listing (a line with a " — " or " · ") for {@code reason}. */
    private static String keptText(String text, String reason) {
        Page page = DenseProseRunFilterTest.labelled(text);
        for (Block block : page.blocks()) {
            if (block.text().contains(" — ") || block.text().contains(" · ")) {
                block.remove(new Reason(reason, "LineRuleFilter", "a job board's listing"));
            }
        }
        return keptText(page);
    }

    private static String keptText(String text) {
        return keptText(DenseProseRunFilterTest.labelled(text));
    }

    private static String keptText(Page page) {
        new InsetHeadlineListFilter().process(page);
        StringBuilder out = new StringBuilder();
        for (Block block : page.kept()) out.append(block.text()).append('\n');
        return out.toString();
    }
}
