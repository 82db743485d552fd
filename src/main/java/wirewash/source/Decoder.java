package wirewash.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import wirewash.internal.Validate;
import wirewash.model.Format;
import wirewash.model.Problem;
import wirewash.model.RawDocument;

/**
 * Turns an input's bytes into a {@link RawDocument}: un-gzips them, picks the charset, decodes, strips a leading
 * byte-order mark and normalises line endings to {@code \n}. A document that cannot be decoded (unreadable,
 * corrupt gzip, empty, binary, too large) gives an error {@link Problem} instead of an exception.
 *
 * <p>The charset is chosen in this order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); for HTML, a
 * {@code <meta charset>}, {@code http-equiv} content-type or XML declaration in the first
 * {@code sniffBytes}; else strict UTF-8; else windows-1252 with a warning. Declared labels are read as browsers
 * read them (WHATWG Encoding): ISO-8859-1 and ASCII mean windows-1252, and a UTF-16 label in a byte-readable
 * declaration means UTF-8.
 */
public final class Decoder {
    /** Inputs larger than this (after un-gzipping) are refused rather than held in memory. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
    /** Above this share of control characters the content is taken as binary. */
    public static final double DEFAULT_MAX_CONTROL_SHARE = 0.05;
    /** How far into the content to look for a charset declaration, and for HTML tags when sniffing the format. */
    public static final int DEFAULT_SNIFF_BYTES = 4096;

    static final String READ = "read";
    static final String DECODE = "decode";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Inflater input buffer: larger than the JDK's 512 bytes, for fewer native calls per page. */
    private static final int GZIP_BUFFER_BYTES = 64 * 1024;
    /** Labels the WHATWG Encoding standard maps to windows-1252. */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of("ansi_x3.4-1968", "ascii", "cp1252", "cp819",
            "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
            "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:!doctype\\s+html|html|body|div|p)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private final int maxBytes;
    private final double maxControlShare;
    private final int sniffBytes;
    private final MarkdownText markdown = new MarkdownText();
    private final BrowserDumpText browserDump = new BrowserDumpText();

    public Decoder() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_CONTROL_SHARE, DEFAULT_SNIFF_BYTES);
    }

    /**
     * @param maxBytes        largest input accepted, in bytes after un-gzipping
     * @param maxControlShare share of control characters above which content is binary
     * @param sniffBytes      how many leading bytes to search for a charset declaration or HTML tags
     */
    public Decoder(int maxBytes, double maxControlShare, int sniffBytes) {
        this.maxBytes = Validate.positive(maxBytes, "maxBytes");
        this.maxControlShare = Validate.fraction(maxControlShare, "maxControlShare");
        this.sniffBytes = Validate.positive(sniffBytes, "sniffBytes");
    }

    /** How a text's content is read: a Markdown page as a plain-text dump ({@link MarkdownText}). */
    public MarkdownText markdown() {
        return markdown;
    }

    /**
     * A text's content as the plain-text dump the text chain cleans: a Markdown page read as a dump
     * ({@link MarkdownText}), a text browser's numbered dump without its numbers and address list
     * ({@link BrowserDumpText}); any other text unchanged.
     */
    public String readText(String content) {
        return browserDump.decode(markdown.decode(content));
    }

    /** Largest input accepted, in bytes after un-gzipping. */
    public int maxBytes() {
        return maxBytes;
    }

    /** Reads and decodes a file; the file's own warnings (a renamed id) come first in the result. */
    public Decoded decode(InputFile file) {
        Validate.notNull(file, "file");
        return decode(file, readStored(file, maxBytes));
    }

    /**
     * A file's bytes as stored, read apart from decoding them (see {@link #read}), or the failure to read them.
     *
     * @param bytes   the bytes, null when reading failed
     * @param failure why reading failed, or null
     */
    public record Stored(byte[] bytes, IOException failure) {}

    /**
     * Reads a file's bytes as stored, for {@link #decode(InputFile, Stored)} to decode later, perhaps on another
     * thread; a failure to read is returned, not thrown.
     *
     * @param atMost the most bytes to read (at most {@link #maxBytes()})
     * @return the bytes or the failure, or null when the file holds more than {@code atMost} bytes and less than
     * the whole file was asked for: the caller then decodes the file with {@link #decode(InputFile)}
     */
    public Stored read(InputFile file, int atMost) {
        Validate.notNull(file, "file");
        Validate.isTrue(atMost >= 0 && atMost <= maxBytes, "atMost must be between 0 and maxBytes");
        Stored stored = readStored(file, atMost);
        return stored.bytes() != null && stored.bytes().length > atMost && atMost < maxBytes ? null : stored;
    }

    /** Decodes a file's bytes that {@link #read} read; the same result as {@link #decode(InputFile)}. */
    public Decoded decode(InputFile file, Stored stored) {
        Validate.notNull(file, "file");
        Validate.notNull(stored, "stored");
        String source = file.path().toString();
        List<Problem> problems = new ArrayList<>(file.problems());
        if (stored.bytes() == null) {
            problems.add(Problem.error(READ, "cannot read " + source + ": " + describe(stored.failure())));
            return new Decoded(null, problems);
        }
        Decoded decoded = decode(file.id(), source, stored.bytes(), file.format(), file.gzip());
        problems.addAll(decoded.problems());
        return new Decoded(decoded.document(), problems);
    }

    /** Up to {@code limit + 1} of the file's bytes, or the failure to read them. */
    private static Stored readStored(InputFile file, int limit) {
        try (InputStream in = Files.newInputStream(file.path())) {
            return new Stored(readAtMost(in, limit), null);
        } catch (IOException e) {
            return new Stored(null, e);
        }
    }

    /**
     * Decodes an input's bytes.
     *
     * @param id         the document's id
     * @param source     where the bytes came from, for messages and the document
     * @param bytes      the input as stored (gzipped when {@code gzip})
     * @param formatHint the format, or null to sniff it from the content
     * @param gzip       true when the bytes are gzip-compressed
     */
    public Decoded decode(String id, String source, byte[] bytes, Format formatHint, boolean gzip) {
        Validate.notBlank(id, "id");
        Validate.notNull(source, "source");
        Validate.notNull(bytes, "bytes");
        List<Problem> problems = new ArrayList<>();
        // Checked before and after un-gzipping: the stored bytes may already be over the limit, and reading
        // stops one byte past it either way.
        if (bytes.length > maxBytes) return failed(problems, tooLarge(source));
        if (gzip) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), GZIP_BUFFER_BYTES)) {
                bytes = readAtMost(in, maxBytes);
            } catch (IOException e) {
                return failed(problems, Problem.error(READ, "corrupt gzip data in " + source + ": " + describe(e)));
            }
            if (bytes.length > maxBytes) return failed(problems, tooLarge(source));
        }
        if (bytes.length == 0) return failed(problems, Problem.error(READ, source + " is empty (0 bytes)"));

        Charset bom = bomCharset(bytes);
        int bomLength = bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
        Format format = formatHint != null ? formatHint : sniffFormat(bytes, bom);
        List<Problem> charsetProblems = new ArrayList<>();
        String content = decodeText(bytes, bomLength, bom, format, charsetProblems);

        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') content = content.substring(1);
        // A charset warning about binary data is noise next to the error, so it is dropped.
        String binary = binaryReason(content);
        if (binary != null) return failed(problems, Problem.error(DECODE, source + " looks binary: " + binary));
        problems.addAll(charsetProblems);
        if (content.isBlank()) return failed(problems, Problem.error(DECODE, source + " contains only whitespace"));
        content = content.replace("\r\n", "\n").replace('\r', '\n');
        if (format == Format.TEXT) content = readText(content);
        return new Decoded(new RawDocument(id, source, format, content), problems);
    }

    /** Reads up to {@code limit + 1} bytes, so that a caller can tell an input over the limit. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    private Problem tooLarge(String source) {
        return Problem.error(READ, source + " is larger than " + maxBytes + " bytes; not read");
    }

    private static Decoded failed(List<Problem> problems, Problem error) {
        problems.add(error);
        return new Decoded(null, problems);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** The first bytes as text, good enough to find ASCII markup: by the BOM's charset, else byte for byte. */
    private String prefix(byte[] bytes, Charset bom) {
        int length = Math.min(bytes.length, sniffBytes);
        return new String(bytes, 0, length, bom != null ? bom : StandardCharsets.ISO_8859_1);
    }

    private Format sniffFormat(byte[] bytes, Charset bom) {
        String head = prefix(bytes, bom).replace("\uFEFF", "").strip();
        return head.startsWith("<") && HTML_TAG.matcher(head).find() ? Format.HTML : Format.TEXT;
    }

    private String decodeText(byte[] bytes, int offset, Charset bom, Format format, List<Problem> problems) {
        if (bom != null) return decodeReplacing(bytes, offset, bom, problems);
        if (format == Format.HTML) {
            Charset declared = declaredCharset(prefix(bytes, null), problems);
            if (declared != null) return decodeReplacing(bytes, offset, declared, problems);
        }
        try {
            return strict(bytes, offset, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(Problem.warning(DECODE, "not valid UTF-8; decoded as windows-1252"));
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    /** Decodes with the given charset, replacing invalid bytes with U+FFFD and saying so. */
    private static String decodeReplacing(byte[] bytes, int offset, Charset charset, List<Problem> problems) {
        try {
            return strict(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            problems.add(Problem.warning(DECODE, "not valid " + charset.name()
                    + "; invalid bytes replaced with U+FFFD"));
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        // Most input is UTF-8: checked by hand, then decoded by String's own fast path (same text, no copies).
        if (charset == StandardCharsets.UTF_8) {
            if (!isUtf8(bytes, offset)) throw new CharacterCodingException();
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        }
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /**
     * True when {@code bytes[offset..]} is well-formed UTF-8 (Unicode's table 3-7: no overlong forms, surrogates
     * or code points past U+10FFFF, no cut sequence): what the JDK's decoder accepts when told to report errors.
     */
    static boolean isUtf8(byte[] bytes, int offset) {
        int i = offset;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) low = 0xA0;
                if (b == 0xED) high = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) low = 0x90;
                if (b == 0xF4) high = 0x8F;
            } else {
                return false;
            }
            if (i + length > n) return false;
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) return false;
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) return false;
            }
            i += length;
        }
        return true;
    }

    /** The charset an HTML page declares in its first bytes, or null when none or an unknown one is declared. */
    private static Charset declaredCharset(String head, List<Problem> problems) {
        Matcher xml = XML_ENCODING.matcher(head);
        Matcher meta = META_CHARSET.matcher(head);
        String label = meta.find() ? meta.group(1) : xml.find() ? xml.group(1) : null;
        if (label == null) return null;
        String normalised = label.toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(normalised)) return WINDOWS_1252;
        // Markup readable as ASCII cannot be UTF-16, so browsers take a UTF-16 label to mean UTF-8.
        if (normalised.startsWith("utf-16") || normalised.startsWith("utf16")) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(label);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.warning(DECODE, "unknown declared charset '" + label + "'; ignored"));
            return null;
        }
    }

    /** Why the text looks binary, or null when it looks like text. */
    private String binaryReason(String text) {
        int controls = 0;
        boolean nul = false;
        // read from a copy: String.charAt per char costs a call and a check each where only the quick compiler ran
        for (char c : text.toCharArray()) {
            // Unicode's control characters (general category Cc) are U+0000-001F and U+007F-009F, and no others
            boolean control = c < 0x20 || c >= 0x7F && c < 0xA0;
            if (control && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
            nul |= c == 0;
        }
        if (nul) return "contains NUL bytes";
        double share = text.isEmpty() ? 0 : (double) controls / text.length();
        return share > maxControlShare
                ? String.format(Locale.ROOT, "%.0f%% control characters (more than %.0f%%)", share * 100,
                        maxControlShare * 100)
                : null;
    }
}
