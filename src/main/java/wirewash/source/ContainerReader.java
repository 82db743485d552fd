package wirewash.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
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
 * read at all is one failed result, and one that fails part way gives the records before the failure and then
 * one failed result. Records are handed on one at a time as they are read ({@link #forEach}), so a container
 * of any size is held one record at a time.
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

    /** The documents of a container file, in file order, collected (see {@link #forEach}). */
    public List<Decoded> read(InputFile file) {
        List<Decoded> out = new ArrayList<>();
        forEach(file, out::add);
        return out;
    }

    /** Hands each document of a container file to {@code each}, in file order, decoding it here. */
    public void forEach(InputFile file, Consumer<Decoded> each) {
        forEachRecord(file, record -> {
            Decoded decoded = record.decode();
            if (decoded != null) each.accept(decoded);
        });
    }

    /**
     * One record of a container as read from it, not yet decoded: the reading of a container is serial, its
     * records' decoding (JSON, character sets) can be shared out.
     */
    @FunctionalInterface
    public interface Record {
        /**
         * The record decoded, or null when it holds nothing (a blank line of a JSON-lines file); thread-safe. A
         * record that cannot be decoded is a failed result, not an exception.
         */
        Decoded decode();

        /** The bytes the record holds until it is decoded (0 when it holds none worth counting). */
        default long bytes() {
            return 0;
        }
    }

    /** A record holding {@code bytes} bytes until {@code decode} decodes them. */
    private static Record record(long bytes, java.util.function.Supplier<Decoded> decode) {
        return new Record() {
            @Override
            public Decoded decode() {
                return decode.get();
            }

            @Override
            public long bytes() {
                return bytes;
            }
        };
    }

    /**
     * Hands each record of a container file to {@code each}, in file order, as it is read; when the file cannot
     * be read (or stops being readable), a record of one failed result last. What {@code each} throws is
     * thrown on.
     */
    public void forEachRecord(InputFile file, Consumer<Record> each) {
        Validate.notNull(file, "file");
        Validate.notNull(each, "each");
        Validate.isTrue(file.container() != Container.NONE, "not a container: " + file.path());
        int[] handed = {0};
        Consumer<Record> counted = record -> {
            try {
                each.accept(guarded(record));
            } catch (RuntimeException e) {
                throw new HandOnFailed(e);
            }
            handed[0]++;
        };
        try {
            if (file.container() == Container.WARC) warc(file, counted);
            else jsonl(file, counted);
        } catch (HandOnFailed e) {
            throw e.getCause(); // the caller's failure, not the file's
        } catch (IOException | RuntimeException e) {
            List<Problem> problems = new ArrayList<>(file.problems());
            String after = handed[0] == 0 ? "" : " after " + handed[0] + " records";
            problems.add(Problem.error(Decoder.READ, "cannot read " + file.path() + after + ": " + e.getMessage()));
            Decoded failed = new Decoded(null, problems);
            each.accept(() -> failed);
        }
    }

    /** The record, its unforeseen failures (a bug) made the record's failed result rather than the run's. */
    private static Record guarded(Record record) {
        return record(record.bytes(), () -> {
            try {
                return record.decode();
            } catch (RuntimeException e) {
                return new Decoded(null, List.of(Problem.error(Decoder.DECODE, "cannot decode a record: " + e)));
            }
        });
    }

    /** A failure of the consumer a record was handed to, carried past the file's own failures. */
    private static final class HandOnFailed extends RuntimeException {
        HandOnFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private void warc(InputFile file, Consumer<Record> out) throws IOException {
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
                out.accept(record(body.length, () -> withKnown(decoder.decode(id, source, body, Format.HTML, false),
                        known)));
            }
        }
    }

    private static void jsonl(InputFile file, Consumer<Record> out) throws IOException {
        InputStream raw = Files.newInputStream(file.path());
        try (LineReader lines = new LineReader(file.gzip() ? new GZIPInputStream(raw) : raw)) {
            int number = 0;
            byte[] line;
            while ((line = lines.next()) != null) {
                number++;
                if (line.length == 0) continue;
                byte[] bytes = line;
                int at = number;
                out.accept(record(bytes.length, () -> jsonLine(file, at, new String(bytes, StandardCharsets.UTF_8))));
            }
        }
    }

    /** A JSON line decoded: null when it is blank. */
    private static Decoded jsonLine(InputFile file, int number, String line) {
        if (line.isBlank()) return null;
        String source = file.path() + ":" + number;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Decoded(null, List.of(Problem.error(Decoder.DECODE, source + ": not JSON: "
                    + e.getOriginalMessage())));
        }
        JsonNode html = node.get("html");
        JsonNode text = node.get("text");
        Format format = html != null && html.isTextual() ? Format.HTML : Format.TEXT;
        String content = format == Format.HTML ? html.asText() : text != null && text.isTextual() ? text.asText() : null;
        if (content == null || content.isBlank()) {
            return new Decoded(null, List.of(Problem.error(Decoder.DECODE,
                    source + ": no 'html' or 'text' string field")));
        }
        String positional = file.id() + POSITION_SEPARATOR + number;
        String given = textField(node, "id", positional);
        String id = namesAFile(given) ? given : positional;
        List<Problem> problems = id.equals(given) ? List.of() : List.of(Problem.warning(Decoder.DECODE,
                source + ": id '" + given + "' cannot name its clean/ file (it holds a '/', '\\' or NUL, or "
                        + "is longer than " + MAX_ID_BYTES + " bytes); this document is '" + id + "'"));
        String url = textField(node, "url", null);
        content = content.replace("\r\n", "\n").replace('\r', '\n');
        return new Decoded(new RawDocument(id, source, format, content, Metadata.EMPTY.withUrl(url)), problems);
    }

    /**
     * A stream's lines as bytes, ended as {@link java.io.BufferedReader#readLine} ends them (LF, CR or CR LF): UTF-8
     * never has those bytes inside a character, so each line decodes alone to what the whole stream would give.
     */
    private static final class LineReader implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private boolean skipLineFeed;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its end, or null at the end of the stream. */
        byte[] next() throws IOException {
            java.io.ByteArrayOutputStream longLine = null;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return longLine == null ? null : longLine.toByteArray();
                    }
                }
                if (skipLineFeed) {
                    skipLineFeed = false;
                    if (buffer[position] == '\n') {
                        position++;
                        continue;
                    }
                }
                int start = position;
                while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') position++;
                if (position == limit) {
                    if (longLine == null) longLine = new java.io.ByteArrayOutputStream(2 * (limit - start) + 16);
                    longLine.write(buffer, start, limit - start);
                    continue;
                }
                skipLineFeed = buffer[position] == '\r';
                byte[] line;
                if (longLine == null) {
                    line = Arrays.copyOfRange(buffer, start, position);
                } else {
                    longLine.write(buffer, start, position - start);
                    line = longLine.toByteArray();
                }
                position++;
                return line;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
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
