package wirewash.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import wirewash.internal.Validate;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;

/**
 * Groups documents into clusters around canonical copies, using only pairs verified as duplicates, in a way that
 * cannot chain: every member of a cluster is itself verified against the cluster's canonical.
 *
 * <p>Documents are ranked by token count (most complete body first), then publication date (earliest first,
 * unknown last), then id. Walking that ranking, a document becomes a centre unless it is a verified duplicate of a
 * centre already chosen. Each other document then joins the verified centre it is most similar to (Jaccard; a
 * tie goes to the better-ranked centre). So A~B and B~C with A !~ C never puts A and C together unless each is
 * verified against the centre. The result does not depend on input order. Stateless and thread-safe.
 *
 * <p>{@link Overrides} a person wrote are honoured: a {@code different} pair is never an edge and never ends in
 * one cluster (a member skips a centre whose cluster already holds a document it must differ from, and becomes a
 * centre itself when no centre is left); a {@code same} pair is an edge (the caller passes it as a duplicate) and
 * is preferred over measured edges when a member picks its centre. Still no chaining: every member is joined to
 * its centre by an edge.
 */
public final class Clusterer {
    /** Most complete body first, then earliest, unknown dates last, then id. */
    public static final Comparator<Fingerprint> RANK = Comparator.comparingInt(Fingerprint::tokenCount).reversed()
            .thenComparing(Fingerprint::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Fingerprint::id);

    private static final double CANONICAL_SIMILARITY = 1.0;

    /**
     * All clusters, singletons included, sorted by cluster id.
     *
     * @param documents the documents, with distinct ids
     * @param pairs     verified pairs; those not judged duplicates are ignored
     */
    public List<Cluster> cluster(Collection<Fingerprint> documents, Collection<PairSimilarity> pairs) {
        return cluster(documents, pairs, Overrides.NONE);
    }

    /**
     * All clusters, singletons included, sorted by cluster id, honouring the overrides.
     *
     * @param pairs verified pairs; those not judged duplicates are ignored, forced pairs must be marked duplicate
     */
    public List<Cluster> cluster(Collection<Fingerprint> documents, Collection<PairSimilarity> pairs,
                                 Overrides overrides) {
        Validate.notNull(documents, "documents");
        Validate.notNull(overrides, "overrides");
        Validate.notNull(pairs, "pairs");
        Set<String> ids = new HashSet<>();
        for (Fingerprint document : documents) {
            Validate.isTrue(ids.add(document.id()), () -> "duplicate document id " + document.id());
        }
        Map<String, List<PairSimilarity>> duplicatesOf = duplicateEdges(pairs, ids, overrides);
        return cluster(documents, overrides, new CentreEdges() {
            @Override
            public List<PairSimilarity> toCentres(Fingerprint document, Set<String> centres) {
                List<PairSimilarity> out = new ArrayList<>();
                for (PairSimilarity pair : duplicatesOf.getOrDefault(document.id(), List.of())) {
                    if (centres.contains(pair.other(document.id()))) out.add(pair);
                }
                return out;
            }
        });
    }

    /**
     * All clusters, singletons included, sorted by cluster id, honouring the overrides, with the duplicate edges
     * asked of {@code edges} as they are needed: only a document's edges to centres are ever used, so an
     * {@code edges} that measures pairs on demand verifies a few pairs per document instead of every pair.
     * {@code edges} must honour the overrides (no {@code different} pair is an edge, every {@code same} pair is).
     */
    public List<Cluster> cluster(Collection<Fingerprint> documents, Overrides overrides, CentreEdges edges) {
        Validate.notNull(documents, "documents");
        Validate.notNull(overrides, "overrides");
        Validate.notNull(edges, "edges");
        List<Fingerprint> ranked = new ArrayList<>(documents);
        ranked.sort(RANK);
        Map<String, Integer> rankOf = new HashMap<>();
        for (Fingerprint document : ranked) {
            Validate.isTrue(rankOf.put(document.id(), rankOf.size()) == null, () -> "duplicate document id " + document.id());
        }

        edges.ranked(ranked);
        Set<String> centres = new HashSet<>();
        for (Fingerprint document : ranked) {
            if (!edges.nearCentre(document, centres)) {
                centres.add(document.id());
                edges.centreAdded(document);
            }
        }

        Map<String, List<ClusterMember>> membersOf = new TreeMap<>();
        for (String centre : centres) {
            membersOf.put(centre, new ArrayList<>(List.of(
                    new ClusterMember(centre, CANONICAL_SIMILARITY, CANONICAL_SIMILARITY))));
        }
        for (Fingerprint document : ranked) {
            String id = document.id();
            if (centres.contains(id)) continue;
            PairSimilarity best = edges.toCentres(document, centres).stream()
                    .filter(pair -> overrides.different().isEmpty()
                            || membersOf.get(pair.other(id)).stream().noneMatch(m -> overrides.isDifferent(m.id(), id)))
                    .min(Comparator.comparing((PairSimilarity pair) -> !overrides.isSame(pair.a(), pair.b()))
                            .thenComparing(Comparator.comparingDouble(PairSimilarity::jaccard).reversed())
                            .thenComparing(pair -> rankOf.get(pair.other(id))))
                    .orElse(null);
            if (best == null) {
                // every verified centre's cluster holds a document it must differ from: a cluster of its own
                centres.add(id);
                edges.centreAdded(document);
                membersOf.put(id, new ArrayList<>(List.of(
                        new ClusterMember(id, CANONICAL_SIMILARITY, CANONICAL_SIMILARITY))));
                continue;
            }
            membersOf.get(best.other(id)).add(new ClusterMember(id, best.jaccard(), best.containmentOf(id)));
        }

        List<Cluster> clusters = new ArrayList<>(membersOf.size());
        membersOf.forEach((centre, members) -> {
            members.subList(1, members.size()).sort(Comparator.comparingDouble(ClusterMember::similarity).reversed()
                    .thenComparing(ClusterMember::id));
            clusters.add(new Cluster(centre, centre, members));
        });
        return clusters;
    }

    /**
     * A document's duplicate edges to the current centres, for {@link #cluster(Collection, Overrides, CentreEdges)}:
     * given as a list of pairs or measured when asked.
     */
    public interface CentreEdges {
        /**
         * The duplicate edges (overrides applied) between the document and documents in {@code centres}, in any
         * order. Asked once per document that is not a centre, after {@link #nearCentre} was asked of every
         * document; {@code centres} only grows between calls, and only through {@link #centreAdded}.
         */
        List<PairSimilarity> toCentres(Fingerprint document, Set<String> centres);

        /** Whether the document has a duplicate edge to a document in {@code centres}. */
        default boolean nearCentre(Fingerprint document, Set<String> centres) {
            return !toCentres(document, centres).isEmpty();
        }

        /** The document has just become a centre. */
        default void centreAdded(Fingerprint centre) {}

        /** The order the documents will be asked about in (each walk asks in this order), before the first. */
        default void ranked(List<Fingerprint> ranked) {}
    }

    private static Map<String, List<PairSimilarity>> duplicateEdges(Collection<PairSimilarity> pairs,
                                                                    Set<String> ids, Overrides overrides) {
        Map<String, List<PairSimilarity>> edges = new HashMap<>();
        for (PairSimilarity pair : pairs) {
            Validate.isTrue(ids.contains(pair.a()) && ids.contains(pair.b()),
                    "pair " + pair.a() + ", " + pair.b() + " names a document not being clustered");
            if (!pair.duplicate() || pair.a().equals(pair.b()) || overrides.isDifferent(pair.a(), pair.b())) continue;
            edges.computeIfAbsent(pair.a(), id -> new ArrayList<>()).add(pair);
            edges.computeIfAbsent(pair.b(), id -> new ArrayList<>()).add(pair);
        }
        return edges;
    }
}
