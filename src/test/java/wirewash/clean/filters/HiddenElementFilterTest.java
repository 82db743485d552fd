package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class HiddenElementFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";

    @Test
    void removesTextInsideAnElementTheHiddenAttributeHides() {
        Page page = Pages.html("<article>" + PARAGRAPH + "<div hidden><p>Subscribers can log in to read on.</p></div>"
                + "</article>");

        assertThat(new HiddenElementFilter().process(page)).isTrue();

        assertThat(Pages.block(page, "Subscribers").removal().code()).isEqualTo(HiddenElementFilter.REASON);
        assertThat(Pages.kept(page)).hasSize(1);
    }

    @Test
    void removesTextThousandsOfLevelsInsideAHiddenElement() {
        Page page = Pages.htmlUncapped("<article>" + PARAGRAPH + "<div hidden>"
                + Pages.deep("<p>Subscribers can log in to read on.</p>"));

        assertThat(Pages.onSmallStack(() -> new HiddenElementFilter().process(page))).isTrue();

        assertThat(Pages.block(page, "Subscribers").removal().code()).isEqualTo(HiddenElementFilter.REASON);
        assertThat(Pages.kept(page)).hasSize(1);
    }

    @Test
    void removesTextHiddenByAnInlineStyle() {
        Page page = Pages.html("<article>" + PARAGRAPH + "<div style=\"color: red; DISPLAY : none\"><p>Log in.</p></div>"
                + "<div style='visibility:hidden !important'><p>Sign up.</p></div></article>");

        new HiddenElementFilter().process(page);

        assertThat(Pages.kept(page)).hasSize(1);
        assertThat(Pages.block(page, "Log in").removal().detail()).contains("DISPLAY : none");
    }

    @Test
    void removesAScreenReaderLabelButKeepsTheParagraphAroundIt() {
        Page page = Pages.html("<article><p>The council met on Monday. <span class=\"sr-only\">Opens in a new window."
                + "</span> It voted on the library.</p></article>");

        new HiddenElementFilter().process(page);

        assertThat(Pages.kept(page)).containsExactly("The council met on Monday.", "It voted on the library.");
    }

    @Test
    void removesAClosedDialogButNotAnOpenOne() {
        Page page = Pages.html("<dialog><p>We use cookies.</p></dialog><dialog open><p>Choose your edition.</p></dialog>"
                + PARAGRAPH);

        new HiddenElementFilter().process(page);

        assertThat(Pages.block(page, "We use cookies").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Choose your edition").isKept()).isTrue();
    }

    @Test
    void keepsVisibleTextWhateverItsAriaOrResponsiveClasses() {
        Page page = Pages.html("<article class=\"hidden-xs\"><p aria-hidden=\"true\">The council met on Monday.</p>"
                + "<div style=\"display:block\">" + PARAGRAPH + "</div></article>");

        assertThat(new HiddenElementFilter().process(page)).isFalse();
    }

    private static final String MORE = "<p>The library, which the town has wanted for a decade, would open in the "
            + "spring of next year, and the mayor said that the money for it was already set aside.</p>";

    @Test
    void leavesTheRestOfTheStoryBehindAContinueReadingButtonToTheLaterFilters() {
        Page page = Pages.run(Pages.html("<article>" + PARAGRAPH.repeat(2) + "<button>Continue reading</button>"
                + "<div class=\"article-more\" style=\"display: none\">" + MORE.repeat(2) + "<a href=\"#\">Show less"
                + "</a></div></article>"), new ProseLabelFilter());

        new HiddenElementFilter().process(page);

        assertThat(Pages.kept(page)).hasSize(5).endsWith("Show less");
    }

    @Test
    void removesHiddenProseThatIsNoPartOfTheStorysRun() {
        // a modal at the page's end, a box of one paragraph among the story's, a hidden copy of the story
        Page page = Pages.run(Pages.html("<article>" + PARAGRAPH.repeat(2) + "<div hidden>" + MORE + "</div>"
                + "<div style=\"display:none\">" + PARAGRAPH.repeat(2) + "</div></article>"
                + "<div class=\"modal\" hidden>" + MORE.repeat(2) + "</div>"), new ProseLabelFilter());

        new HiddenElementFilter().process(page);

        assertThat(Pages.kept(page)).hasSize(2);
    }
}
