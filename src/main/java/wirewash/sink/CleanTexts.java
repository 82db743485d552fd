package wirewash.sink;

import java.io.IOException;
import java.nio.file.Path;
import wirewash.model.DocumentResult;

/** Writes clean/&lt;id&gt;.txt: each document's clean body, paragraphs apart by a blank line, ending in a newline. */
public final class CleanTexts {
    public static final String FOLDER = "clean";

    private CleanTexts() {}

    /**
     * Writes one document's clean/&lt;id&gt;.txt into {@code folder} (the clean folder itself), unless it failed.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written, so that it can be called from a stream
     */
    public static void writeOne(Path folder, DocumentResult doc) {
        if (doc.failed()) return;
        String text = doc.document().text();
        try {
            AtomicFiles.writeUnsynced(folder.resolve(doc.id() + ".txt"), text.isEmpty() ? "" : text + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
