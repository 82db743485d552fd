package wirewash.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wirewash.internal.Validate;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;
import wirewash.model.RawDocument;
import wirewash.model.Reason;
import wirewash.model.RemovedBlock;
import wirewash.source.Decoded;

/**
 * Keeps clean documents and their shingles on disk instead of on the heap: each is appended to one temp file as it
 * is cleaned and fingerprinted, and read back, equal, when an output or the verification of a candidate pair needs
 * it. So a run's heap holds each document's signature and a few fields, not its text, removed blocks and
 * shingles. The records of containers that cannot be read again from where they lie (a gzipped JSON-lines file's,
 * a WARC.gz's whose gzip members hold several records) and records that failed to decode wait in a spool too, as
 * decoded, until they are cleaned.
 *
 * <p>Strings are stored as their UTF-16 code units, each in one to three bytes (the encoding of
 * {@link java.io.DataOutput#writeUTF}, without its 64 KB limit), so any string, an unpaired surrogate included,
 * reads back exactly. Appending and reading are thread-safe. The file is opened with DELETE_ON_CLOSE: on Linux
 * and macOS it is unlinked at once and its space freed when the spool is closed or the JVM ends, whichever comes
 * first; elsewhere it is deleted on {@link #close} or at exit.
 *
 * <p>A removed block's reason is written as a number in the spool's table of reasons, which holds each distinct
 * reason once (a rule's reason carries the rule's whole text, and a batch repeats a few dozen reasons millions of
 * times: inline, they were 44% of a document's bytes on a synthetic 1M batch); past the table's capacity a
 * reason is written inline.
 */
public final class DocumentSpool implements AutoCloseable {
    private static final String PREFIX = "wirewash-spool-";
    private static final int NULL = -1;
    /** Distinct reasons the table keeps, at most; each is a few hundred bytes of heap. */
    public static final int DEFAULT_MAX_REASONS = 65_536;

    private final Path file;
    private final FileChannel channel;
    private final ReasonTable reasons;
    private long end;

    /** A new, empty spool file in {@code directory}. */
    public DocumentSpool(Path directory) {
        this(directory, DEFAULT_MAX_REASONS);
    }

    /** A new, empty spool file in {@code directory}, writing reasons past the first {@code maxReasons} inline. */
    DocumentSpool(Path directory, int maxReasons) {
        Validate.notNull(directory, "directory");
        this.reasons = new ReasonTable(maxReasons);
        try {
            Files.createDirectories(directory);
            this.file = Files.createTempFile(directory, PREFIX, ".tmp");
            this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a spool file in " + directory, e);
        }
        file.toFile().deleteOnExit();
    }

    /** Where one document lies in the spool. */
    public record Slot(long offset, int length) {}

    /** Appends the document; returns where to read it back. */
    public Slot append(CleanDocument document) {
        return appendBytes(encode(document, reasons));
    }

    /**
     * Appends an input as decoded (a container's record: its content, what is known of it, its problems);
     * returns where to read it back.
     */
    public Slot appendInput(Decoded input) {
        Encoder out = new Encoder();
        RawDocument doc = input.document();
        out.integer(doc == null ? 0 : 1);
        if (doc != null) {
            out.string(doc.id());
            out.string(doc.source());
            out.integer(doc.format().ordinal());
            out.string(doc.content());
            metadata(out, doc.known());
        }
        problems(out, input.problems());
        return appendBytes(out.bytes());
    }

    /** The input stored at the slot. */
    public Decoded readInput(Slot slot) {
        ByteBuffer in = readBytes(slot);
        RawDocument doc = null;
        if (in.getInt() == 1) {
            String id = string(in);
            String source = string(in);
            Format format = Format.values()[in.getInt()];
            String content = string(in);
            doc = new RawDocument(id, source, format, content, metadata(in));
        }
        return new Decoded(doc, problems(in));
    }

    /** Appends a document's shingles (or any longs); returns where to read them back. */
    public Slot appendShingles(long[] shingles) {
        ByteBuffer buffer = ByteBuffer.allocate(shingles.length * Long.BYTES);
        buffer.asLongBuffer().put(shingles);
        return appendBytes(buffer.array());
    }

    /** The shingles stored at the slot. */
    public long[] readShingles(Slot slot) {
        long[] shingles = new long[slot.length() / Long.BYTES];
        readBytes(slot).asLongBuffer().get(shingles);
        return shingles;
    }

    private Slot appendBytes(byte[] bytes) {
        long offset;
        synchronized (this) {
            offset = end;
            end += bytes.length;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long at = offset;
            while (buffer.hasRemaining()) at += channel.write(buffer, at);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spool file " + file, e);
        }
        return new Slot(offset, bytes.length);
    }

    /** The document stored at the slot. */
    public CleanDocument read(Slot slot) {
        return decode(readBytes(slot), reasons);
    }

    private ByteBuffer readBytes(Slot slot) {
        ByteBuffer buffer = ByteBuffer.allocate(slot.length());
        try {
            long at = slot.offset();
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, at);
                if (read < 0) throw new IOException("spool file ends before " + slot);
                at += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spool file " + file, e);
        }
        buffer.flip();
        return buffer;
    }

    /** Bytes written so far. */
    public synchronized long size() {
        return end;
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the spool file " + file, e);
        }
    }

    static byte[] encode(CleanDocument doc, ReasonTable reasons) {
        Encoder out = new Encoder();
        out.string(doc.id());
        out.string(doc.source());
        out.integer(doc.format().ordinal());
        metadata(out, doc.metadata());
        out.integer(doc.paragraphs().size());
        for (String paragraph : doc.paragraphs()) out.string(paragraph);
        out.integer(doc.removed().size());
        for (RemovedBlock block : doc.removed()) {
            out.integer(block.index());
            out.string(block.text());
            Reason reason = block.reason();
            int number = reasons.numberOf(reason);
            out.integer(number);
            if (number == ReasonTable.INLINE) {
                out.string(reason.code());
                out.string(reason.origin());
                out.string(reason.detail());
            }
        }
        problems(out, doc.problems());
        return out.bytes();
    }

    private static void metadata(Encoder out, Metadata meta) {
        out.string(meta.title());
        out.string(meta.byline());
        out.string(meta.published());
        out.string(meta.site());
        out.string(meta.url());
        out.string(meta.language());
    }

    private static Metadata metadata(ByteBuffer in) {
        return new Metadata(string(in), string(in), string(in), string(in), string(in), string(in));
    }

    private static void problems(Encoder out, List<Problem> problems) {
        out.integer(problems.size());
        for (Problem problem : problems) {
            out.integer(problem.severity().ordinal());
            out.string(problem.stage());
            out.string(problem.message());
        }
    }

    private static List<Problem> problems(ByteBuffer in) {
        int count = in.getInt();
        List<Problem> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            problems.add(new Problem(Problem.Severity.values()[in.getInt()], string(in), string(in)));
        }
        return problems;
    }

    static CleanDocument decode(ByteBuffer in, ReasonTable reasons) {
        String id = string(in);
        String source = string(in);
        Format format = Format.values()[in.getInt()];
        Metadata meta = metadata(in);
        int paragraphCount = in.getInt();
        List<String> paragraphs = new ArrayList<>(paragraphCount);
        for (int i = 0; i < paragraphCount; i++) paragraphs.add(string(in));
        int removedCount = in.getInt();
        List<RemovedBlock> removed = new ArrayList<>(removedCount);
        for (int i = 0; i < removedCount; i++) {
            int index = in.getInt();
            String text = string(in);
            int number = in.getInt();
            Reason reason = number == ReasonTable.INLINE ? new Reason(string(in), string(in), string(in))
                    : reasons.get(number);
            removed.add(new RemovedBlock(index, text, reason));
        }
        List<Problem> problems = problems(in);
        return new CleanDocument(id, source, format, meta, paragraphs, removed, problems);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length == NULL) return null;
        if (in.hasArray() && length <= in.remaining()) {
            // most strings are ASCII, one byte a char (a char 0 takes two bytes, so no byte here is 0): made
            // from the bytes at once rather than char by char
            byte[] array = in.array();
            int start = in.arrayOffset() + in.position();
            int i = 0;
            while (i < length && array[start + i] >= 0) i++;
            if (i == length) {
                in.position(in.position() + length);
                return new String(array, start, length, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int b = in.get() & 0xFF;
            if (b < 0x80) {
                chars[i] = (char) b;
            } else if (b < 0xE0) {
                chars[i] = (char) (((b & 0x1F) << 6) | (in.get() & 0x3F));
            } else {
                chars[i] = (char) (((b & 0x0F) << 12) | ((in.get() & 0x3F) << 6) | (in.get() & 0x3F));
            }
        }
        return new String(chars);
    }

    /**
     * The distinct reasons a spool has written, numbered in the order first met (which depends on the threads'
     * timing, and on nothing read back). Thread-safe.
     */
    static final class ReasonTable {
        /** The number written for a reason the table has no room for, which follows inline. */
        static final int INLINE = -1;

        private final int capacity;
        private final java.util.concurrent.ConcurrentHashMap<Reason, Integer> numbers =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Reason> byNumber = new ArrayList<>();

        ReasonTable(int capacity) {
            this.capacity = Validate.atLeast(capacity, 0, "maxReasons");
        }

        /** The reason's number, given it now if it has none and there is room; else {@link #INLINE}. */
        int numberOf(Reason reason) {
            Integer number = numbers.get(reason);
            if (number != null) return number;
            synchronized (this) {
                number = numbers.get(reason);
                if (number != null) return number;
                if (byNumber.size() >= capacity) return INLINE;
                byNumber.add(reason);
                numbers.put(reason, byNumber.size() - 1);
                return byNumber.size() - 1;
            }
        }

        synchronized Reason get(int number) {
            return byNumber.get(number);
        }
    }

    /** A growing byte array with the two field encodings the spool uses. */
    private static final class Encoder {
        private byte[] bytes = new byte[1024];
        private int length;

        void integer(int value) {
            ensure(4);
            bytes[length++] = (byte) (value >>> 24);
            bytes[length++] = (byte) (value >>> 16);
            bytes[length++] = (byte) (value >>> 8);
            bytes[length++] = (byte) value;
        }

        void string(String value) {
            if (value == null) {
                integer(NULL);
                return;
            }
            int n = value.length();
            integer(n);
            ensure(n * 3);
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                if (c > 0 && c < 0x80) {
                    bytes[length++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[length++] = (byte) (0xC0 | (c >> 6));
                    bytes[length++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    bytes[length++] = (byte) (0xE0 | (c >> 12));
                    bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    bytes[length++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }

        private void ensure(int more) {
            if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
