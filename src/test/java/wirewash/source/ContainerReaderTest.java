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

    /** The container's records, as read. */
    private static List<ContainerReader.Record> records(ContainerReader reader, InputFile input) {
        List<ContainerReader.Record> records = new java.util.ArrayList<>();
        reader.forEachRecord(input, records::add);
        return records;
    }

    /** The bytes written to the file as one gzip stream. */
    private static void gzip(Path file, byte[] bytes) throws Exception {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
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
    void aMarkdownFieldAndATextFieldThatIsMarkdownAreReadAsTextDumps(@TempDir Path dir) throws Exception {
        String page = "* [Home](/)\\n* [World](/world)\\n\\nThe [council](/c) met on **Monday**.\\n";
        Path file = dir.resolve("crawl.jsonl");
        Files.writeString(file, "{\"id\":\"m\",\"markdown\":\"" + page + "\"}\n"
                + "{\"id\":\"t\",\"text\":\"" + page + "\"}\n"
                + "{\"id\":\"plain\",\"text\":\"Prices [1] rose (see note).\"}\n");

        List<Decoded> docs = read(file, Container.JSONL, false);

        assertThat(docs.get(0).document().format()).isEqualTo(Format.TEXT);
        assertThat(docs.get(0).document().content()).isEqualTo("Home\nWorld\n\nThe council met on Monday.\n");
        assertThat(docs.get(1).document().content()).isEqualTo(docs.get(0).document().content());
        assertThat(docs.get(2).document().content()).isEqualTo("Prices [1] rose (see note).");
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
    void aLineOfAsciiEscapesAndTheSameLineInRawUtf8GiveTheSameDocumentAndMalformedBytesAreReplaced(@TempDir Path dir)
            throws Exception {
        // JSON lines written with escapes (ASCII, parsed from the bytes) and raw (decoded to text first), and a
        // line whose bytes are not UTF-8 (U+FFFD, as a String makes them): one text whatever the writer's habit
        Path file = dir.resolve("pages.jsonl");
        String text = "Kazakhstan\\u2019s president \\u2014 \\u65e5\\u672c \\ud83d\\ude00 said \\\\ \\\"no\\\".\\nSecond.";
        String raw = "Kazakhstan’s president — 日本 😀 said \\\\ \\\"no\\\".\\nSecond.";
        byte[] malformed = "{\"id\":\"m\",\"text\":\"caf\u00e9 X\"}\n".getBytes(StandardCharsets.UTF_8);
        malformed[malformed.length - 5] = (byte) 0xe9; // Latin-1 é where UTF-8 is expected
        Files.write(file, concat(("{\"id\":\"a\",\"url\":7,\"text\":\"" + text + "\"}\n"
                + "{\"id\":\"b\",\"url\":7,\"text\":\"" + raw + "\"}\n").getBytes(StandardCharsets.UTF_8), malformed,
                "{\"id\":\"c\",\"text\":\"x\"} trailing\n{\"id\":\"d\",\"text\":\"x\"\n \t \n".getBytes(
                        StandardCharsets.US_ASCII)));

        List<Decoded> docs = read(file, Container.JSONL, false);

        assertThat(docs).hasSize(5);
        RawDocument a = docs.get(0).document();
        RawDocument b = docs.get(1).document();
        assertThat(a.content()).isEqualTo(b.content())
                .isEqualTo("Kazakhstan’s president — 日本 😀 said \\ \"no\".\nSecond.");
        assertThat(a.known().url()).isEqualTo(b.known().url()).isEqualTo("7");
        assertThat(docs.get(2).document().content()).isEqualTo("caf\u00e9\ufffdX");
        assertThat(docs.get(3).document().id()).isEqualTo("c"); // what follows the object is not read
        assertThat(docs.get(4).ok()).isFalse();
        assertThat(docs.get(4).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("pages.jsonl:5: not JSON: Unexpected end-of-input"));
    }

    @Test
    void aLineThatOpensWithAByteOrderMarkOrNulBytesOrHoldsUfffdReadsAsItsText(@TempDir Path dir) throws Exception {
        // The parser of bytes would skip a mark at the line's start, or read NULs there as UTF-16 or UTF-32: such
        // lines are read as their text, as every line was; U+FFFD itself is text to keep.
        Path file = dir.resolve("pages.jsonl");
        Files.write(file, ("{\"text\":\"One.\"}\n\uFEFF{\"text\":\"Two.\"}\n\0{\"text\":\"Three.\"}\n"
                + "{\"text\":\"Four \uFFFD caf\u00e9.\"}\n").getBytes(StandardCharsets.UTF_8));

        List<Decoded> docs = read(file, Container.JSONL, false);

        assertThat(docs).hasSize(4);
        assertThat(docs.get(0).document().content()).isEqualTo("One.");
        assertThat(docs.get(1).ok()).isFalse(); // U+FEFF is no JSON value; only the file's first line drops it
        assertThat(docs.get(1).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("pages.jsonl:2: not JSON"));
        assertThat(docs.get(2).ok()).isFalse();
        assertThat(docs.get(2).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("pages.jsonl:3: not JSON"));
        assertThat(docs.get(3).document().content()).isEqualTo("Four \uFFFD caf\u00e9.");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) all.writeBytes(part);
        return all.toByteArray();
    }

    @Test
    void reportsAMissingFileAsOneFailedResult(@TempDir Path dir) {
        assertThat(read(dir.resolve("gone.warc"), Container.WARC, false)).singleElement()
                .satisfies(d -> assertThat(d.ok()).isFalse());
    }

    @Test
    void jsonLinesEndAsReadLineEndsThemWhateverTheirLengthAndNonAsciiText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        String wide = "Kazakhstan’s president — 日本語 ".repeat(4_000); // past the reader's 64 KB buffer
        Files.writeString(file, "{\"text\":\"" + wide + "\"}\r\n{\"text\":\"Two.\"}\r\r"
                + "{\"text\":\"Four.\"}\n\n{\"text\":\"Six.\"}");

        List<Decoded> docs = read(file, Container.JSONL, false);

        assertThat(docs).extracting(d -> d.document().id()).containsExactly("crawl#1", "crawl#2", "crawl#4",
                "crawl#6");
        assertThat(docs.get(0).document().content()).isEqualTo(wide);
        assertThat(docs.get(3).document().source()).endsWith("pages.jsonl:6");
    }

    @Test
    void aGzippedFileCutShortGivesItsRecordsBeforeTheCutAndThenOneFailedResult(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 1; i <= 2_000; i++) {
                out.write(("{\"text\":\"Record " + i + " of a long crawl, with words enough to fill blocks "
                        + "of the compressed stream." + i * 7919 + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        List<Decoded> docs = read(cut, Container.JSONL, true);

        assertThat(docs.size()).isBetween(2, 2_000);
        assertThat(docs.subList(0, docs.size() - 1)).allMatch(Decoded::ok);
        assertThat(docs.get(0).document().content()).startsWith("Record 1 of");
        Decoded last = docs.get(docs.size() - 1);
        assertThat(last.ok()).isFalse();
        assertThat(last.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("cannot read", "after " + (docs.size() - 1) + " records"));
    }

    @Test
    void whatTheConsumerThrowsIsNotTakenForTheFilesFailure(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
        InputFile input = new InputFile(file, "crawl", Format.TEXT, false, List.of(), Container.JSONL);
        ContainerReader reader = new ContainerReader(new Decoder());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.forEachRecord(input, record -> {
            throw new IllegalStateException("spool full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("spool full");
    }

    @Test
    void eachRecordTellsTheBytesItHoldsUntilDecoded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        String line = "{\"text\":\"Kazakhstan’s president.\"}";
        Files.writeString(file, line + "\n" + line + "\r\n");
        InputFile input = new InputFile(file, "crawl", Format.TEXT, false, List.of(), Container.JSONL);
        List<Long> bytes = new java.util.ArrayList<>();

        new ContainerReader(new Decoder()).forEachRecord(input, record -> bytes.add(record.bytes()));

        long length = line.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).containsExactly(length, length);
    }

    /** Each record decoded as read, and, when it is located, decoded again from its location. */
    private static void assertRereadsEqual(InputFile input, int expectedLocated) {
        ContainerReader reader = new ContainerReader(new Decoder());
        List<ContainerReader.Record> records = records(reader, input);
        int located = 0;
        for (ContainerReader.Record record : records) {
            ContainerReader.Location at = record.location();
            if (at == null) continue;
            located++;
            assertThat(reader.reread(input, at)).isEqualTo(record.decode());
        }
        assertThat(located).isEqualTo(expectedLocated);
    }

    @Test
    void recordsOfAPlainJsonLinesFileAreReadAgainFromWhereTheyLieWhateverTheirLineEndsAndLength(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("pages.jsonl");
        String wide = "Kazakhstan’s president — 日本語 ".repeat(4_000); // past the reader's 64 KB buffer
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"" + wide + "\"}\r\n{\"text\":\"Two.\"}\r\r"
                + "not json\n\n{\"text\":\"" + wide + "\", \"url\": \"https://example.com/6\"}\r\n{\"text\":\"Seven.\"}");

        assertRereadsEqual(new InputFile(file, "crawl", Format.TEXT, false, List.of(), Container.JSONL), 5);
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsNotPartOfItsJson(@TempDir Path dir) throws Exception {
        byte[] lines = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"text\":\"\ufeffTwo.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[lines.length + 3];
        marked[0] = (byte) 0xef;
        marked[1] = (byte) 0xbb;
        marked[2] = (byte) 0xbf;
        System.arraycopy(lines, 0, marked, 3, lines.length);
        Path plain = Files.write(dir.resolve("pages.jsonl"), marked);
        Path zipped = dir.resolve("pages.jsonl.gz");
        gzip(zipped, marked);

        for (Path file : List.of(plain, zipped)) {
            List<Decoded> docs = read(file, Container.JSONL, file == zipped);
            assertThat(docs).allSatisfy(d -> assertThat(d.ok()).isTrue());
            assertThat(docs).extracting(d -> d.document().id()).containsExactly("a", "crawl#2");
            // a mark elsewhere is the text's
            assertThat(docs.get(1).document().content()).isEqualTo("\ufeffTwo.");
        }
        assertRereadsEqual(new InputFile(plain, "crawl", Format.TEXT, false, List.of(), Container.JSONL), 2);
    }

    @Test
    void aJsonLinesFileNamedGzippedThatIsNotIsOneFailedResultAndIsClosed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pages.jsonl.gz"), "{\"text\":\"One.\"}\n");
        Path fds = Path.of("/proc/self/fd");
        long before = Files.isDirectory(fds) ? countFiles(fds) : 0;

        for (int i = 0; i < 50; i++) {
            assertThat(read(file, Container.JSONL, true)).singleElement().satisfies(d -> {
                assertThat(d.ok()).isFalse();
                assertThat(d.problems().get(0).message()).contains("pages.jsonl.gz", "Not in GZIP format");
            });
        }
        if (Files.isDirectory(fds)) assertThat(countFiles(fds)).isLessThan(before + 10);
    }

    private static long countFiles(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aZstdWarcIsOneFailedResultThatSaysSoNotARunStoppedByAMissingClass(@TempDir Path dir) throws Exception {
        // a zstd frame's magic number, then bytes: jwarc would load a zstd library wirewash does not ship
        Path file = Files.write(dir.resolve("crawl.warc"), new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0, 0,
                0, 0, 1, 2, 3, 4});

        // a .warc.zst as the WARC zstd layout writes it: its dictionary in a skippable frame first
        Path dictionary = Files.write(dir.resolve("dict.warc"), new byte[] {0x5d, 0x2a, 0x4d, 0x18, 4, 0, 0, 0, 1,
                2, 3, 4, 0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});

        for (Path zstd : List.of(file, dictionary)) {
            assertThat(read(zstd, Container.WARC, false)).singleElement().satisfies(d -> {
                assertThat(d.ok()).isFalse();
                assertThat(d.problems().get(0).message()).contains(zstd.getFileName().toString(), "zstd",
                        "recompress it with gzip");
            });
        }
    }

    @Test
    void recordsOfAGzippedJsonLinesFileCannotBeFoundAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl.gz");
        gzip(file, "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8));

        assertRereadsEqual(new InputFile(file, "crawl", Format.TEXT, true, List.of(), Container.JSONL), 0);
    }

    @Test
    void recordsOfAWarcPlainOrGzippedARecordAtATimeAreReadAgainFromWhereTheyLie(@TempDir Path dir)
            throws Exception {
        Path plain = dir.resolve("crawl.warc");
        writeWarc(plain, WarcCompression.NONE);
        Path gzipped = dir.resolve("crawl.warc.gz");
        writeWarc(gzipped, WarcCompression.GZIP);

        assertRereadsEqual(new InputFile(plain, "crawl", Format.HTML, false, List.of(), Container.WARC), 2);
        assertRereadsEqual(new InputFile(gzipped, "crawl", Format.HTML, true, List.of(), Container.WARC), 2);
    }

    @Test
    void aWarcGzippedAsOneStreamIsReadWholeButItsRecordsAfterTheFirstAreNotLocated(@TempDir Path dir)
            throws Exception {
        Path plain = dir.resolve("crawl.warc");
        writeWarc(plain, WarcCompression.NONE);
        Path gzipped = dir.resolve("whole.warc.gz");
        gzip(gzipped, Files.readAllBytes(plain));
        InputFile input = new InputFile(gzipped, "crawl", Format.HTML, true, List.of(), Container.WARC);

        assertThat(new ContainerReader(new Decoder()).read(input)).hasSize(2).allMatch(Decoded::ok);
        assertRereadsEqual(input, 1);
    }

    @Test
    void aRecordWhoseFileChangedSinceItWasReadIsAFailedResult(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
        InputFile input = new InputFile(file, "crawl", Format.TEXT, false, List.of(), Container.JSONL);
        ContainerReader reader = new ContainerReader(new Decoder());
        List<ContainerReader.Record> records = records(reader, input);
        Files.writeString(file, "{\"text\":\"One and a half.\"}\n");

        Decoded second = reader.reread(input, records.get(1).location());

        assertThat(second.ok()).isFalse();
        assertThat(second.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("cannot read", "pages.jsonl at byte 16"));
    }

    @Test
    void aRereaderKeepsItsFilesOpenUntilClosedAndThenGivesFailedResults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
        InputFile input = new InputFile(file, "crawl", Format.TEXT, false, List.of(), Container.JSONL);
        ContainerReader reader = new ContainerReader(new Decoder());
        List<ContainerReader.Record> records = records(reader, input);
        ContainerReader.Rereader rereader = reader.rereader();

        assertThat(rereader.reread(input, records.get(1).location())).isEqualTo(records.get(1).decode());
        assertThat(rereader.reread(input, records.get(0).location())).isEqualTo(records.get(0).decode());
        rereader.close();

        assertThat(rereader.reread(input, records.get(0).location()).ok()).isFalse();
    }

    @Test
    void aWarcGzWhoseMembersHoldSeveralRecordsLocatesOnlyTheRecordsFoundAtTheirOffsets(@TempDir Path dir)
            throws Exception {
        // two one-stream WARC.gz files joined, as cat joins them: a valid WARC.gz whose members hold 2 records each
        Path first = dir.resolve("a.warc");
        writeWarc(first, WarcCompression.NONE);
        Path gzipped = dir.resolve("joined.warc.gz");
        gzip(dir.resolve("a.gz"), Files.readAllBytes(first));
        Files.write(gzipped, Files.readAllBytes(dir.resolve("a.gz")));
        Files.write(gzipped, Files.readAllBytes(dir.resolve("a.gz")), java.nio.file.StandardOpenOption.APPEND);
        InputFile input = new InputFile(gzipped, "crawl", Format.HTML, true, List.of(), Container.WARC);
        ContainerReader reader = new ContainerReader(new Decoder());
        List<ContainerReader.Record> records = records(reader, input);

        assertThat(records).hasSize(4);
        assertThat(records).extracting(r -> r.decode().document().content()).containsExactly(PAGE,
                "<p>Second page.</p>", PAGE, "<p>Second page.</p>");
        for (ContainerReader.Record record : records) {
            if (record.location() != null) {
                assertThat(reader.reread(input, record.location())).isEqualTo(record.decode());
            }
        }
        assertThat(records.get(1).location()).as("its offset is the next member's").isNull();
    }

    @Test
    void aLineReplacedByAnotherOfTheSameLengthIsNoLongerThere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
        InputFile input = new InputFile(file, "crawl", Format.TEXT, false, List.of(), Container.JSONL);
        ContainerReader reader = new ContainerReader(new Decoder());
        List<ContainerReader.Record> records = records(reader, input);
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"z\",\"text\":\"Six.\"}\n");

        assertThat(reader.reread(input, records.get(0).location())).isEqualTo(records.get(0).decode());
        assertThat(reader.reread(input, records.get(1).location()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no longer there"));
    }

    @Test
    void aRereaderKeepsAtMostItsMaximumOfFilesOpen(@TempDir Path dir) throws Exception {
        ContainerReader reader = new ContainerReader(new Decoder());
        List<InputFile> inputs = new java.util.ArrayList<>();
        List<List<ContainerReader.Record>> records = new java.util.ArrayList<>();
        for (int f = 0; f < 5; f++) {
            Path file = dir.resolve("part-" + f + ".jsonl");
            Files.writeString(file, "{\"text\":\"File " + f + ", one.\"}\n{\"text\":\"File " + f + ", two.\"}\n");
            InputFile input = new InputFile(file, "part-" + f, Format.TEXT, false, List.of(), Container.JSONL);
            List<ContainerReader.Record> read = records(reader, input);
            inputs.add(input);
            records.add(read);
        }
        try (ContainerReader.Rereader rereader = reader.rereader(2)) {
            for (int round = 0; round < 2; round++) {
                for (int f = 0; f < 5; f++) {
                    for (ContainerReader.Record record : records.get(f)) {
                        assertThat(rereader.reread(inputs.get(f), record.location())).isEqualTo(record.decode());
                    }
                    assertThat(rereader.openFiles()).isLessThanOrEqualTo(2);
                }
            }
        }
    }
}
