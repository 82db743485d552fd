package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class ImageBoxCaptionFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new ImageBoxCaptionFilter());
    }

    @Test
    void removesTheCaptionAndCreditOfAnUnnamedImageBox() {
        Page page = run("<div class=a1><div class=b2><span><img src=a.jpg></span><span><div>Smoke from burning "
                + "stubble drifts over the city.</div><div>Jane Doe/Getty Images</div></span></div>"
                + PARAGRAPH + PARAGRAPH + "</div>");

        assertThat(Pages.block(page, "Smoke from").removal().code()).isEqualTo(ImageBoxCaptionFilter.REASON);
        assertThat(Pages.block(page, "Jane Doe").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void keepsTheStoryBesideAnImageInItsContainer() {
        Page page = run("<div><div><img src=a.jpg></div>" + PARAGRAPH + PARAGRAPH + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).hasSize(3);
    }

    @Test
    void keepsTextBesideAnImageItsEditorSetInAParagraph() {
        Page page = run("<blockquote><p><img src=a.jpg></p><p>The show was really great and easy to book.</p>"
                + "</blockquote>" + PARAGRAPH);

        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void keepsAHeadingOverItsPhoto() {
        Page page = run("<div><img src=a.jpg><h2>Spiced Honey Pear Jam</h2></div>" + PARAGRAPH);

        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void keepsAParagraphWithAPictureSetInIt() {
        Page page = run("<div><p><img src=a.jpg>The library opens on Friday.</p>" + PARAGRAPH + "</div>"
                + "<div><div><img src=b.jpg>The library closes on Sunday.</div>" + PARAGRAPH + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).hasSize(5);
    }
}
