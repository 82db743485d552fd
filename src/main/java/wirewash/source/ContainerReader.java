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
 * of any size is held one record at a time. A record of an uncompressed JSON-lines file or of a WARC (plain, or
 * gzipped a record at a time as WARC.gz files are) knows where it lies ({@link Record#location}), so a caller
 * can let it go and {@link #reread} it later instead of keeping a copy.
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

        /**
         * Where the record lies in its container, for {@link #reread}; null when it cannot be found again without
         * reading the container from its start: a gzipped JSON-lines file's, a WARC.gz's whose gzip member holds
         * other records too (one gzipped as one stream), a zstd WARC's, and a record that was not read whole.
         */
        default Location location() {
            return null;
        }
    }

    /**
     * Where a record lies in its container.
     *
     * @param offset the byte offset of its line (JSON lines) or of the record (WARC; in a WARC.gz, of its gzip
     *               member)
     * @param length its line's length in bytes (JSON lines; a WARC record's own headers tell it)
     * @param number its 1-based position: the line's number, or the record's among the WARC's HTML responses
     * @param check  a hash of the line's bytes, or of the WARC record's id: what is found there again is this
     *               record only if it has the same
     */
    public record Location(long offset, int length, int number, long check) {}

    /** Containers a {@link Rereader} keeps open at most (more are opened while they are being read). */
    public static final int DEFAULT_MAX_OPEN_FILES = 64;
    private static final com.dynatrace.hash4j.hashing.Hasher64 CHECK = com.dynatrace.hash4j.hashing.Hashing
            .komihash5_0();

    /** A record holding {@code bytes} bytes until {@code decode} decodes them, found again at {@code location}. */
    private static Record record(long bytes, Location location, java.util.function.Supplier<Decoded> decode) {
        return new Record() {
            @Override
            public Decoded decode() {
                return decode.get();
            }

            @Override
            public long bytes() {
                return bytes;
            }

            @Override
            public Location location() {
                return location;
            }
        };
    }

    /**
     * The record at {@code location} of a container file decoded again: what the record's {@link Record#decode}
     * gave, as long as the file has not changed since; a failed result when it cannot be read or holds no such
     * record now. Opens the file for this one record: a caller that reads many records again uses a
     * {@link #rereader()}.
     */
    public Decoded reread(InputFile file, Location location) {
        try (Rereader rereader = rereader()) {
            return rereader.reread(file, location);
        }
    }

    /** A reader of located records that keeps the containers it reads open, {@link #DEFAULT_MAX_OPEN_FILES} at most. */
    public Rereader rereader() {
        return rereader(DEFAULT_MAX_OPEN_FILES);
    }

    /** A reader of located records that keeps at most {@code maxOpenFiles} containers open between reads. */
    public Rereader rereader(int maxOpenFiles) {
        return new Rereader(maxOpenFiles);
    }

    /**
     * Reads records again from where they lie ({@link Record#location}), keeping the JSON-lines files it read last
     * open (the least recently read closed past the maximum; a WARC is opened for each record, which is a whole
     * page). Once closed, it closes every file and reads no more: each read is then a failed result. Thread-safe.
     */
    public final class Rereader implements AutoCloseable {
        private final int maxOpen;
        /** Open files, least recently read first. */
        private final java.util.LinkedHashMap<java.nio.file.Path, Open> open =
                new java.util.LinkedHashMap<>(16, 0.75f, true);
        private boolean closed;

        /** An open file and the reads that use it now: it is closed when it is dropped and none does. */
        private static final class Open {
            final java.nio.channels.FileChannel channel;
            int users;
            boolean dropped;

            Open(java.nio.channels.FileChannel channel) {
                this.channel = channel;
            }
        }

        private Rereader(int maxOpen) {
            this.maxOpen = Validate.positive(maxOpen, "maxOpenFiles");
        }

        /** See {@link ContainerReader#reread}. */
        public Decoded reread(InputFile file, Location location) {
            Validate.notNull(file, "file");
            Validate.notNull(location, "location");
            try {
                Decoded decoded;
                if (file.container() == Container.WARC) {
                    decoded = rereadWarc(file, location);
                } else {
                    Validate.isTrue(file.container() == Container.JSONL && !file.gzip(), "no located records in "
                            + file.path());
                    decoded = rereadLine(file, location);
                }
                return decoded != null ? decoded : new Decoded(null, List.of(Problem.error(Decoder.READ,
                        "cannot read " + where(file, location) + ": the record is no longer there")));
            } catch (IOException | RuntimeException e) {
                return new Decoded(null, List.of(Problem.error(Decoder.READ,
                        "cannot read " + where(file, location) + ": " + e)));
            }
        }

        /** Where a record lies, for a failure's message (made only on failure: a reread is per document). */
        private static String where(InputFile file, Location location) {
            return file.path() + " at byte " + location.offset();
        }

        private Decoded rereadLine(InputFile file, Location at) throws IOException {
            java.nio.ByteBuffer line = java.nio.ByteBuffer.allocate(at.length());
            Open opened = acquire(file.path());
            try {
                long position = at.offset();
                while (line.hasRemaining()) {
                    int read = opened.channel.read(line, position);
                    if (read < 0) return null; // the file is shorter now
                    position += read;
                }
            } finally {
                release(opened);
            }
            byte[] bytes = line.array();
            if (CHECK.hashBytesToLong(bytes) != at.check()) return null; // another line now
            return jsonLine(file, at.number(), bytes);
        }

        /** The path's open file, opened now if it is not (or was closed under a read that was interrupted). */
        private synchronized Open acquire(java.nio.file.Path path) throws IOException {
            if (closed) throw new java.nio.channels.ClosedChannelException();
            Open file = open.get(path);
            if (file == null || !file.channel.isOpen()) {
                if (file != null) drop(path, file);
                file = new Open(java.nio.channels.FileChannel.open(path));
                open.put(path, file);
                // past the maximum, the least recently read files no read uses now are closed
                var eldest = open.entrySet().iterator();
                while (open.size() > maxOpen && eldest.hasNext()) {
                    Open old = eldest.next().getValue();
                    if (old == file || old.users > 0) continue;
                    eldest.remove();
                    old.dropped = true;
                    closeQuietly(old.channel);
                }
            }
            file.users++;
            return file;
        }

        private synchronized void release(Open file) {
            file.users--;
            if (file.dropped && file.users == 0) closeQuietly(file.channel);
        }

        private void drop(java.nio.file.Path path, Open file) {
            open.remove(path);
            file.dropped = true;
            if (file.users == 0) closeQuietly(file.channel);
        }

        /** Files open now (for tests). */
        synchronized int openFiles() {
            return open.size();
        }

        @Override
        public synchronized void close() {
            closed = true;
            for (var e : List.copyOf(open.entrySet())) drop(e.getKey(), e.getValue());
        }
    }

    private static void closeQuietly(java.nio.channels.FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // opened for reading only: nothing is lost
        }
    }

    private Decoded rereadWarc(InputFile file, Location at) throws IOException {
        try (WarcReader reader = new WarcReader(file.path())) {
            reader.position(at.offset());
            java.util.Optional<WarcRecord> found = reader.next();
            if (found.isEmpty() || idCheck(found.get()) != at.check()) return null;
            Record record = warcRecord(file, at, found.get());
            return record == null ? null : record.decode();
        }
    }

    private static long idCheck(WarcRecord record) {
        return CHECK.hashCharsToLong(record.id().toString());
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
            } catch (RuntimeException | Error e) {
                throw new HandOnFailed(e);
            }
            handed[0]++;
        };
        try {
            if (file.container() == Container.WARC) warc(file, counted);
            else jsonl(file, counted);
        } catch (HandOnFailed e) {
            // the caller's failure, not the file's
            if (e.getCause() instanceof Error error) throw error;
            throw (RuntimeException) e.getCause();
        } catch (IOException | RuntimeException | LinkageError e) {
            // a LinkageError: a library part missing for this file (a class jwarc loads for a compression)
            List<Problem> problems = new ArrayList<>(file.problems());
            String after = handed[0] == 0 ? "" : " after " + handed[0] + " records";
            problems.add(Problem.error(Decoder.READ, "cannot read " + file.path() + after + ": "
                    + (e instanceof LinkageError ? e.toString() : e.getMessage())));
            Decoded failed = new Decoded(null, problems);
            each.accept(() -> failed);
        }
    }

    /**
     * The record, its unforeseen failures (a bug, or a class missing for its decoding) made the record's failed
     * result rather than the run's.
     */
    private static Record guarded(Record record) {
        return record(record.bytes(), record.location(), () -> {
            try {
                return record.decode();
            } catch (RuntimeException | LinkageError e) {
                return new Decoded(null, List.of(Problem.error(Decoder.DECODE, "cannot decode a record: " + e)));
            }
        });
    }

    /** A failure of the consumer a record was handed to, carried past the file's own failures. */
    private static final class HandOnFailed extends RuntimeException {
        HandOnFailed(Throwable cause) {
            super(cause);
        }
    }

    private void warc(InputFile file, Consumer<Record> out) throws IOException {
        int position = 0;
        // WarcReader recognises gzip by itself.
        try (java.nio.channels.FileChannel probe = java.nio.channels.FileChannel.open(file.path())) {
            // jwarc reads zstd with a library wirewash does not ship: say so, not which class is missing
            if (startsWith(probe, 0, ZSTD_START) || startsWithSkippableFrame(probe)) {
                throw new IOException("a zstd-compressed WARC, which wirewash does not read: recompress it with gzip "
                        + "(a record at a time, as crawlers write WARC.gz)");
            }
        }
        try (WarcReader reader = new WarcReader(file.path());
             java.nio.channels.FileChannel probe = java.nio.channels.FileChannel.open(file.path());
             WarcReader again = new WarcReader(java.nio.channels.FileChannel.open(file.path()))) {
            byte[] start = switch (reader.compression()) {
                case NONE -> WARC_START;
                case GZIP -> GZIP_START;
                default -> null; // not found again (zstd: its dictionary lies at the file's start)
            };
            for (WarcRecord warc : reader) {
                if (!isHtmlResponse(warc)) continue;
                position++;
                // jwarc gives an offset for every record, but in a WARC.gz it is where the gzip member after the
                // record's starts when the record's holds others too: a record is located only when it is found
                // at its offset, read here again
                long offset = reader.position();
                long check = idCheck(warc);
                boolean located = start != null && startsWith(probe, offset, start) && foundAt(again, offset, check);
                Record record = warcRecord(file, new Location(located ? offset : -1, 0, position, check), warc);
                if (record != null) out.accept(record);
            }
        }
    }

    /** Whether the WARC's record at the offset has the id {@code check} is the hash of. */
    private static boolean foundAt(WarcReader reader, long offset, long check) {
        try {
            reader.position(offset);
            java.util.Optional<WarcRecord> found = reader.next();
            return found.isPresent() && idCheck(found.get()) == check;
        } catch (IOException | RuntimeException e) {
            return false; // not a record's start
        }
    }

    /** The bytes a WARC record starts with, and a gzip member's (magic number, then deflate). */
    private static final byte[] WARC_START = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_START = {0x1f, (byte) 0x8b, 0x08};
    /** The bytes a zstd frame starts with (its magic number, little-endian). */
    private static final byte[] ZSTD_START = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};

    /**
     * Whether the file starts with a zstd skippable frame (magic 0x184D2A50 to 0x184D2A5F, little-endian): where a
     * {@code .warc.zst} keeps its dictionary, before its first record's frame.
     */
    private static boolean startsWithSkippableFrame(java.nio.channels.FileChannel channel) throws IOException {
        byte[] b = bytesAt(channel, 0, 4);
        return b != null && (b[0] & 0xf0) == 0x50 && b[1] == 0x2a && b[2] == 0x4d && b[3] == 0x18;
    }

    private static boolean startsWith(java.nio.channels.FileChannel channel, long offset, byte[] start)
            throws IOException {
        return Arrays.equals(bytesAt(channel, offset, start.length), start);
    }

    /** The {@code length} bytes at the offset, or null when the file ends before them. */
    private static byte[] bytesAt(java.nio.channels.FileChannel channel, long offset, int length) throws IOException {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(length);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, offset + bytes.position()) < 0) return null;
        }
        return bytes.array();
    }

    private static boolean isHtmlResponse(WarcRecord record) throws IOException {
        return record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)
                && response.http().contentType().base().equals(MediaType.HTML);
    }

    /**
     * The WARC's record at {@code at} (located when its offset is known) as a record to decode, or null when it is
     * not an HTML response or has no body.
     */
    private Record warcRecord(InputFile file, Location at, WarcRecord warc) throws IOException {
        if (!isHtmlResponse(warc)) return null;
        WarcResponse response = (WarcResponse) warc;
        String id = file.id() + POSITION_SEPARATOR + at.number();
        String source = file.path() + POSITION_SEPARATOR + at.number();
        byte[] body;
        try (InputStream in = response.http().bodyDecoded().stream()) {
            body = Decoder.readAtMost(in, decoder.maxBytes());
        }
        if (body.length == 0) return null;
        Metadata known = Metadata.EMPTY.withUrl(response.target()).withPublished(response.date().toString());
        return record(body.length, at.offset() < 0 ? null : at, () -> withKnown(decoder.decode(id, source, body,
                Format.HTML, false), known));
    }

    private void jsonl(InputFile file, Consumer<Record> out) throws IOException {
        // the file is closed too when it is not gzip (GZIPInputStream's constructor throws)
        try (InputStream raw = Files.newInputStream(file.path());
             LineReader lines = new LineReader(file.gzip() ? new GZIPInputStream(raw) : raw)) {
            int number = 0;
            byte[] line;
            while ((line = lines.next()) != null) {
                number++;
                if (line.length == 0) continue;
                byte[] bytes = line;
                int at = number;
                // a gzipped file's offsets are in the inflated stream, where no one can seek
                Location location = file.gzip() ? null : new Location(lines.lineStart(), line.length, number,
                        CHECK.hashBytesToLong(line));
                out.accept(record(bytes.length, location, () -> jsonLine(file, at, bytes)));
            }
        }
    }

    /** A JSON line (its UTF-8 bytes) decoded: null when it is blank. */
    private Decoded jsonLine(InputFile file, int number, byte[] line) {
        JsonNode node = startsPlainly(line) && Decoder.isUtf8(line, 0) ? treeOfBytes(line) : null;
        if (node == null) {
            // decoded first as a whole line: a malformed byte is U+FFFD, as a String makes it, and what is not JSON
            // is reported in the words of the parser of text
            String text = new String(line, StandardCharsets.UTF_8);
            if (text.isBlank()) return null;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return new Decoded(null, List.of(Problem.error(Decoder.DECODE, file.path() + ":" + number
                        + ": not JSON: " + e.getOriginalMessage())));
            }
        }
        String source = file.path() + ":" + number;
        JsonNode html = node.get("html");
        JsonNode text = node.get("text");
        JsonNode markdown = node.get("markdown");
        Format format = html != null && html.isTextual() ? Format.HTML : Format.TEXT;
        String content = format == Format.HTML ? html.asText() : text != null && text.isTextual() ? text.asText()
                : markdown != null && markdown.isTextual() ? markdown.asText() : null;
        if (content == null || content.isBlank()) {
            return new Decoded(null, List.of(Problem.error(Decoder.DECODE,
                    source + ": no 'html', 'text' or 'markdown' string field")));
        }
        String positional = file.id() + POSITION_SEPARATOR + number;
        String given = textField(node, "id", positional);
        String id = namesAFile(given) ? given : positional;
        List<Problem> problems = id.equals(given) ? List.of() : List.of(Problem.warning(Decoder.DECODE,
                source + ": id '" + given + "' cannot name its clean/ file (it holds a '/', '\\' or NUL, or "
                        + "is longer than " + MAX_ID_BYTES + " bytes); this document is '" + id + "'"));
        String url = textField(node, "url", null);
        content = content.replace("\r\n", "\n").replace('\r', '\n');
        if (format == Format.TEXT) {
            // a 'markdown' field is Markdown; a 'text' field is read as Markdown when it looks like it
            content = text != null && text.isTextual()
                    ? decoder.readText(content)
                    : decoder.markdown().toTextDump(content);
        }
        return new Decoded(new RawDocument(id, source, format, content, Metadata.EMPTY.withUrl(url)), problems);
    }

    /**
     * The tree of a line of well-formed UTF-8, parsed from the bytes (twice as fast as from the line's text); null
     * when it is blank or not JSON, which the parser of text then reports. Well-formed UTF-8 decodes to the same
     * text in both parsers, so they read the same JSON; a line with malformed bytes is decoded first, each such
     * byte made U+FFFD as a String makes it.
     */
    private static JsonNode treeOfBytes(byte[] line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether the parser of bytes reads the line's start as UTF-8 text, as the parser of text does: it takes a
     * byte order mark there for none (the text's U+FEFF is not JSON), and NUL bytes among the first four for
     * UTF-16 or UTF-32.
     */
    private static boolean startsPlainly(byte[] line) {
        for (int i = 0; i < Math.min(4, line.length); i++) if (line[i] == 0) return false;
        return line.length < 3 || line[0] != (byte) 0xef || line[1] != (byte) 0xbb || line[2] != (byte) 0xbf;
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
        /** The stream's bytes before the buffer's first. */
        private long bufferStart;
        /** Where the line {@link #next} gave last starts in the stream. */
        private long lineStart;
        /** Whether the next line is the stream's first, which may start with a byte order mark. */
        private boolean first = true;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its end, or null at the end of the stream. */
        byte[] next() throws IOException {
            java.io.ByteArrayOutputStream longLine = null;
            while (true) {
                if (position == limit) {
                    bufferStart += limit;
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return longLine == null ? null : withoutByteOrderMark(longLine.toByteArray());
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
                if (longLine == null) lineStart = bufferStart + start;
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
                return withoutByteOrderMark(line);
            }
        }

        /**
         * The line without the UTF-8 byte order mark some tools write at a file's start (the first line's only),
         * so that it is JSON; its start moves past the mark.
         */
        private byte[] withoutByteOrderMark(byte[] line) {
            if (!first) return line;
            first = false;
            if (line.length < 3 || line[0] != (byte) 0xef || line[1] != (byte) 0xbb || line[2] != (byte) 0xbf) {
                return line;
            }
            lineStart += 3;
            return Arrays.copyOfRange(line, 3, line.length);
        }

        /** The stream offset of the last line's first byte. */
        long lineStart() {
            return lineStart;
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
