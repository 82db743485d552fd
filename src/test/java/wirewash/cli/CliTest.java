package wirewash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import wirewash.sink.Json;

/** The command line: parsing without running, then real runs into temporary folders. */
class CliTest {
    private static final Path SEEDS = Path.of("seeds");

    @Test
    void runDefaultsToSeedsOutAndRules() {
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("run");
        RunCommand run = (RunCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(run.in).containsExactly("seeds");
        assertThat(run.out).isEqualTo(Path.of("out"));
        assertThat(run.rules.rules).isEqualTo(Path.of("rules"));
    }

    @Test
    void runTakesSeveralInputsAndThreads() {
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("run", "--in", "a", "b.html.gz", "--threads", "3");
        RunCommand run = (RunCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(run.in).containsExactly("a", "b.html.gz");
        assertThat(run.input.threads()).isEqualTo(3);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "clean", "explain", "rules", "bench", "synth", "eval-clusters", "explain-pair")) {
            StringWriter help = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new java.io.PrintWriter(help));
            assertThat(cli.execute(command, "--help")).as(command).isZero();
            assertThat(help.toString()).as(command).contains("Usage: wirewash " + command);
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandLine cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(new StringWriter()));
        assertThat(cli.execute("run", "--nope")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void runOnSeedsWritesEveryOutputAndClustersTheWirePair(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        assertThat(Main.execute("run", "--in", SEEDS.toString(), "--out", out.toString(), "-q")).isZero();
        assertThat(out.resolve("docs.jsonl")).exists();
        assertThat(out.resolve("clusters.jsonl")).exists();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("run.json")).exists();
        try (Stream<Path> clean = Files.list(out.resolve("clean"))) {
            assertThat(clean.count()).isEqualTo(5);
        }
        List<String> clusters = Files.readAllLines(out.resolve("clusters.jsonl"));
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0)).contains("000_c8a5e1351f70358b", "002_178392d2111f60cf");
        for (String line : Files.readAllLines(out.resolve("docs.jsonl"))) {
            Map<?, ?> doc = Json.mapper().readValue(line, Map.class);
            String id = (String) doc.get("id");
            boolean pair = id.startsWith("000_") || id.startsWith("002_");
            assertThat(doc.get("cluster")).as(id).isEqualTo(pair ? "000_c8a5e1351f70358b" : id);
            assertThat(doc.get("canonical")).as(id).isEqualTo(!id.startsWith("002_"));
            assertThat((String) doc.get("text")).as(id).isNotBlank();
        }
    }

    @Test
    void aRunWhoseOutputsFailExitsWithFourAndLeavesTheStateAndTheFolderAsTheyWere(@TempDir Path tmp) throws Exception {
        Path state = tmp.resolve("state.sqlite");
        assertThat(Main.execute("run", "--in", SEEDS.toString(), "--out", tmp.resolve("a").toString(), "--state",
                state.toString(), "--as-of", "2024-03-01", "-q")).isZero();
        String before = stateRows(state);
        // a file where clean/ should be: the staged folder cannot be renamed into place
        Path out = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(out.resolve("clean"), "not a folder\n");
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("run", "--in", SEEDS.toString(), "--out", out.toString(), "--state",
                    state.toString(), "--as-of", "2024-03-02", "-q")).isEqualTo(ExitCodes.IO);
        } finally {
            System.setErr(err);
        }
        // the rows written alongside the outputs were rolled back, and the staging folder deleted
        assertThat(stateRows(state)).isEqualTo(before).contains("runs 1");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("clean");
        }
    }

    /** The state's runs and documents, as text to compare. */
    private static String stateRows(Path state) throws Exception {
        StringBuilder rows = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + state);
             java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM runs")) {
                rows.append("runs ").append(rs.getInt(1)).append('\n');
            }
            try (java.sql.ResultSet rs = st.executeQuery("SELECT id, first_seen, last_run, cluster FROM documents "
                    + "ORDER BY id")) {
                while (rs.next()) {
                    rows.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ')
                            .append(rs.getLong(3)).append(' ').append(rs.getString(4)).append('\n');
                }
            }
        }
        return rows.toString();
    }

    @Test
    void aStateKeepsTheSigningItWasMadeWithAndRefusesAnother(@TempDir Path tmp) throws IOException {
        Path state = tmp.resolve("state.sqlite");
        String[] base = {"run", "--in", SEEDS.toString(), "--state", state.toString(), "-q"};
        assertThat(Main.execute(concat(base, "--out", tmp.resolve("a").toString(), "--signing", "v1"))).isZero();
        assertThat(Files.readString(tmp.resolve("a/run.json"))).contains("words:3+fold\"");
        // no --signing: the state's version, and the wire pair still clusters
        assertThat(Main.execute(concat(base, "--out", tmp.resolve("b").toString()))).isZero();
        assertThat(Files.readString(tmp.resolve("b/run.json"))).contains("superminhash-hash4j-v1");
        assertThat(Files.readAllLines(tmp.resolve("b/clusters.jsonl"))).hasSize(1);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute(concat(base, "--out", tmp.resolve("c").toString(), "--signing", "v2")))
                    .isEqualTo(ExitCodes.CONFIG);
            assertThat(Main.execute(concat(base, "--out", tmp.resolve("d").toString(), "--signing", "v9")))
                    .isEqualTo(ExitCodes.CONFIG);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("configuration error", "--signing", "v1 or v2");
        // a new run without state signs with v2
        assertThat(Main.execute("run", "--in", SEEDS.toString(), "--out", tmp.resolve("e").toString(), "--no-state",
                "-q")).isZero();
        assertThat(Files.readString(tmp.resolve("e/run.json"))).contains("oph-densified-v1", "words:3+fold+v2");
        assertThat(Files.readAllLines(tmp.resolve("e/clusters.jsonl"))).hasSize(1);
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    @Test
    void outputsAreByteIdenticalWhateverThreadsAndInputOrder(@TempDir Path tmp) throws IOException {
        List<Path> seeds;
        try (Stream<Path> list = Files.list(SEEDS)) {
            seeds = list.sorted().toList();
        }
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(Main.execute("run", "--in", SEEDS.toString(), "--out", one.toString(), "--threads", "1", "-q")).isZero();
        String[] reversed = Stream.concat(Stream.of("run", "--in"),
                Stream.concat(seeds.stream().sorted(java.util.Comparator.reverseOrder()).map(Path::toString),
                        Stream.of("--out", two.toString(), "--threads", "4", "-q"))).toArray(String[]::new);
        assertThat(Main.execute(reversed)).isZero();
        for (String file : List.of("docs.jsonl", "clusters.jsonl", "report.html", "clean/002_178392d2111f60cf.txt")) {
            assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
        }
    }

    @Test
    void badFilesAreRecordedAndTheRunGoesOnWithExitCodeOne(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(SEEDS.resolve("000_c8a5e1351f70358b.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.html"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 5});
        Files.write(in.resolve("broken.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        Path out = tmp.resolve("out");
        assertThat(Main.execute("run", "--in", in.toString(), "--out", out.toString(), "-q"))
                .isEqualTo(ExitCodes.DOCUMENTS_FAILED);
        Map<?, ?> run = Json.mapper().readValue(out.resolve("run.json").toFile(), Map.class);
        Map<?, ?> counts = (Map<?, ?>) run.get("counts");
        assertThat(counts.get("documents")).isEqualTo(4);
        assertThat(counts.get("failed")).isEqualTo(3);
        assertThat(run.get("problems").toString()).contains("empty", "binary", "broken");
        assertThat(Files.readAllLines(out.resolve("docs.jsonl"))).hasSize(4);
        assertThat(out.resolve("clean/good.txt")).exists();
    }

    @Test
    void aBadRulesFileStopsTheRunWithFileAndLine(@TempDir Path tmp) throws IOException {
        Path rules = tmp.resolve("bad.rules");
        Files.writeString(rules, "line ok ok\nfrobnicate x y\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute("run", "--rules", rules.toString(), "--out", tmp.resolve("o").toString(), "-q");
        assertThat(code).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.rules:2").contains("frobnicate");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aMissingInputIsAConfigurationError(@TempDir Path tmp) {
        assertThat(Main.execute("run", "--in", tmp.resolve("nope").toString(), "--out", tmp.resolve("o").toString(), "-q"))
                .isEqualTo(ExitCodes.CONFIG);
    }

    @Test
    void rulesCheckValidatesWithoutRunning(@TempDir Path tmp) throws IOException {
        assertThat(Main.execute("rules", "check")).isZero();
        Path bad = tmp.resolve("x.rules");
        Files.writeString(bad, "line bad (\n");
        CommandLine cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(new StringWriter()));
        assertThat(cli.execute("rules", "check", "--rules", bad.toString())).isEqualTo(ExitCodes.CONFIG);
    }

    @Test
    void cleanReadsStdinAndWritesStdout() throws IOException {
        String page = Files.readString(SEEDS.resolve("002_178392d2111f60cf.txt"));
        String out = withStdio(page, () -> Main.execute("clean", "--in", "-", "--out", "-", "-q"));
        assertThat(out).startsWith("President Kassym-Jomart Tokayev blamed the unrest");
        assertThat(out).doesNotContain("Latest World News", "Picture: PA", "By Press Association");
    }

    @Test
    void cleanWritesAFolderWithoutClusters(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("c");
        assertThat(Main.execute("clean", "--in", SEEDS.toString(), "--out", out.toString(), "-q")).isZero();
        assertThat(out.resolve("docs.jsonl")).exists();
        assertThat(out.resolve("clusters.jsonl")).doesNotExist();
        assertThat(Files.readString(out.resolve("docs.jsonl"))).doesNotContain("\"cluster\"");
    }

    @Test
    void noCleanFilesWritesTheSameDocsJsonlAndLeavesAnExistingCleanFolderAlone(@TempDir Path tmp) throws IOException {
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        assertThat(Main.execute("run", "--in", SEEDS.toString(), "--out", with.toString(), "--no-state", "-q")).isZero();
        assertThat(Main.execute("run", "--in", SEEDS.toString(), "--out", without.toString(), "--no-state",
                "--no-clean-files", "-q")).isZero();
        assertThat(without.resolve("clean")).doesNotExist();
        for (String file : List.of("docs.jsonl", "clusters.jsonl", "report.html")) {
            assertThat(Files.readAllBytes(without.resolve(file))).as(file).isEqualTo(Files.readAllBytes(with.resolve(file)));
        }
        assertThat(Files.readString(without.resolve("run.json"))).containsPattern("\"clean_files\" *: *false");

        // a later run without clean files neither deletes nor rewrites the earlier run's clean/
        Path earlier = with.resolve("clean/002_178392d2111f60cf.txt");
        Files.writeString(earlier, "kept as it was\n");
        assertThat(Main.execute("clean", "--in", SEEDS.toString(), "--out", with.toString(), "--no-clean-files",
                "-q")).isZero();
        assertThat(Files.readString(earlier)).isEqualTo("kept as it was\n");
        try (Stream<Path> files = Files.list(with)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".clean-"));
        }
    }

    @Test
    void explainShowsVerdictsAndTheRuleThatDecided() throws IOException {
        String out = withStdio("", () -> Main.execute("explain", SEEDS.resolve("001_03f5650bdb0a157d.txt").toString()));
        assertThat(out).contains("KEEP", "DROP", "JOIN", "source-link", "boilerplate.rules:");
    }

    private static String withStdio(String stdin, java.util.concurrent.Callable<Integer> body) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(body.call()).isZero();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void benchGeneratesACorpusRunsTheJobAndReportsEveryStage(@TempDir Path tmp) throws IOException {
        String out = withStdio("", () -> Main.execute("bench", "--docs", "40", "--work", tmp.toString(), "--threads", "2"));
        assertThat(out).contains("clean", "fingerprint", "cluster", "write", "docs/s", "peak heap");
        Map<?, ?> report = Json.mapper().readValue(tmp.resolve("bench.json").toFile(), Map.class);
        assertThat(report.get("documents")).isEqualTo(40);
        assertThat((List<?>) report.get("gc_collectors")).isNotEmpty(); // which collector the figures were taken under
        assertThat(((Map<?, ?>) report.get("stages")).keySet().stream().map(Object::toString).toList()).contains("read", "clean", "fingerprint", "cluster", "write", "wall");
        assertThat(tmp.resolve("out/docs.jsonl")).exists();
    }
}
