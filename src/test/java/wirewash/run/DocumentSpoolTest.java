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
