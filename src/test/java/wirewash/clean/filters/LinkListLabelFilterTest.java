package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class LinkListLabelFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";
    private static final String LINKS = "<p><a href=\"/a\">Mayor defends the budget in a long interview</a></p>"
            + "<p><a href=\"/b\">Library opens on Sunday after a year of repairs</a></p>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new LinkDensityFilter(), new LinkListLabelFilter());
    }

    @Test
    void removesTheLabelOverARemovedListOfLinks() {
        Page page = run("<article>" + PARAGRAPH + "<p>You may also like...</p>" + LINKS + "</article>");

        assertThat(Pages.block(page, "You may also").removal().code()).isEqualTo("link-dense");
        assertThat(Pages.kept(page)).hasSize(1);
    }

    @Test
    void removesTheLabelWhateverItsLanguage() {
        Page page = run("<article>" + PARAGRAPH + "<p>Weitere Artikel</p><div><h2><a href=\"/c\">Der Bürgermeister "
                + "verteidigt den Haushalt</a></h2><h2><a href=\"/d\">Die Bibliothek öffnet am Sonntag</a></h2></div>"
                + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "Weitere Artikel").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void keepsThePlugsLabelOverOneLinkedHeadline() {
        Page page = run("<article>" + PARAGRAPH + "<p>Leggi anche</p><h2><a href=\"/c\">Il sindaco difende il "
                + "bilancio</a></h2>" + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "Leggi anche").isKept()).isTrue();
    }

    @Test
    void keepsALeadInThatEndsInAColon() {
        Page page = run("<article>" + PARAGRAPH + "<p>The main points:</p>" + LINKS + "</article>");

        assertThat(Pages.block(page, "The main points").isKept()).isTrue();
    }

    @Test
    void keepsASubheadingOverABoxThatHoldsMoreThanLinks() {
        // an inset set right below the story's subheading: its linked heading went, its blurb is no link
        Page page = run("<article>" + PARAGRAPH + "<h3>Conclusion</h3><aside><h4><a href=\"/app\">News on the go"
                + "</a></h4><p>Get the stories that matter on your phone.</p></aside>" + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "Conclusion").isKept()).isTrue();
    }

    @Test
    void keepsALabelOverLinksThatStay() {
        Page page = run("<article>" + PARAGRAPH + "<p>Further reading</p><ul><li>See <a href=\"/r\">the report</a> "
                + "of the council's auditors on the budget, published in May.</li></ul></article>");

        assertThat(Pages.block(page, "Further reading").isKept()).isTrue();
    }

    @Test
    void keepsASentenceOverALink() {
        Page page = run("<article>" + PARAGRAPH + "<p>Read it here.</p>" + LINKS + "</article>");

        assertThat(Pages.block(page, "Read it here").isKept()).isTrue();
    }
}
