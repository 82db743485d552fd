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
