package wirewash.source;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.model.Format;
import wirewash.model.Problem;

class DecoderTest {
    private final Decoder decoder = new Decoder();

    private Decoded decode(byte[] bytes, Format hint) {
        return decoder.decode("doc", "doc.src", bytes, hint, false);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static List<String> messages(Decoded decoded) {
        return decoded.problems().stream().map(Problem::message).toList();
    }

    private static Problem onlyError(Decoded decoded) {
        assertThat(decoded.document()).isNull();
        assertThat(decoded.problems()).singleElement().satisfies(p -> assertThat(p.isError()).isTrue());
        return decoded.problems().get(0);
    }

    @Test
    void decodesUtf8() {
        Decoded decoded = decode("Zürich — “quoted” 東京".getBytes(UTF_8), Format.TEXT);

        assertThat(decoded.document().content()).isEqualTo("Zürich — “quoted” 東京");
        assertThat(decoded.document().id()).isEqualTo("doc");
        assertThat(decoded.document().source()).isEqualTo("doc.src");
        assertThat(decoded.problems()).isEmpty();
    }

    @Test
    void readsATextThatLooksLikeMarkdownAsATextDumpAndLeavesHtmlAndPlainTextAsTheyAre() {
        String page = "* [Home](/)\n* [World](/world)\n\nThe [council](/c) met on **Monday**.\n";

        assertThat(decode(page.getBytes(UTF_8), null).document().content())
                .isEqualTo("Home\nWorld\n\nThe council met on Monday.\n");
        assertThat(decode(page.getBytes(UTF_8), Format.TEXT).document().format()).isEqualTo(Format.TEXT);
        String html = "<html><body><p>[a](/a) [b](/b) [c](/c)</p></body></html>";
        assertThat(decode(html.getBytes(UTF_8), null).document().content()).isEqualTo(html);
        assertThat(decode("Prices [1] rose (see note).".getBytes(UTF_8), Format.TEXT).document().content())
                .isEqualTo("Prices [1] rose (see note).");
    }

    @Test
    void readsATextBrowsersNumberedDumpWithoutItsLinkNumbersAndItsListOfAddresses() {
        String page = "   [1]Home [2]World\n\n   The [3]council met on Monday.\n\nReferences\n\n"
                + "   1. https://example.com/\n   2. https://example.com/world\n   3. https://example.com/c\n";

        assertThat(decode(page.getBytes(UTF_8), Format.TEXT).document().content())
                .isEqualTo("   Home World\n\n   The council met on Monday.\n");
        assertThat(decode(page.getBytes(UTF_8), Format.HTML).document().content()).isEqualTo(page);
    }

    @Test
    void stripsUtf8ByteOrderMark() {
        Decoded decoded = decode(concat(bytes(0xEF, 0xBB, 0xBF), "café".getBytes(UTF_8)), Format.TEXT);

        assertThat(decoded.document().content()).isEqualTo("café");
    }

    @Test
    void decodesUtf16LittleEndianByItsByteOrderMark() {
        Decoded decoded = decode(concat(bytes(0xFF, 0xFE), "naïve text".getBytes(UTF_16LE)), Format.TEXT);

        assertThat(decoded.document().content()).isEqualTo("naïve text");
        assertThat(decoded.problems()).isEmpty();
    }

    @Test
    void fallsBackToWindows1252WithAWarning() {
        byte[] cp1252 = concat("caf".getBytes(UTF_8), bytes(0xE9), " it".getBytes(UTF_8), bytes(0x92), "s".getBytes(UTF_8));

        Decoded decoded = decode(cp1252, Format.TEXT);

        assertThat(decoded.document().content()).isEqualTo("café it’s");
        assertThat(decoded.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).isEqualTo("not valid UTF-8; decoded as windows-1252");
        });
    }

    @Test
    void honoursMetaCharsetIso88591AsBrowsersDo() {
        byte[] html = concat("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".getBytes(UTF_8),
                bytes(0xE9), " ".getBytes(UTF_8), bytes(0x93), "hi".getBytes(UTF_8), bytes(0x94),
                "</p></body></html>".getBytes(UTF_8));

        Decoded decoded = decode(html, Format.HTML);

        assertThat(decoded.document().content()).contains("<p>café “hi”</p>");
        assertThat(decoded.problems()).isEmpty();
    }

    @Test
    void honoursHttpEquivContentType() {
        byte[] html = concat(("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                + "charset=ISO-8859-15\"></head><body><p>").getBytes(UTF_8), bytes(0xA4), "5</p>".getBytes(UTF_8));

        assertThat(decode(html, Format.HTML).document().content()).contains("<p>€5</p>");
    }

    @Test
    void unknownDeclaredCharsetIsIgnoredWithAWarning() {
        byte[] html = "<html><meta charset=\"klingon-8\"><body><p>Zürich</p>".getBytes(UTF_8);

        Decoded decoded = decode(html, Format.HTML);

        assertThat(decoded.document().content()).contains("Zürich");
        assertThat(messages(decoded)).containsExactly("unknown declared charset 'klingon-8'; ignored");
    }

    @Test
    void charsetDeclarationsInTextAreNotRead() {
        byte[] text = "<meta charset=\"iso-8859-5\"> was the tag; Zürich".getBytes(UTF_8);

        assertThat(decode(text, Format.TEXT).document().content()).endsWith("Zürich");
    }

    @Test
    void gunzips() throws IOException {
        Decoded decoded = decoder.decode("doc", "doc.txt.gz", gzip("zipped news".getBytes(UTF_8)), Format.TEXT, true);

        assertThat(decoded.document().content()).isEqualTo("zipped news");
    }

    @Test
    void corruptGzipIsAnError() throws IOException {
        byte[] zipped = gzip("zipped news, long enough to be cut short".getBytes(UTF_8));
        byte[] truncated = Arrays.copyOf(zipped, zipped.length / 2);

        Problem error = onlyError(decoder.decode("doc", "doc.txt.gz", truncated, Format.TEXT, true));

        assertThat(error.message()).startsWith("corrupt gzip data in doc.txt.gz");
        assertThat(error.stage()).isEqualTo("read");
    }

    @Test
    void emptyInputIsAnError() {
        assertThat(onlyError(decode(new byte[0], Format.TEXT)).message()).isEqualTo("doc.src is empty (0 bytes)");
    }

    @Test
    void whitespaceOnlyInputIsAnError() {
        byte[] blank = concat(bytes(0xEF, 0xBB, 0xBF), " \r\n\t \n".getBytes(UTF_8));

        assertThat(onlyError(decode(blank, Format.TEXT)).message()).isEqualTo("doc.src contains only whitespace");
    }

    @Test
    void contentWithNulBytesIsBinary() {
        byte[] png = concat(bytes(0x89), "PNG".getBytes(UTF_8), bytes(0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D));

        assertThat(onlyError(decode(png, null)).message()).isEqualTo("doc.src looks binary: contains NUL bytes");
    }

    @Test
    void contentFullOfControlCharactersIsBinary() {
        byte[] noisy = concat("abcdefgh".getBytes(UTF_8), bytes(1, 2, 3, 4, 5, 6, 7, 8));

        assertThat(onlyError(decode(noisy, Format.TEXT)).message()).contains("control characters");
    }

    @Test
    void theC1ControlsCountAsControlsAndFormatOrSeparatorCharactersDoNot() {
        // U+0080-009F are controls (category Cc) as U+0000-001F are; zero-width and bidi marks (Cf), line and
        // paragraph separators (Zl, Zp) and private-use characters are not, however many a text holds
        String c1 = "abcd" + "\u0085\u0086\u0090\u009f".repeat(2);
        String other = "abcd" + "\u200b\u200e\u2028\u2029\ue000\ufeff\u00a0\u00ad".repeat(4);

        assertThat(onlyError(decode(c1.getBytes(UTF_8), Format.TEXT)).message()).contains("control characters");
        assertThat(decode(other.getBytes(UTF_8), Format.TEXT).ok()).isTrue();
        long controls = java.util.stream.IntStream.rangeClosed(0, 0xFFFF)
                .filter(c -> Character.getType(c) == Character.CONTROL).count();
        assertThat(controls).as("Unicode's Cc, which the decoder counts by range").isEqualTo(0x20 + 0x21);
    }

    @Test
    void normalisesLineEndings() {
        Decoded decoded = decode("one\r\ntwo\rthree\n".getBytes(UTF_8), Format.TEXT);

        assertThat(decoded.document().content()).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void sniffsHtmlWhenNoFormatIsGiven() {
        Decoded decoded = decode("\n  <!DOCTYPE html><html><body><p>Hi</p></body></html>".getBytes(UTF_8), null);

        assertThat(decoded.document().format()).isEqualTo(Format.HTML);
    }

    @Test
    void sniffsTextWhenNoFormatIsGiven() {
        assertThat(decode("Plain <b>words</b> first".getBytes(UTF_8), null).document().format())
                .isEqualTo(Format.TEXT);
        assertThat(decode("<<< BREAKING >>> no tags".getBytes(UTF_8), null).document().format())
                .isEqualTo(Format.TEXT);
    }

    @Test
    void refusesInputsOverTheSizeLimit() {
        Decoder small = new Decoder(10, Decoder.DEFAULT_MAX_CONTROL_SHARE, Decoder.DEFAULT_SNIFF_BYTES);

        Problem error = onlyError(small.decode("doc", "doc.src", new byte[11], Format.TEXT, false));

        assertThat(error.message()).isEqualTo("doc.src is larger than 10 bytes; not read");
    }

    @Test
    void readsAFileAndKeepsItsWarnings(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("a.html.gz");
        Files.write(path, gzip("<html><body><p>Hello</p></body></html>".getBytes(UTF_8)));
        Problem renamed = Problem.warning("read", "renamed");

        Decoded decoded = decoder.decode(new InputFile(path, "a~2", Format.HTML, true, List.of(renamed)));

        assertThat(decoded.document().id()).isEqualTo("a~2");
        assertThat(decoded.document().source()).isEqualTo(path.toString());
        assertThat(decoded.document().content()).contains("<p>Hello</p>");
        assertThat(decoded.problems()).containsExactly(renamed);
    }

    @Test
    void unreadableFileIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("gone.txt");

        Problem error = onlyError(decoder.decode(new InputFile(missing, "gone", Format.TEXT, false)));

        assertThat(error.message()).startsWith("cannot read " + missing + ": NoSuchFileException");
    }

    /**
     * Reading apart from decoding: the same document and problems as decoding the file at once; a file longer than
     * asked for gives null; a missing file gives its failure, decoded into the same error.
     */
    @Test
    void readThenDecodeEqualsDecodingAtOnce(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("a.html.gz");
        Files.write(path, gzip("<html><body><p>Hello</p></body></html>".getBytes(UTF_8)));
        InputFile file = new InputFile(path, "a~2", Format.HTML, true, List.of(Problem.warning("read", "renamed")));
        long stored = Files.size(path);

        assertThat(decoder.decode(file, decoder.read(file, (int) stored))).isEqualTo(decoder.decode(file));
        assertThat(decoder.read(file, (int) stored - 1)).isNull();
        InputFile missing = new InputFile(dir.resolve("gone.txt"), "gone", Format.TEXT, false);
        Decoder.Stored failed = decoder.read(missing, 100);
        assertThat(failed.bytes()).isNull();
        assertThat(decoder.decode(missing, failed)).isEqualTo(decoder.decode(missing));
    }

    @Test
    void utf8CheckAgreesWithTheJdkDecoderOnEveryByteSequence() {
        // Seeded random sequences of bytes that sit on UTF-8's edges: lead bytes, continuation bounds, ASCII.
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        java.util.Random random = new java.util.Random(42);
        int disagreements = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) edges[random.nextInt(edges.length)];
            boolean jdk;
            try {
                UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes));
                jdk = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }
            if (jdk != Decoder.isUtf8(bytes, 0)) disagreements++;
        }
        assertThat(disagreements).isZero();
    }
}
