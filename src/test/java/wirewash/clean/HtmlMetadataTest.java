package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import wirewash.model.Metadata;

class HtmlMetadataTest {
    private final HtmlMetadata reader = new HtmlMetadata();

    private Metadata read(String html) {
        return reader.read(Jsoup.parse(html, "https://example.com/"));
    }

    @Test
    void titleFallsBackFromTwitterToH1ToTitleElement() {
        assertThat(read("<meta name=twitter:title content='Tweet title'><title>T</title><h1>H</h1>").title())
                .isEqualTo("Tweet title");
        assertThat(read("<title>T</title><h1> The  <b>H1</b> </h1>").title()).isEqualTo("The H1");
        assertThat(read("<title>  Only\n the title </title>").title()).isEqualTo("Only the title");
    }

    @Test
    void readsJsonLdArraysWithSeveralAuthors() {
        String html = """
                <script type="application/ld+json">[
                  {"@type": "BreadcrumbList"},
                  {"@type": ["NewsArticle"], "author": [{"@type": "Person", "name": "Ann A"}, "Bob B"],
                   "publisher": {"@type": "Organization", "name": "Wire Service"}}
                ]</script>""";

        Metadata metadata = read(html);

        assertThat(metadata.byline()).isEqualTo("Ann A, Bob B");
        assertThat(metadata.site()).isEqualTo("Wire Service");
    }

    @Test
    void readsEveryStatedArticleBodyArticleNodesFirst() {
        String html = """
                <script type="application/ld+json">{"@graph": [
                  {"@type": "WebPage", "articleBody": "A page's text."},
                  {"@type": "NewsArticle", "headline": "Related", "articleBody": "Another story."},
                  {"@type": "NewsArticle", "headline": "Own", "articleBody": "The page's <b>own</b> story."},
                  {"@type": "NewsArticle", "articleBody": "Another story."}
                ]}</script>""";

        assertThat(reader.articleBodies(Jsoup.parse(html)))
                .containsExactly("Another story.", "The page's own story.", "A page's text.");
    }

    @Test
    void decodesAnArticleBodyWhoseMarkupIsEscapedTwice() {
        String html = """
                <script type="application/ld+json">{"@type": "NewsArticle",
                  "articleBody": "&lt;p&gt;Rates rose &amp;amp; fell.&lt;/p&gt;&lt;p&gt;Then they held.&lt;/p&gt;"}
                </script>""";

        assertThat(reader.articleBody(Jsoup.parse(html))).isEqualTo("Rates rose & fell. Then they held.");
    }

    @Test
    void readsTheSelectorsOfTheArticlesPartsBehindThePaywall() {
        String html = """
                <script type="application/ld+json">[
                  {"@type": "WebPage", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": false,
                   "cssSelector": ".not-an-article"}},
                  {"@type": "NewsArticle", "isAccessibleForFree": "False", "hasPart": [
                    {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".paywall"},
                    {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": "#premium"},
                    {"@type": "WebPageElement", "isAccessibleForFree": true, "cssSelector": ".free"},
                    {"@type": "WebPageElement", "cssSelector": ".unsaid"}]}
                ]</script>""";

        assertThat(reader.readAll(Jsoup.parse(html)).gatedPartSelectors()).containsExactly(".paywall", "#premium");
        assertThat(reader.readAll(Jsoup.parse("<p>No JSON-LD.</p>")).gatedPartSelectors()).isEmpty();
    }

    @Test
    void ignoresMalformedJsonLd() {
        String html = """
                <script type="application/ld+json">{"author": {"name": "Broken"</script>
                <meta name="pubdate" content="2023-01-02">""";

        Metadata metadata = read(html);

        assertThat(metadata.byline()).isNull();
        assertThat(metadata.published()).isEqualTo("2023-01-02");
    }

    @Test
    void toleratesRawNewlinesAndCommentWrappersInJsonLd() {
        String html = "<script type=\"application/ld+json\"><!--\n{\"@type\": \"Article\", \"author\": "
                + "{\"name\": \"Line\nBreak\"}}\n--></script>";

        assertThat(read(html).byline()).isEqualTo("Line Break");
    }

    @Test
    void publishedFallsBackToTimeElement() {
        assertThat(read("<p>Posted <time datetime='2022-12-31T23:59'>yesterday</time></p>").published())
                .isEqualTo("2022-12-31T23:59");
    }

    @Test
    void urlFallsBackToOgUrl() {
        assertThat(read("<meta property='og:url' content='https://ex.org/story'>").url())
                .isEqualTo("https://ex.org/story");
    }

    @Test
    void languageIsThePrimarySubtagInLowerCase() {
        assertThat(read("<html lang='PT-br'><p>x").language()).isEqualTo("pt");
        assertThat(read("<html lang='not a language'><p>x").language()).isNull();
        assertThat(read("<meta http-equiv='Content-Language' content='de-AT'><p>x").language()).isEqualTo("de");
    }

    @Test
    void aPageWithoutMetadataGivesAllNulls() {
        assertThat(read("<p>just text</p>")).isEqualTo(Metadata.EMPTY);
    }
}
