package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class SignUpBoxFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new SignUpBoxFilter());
    }

    @Test
    void removesASignUpBoxBetweenTheStorysParagraphsWhateverItsClassNames() {
        Page page = run("<article>" + PARAGRAPH + "<div class=\"x9f3a\"><h3>Stay informed</h3><p>Get our best "
                + "journalism and the stories you need to know about, every weekday, for free.</p><form><input "
                + "type=email placeholder=\"Your email\"><button>Sign up</button></form></div>" + PARAGRAPH
                + "</article>");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsTheStorysContainerThatHoldsAnEmailField() {
        Page page = run("<article>" + PARAGRAPH.repeat(3) + "<form><input type=email></form></article>");

        assertThat(Pages.kept(page)).hasSize(3);
    }

    @Test
    void aBoxOfMaxBoxWordsIsSmallEnoughAndOneWordMoreIsNot() {
        String words = "Get the morning briefing in your inbox every day of the week for free";
        String ten = String.join(" ", java.util.Arrays.copyOf(words.split(" "), 10));
        String eleven = String.join(" ", java.util.Arrays.copyOf(words.split(" "), 11));

        for (String box : new String[] {ten, eleven}) {
            Page page = Pages.run(Pages.html("<article>" + PARAGRAPH + "<div><p>" + box + "</p><form><input "
                    + "type=email></form></div>" + PARAGRAPH + "</article>"), new ProseLabelFilter(),
                    new SignUpBoxFilter(10, SignUpBoxFilter.DEFAULT_MAX_LEVELS));

            assertThat(Pages.kept(page)).hasSize(box == ten ? 2 : 3);
        }
    }

    @Test
    void removesASignUpBoxWhoseButtonLinksToTheNewsletterPage() {
        Page page = run("<article>" + PARAGRAPH + "<section class=\"css-8rk2mq\"><h4>The Morning Briefing</h4><p>Catch "
                + "up on the day's top stories every evening.</p><a href=\"/newsletters/briefing\">Go</a></section>"
                + PARAGRAPH + "</article>");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsAShortStoryParagraphThatLinksToTheSitesNewsletter() {
        Page page = run("<article>" + PARAGRAPH + "<div><p>As our colleague wrote in <a href=\"/newsletters/the-morning\">"
                + "The Morning newsletter</a>, the vote was close.</p></div>" + PARAGRAPH + "</article>");

        assertThat(Pages.kept(page)).hasSize(3);
    }
}
