package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class TrailingStampFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new TrailingStampFilter());
    }

    @Test
    void removesTheTimeStampsBelowTheStorysLastParagraph() {
        Page page = run("<article>" + PARAGRAPH.repeat(2) + "<p>Jan. 8, 2024, 7:12 a.m. ET</p>"
                + "<div>Updated 2 hours ago</div></article>");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void removesAStampOfAnHourAloneOrAnHBetween() {
        Page page = run("<article>" + PARAGRAPH.repeat(2) + "<p>10h42</p><div>Nov. 8, 10 p.m. ET</div></article>");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsAStampBetweenTheStorysParagraphs() {
        Page page = run("<article>" + PARAGRAPH + "<p>10:42 a.m.</p>" + PARAGRAPH + "</article>");

        assertThat(Pages.kept(page)).hasSize(3);
    }

    @Test
    void keepsAnEventsDatesBelowTheStory() {
        Page page = run("<article>" + PARAGRAPH.repeat(2) + "<p>29 November 2018 | 20 January 2019</p></article>");

        assertThat(Pages.kept(page)).hasSize(3);
    }
}
