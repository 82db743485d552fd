package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Reason;

class LinkLineContextFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";

    private static Page run(String html) {
        Page page = Pages.html(html);
        new ProseLabelFilter().process(page);
        new LinkDensityFilter().process(page);
        return page;
    }

    @Test
    void keepsALoneLinkedLineBetweenTwoKeptBlocks() {
        Page page = run("<div class=story>" + PARAGRAPH
                + "<h3><a href='/news/transit-survey'>Help shape the future of public transit</a></h3>"
                + PARAGRAPH + "</div>");

        assertThat(new LinkLineContextFilter().process(page)).isTrue();
        assertThat(Pages.kept(page)).contains("Help shape the future of public transit");
    }

    @Test
    void leavesTwoLinkedLinesInARowRemoved() {
        Page page = run("<div class=story>" + PARAGRAPH
                + "<ul><li><a href='/news/a'>Private lunar lander plans, one by one</a></li>"
                + "<li><a href='/news/b'>Where the landers will touch down on the moon</a></li></ul>"
                + PARAGRAPH + "</div>");

        assertThat(new LinkLineContextFilter().process(page)).isFalse();
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void leavesALinkedLineAtTheEdgeOfTheKeptTextRemoved() {
        Page page = run("<div class=story>" + PARAGRAPH + PARAGRAPH
                + "<p><a href='/news/other'>Council delays the vote on parking again</a></p></div>");

        assertThat(new LinkLineContextFilter().process(page)).isFalse();
        assertThat(Pages.kept(page)).doesNotContain("Council delays the vote on parking again");
    }

    @Test
    void leavesALinkedLineNextToFurnitureRemoved() {
        Page page = run("<div class=story>" + PARAGRAPH + "</div><div class=rail>"
                + "<p><a href='/news/other'>Council delays the vote on parking again</a></p>"
                + "<p>Most read stories of the week, picked for you.</p></div>");
        Pages.block(page, "Most read").remove(new Reason("outside-main-content", "MainContainerFilter", "test"));

        assertThat(new LinkLineContextFilter().process(page)).isFalse();
        assertThat(Pages.kept(page)).doesNotContain("Council delays the vote on parking again");
    }

    @Test
    void leavesOtherFiltersRemovalsAlone() {
        Page page = run(PARAGRAPH + "<p>Share this story with your friends today</p>" + PARAGRAPH);
        Pages.block(page, "Share this").remove(new Reason("share", "rules/boilerplate.rules:1", "test"));

        assertThat(new LinkLineContextFilter().process(page)).isFalse();
        assertThat(Pages.kept(page)).hasSize(2);
    }
}
