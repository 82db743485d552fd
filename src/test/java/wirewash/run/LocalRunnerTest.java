package wirewash.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.rules.RuleLoader;
import wirewash.sink.CleanTexts;
import wirewash.source.ContainerReader;
import wirewash.source.Decoded;
import wirewash.source.Decoder;
import wirewash.source.InputWalker;

class LocalRunnerTest {
    private static final List<String> COMPARED = List.of(OutputFolder.DOCS, OutputFolder.CLUSTERS, OutputFolder.REPORT);

    @TempDir
    Path dir;

    private RunResult run(int threads) throws Exception {
        return new LocalRunner(new Decoder(), new Cleaner(RuleLoader.load(Path.of("rules"))),
                new Deduplicator(DedupConfig.defaults()), threads).withSpoolDirectory(dir.resolve("spool"))
                .run(List.of(Path.of("seeds")), Progress.NONE);
    }

    @Test
    void resultsAreSpooledNotHeld() throws Exception {
        RunResult result = run(2);

        assertThat(result.documents()).isInstanceOf(SpooledResults.class).hasSize(5);
        assertThat(((SpooledResults) result.documents()).spool().size()).isPositive();
        try (var files = Files.list(dir.resolve("spool"))) {
            assertThat(files).as("the spool leaves no file behind, even before it is closed").isEmpty();
        }
    }

    @Test
    void closingTheResultFreesItsSpool() throws Exception {
        RunResult result = run(1);
        assertThat(result.documents().get(0).document().text()).isNotEmpty();

        result.close();

        assertThatThrownBy(() -> result.documents().get(0)).as("the spool's channel is closed").isNotNull();
        assertThat(result.documents()).as("what the heap keeps stays readable").hasSize(5);
        assertThat(result.failed()).isZero();
    }

    /** The streaming path against the whole run held in memory, as the runner kept it before it spooled. */
    @Test
    void spooledOutputsAreByteIdenticalToOutputsOfTheSameResultsHeldInMemory() throws Exception {
        RunResult spooled = run(2);
        RunResult held = new RunResult(new ArrayList<>(spooled.documents()), spooled.clusters(), spooled.skipped(),
                spooled.listing(), spooled.stageMillis(), spooled.wallMillis());
        assertThat(held.documents()).isNotInstanceOf(SpooledResults.class);

        new OutputFolder(dir.resolve("spooled")).write(spooled, true, Map.of());
        new OutputFolder(dir.resolve("held")).write(held, true, Map.of());

        assertSameOutputs(dir.resolve("spooled"), dir.resolve("held"));
    }

    @Test
    void outputsDoNotDependOnThreads() throws Exception {
        new OutputFolder(dir.resolve("one")).write(run(1), true, Map.of());
        new OutputFolder(dir.resolve("four")).write(run(4), true, Map.of());

        assertSameOutputs(dir.resolve("one"), dir.resolve("four"));
    }

    /**
     * Inputs held from the furniture pass (files) or from the naming of containers' records for the cleaning pass,
     * none, some (a budget of a few pages' chars, on one and three threads) or all, beside a binary file, an empty
     * one and an HTML page, which are never held: the same outputs.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"0,1", "6000,1", "6000,3", "40000,2", "45000,1",
            "9223372036854775807,2"})
    void outputsDoNotDependOnHowManyDecodedInputsWaitForTheCleaningPass(long heldChars, int threads) throws Exception {
        Path in = seedsBesideFailuresAndAPage();
        LocalRunner runner = new LocalRunner(new Decoder(), new Cleaner(RuleLoader.load(Path.of("rules"))),
                new Deduplicator(DedupConfig.defaults()), threads).withSpoolDirectory(dir.resolve("spool"));
        RunResult none = runner.withHeldChars(0).run(List.of(in), Progress.NONE);
        RunResult held = runner.withHeldChars(heldChars).run(List.of(in), Progress.NONE);
        assertThat(held.failed()).isEqualTo(2).isEqualTo(none.failed());
        new OutputFolder(dir.resolve("none")).write(none, true, Map.of());
        new OutputFolder(dir.resolve("held")).write(held, true, Map.of());

        assertSameOutputs(dir.resolve("none"), dir.resolve("held"));
        assertThatThrownBy(() -> runner.withHeldChars(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Files read ahead on 0, 1 or 8 threads of their own, beside a binary file, an empty one, an HTML page and a
     * file over {@link LocalRunner#DEFAULT_READ_AHEAD_MAX_BYTES} (read by its worker): the same outputs.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"1,1", "8,1", "8,2"})
    void outputsDoNotDependOnReadingAhead(int readThreads, int threads) throws Exception {
        Path in = seedsBesideFailuresAndAPage();
        String paragraph = "The council met on Tuesday and voted to rebuild the old bridge before the floods.";
        StringBuilder large = new StringBuilder();
        for (int i = 0; large.length() <= LocalRunner.DEFAULT_READ_AHEAD_MAX_BYTES; i++) {
            large.append(paragraph).append(' ').append(i).append("\n\n");
        }
        Files.writeString(in.resolve("large.txt"), large);
        LocalRunner runner = new LocalRunner(new Decoder(), new Cleaner(RuleLoader.load(Path.of("rules"))),
                new Deduplicator(DedupConfig.defaults()), threads).withSpoolDirectory(dir.resolve("spool"))
                .withHeldChars(0);
        RunResult onWorkers = runner.withReadThreads(0).run(List.of(in), Progress.NONE);
        RunResult ahead = runner.withReadThreads(readThreads).run(List.of(in), Progress.NONE);
        assertThat(ahead.failed()).isEqualTo(2).isEqualTo(onWorkers.failed());
        new OutputFolder(dir.resolve("workers")).write(onWorkers, true, Map.of());
        new OutputFolder(dir.resolve("ahead")).write(ahead, true, Map.of());

        assertSameOutputs(dir.resolve("workers"), dir.resolve("ahead"));
        assertThat(Files.readString(dir.resolve("ahead/clean/large.txt"))).contains(paragraph + " 0");
        assertThatThrownBy(() -> runner.withReadThreads(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentsOfContainersWhoseIdsAreTakenAreRenamedSoThatEachHasItsOwnCleanFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String story = "The council met on Tuesday and voted to rebuild the old bridge over the river. ";
        Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"x\", \"text\": \"" + story + "First.\"}\n"
                + "{\"id\": \"x\", \"text\": \"" + story + "Second.\"}\n"
                + "{\"id\": \"b\", \"text\": \"" + story + "Third.\"}\n");
        Files.writeString(in.resolve("b.txt"), story + "A file.");
        List<String> expected = List.of("b", "b~2", "x", "x~2");
        for (int threads : new int[] {1, 2}) {
            RunResult result = new LocalRunner(new Decoder(), new Cleaner(RuleLoader.load(Path.of("rules"))), null,
                    threads).withSpoolDirectory(dir.resolve("spool")).run(List.of(in), Progress.NONE);
            assertThat(result.documents()).extracting(d -> d.id()).containsExactlyElementsOf(expected);
            assertThat(result.documents().get(1).document().problems()).extracting(p -> p.message())
                    .containsExactly("id 'b' is already used by another input; this one is 'b~2'");
            Path out = dir.resolve("out" + threads);
            new OutputFolder(out).write(result, false, Map.of());
            assertThat(Files.readString(out.resolve("clean/x.txt"))).endsWith("First.\n");
            assertThat(Files.readString(out.resolve("clean/x~2.txt"))).endsWith("Second.\n");
            assertThat(Files.readString(out.resolve("clean/b.txt"))).endsWith("A file.\n");
            assertThat(Files.readString(out.resolve("clean/b~2.txt"))).endsWith("Third.\n");
        }
    }

    @Test
    void aContainerOfManyChunksGivesADocumentPerRecordNamedInFileOrderOnAnyThreadsAndLeavesNoSpoolBehind()
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String story = "The council met on Tuesday and voted to rebuild the old bridge over the river. ";
        StringBuilder lines = new StringBuilder();
        int records = 2 * LocalRunner.DEFAULT_RECORDS_PER_CHUNK + 17;
        for (int i = 0; i < records; i++) {
            if (i % 50 == 7) lines.append("   \n"); // a blank line: no document, not counted
            if (i % 97 == 3) lines.append("not json\n"); // a failed one, named by its position among results
            String id = i % 10 == 0 ? "dup" : "r" + i; // a taken id: renamed in file order
            lines.append("{\"id\": \"").append(id).append("\", \"text\": \"").append(story).append("Part ")
                    .append(i).append(".\"}\r\n");
        }
        Files.writeString(in.resolve("crawl.jsonl"), lines);
        Path spool = dir.resolve("spool");
        List<Decoded> oneByOne = new ContainerReader(new Decoder()).read(new InputWalker().list(List.of(in))
                .files().get(0));
        for (int threads : new int[] {1, 2}) {
            RunResult result = new LocalRunner(new Decoder(), new Cleaner(RuleLoader.load(Path.of("rules"))), null,
                    threads).withSpoolDirectory(spool).run(List.of(in), Progress.NONE);
            assertThat(result.documents()).hasSize(oneByOne.size());
            assertThat(result.failed()).isEqualTo((records - 3 + 96) / 97);
            assertThat(result.documents()).extracting(d -> d.id())
                    .contains("dup", "dup~2", "dup~" + (records / 10 + 1), "crawl#4", "r511");
            assertThat(result.documents().stream().filter(d -> d.id().equals("r" + (records - 1))).findFirst()
                    .orElseThrow().document().text()).endsWith("Part " + (records - 1) + ".");
            Path out = dir.resolve("out" + threads);
            new OutputFolder(out).write(result, false, Map.of());
            result.close();
        }
        assertThat(Files.readAllBytes(dir.resolve("out1/docs.jsonl")))
                .isEqualTo(Files.readAllBytes(dir.resolve("out2/docs.jsonl")));
        try (var left = Files.list(spool)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void recordsReadAgainFromTheirContainerGiveTheOutputsOfRecordsKeptInTheSpool() throws Exception {
        String story = "The council met on Tuesday and voted to rebuild the old bridge over the river. ";
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < LocalRunner.DEFAULT_RECORDS_PER_CHUNK + 40; i++) {
            if (i % 31 == 5) lines.append("\n");
            if (i % 77 == 2) lines.append("{\"text\": 12}\n"); // a failure, spooled either way
            String id = i % 9 == 0 ? "dup" : "r" + i;
            lines.append("{\"id\": \"").append(id).append("\", \"url\": \"https://example.com/").append(i)
                    .append("\", \"text\": \"").append(story).append("Caf\u00e9 ").append(i).append(".\"}")
                    .append(i % 2 == 0 ? "\n" : "\r\n");
        }
        byte[] bytes = lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.write(plain.resolve("crawl.jsonl"), bytes);
        Files.writeString(plain.resolve("dup.txt"), story + "A file."); // takes the first record's id
        Path gzipped = Files.createDirectories(dir.resolve("gzipped"));
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzipped.resolve("crawl.jsonl.gz")))) {
            out.write(bytes);
        }
        Files.copy(plain.resolve("dup.txt"), gzipped.resolve("dup.txt"));
        Path spool = dir.resolve("spool");
        for (Path in : List.of(plain, gzipped)) {
            RunResult result = new LocalRunner(new Decoder(), new Cleaner(RuleLoader.load(Path.of("rules"))),
                    new Deduplicator(DedupConfig.defaults()), 2).withSpoolDirectory(spool)
                    .run(List.of(in), Progress.NONE);
            new OutputFolder(dir.resolve("out-" + in.getFileName())).write(result, true, Map.of());
            result.close();
        }
        String located = Files.readString(dir.resolve("out-plain/docs.jsonl")).replace("/plain/", "/");
        String spooled = Files.readString(dir.resolve("out-gzipped/docs.jsonl")).replace("/gzipped/", "/")
                .replace("crawl.jsonl.gz", "crawl.jsonl");
        assertThat(located).contains("\"id\":\"dup~2\"", "Caf\u00e9 7.").isEqualTo(spooled);
        try (var left = Files.list(spool)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    /**
     * A folder of the seeds, a binary file, an empty one (the two fail) and an HTML page; and the seeds again as the
     * records of a JSON-lines file and of a gzipped one (their records held, read again or spooled).
     */
    private Path seedsBesideFailuresAndAPage() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder lines = new StringBuilder();
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
                lines.append(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("id", "record-" + seed.getFileName()).put("text", Files.readString(seed))).append('\n');
            }
        }
        Files.writeString(in.resolve("records.jsonl"), lines);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(in.resolve("zipped.jsonl.gz")))) {
            out.write(lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("binary.txt"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'});
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("page.html"), "<html><body><article><p>" + "The council met on Tuesday and "
                + "voted to rebuild the old bridge over the river before the winter floods. ".repeat(3)
                + "</p></article></body></html>");
        return in;
    }

    private static void assertSameOutputs(Path a, Path b) throws Exception {
        for (String file : COMPARED) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
        try (var files = Files.list(a.resolve(CleanTexts.FOLDER))) {
            for (Path file : files.toList()) {
                assertThat(Files.readAllBytes(file)).as(file.toString())
                        .isEqualTo(Files.readAllBytes(b.resolve(CleanTexts.FOLDER).resolve(file.getFileName())));
            }
        }
    }
}
