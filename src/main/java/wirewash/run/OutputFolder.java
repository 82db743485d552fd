package wirewash.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import wirewash.model.DocumentResult;
import wirewash.model.Problem;
import wirewash.sink.AtomicFiles;
import wirewash.sink.CleanTexts;
import wirewash.sink.ClustersJsonl;
import wirewash.sink.DocsJsonl;
import wirewash.sink.DocumentIndex;
import wirewash.sink.Json;
import wirewash.sink.ReportHtml;
import wirewash.sink.ReportInfo;
import wirewash.sink.RunJson;

/**
 * Writes a run's results into its output folder: docs.jsonl, clean/ (unless told not to), and — when dedup ran —
 * clusters.jsonl and report.html, then run.json. Every file is written atomically; all but run.json are
 * byte-identical for the same input whatever the thread count.
 */
public final class OutputFolder {
    public static final String DOCS = "docs.jsonl";
    public static final String CLUSTERS = "clusters.jsonl";
    public static final String REPORT = "report.html";
    public static final String RUN = "run.json";

    /** Documents read and rendered at once when writing docs.jsonl and clean/. */
    private static final int DOCUMENTS_PER_CHUNK = 512;

    private final Path dir;
    private final int threads;
    private final boolean cleanFiles;

    /** An output folder written on as many threads as the machine has cores. */
    public OutputFolder(Path dir) {
        this(dir, Runtime.getRuntime().availableProcessors());
    }

    /** An output folder written on at most {@code threads} threads (the run's {@code --threads}), with clean/. */
    public OutputFolder(Path dir, int threads) {
        this(dir, threads, true);
    }

    /**
     * @param threads    at most this many threads write (the run's {@code --threads})
     * @param cleanFiles whether to write clean/ (a file per document); when false an existing clean/ is left as it
     *                   is, and docs.jsonl alone holds the clean texts
     */
    public OutputFolder(Path dir, int threads, boolean cleanFiles) {
        this.dir = dir;
        this.threads = threads;
        this.cleanFiles = cleanFiles;
    }

    /**
     * Writes every output file.
     *
     * @param settings what the run was asked to do, echoed into run.json
     * @return the run's summary as written to run.json
     */
    public Map<String, Object> write(RunResult result, boolean withClusters, Map<String, Object> settings)
            throws IOException {
        long t = System.nanoTime();
        Files.createDirectories(dir);
        WorkerPool.within(threads, () -> {
            writeDocuments(result.documents(), withClusters);
            return null;
        });
        if (withClusters) {
            ClustersJsonl.write(dir.resolve(CLUSTERS), result.clusters());
            ReportHtml.write(dir.resolve(REPORT), result.documents(), result.clusters(),
                    ReportInfo.of(ReportInfo.DEFAULT_TITLE, "", result.documents(), result.clusters()));
        }
        double writeMillis = (System.nanoTime() - t) / 1e6;
        Map<String, Object> summary = summary(result, settings, writeMillis);
        RunJson.write(dir.resolve(RUN), summary);
        return summary;
    }

    /**
     * Writes docs.jsonl and clean/ in one pass over the documents, a chunk at a time: the chunk's documents are
     * read (from the spool, when spooled), turned into JSON lines encoded as UTF-8 and written to clean/ on all
     * cores, then their lines are appended in order. A new clean/ is put in place whole, just before docs.jsonl.
     */
    private void writeDocuments(List<DocumentResult> docs, boolean withClusters) throws IOException {
        CleanTexts clean = cleanFiles ? CleanTexts.open(dir.resolve(CleanTexts.FOLDER)) : null;
        try {
            AtomicFiles.writeBytes(dir.resolve(DOCS), out -> {
                for (int from = 0; from < docs.size(); from += DOCUMENTS_PER_CHUNK) {
                    int start = from;
                    byte[][] lines = new byte[Math.min(docs.size(), from + DOCUMENTS_PER_CHUNK) - from][];
                    try {
                        IntStream.range(0, lines.length).parallel().forEach(i -> {
                            DocumentResult doc = docs.get(start + i);
                            // encoded here, on all cores: appended below on one thread, the encoding of 5 GB of
                            // text was the longest part of writing docs.jsonl that no other core could share
                            // (an unpaired surrogate becomes '?', as the text files' writer makes it)
                            lines[i] = Json.line(DocsJsonl.record(doc, withClusters)).getBytes(StandardCharsets.UTF_8);
                            if (clean != null) clean.write(doc);
                        });
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                    for (byte[] line : lines) {
                        out.write(line);
                        out.write('\n');
                    }
                }
                // clean/ in place before docs.jsonl, which names its documents
                if (clean != null) clean.publish();
            });
        } catch (IOException | RuntimeException | Error e) {
            if (clean == null) throw e;
            try {
                clean.discard();
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The content of run.json. */
    public static Map<String, Object> summary(RunResult result, Map<String, Object> settings, double writeMillis) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        out.put("settings", settings);
        Map<String, Object> counts = new LinkedHashMap<>();
        int warnings = 0;
        int removed = 0;
        List<DocumentResult> docs = result.documents();
        DocumentIndex index = DocumentIndex.of(docs);
        for (int i = 0; i < docs.size(); i++) {
            warnings += (int) index.problems(i).stream().filter(p -> !p.isError()).count();
            removed += index.removedBlocks(i);
        }
        counts.put("documents", result.documents().size());
        counts.put("failed", result.failed());
        counts.put("skipped_files", result.skipped());
        counts.put("warnings", warnings);
        counts.put("removed_blocks", removed);
        counts.put("clusters", result.clusters().size());
        counts.put("duplicate_clusters", result.duplicateClusters());
        long duplicates = 0;
        for (int i = 0; i < docs.size(); i++) if (index.duplicate(i)) duplicates++;
        counts.put("duplicates", duplicates);
        out.put("counts", counts);
        Map<String, Object> timings = new LinkedHashMap<>(orderedStages(result.stageMillis()));
        timings.put("write", Math.round(writeMillis * 10) / 10.0);
        double wall = result.wallMillis() + writeMillis;
        timings.put("wall", Math.round(wall * 10) / 10.0);
        out.put("timings_ms", timings);
        out.put("docs_per_second", wall > 0 ? Json.round(result.documents().size() / (wall / 1000.0)) : null);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem p : result.listing()) problems.add(problem(null, null, p));
        for (int i = 0; i < docs.size(); i++) {
            if (index.problems(i).isEmpty()) continue;
            DocumentResult doc = docs.get(i);
            for (Problem p : doc.document().problems()) problems.add(problem(doc.id(), doc.document().source(), p));
        }
        out.put("problems", problems);
        return out;
    }

    private static Map<String, Double> orderedStages(Map<String, Double> stageMillis) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String stage : StageTimes.STAGES) {
            if (stageMillis.containsKey(stage) && !stage.equals("write")) ordered.put(stage, stageMillis.get(stage));
        }
        return ordered;
    }

    private static Map<String, Object> problem(String id, String source, Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("source", source);
        m.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        m.put("stage", p.stage());
        m.put("message", p.message());
        return m;
    }
}
