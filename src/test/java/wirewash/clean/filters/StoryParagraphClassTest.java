package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class StoryParagraphClassTest {
    private static final String TEXT = "The council met on Monday, after weeks of delay, to discuss the budget, which "
            + "has grown by a third since last year, and to vote on the new library.";

    private static Page page(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter());
    }

    private static String p(String cssClass, String text) {
        return cssClass == null ? "<p>" + text + "</p>" : "<p class='" + cssClass + "'>" + text + "</p>";
    }

    @Test
    void theClassMostOfThePagesStrongParagraphsShareMarksTheStorysParagraphs() {
        Page page = page(p("body-text", TEXT).repeat(3) + p("caption", "Other " + TEXT) + p(null, "Plain " + TEXT)
                + "<div class='body-text'>Div " + TEXT + "</div>" + p("body-text", "Short one."));

        StoryParagraphClass kind = StoryParagraphClass.of(page, StrongProse.DEFAULT, 3);

        assertThat(kind.isStoryParagraph(Pages.block(page, "The council"), StrongProse.DEFAULT)).isTrue();
        assertThat(kind.isStoryParagraph(Pages.block(page, "Other"), StrongProse.DEFAULT)).isFalse();
        assertThat(kind.isStoryParagraph(Pages.block(page, "Plain"), StrongProse.DEFAULT)).isFalse();
        assertThat(kind.isStoryParagraph(Pages.block(page, "Div"), StrongProse.DEFAULT)).isFalse();
        assertThat(kind.isStoryParagraph(Pages.block(page, "Short one"), StrongProse.DEFAULT)).isFalse();
    }

    @Test
    void anyParagraphOfTheNamedClassIsOfItsClassHoweverShort() {
        Page page = page(p("body-text", TEXT).repeat(3) + p("body-text", "Short one.") + p("caption", "Other."));
        Page plain = page(p(null, TEXT).repeat(3) + p(null, "Short one."));

        StoryParagraphClass kind = StoryParagraphClass.of(page, StrongProse.DEFAULT, 3);

        assertThat(kind.isNamedClassOf(Pages.block(page, "Short one").element())).isTrue();
        assertThat(kind.isNamedClassOf(Pages.block(page, "Other").element())).isFalse();
        assertThat(StoryParagraphClass.of(plain, StrongProse.DEFAULT, 3)
                .isNamedClassOf(Pages.block(plain, "Short one").element())).isFalse();
    }

    @Test
    void theEmptyClassCountsAndTooFewOrNoMajorityMarkNone() {
        Page plain = page(p(null, TEXT).repeat(3) + p("a", "Other " + TEXT));
        Page few = page(p("a", TEXT).repeat(2));
        Page split = page(p("a", TEXT).repeat(3) + p("b", "Other " + TEXT).repeat(3));

        assertThat(StoryParagraphClass.of(plain, StrongProse.DEFAULT, 3)
                .isStoryParagraph(Pages.block(plain, "The council"), StrongProse.DEFAULT)).isTrue();
        assertThat(StoryParagraphClass.of(few, StrongProse.DEFAULT, 3)
                .isStoryParagraph(Pages.block(few, "The council"), StrongProse.DEFAULT)).isFalse();
        assertThat(StoryParagraphClass.of(split, StrongProse.DEFAULT, 3)
                .isStoryParagraph(Pages.block(split, "The council"), StrongProse.DEFAULT)).isFalse();
    }
}
