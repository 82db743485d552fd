package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.model.Metadata;

class HtmlBlocksTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Storm hits coast | Daily Bugle</title>
              <meta property="og:title" content="Storm hits the coast">
              <meta name="author" content="By Jane Doe">
              <meta property="article:published_time" content="2024-03-01T08:00:00Z">
              <meta property="og:site_name" content="Daily Bugle">
              <link rel="canonical" href="/news/storm">
              <style>body { color: red }</style>
            </head>
            <body>
              <nav class="top"><a href="/">Home</a> | <a href="/world">World news</a> | <a href="/sport">Sport</a></nav>
              <article>
                <h1>Storm <em>hits</em> coast</h1>
                <p>Heavy rain fell on Tuesday,
                   <a href="/x">officials said</a>, and roads were&nbsp;closed.</p>
                <figure><img src="a.jpg" alt="flood"><figcaption>Flooded street. Photo: AP</figcaption></figure>
                <p>Second paragraph.</p>
                <ul><li>First point</li><li>Second point</li></ul>
                <script>document.write("SCRIPT TEXT")</script>
                <noscript>Enable JavaScript</noscript>
                <form><input value="INPUT TEXT"><button>Subscribe</button><select><option>Pick</option></select></form>
                <address>Harbour Office<br>1 Quay Street<br/>Portsmouth</address>
              </article>
              <footer>© 2024 Daily Bugle</footer>
            </body>
            </html>
            """;

    private final HtmlBlocks htmlBlocks = new HtmlBlocks();

    private HtmlBlocks.Result parse(String html) {
        return htmlBlocks.parse(html, "https://example.com/news/storm?utm=1");
    }

    private static List<String> texts(HtmlBlocks.Result result) {
        return result.blocks().stream().map(Block::text).toList();
    }

    private static Block block(HtmlBlocks.Result result, String text) {
        return result.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void segmentsVisibleTextIntoBlocksInPageOrder() {
        assertThat(texts(parse(PAGE))).containsExactly(
                "Home | World news | Sport",
                "Storm hits coast",
                "Heavy rain fell on Tuesday, officials said, and roads were closed.",
                "Flooded street. Photo: AP",
                "Second paragraph.",
                "First point",
                "Second point",
                "Harbour Office",
                "1 Quay Street",
                "Portsmouth",
                "© 2024 Daily Bugle");
    }

    @Test
    void recordsEachBlocksTagElementAndIndex() {
        HtmlBlocks.Result result = parse(PAGE);

        assertThat(result.blocks()).extracting(Block::tag).containsExactly(
                "nav", "h1", "p", "figcaption", "p", "li", "li", "address", "address", "address", "footer");
        assertThat(result.blocks()).extracting(Block::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(result.blocks()).allSatisfy(b -> assertThat(b.element().normalName()).isEqualTo(b.tag()));
        assertThat(block(result, "Second point").element().text()).isEqualTo("Second point");
    }

    @Test
    void skipsScriptsStylesAndFormControls() {
        String all = String.join("\n", texts(parse(PAGE)));

        assertThat(all).doesNotContain("SCRIPT TEXT", "color: red", "Enable JavaScript", "INPUT TEXT",
                "Subscribe", "Pick");
    }

    @Test
    void makesAHiddenInlineElementABlockOfItsOwn() {
        HtmlBlocks.Result result = parse("<p>Rain fell <span class=sr-only>(opens a map)</span> on the coast, "
                + "<em>officials</em> said.</p>");

        assertThat(texts(result)).containsExactly("Rain fell", "(opens a map)", "on the coast, officials said.");
        assertThat(block(result, "(opens a map)").tag()).isEqualTo("span");
        assertThat(block(result, "on the coast, officials said.").tag()).isEqualTo("p");
    }

    @Test
    void countsCharactersInsideLinks() {
        HtmlBlocks.Result result = parse(PAGE);

        Block nav = block(result, "Home | World news | Sport");
        assertThat(nav.linkChars()).isEqualTo("Home".length() + "World news".length() + "Sport".length());
        assertThat(nav.linkDensity()).isCloseTo(19.0 / 25, within(1e-9));
        Block prose = block(result, "Heavy rain fell on Tuesday, officials said, and roads were closed.");
        assertThat(prose.linkChars()).isEqualTo("officials said".length());
        assertThat(block(result, "Second paragraph.").linkChars()).isZero();
    }

    @Test
    void aSentenceSetAsALinkThatSharesItIsNotLinkText() {
        HtmlBlocks.Result result = parse("<html><body><p>First paragraph of the story.</p>"
                + "<a href=\"https://twitter.com/share?text=Rain+fell+on+the+coast+all+week.&url=x\">"
                + "<span>Rain fell on the coast all week.</span><span>Click To Tweet</span></a>"
                + "<p>See <a href=\"https://example.com/news?page=2\">more news from the coast and the hills</a></p>"
                + "</body></html>");

        assertThat(block(result, "Rain fell on the coast all week.Click To Tweet").linkChars()).isZero();
        assertThat(block(result, "See more news from the coast and the hills").linkChars())
                .isEqualTo("more news from the coast and the hills".length());
    }

    @Test
    void linesSplitByBreakHaveNoGapBefore() {
        HtmlBlocks.Result result = parse(PAGE);

        assertThat(block(result, "Harbour Office").gapBefore()).isEqualTo(1);
        assertThat(block(result, "1 Quay Street").gapBefore()).isZero();
        assertThat(block(result, "Portsmouth").gapBefore()).isZero();
        assertThat(block(result, "© 2024 Daily Bugle").gapBefore()).isEqualTo(1);
    }

    @Test
    void labelsHeadings() {
        HtmlBlocks.Result result = parse(PAGE);

        assertThat(block(result, "Storm hits coast").has(Label.HEADING)).isTrue();
        assertThat(result.blocks()).filteredOn(b -> b.has(Label.HEADING)).hasSize(1);
    }

    @Test
    void textDirectlyInsideAContainerBecomesBlocksOfThatContainer() {
        HtmlBlocks.Result result = parse("<div>Intro line <b>bold</b><p>Inner paragraph</p>Tail text</div>");

        assertThat(texts(result)).containsExactly("Intro line bold", "Inner paragraph", "Tail text");
        assertThat(result.blocks()).extracting(Block::tag).containsExactly("div", "p", "div");
    }

    @Test
    void breakAtTheStartOfABlockDoesNotJoinItToThePreviousOne() {
        HtmlBlocks.Result result = parse("<p>One</p><p><br>Two</p>");

        assertThat(result.blocks()).extracting(Block::gapBefore).containsExactly(1, 1);
    }

    @Test
    void readsMetadataFromMetaTags() {
        Metadata metadata = parse(PAGE).metadata();

        assertThat(metadata).isEqualTo(new Metadata("Storm hits the coast", "Jane Doe", "2024-03-01T08:00:00Z",
                "Daily Bugle", "https://example.com/news/storm", "en"));
    }

    @Test
    void readsMetadataFromJsonLdGraph() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "@id": "https://ex.org/a#page", "name": "Page name"},
                  {"@type": "NewsArticle", "headline": "Ignored here", "datePublished": "2024-05-06T07:08:09+02:00",
                   "author": {"@id": "https://ex.org/#jane"}, "publisher": {"@id": "https://ex.org/#org"}},
                  {"@type": "Person", "@id": "https://ex.org/#jane", "name": "Jane Roe"},
                  {"@type": "Organization", "@id": "https://ex.org/#org", "name": "Example Times"}
                ]}
                </script></head><body><h1>Headline from h1</h1><p>Body.</p></body></html>
                """;

        Metadata metadata = htmlBlocks.parse(html, null).metadata();

        assertThat(metadata).isEqualTo(new Metadata("Headline from h1", "Jane Roe", "2024-05-06T07:08:09+02:00",
                "Example Times", null, null));
    }

    @Test
    void neverThrowsOnEmptyOrBrokenMarkup() {
        assertThat(htmlBlocks.parse("", null).blocks()).isEmpty();
        assertThat(texts(htmlBlocks.parse("<p>unclosed <b>bold<p>next</div></span>", null)))
                .containsExactly("unclosed bold", "next");
    }

    @Test
    void nestsElementsAtMostTheDefaultDepthKeepingTheTextBelowIt() {
        // 600 unclosed divs, each with a line, then a paragraph: below depth 512 they are put side by side
        HtmlBlocks.Result parsed = parse("<div>line\n".repeat(600) + "<p>Deep text.</p>");

        assertThat(texts(parsed)).hasSize(601).endsWith("line", "Deep text.");
        assertThat(depth(parsed.blocks().get(600).element())).isEqualTo(HtmlBlocks.DEFAULT_MAX_DEPTH + 1); // and the document
    }

    @Test
    void nestsElementsAsDeepAsAskedBeyondTheDefault() {
        HtmlBlocks deep = new HtmlBlocks(new HtmlMetadata(), new HiddenElements(), 10_000);

        HtmlBlocks.Result parsed = Pages.onSmallStack(() -> deep.parse("<div>".repeat(600) + "<p>Deep text.</p>", null));

        assertThat(texts(parsed)).containsExactly("Deep text.");
        assertThat(depth(parsed.blocks().get(0).element())).isEqualTo(600 + 4); // p, the divs, body, html, document
    }

    /** How many nodes from the element up to the document, both included. */
    private static int depth(org.jsoup.nodes.Element element) {
        int depth = 0;
        for (org.jsoup.nodes.Node n = element; n != null; n = n.parentNode()) depth++;
        return depth;
    }

    @Test
    void walksANoscriptWhoseEndTagIsMissingAsTheRestOfThePage() {
        // a lazy-loaded image's fallback whose </noscript> is missing: jsoup puts the rest of the page inside it
        HtmlBlocks.Result parsed = parse("<article><p>First paragraph.</p><figure><img class=lazy data-src=a.jpg>"
                + "<noscript><img src=a.jpg></figure><p>Second paragraph.</p><p>Third paragraph.</p></article>");

        assertThat(texts(parsed)).containsExactly("First paragraph.", "Second paragraph.", "Third paragraph.");
        assertThat(parsed.blocks().get(1).element().parent().normalName()).isEqualTo("noscript");
    }

    @Test
    void walksANoscriptWhoseEndTagIsMissingUpToTheNextImagesNoscript() {
        // jsoup ends the open noscript at the next </noscript>: the paragraphs between the two images are inside
        HtmlBlocks.Result parsed = parse("<p>First paragraph.<noscript><img src=a.jpg></p><p>Second paragraph.</p>"
                + "<p>Third paragraph.<noscript><img src=b.jpg></noscript></p><p>Fourth paragraph.</p>");

        assertThat(texts(parsed)).containsExactly("First paragraph.", "Second paragraph.", "Third paragraph.",
                "Fourth paragraph.");
    }

    @Test
    void skipsAClosedNoscriptThatAnElementFollowsEvenAScript() {
        HtmlBlocks.Result parsed = parse("<p>Story.</p><noscript><p>Enable JavaScript.</p></noscript><p>After.</p>"
                + "<noscript><p>Turn on JavaScript for comments.</p></noscript>\n<script>x()</script>");

        assertThat(texts(parsed)).containsExactly("Story.", "After.");
    }
}
