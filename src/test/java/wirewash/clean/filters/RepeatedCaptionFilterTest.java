package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class RepeatedCaptionFilterTest {
    private static final String PARAGRAPH = "<p>The festival opened on Friday with a parade through the old town.</p>";
    private static final String PHOTO = "<div class=x7f><img src=a.jpg><p class=q2>The autumn festival in the old town, "
            + "2018</p></div>";

    @Test
    void removesEveryCopyOfACaptionPrintedUnderSeveralImages() {
        Page page = Pages.html(PHOTO + PARAGRAPH + PHOTO + PARAGRAPH + PHOTO);

        assertThat(new RepeatedCaptionFilter().process(page)).isTrue();

        assertThat(Pages.kept(page)).containsExactly("The festival opened on Friday with a parade through the old town.",
                "The festival opened on Friday with a parade through the old town.");
        assertThat(Pages.block(page, "The autumn").removal().code()).isEqualTo(RepeatedCaptionFilter.REASON);
    }

    @Test
    void leavesACaptionPrintedOnceAlone() {
        Page page = Pages.html(PHOTO + PARAGRAPH);

        assertThat(new RepeatedCaptionFilter().process(page)).isFalse();
    }

    @Test
    void leavesALineTheStoryRepeatsOutsideImageBoxesAlone() {
        String step = "<p>Eat one to two hours after your workout</p>";
        Page page = Pages.html("<div><p><img src=a.jpg></p>" + step + PARAGRAPH + step + PARAGRAPH + step + "</div>");

        assertThat(new RepeatedCaptionFilter().process(page)).isFalse();
        assertThat(Pages.kept(page)).hasSize(5);
    }

    @Test
    void leavesAShortLabelAlone() {
        String photo = "<div><img src=a.jpg><p>Photo: Reuters</p></div>";
        Page page = Pages.html(photo + PARAGRAPH + photo);

        assertThat(new RepeatedCaptionFilter().process(page)).isFalse();
    }

    @Test
    void removesACaptionSetRightBesideItsImageWithoutAnElementOfItsOwn() {
        String photo = "<div class=x7f><img src=a.jpg>The autumn festival in the old town, 2018<br><br></div>";
        Page page = Pages.html("<div>" + photo + PARAGRAPH + photo + PARAGRAPH + "</div>");

        assertThat(new RepeatedCaptionFilter().process(page)).isTrue();

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The festival opened"));
    }

    @Test
    void leavesAParagraphWithAnImageInItAlone() {
        // a video embedded in a paragraph of the story, its title beside its poster image, and the same video on top
        String video = "<p><img src=v.jpg>Video shows the parade through the old town</p>";
        Page page = Pages.html("<div>" + video + PARAGRAPH + video + PARAGRAPH + "</div>");

        assertThat(new RepeatedCaptionFilter().process(page)).isFalse();
    }
}
