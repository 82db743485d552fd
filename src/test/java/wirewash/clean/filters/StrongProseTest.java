package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class StrongProseTest {
    private static final String SENTENCE = "The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.";

    private static Page labelled(String html) {
        Page page = Pages.html(html);
        new ProseLabelFilter().process(page);
        return page;
    }

    @Test
    void countsAParagraphWhoseLinksSitInsideItsSentences() {
        // a third of the text is link text, all of it inside the sentence: a wiki's or a blog's paragraph
        Page page = labelled("<p>The <a href='/council'>council met on Monday</a>, after weeks of delay, to discuss "
                + "the <a href='/budget'>budget, which has grown</a> by a third since last year, and to vote on the "
                + "new library.</p>");

        assertThat(page.blocks().get(0).linkDensity()).isGreaterThan(StrongProse.DEFAULT_MAX_LINK_DENSITY);
        assertThat(StrongProse.DEFAULT.test(page.blocks().get(0))).isTrue();
    }

    @Test
    void boundsTheKeptStrongParagraphs() {
        Page page = labelled("<h2>Menu</h2><p>" + SENTENCE + "</p><p>Short line.</p><p>" + SENTENCE + "</p>"
                + "<p>" + SENTENCE + "</p><p>Footer</p>");
        page.blocks().get(4).remove(new wirewash.model.Reason("test", "test", "removed"));

        // the last strong paragraph removed: the bounds end at the one above it
        assertThat(StrongProse.DEFAULT.keptBounds(page.blocks())).containsExactly(1, 3);
        assertThat(StrongProse.DEFAULT.keptBounds(page.blocks().subList(0, 1))).containsExactly(-1, -1);
    }

    @Test
    void leavesOutAParagraphWithALinkThatStandsApart() {
        Page page = labelled("<p>" + SENTENCE + " <a href='/more'>Read the council's full statement on the budget"
                + "</a></p>");

        assertThat(StrongProse.DEFAULT.test(page.blocks().get(0))).isFalse();
    }

    @Test
    void leavesOutAPromotionWhoseLinkIsMostOfItsText() {
        // a long linked headline between "Also read" and a full stop: prose to the labels, but no paragraph of
        // the story, though the link sits between unlinked words
        Page page = labelled("<p>Also read <a href='/news/other'>Mayor says the transport plan for the city and its "
                + "suburbs will be delayed until the next year, when the money from the state is due</a>.</p>");

        assertThat(page.blocks().get(0).wordCount()).isGreaterThanOrEqualTo(StrongProse.DEFAULT_MIN_WORDS);
        assertThat(StrongProse.DEFAULT.test(page.blocks().get(0))).isFalse();
    }

    @Test
    void leavesOutShortProseAndNonProse() {
        Page page = labelled("<p>The council met on Monday to vote.</p><p>" + SENTENCE + "</p><h2>Budget, library "
                + "and parking: what the council will vote on this week at the meeting in the town hall</h2>");

        assertThat(StrongProse.DEFAULT.test(page.blocks().get(0))).isFalse();
        assertThat(StrongProse.DEFAULT.test(page.blocks().get(1))).isTrue();
        assertThat(StrongProse.DEFAULT.test(page.blocks().get(2))).isFalse();
        assertThat(new StrongProse(30, 0.2).test(page.blocks().get(1))).isFalse();
    }

    @Test
    void rejectsThresholdsOutOfRange() {
        assertThatThrownBy(() -> new StrongProse(0, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StrongProse(20, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
