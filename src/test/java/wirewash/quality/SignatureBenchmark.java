package wirewash.quality;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.LshIndex;
import wirewash.dedup.LshParams;
import wirewash.dedup.MinHasher;
import wirewash.dedup.Normalizer;
import wirewash.dedup.Shingler;
import wirewash.model.CleanDocument;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/**
 * Compares signature schemes on synthetic corpora (run by hand): time to sign every document, error of the
 * Jaccard estimate against the exact value on pairs that share shingles, and how many true duplicate pairs
 * (exact Jaccard ≥ 0.2 or containment ≥ 0.75) the 64×2 LSH index proposes.
 */
public final class SignatureBenchmark {
    public static void main(String[] args) {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        for (long seed : new long[] {1, 2, 3}) {
            SynthCorpus corpus = SynthCorpus.make(seed, docs);
            Normalizer n = new Normalizer(true);
            Shingler s = new Shingler(3);
            List<String> ids = new ArrayList<>();
            List<long[]> sets = new ArrayList<>();
            for (CleanDocument d : corpus.clean) {
                if (d.paragraphs().isEmpty()) continue;
                ids.add(d.id());
                sets.add(s.shingles(n.tokens(d.text())));
            }
            System.out.printf(Locale.ROOT, "seed %d: %d documents%n", seed, ids.size());
            MinHasher k = new MinHasher(128, 1, "words:3+fold");
            report("minhash-k 128 x 64 bit", ids, sets, k::signature);
            report("hash4j superminhash 128 x 64 bit", ids, sets, hash4j(SimilarityHashing.superMinHash(128, 64),
                    "superminhash"));
            report("hash4j minhash 128 x 64 bit", ids, sets, hash4j(SimilarityHashing.minHash(128, 64), "minhash"));
        }
    }

    static Function<long[], Signature> hash4j(SimilarityHashPolicy policy, String name) {
        SignatureScheme scheme = new SignatureScheme(name, 128, 0, "words:3+fold");
        ThreadLocal<SimilarityHasher> hasher = ThreadLocal.withInitial(policy::createHasher);
        return set -> {
            byte[] sig = hasher.get().compute(ElementHashProvider.ofValues(set.length == 0 ? new long[] {0} : set));
            long[] values = new long[128];
            for (int i = 0; i < 128; i++) values[i] = policy.getComponent(sig, i);
            return new Signature(scheme, values);
        };
    }

    static void report(String name, List<String> ids, List<long[]> sets, Function<long[], Signature> sign) {
        for (int warm = 0; warm < 2; warm++) for (long[] set : sets) sign.apply(set);
        long t = System.nanoTime();
        List<Signature> sigs = new ArrayList<>();
        for (long[] set : sets) sigs.add(sign.apply(set));
        double ms = (System.nanoTime() - t) / 1e6;
        double errSum = 0;
        double errMax = 0;
        int pairs = 0;
        int dupPairs = 0;
        int dupFound = 0;
        LshIndex index = new LshIndex(new LshParams(64, 2));
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.insert(ids.get(i), sigs.get(i));
            at.put(ids.get(i), i);
        }
        long candidates = 0;
        for (int i = 0; i < ids.size(); i++) {
            java.util.Set<String> cand = new java.util.HashSet<>(index.candidates(sigs.get(i)));
            candidates += cand.size() - 1;
            for (int j = i + 1; j < ids.size(); j++) {
                Fingerprint a = new Fingerprint(ids.get(i), sigs.get(i), sets.get(i), 0, null);
                Fingerprint b = new Fingerprint(ids.get(j), sigs.get(j), sets.get(j), 0, null);
                int shared = a.sharedShingles(b);
                if (shared == 0) continue;
                double exact = (double) shared / (a.shingleCount() + b.shingleCount() - shared);
                double err = Math.abs(sigs.get(i).estimateJaccard(sigs.get(j)) - exact);
                errSum += err;
                errMax = Math.max(errMax, err);
                pairs++;
                double contained = (double) shared / Math.min(a.shingleCount(), b.shingleCount());
                if (exact >= 0.2 || contained >= 0.75) {
                    dupPairs++;
                    if (cand.contains(ids.get(j))) dupFound++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %-34s sign %7.1f ms (%5.1f us/doc)  |est-exact| mean %.4f max %.3f over %d "
                        + "pairs  LSH 64x2 finds %d/%d duplicate pairs, %d candidates%n", name, ms,
                ms * 1000 / sets.size(), errSum / pairs, errMax, pairs, dupFound, dupPairs, candidates / 2);
    }
}
