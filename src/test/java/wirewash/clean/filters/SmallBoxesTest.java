package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Reason;

class SmallBoxesTest {
    private static final Reason REASON = new Reason("test", "test", "a small box");
    private static final String LONG = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    @Test
    void removesTheKeptBlocksOfASmallNamedBoxOnly() {
        Page page = Pages.html("<article>" + LONG + "<div class=box><h3>Join us</h3><p>Short pitch here.</p></div>"
                + "</article>");

        boolean changed = SmallBoxes.removeInside(page, e -> e.hasClass("box"), 3, 10, REASON);

        assertThat(changed).isTrue();
        assertThat(Pages.kept(page)).hasSize(1).allMatch(text -> text.startsWith("The council met"));
        assertThat(Pages.block(page, "Join us").removal()).isEqualTo(REASON);
    }

    @Test
    void aNamedBoxOfMoreWordsThanTheMostStays() {
        Page page = Pages.html("<div class=box><h3>Join us</h3>" + LONG + "</div>");

        assertThat(SmallBoxes.removeInside(page, e -> e.hasClass("box"), 3, 10, REASON)).isFalse();
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void aBoxHoldingTheHeadlineOrAnArticleIsTheStorysHoweverShort() {
        Page headed = Pages.html("<div class=box><h1>Storm hits coast</h1><p>Short story here.</p></div>");
        Page article = Pages.html("<div class=box><a href=/x>By Jane</a><article><p>Short story here.</p></article>"
                + "</div>");

        assertThat(SmallBoxes.removeInside(headed, e -> e.hasClass("box"), 3, 10, REASON)).isFalse();
        assertThat(SmallBoxes.removeInside(article, e -> e.hasClass("box"), 3, 10, REASON)).isFalse();
        assertThat(Pages.kept(article)).anyMatch(text -> text.startsWith("Short story"));
    }

    @Test
    void aBoxFurtherUpThanMaxLevelsOrTheBodyIsNotLookedFor() {
        Page page = Pages.html("<div class=box><div><div><p>Short pitch here.</p></div></div></div>");

        assertThat(SmallBoxes.removeInside(page, e -> e.hasClass("box"), 1, 10, REASON)).isFalse();
        assertThat(SmallBoxes.removeInside(page, e -> e.normalName().equals("body"), 5, 10, REASON)).isFalse();
    }

    @Test
    void forEachWithinVisitsTheElementAndItsAncestorsBelowTheBody() {
        Page page = Pages.html("<div id=a><div id=b><p>Short pitch here.</p></div></div>");
        List<String> seen = new ArrayList<>();

        SmallBoxes.forEachWithin(Pages.block(page, "Short").element(), 5,
                (Element e) -> seen.add(e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())));

        assertThat(seen).containsExactly("p", "div#b", "div#a");
    }
}
