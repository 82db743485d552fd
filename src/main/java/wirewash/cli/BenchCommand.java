package wirewash.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.run.JvmStats;
import wirewash.run.LocalRunner;
import wirewash.run.OutputFolder;
import wirewash.run.RunResult;
import wirewash.sink.Json;
import wirewash.source.Decoder;
import wirewash.synth.CorpusFolder;
import wirewash.synth.CorpusGenerator;
import wirewash.synth.StoryPool;
import wirewash.synth.SynthConfig;

/**
 * {@code wirewash bench}: runs the whole job (clean, fingerprint, cluster, write) over a generated or given corpus
 * and reports, per stage, docs/s and MB/s, with the peak heap and GC time, so anyone can rerun the figures in
 * BENCHMARKS.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End-to-end benchmark: generate a labelled corpus of N scraped-text documents (or use --in),",
                "run the whole job on it, and print docs/s and MB/s per stage, peak heap and GC time;",
                "also written to WORK/bench.json."})
final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_GOLD = "src/test/resources/bench/ground-truth.json";

    @Option(names = "--docs", paramLabel = "N", defaultValue = "10000",
            description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", paramLabel = "GOLD.json", defaultValue = DEFAULT_GOLD,
            description = "Article bodies for the generator (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--in", paramLabel = "DIR", description = "Benchmark this corpus instead of generating one.")
    Path in;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where the corpus and the run's output go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Mixin
    RulesOption rules;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        Path corpus = in != null ? in : generate();
        long inputBytes = sizeOf(corpus);
        Cleaner cleaner = new Cleaner(rules.load());
        Deduplicator deduplicator = new Deduplicator(DedupConfig.defaults());
        LocalRunner runner = new LocalRunner(new Decoder(), cleaner, deduplicator, input.threads());
        System.gc();
        JvmStats.resetPeaks();
        long gcBefore = JvmStats.gcMillis();
        long gcCountBefore = JvmStats.gcCount();
        Map<String, Object> summary;
        RunResult result;
        long live;
        long liveWhole;
        long wholeCollections;
        try (JvmStats.LiveHeapPeak livePeak = new JvmStats.LiveHeapPeak()) {
            result = runner.run(List.of(corpus), TerminalProgress.forTerminal(false));
            try (RunResult closing = result) {
                summary = new OutputFolder(work.resolve("out"), input.threads(), output.cleanFiles()).write(result,
                        true, Map.of("command", "bench"));
            }
            live = livePeak.bytes();
            liveWhole = livePeak.wholeHeapBytes();
            wholeCollections = livePeak.wholeHeapCollections();
        }
        long peak = JvmStats.peakHeapBytes();
        long gcMillis = JvmStats.gcMillis() - gcBefore;
        Map<String, Object> report = report(result, summary, inputBytes, peak, live, gcMillis,
                JvmStats.gcCount() - gcCountBefore);
        // the live heap a collection of the whole heap found: the run's real live data at that moment
        report.put("live_heap_full_gc_mb", liveWhole / (1 << 20));
        report.put("full_gc_count", wholeCollections);
        Files.createDirectories(work);
        Files.writeString(work.resolve("bench.json"), Json.pretty(report) + "\n");
        print(report);
        return ExitCodes.OK;
    }

    private Path generate() throws Exception {
        Path corpus = work.resolve("corpus-" + docs + "-" + seed);
        if (Files.isDirectory(corpus.resolve(CorpusFolder.DOCS))) return corpus.resolve(CorpusFolder.DOCS);
        if (!Files.isRegularFile(from)) throw new wirewash.source.InputException(from + ": no such file (see --from)");
        StoryPool pool;
        try (InputStream stream = Files.newInputStream(from)) {
            pool = new StoryPool(StoryPool.readGold(stream), seed);
        }
        System.err.printf(Locale.ROOT, "wirewash: generating %d documents into %s%n", docs, corpus);
        try (CorpusFolder folder = new CorpusFolder(corpus)) {
            new CorpusGenerator(pool, SynthConfig.of(seed, docs)).generate(folder);
        }
        return corpus.resolve(CorpusFolder.DOCS);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> report(RunResult result, Map<String, Object> summary, long inputBytes, long peak,
                                       long live, long gcMillis, long gcCount) {
        int n = result.documents().size();
        Map<String, Object> timings = (Map<String, Object>) summary.get("timings_ms");
        double wallMs = ((Number) timings.get("wall")).doubleValue();
        double mb = inputBytes / 1e6;
        Map<String, Object> stages = new LinkedHashMap<>();
        for (Map.Entry<String, Object> stage : timings.entrySet()) {
            double ms = ((Number) stage.getValue()).doubleValue();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ms", ms);
            row.put("docs_per_s", ms > 0 ? Json.round(n / (ms / 1000)) : null);
            row.put("mb_per_s", ms > 0 ? Json.round(mb / (ms / 1000)) : null);
            stages.put(stage.getKey(), row);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("documents", n);
        report.put("input_mb", Json.round(mb));
        report.put("threads", input.threads());
        report.put("clean_files", output.cleanFiles());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("max_heap_mb", JvmStats.maxHeapBytes() / (1 << 20));
        report.put("peak_heap_mb", peak / (1 << 20));
        report.put("live_heap_mb", live / (1 << 20));
        report.put("gc_ms", gcMillis);
        report.put("gc_count", gcCount);
        report.put("gc_collectors", JvmStats.collectorNames());
        report.put("docs_per_s", Json.round(n / (wallMs / 1000)));
        report.put("mb_per_s", Json.round(mb / (wallMs / 1000)));
        report.put("duplicate_clusters", result.duplicateClusters());
        report.put("stages", stages);
        report.put("note", "stage times of read/clean/fingerprint are summed over worker threads; wall is elapsed");
        return report;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> report) {
        System.out.printf(Locale.ROOT, "documents %s (%s MB), %s threads on %s cores, heap max %s MB%s%n",
                report.get("documents"), report.get("input_mb"), report.get("threads"), report.get("cores"),
                report.get("max_heap_mb"), Boolean.TRUE.equals(report.get("clean_files")) ? "" : ", no clean/ files");
        System.out.printf(Locale.ROOT, "%-12s %12s %12s %10s%n", "stage", "ms", "docs/s", "MB/s");
        Map<String, Object> stages = (Map<String, Object>) report.get("stages");
        for (Map.Entry<String, Object> e : stages.entrySet()) {
            Map<String, Object> row = (Map<String, Object>) e.getValue();
            System.out.printf(Locale.ROOT, "%-12s %12s %12s %10s%n", e.getKey(), row.get("ms"), row.get("docs_per_s"),
                    row.get("mb_per_s"));
        }
        System.out.printf(Locale.ROOT, "end to end: %s docs/s, %s MB/s; peak heap %s MB (live after GC at most %s MB, "
                        + "after a full GC at most %s MB in %s full); GC %s ms in %s collections (%s)%n",
                report.get("docs_per_s"), report.get("mb_per_s"), report.get("peak_heap_mb"),
                report.get("live_heap_mb"), report.get("live_heap_full_gc_mb"), report.get("full_gc_count"),
                report.get("gc_ms"), report.get("gc_count"),
                String.join(", ", (List<String>) report.get("gc_collectors")));
    }

    private static long sizeOf(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
