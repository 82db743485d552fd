package wirewash.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.model.Format;
import wirewash.model.Problem;

class InputWalkerTest {
    @TempDir
    Path dir;

    private final InputWalker walker = new InputWalker();

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    @Test
    void findsNestedInputsSortedByPathWithFormatAndGzip() throws IOException {
        touch("b/042bb7.html.gz");
        touch("a/000_c8a5.txt");
        touch("a/deep/page.htm");
        touch("c/NOTES.TXT.GZ");

        List<InputFile> files = walker.walk(List.of(dir));

        assertThat(files).extracting(InputFile::id).containsExactly("000_c8a5", "page", "042bb7", "NOTES");
        assertThat(files).extracting(InputFile::format)
                .containsExactly(Format.TEXT, Format.HTML, Format.HTML, Format.TEXT);
        assertThat(files).extracting(InputFile::gzip).containsExactly(false, false, true, true);
        assertThat(files.get(2).path()).isEqualTo(dir.resolve("b/042bb7.html.gz"));
    }

    @Test
    void findsMarkdownFilesAsTextDumps() throws IOException {
        touch("a/story.md");
        touch("a/other.markdown.gz");

        List<InputFile> files = walker.walk(List.of(dir));

        assertThat(files).extracting(InputFile::id).containsExactly("other", "story");
        assertThat(files).extracting(InputFile::format).containsOnly(Format.TEXT);
    }

    @Test
    void recognisesWarcAndJsonlContainers() throws IOException {
        touch("crawl.warc.gz");
        touch("pages.jsonl");
        touch("old.WARC");

        List<InputFile> files = walker.walk(List.of(dir));

        assertThat(files).extracting(InputFile::id).containsExactly("crawl", "old", "pages");
        assertThat(files).extracting(InputFile::container)
                .containsExactly(Container.WARC, Container.WARC, Container.JSONL);
        assertThat(files).extracting(InputFile::gzip).containsExactly(true, false, false);
    }

    @Test
    void skipsOtherFilesAndListsThem() throws IOException {
        touch("a/story.txt");
        Path image = touch("a/photo.png");
        Path archive = touch("a/old.tar.gz");

        InputWalker.Listing listing = walker.list(List.of(dir));

        assertThat(listing.files()).extracting(InputFile::id).containsExactly("story");
        assertThat(listing.skipped()).containsExactly(archive, image);
    }

    @Test
    void stripsOnlyRecognisedExtensionsFromTheId() throws IOException {
        touch("story.v2.html.gz");

        assertThat(walker.walk(List.of(dir))).extracting(InputFile::id).containsExactly("story.v2");
    }

    @Test
    void renamesLaterDuplicateIdsWithAWarning() throws IOException {
        touch("a/same.txt");
        touch("b/same.html");
        touch("c/same.txt.gz");

        List<InputFile> files = walker.walk(List.of(dir));

        assertThat(files).extracting(InputFile::id).containsExactly("same", "same~2", "same~3");
        assertThat(files.get(0).problems()).isEmpty();
        assertThat(files.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("'same'").contains("'same~2'");
        });
    }

    @Test
    void renamedDuplicateDoesNotTakeAnIdAnotherFileHasByName() throws IOException {
        touch("a/x.txt");
        touch("b/x.txt");
        touch("c/x~2.txt");

        assertThat(walker.walk(List.of(dir))).extracting(InputFile::id).containsExactly("x", "x~3", "x~2");
    }

    @Test
    void acceptsAFileAsRootAndListsOverlappingRootsOnce() throws IOException {
        Path file = touch("a/one.txt");

        List<InputFile> files = walker.walk(List.of(dir, file));

        assertThat(files).extracting(InputFile::id).containsExactly("one");
    }

    @Test
    void missingRootIsAConfigurationError() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> walker.walk(List.of(missing)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(missing.toString());
    }
}
