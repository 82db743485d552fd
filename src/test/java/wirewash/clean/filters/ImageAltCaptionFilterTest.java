package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class ImageAltCaptionFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";
    private static final String CAPTION = "The mayor greets residents outside the new library in Springfield on "
            + "Monday, Nov. 18, 2019.";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new ImageAltCaptionFilter());
    }

    @Test
    void removesACaptionThatRepeatsAnImagesAltTextWhateverItsClassNames() {
        Page page = run("<div class=\"css-1a2b\"><img src=\"a.jpg\" alt=\"" + CAPTION + "\"><div class=\"css-3c4d\">"
                + CAPTION + "</div></div>" + PARAGRAPH + PARAGRAPH);

        assertThat(Pages.block(page, "The mayor greets").removal().code()).isEqualTo(ImageAltCaptionFilter.REASON);
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void removesACaptionThatAddsAFewWordsToTheAltText() {
        Page page = run("<img src=\"a.jpg\" alt=\"" + CAPTION + "\"><div>" + CAPTION + " Shot by Jane.</div>"
                + PARAGRAPH);

        assertThat(Pages.block(page, "The mayor greets").isRemoved()).isTrue();
    }

    @Test
    void removesACaptionWhoseAltTextGoesOnWithTheCredit() {
        Page page = run("<img src=\"a.jpg\" alt=\"" + CAPTION + " Photo: Jane Doe, AP / Copyright 2019 AP.\"><div>"
                + CAPTION + "</div>" + PARAGRAPH);

        assertThat(Pages.block(page, "The mayor greets").isRemoved()).isTrue();
    }

    @Test
    void keepsHeadingsTitlesAndProseThatOnlyShareWordsWithAnAltText() {
        String headline = "Springfield opens its new library after two years";
        Page page = run("<img src=\"a.jpg\" alt=\"" + headline + "\"><h1>" + headline + "</h1><div>" + headline
                + "</div><img src=\"b.jpg\" alt=\"The council met on Monday\">" + PARAGRAPH);

        assertThat(Pages.kept(page)).filteredOn(text -> text.startsWith("Springfield opens")).hasSize(2);
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void removesATitleLikeCaptionThatIsNotThePagesHeadline() {
        String caption = "Residents queue outside the new library in Springfield on its first morning";
        Page page = run("<title>Springfield opens its new library after two years</title><div><img src=\"a.jpg\" alt=\""
                + caption + "\"><div><span>" + caption + "</span><span>Credit: AP</span></div></div>" + PARAGRAPH);

        assertThat(Pages.block(page, "Residents queue").removal().code()).isEqualTo(ImageAltCaptionFilter.REASON);
    }

    @Test
    void removesTheShortTextOfTheElementAnImageNamesAsItsDescription() {
        Page page = run("<div class=\"css-9z\"><img src=\"a.jpg\" alt=\"\" aria-describedby=\"c-1\">"
                + "<p id=\"c-1\" class=\"css-8y\">Springfield Library, reading room</p></div>" + PARAGRAPH
                + "<div id=\"c-2\">" + PARAGRAPH + "</div>");

        assertThat(Pages.block(page, "Springfield Library").removal().code())
                .isEqualTo(ImageAltCaptionFilter.REASON);
        assertThat(Pages.kept(page)).filteredOn(text -> text.startsWith("The council met")).hasSize(2);
    }

    @Test
    void keepsAStoryParagraphThatASiteAlsoUsesAsItsPicturesAltText() {
        String lede = "The Springfield city council voted on Monday night to approve the budget for the new library.";
        Page page = run("<article><h1>Library approved</h1><img src=\"a.jpg\" alt=\"" + lede + "\"><p>" + lede
                + "</p>" + PARAGRAPH + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "The Springfield city council").isKept()).isTrue();
    }

    @Test
    void keepsProseThatBeginsWithAnAltTextButGoesOnForMoreThanAFewWords() {
        Page page = run("<img src=\"a.jpg\" alt=\"The council met on Monday, after weeks of delay\">" + PARAGRAPH);

        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void keepsALongDescriptionThatAnImageNames() {
        Page page = run("<img src=\"chart.png\" alt=\"Chart\" aria-describedby=\"d-1\"><div id=\"d-1\">" + PARAGRAPH
                + PARAGRAPH + "</div>");

        assertThat(Pages.kept(page)).filteredOn(text -> text.startsWith("The council met")).hasSize(2);
    }
}
