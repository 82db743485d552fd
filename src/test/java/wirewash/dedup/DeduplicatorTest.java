package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;

class DeduplicatorTest {
    private static final String AP = "000_c8a5e1351f70358b";
    private static final String PA = "002_178392d2111f60cf";
    private static final List<String> SEEDS = List.of(AP, "001_03f5650bdb0a157d", PA, "003_e85821d50aa33e2c",
            "004_4bb2e4773e07fd08");

    private final Deduplicator deduplicator = new Deduplicator(DedupConfig.defaults());

    @Test
    void seedsFormOneClusterOfTheApStoryAndItsPaRewrite() {
        List<Cluster> clusters = deduplicator.cluster(seedFingerprints());

        assertThat(clusters).extracting(Cluster::id)
                .containsExactly(AP, "001_03f5650bdb0a157d", "003_e85821d50aa33e2c", "004_4bb2e4773e07fd08");
        Cluster story = clusters.get(0);
        assertThat(story.canonical()).isEqualTo(AP);
        assertThat(story.members()).extracting(ClusterMember::id).containsExactly(AP, PA);
        assertThat(clusters.subList(1, clusters.size())).allSatisfy(cluster -> assertThat(cluster.size()).isOne());
    }

    @Test
    void apAndPaAreSimilarWithAMarginOfTwoAndOtherPairsAreFarBelow() {
        List<Fingerprint> seeds = seedFingerprints();
        double threshold = deduplicator.config().jaccardThreshold();

        for (int i = 0; i < seeds.size(); i++) {
            for (int j = i + 1; j < seeds.size(); j++) {
                PairSimilarity pair = deduplicator.compare(seeds.get(i), seeds.get(j));
                boolean sameStory = pair.a().equals(AP) && pair.b().equals(PA);
                if (sameStory) {
                    // measured: jaccard 0.460, containment of 002 in 000 0.714
                    assertThat(pair.jaccard()).as(pair.why()).isGreaterThanOrEqualTo(2 * threshold);
                    assertThat(pair.duplicate()).isTrue();
                } else {
                    // measured: at most 0.030
                    assertThat(pair.jaccard()).as(pair.a() + "~" + pair.b()).isLessThan(threshold / 2);
                    assertThat(pair.duplicate()).isFalse();
                }
            }
        }
    }

    @Test
    void truncatedBriefJoinsItsFullStory() {
        String full = seed(AP);
        String[] paragraphs = full.split("\n\n");
        String brief = String.join("\n\n", List.of(paragraphs).subList(0, paragraphs.length / 3));
        List<Fingerprint> documents = new ArrayList<>(seedFingerprints());
        documents.add(deduplicator.fingerprint("brief", brief, null));

        Cluster story = deduplicator.cluster(documents).get(0);

        // the first third of the story: jaccard 0.338 with it, so LSH surfaces the pair with probability 0.9996
        assertThat(story.canonical()).isEqualTo(AP);
        assertThat(story.members()).extracting(ClusterMember::id).contains("brief");
        assertThat(story.members()).filteredOn(member -> member.id().equals("brief"))
                .allSatisfy(member -> assertThat(member.containment()).isEqualTo(1.0));
    }

    @Test
    void leadParagraphsAreADuplicateByContainmentAlone() {
        String[] paragraphs = seed(AP).split("\n\n");
        Fingerprint full = deduplicator.fingerprint("full", seed(AP), null);
        Fingerprint lead = deduplicator.fingerprint("lead", paragraphs[0] + "\n\n" + paragraphs[1], null);

        PairSimilarity pair = deduplicator.compare(full, lead);

        assertThat(pair.jaccard()).isLessThan(deduplicator.config().jaccardThreshold());
        assertThat(pair.duplicate()).as(pair.why()).isTrue();
        assertThat(pair.why()).startsWith("lead is contained 1.000 in full");
    }

    @Test
    void inputOrderDoesNotChangeTheClusters() {
        List<Fingerprint> shuffled = new ArrayList<>(seedFingerprints());
        Collections.shuffle(shuffled, new Random(7));

        assertThat(deduplicator.cluster(shuffled)).isEqualTo(deduplicator.cluster(seedFingerprints()));
    }

    @Test
    void fingerprintsKeptWithoutShinglesClusterAlikeWhenTheSourceGivesThem() {
        List<Fingerprint> whole = seedFingerprints();
        java.util.Map<String, long[]> onDisk = new java.util.HashMap<>();
        List<Fingerprint> light = new java.util.ArrayList<>();
        for (Fingerprint f : whole) {
            onDisk.put(f.id(), f.shingles());
            light.add(f.withoutShingles());
        }

        assertThat(light.get(0).shingleCount()).isZero();
        assertThat(deduplicator.cluster(light, f -> onDisk.get(f.id()))).isEqualTo(deduplicator.cluster(whole));
    }

    @Test
    void fingerprintsMadeInParallelEqualThoseMadeInSequence() {
        String text = seed(PA);
        Fingerprint expected = deduplicator.fingerprint("x", text, "2022-01-11");

        List<Fingerprint> parallel = IntStream.range(0, 64).parallel()
                .mapToObj(i -> deduplicator.fingerprint("x", text, "2022-01-11")).toList();

        assertThat(parallel).containsOnly(expected);
    }

    @Test
    void typographyDoesNotChangeTheFingerprint() {
        Fingerprint curly = deduplicator.fingerprint("a", "Kazakhstan’s leader — “terrorists” — said", null);
        Fingerprint straight = deduplicator.fingerprint("a", "Kazakhstan's leader - \"terrorists\" - said", null);

        assertThat(curly).isEqualTo(straight);
    }

    @Test
    void fingerprintFromAnotherConfigurationIsRejected() {
        Deduplicator fives = new Deduplicator(new DedupConfig(5, 128, 1L, 0.1, 0.2, 0.7, 25, 0.0, true, "minhash-k"));
        Fingerprint other = fives.fingerprint("other", seed(PA), null);

        assertThatThrownBy(() -> deduplicator.cluster(List.of(deduplicator.fingerprint("ap", seed(AP), null), other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("words:5");
    }

    @Test
    void exposesSchemeAndChosenLshParams() {
        assertThat(deduplicator.scheme().toString()).isEqualTo("oph-densified-v1/128/seed=1/words:3+fold+v2");
        assertThat(deduplicator.lshParams()).isEqualTo(new LshParams(64, 2));
    }

    @Test
    void lshParamsCanBeSetByHandButNotBeyondTheSignature() {
        assertThat(new Deduplicator(DedupConfig.defaults(), new LshParams(16, 8)).lshParams())
                .isEqualTo(new LshParams(16, 8));
        assertThatThrownBy(() -> new Deduplicator(DedupConfig.defaults(), new LshParams(40, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("160");
    }

    private List<Fingerprint> seedFingerprints() {
        return SEEDS.stream().map(id -> deduplicator.fingerprint(id, seed(id), null)).toList();
    }

    private static String seed(String id) {
        try (InputStream in = DeduplicatorTest.class.getResourceAsStream("/seeds-expected/" + id + ".txt")) {
            assertThat(in).as("seed %s on the classpath", id).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Candidates verified band by band as they are streamed give the clusters the former global path gave: every
     * pair an LshIndex of all documents proposes, verified, then clustered — on seeded random stories with copies,
     * briefs and rewrites, small enough LSH bands that many pairs share several bands.
     */
    @Test
    void streamedCandidatesClusterAsEveryCandidateVerifiedAtOnce() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        String[] words = new String[60];
        for (int w = 0; w < words.length; w++) words[w] = "w" + Integer.toString(w * 7919 % 1000, 36) + "x";
        List<Fingerprint> docs = new java.util.ArrayList<>();
        Deduplicator dedup = new Deduplicator(DedupConfig.defaults(), new LshParams(32, 2));
        for (int story = 0; story < 40; story++) {
            StringBuilder base = new StringBuilder();
            for (int t = 0; t < 40 + random.nextInt(80); t++) base.append(words[random.nextInt(words.length)]).append(' ');
            String[] tokens = base.toString().split(" ");
            for (int v = 0; v < 1 + random.nextInt(4); v++) {
                StringBuilder text = new StringBuilder();
                int keep = v == 0 ? tokens.length : tokens.length / (1 + random.nextInt(3));
                for (int t = 0; t < keep; t++) {
                    text.append(random.nextInt(10) == 0 ? words[random.nextInt(words.length)] : tokens[t]).append(' ');
                }
                docs.add(dedup.fingerprint(String.format("d%03d-%d", story, v), text.toString(), null));
            }
        }
        LshIndex index = new LshIndex(dedup.lshParams());
        for (Fingerprint f : docs) index.insert(f.id(), f.signature());
        java.util.Map<String, Fingerprint> byId = new java.util.HashMap<>();
        for (Fingerprint f : docs) byId.put(f.id(), f);
        List<PairSimilarity> every = new java.util.ArrayList<>();
        for (Fingerprint f : docs) {
            for (String other : index.candidates(f.signature())) {
                if (other.compareTo(f.id()) > 0) every.add(dedup.compare(f, byId.get(other)));
            }
        }
        assertThat(every).anyMatch(PairSimilarity::duplicate).anyMatch(p -> !p.duplicate());

        assertThat(dedup.cluster(docs)).isEqualTo(new Clusterer().cluster(docs, every));
        assertThat(dedup.verifiedCandidates(docs)).isEqualTo(every.stream()
                .sorted(java.util.Comparator.comparing(PairSimilarity::a).thenComparing(PairSimilarity::b)).toList());
        assertThat(dedup.cluster(docs)).anyMatch(c -> c.size() > 1);
    }

    /**
     * Clustering that verifies only a document's candidate centres gives the clusters of every candidate pair
     * verified: seeded corpora of stories copied up to 60 times with edits, briefs, empty texts and overrides
     * (same and different, proposed by LSH or not), small bands so that pairs share several.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void verifyingCandidateCentresOnlyClustersAsEveryCandidateVerified(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        Deduplicator dedup = new Deduplicator(DedupConfig.defaults(), new LshParams(16 + random.nextInt(32), 2));
        RandomStories stories = RandomStories.of(dedup, random);
        List<Fingerprint> docs = stories.documents();
        java.util.Set<String> same = stories.same();
        java.util.Set<String> different = stories.different();
        ShingleSource source = Fingerprint::shingleArray;
        assertThat(dedup.withOverrides(new Overrides(same, different)).cluster(docs))
                .isNotEqualTo(dedup.cluster(docs));
        for (Overrides overrides : List.of(Overrides.NONE, new Overrides(same, different))) {
            Deduplicator withOverrides = dedup.withOverrides(overrides);
            List<Cluster> everyPair = withOverrides.clusterVerified(docs, withOverrides.duplicates(docs, source),
                    source);
            java.util.List<Fingerprint> shuffled = new java.util.ArrayList<>(docs);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(withOverrides.cluster(shuffled, source)).isEqualTo(everyPair);
            assertThat(everyPair).anyMatch(c -> c.size() > 5);
        }
    }
}
