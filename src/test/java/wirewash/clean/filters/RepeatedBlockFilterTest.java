package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import wirewash.clean.BatchFurniture;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class RepeatedBlockFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    private static final String OTHER = "The mayor said on Tuesday that the city would hire forty new teachers next year.";

    @Test
    void removesRepeatedMenuLinesButNotRepeatedProse() {
        BatchFurniture.Builder builder = BatchFurniture.builder(2).add(List.of("Weather", STORY))
                .add(List.of("WEATHER!", STORY));
        // the menu line is on the site's other pages too: the same documents as the story's only by chance (1/11)
        for (int i = 0; i < 10; i++) builder.add(List.of("Weather", OTHER + " " + i));
        BatchFurniture furniture = builder.build();
        Page page = DenseProseRunFilterTest.labelled("Weather\n" + STORY);
        new RepeatedBlockFilter(furniture).process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY);
    }

    @Test
    void leavesATablesCellsAlone() {
        BatchFurniture furniture = BatchFurniture.builder(2).add(List.of("0", "1")).add(List.of("0", "1")).build();
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n1\nKyle Busch\n0\n2\nMartin Truex\n0\n"
                + "3\nKevin Harvick\n0\n" + STORY);
        new CellTableFilter().process(page);
        new RepeatedBlockFilter(furniture).process(page);
        assertThat(page.kept()).hasSize(11);
    }

    @Test
    void keepsAStorysShortLineThatRecursWhereItsProseDoesButNotTheSitesMenu() {
        String subheading = "Bridge closed";
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int outlet = 0; outlet < 4; outlet++) builder.add(List.of("Menu " + outlet, STORY, subheading, OTHER));
        for (int page = 0; page < 20; page++) builder.add(List.of("Menu 0", "Another story, page " + page + "."));
        Page page = DenseProseRunFilterTest.labelled("Menu 0\n" + STORY + "\n" + subheading + "\n" + OTHER);

        new RepeatedBlockFilter(builder.build()).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, subheading, OTHER);
        assertThat(page.blocks()).filteredOn(b -> b.isRemoved()).singleElement().satisfies(b -> {
            assertThat(b.text()).isEqualTo("Menu 0");
            assertThat(b.removal().code()).isEqualTo(RepeatedBlockFilter.REASON);
        });
    }

    @Test
    void aPageWithNoProseIsJudgedByItsLongestLinesSoThatABoxScoreRunInThreeOutletsStays() {
        String result = "Palm Bay d. Rockledge 70-44";
        String scorers = "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. "
                + "Bean-Laing 5 points. Moore 3 points.";
        String others = "Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. "
                + "Upshaw 3 points. Williams 6 points.";
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int outlet = 0; outlet < 3; outlet++) builder.add(List.of("Menu " + outlet, result, scorers, others));
        for (int page = 0; page < 20; page++) builder.add(List.of("Menu 0", "Another story, page " + page + "."));
        BatchFurniture furniture = builder.build();
        Page page = DenseProseRunFilterTest.labelled(String.join("\n", "Menu 0", result, scorers, others));
        assertThat(page.kept()).noneMatch(b -> b.has(wirewash.clean.Label.PROSE));

        new RepeatedBlockFilter(furniture).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(result, scorers, others);
        // the same page alone in the batch: its long lines recur nowhere, the site's menu is furniture still
        page = DenseProseRunFilterTest.labelled(String.join("\n", "Menu 0", "Palm Bay d. Cocoa 51-40",
                scorers.replace("Palm Bay", "Cocoa"), others.replace("Rockledge", "Palm Bay")));
        new RepeatedBlockFilter(furniture).process(page);
        assertThat(page.kept()).extracting(b -> b.text()).doesNotContain("Menu 0").hasSize(3);
    }

    @Test
    void aRepeatedLineOnAPageWhoseProseIsItsOwnIsFurniture() {
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int outlet = 0; outlet < 4; outlet++) builder.add(List.of("Bridge closed", STORY));
        Page page = DenseProseRunFilterTest.labelled("Bridge closed\n" + OTHER);

        new RepeatedBlockFilter(builder.build(), 0.5).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(OTHER);
    }
    @Test
    void aStockSentenceBetweenTheStorysParagraphsStaysHoweverOftenTheBatchPrintsIt() {
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int page = 0; page < 6; page++) builder.add(List.of("No one was hurt.", "Another story, page " + page + "."));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nNo one was hurt.\n" + OTHER);
        new DenseProseRunFilter().process(page);

        new RepeatedBlockFilter(builder.build()).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, "No one was hurt.", OTHER);
    }

    @Test
    void aSubheadingTheBatchRepeatsStaysBetweenTheStorysParagraphs() {
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int page = 0; page < 6; page++) builder.add(List.of("What happens next", "Another story, page " + page + "."));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nWhat happens next\n" + OTHER);
        new DenseProseRunFilter().process(page);

        new RepeatedBlockFilter(builder.build()).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, "What happens next", OTHER);
    }

    @Test
    void aRepeatedLabelPrintedAtSeveralSlotsOfTheStoryOrAboveItIsStillFurniture() {
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int page = 0; page < 6; page++) {
            builder.add(List.of("Story continues", "The Valley Ledger", "Another story, page " + page + "."));
        }
        BatchFurniture furniture = builder.build();
        // printed at each of the page's slots: a label, not a subheading
        String last = "Work on the new bridge is due to start in the spring and to take two years, the council said.";
        Page page = DenseProseRunFilterTest.labelled(String.join("\n", STORY, "Story continues", OTHER,
                "Story continues", last));
        new DenseProseRunFilter().process(page);
        new RepeatedBlockFilter(furniture).process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, OTHER, last);
        // above the story's first paragraph: the site's line
        page = DenseProseRunFilterTest.labelled(String.join("\n", "The Valley Ledger", STORY, OTHER));
        new DenseProseRunFilter().process(page);
        new RepeatedBlockFilter(furniture).process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, OTHER);
        // a byline under the standfirst, its name and outlet parted as a menu's items are: furniture
        page = DenseProseRunFilterTest.labelled(String.join("\n", STORY, "Jane Doe | The Herald", OTHER));
        new DenseProseRunFilter().process(page);
        new RepeatedBlockFilter(BatchFurniture.builder(3).add(List.of("Jane Doe | The Herald", "a")).add(
                List.of("Jane Doe | The Herald", "b")).add(List.of("Jane Doe | The Herald", "c")).build()).process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, OTHER);
        // two sentences in one line, or a button's arrow: a prompt, not a heading
        for (String prompt : List.of("Support local journalism. Donate today", "Donate today →")) {
            page = DenseProseRunFilterTest.labelled(String.join("\n", STORY, prompt, OTHER));
            new DenseProseRunFilter().process(page);
            new RepeatedBlockFilter(BatchFurniture.builder(3).add(List.of(prompt, "a")).add(List.of(prompt, "b"))
                    .add(List.of(prompt, "c")).build()).process(page);
            assertThat(page.kept()).extracting(b -> b.text()).as(prompt).containsExactly(STORY, OTHER);
        }
        // with no subheading allowed: furniture wherever it sits
        page = DenseProseRunFilterTest.labelled(String.join("\n", STORY, "The Valley Ledger", OTHER));
        new DenseProseRunFilter().process(page);
        new RepeatedBlockFilter(furniture, RepeatedBlockFilter.DEFAULT_MIN_SHARED_PROSE_SHARE,
                RepeatedBlockFilter.DEFAULT_MIN_DOCUMENTS_RATIO, 0, RepeatedBlockFilter.DEFAULT_ITEM_SEPARATORS).process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, OTHER);
    }

    @Test
    void aRepeatedSentenceBelowTheStorysLastParagraphIsStillFurniture() {
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int page = 0; page < 6; page++) builder.add(List.of("Thanks for reading.", "Another story, page " + page + "."));
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + OTHER + "\nThanks for reading.");
        new DenseProseRunFilter().process(page);

        new RepeatedBlockFilter(builder.build()).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, OTHER);
    }

    /** One page of a site's run of pages: its menu, its own story paragraph, and the site's footer paragraph. */
    private static final String FOOTER = "The Example Gazette is published by Example Media, and no part of it may be"
            + " copied without our written permission.";

    @Test
    @Disabled("known failure: the menu and the footer paragraph occur in exactly the same documents (the site's"
            + " pages), and the footer is half of this short page's prose, so the menu is kept as the story's. Tried"
            + " (branch text15, not merged): keeping a line only where it sits among its documents' prose; with the"
            + " share test, that changes verdicts only at exactly half, and there it also drops a wire story's"
            + " headline above the outlet's own lead paragraph (2 lines lost in 10k synth): a trade, not a fix")
    void aSitesProseFooterDoesNotMakeItsMenuTheStory() {
        // the menu and the footer paragraph are on every page of the site: the very same documents
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int i = 0; i < 6; i++) {
            builder.add(List.of("Home", "Sport", "Story " + i + " of the site, told in one paragraph of its own words.",
                    FOOTER));
        }
        Page page = DenseProseRunFilterTest.labelled(
                "Home\nSport\nStory 0 of the site, told in one paragraph of its own words.\n" + FOOTER);

        new RepeatedBlockFilter(builder.build()).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).doesNotContain("Home", "Sport");
    }

    @Test
    void aPageWithNoProseLosesItsRepeatedLines() {
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int i = 0; i < 4; i++) builder.add(List.of("Home", "Sport", "Gallery " + i));
        Page page = DenseProseRunFilterTest.labelled("Home\nSport\nGallery 0");

        new RepeatedBlockFilter(builder.build()).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).containsExactly("Gallery 0");
    }

    @Test
    void identicalCopiesOfAPageKeepTheirStoryLinesButNotTheSitesMenu() {
        // the same page three times (one page at three addresses): one document key; the site has other pages
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int copy = 0; copy < 3; copy++) builder.add(List.of("Home", STORY, "Bridge closed", OTHER));
        for (int i = 0; i < 20; i++) builder.add(List.of("Home", "Another story, page " + i + "."));
        Page page = DenseProseRunFilterTest.labelled("Home\n" + STORY + "\nBridge closed\n" + OTHER);

        new RepeatedBlockFilter(builder.build()).process(page);

        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, "Bridge closed", OTHER);
    }
    /** A wire story as a text dumper hard-wraps it, a subheading between its paragraphs. */
    private static final String WRAPPED_STORY = """
            Officials said on Tuesday that the mission had been
            completed and that the withdrawal of the remaining troops
            would take ten days, starting from the capital and moving
            out to the smaller towns in the north, where residents said
            that shops had begun to open again during the day.

            Roads reopened

            The main roads to the north were open again on Wednesday,
            the ministry said, and the first buses had left the capital
            for the border towns in the morning, carrying families who
            had fled the fighting in the spring back to their homes.
            """;

    @Test
    void keepsAStorysShortLineWhenTheOutletsDumpedTheStoryHardWrapped() {
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int outlet = 0; outlet < 3; outlet++) builder.addTextDump("Menu " + outlet + "\n\n" + WRAPPED_STORY);
        for (int i = 0; i < 20; i++) builder.addTextDump("Menu 0\n\nAnother story, page " + i + ".\n");
        Page page = Pages.text("Menu 0\n\n" + WRAPPED_STORY);
        new WrappedLineJoinFilter().process(page);
        new ProseLabelFilter().process(page);

        new RepeatedBlockFilter(builder.build()).process(page);

        assertThat(Pages.kept(page)).hasSize(3).contains("Roads reopened").doesNotContain("Menu 0");
    }
    @Test
    void aMenuWhoseSampleMatchesTheStorysByChanceGoesWhenItIsOnManyMoreDocuments() {
        // a story in 3 outlets; outlet 0's menu also on 9 of its other pages: equal samples with probability 1/12,
        // so look for a batch (its menus named apart) where they are equal, as some batch will be
        for (int batch = 0; batch < 1000; batch++) {
            String menu = "Menu " + batch;
            BatchFurniture.Builder builder = BatchFurniture.builder(3);
            for (int outlet = 0; outlet < 3; outlet++) builder.add(List.of(menu + " " + outlet, STORY, OTHER));
            for (int i = 0; i < 9; i++) builder.add(List.of(menu + " 0", "Another story, page " + i + "."));
            BatchFurniture furniture = builder.build();
            if (!furniture.occurrence(menu + " 0").sameDocuments(furniture.occurrence(STORY))) continue;
            Page byChance = DenseProseRunFilterTest.labelled(menu + " 0\n" + STORY + "\n" + OTHER);
            new RepeatedBlockFilter(furniture, 0.5, 0).process(byChance);
            assertThat(Pages.kept(byChance)).as("samples alone").startsWith(menu + " 0");

            Page page = DenseProseRunFilterTest.labelled(menu + " 0\n" + STORY + "\n" + OTHER);
            new RepeatedBlockFilter(furniture).process(page);
            assertThat(Pages.kept(page)).as("in 10 documents, the story in 3").containsExactly(STORY, OTHER);
            return;
        }
        throw new AssertionError("no batch where the samples match");
    }
}
