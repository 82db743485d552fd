package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Reason;

class ArticleEdgeFilterTest {
    private static final Reason HEADER = new Reason(HeaderFilter.REASON, "HeaderFilter", "");
    private static final Reason TAIL = new Reason(TitleRunTailFilter.REASON, "TitleRunTailFilter", "");

    @Test
    void restoresAShortSentenceJustAboveTheFirstParagraph() {
        Page page = edges("Home\n\nRetiring early takes time and discipline.\n\n" + Pages.PROSE_1, 0, 1);
        assertThat(Pages.kept(page)).containsExactly("Retiring early takes time and discipline.", Pages.PROSE_1);
    }

    @Test
    void restoresAShortClosingSentenceBelowTheLastParagraph() {
        Page page = edges(Pages.PROSE_1 + "\n\nThis game will help you!\n\nMore Stories", 1, 2);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "This game will help you!");
    }

    @Test
    void restoresTheOpeningSentenceAboveAParagraphThatAnnouncesAListWithAColon() {
        String announcing = "Do not hate anyone beyond measure, and do not let that hatred of a people lead you to"
                + " treat them unjustly, as the old sayings we collected below teach us:";
        Page page = edges("Home\n\nLet us learn these sayings and live by them.\n\n" + announcing
                + "\n\n" + Pages.PROSE_1, 0, 1);
        assertThat(Pages.kept(page)).containsExactly("Let us learn these sayings and live by them.", announcing,
                Pages.PROSE_1);
    }

    @Test
    void restoresAClosingSentenceBelowTheLastParagraphWhenAListStaysBelowIt() {
        Page page = edges(Pages.PROSE_1 + "\n\nNow get prepping!\n\nMeal 1\n\n1 scoop oats, 1 cup strawberries, 8 oz. milk",
                1, 2);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "Now get prepping!",
                "1 scoop oats, 1 cup strawberries, 8 oz. milk");
    }

    @Test
    void stopsAtAMenuLineAHeadlineInTitleCaseAndADateLine() {
        Page page = edges("Politics Sport Business.\n\nPublished on March 3, 2019.\n\n" + Pages.PROSE_1
                + "\n\nRead The Latest Stories Here.", 0, 1, 3);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
    }

    @Test
    void leavesWhatARuleRemovedAndTeasersThatTrailOff() {
        Page page = Pages.run(Pages.text("Sign up for our newsletter today.\n\n" + Pages.PROSE_1
                + "\n\nYou may also like..."), new ProseLabelFilter());
        page.blocks().get(0).remove(new Reason("subscribe", "rules/boilerplate.rules:1", ""));
        page.blocks().get(2).remove(TAIL);
        new ArticleEdgeFilter().process(page);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
    }

    /** The page after ProseLabelFilter, with the given blocks removed by layout filters and the edge filter run. */
    private static Page edges(String text, int... removed) {
        Page page = Pages.run(Pages.text(text), new ProseLabelFilter());
        for (int i : removed) page.blocks().get(i).remove(i == 0 ? HEADER : TAIL);
        new ArticleEdgeFilter().process(page);
        return page;
    }
}
