package wirewash.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import wirewash.internal.Validate;

/**
 * Scores a clustering against story labels over pairs of documents: precision (share of pairs put together that
 * carry one label), recall (share of same-label pairs put together), F1, the adjusted Rand index, and how many
 * predicted clusters join two or more labelled stories. Counted from the contingency table, so millions of
 * documents cost memory per document, not per pair.
 *
 * <p>Only labelled documents are scored; a labelled document with no predicted cluster counts as a cluster of
 * its own. With no predicted pairs precision is 1; with no true pairs recall is 1.
 *
 * @param documents      labelled documents scored
 * @param truePairs      pairs sharing a label
 * @param predictedPairs pairs sharing a predicted cluster
 * @param agreeingPairs  pairs sharing both
 * @param mixedClusters  predicted clusters whose members carry two or more labels
 */
public record ClusterScore(long documents, long truePairs, long predictedPairs, long agreeingPairs,
                           double adjustedRand, int mixedClusters) {

    /**
     * @param clusterOf predicted cluster id by document id
     * @param labelOf   story label by document id
     */
    public static ClusterScore of(Map<String, String> clusterOf, Map<String, String> labelOf) {
        Validate.notNull(clusterOf, "clusterOf");
        Validate.notNull(labelOf, "labelOf");
        Map<String, Long> clusterSizes = new HashMap<>();
        Map<String, Long> labelSizes = new HashMap<>();
        Map<String, Long> cells = new HashMap<>();
        Map<String, Set<String>> labelsInCluster = new HashMap<>();
        for (Map.Entry<String, String> e : labelOf.entrySet()) {
            String predicted = clusterOf.get(e.getKey());
            String cluster = predicted == null ? "\u0000" + e.getKey() : predicted;
            clusterSizes.merge(cluster, 1L, Long::sum);
            labelSizes.merge(e.getValue(), 1L, Long::sum);
            cells.merge(cluster + "\u0001" + e.getValue(), 1L, Long::sum);
            labelsInCluster.computeIfAbsent(cluster, c -> new HashSet<>()).add(e.getValue());
        }
        long agreeing = sumPairs(cells);
        long predicted = sumPairs(clusterSizes);
        long truth = sumPairs(labelSizes);
        long n = labelOf.size();
        double all = pairs(n);
        double expected = all == 0 ? 0 : (double) predicted * truth / all;
        double max = (predicted + truth) / 2.0;
        double ari = max == expected ? 1.0 : (agreeing - expected) / (max - expected);
        int mixed = (int) labelsInCluster.values().stream().filter(s -> s.size() > 1).count();
        return new ClusterScore(n, truth, predicted, agreeing, ari, mixed);
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) agreeingPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) agreeingPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "precision %.4f recall %.4f F1 %.4f ARI %.4f mixed clusters %d (%d docs, %d true pairs, %d predicted)",
                precision(), recall(), f1(), adjustedRand, mixedClusters, documents, truePairs, predictedPairs);
    }

    private static long sumPairs(Map<String, Long> sizes) {
        long sum = 0;
        for (long size : sizes.values()) sum += pairs(size);
        return sum;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
