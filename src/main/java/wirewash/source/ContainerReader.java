package wirewash.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import wirewash.internal.Validate;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;
import wirewash.model.RawDocument;

/**
 * Splits a container file into its documents: a WARC's HTML response records (their target URL and capture
 * date kept as what is known of the page), or a JSON-lines file's objects with an {@code html} or {@code text}
 * field (and optional {@code id} and {@code url}). Ids are the object's {@code id}, else the file's id and the
 * record's 1-based position ({@code crawl#3}); an {@code id} that cannot name a file ({@link #namesAFile}) is
 * replaced by the latter, with a warning. A record that cannot be used is a warning; a file that cannot be
 * read at all is one failed result. The whole file is read at once: containers are expected to be of a size a
 * crawl segment has, not unbounded.
 */
public final class ContainerReader {
    /** The character between a container's id and a record's position in it. */
    public static final String POSITION_SEPARATOR = "#";
    /** The longest id a JSON-lines record may give, in UTF-8 bytes: a file name's 255 less clean/'s ".txt". */
    public static final int MAX_ID_BYTES = 251;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Decoder decoder;

    public ContainerReader(Decoder decoder) {
        this.decoder = Validate.notNull(decoder, "decoder");
    }

    /** The documents of a container file, in file order; a single failed result when it cannot be read. */
    public List<Decoded> read(InputFile file) {
        Validate.notNull(file, "file");
        Validate.isTrue(file.container() != Container.NONE, "not a container: " + file.path());
        try {
            return file.container() == Container.WARC ? warc(file) : jsonl(file);
        } catch (IOException | RuntimeException e) {
            List<Problem> problems = new ArrayList<>(file.problems());
            problems.add(Problem.error(Decoder.READ, "cannot read " + file.path() + ": " + e.getMessage()));
            return List.of(new Decoded(null, problems));
        }
    }

    private List<Decoded> warc(InputFile file) throws IOException {
        List<Decoded> out = new ArrayList<>();
        int position = 0;
        // WarcReader recognises gzip by itself.
        try (WarcReader reader = new WarcReader(file.path())) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) continue;
                if (!response.contentType().base().equals(MediaType.HTTP)) continue;
                HttpResponse http = response.http();
                if (!http.contentType().base().equals(MediaType.HTML)) continue;
                position++;
                String id = file.id() + POSITION_SEPARATOR + position;
                String source = file.path() + POSITION_SEPARATOR + position;
                byte[] body;
                try (InputStream in = http.bodyDecoded().stream()) {
                    body = Decoder.readAtMost(in, decoder.maxBytes());
                }
                if (body.length == 0) continue;
                Metadata known = Metadata.EMPTY.withUrl(response.target()).withPublished(response.date().toString());
                out.add(withKnown(decoder.decode(id, source, body, Format.HTML, false), known));
            }
        }
        return out;
    }

    private List<Decoded> jsonl(InputFile file) throws IOException {
        List<Decoded> out = new ArrayList<>();
        InputStream raw = Files.newInputStream(file.path());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                file.gzip() ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            int number = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                String source = file.path() + ":" + number;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    out.add(new Decoded(null, List.of(Problem.error(Decoder.DECODE, source + ": not JSON: "
                            + e.getOriginalMessage()))));
                    continue;
                }
                JsonNode html = node.get("html");
                JsonNode text = node.get("text");
                Format format = html != null && html.isTextual() ? Format.HTML : Format.TEXT;
                String content = format == Format.HTML ? html.asText() : text != null && text.isTextual() ? text.asText() : null;
                if (content == null || content.isBlank()) {
                    out.add(new Decoded(null, List.of(Problem.error(Decoder.DECODE,
                            source + ": no 'html' or 'text' string field"))));
                    continue;
                }
                String positional = file.id() + POSITION_SEPARATOR + number;
                String given = textField(node, "id", positional);
                String id = namesAFile(given) ? given : positional;
                List<Problem> problems = id.equals(given) ? List.of() : List.of(Problem.warning(Decoder.DECODE,
                        source + ": id '" + given + "' cannot name its clean/ file (it holds a '/', '\\' or NUL, or "
                                + "is longer than " + MAX_ID_BYTES + " bytes); this document is '" + id + "'"));
                String url = textField(node, "url", null);
                content = content.replace("\r\n", "\n").replace('\r', '\n');
                out.add(new Decoded(new RawDocument(id, source, format, content, Metadata.EMPTY.withUrl(url)),
                        problems));
            }
        }
        return out;
    }

    /**
     * Whether an id can be its document's clean/&lt;id&gt;.txt: no folder separator (an id {@code ../x} would write
     * beside or above the clean folder, one {@code a/b} fail the run) or NUL, and the name within a file name's
     * 255 bytes.
     */
    static boolean namesAFile(String id) {
        return id.indexOf('/') < 0 && id.indexOf('\\') < 0 && id.indexOf('\0') < 0
                && id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES;
    }

    private static String textField(JsonNode node, String name, String fallback) {
        JsonNode value = node.get(name);
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : fallback;
    }

    private static Decoded withKnown(Decoded decoded, Metadata known) {
        if (!decoded.ok()) return decoded;
        RawDocument d = decoded.document();
        return new Decoded(new RawDocument(d.id(), d.source(), d.format(), d.content(), known), decoded.problems());
    }
}
