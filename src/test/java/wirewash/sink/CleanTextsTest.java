package wirewash.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.model.CleanDocument;
import wirewash.model.DocumentResult;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;

class CleanTextsTest {
    private static final DocumentResult STORY = result("ap-1", List.of("A storm hit the coast.", "Schools closed."));
    private static final DocumentResult EMPTY = result("blank-1", List.of());
    private static final DocumentResult FAILED = new DocumentResult(
            new CleanDocument("bad-1", "in/bad-1.txt", Format.TEXT, Metadata.EMPTY, List.of(), List.of(),
                    List.of(Problem.error("read", "in/bad-1.txt is empty (0 bytes)"))),
            null, false, null, 0.0, 0.0);

    @TempDir
    Path dir;

    private static DocumentResult result(String id, List<String> paragraphs) {
        return new DocumentResult(new CleanDocument(id, "in/" + id + ".txt", Format.TEXT, Metadata.EMPTY, paragraphs,
                List.of(), List.of()), id, true, null, 1.0, 1.0);
    }

    @Test
    void aNewFolderAppearsWholeOnPublishWithOneFilePerDocumentThatDidNotFail() throws Exception {
        Path clean = dir.resolve("out").resolve(CleanTexts.FOLDER);
        CleanTexts texts = CleanTexts.open(clean);
        for (DocumentResult doc : List.of(STORY, EMPTY, FAILED)) texts.write(doc);
        assertThat(clean).doesNotExist();
        assertThat(names(dir.resolve("out"))).singleElement().asString().startsWith(".clean-").endsWith(".tmp");

        texts.publish();

        assertThat(names(dir.resolve("out"))).containsExactly("clean");
        assertThat(names(clean)).containsExactly("ap-1.txt", "blank-1.txt");
        assertThat(Files.readString(clean.resolve("ap-1.txt"))).isEqualTo("A storm hit the coast.\n\nSchools closed.\n");
        assertThat(Files.readAllBytes(clean.resolve("blank-1.txt"))).isEmpty();
        texts.discard(); // after publishing: nothing to discard, nothing deleted
        assertThat(names(clean)).containsExactly("ap-1.txt", "blank-1.txt");
    }

    @Test
    void anExistingFolderIsWrittenFileByFileAndKeepsTheFilesOfOtherDocuments() throws Exception {
        Path clean = Files.createDirectories(dir.resolve(CleanTexts.FOLDER));
        Files.writeString(clean.resolve("ap-1.txt"), "old text\n");
        Files.writeString(clean.resolve("earlier-1.txt"), "an earlier run's document\n");
        CleanTexts texts = CleanTexts.open(clean);
        texts.write(STORY);
        assertThat(Files.readString(clean.resolve("ap-1.txt"))).isEqualTo("A storm hit the coast.\n\nSchools closed.\n");
        texts.publish();

        assertThat(names(dir)).containsExactly("clean");
        assertThat(names(clean)).containsExactly("ap-1.txt", "earlier-1.txt");
    }

    @Test
    void aFolderMadeByAnotherWriterMeanwhileReceivesTheFilesOneByOne() throws Exception {
        Path clean = dir.resolve(CleanTexts.FOLDER);
        CleanTexts texts = CleanTexts.open(clean);
        texts.write(STORY);
        Files.createDirectories(clean);
        Files.writeString(clean.resolve("ap-1.txt"), "the other writer's\n");
        Files.writeString(clean.resolve("other-1.txt"), "the other writer's\n");

        texts.publish();

        assertThat(names(dir)).containsExactly("clean");
        assertThat(names(clean)).containsExactly("ap-1.txt", "other-1.txt");
        assertThat(Files.readString(clean.resolve("ap-1.txt"))).isEqualTo("A storm hit the coast.\n\nSchools closed.\n");
    }

    @Test
    void discardingAfterAFailureLeavesNoFolderBehind() throws Exception {
        CleanTexts texts = CleanTexts.open(dir.resolve(CleanTexts.FOLDER));
        texts.write(STORY);
        texts.write(EMPTY);
        texts.discard();
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void textsAreUtf8WhateverTheirScript() throws Exception {
        Path clean = dir.resolve(CleanTexts.FOLDER);
        CleanTexts texts = CleanTexts.open(clean);
        texts.write(result("zh-1", List.of("北京时间周二，暴风雨袭击了海岸。", "Ελλάδα — São Paulo")));
        texts.publish();
        assertThat(new String(Files.readAllBytes(clean.resolve("zh-1.txt")), StandardCharsets.UTF_8))
                .isEqualTo("北京时间周二，暴风雨袭击了海岸。\n\nΕλλάδα — São Paulo\n");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void idsThatAreOddFileNamesGetTheirFileInANewFolderAndInAnExistingOneAlike(boolean existing) throws Exception {
        Path clean = dir.resolve(CleanTexts.FOLDER);
        if (existing) Files.createDirectories(clean);
        // a file name's 255 bytes less ".txt": an input file called <id>.htm gives such an id
        String longest = "l".repeat(251);
        List<String> ids = List.of(".hidden", "..", "story.v2", "Ünïcode-北京", longest);
        CleanTexts texts = CleanTexts.open(clean);
        for (String id : ids) texts.write(result(id, List.of("Text of " + id.length() + ".")));
        texts.publish();

        assertThat(names(dir)).containsExactly("clean");
        assertThat(names(clean)).containsExactlyInAnyOrder(".hidden.txt", "...txt", "story.v2.txt",
                "Ünïcode-北京.txt", longest + ".txt");
        assertThat(Files.readString(clean.resolve(longest + ".txt"))).isEqualTo("Text of 251.\n");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
