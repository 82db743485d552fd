package wirewash.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.model.CleanDocument;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;
import wirewash.model.DocumentResult;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;
import wirewash.model.Reason;
import wirewash.model.RemovedBlock;

class ReportHtmlTest {
    private static final Reason CAPTION = new Reason("caption", "CaptionFilter", "photo credit");
    private static final Reason RELATED = new Reason("related-list", "rules/site.rules:12", "\"Read more\" heading");

    private static final DocumentResult WIRE = result(
            new CleanDocument("ap-001", "in/ap-001.html", Format.HTML,
                    Metadata.EMPTY.withTitle("Storm <script>alert(1)</script> hits coast"),
                    List.of("A storm hit the coast on Monday.", "Thousands lost power."),
                    List.of(new RemovedBlock(0, "Photo: Jane Doe/AP", CAPTION),
                            new RemovedBlock(5, "Read more: <b>other stories</b>", RELATED)),
                    List.of()),
            "ap-001", true, null, 1.0, 1.0);
    private static final DocumentResult COPY = result(
            new CleanDocument("local-7", "in/local-7.html", Format.HTML,
                    Metadata.EMPTY.withTitle("Storm hits coast, thousands without power"),
                    List.of("A storm hit the coast on Monday, officials said.", "Thousands lost power."),
                    List.of(new RemovedBlock(2, "Subscribe to our newsletter", RELATED)), List.of()),
            "ap-001", false, "ap-001", 0.46, 0.71);
    private static final DocumentResult UNIQUE = result(
            new CleanDocument("blog-3", "in/blog-3.txt", Format.TEXT, Metadata.EMPTY.withTitle("Council budget"),
                    List.of("The council passed its budget."), List.of(), List.of()),
            "blog-3", true, null, 1.0, 1.0);
    private static final DocumentResult FAILED = result(
            new CleanDocument("broken-9", "in/broken-9.html.gz", Format.HTML, Metadata.EMPTY, List.of(), List.of(),
                    List.of(Problem.error("decode", "gzip stream ends early at byte 512"))),
            null, false, null, 0.0, 0.0);

    private static final List<DocumentResult> DOCS = List.of(WIRE, COPY, UNIQUE, FAILED);
    private static final List<Cluster> CLUSTERS = List.of(
            new Cluster("ap-001", "ap-001", List.of(new ClusterMember("ap-001", 1.0, 1.0),
                    new ClusterMember("local-7", 0.46, 0.71))),
            new Cluster("blog-3", "blog-3", List.of(new ClusterMember("blog-3", 1.0, 1.0))));
    private static final ReportInfo INFO = ReportInfo.of("Run <2024-05-01>", "2024-05-01T06:00:00Z", DOCS, CLUSTERS);

    @TempDir
    Path dir;

    private static DocumentResult result(CleanDocument doc, String cluster, boolean canonical, String duplicateOf,
                                         double similarity, double containment) {
        return new DocumentResult(doc, cluster, canonical, duplicateOf, similarity, containment);
    }

    private static String render() {
        return ReportHtml.render(DOCS, CLUSTERS, INFO);
    }

    private static Document parsed() {
        return Jsoup.parse(render());
    }

    @Test
    void infoCountsDocumentsFailuresAndDuplicateClusters() {
        assertThat(INFO).isEqualTo(new ReportInfo("Run <2024-05-01>", "2024-05-01T06:00:00Z", 4, 1, 1, 1));
    }

    @Test
    void escapesUserSuppliedText() {
        String html = render();

        assertThat(html).contains("Storm &lt;script&gt;alert(1)&lt;/script&gt; hits coast")
                .contains("Read more: &lt;b&gt;other stories&lt;/b&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<b>other stories");
        assertThat(parsed().select("script")).hasSize(1);
    }

    @Test
    void headerShowsTitleTimeAndCounts() {
        Element header = parsed().selectFirst("header");

        assertThat(header.selectFirst("h1").text()).isEqualTo("Run <2024-05-01>");
        assertThat(header.text()).contains("2024-05-01T06:00:00Z").contains("4 documents").contains("1 failed")
                .contains("1 duplicate clusters").contains("1 duplicates");
    }

    @Test
    void clusterSectionShowsBothMembersSideBySide() {
        Element section = parsed().getElementById("clusters");

        assertThat(section.select(".cluster")).hasSize(1);
        assertThat(section.select(".cluster .members > .member")).hasSize(2);
        assertThat(section.text()).contains("ap-001").contains("local-7")
                .contains("A storm hit the coast on Monday, officials said.")
                .contains("similarity 0.46 · containment 0.71")
                .doesNotContain("blog-3");
        assertThat(section.select(".member.canonical .badge.canonical").text()).isEqualTo("canonical");
    }

    @Test
    void documentsSectionShowsEveryDocumentInOrder() {
        List<String> ids = parsed().select("#documents details.doc > summary > .id").eachText();

        assertThat(ids).containsExactly("ap-001", "local-7", "blog-3", "broken-9");
    }

    @Test
    void documentInDuplicateClusterLinksToTheCluster() {
        Element copy = parsed().select("#documents details.doc").get(1);
        String anchor = parsed().selectFirst("#clusters .cluster").id();

        assertThat(copy.select("a[href=#" + anchor + "]")).hasSize(1);
    }

    @Test
    void removedBlocksShowReasonOriginDetailAndCounts() {
        Element wire = parsed().select("#documents details.doc").get(0);

        assertThat(wire.select("table.removed tbody tr")).hasSize(2);
        assertThat(wire.select("table.removed").text()).contains("caption").contains("CaptionFilter")
                .contains("photo credit").contains("related-list").contains("rules/site.rules:12");
        assertThat(wire.select(".counts li").eachText()).containsExactly("caption × 1", "related-list × 1");
    }

    @Test
    void longRemovedTextIsCutWithFullTextInTitle() {
        String longText = "word ".repeat(100).strip();
        DocumentResult doc = result(new CleanDocument("long", "in/long.txt", Format.TEXT, Metadata.EMPTY, List.of(),
                List.of(new RemovedBlock(0, longText, CAPTION)), List.of()), "long", true, null, 1.0, 1.0);
        String html = ReportHtml.render(List.of(doc), List.of(), ReportInfo.of("t", "", List.of(doc), List.of()));

        Element cell = Jsoup.parse(html).selectFirst("td.block-text");
        assertThat(cell.attr("title")).isEqualTo(longText);
        assertThat(cell.text()).hasSize(ReportHtml.PREVIEW_CHARS + 1).endsWith("…");
    }

    @Test
    void failedDocumentShowsItsErrorOpenAndInTheHeader() {
        Document page = parsed();
        Element failed = page.select("#documents details.doc").get(3);

        assertThat(failed.hasClass("failed")).isTrue();
        assertThat(failed.hasAttr("open")).isTrue();
        assertThat(failed.select(".problems li.error").text()).contains("gzip stream ends early at byte 512");
        assertThat(page.select("header .alert").text()).contains("broken-9").contains("gzip stream ends early");
    }

    @Test
    void loadsNothingFromOutside() {
        Document page = parsed();

        assertThat(page.select("script[src], link, img, iframe, object, embed, video, audio, source")).isEmpty();
        assertThat(page.select("[src], [href]").eachAttr("abs:href")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(render()).doesNotContain("http://").doesNotContain("https://");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
    }

    @Test
    void renderingTwiceGivesIdenticalOutput() {
        assertThat(render()).isEqualTo(render());
    }

    @Test
    void writeStoresTheRenderedPageAsUtf8() throws IOException {
        Path file = dir.resolve("report.html");

        ReportHtml.write(file, DOCS, CLUSTERS, INFO);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(render());
    }

    @Test
    void emptyRunRendersAPageSayingSo() {
        String html = ReportHtml.render(List.of(), List.of(), ReportInfo.of("t", "", List.of(), List.of()));

        assertThat(Jsoup.parse(html).select(".empty").eachText())
                .contains("No duplicate clusters in this run.", "No documents in this run.");
    }

    @Test
    void escapeReplacesMarkupCharacters() {
        assertThat(ReportHtml.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(ReportHtml.escape(null)).isEmpty();
    }
}
