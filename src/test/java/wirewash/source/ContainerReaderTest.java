package wirewash.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import wirewash.model.Format;
import wirewash.model.RawDocument;

class ContainerReaderTest {
    private static final String PAGE = "<html><body><p>The council met on Monday.</p></body></html>";

    private static void writeWarc(Path file, WarcCompression compression) throws Exception {
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            writer.write(response("https://news.example.com/a", MediaType.HTML, PAGE));
            writer.write(response("https://news.example.com/logo.png", MediaType.parse("image/png"), "PNG"));
            writer.write(response("https://news.example.com/b", MediaType.parse("text/html;charset=utf-8"),
                    "<p>Second page.</p>"));
        }
    }

    private static WarcResponse response(String url, MediaType type, String body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2019-11-20T10:00:00Z")).body(http).build();
    }

    private static List<Decoded> read(Path file, Container container, boolean gzip) {
        InputFile input = new InputFile(file, "crawl", Format.HTML, gzip, List.of(), container);
        return new ContainerReader(new Decoder()).read(input);
    }

    @Test
    void readsEachHtmlResponseOfAWarcWithItsUrlAndDate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl.warc");
        writeWarc(file, WarcCompression.NONE);

        List<Decoded> docs = read(file, Container.WARC, false);

        assertThat(docs).hasSize(2);
        RawDocument first = docs.get(0).document();
        assertThat(first.id()).isEqualTo("crawl#1");
        assertThat(first.format()).isEqualTo(Format.HTML);
        assertThat(first.content()).contains("The council met on Monday.");
        assertThat(first.known().url()).isEqualTo("https://news.example.com/a");
        assertThat(first.known().published()).isEqualTo("2019-11-20T10:00:00Z");
        assertThat(docs.get(1).document().id()).isEqualTo("crawl#2");
    }

    @Test
    void readsAGzippedWarc(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        writeWarc(file, WarcCompression.GZIP);

        assertThat(read(file, Container.WARC, true)).hasSize(2).allMatch(Decoded::ok);
    }

    @Test
    void readsJsonLinesWithHtmlOrTextAndOptionalIdAndUrl(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, "{\"id\":\"p1\",\"url\":\"https://example.com/1\",\"html\":\"<p>One.</p>\"}\n"
                + "\n{\"text\":\"Two.\"}\n{\"title\":\"no body\"}\nnot json\n");

        List<Decoded> docs = read(file, Container.JSONL, false);

        assertThat(docs).hasSize(4);
        assertThat(docs.get(0).document().id()).isEqualTo("p1");
        assertThat(docs.get(0).document().known().url()).isEqualTo("https://example.com/1");
        assertThat(docs.get(1).document().id()).isEqualTo("crawl#3");
        assertThat(docs.get(1).document().format()).isEqualTo(Format.TEXT);
        assertThat(docs.get(2).ok()).isFalse();
        assertThat(docs.get(3).ok()).isFalse();
    }

    @Test
    void aJsonLinesIdThatCannotNameAFileGivesWayToThePositionWithAWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, "{\"id\":\"../../escape\",\"text\":\"One.\"}\n"
                + "{\"id\":\"https://example.com/2\",\"text\":\"Two.\"}\n"
                + "{\"id\":\"" + "x".repeat(252) + "\",\"text\":\"Three.\"}\n"
                + "{\"id\":\"..\",\"text\":\"Four.\"}\n"
                + "{\"id\":\"" + "é".repeat(125) + "\",\"text\":\"Five.\"}\n");

        List<Decoded> docs = read(file, Container.JSONL, false);

        assertThat(docs).extracting(d -> d.document().id())
                .containsExactly("crawl#1", "crawl#2", "crawl#3", "..", "é".repeat(125));
        assertThat(docs.get(0).problems()).singleElement()
                .satisfies(p -> assertThat(p.isError()).isFalse())
                .satisfies(p -> assertThat(p.message()).contains("'../../escape'", "'crawl#1'"));
        assertThat(docs.get(3).problems()).isEmpty();
    }

    @Test
    void reportsAMissingFileAsOneFailedResult(@TempDir Path dir) {
        assertThat(read(dir.resolve("gone.warc"), Container.WARC, false)).singleElement()
                .satisfies(d -> assertThat(d.ok()).isFalse());
    }
}
