package wirewash.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.LshIndex;
import wirewash.dedup.MinHasher;
import wirewash.dedup.Normalizer;
import wirewash.dedup.Shingler;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.model.Signature;
import wirewash.quality.Bench;
import wirewash.rules.RuleLoader;

/**
 * JMH benchmarks of the hot paths, one operation per invocation, cycling through the 181 benchmark pages:
 * normalising and tokenising, shingling, signing, LSH insert and query, cleaning a text dump, extracting an HTML
 * page. Run: {@code mvn -q -Pjmh test-compile exec:exec}. Throughput is per operation (ops/s = docs/s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HotPathBenchmarks {
    private final Normalizer normalizer = new Normalizer();
    private final Shingler shingler = new Shingler(Shingler.DEFAULT_SIZE);
    private final MinHasher minHasher = new MinHasher(MinHasher.DEFAULT_NUM_PERM, MinHasher.DEFAULT_SEED,
            shingler.scheme());
    private final Deduplicator deduplicator = new Deduplicator(DedupConfig.defaults());
    private final Deduplicator deduplicatorV1 = new Deduplicator(
            DedupConfig.defaults().withSigning(wirewash.dedup.Signing.V1));
    private final wirewash.dedup.TextShingler shinglerV2 = DedupConfig.defaults().shingler();
    private final wirewash.dedup.OnePermutationHasher onePermutation = new wirewash.dedup.OnePermutationHasher(
            MinHasher.DEFAULT_NUM_PERM, MinHasher.DEFAULT_SEED, shingler.scheme());

    private Cleaner cleaner;
    private List<RawDocument> textPages;
    private List<RawDocument> htmlPages;
    private List<String> bodies;
    private List<List<String>> tokens;
    private List<long[]> shingles;
    private List<Signature> signatures;
    private LshIndex index;
    private int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        cleaner = new Cleaner(RuleLoader.load(Path.of("rules")));
        textPages = new ArrayList<>();
        htmlPages = new ArrayList<>();
        bodies = new ArrayList<>();
        tokens = new ArrayList<>();
        shingles = new ArrayList<>();
        signatures = new ArrayList<>();
        index = new LshIndex(deduplicator.lshParams());
        for (String id : Bench.ids(null)) {
            textPages.add(new RawDocument(id, id, Format.TEXT, Bench.text(id)));
            htmlPages.add(new RawDocument(id, id, Format.HTML, Bench.html(id)));
            CleanDocument clean = cleaner.clean(textPages.get(textPages.size() - 1));
            bodies.add(clean.text());
            tokens.add(normalizer.tokens(clean.text()));
            shingles.add(shingler.shingles(tokens.get(tokens.size() - 1)));
            signatures.add(minHasher.signature(shingles.get(shingles.size() - 1)));
            index.insert(id, signatures.get(signatures.size() - 1));
        }
    }

    private int next() {
        next = (next + 1) % textPages.size();
        return next;
    }

    @Benchmark
    public List<String> tokenise() {
        return normalizer.tokens(bodies.get(next()));
    }

    @Benchmark
    public long[] shingle() {
        return shingler.shingles(tokens.get(next()));
    }

    @Benchmark
    public Signature sign() {
        return minHasher.signature(shingles.get(next()));
    }

    @Benchmark
    public Fingerprint fingerprintCleanBody() {
        int i = next();
        return deduplicator.fingerprint("x", bodies.get(i), null);
    }

    /** {@link #fingerprintCleanBody} with signing v1 (the default before v2), in the same run. */
    @Benchmark
    public Fingerprint fingerprintCleanBodyV1() {
        return deduplicatorV1.fingerprint("x", bodies.get(next()), null);
    }

    /** Signing v2's text to sorted shingles, without the signature. */
    @Benchmark
    public long[] shingleTextV2() {
        return shinglerV2.shingle(bodies.get(next())).shingles();
    }

    @Benchmark
    public Signature signOnePermutation() {
        return onePermutation.signature(shingles.get(next()));
    }

    /**
     * The baseline for {@link #fingerprintCleanBody}: the same tokens and shingles signed the naive way, with 128
     * independent hash functions (k-hash MinHash), so the two can be compared in one run.
     */
    @Benchmark
    public Signature fingerprintNaiveKHash() {
        return minHasher.signature(shingler.shingles(normalizer.tokens(bodies.get(next()))));
    }

    @Benchmark
    public List<String> lshQuery() {
        return index.candidates(signatures.get(next()));
    }

    @Benchmark
    public LshIndex lshInsert() {
        LshIndex fresh = new LshIndex(deduplicator.lshParams());
        int i = next();
        fresh.insert("x", signatures.get(i));
        return fresh;
    }

    @Benchmark
    public CleanDocument cleanTextPage() {
        return cleaner.clean(textPages.get(next()));
    }

    @Benchmark
    public CleanDocument cleanHtmlPage() {
        return cleaner.clean(htmlPages.get(next()));
    }
}
