package wirewash.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;

/**
 * Groups documents the plain way, as a baseline to measure against: every pair an LSH index tuned to Jaccard 0.5
 * proposes is taken as a duplicate without verification, and clusters are the connected components of those
 * pairs (union-find), so A~B and B~C put A and C together. The canonical is the best-ranked member
 * ({@link Clusterer#RANK}); members carry their estimated Jaccard and exact containment to it.
 */
final class PlainGrouping {
    static final double LSH_THRESHOLD = 0.5;

    private PlainGrouping() {}

    static List<Cluster> cluster(List<Fingerprint> sortedById, LshParams params) {
        LshIndex index = new LshIndex(params);
        Map<String, Integer> position = new HashMap<>();
        for (Fingerprint f : sortedById) {
            index.insert(f.id(), f.signature());
            position.put(f.id(), position.size());
        }
        UnionFind sets = new UnionFind(sortedById.size());
        for (Fingerprint f : sortedById) {
            for (String c : index.candidates(f.signature())) sets.union(position.get(f.id()), position.get(c));
        }
        Map<Integer, List<Fingerprint>> components = new HashMap<>();
        for (int i = 0; i < sortedById.size(); i++) {
            components.computeIfAbsent(sets.find(i), r -> new ArrayList<>()).add(sortedById.get(i));
        }
        Map<String, Cluster> byId = new TreeMap<>();
        for (List<Fingerprint> members : components.values()) {
            members.sort(Clusterer.RANK);
            Fingerprint canonical = members.get(0);
            List<ClusterMember> out = new ArrayList<>();
            out.add(new ClusterMember(canonical.id(), 1.0, 1.0));
            List<ClusterMember> rest = new ArrayList<>();
            for (Fingerprint m : members.subList(1, members.size())) {
                double contained = m.shingleCount() == 0 ? 0 : (double) m.sharedShingles(canonical) / m.shingleCount();
                rest.add(new ClusterMember(m.id(), m.signature().estimateJaccard(canonical.signature()), contained));
            }
            rest.sort(java.util.Comparator.comparingDouble(ClusterMember::similarity).reversed()
                    .thenComparing(ClusterMember::id));
            out.addAll(rest);
            byId.put(canonical.id(), new Cluster(canonical.id(), canonical.id(), out));
        }
        return List.copyOf(byId.values());
    }
}
