package wirewash.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;
import wirewash.model.Reason;
import wirewash.model.RemovedBlock;
import wirewash.source.Decoded;

class DocumentSpoolTest {
    @TempDir
    Path dir;

    private static CleanDocument document(String id, String text) {
        return new CleanDocument(id, "in/" + id + ".txt", Format.HTML,
                new Metadata("Title ’", null, "2024-01-02", null, "https://x.test/a", "en"),
                List.of(text, "Second paragraph."),
                List.of(new RemovedBlock(3, "Related: more", new Reason("related-list", "rules/x.rules:4", "")),
                        new RemovedBlock(7, null, new Reason("caption", "CaptionFilter", "photo credit"))),
                List.of(new Problem(Problem.Severity.WARNING, "decode", "fell back to windows-1252")));
    }

    @Test
    void documentsReadBackEqualInAnyOrder() {
        try (DocumentSpool spool = new DocumentSpool(dir)) {
            CleanDocument a = document("a", "Kazakhstan’s president said");
            CleanDocument b = document("b", "日本語 \u0000 emoji \uD83D\uDE00 and a lone \uD800 surrogate");
            DocumentSpool.Slot slotA = spool.append(a);
            DocumentSpool.Slot slotB = spool.append(b);

            assertThat(spool.read(slotB)).isEqualTo(b);
            assertThat(spool.read(slotA)).isEqualTo(a);
            assertThat(spool.size()).isEqualTo(slotA.length() + slotB.length());
        }
    }

    @Test
    void inputsAsDecodedReadBackEqualFailuresAndProblemsIncluded() {
        try (DocumentSpool spool = new DocumentSpool(dir)) {
            Decoded page = new Decoded(new wirewash.model.RawDocument("crawl#1", "crawl.warc#1", Format.HTML,
                    "<p>Kazakhstan’s 日本語 \uD83D\uDE00</p>", Metadata.EMPTY.withUrl("https://x.test/a")
                    .withPublished("2019-11-20T10:00:00Z")), List.of(Problem.warning("decode", "no charset")));
            Decoded failed = new Decoded(null, List.of(Problem.error("decode", "crawl.jsonl:3: not JSON")));
            DocumentSpool.Slot pageSlot = spool.appendInput(page);
            DocumentSpool.Slot failedSlot = spool.appendInput(failed);

            assertThat(spool.readInput(failedSlot)).isEqualTo(failed);
            assertThat(spool.readInput(pageSlot)).isEqualTo(page);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void asciiStringsAndStringsThatTurnNonAsciiAnywhereReadBackEqual(long seed) {
        java.util.Random random = new java.util.Random(seed);
        // ASCII (read back whole), and a character of each longer encoding, or a char 0, at a random place
        char[] odd = {'\u0000', 'é', '’', '\uD800', '\u0080', '\u07FF', '\uFFFF', '\u007F'};
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) text.append((char) (' ' + random.nextInt(95)));
            if (random.nextBoolean()) text.insert(random.nextInt(length + 1), odd[random.nextInt(odd.length)]);
            paragraphs.add(text.toString());
        }
        CleanDocument doc = new CleanDocument("p" + seed, "in/p.txt", Format.TEXT,
                new Metadata(paragraphs.get(0), null, null, paragraphs.get(1), null, "en"), paragraphs,
                List.of(), List.of());
        try (DocumentSpool spool = new DocumentSpool(dir)) {
            DocumentSpool.Slot slot = spool.append(doc);
            spool.appendShingles(new long[] {-1, -1});
            assertThat(spool.read(slot)).isEqualTo(doc);
        }
    }

    /**
     * Strings of any UTF-16 code units (chars 0, each length of encoding, lone and paired surrogates), all-ASCII
     * strings of every small length, and ASCII strings whose one other char is the first or the last: each decoded
     * equal, whether the ASCII shortcut or the char-by-char path reads it, at any place in the buffer (the last
     * string of a document ends the buffer).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void anyStringDecodesEqualWhateverItsCharsAndPlace(long seed) {
        java.util.Random random = new java.util.Random(seed);
        char[] odd = {'\u0000', '\u0080', '\u07FF', '\u0800', 'é', '’', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
                '\uFFFF', '\u2028', '\u007F', '\u0001'};
        List<String> strings = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int length = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(200);
            StringBuilder text = new StringBuilder();
            switch (random.nextInt(4)) {
                case 0 -> { // any code unit
                    for (int k = 0; k < length; k++) text.append((char) random.nextInt(0x10000));
                }
                case 1 -> { // ASCII only, chars 1..127
                    for (int k = 0; k < length; k++) text.append((char) (1 + random.nextInt(127)));
                }
                default -> { // ASCII with one other char first or last
                    for (int k = 0; k < length; k++) text.append((char) (1 + random.nextInt(127)));
                    char c = odd[random.nextInt(odd.length)];
                    if (random.nextBoolean()) text.insert(0, c);
                    else text.append(c);
                }
            }
            strings.add(text.toString());
        }
        List<String> paragraphs = strings.subList(0, 50);
        CleanDocument doc = new CleanDocument("d" + strings.get(50), "in/" + strings.get(51), Format.TEXT,
                new Metadata(strings.get(52), null, strings.get(53), "", strings.get(54), strings.get(55)),
                paragraphs, List.of(new RemovedBlock(1, strings.get(56), new Reason("c" + strings.get(57), "o", strings.get(50)))),
                List.of(new Problem(Problem.Severity.WARNING, "s" + strings.get(58), "m" + strings.get(59))));
        DocumentSpool.ReasonTable reasons = new DocumentSpool.ReasonTable(seed % 2 == 0 ? 0 : 10);
        assertThat(DocumentSpool.decode(java.nio.ByteBuffer.wrap(DocumentSpool.encode(doc, reasons)), reasons))
                .isEqualTo(doc);
        // a buffer that is a window of a larger array (array offset and position not zero)
        byte[] encoded = DocumentSpool.encode(doc, reasons);
        byte[] padded = new byte[encoded.length + 7];
        System.arraycopy(encoded, 0, padded, 3, encoded.length);
        java.nio.ByteBuffer window = java.nio.ByteBuffer.wrap(padded, 1, encoded.length + 4).slice();
        window.position(2);
        assertThat(DocumentSpool.decode(window, reasons)).isEqualTo(doc);
    }

    /**
     * A reason is written once, then as its number: 100 documents whose three blocks share two long reasons take
     * far fewer bytes than with no room in the table, and past the table's room the reasons met later are written
     * inline; every document reads back equal either way.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 2, 1000})
    void reasonsAreWrittenOnceWhileTheTableHasRoom(int room) {
        Reason rule = new Reason("related-list", "rules/boilerplate.rules:7", "tail (related|more (news|stories))" .repeat(8));
        Reason filter = new Reason("header", "HeaderFilter", "above the first prose paragraph");
        List<CleanDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Reason own = new Reason("caption", "CaptionFilter", "photo " + i);
            docs.add(new CleanDocument("d" + i, "in/d" + i + ".txt", Format.TEXT, Metadata.EMPTY,
                    List.of("Paragraph " + i + "."),
                    List.of(new RemovedBlock(0, "Menu", filter), new RemovedBlock(2, "Related", rule),
                            new RemovedBlock(3, "Photo: AP", own)),
                    List.of()));
        }
        try (DocumentSpool inline = new DocumentSpool(dir, 0); DocumentSpool spool = new DocumentSpool(dir, room)) {
            List<DocumentSpool.Slot> slots = new java.util.ArrayList<>();
            for (CleanDocument doc : docs) {
                inline.append(doc);
                slots.add(spool.append(doc));
            }
            for (int i = 0; i < docs.size(); i++) assertThat(spool.read(slots.get(i))).isEqualTo(docs.get(i));
            if (room > docs.size()) assertThat(spool.size()).isLessThan(inline.size() / 4);
            else if (room == 2) assertThat(spool.size()).isLessThan(inline.size() / 2);
            else if (room == 1) assertThat(spool.size()).isLessThan(inline.size()).isGreaterThan(inline.size() / 2);
            else assertThat(spool.size()).isEqualTo(inline.size());
        }
    }

    @Test
    void longParagraphsPastSixtyFourKilobytesReadBack() {
        try (DocumentSpool spool = new DocumentSpool(dir)) {
            CleanDocument doc = document("long", "é".repeat(100_000));

            assertThat(spool.read(spool.append(doc))).isEqualTo(doc);
        }
    }

    @Test
    void shinglesReadBackBetweenDocuments() {
        try (DocumentSpool spool = new DocumentSpool(dir)) {
            CleanDocument doc = document("a", "text");
            DocumentSpool.Slot before = spool.append(doc);
            DocumentSpool.Slot shingles = spool.appendShingles(new long[] {Long.MIN_VALUE, -1, 0, 7, Long.MAX_VALUE});
            DocumentSpool.Slot after = spool.append(doc);

            assertThat(spool.readShingles(shingles)).containsExactly(Long.MIN_VALUE, -1, 0, 7, Long.MAX_VALUE);
            assertThat(spool.read(before)).isEqualTo(doc);
            assertThat(spool.read(after)).isEqualTo(doc);
            assertThat(spool.readShingles(spool.appendShingles(new long[0]))).isEmpty();
        }
    }

    @Test
    void closingDeletesTheFile() throws Exception {
        DocumentSpool spool = new DocumentSpool(dir);
        spool.append(document("a", "text"));
        spool.close();

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
