package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class ButtonBoxFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new ButtonBoxFilter());
    }

    @Test
    void removesAPollBetweenTheStorysParagraphsWhateverItsClassNames() {
        Page page = run("<article>" + PARAGRAPH + "<div class=\"unit-3\"><p>Do you agree with the council's decision?"
                + "</p><button>Agree</button><button>Disagree</button></div>" + PARAGRAPH + "</article>");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsTheStorysContainerThatHoldsButtons() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<button>Show more</button><button>Share</button>"
                + "</article>");

        assertThat(Pages.kept(page)).filteredOn(text -> text.startsWith("The council met")).hasSize(3);
    }

    @Test
    void keepsABoxWithOneButton() {
        Page page = run("<article>" + PARAGRAPH + "<div><p>Read the full report.</p><button>Open</button></div>"
                + PARAGRAPH + "</article>");

        assertThat(Pages.kept(page)).contains("Read the full report.");
    }
}
