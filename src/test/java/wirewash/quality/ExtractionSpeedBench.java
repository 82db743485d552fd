package wirewash.quality;

import com.sun.management.OperatingSystemMXBean;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * the machine, so nothing here asserts on them. Single-threaded; the pages are decoded to strings first and
 * each extractor gets {@value #DEFAULT_WARMUP_ROUNDS} untimed rounds, then {@value #DEFAULT_TIMED_ROUNDS} timed rounds
 * each, alternating (A, B, A, B…), so that a change in the machine's load during the run falls on both alike.
 * Pages per second are given by three clocks: the process's CPU time (what the extractor costs, garbage
 * collection and the JIT compiling it included; less sensitive to other jobs on a shared machine than elapsed
 * time), the extracting thread's own CPU time (the extractor's code alone, as a long batch runs it once
 * compiled), and elapsed time. Two optional arguments set the rounds: {@code WARMUP TIMED}; with more warm-up
 * rounds the figures approach a long batch's steady state, with fewer they include more of the JIT's start.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) wirewash.quality.ExtractionSpeedBench [WARMUP TIMED]
 * </pre>
 */
public final class ExtractionSpeedBench {
    static final int DEFAULT_WARMUP_ROUNDS = 2;
    static final int DEFAULT_TIMED_ROUNDS = 5;

    private ExtractionSpeedBench() {}

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

        Map<String, Map<String, String>> predicted = new LinkedHashMap<>();
        for (Map.Entry<String, Function<String, String>> extractor : extractors.entrySet()) {
            Map<String, String> out = new HashMap<>();
            for (int round = 0; round < Math.max(1, warmupRounds); round++) {
                for (String id : ids) out.put(id, extractor.getValue().apply(pages.get(id)));
            }
            predicted.put(extractor.getKey(), out);
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpuNanos = new LinkedHashMap<>();
        Map<String, Long> threadNanos = new LinkedHashMap<>();
        Map<String, Long> wallNanos = new LinkedHashMap<>();
        for (int round = 0; round < timedRounds; round++) {
            for (Map.Entry<String, Function<String, String>> extractor : extractors.entrySet()) {
                long cpu = os.getProcessCpuTime();
                long thread = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                for (String id : ids) extractor.getValue().apply(pages.get(id));
                cpuNanos.merge(extractor.getKey(), os.getProcessCpuTime() - cpu, Long::sum);
                threadNanos.merge(extractor.getKey(), threads.getCurrentThreadCpuTime() - thread, Long::sum);
                wallNanos.merge(extractor.getKey(), System.nanoTime() - wall, Long::sum);
            }
        }
        int extracted = ids.size() * timedRounds;
        for (String name : extractors.keySet()) {
            System.out.printf(Locale.ROOT, "%-28s %7.1f pages/s CPU %7.1f thread CPU %7.1f elapsed  %s%n", name,
                    extracted / (cpuNanos.get(name) / 1e9), extracted / (threadNanos.get(name) / 1e9),
                    extracted / (wallNanos.get(name) / 1e9),
                    ExtractionScore.score(gold, predicted.get(name), ids));
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
