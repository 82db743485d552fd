package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;

class VerifiedCentreEdgesTest {
    private final Deduplicator dedup = new Deduplicator(DedupConfig.defaults());

    /** Words {@code from} to {@code to - 1} of a made-up vocabulary, as a text. */
    private static String words(String prefix, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int w = from; w < to; w++) text.append(prefix).append(Integer.toString(w * 7919 % 10007, 36)).append(' ');
        return text.toString();
    }

    private static List<List<String>> members(List<Cluster> clusters) {
        List<List<String>> out = new ArrayList<>();
        for (Cluster c : clusters) out.add(c.members().stream().map(ClusterMember::id).toList());
        return out;
    }

    @Test
    void aStoryCopiedFiftyTimesIsVerifiedAgainstItsCentreOnly() {
        List<Fingerprint> docs = new ArrayList<>();
        String story = words("s", 0, 120);
        for (int i = 0; i < 50; i++) docs.add(dedup.fingerprint(String.format("copy-%02d", i), story, null));
        AtomicInteger reads = new AtomicInteger();
        ShingleSource counting = document -> {
            reads.incrementAndGet();
            return document.shingleArray();
        };

        List<Cluster> clusters = dedup.cluster(docs, counting);

        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).canonical()).isEqualTo("copy-00");
        assertThat(clusters.get(0).size()).isEqualTo(50);
        // each copy read once or twice and the centre once: not the 1,225 pairs of every candidate
        assertThat(reads.get()).isLessThanOrEqualTo(2 * 49 + 1);
    }

    @Test
    void aDocumentKeptFromItsOnlyCentreByADifferentOverrideIsACentreForTheDocumentsAfterIt() {
        // A ~ D and D ~ E are duplicates, A and E share nothing; A ranks first (longest), then D, then E
        Fingerprint a = dedup.fingerprint("A", words("x", 0, 60) + words("z", 0, 50), null);
        Fingerprint d = dedup.fingerprint("D", words("x", 0, 60) + words("y", 0, 40), null);
        Fingerprint e = dedup.fingerprint("E", words("y", 0, 40) + words("w", 0, 30), null);
        List<Fingerprint> docs = List.of(a, d, e);

        assertThat(members(dedup.cluster(docs))).containsExactly(List.of("A", "D"), List.of("E"));
        Deduplicator apart = dedup.withOverrides(new Overrides(Set.of(), Set.of(Overrides.key("A", "D"))));
        List<Cluster> clusters = apart.cluster(docs);
        assertThat(members(clusters)).containsExactly(List.of("A"), List.of("D", "E"));
        ShingleSource source = Fingerprint::shingleArray;
        assertThat(clusters).isEqualTo(apart.clusterVerified(docs, apart.duplicates(docs, source), source));
    }

    @Test
    void aSameOverrideJoinsTwoStoriesTheBandsNeverProposed() {
        Fingerprint a = dedup.fingerprint("A", words("a", 0, 80), null);
        Fingerprint b = dedup.fingerprint("B", words("b", 0, 70), null);
        Deduplicator joined = dedup.withOverrides(new Overrides(Set.of(Overrides.key("A", "B")), Set.of()));

        List<Cluster> clusters = joined.cluster(List.of(a, b));

        assertThat(members(clusters)).containsExactly(List.of("A", "B"));
        assertThat(clusters.get(0).members().get(1).similarity()).isZero();
    }

    @Test
    void textsWithoutShinglesAreEachAlone() {
        List<Fingerprint> docs = List.of(dedup.fingerprint("e1", "", null), dedup.fingerprint("e2", "", null),
                dedup.fingerprint("e3", "two words", null));

        assertThat(members(dedup.cluster(docs))).containsExactly(List.of("e1"), List.of("e2"), List.of("e3"));
    }

    @Test
    void theCentreIndexChainsEveryCentreFiledUnderAKeyAndGrows() {
        VerifiedCentreEdges.CentreIndex index = new VerifiedCentreEdges.CentreIndex(1);
        for (int c = 0; c < 1000; c++) index.add(c % 100, c);
        List<Integer> under7 = new ArrayList<>();
        for (int e = index.first(7); e != VerifiedCentreEdges.CentreIndex.NONE; e = index.next(e)) {
            under7.add(index.centre(e));
        }
        assertThat(under7).containsExactlyInAnyOrder(7, 107, 207, 307, 407, 507, 607, 707, 807, 907);
        assertThat(index.first(100)).isEqualTo(VerifiedCentreEdges.CentreIndex.NONE);
    }

    /** Verifying ahead in blocks of any size gives the answers of asking one document at a time. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"1,1", "2,2", "3,7", "4,1000", "5,3"})
    void blocksOfAnySizeClusterAsEveryCandidateVerified(long seed, int block) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        Deduplicator base = new Deduplicator(DedupConfig.defaults(), new LshParams(24, 2));
        RandomStories stories = RandomStories.of(base, random);
        Deduplicator dedup = base.withOverrides(new Overrides(stories.same(), stories.different()));
        List<Fingerprint> docs = stories.documents();
        ShingleSource source = Fingerprint::shingleArray;

        List<Cluster> clusters = new Clusterer().cluster(docs, dedup.overrides(),
                new VerifiedCentreEdges(docs, dedup, source, 5, block));

        assertThat(clusters).isEqualTo(dedup.clusterVerified(docs, dedup.duplicates(docs, source), source));
    }

    @Test
    void askedKnowsEveryCentreRecordedInAnyOrderAndItsCopyToo() {
        java.util.Random random = new java.util.Random(42);
        VerifiedCentreEdges.Asked asked = new VerifiedCentreEdges.Asked();
        Set<Integer> recorded = new java.util.HashSet<>();
        for (int i = 0; i < 500; i++) {
            int centre = random.nextInt(2000);
            if (!asked.has(centre)) asked.record(centre, null);
            recorded.add(centre);
        }
        VerifiedCentreEdges.Asked copy = asked.copy();
        copy.record(2500, null);
        for (int centre = 0; centre < 2600; centre++) {
            assertThat(asked.has(centre)).as("centre %d", centre).isEqualTo(recorded.contains(centre));
            assertThat(copy.has(centre)).as("copy, centre %d", centre)
                    .isEqualTo(recorded.contains(centre) || centre == 2500);
        }
    }
}
