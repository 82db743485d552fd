package wirewash.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import wirewash.clean.BatchFurniture;
import wirewash.clean.Cleaner;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.quality.Bench;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

/**
 * Cleaning speed on the 181 benchmark pages as {@code wirewash clean} does it, warm: one invocation cleans the
 * whole batch (text dumps or HTML pages, already decoded to strings) on a pool of {@code threads} workers that
 * take the next page as they free up, like the runner. Throughput is in pages per second (one operation = one
 * page). Every invocation starts with fresh rules, so the rule-verdict memo is as empty as in a new run and a
 * repeated measurement does not find every line's verdict already known; the text benchmarks also start from
 * the batch's furniture counts, which {@code textPrepassAndClean} computes inside the timed part, as the
 * command does. Reading files, the JVM's start and writing outputs are not included: time the command for those.
 *
 * <pre>
 * mvn -q -Pjmh test-compile exec:exec -Djmh.args="-f 1 -wi 5 -i 5 -w 2s -r 2s CleaningBenchmarks"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleaningBenchmarks {
    /** Pages in the benchmark; one operation is one page. */
    static final int PAGES = 181;

    @Param("2")
    public int threads;

    private List<RawDocument> textPages;
    private List<RawDocument> htmlPages;
    private RuleSet loaded;
    private BatchFurniture textFurniture;
    private ExecutorService pool;
    /** A cleaner with fresh rules (an empty verdict memo) for each invocation. */
    private Cleaner textCleaner;
    private Cleaner htmlCleaner;
    private Cleaner plainCleaner;

    @Setup(Level.Trial)
    public void load() throws Exception {
        textPages = new ArrayList<>();
        htmlPages = new ArrayList<>();
        for (String id : Bench.ids(null)) {
            textPages.add(new RawDocument(id, id + ".txt", Format.TEXT, Bench.text(id)));
            htmlPages.add(new RawDocument(id, id + ".html", Format.HTML, Bench.html(id)));
        }
        if (textPages.size() != PAGES) throw new IllegalStateException("expected " + PAGES + " pages");
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "clean-bench");
            thread.setDaemon(true);
            return thread;
        });
        loaded = RuleLoader.load(Path.of("rules"));
        textFurniture = furniture(new Cleaner(loaded));
    }

    @Setup(Level.Invocation)
    public void freshRules() {
        RuleSet rules = new RuleSet(loaded.all());
        plainCleaner = new Cleaner(rules);
        textCleaner = plainCleaner.withFurniture(textFurniture);
        htmlCleaner = plainCleaner;
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.shutdownNow();
    }

    /** The filter chain over the 181 text dumps, the batch's furniture already counted. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void textClean(Blackhole sink) throws Exception {
        cleanAll(textCleaner, textPages, sink);
    }

    /** Counting the batch's furniture, then the chain over the 181 text dumps: the clean command's work. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void textPrepassAndClean(Blackhole sink) throws Exception {
        cleanAll(plainCleaner.withFurniture(furniture(plainCleaner)), textPages, sink);
    }

    /** The HTML chain (parsing included) over the 181 pages. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void htmlClean(Blackhole sink) throws Exception {
        cleanAll(htmlCleaner, htmlPages, sink);
    }

    private BatchFurniture furniture(Cleaner cleaner) throws Exception {
        List<BatchFurniture.Builder> shares = onPool(share -> {
            BatchFurniture.Builder builder = BatchFurniture.builder();
            for (int i = share; i < textPages.size(); i += threads) builder.add(cleaner.blockTexts(textPages.get(i)));
            return builder;
        });
        BatchFurniture.Builder all = BatchFurniture.builder();
        for (BatchFurniture.Builder share : shares) all.merge(share);
        return all.build();
    }

    private void cleanAll(Cleaner cleaner, List<RawDocument> pages, Blackhole sink) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Integer> words = onPool(share -> {
            int total = 0;
            for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                CleanDocument doc = cleaner.clean(pages.get(i));
                if (doc.hasErrors()) throw new IllegalStateException("cleaning failed: " + doc.problems());
                total += doc.paragraphs().size();
            }
            return total;
        });
        sink.consume(words);
    }

    private <T> List<T> onPool(java.util.function.IntFunction<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int share = i;
            futures.add(pool.submit(() -> task.apply(share)));
        }
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> future : futures) results.add(future.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }
}
