package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.HtmlBlocks;
import wirewash.clean.HtmlMetadata;
import wirewash.clean.Page;
import wirewash.model.Format;
import wirewash.model.Reason;

class ArticleBodyFilterTest {
    private static final String FIRST = "The council met on Monday, after weeks of delay, to discuss the budget, which has "
            + "grown by a third since last year, and to vote on the plans for the new library in the old market hall.";
    private static final String SECOND = "Members agreed that the library would open next spring, and that its hours "
            + "would be set once the staff had been hired, a process the clerk expects to finish within two months.";

    private static Page page(String articleBody, String bodyHtml) {
        String jsonLd = articleBody == null ? "" : "<script type=application/ld+json>{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + articleBody + "\"}</script>";
        HtmlBlocks.Result result = new HtmlBlocks().parse("<html><head>" + jsonLd + "</head><body>" + bodyHtml
                + "</body></html>", null);
        Page page = new Page("doc", Format.HTML, result.blocks(), result.metadata());
        page.setArticleBody(new HtmlMetadata().articleBody(result.dom()));
        return page;
    }

    private static Block block(Page page, String prefix) {
        return page.blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void removesKeptTextTheStatedBodyLacks() {
        Page page = page(FIRST + " " + SECOND, "<p>" + FIRST + "</p><p>Photo: a view of the old market hall.</p><p>"
                + SECOND + "</p>");

        assertThat(new ArticleBodyFilter().process(page)).isTrue();

        assertThat(block(page, "Photo:").removal().code()).isEqualTo(ArticleBodyFilter.REASON);
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void keepsAgainARemovedParagraphTheStatedBodyHolds() {
        Page page = page(FIRST + " " + SECOND, "<p>" + FIRST + "</p><p>" + SECOND + "</p>");
        block(page, "Members").remove(new Reason("test", "test", ""));

        new ArticleBodyFilter().process(page);

        assertThat(block(page, "Members").isKept()).isTrue();
    }

    @Test
    void ignoresATeaser() {
        Page page = page(FIRST + " Members agreed&hellip;", "<p>" + FIRST + "</p><p>" + SECOND + "</p>");

        assertThat(new ArticleBodyFilter().process(page)).isFalse();
    }

    @Test
    void ignoresABodyThePageDoesNotShow() {
        Page page = page(FIRST + " " + SECOND, "<p>Something else entirely, written for another page and another "
                + "day, about the weather on the coast and the ferries that did not sail because of it.</p>");

        assertThat(new ArticleBodyFilter().process(page)).isFalse();
    }

    @Test
    void doesNothingWithoutAStatedBody() {
        Page page = page(null, "<p>" + FIRST + "</p>");

        assertThat(new ArticleBodyFilter().process(page)).isFalse();
    }
}
