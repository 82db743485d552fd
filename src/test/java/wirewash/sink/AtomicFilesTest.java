package wirewash.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesUtf8Text() throws IOException {
        Path file = dir.resolve("out.txt");

        AtomicFiles.write(file, writer -> writer.write("Zürich – 東京\n"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("Zürich – 東京\n");
    }

    @Test
    void writesBytes() throws IOException {
        Path file = dir.resolve("out.bin");

        AtomicFiles.writeBytes(file, out -> out.write(new byte[] {1, 2, 3}));

        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }

    @Test
    void replacesExistingFile() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old content that is longer than the new one");

        AtomicFiles.write(file, writer -> writer.write("new"));

        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path file = dir.resolve("a/b/out.txt");

        AtomicFiles.write(file, writer -> writer.write("x"));

        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void leavesNoTempFilesBehind() throws IOException {
        Path file = dir.resolve("out.txt");

        AtomicFiles.write(file, writer -> writer.write("one"));
        AtomicFiles.write(file, writer -> writer.write("two"));

        assertThat(listing()).containsExactly(file);
    }

    @Test
    void failedBodyKeepsOldContentAndLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, writer -> {
            writer.write("partial");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(listing()).containsExactly(file);
    }

    @Test
    void unpairedSurrogateDoesNotFailTheFile() throws IOException {
        Path file = dir.resolve("out.txt");

        AtomicFiles.write(file, writer -> writer.write("a\uD800b"));

        assertThat(Files.readString(file)).isEqualTo("a?b");
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
