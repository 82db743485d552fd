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
        try {
            docs.parallelStream().filter(doc -> !doc.failed()).forEach(doc -> {
                String text = doc.document().text();
                try {
                    AtomicFiles.writeUnsynced(folder.resolve(doc.id() + ".txt"), text.isEmpty() ? "" : text + "\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
