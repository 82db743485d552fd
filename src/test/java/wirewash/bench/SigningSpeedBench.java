package wirewash.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.MinHasher;
import wirewash.dedup.Normalizer;
import wirewash.dedup.OnePermutationHasher;
import wirewash.dedup.Shingler;
import wirewash.dedup.Signing;
import wirewash.dedup.SuperMinHasher;
import wirewash.dedup.TextShingler;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.quality.Bench;
import wirewash.rules.RuleLoader;

/**
 * Signing speed per core, in documents per CPU-second of the measuring thread (so that other jobs on a shared
 * machine slow it less than wall-clock time would): the whole fingerprint with signing v1 (text to tokens, shingles
 * and SuperMinHash signature) and v2 (one-pass token hashes, k-grams from token hashes, one-permutation MinHash),
 * v2's shingles with SuperMinHash and alone, the naive way (v1's tokens and shingles, 128 independent hash
 * functions), and the signers alone on ready shingle sets, in alternating rounds of one run. A benchmark to run by hand,
 * not a test: nothing asserts on timings. Bodies: the clean texts of the 181 benchmark pages, or every file in a
 * folder given as the argument (e.g. a run's clean/ folder).
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) wirewash.bench.SigningSpeedBench [FOLDER]
 * </pre>
 */
public final class SigningSpeedBench {
    static final int ROUNDS = 5;
    static final long ROUND_NANOS = 2_000_000_000L;

    private SigningSpeedBench() {}

    public static void main(String[] args) throws Exception {
        List<String> bodies = args.length > 0 ? folder(Path.of(args[0])) : benchBodies();
        DedupConfig config = DedupConfig.defaults();
        Deduplicator v1 = new Deduplicator(config.withSigning(Signing.V1));
        Deduplicator v2 = new Deduplicator(config.withSigning(Signing.V2));
        Deduplicator v2Super = new Deduplicator(config.withSigning(Signing.V2).withAlgorithm(SuperMinHasher.ALGORITHM));
        TextShingler v2Shingler = config.withSigning(Signing.V2).shingler();
        OnePermutationHasher oph = new OnePermutationHasher(config.numPerm(), config.seed(), "words:3+fold");
        Normalizer normalizer = new Normalizer(config.foldSpellings());
        Shingler shingler = new Shingler(config.shingleSize());
        MinHasher kHash = new MinHasher(config.numPerm(), config.seed(), "words:3+fold");
        SuperMinHasher superMinHash = new SuperMinHasher(config.numPerm(), config.seed(), "words:3+fold");
        List<long[]> shingles = new ArrayList<>();
        long words = 0;
        for (String body : bodies) {
            List<String> tokens = normalizer.tokens(body);
            words += tokens.size();
            shingles.add(shingler.shingles(tokens));
        }
        System.out.printf(Locale.ROOT, "%d bodies, %d words each on average%n", bodies.size(), words / bodies.size());
        List<String> names = List.of("v1 fingerprint (text -> " + v1.scheme().algorithm() + ")",
                "v2 fingerprint (text -> " + v2.scheme().algorithm() + ")", "naive (text -> 128 k-hash MinHash)",
                "v2 shingles + " + v2Super.scheme().algorithm(), "v2 shingles alone (text -> sorted shingles)",
                "SuperMinHash alone (shingles -> signature)", "k-hash alone (shingles -> signature)",
                "one-permutation alone (shingles -> signature)");
        List<ToLongFunction<Integer>> tasks = List.of(
                i -> v1.fingerprint("x", bodies.get(i), null).shingleCount(),
                i -> v2.fingerprint("x", bodies.get(i), null).shingleCount(),
                i -> kHash.signature(shingler.shingles(normalizer.tokens(bodies.get(i)))).value(0),
                i -> v2Super.fingerprint("x", bodies.get(i), null).shingleCount(),
                i -> v2Shingler.shingle(bodies.get(i)).shingles().length,
                i -> superMinHash.signature(shingles.get(i)).value(0),
                i -> kHash.signature(shingles.get(i)).value(0),
                i -> oph.signature(shingles.get(i)).value(0));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "load average at start %.2f%n", loadAverage());
        double[][] rates = new double[tasks.size()][ROUNDS];
        double[] last = new double[tasks.size()];
        for (int round = 0; round < ROUNDS; round++) {
            for (int t = 0; t < tasks.size(); t++) {
                long cpu0 = cpu.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long sink = 0;
                int docs = 0;
                while (System.nanoTime() - wall0 < ROUND_NANOS) {
                    for (int i = 0; i < bodies.size(); i++) sink += tasks.get(t).applyAsLong(i);
                    docs += bodies.size();
                }
                last[t] = docs / ((cpu.getCurrentThreadCpuTime() - cpu0) / 1e9);
                rates[t][round] = last[t];
                System.out.printf(Locale.ROOT, "round %d  %-44s %9.0f docs per CPU-second%s%n", round, names.get(t),
                        last[t], sink == 42 ? " " : "");
            }
        }
        System.out.printf(Locale.ROOT, "last round: v2 / v1 = %.2f; v1 / naive = %.2f; v2 / naive = %.2f; "
                + "SuperMinHash / k-hash alone = %.2f%n", last[1] / last[0], last[0] / last[2], last[1] / last[2],
                last[5] / last[6]);
        double[] median = new double[tasks.size()];
        for (int t = 0; t < tasks.size(); t++) {
            double[] sorted = rates[t].clone();
            java.util.Arrays.sort(sorted);
            median[t] = sorted[ROUNDS / 2];
            System.out.printf(Locale.ROOT, "median of %d rounds  %-44s %9.0f docs per CPU-second%n", ROUNDS,
                    names.get(t), median[t]);
        }
        System.out.printf(Locale.ROOT, "medians: v2 / v1 = %.2f; v2 / naive = %.2f; load average at end %.2f%n",
                median[1] / median[0], median[1] / median[2], loadAverage());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<String> benchBodies() throws Exception {
        Cleaner cleaner = new Cleaner(RuleLoader.load(Path.of("rules")));
        List<String> bodies = new ArrayList<>();
        for (String id : Bench.ids(null)) bodies.add(cleaner.clean(new RawDocument(id, id, Format.TEXT, Bench.text(id))).text());
        return bodies;
    }

    private static List<String> folder(Path folder) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) bodies.add(Files.readString(file));
        }
        return bodies;
    }
}
