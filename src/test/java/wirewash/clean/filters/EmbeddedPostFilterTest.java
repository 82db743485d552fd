package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Reason;

class EmbeddedPostFilterTest {
    private static final String FIRST = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";
    private static final String LAST = "<p>The vote on the library is set for the first week of March, the clerk "
            + "said, once the staff had been hired and the plans approved by the board.</p>";
    private static final String TWEET = "<figure class=wp-block-embed><blockquote class=twitter-tweet>"
            + "<p>Observe a minute of silence for the departed.</p>&mdash; City Council (@council) "
            + "<a href='https://twitter.com/council/status/1'>March 5, 2024</a></blockquote></figure>";

    private static Page page(String html, String origin) {
        Page page = Pages.html(html);
        new ProseLabelFilter().process(page);
        for (var block : page.blocks()) {
            if (!block.text().startsWith("The ")) block.remove(new Reason("boilerplate-container", origin, "test"));
        }
        return page;
    }

    @Test
    void keepsAgainAnEmbeddedPostAmongTheStorysParagraphs() {
        Page page = page("<div>" + FIRST + TWEET + LAST + "</div>", "BoilerplateClassFilter");

        assertThat(new EmbeddedPostFilter().process(page)).isTrue();
        assertThat(Pages.kept(page)).hasSize(4).contains("Observe a minute of silence for the departed.");
    }

    @Test
    void leavesAnEmbedsLinkLinesRemoved() {
        Page page = page("<div>" + FIRST + "<blockquote class=instagram-media><div><a href='https://www.instagram.com/p/x/'>"
                + "View this post on Instagram</a></div><p><a href='https://www.instagram.com/p/x/'>A post shared by Jane "
                + "Doe (@janedoe)</a></p></blockquote>" + LAST + "</div>", "LinkDensityFilter");

        assertThat(new EmbeddedPostFilter().process(page)).isFalse();
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void leavesAnEmbeddedPostAfterTheStoryRemoved() {
        Page page = page("<div>" + FIRST + LAST + TWEET + "</div>", "BoilerplateClassFilter");

        assertThat(new EmbeddedPostFilter().process(page)).isFalse();
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void leavesRemovalsOfOtherOriginsAndOtherBlockquotes() {
        Page byRule = page("<div>" + FIRST + TWEET + LAST + "</div>", "rules/boilerplate.rules:44");
        assertThat(new EmbeddedPostFilter().process(byRule)).isFalse();

        Page plain = page("<div>" + FIRST + TWEET.replace("twitter-tweet", "quote") + LAST + "</div>",
                "BoilerplateClassFilter");
        assertThat(new EmbeddedPostFilter().process(plain)).isFalse();
    }

    @Test
    void looksOnlyAsFarUpAsMaxLevels() {
        Page page = page("<div>" + FIRST + TWEET.replace("<p>", "<div><div><p>").replace("</p>", "</p></div></div>")
                + LAST + "</div>", "BoilerplateClassFilter");

        new EmbeddedPostFilter(EmbeddedPostFilter.DEFAULT_EMBED_CLASSES, EmbeddedPostFilter.DEFAULT_ORIGINS, 2,
                EmbeddedPostFilter.DEFAULT_MAX_LINK_DENSITY).process(page);
        assertThat(Pages.kept(page)).doesNotContain("Observe a minute of silence for the departed.");
    }

    @Test
    void rejectsALevelBelowOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EmbeddedPostFilter(Set.of(), Set.of(), 0, 0.9))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
