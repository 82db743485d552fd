package wirewash.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import wirewash.model.DocumentResult;

/** Writes clean/&lt;id&gt;.txt: each document's clean body, paragraphs apart by a blank line, ending in a newline. */
public final class CleanTexts {
    public static final String FOLDER = "clean";

    private CleanTexts() {}

    public static void write(Path outDir, List<DocumentResult> docs) throws IOException {
        Path folder = outDir.resolve(FOLDER);
        Files.createDirectories(folder);
        for (DocumentResult doc : docs) {
            if (doc.failed()) continue;
            String text = doc.document().text();
            AtomicFiles.write(folder.resolve(doc.id() + ".txt"), out -> out.write(text.isEmpty() ? "" : text + "\n"));
        }
    }
}
