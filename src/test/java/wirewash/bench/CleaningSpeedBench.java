package wirewash.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import wirewash.clean.BatchFurniture;
import wirewash.clean.Cleaner;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.quality.Bench;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

/**
 * Cleans the 181 benchmark pages (text dumps, then HTML pages) round after round on a pool of worker threads, as
 * {@code wirewash clean} does once warm, and prints pages per second of wall time and per CPU-second of the
 * workers. A benchmark to run by hand, not a test. Each round starts from fresh rules (an empty verdict memo)
 * and, for text, counts the batch's furniture first, like the command; reading files, the JVM's start and writing
 * outputs are left out (time the command for those). On a shared machine the wall figure moves with the load;
 * the CPU figure, what one core delivers, much less.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) wirewash.bench.CleaningSpeedBench [threads] [rounds]
 * </pre>
 */
public final class CleaningSpeedBench {
    static final int DEFAULT_THREADS = 2;
    static final int DEFAULT_ROUNDS = 20;

    private CleaningSpeedBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_THREADS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
        List<RawDocument> text = new ArrayList<>();
        List<RawDocument> html = new ArrayList<>();
        for (String id : Bench.ids(null)) {
            text.add(new RawDocument(id, id + ".txt", Format.TEXT, Bench.text(id)));
            html.add(new RawDocument(id, id + ".html", Format.HTML, Bench.html(id)));
        }
        RuleSet loaded = RuleLoader.load(Path.of("rules"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run("text", text, loaded, pool, threads, rounds);
            run("html", html, loaded, pool, threads, rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the rounds; the first half warms up, the second half is timed and its medians printed. */
    private static void run(String name, List<RawDocument> pages, RuleSet loaded, ExecutorService pool,
                            int threads, int rounds) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Cleaner cleaner = new Cleaner(new RuleSet(loaded.all()));
            AtomicLong cpuNanos = new AtomicLong();
            long start = System.nanoTime();
            Cleaner batch = cleaner;
            if (pages.get(0).format() == Format.TEXT) {
                List<BatchFurniture.Builder> shares = onPool(pool, threads, share -> {
                    long t = mx.getCurrentThreadCpuTime();
                    BatchFurniture.Builder builder = BatchFurniture.builder();
                    for (int i = share; i < pages.size(); i += threads) builder.add(cleaner.blockTexts(pages.get(i)));
                    cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - t);
                    return builder;
                });
                BatchFurniture.Builder all = BatchFurniture.builder();
                for (BatchFurniture.Builder share : shares) all.merge(share);
                batch = cleaner.withFurniture(all.build());
            }
            Cleaner chain = batch;
            AtomicInteger next = new AtomicInteger();
            onPool(pool, threads, share -> {
                long t = mx.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                    if (chain.clean(pages.get(i)).hasErrors()) throw new IllegalStateException("cleaning failed");
                }
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - t);
                return null;
            });
            if (round < rounds / 2) continue;
            wall.add((System.nanoTime() - start) / 1e9);
            cpu.add(cpuNanos.get() / 1e9);
        }
        double wallSeconds = median(wall);
        double cpuSeconds = median(cpu);
        System.out.printf(Locale.ROOT,
                "%s: %d pages, %d threads, median of %d rounds: %.0f pages/s wall, %.0f pages per CPU-second"
                        + " (%.2f ms CPU per page)%n",
                name, pages.size(), threads, wall.size(), pages.size() / wallSeconds, pages.size() / cpuSeconds,
                cpuSeconds * 1000 / pages.size());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static <T> List<T> onPool(ExecutorService pool, int tasks, java.util.function.IntFunction<T> task)
            throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            int share = i;
            futures.add(pool.submit(() -> task.apply(share)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) results.add(future.get());
        return results;
    }
}
