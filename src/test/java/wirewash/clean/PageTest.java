package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final String HTML = "<article><p>Free paragraph of the story.</p>"
            + "<div class=paywall><p>Paragraph behind the paywall.</p></div></article>";

    @Test
    void theElementsTheStatedSelectorsMatchAreGatedPartsAndAnUnreadableSelectorNamesNone() {
        Page page = Pages.html(HTML);
        page.setGatedPartSelectors(List.of("div[", ".paywall"));

        assertThat(page.isGatedArticlePart(Pages.block(page, "Paragraph behind").element().parent())).isTrue();
        assertThat(page.isGatedArticlePart(Pages.block(page, "Paragraph behind").element())).isFalse();
        assertThat(page.isGatedArticlePart(Pages.block(page, "Free").element())).isFalse();
    }

    @Test
    void aPageThatStatesNoSelectorHasNoGatedPart() {
        Page page = Pages.html(HTML);

        assertThat(page.isGatedArticlePart(Pages.block(page, "Paragraph behind").element().parent())).isFalse();
    }
}
