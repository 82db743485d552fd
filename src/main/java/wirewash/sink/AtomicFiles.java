package wirewash.sink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import wirewash.internal.Validate;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a half-written file:
 * the body fills a temporary file in the target's folder, which is then moved over the target.
 *
 * <p>The move is atomic where the file system allows it; where it refuses an atomic move, the temporary file
 * replaces the target with an ordinary move. If the body or the move fails, the temporary file is deleted and the
 * target is left as it was.
 */
public final class AtomicFiles {
    /** Temporary files start with a dot so that listings and globs over the output folder skip them. */
    static final String TEMP_PREFIX = ".";
    static final String TEMP_SUFFIX = ".tmp";
    private static final int BUFFER_BYTES = 64 * 1024;
    /** The longest file name, in bytes, that Linux (ext4, xfs, tmpfs) and macOS file systems accept. */
    static final int MAX_NAME_BYTES = 255;

    private AtomicFiles() {}

    /**
     * Writes {@code target} as UTF-8 text produced by {@code body}. Creates missing parent folders.
     * Characters that UTF-8 cannot encode (an unpaired surrogate from a broken page) become '?' rather than failing
     * the whole file.
     */
    public static void write(Path target, IoConsumer<Writer> body) throws IOException {
        Validate.notNull(body, "body");
        writeBytes(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.accept(writer);
            writer.flush();
        });
    }

    /**
     * Writes a small text file through a temporary file and a move, but without forcing it to disk: for the many
     * per-document files of a run (clean/), where a sync per file would cost more than the run itself. Readers never
     * see half a file while the job runs; after a machine crash a file may be empty, and a rerun rewrites it.
     */
    public static void writeUnsynced(Path target, String text) throws IOException {
        Validate.notNull(target, "target");
        Validate.notNull(text, "text");
        Path absolute = target.toAbsolutePath();
        Path temp = tempFor(absolute);
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
            moveOver(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Writes {@code target} as the bytes produced by {@code body}. Creates missing parent folders. */
    public static void writeBytes(Path target, IoConsumer<OutputStream> body) throws IOException {
        Validate.notNull(target, "target");
        Validate.notNull(body, "body");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = tempFor(absolute);
        try {
            // CREATE_NEW with the default permissions, unlike Files.createTempFile, which makes the file owner-only.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                body.accept(out);
                out.flush();
                channel.force(true);
            }
            moveOver(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * A temporary file beside {@code target}, named after it when the name fits in the {@value #MAX_NAME_BYTES}
     * bytes that file systems allow a name: a target whose own name is near that limit (a long document id in
     * clean/) gets a temporary file named by its random part alone.
     */
    static Path tempFor(Path target) {
        String unique = UUID.randomUUID() + TEMP_SUFFIX;
        String named = TEMP_PREFIX + target.getFileName() + "." + unique;
        return target.resolveSibling(named.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES ? named
                : TEMP_PREFIX + unique);
    }

    /** Moves {@code temp} over {@code target}: atomically where the file system can, so the target never goes missing. */
    static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
