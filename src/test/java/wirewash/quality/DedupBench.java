package wirewash.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import wirewash.clean.Stopwords;
import wirewash.dedup.Clusterer;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.LshIndex;
import wirewash.dedup.LshParams;
import wirewash.dedup.MinHasher;
import wirewash.dedup.Normalizer;
import wirewash.dedup.PairSimilarity;
import wirewash.dedup.PairVerifier;
import wirewash.dedup.Shingler;
import wirewash.eval.ClusterScore;
import wirewash.model.CleanDocument;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;

/**
 * Measures shingling choices on synthetic corpora (run by hand: {@code mvn -q -o test-compile exec:java} is not
 * set up, so run the main class from the IDE or with the test classpath). For each variant: the exact
 * all-pairs separation of same-story and different-story pairs, and the clustering scores at given thresholds.
 */
public final class DedupBench {
    record Variant(String name, Function<String, long[]> shingles) {}

    public static void main(String[] args) {
        long[] seeds = {1, 2, 3};
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        double jt = args.length > 1 ? Double.parseDouble(args[1]) : 0.2;
        double ct = args.length > 2 ? Double.parseDouble(args[2]) : 0.7;
        Normalizer plain = new Normalizer(false);
        Normalizer fold = new Normalizer(true);
        Stopwords stop = Stopwords.forLanguage("en");
        List<Variant> variants = List.of(
                new Variant("words3+fold", t -> new Shingler(3).shingles(fold.tokens(t))));
        for (long seed : seeds) {
            SynthCorpus corpus = SynthCorpus.make(seed, docs);
            System.out.printf(Locale.ROOT, "seed %d: %d docs, %d labels%n", seed, corpus.labels.size(),
                    corpus.labels.values().stream().distinct().count());
            for (Variant v : variants) run(corpus, v, jt, ct);
        }
    }

    static final double[] JACCARDS = {0.2, 0.25, 0.3};
    static final double[] ANCHORS = {0.0, 0.4, 0.45, 0.5};
    static final double[] CONTAINMENTS = {0.7, 0.75, 0.8};

    static void run(SynthCorpus corpus, Variant v, double jt, double ct) {
        MinHasher hasher = new MinHasher(128, 1, v.name());
        List<Fingerprint> prints = new ArrayList<>();
        for (CleanDocument d : corpus.clean) {
            if (d.paragraphs().isEmpty()) continue;
            long[] sh = v.shingles().apply(d.text());
            prints.add(new Fingerprint(d.id(), hasher.signature(sh), sh, d.text().split("\\s+").length,
                    d.metadata().published()));
        }
        PairVerifier measure = new PairVerifier(1.0, 1.0, 1);
        List<PairSimilarity> overlapping = new ArrayList<>();
        double maxDiffJ = 0;
        double maxDiffC = 0;
        for (int i = 0; i < prints.size(); i++) {
            for (int j = i + 1; j < prints.size(); j++) {
                if (prints.get(i).sharedShingles(prints.get(j)) == 0) continue;
                PairSimilarity p = measure.verify(prints.get(i), prints.get(j));
                overlapping.add(p);
                if (!corpus.labels.get(p.a()).equals(corpus.labels.get(p.b()))) {
                    maxDiffJ = Math.max(maxDiffJ, p.jaccard());
                    maxDiffC = Math.max(maxDiffC, Math.max(p.containmentAInB(), p.containmentBInA()));
                }
            }
        }
        Map<String, Integer> count = new HashMap<>();
        for (Fingerprint f : prints) count.put(f.id(), f.shingleCount());
        System.out.printf(Locale.ROOT, "  %-18s max different-story J %.3f C %.3f%n", v.name(), maxDiffJ, maxDiffC);
        for (double j : JACCARDS) for (double anchor : ANCHORS) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    J>=%.2f&Cmax>=%.2f", j, anchor));
            for (double c : CONTAINMENTS) {
                List<PairSimilarity> judged = new ArrayList<>();
                for (PairSimilarity p : overlapping) {
                    int smaller = Math.min(count.get(p.a()), count.get(p.b()));
                    double contained = count.get(p.a()) <= count.get(p.b()) ? p.containmentAInB() : p.containmentBInA();
                    double cmax = Math.max(p.containmentAInB(), p.containmentBInA());
                    boolean dup = (p.jaccard() >= j && cmax >= anchor) || (contained >= c && smaller >= PairVerifier.DEFAULT_MIN_CONTAINMENT_SHINGLES);
                    if (dup) judged.add(new PairSimilarity(p.a(), p.b(), p.sharedShingles(), p.jaccard(),
                            p.containmentAInB(), p.containmentBInA(), p.estimatedJaccard(), true, "bench"));
                }
                ClusterScore sc = score(corpus, new Clusterer().cluster(prints, judged));
                line.append(String.format(Locale.ROOT, " | C>=%.1f P %.4f R %.4f F1 %.4f mix %d", c, sc.precision(),
                        sc.recall(), sc.f1(), sc.mixedClusters()));
            }
            System.out.println(line);
        }
    }

    static ClusterScore score(SynthCorpus corpus, List<Cluster> clusters) {
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster c : clusters) for (ClusterMember m : c.members()) clusterOf.put(m.id(), c.id());
        return ClusterScore.of(clusterOf, corpus.labels);
    }

    static long[] chars(String text, int n) {
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + n <= text.length(); i++) grams.add(text.substring(i, i + n));
        long[] hashes = new long[grams.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = org.apache.commons.codec.digest.MurmurHash3.hash128x64(
                    grams.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8))[0];
        }
        return java.util.Arrays.stream(hashes).sorted().distinct().toArray();
    }
}
