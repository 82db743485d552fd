package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;

class ClustererTest {
    /** A cluster's member ids, canonical first. */
    private static final Function<Cluster, List<String>> MEMBER_IDS =
            cluster -> cluster.members().stream().map(ClusterMember::id).toList();

    private final Clusterer clusterer = new Clusterer();

    @Test
    void chainDoesNotJoinItsEnds() {
        List<Fingerprint> documents = List.of(doc("a", 300), doc("b", 200), doc("c", 100));
        List<PairSimilarity> pairs = List.of(dup("a", "b", 0.4), dup("b", "c", 0.4), notDup("a", "c", 0.05));

        List<Cluster> clusters = clusterer.cluster(documents, pairs);

        assertThat(clusters).extracting(MEMBER_IDS).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    void chainEndsJoinWhenEachIsVerifiedAgainstTheCentre() {
        List<Fingerprint> documents = List.of(doc("a", 200), doc("b", 300), doc("c", 100));
        List<PairSimilarity> pairs = List.of(dup("a", "b", 0.4), dup("b", "c", 0.3));

        List<Cluster> clusters = clusterer.cluster(documents, pairs);

        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).canonical()).isEqualTo("b");
        assertThat(clusters.get(0).members()).extracting(ClusterMember::id).containsExactly("b", "a", "c");
    }

    @Test
    void memberJoinsTheMostSimilarCentre() {
        List<Fingerprint> documents = List.of(doc("x", 300), doc("y", 250), doc("m", 100));
        List<PairSimilarity> pairs = List.of(dup("x", "m", 0.3), dup("y", "m", 0.5));

        assertThat(clusterer.cluster(documents, pairs)).extracting(MEMBER_IDS)
                .containsExactly(List.of("x"), List.of("y", "m"));
    }

    @Test
    void equalSimilarityGoesToTheBetterRankedCentre() {
        List<Fingerprint> documents = List.of(doc("y", 250), doc("x", 300), doc("m", 100));
        List<PairSimilarity> pairs = List.of(dup("x", "m", 0.3), dup("y", "m", 0.3));

        assertThat(clusterer.cluster(documents, pairs)).extracting(MEMBER_IDS)
                .containsExactly(List.of("x", "m"), List.of("y"));
    }

    @Test
    void longestBodyIsCanonicalThenEarliestThenKnownDate() {
        List<Fingerprint> documents = List.of(doc("late", 100, "2022-01-12"), doc("early", 100, "2022-01-11"),
                doc("undated", 100, null));
        List<PairSimilarity> pairs = List.of(dup("late", "early", 0.9), dup("late", "undated", 0.9),
                dup("early", "undated", 0.9));

        Cluster cluster = clusterer.cluster(documents, pairs).get(0);

        assertThat(cluster.canonical()).isEqualTo("early");
        assertThat(cluster.members()).extracting(ClusterMember::id).containsExactly("early", "late", "undated");
    }

    @Test
    void membersCarrySimilarityAndTheirContainmentInTheCanonical() {
        List<Fingerprint> documents = List.of(doc("full", 500), doc("brief", 50), doc("rewrite", 400));
        List<PairSimilarity> pairs = List.of(
                new PairSimilarity("brief", "full", 40, 0.1, 0.8, 0.08, 0.1, true, "contained"),
                dup("full", "rewrite", 0.45));

        Cluster cluster = clusterer.cluster(documents, pairs).get(0);

        assertThat(cluster.members()).containsExactly(new ClusterMember("full", 1.0, 1.0),
                new ClusterMember("rewrite", 0.45, 0.45), new ClusterMember("brief", 0.1, 0.8));
    }

    @Test
    void singletonsAreReturnedSortedById() {
        List<Fingerprint> documents = List.of(doc("c", 10), doc("a", 30), doc("b", 20));

        assertThat(clusterer.cluster(documents, List.of())).extracting(Cluster::id).containsExactly("a", "b", "c");
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThatThrownBy(() -> clusterer.cluster(List.of(doc("a", 1), doc("a", 2)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate document id a");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void inputOrderDoesNotChangeTheResult(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Fingerprint> documents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String published = random.nextBoolean() ? null : "2022-01-" + (10 + random.nextInt(5));
            documents.add(doc(String.format("d%02d", i), 100 + random.nextInt(5) * 10, published));
        }
        List<PairSimilarity> pairs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (int j = i + 1; j < 30; j++) {
                if (random.nextInt(8) == 0) {
                    pairs.add(dup(documents.get(i).id(), documents.get(j).id(), 0.2 + random.nextInt(4) * 0.1));
                }
            }
        }
        List<Cluster> expected = clusterer.cluster(documents, pairs);

        List<Fingerprint> shuffledDocuments = new ArrayList<>(documents);
        List<PairSimilarity> shuffledPairs = new ArrayList<>();
        for (PairSimilarity pair : pairs) shuffledPairs.add(random.nextBoolean() ? pair : swapped(pair));
        Collections.shuffle(shuffledDocuments, new Random(seed));
        Collections.shuffle(shuffledPairs, new Random(seed + 1));

        assertThat(clusterer.cluster(shuffledDocuments, shuffledPairs)).isEqualTo(expected);
    }

    private static Fingerprint doc(String id, int tokens) {
        return doc(id, tokens, null);
    }

    private static Fingerprint doc(String id, int tokens, String published) {
        return Fingerprints.of(id, new long[] {id.hashCode()}, tokens, published);
    }

    private static PairSimilarity dup(String a, String b, double jaccard) {
        return new PairSimilarity(a, b, 1, jaccard, jaccard, jaccard, jaccard, true, "test");
    }

    private static PairSimilarity notDup(String a, String b, double jaccard) {
        return new PairSimilarity(a, b, 1, jaccard, jaccard, jaccard, jaccard, false, "test");
    }

    private static PairSimilarity swapped(PairSimilarity pair) {
        return new PairSimilarity(pair.b(), pair.a(), pair.sharedShingles(), pair.jaccard(), pair.containmentBInA(),
                pair.containmentAInB(), pair.estimatedJaccard(), pair.duplicate(), pair.why());
    }
}
