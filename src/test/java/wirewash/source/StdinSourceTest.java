package wirewash.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import wirewash.model.Format;
import wirewash.model.RawDocument;

class StdinSourceTest {
    private final StdinSource stdin = new StdinSource(new Decoder());

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void readsTheWholeStreamAsOneDocument() {
        RawDocument doc = stdin.read(stream("Line one\r\nLine two\n".getBytes(UTF_8))).document();

        assertThat(doc.id()).isEqualTo("stdin");
        assertThat(doc.source()).isEqualTo("-");
        assertThat(doc.format()).isEqualTo(Format.TEXT);
        assertThat(doc.content()).isEqualTo("Line one\nLine two\n");
    }

    @Test
    void sniffsHtml() {
        RawDocument doc = stdin.read(stream("<html><body><p>Hi</p></body></html>".getBytes(UTF_8))).document();

        assertThat(doc.format()).isEqualTo(Format.HTML);
    }

    @Test
    void formatHintWinsOverSniffing() {
        RawDocument doc = stdin.read(stream("<p>shown as text</p>".getBytes(UTF_8)), Format.TEXT).document();

        assertThat(doc.format()).isEqualTo(Format.TEXT);
    }

    @Test
    void gunzipsByMagicNumber() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("piped and zipped".getBytes(UTF_8));
        }

        assertThat(stdin.read(stream(zipped.toByteArray())).document().content()).isEqualTo("piped and zipped");
    }

    @Test
    void aFailingStreamIsAnError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("pipe closed");
            }
        };

        Decoded decoded = stdin.read(broken);

        assertThat(decoded.ok()).isFalse();
        assertThat(decoded.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("cannot read standard input: IOException: pipe closed"));
    }
}
