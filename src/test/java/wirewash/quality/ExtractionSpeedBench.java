package wirewash.quality;

import com.sun.management.OperatingSystemMXBean;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import wirewash.clean.Cleaner;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleLoader;

/**
 * Extracts the 181 benchmark pages with wirewash's HTML chain and with boilerpipe's ArticleExtractor, side by
 * side, and prints pages per second and F1 for each. A benchmark to run by hand, not a test: timings depend on
 * the machine, so nothing here asserts on them. Single-threaded; the pages are decoded to strings first.
 *
 * <p>Each extractor first runs once over the pages untimed (its output is what F1 is computed on), so that both
 * have their classes loaded before any is timed. Then two phases, each printed. <b>Warm-up</b>: each extractor
 * alone runs {@value #DEFAULT_WARMUP_ROUNDS} rounds over the pages (wirewash's, then boilerpipe's), the JVM
 * compiling its code on the way; what a short batch pays. <b>Steady</b>: then {@value #DEFAULT_TIMED_ROUNDS} rounds each, alternating (A, B, A, B…), so that a
 * change in the machine's load during the run falls on both alike; what a long batch (a night of thousands of
 * pages) pays per page once its code is compiled. wirewash has more code for the JIT to compile than boilerpipe,
 * and most of it runs once per page (a filter's {@code process}): at 181 calls a round, such a method reaches the
 * optimising compiler's thresholds only after some 30 to 60 rounds, where a night's batch of thousands of pages is
 * long past them. After 20 warm-up rounds the steady rounds still paid those first compiles (BENCHMARKS.md), so
 * the warm-up is 60 rounds. The two phases rank the extractors differently: read both.
 *
 * <p>Pages per second are given by three clocks: the process's CPU time (what the extractor costs, garbage
 * collection and the JIT compiling it included; less sensitive to other jobs on a shared machine than elapsed
 * time), the extracting thread's own CPU time (the extractor's code alone), and elapsed time; below each line,
 * the bytes the extracting thread allocated per page and the collectors' reported time per page, which tell how
 * much of the gap between process and thread CPU is garbage collection. Two optional
 * arguments set the rounds: {@code WARMUP TIMED}.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) wirewash.quality.ExtractionSpeedBench [WARMUP TIMED]
 * </pre>
 */
public final class ExtractionSpeedBench {
    static final int DEFAULT_WARMUP_ROUNDS = 60;
    static final int DEFAULT_TIMED_ROUNDS = 10;

    private ExtractionSpeedBench() {}

    /** CPU and elapsed nanoseconds spent on some rounds, by the three clocks. */
    private static final class Clocks {
        private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long process;
        long thread;
        long wall;
        /** Bytes the extracting thread allocated, and milliseconds the collectors reported, over the rounds. */
        long allocated;
        long gcMillis;
        int pages;

        /** Runs the extractor over the pages once, adding what it took. */
        void round(Function<String, String> extractor, List<String> ids, Map<String, String> pages,
                   Map<String, String> out) {
            long gc = gcMillis();
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long cpu = os.getProcessCpuTime();
            long own = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (String id : ids) {
                String text = extractor.apply(pages.get(id));
                if (out != null) out.put(id, text);
            }
            process += os.getProcessCpuTime() - cpu;
            thread += threads.getCurrentThreadCpuTime() - own;
            wall += System.nanoTime() - start;
            allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
            gcMillis += gcMillis() - gc;
            this.pages += ids.size();
        }

        /** The collection time all the JVM's collectors report so far. */
        private static long gcMillis() {
            long millis = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                millis += Math.max(0, collector.getCollectionTime());
            }
            return millis;
        }

        double[] pagesPerSecond() {
            return new double[] {pages / (process / 1e9), pages / (thread / 1e9), pages / (wall / 1e9)};
        }
    }

    public static void main(String[] args) throws Exception {
        int warmupRounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_WARMUP_ROUNDS;
        int timedRounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_TIMED_ROUNDS;
        Map<String, String> gold = Bench.gold();
        List<String> ids = Bench.ids(null);
        Map<String, String> pages = new HashMap<>();
        for (String id : ids) pages.put(id, Bench.html(id));
        Cleaner cleaner = new Cleaner(RuleLoader.load(Path.of("rules")));
        Map<String, Function<String, String>> extractors = new LinkedHashMap<>();
        extractors.put("wirewash", html -> cleaner.clean(new RawDocument("page", "page", Format.HTML, html)).text());
        extractors.put("boilerpipe ArticleExtractor", ExtractionSpeedBench::boilerpipe);

        // One untimed round of each first, which loads both extractors' classes: a class loaded later (the second
        // extractor's, implementing the JDK's interfaces) undoes the compiled code of the first that assumed fewer
        // implementations, which would then compile again during the steady rounds. A process runs one of them.
        Map<String, Map<String, String>> predicted = new LinkedHashMap<>();
        for (Map.Entry<String, Function<String, String>> extractor : extractors.entrySet()) {
            Map<String, String> out = new HashMap<>();
            new Clocks().round(extractor.getValue(), ids, pages, out);
            predicted.put(extractor.getKey(), out);
        }
        Map<String, Clocks> warmup = new LinkedHashMap<>();
        for (Map.Entry<String, Function<String, String>> extractor : extractors.entrySet()) {
            Clocks clocks = new Clocks();
            for (int round = 0; round < warmupRounds; round++) clocks.round(extractor.getValue(), ids, pages, null);
            warmup.put(extractor.getKey(), clocks);
        }
        Map<String, Clocks> steady = new LinkedHashMap<>();
        for (String name : extractors.keySet()) steady.put(name, new Clocks());
        for (int round = 0; round < timedRounds; round++) {
            for (Map.Entry<String, Function<String, String>> extractor : extractors.entrySet()) {
                steady.get(extractor.getKey()).round(extractor.getValue(), ids, pages, null);
            }
        }
        if (warmupRounds > 0) print("warm-up, " + warmupRounds + " rounds each alone", warmup, gold, predicted, ids);
        if (timedRounds > 0) print("steady, " + timedRounds + " rounds each alternating", steady, gold, predicted, ids);
    }

    private static void print(String phase, Map<String, Clocks> clocks, Map<String, String> gold,
                              Map<String, Map<String, String>> predicted, List<String> ids) {
        System.out.println(phase + ":");
        double[] first = null;
        for (Map.Entry<String, Clocks> entry : clocks.entrySet()) {
            double[] rates = entry.getValue().pagesPerSecond();
            if (first == null) first = rates;
            Clocks c = entry.getValue();
            System.out.printf(Locale.ROOT, "  %-28s %7.1f pages/s CPU %7.1f thread CPU %7.1f elapsed  %s%n",
                    entry.getKey(), rates[0], rates[1], rates[2],
                    ExtractionScore.score(gold, predicted.get(entry.getKey()), ids));
            System.out.printf(Locale.ROOT, "  %-28s %7.0f KB allocated per page, collectors %.2f ms per page%n", "",
                    c.allocated / 1024.0 / c.pages, (double) c.gcMillis / c.pages);
        }
        if (clocks.size() == 2) {
            double[] second = clocks.values().stream().skip(1).findFirst().orElseThrow().pagesPerSecond();
            System.out.printf(Locale.ROOT, "  %-28s %7.2f x CPU       %7.2f x thread CPU %5.2f x elapsed%n",
                    "ratio (first / second)", first[0] / second[0], first[1] / second[1], first[2] / second[2]);
        }
    }

    private static String boilerpipe(String html) {
        try {
            return ArticleExtractor.INSTANCE.getText(html);
        } catch (BoilerpipeProcessingException | RuntimeException e) {
            return "";
        }
    }
}
