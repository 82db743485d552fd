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
import wirewash.source.Decoder;

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
