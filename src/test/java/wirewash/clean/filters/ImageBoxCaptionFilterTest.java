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

    @Test
    void keepsAStoryWhoseParagraphsEachSitBesideAnInlineImage() {
        String nav = "<ul><li><a href=/a>Home</a></li><li><a href=/b>World</a></li></ul>";
        Page page = run(nav + "<div class=story>"
                + "<div><img src=a.jpg><p>The mayor opened the new bridge on Monday, two years after work began on "
                + "the crossing over the river.</p></div>"
                + "<div><img src=b.jpg><p>Hundreds of people walked across it in the first hour, many of them "
                + "with children and dogs in tow.</p></div>"
                + "<div><img src=c.jpg><p>The council says the bridge will cut the journey into town by twenty "
                + "minutes for most of the residents.</p></div></div>");

        assertThat(Pages.block(page, "The mayor opened").isKept()).isTrue();
        assertThat(Pages.block(page, "Hundreds of people").isKept()).isTrue();
        assertThat(Pages.block(page, "The council says").isKept()).isTrue();
    }

    @Test
    void keepsAShortStoryBesideItsLeadImage() {
        Page page = run("<ul><li><a href=/a>Home</a></li></ul><div><img src=lead.jpg>"
                + "<p>Police closed the main road into town on Friday after a lorry shed its load of gravel.</p>"
                + "<p>Drivers were told to expect long delays until the evening rush hour.</p></div>");

        assertThat(Pages.block(page, "Police closed").isKept()).isTrue();
        assertThat(Pages.block(page, "Drivers were told").isKept()).isTrue();
    }

    @Test
    void keepsALedeSetUnderTheHeadlineInAHeroBoxWithAnImage() {
        Page page = run("<div class=hero><img src=a.jpg><div><h1>Bridge opens after two years</h1>"
                + "<p>The new crossing over the river cuts the journey into town by twenty minutes.</p></div></div>"
                + PARAGRAPH + PARAGRAPH);

        assertThat(Pages.block(page, "The new crossing").isKept()).isTrue();
    }

    @Test
    void keepsAParagraphOfTheStorysKindSetBesideAPictureButNotACaptionOfAnotherKind() {
        // the story's paragraphs are classed "body-text"; one is floated beside a photo, in the box with it
        String story = PARAGRAPH.replace("<p>", "<p class=body-text>");
        Page page = run("<article>" + story + story + "<div class=float-left><img src=a.jpg><p class=body-text>"
                + "The library, which the town has wanted for a decade, would open in the spring of next year, "
                + "the mayor said.</p></div>" + story + "<div class=pic><img src=b.jpg><p class=pic-text>The "
                + "council chamber, where members met on Monday evening to discuss the budget for the year.</p>"
                + "</div>" + story + "</article>");

        assertThat(Pages.block(page, "The library").isKept()).isTrue();
        assertThat(Pages.block(page, "The council chamber").removal().code()).isEqualTo(ImageBoxCaptionFilter.REASON);
    }

    @Test
    void keepsAOneParagraphStoryBesideAFigureWithItsOwnCaption() {
        Page page = run("<div class=body><div><img src=a.jpg><div>Residents gathered outside the town hall on "
                + "Tuesday evening.</div></div><p>The council will vote on the budget next week.</p></div>");

        assertThat(Pages.block(page, "The council will").isKept()).isTrue();
        assertThat(Pages.block(page, "Residents gathered").removal().code()).isEqualTo(ImageBoxCaptionFilter.REASON);
    }

    @Test
    void keepsShortParagraphsBesideAFigcaptionedOrFigureImage() {
        Page page = run("<div class=a><p>Prices rose again.</p><div><img src=a.jpg><figcaption>Getty Images"
                + "</figcaption></div><p>Shops blame the cost of fuel.</p></div>"
                + "<div class=b><figure><img src=b.jpg><span>AP Photo</span></figure><p>Fuel costs more.</p></div>");

        assertThat(Pages.block(page, "Prices rose").isKept()).isTrue();
        assertThat(Pages.block(page, "Shops blame").isKept()).isTrue();
        assertThat(Pages.block(page, "Fuel costs").isKept()).isTrue();
    }

    @Test
    void stillRemovesACaptionBesideAnImageWhoseBoxHoldsOnlyACredit() {
        Page page = run("<div class=photo><div><img src=a.jpg><span>Jane Doe</span></div><div>Smoke from burning "
                + "stubble drifts over the city.</div></div>" + PARAGRAPH + PARAGRAPH);

        assertThat(Pages.block(page, "Smoke from").removal().code()).isEqualTo(ImageBoxCaptionFilter.REASON);
        assertThat(Pages.block(page, "Jane Doe").isRemoved()).isTrue();
    }
}
