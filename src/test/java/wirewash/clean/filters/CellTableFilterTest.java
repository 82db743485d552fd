package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class CellTableFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    private static final String STANDINGS = "Pos.\nDriver\nPoints\nWins\n"
            + "1\nKyle Busch\n5040\n5\n2\nMartin Truex Jr.\n5035\n7\n3\nKevin Harvick\n5033\n4\n";

    @Test
    void labelsATableDumpedOneCellPerLineWithItsColumnHeads() {
        Page page = Pages.run(Pages.text(STORY + "\n" + STANDINGS + STORY), new CellTableFilter());
        assertThat(page.blocks().subList(1, 17)).allMatch(b -> b.has(Label.TABLE_CELL));
        assertThat(page.blocks().get(0).has(Label.TABLE_CELL)).isFalse();
        assertThat(page.blocks().get(17).has(Label.TABLE_CELL)).isFalse();
    }

    @Test
    void aMenuAGalleryCounterAndANumberedHeadlineListAreNoTables() {
        String menu = "Home\nNews\nSport\nWeather\nBusiness\nCulture\n";
        String counter = "1\n2\n3\n4\n5\n6\n";
        String popular = "Most popular\n1\nMayor defends the budget\n2\nBridge closed until spring\n3\n"
                + "Council votes on new parking rules\n4\nSchool wins the regional final\n";
        Page page = Pages.run(Pages.text(menu + counter + popular), new CellTableFilter());
        assertThat(page.blocks()).noneMatch(b -> b.has(Label.TABLE_CELL));
    }

    @Test
    void twoRowsAreATableUnderARowOfColumnHeads() {
        Page page = Pages.run(Pages.text(STORY + "\nTicker\nLast\nChange\nHD\n225.86\n-5.44%\nLOW\n113.40\n-1.41%\n"
                + STORY), new CellTableFilter());
        assertThat(page.blocks().subList(1, 10)).allMatch(b -> b.has(Label.TABLE_CELL));
    }

    @Test
    void needsThreeRowsAndShortCells() {
        Page twoRows = Pages.run(Pages.text("1\nKyle Busch\n5040\n2\nMartin Truex\n5035\n"), new CellTableFilter());
        assertThat(twoRows.blocks()).noneMatch(b -> b.has(Label.TABLE_CELL));
        Page headlines = Pages.run(Pages.text("Mayor defends the budget at a long council meeting\n10:30\n"
                + "Bridge closed until spring after the storm damage\n11:15\n"
                + "Council votes on new parking rules for the centre\n12:05\n"), new CellTableFilter());
        assertThat(headlines.blocks()).noneMatch(b -> b.has(Label.TABLE_CELL));
    }

    @Test
    void labelsAQuestionAndAnswerRoundAsATable() {
        Page page = Pages.run(Pages.text(STORY + "\nQ: Favorite apps?\nA: Bleacher Report, Uber Eats\n"
                + "Q: Favorite books?\nA: A Fistful of Rice\nQ: Favorite athlete?\nA: Lebron James\n" + STORY),
                new CellTableFilter());
        assertThat(page.blocks().subList(1, 7)).allMatch(b -> b.has(Label.TABLE_CELL));
        assertThat(page.blocks().get(7).has(Label.TABLE_CELL)).isFalse();
    }

    @Test
    void labels() {
        assertThat(CellTableFilter.label("Q: Favorite apps?")).isEqualTo("q");
        assertThat(CellTableFilter.label("Ticket price: $10")).isEqualTo("ticket price");
        assertThat(CellTableFilter.label("Tour dates:")).isNull();
        assertThat(CellTableFilter.label("The three reasons given by the mayor: cost")).isNull();
    }

    @Test
    void shapes() {
        assertThat(CellTableFilter.shape("85%")).isEqualTo(CellTableFilter.FIGURE);
        assertThat(CellTableFilter.shape("70-44")).isEqualTo(CellTableFilter.FIGURE);
        assertThat(CellTableFilter.shape("1st")).isEqualTo(CellTableFilter.FIGURE);
        assertThat(CellTableFilter.shape("Top 5")).isEqualTo(CellTableFilter.TEXT);
        assertThat(CellTableFilter.shape("DL")).isEqualTo(CellTableFilter.TEXT);
        assertThat(CellTableFilter.shape("%")).isEqualTo(CellTableFilter.MARK);
    }

    @Test
    void theDensestRunReachesOverATableBetweenParagraphs() {
        Page page = DenseProseRunFilterTest.labelled("Standings after the final race of the season are below.\n"
                + STANDINGS + "1\nKyle Busch\n5040\n5\n" + STORY);
        new CellTableFilter().process(page);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isKept()).isTrue();
        assertThat(page.blocks().get(0).has(Label.ARTICLE)).isTrue();
    }
    @Test
    void labelsATableDumpedOneRowPerLineWithBarsBetweenItsCells() {
        Page page = Pages.run(Pages.text(STORY + "\nDistrict | Votes | Share\nSouth | 18,500 | +5%\n"
                + "Esther Tremblay | 35,931 | -4%\n| 2019 | 11,513 | 24% |\n" + STORY), new CellTableFilter());
        assertThat(page.blocks().subList(1, 5)).allMatch(b -> b.has(Label.TABLE_CELL));
        assertThat(page.blocks().get(0).has(Label.TABLE_CELL)).isFalse();
        assertThat(page.blocks().get(5).has(Label.TABLE_CELL)).isFalse();
        Page tight = Pages.run(Pages.text("Year|Jobs|Change\n2015|29,431|19%\n2016|8,284|+17%\n"), new CellTableFilter());
        assertThat(tight.blocks()).allMatch(b -> b.has(Label.TABLE_CELL));
    }

    @Test
    void barredMenusTagRowsAndHeadlinesWithTimesAreNoRowTables() {
        String menus = "Home | News | Sport | Weather\nPolitics | Courts | Elections\nAbout us | Contact | Careers\n";
        String headlines = "Mayor defends the budget at a long council meeting | 2 hours ago | Politics\n"
                + "Bridge closed until spring after the storm damage | 3 hours ago | Local\n"
                + "Council votes on new parking rules for the centre | 5 hours ago | Local\n";
        String two = "South | 18,500 | +5%\nNorth | 12,000 | -2%\n";
        Page page = Pages.run(Pages.text(menus + STORY + "\n" + headlines + STORY + "\n" + two + STORY),
                new CellTableFilter());
        assertThat(page.blocks()).noneMatch(b -> b.has(Label.TABLE_CELL));
    }
}
