package wirewash.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import wirewash.internal.Validate;
import wirewash.model.DocumentResult;

/**
 * Writes clean/&lt;id&gt;.txt: each document's clean body, paragraphs apart by a blank line, ending in a newline.
 *
 * <p>Readers never see half a file. Into a clean folder that does not exist yet (a run into a new output folder,
 * as a nightly job's dated one), the files are written straight into a hidden staging folder beside it, which
 * {@link #publish} renames into place: readers see no clean folder, then all of it, and the run creates one file
 * per document instead of a temporary file and a move each. Into a clean folder that exists, each file replaces
 * its namesake through a temporary file and a move ({@link AtomicFiles#writeUnsynced}), and the files of documents
 * not in this run stay. Files are not forced to disk (see {@code writeUnsynced}). Writing is thread-safe.
 */
public final class CleanTexts {
    public static final String FOLDER = "clean";
    /** The staging folder is {@code .clean-<random>.tmp} beside the clean folder: hidden, as temporary files are. */
    static final String STAGING_PREFIX = "." + FOLDER + "-";

    private final Path folder;
    /** Where files are written until {@link #publish}; null when they go into the existing folder one by one. */
    private final Path staging;

    private CleanTexts(Path folder, Path staging) {
        this.folder = folder;
        this.staging = staging;
    }

    /**
     * Starts writing the clean folder {@code folder} (creating its parent): into a staging folder when it does not
     * exist yet, else into it file by file.
     */
    public static CleanTexts open(Path folder) throws IOException {
        Path absolute = Validate.notNull(folder, "folder").toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        if (Files.isDirectory(absolute)) return new CleanTexts(absolute, null);
        Path staging = absolute.resolveSibling(STAGING_PREFIX + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
        return new CleanTexts(absolute, Files.createDirectory(staging));
    }

    /**
     * Writes one document's file, unless the document failed.
     *
     * @throws UncheckedIOException if the file cannot be written, so that it can be called from a stream
     */
    public void write(DocumentResult doc) {
        if (doc.failed()) return;
        String text = doc.document().text();
        String content = text.isEmpty() ? "" : text + "\n";
        String name = doc.id() + ".txt";
        try {
            if (staging == null) {
                AtomicFiles.writeUnsynced(folder.resolve(name), content);
            } else {
                Files.write(staging.resolve(name), content.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the written files in place: renames the staging folder to the clean folder. Should a clean folder have
     * appeared meanwhile, each file is moved into it instead, replacing its namesake.
     */
    public void publish() throws IOException {
        if (staging == null) return;
        try {
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            return;
        } catch (IOException e) {
            // another writer made the folder since open() (Linux reports it as a plain FileSystemException), or
            // the file system cannot rename folders atomically: move the files; any other failure stands
            if (!(e instanceof AtomicMoveNotSupportedException) && !Files.isDirectory(folder)) throw e;
        }
        Files.createDirectories(folder);
        for (Path file : files(staging)) {
            // atomically over a namesake: a plain move with REPLACE_EXISTING deletes it first, and a reader
            // could find it missing
            AtomicFiles.moveOver(file, folder.resolve(file.getFileName()));
        }
        Files.delete(staging);
    }

    /** Deletes the staging folder and what was written into it, after a failure; files already published stay. */
    public void discard() throws IOException {
        if (staging == null || !Files.exists(staging)) return;
        for (Path file : files(staging)) Files.delete(file);
        Files.delete(staging);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.naturalOrder()).toList();
        }
    }
}
