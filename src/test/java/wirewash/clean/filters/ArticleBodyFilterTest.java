package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.HtmlBlocks;
import wirewash.clean.HtmlMetadata;
import wirewash.clean.Page;
import wirewash.model.Format;
import wirewash.model.Reason;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class ArticleBodyFilterTest {
    private static final String FIRST = "The council met on Monday, after weeks of delay, to discuss the budget, which has "
            + "grown by a third since last year, and to vote on the plans for the new library in the old market hall.";
    private static final String SECOND = "Members agreed that the library would open next spring, and that its hours "
            + "would be set once the staff had been hired, a process the clerk expects to finish within two months.";

    private static final String THIRD = "The clerk said the hiring would start in the new year, once the council had "
            + "agreed the budget for the staff, and that the first posts would be advertised in the local paper.";
    private static final String FOURTH = "Residents who spoke at the meeting welcomed the plans but asked the council "
            + "to keep the reading room open in the evenings, when most of them would be able to use it.";

    private static Page page(String articleBody, String bodyHtml) {
        return pageStating(articleBody == null ? "" : "{\"@type\": \"NewsArticle\", \"articleBody\": \""
                + articleBody + "\"}", bodyHtml);
    }

    private static Page pageStating(String json, String bodyHtml) {
        String jsonLd = json.isEmpty() ? "" : "<script type=application/ld+json>" + json + "</script>";
        HtmlBlocks.Result result = new HtmlBlocks().parse("<html><head>" + jsonLd + "</head><body>" + bodyHtml
                + "</body></html>", null);
        Page page = new Page("doc", Format.HTML, result.blocks(), result.metadata());
        page.setArticleBodies(new HtmlMetadata().articleBodies(result.dom()));
        return page;
    }

    private static RuleSet rules(String text) throws RuleException {
        return new RuleSet(RuleLoader.parse("test.rules", text));
    }

    private static Block block(Page page, String prefix) {
        return page.blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void removesKeptTextTheStatedBodyLacks() {
        Page page = page(FIRST + " " + SECOND, "<p>" + FIRST + "</p><p>Photo: a view of the old market hall.</p><p>"
                + SECOND + "</p>");

        assertThat(new ArticleBodyFilter(RuleSet.EMPTY).process(page)).isTrue();

        assertThat(block(page, "Photo:").removal().code()).isEqualTo(ArticleBodyFilter.REASON);
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void keepsAgainARemovedParagraphTheStatedBodyHolds() {
        Page page = page(FIRST + " " + SECOND, "<p>" + FIRST + "</p><p>" + SECOND + "</p>");
        block(page, "Members").remove(new Reason("test", "test", ""));

        new ArticleBodyFilter(RuleSet.EMPTY).process(page);

        assertThat(block(page, "Members").isKept()).isTrue();
    }

    @Test
    void ignoresATeaser() {
        Page page = page(FIRST + " Members agreed&hellip;", "<p>" + FIRST + "</p><p>" + SECOND + "</p>");

        assertThat(new ArticleBodyFilter(RuleSet.EMPTY).process(page)).isFalse();
    }

    @Test
    void ignoresABodyThePageDoesNotShow() {
        Page page = page(FIRST + " " + SECOND, "<p>Something else entirely, written for another page and another "
                + "day, about the weather on the coast and the ferries that did not sail because of it.</p>");

        assertThat(new ArticleBodyFilter(RuleSet.EMPTY).process(page)).isFalse();
    }

    @Test
    void doesNothingWithoutAStatedBody() {
        Page page = page(null, "<p>" + FIRST + "</p>");

        assertThat(new ArticleBodyFilter(RuleSet.EMPTY).process(page)).isFalse();
    }

    @Test
    void leavesTheRestOfTheStoryWhenTheStatedBodyStopsAtAParagraphEnd() {
        Page page = page(FIRST + " " + SECOND, "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p><p>"
                + FOURTH + "</p>");

        new ArticleBodyFilter(RuleSet.EMPTY).process(page);

        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void leavesTheRestOfTheStoryWhenTheStatedBodyStopsAtASubheading() {
        Page page = page(FIRST + " " + SECOND + " Next steps", "<p>" + FIRST + "</p><p>" + SECOND
                + "</p><h2>Next steps</h2><p>" + THIRD + "</p><p>" + FOURTH + "</p>");

        new ArticleBodyFilter(RuleSet.EMPTY).process(page);

        assertThat(page.kept()).hasSize(5);
    }

    @Test
    void leavesTheParagraphTheStatedBodyIsCutInsideAndTheRest() {
        String cut = SECOND.substring(0, SECOND.indexOf(", and that"));
        Page page = page(FIRST + " " + THIRD + " " + cut, "<p>" + FIRST + "</p><p>" + THIRD + "</p><p>" + SECOND
                + " " + FOURTH + "</p><p>Share this story</p>");

        new ArticleBodyFilter(RuleSet.EMPTY).process(page);

        assertThat(block(page, "Members").isKept()).isTrue();
        assertThat(block(page, "Share").isKept()).isTrue();
    }

    @Test
    void stillRemovesAShortTailAfterACompleteStatedBody() {
        Page page = page(FIRST + " " + SECOND + " " + THIRD, "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD
                + "</p><p>Share this story with a friend</p>");

        new ArticleBodyFilter(RuleSet.EMPTY).process(page);

        assertThat(block(page, "Share").removal().code()).isEqualTo(ArticleBodyFilter.REASON);
    }

    @Test
    void doesNotKeepAgainACaptionThatRepeatsAKeptSentence() {
        Page page = page(FIRST + " " + SECOND, "<figure><figcaption>" + SECOND + "</figcaption></figure><p>" + FIRST
                + "</p><p>" + SECOND + "</p>");
        block(page, "Members").remove(new Reason("caption", "test", ""));

        new ArticleBodyFilter(RuleSet.EMPTY).process(page);

        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void doesNotKeepAgainAPromptALineRuleNamesThoughTheStatedBodyCarriesIt() throws RuleException {
        assertThat(keptAgain("Sign up for our daily briefing and never miss a story.", "subscribe",
                "line subscribe sign up for .{1,80}")).isFalse();
    }

    @Test
    void keepsAgainACreditLineTheStatedBodyCarries() throws RuleException {
        assertThat(keptAgain("Originally published on the Valley Courier website.", "source-link",
                "line source-link originally published on .{1,80}")).isTrue();
    }

    /**
     * Whether the filter keeps again a last paragraph that the stated body carries and that a line rule (the
     * {@code rule}) removed with {@code reason}.
     */
    private static boolean keptAgain(String line, String reason, String rule) throws RuleException {
        Page page = page(FIRST + " " + SECOND + " " + line, "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + line
                + "</p>");
        String start = line.substring(0, line.indexOf(' '));
        block(page, start).remove(new Reason(reason, "test", ""));
        new ArticleBodyFilter(rules(rule)).process(page);
        return block(page, start).isKept();
    }

    @Test
    void findsASubheadingInParagraphsTheStatedBodyRunsTogether() {
        Page page = page(FIRST + "Library plans" + SECOND, "<p>" + FIRST + "</p><h2>Library plans</h2><p>" + SECOND
                + "</p>");

        new ArticleBodyFilter(RuleSet.EMPTY).process(page);

        assertThat(block(page, "Library plans").isKept()).isTrue();
    }

    @Test
    void settlesByThePagesOwnBodyWhenARelatedStorysComesFirst() {
        String related = "{\"@type\": \"NewsArticle\", \"articleBody\": \"A different story about the harbour, "
                + "where the ferry company said on Friday that it would cut the winter timetable to two sailings a "
                + "day, blaming the cost of fuel and a shortage of crew, and that fares would rise in March.\"}";
        Page page = pageStating("[" + related + ", {\"@type\": \"NewsArticle\", \"articleBody\": \"" + FIRST + " "
                + SECOND + "\"}]", "<p>" + FIRST + "</p><p>Photo: a view of the old market hall.</p><p>" + SECOND
                + "</p>");

        assertThat(new ArticleBodyFilter(RuleSet.EMPTY).process(page)).isTrue();

        assertThat(block(page, "Photo:").isKept()).isFalse();
    }
}
