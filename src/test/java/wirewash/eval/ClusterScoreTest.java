package wirewash.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoreTest {
    private static final Map<String, String> LABELS = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

    @Test
    void perfectClusteringScoresOne() {
        ClusterScore s = ClusterScore.of(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"), LABELS);
        assertThat(new double[] {s.precision(), s.recall(), s.f1(), s.adjustedRand()}).containsOnly(1.0);
    }

    @Test
    void splitStoryLosesRecallOnly() {
        // {a,b} {c} {d,e}: 2 of 4 true pairs found, no wrong pair
        ClusterScore s = ClusterScore.of(Map.of("a", "1", "b", "1", "c", "3", "d", "2", "e", "2"), LABELS);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.mixedClusters()).isZero();
    }

    @Test
    void mergedStoriesLosePrecisionAndCountAsMixed() {
        ClusterScore s = ClusterScore.of(Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"), LABELS);
        assertThat(s.precision()).isEqualTo(0.4);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.mixedClusters()).isEqualTo(1);
        assertThat(s.adjustedRand()).isEqualTo(0.0);
    }

    @Test
    void adjustedRandOfAKnownCase() {
        // contingency {x:2} {x:1,y:2}: index 2, expected 4*4/10, max 4 -> (2-1.6)/(4-1.6) = 1/6
        ClusterScore s = ClusterScore.of(Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2"), LABELS);
        assertThat(s.adjustedRand()).isCloseTo(1.0 / 6, within(1e-9));
    }

    @Test
    void unclusteredDocumentsAreSingletons() {
        ClusterScore s = ClusterScore.of(Map.of(), LABELS);
        assertThat(s.predictedPairs()).isZero();
        assertThat(s.recall()).isZero();
    }
}
