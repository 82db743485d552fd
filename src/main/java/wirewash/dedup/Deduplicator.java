package wirewash.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import wirewash.internal.Validate;
import wirewash.model.Cluster;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/**
 * Groups clean documents into clusters of near-duplicates: fingerprints each text (normalize, shingle, MinHash),
 * finds candidate pairs through an LSH index, verifies each candidate exactly, and clusters the verified
 * duplicates around canonical copies. The one place the dedup chain is assembled.
 *
 * <p>Only pairs the LSH index proposes are verified. A brief whose Jaccard similarity to its full story is well
 * below {@code lshThreshold} is a duplicate by containment if verified (see {@link #compare}), but the index
 * proposes it only with the probability {@link LshParams#candidateProbability} gives at that Jaccard (with the
 * defaults, 0.93 at 0.2, 0.47 at 0.1).
 *
 * <p>{@link #plain} makes the approach users would otherwise take, kept to measure against: MinHash LSH tuned
 * to Jaccard 0.5 and the connected components of its candidate pairs, nothing verified (so it can chain).
 *
 * <p>Immutable; {@link #fingerprint} and {@link #compare} may be called from many threads at once.
 */
public final class Deduplicator {
    private final DedupConfig config;
    private final LshParams lshParams;
    private final TextShingler shingler;
    private final SignatureHasher hasher;
    private final PairVerifier verifier;
    private final Clusterer clusterer = new Clusterer();
    private final Overrides overrides;
    private final boolean plain;
    /** Candidate pairs verified together on one core. */
    private static final int PAIRS_PER_CHUNK = 4096;
    /** Candidate pairs made before they are verified (on all cores) and dropped: 8 MB of packed pairs. */
    private static final int PAIRS_PER_BATCH = 1 << 20;

    /** A deduplicator whose LSH bands and rows are chosen for {@code config.lshThreshold()}. */
    public Deduplicator(DedupConfig config) {
        this(config, LshParams.optimal(Validate.notNull(config, "config").lshThreshold(), config.numPerm()));
    }

    /** A deduplicator with LSH bands and rows set by hand. */
    public Deduplicator(DedupConfig config, LshParams lshParams) {
        this(config, lshParams, Overrides.NONE, false);
    }

    private Deduplicator(DedupConfig config, LshParams lshParams, Overrides overrides, boolean plain) {
        this.overrides = Validate.notNull(overrides, "overrides");
        this.plain = plain;
        this.config = Validate.notNull(config, "config");
        this.lshParams = Validate.notNull(lshParams, "lshParams");
        Validate.isTrue(lshParams.hashesUsed() <= config.numPerm(), "LSH " + lshParams + " needs "
                + lshParams.hashesUsed() + " hash values but numPerm is " + config.numPerm());
        this.shingler = config.shingler();
        this.hasher = config.hasher(shingler.scheme());
        this.verifier = new PairVerifier(config.jaccardThreshold(), config.containmentThreshold(),
                config.minContainmentShingles(), config.jaccardMinContainment());
    }

    /** The plain approach: LSH at Jaccard {@link PlainGrouping#LSH_THRESHOLD}, union-find of candidates. */
    public static Deduplicator plain(DedupConfig config) {
        return new Deduplicator(config, LshParams.optimal(PlainGrouping.LSH_THRESHOLD, config.numPerm()),
                Overrides.NONE, true);
    }

    /** This deduplicator, honouring the overrides when it clusters. */
    public Deduplicator withOverrides(Overrides overrides) {
        return new Deduplicator(config, lshParams, overrides, plain);
    }

    public boolean isPlain() {
        return plain;
    }

    public DedupConfig config() {
        return config;
    }

    /** The scheme of every signature this deduplicator makes. */
    public SignatureScheme scheme() {
        return hasher.scheme();
    }

    public LshParams lshParams() {
        return lshParams;
    }

    /** The document's fingerprint: its shingles and signature, token count and date. Pure. */
    public Fingerprint fingerprint(String id, String text, String published) {
        TextShingler.Shingled shingled = shingler.shingle(Validate.notNull(text, "text"));
        long[] shingles = shingled.shingles();
        return new Fingerprint(id, hasher.signature(shingles), shingles, shingled.tokenCount(), published);
    }

    /** Exact similarity of two documents and whether they are duplicates. */
    public PairSimilarity compare(Fingerprint a, Fingerprint b) {
        return verifier.verify(a, b);
    }

    /**
     * Every pair the LSH index proposes, verified, ordered by the two ids (the smaller first in each pair).
     * Includes pairs judged not to be duplicates.
     */
    public List<PairSimilarity> verifiedCandidates(Collection<Fingerprint> documents) {
        return verifiedCandidates(sortedById(documents), Fingerprint::shingleArray, false);
    }

    /**
     * The candidate pairs of the documents (sorted by id), verified on the shingles the source gives, ordered by
     * the two documents' positions; with {@code duplicatesOnly}, the pairs judged not to be duplicates are dropped
     * as they are met. Candidates are streamed from {@link BandedPairs#forEachPair} a chunk at a time and each
     * chunk is verified on all cores before the next is made, so memory holds one chunk of candidates and the
     * pairs kept, never every candidate. Within a slice of a chunk, a run of pairs with the same first document
     * reads its shingles once.
     */
    private List<PairSimilarity> verifiedCandidates(List<Fingerprint> sorted, ShingleSource shingles,
                                                    boolean duplicatesOnly) {
        List<Signature> signatures = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Validate.isTrue(i == 0 || !sorted.get(i).id().equals(sorted.get(i - 1).id()),
                    "id " + sorted.get(i).id() + " is given twice");
            signatures.add(sorted.get(i).signature());
        }
        List<Kept> kept = new ArrayList<>();
        new BandedPairs(lshParams).forEachPair(signatures, PAIRS_PER_BATCH, (candidates, count) -> {
            // in position order, a document's pairs of every bucket of the batch come together: its shingles are
            // read once per slice, not once per bucket
            Arrays.sort(candidates, 0, count);
            int slices = (count + PAIRS_PER_CHUNK - 1) / PAIRS_PER_CHUNK;
            List<List<Kept>> verified = IntStream.range(0, slices).parallel().mapToObj(slice -> {
                List<Kept> out = new ArrayList<>();
                int first = -1;
                long[] firstShingles = null;
                for (int k = slice * PAIRS_PER_CHUNK; k < Math.min(count, (slice + 1) * PAIRS_PER_CHUNK); k++) {
                    int i = BandedPairs.first(candidates[k]);
                    if (i != first) {
                        first = i;
                        firstShingles = shingles.shingles(sorted.get(i));
                    }
                    Fingerprint b = sorted.get(BandedPairs.second(candidates[k]));
                    PairSimilarity pair = duplicatesOnly
                            ? verifier.duplicateOrNull(sorted.get(i), firstShingles, b, shingles.shingles(b))
                            : verifier.verify(sorted.get(i), firstShingles, b, shingles.shingles(b));
                    if (pair != null) out.add(new Kept(candidates[k], pair));
                }
                return out;
            }).toList();
            for (List<Kept> slice : verified) kept.addAll(slice);
        });
        kept.sort(Comparator.comparingLong(Kept::positions));
        List<PairSimilarity> pairs = new ArrayList<>(kept.size());
        for (Kept k : kept) pairs.add(k.pair);
        return pairs;
    }

    /** A verified pair and its packed positions, to put the pairs in position order. */
    private record Kept(long positions, PairSimilarity pair) {}

    /** All clusters, singletons included, sorted by cluster id; independent of the documents' order. */
    public List<Cluster> cluster(Collection<Fingerprint> documents) {
        return cluster(documents, Fingerprint::shingleArray);
    }

    /**
     * All clusters, singletons included, sorted by cluster id, of documents whose shingles the source gives — so
     * that fingerprints can be kept {@link Fingerprint#withoutShingles without them} and the shingles read from
     * disk only for the pairs verified. Not for the {@link #plain} approach, which needs the fingerprints whole.
     *
     * <p>The clusters are those {@link #clusterVerified} makes of {@link #duplicates} (tests compare the two),
     * but fewer pairs are verified: the documents are parted into {@link CandidateGroups groups} no candidate
     * pair crosses, each group is clustered on one core, and a document is verified only against the candidate
     * centres the {@link Clusterer} asks about ({@link VerifiedCentreEdges}). A story copied n times with k
     * distinct centres costs about n × k verifications instead of n² / 2.
     */
    public List<Cluster> cluster(Collection<Fingerprint> documents, ShingleSource shingles) {
        Validate.notNull(shingles, "shingles");
        if (plain) return PlainGrouping.cluster(sortedById(documents), lshParams);
        List<Fingerprint> sorted = sortedById(documents);
        Map<String, Integer> positionOf = new HashMap<>();
        List<Signature> signatures = new ArrayList<>(sorted.size());
        for (Fingerprint document : sorted) {
            Validate.isTrue(positionOf.put(document.id(), positionOf.size()) == null,
                    "id " + document.id() + " is given twice");
            signatures.add(document.signature());
        }
        List<Long> forced = new ArrayList<>();
        for (String key : overrides.same()) {
            String[] ids = Overrides.ids(key);
            Integer a = positionOf.get(ids[0]);
            Integer b = positionOf.get(ids[1]);
            if (a != null && b != null) forced.add(((long) a << 32) | b);
        }
        List<int[]> groups = new ArrayList<>(new CandidateGroups(lshParams)
                .groups(signatures, forced.stream().mapToLong(Long::longValue).toArray()));
        boolean[] grouped = new boolean[sorted.size()];
        for (int[] group : groups) for (int i : group) grouped[i] = true;
        List<Fingerprint> alone = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) if (!grouped[i]) alone.add(sorted.get(i));
        // the largest groups first, so that no core is left with one at the end
        groups.sort(Comparator.comparingInt((int[] group) -> group.length).reversed());
        List<Cluster> clusters = new ArrayList<>(clusterer.cluster(alone, overrides, NO_EDGES));
        List<List<Cluster>> parts = IntStream.range(0, groups.size()).parallel().mapToObj(g -> {
            List<Fingerprint> members = new ArrayList<>(groups.get(g).length);
            for (int i : groups.get(g)) members.add(sorted.get(i));
            return clusterer.cluster(members, overrides, new VerifiedCentreEdges(members, this, shingles,
                    VerifiedCentreEdges.DEFAULT_CACHED_CENTRES, VerifiedCentreEdges.DEFAULT_BLOCK));
        }).toList();
        for (List<Cluster> part : parts) clusters.addAll(part);
        clusters.sort(Comparator.comparing(Cluster::id));
        return clusters;
    }

    /** Edges of documents that are no one's candidate. */
    private static final Clusterer.CentreEdges NO_EDGES = (document, centres) -> List.of();

    /**
     * The verified duplicates among the documents, as measured (overrides not applied), ordered by the two ids:
     * what {@link #cluster(Collection, ShingleSource)} clusters. Each is a property of its two documents alone, so
     * a caller may keep them and cluster a larger set later without verifying them again.
     */
    public List<PairSimilarity> duplicates(Collection<Fingerprint> documents, ShingleSource shingles) {
        Validate.notNull(shingles, "shingles");
        Validate.isTrue(!plain, "the plain approach verifies nothing");
        return verifiedCandidates(sortedById(documents), shingles, true);
    }

    /**
     * The clusters of the documents given their measured duplicates (from {@link #duplicates} or
     * {@link #duplicateOrNull}, for every candidate pair among them), honouring the overrides: the same clusters
     * as {@link #cluster(Collection, ShingleSource)}. Clusters never span two connected components of the
     * duplicate graph (with the {@code same} overrides as edges), so any union of whole components can be
     * clustered on its own.
     */
    public List<Cluster> clusterVerified(Collection<Fingerprint> documents, List<PairSimilarity> duplicates,
                                         ShingleSource shingles) {
        Validate.notNull(shingles, "shingles");
        List<Fingerprint> sorted = sortedById(documents);
        List<PairSimilarity> pairs = duplicates;
        if (!overrides.same().isEmpty()) pairs = withForcedPairs(sorted, pairs, shingles);
        return clusterer.cluster(sorted, pairs, overrides);
    }

    /** The two documents' measured similarity when they are duplicates, else null. */
    public PairSimilarity duplicateOrNull(Fingerprint a, long[] aShingles, Fingerprint b, long[] bShingles) {
        return verifier.duplicateOrNull(a, aShingles, b, bShingles);
    }

    /** The bitmap of a document's shingles (sorted and distinct), for {@link #mayBeDuplicate}. */
    public ShingleBitmap bitmap(long[] shingles) {
        return ShingleBitmap.of(shingles, ShingleBitmap.DEFAULT_BITS_PER_SHINGLE);
    }

    /**
     * False when a document of these shingles certainly is no duplicate of the document of the bitmap (too few of
     * its shingles find their bit set for the two to share what {@link #duplicateOrNull} needs); true when it may
     * be, and must be verified.
     */
    public boolean mayBeDuplicate(long[] shingles, ShingleBitmap other) {
        return other.mayShareAtLeast(shingles, verifier.fewestSharedOfADuplicate(shingles.length, other.count()));
    }

    /** Whether LSH proposes the two signatures as a candidate pair (they agree on a whole band). */
    public boolean isCandidate(Signature a, Signature b) {
        return new BandedPairs(lshParams).shareABand(a, b);
    }

    /**
     * The signature's LSH band keys, one per band (see {@link BandedPairs#key}); none for a signature of no
     * shingles, which is no one's candidate ({@link BandedPairs#hasNoShingles}).
     */
    public long[] bandKeys(Signature signature) {
        if (BandedPairs.hasNoShingles(signature)) return new long[0];
        BandedPairs banded = new BandedPairs(lshParams);
        long[] keys = new long[lshParams.bands()];
        for (int b = 0; b < keys.length; b++) keys[b] = banded.key(signature, b);
        return keys;
    }

    /** The overrides honoured when clustering. */
    public Overrides overrides() {
        return overrides;
    }

    /**
     * What decides which pairs are verified duplicates: the signature scheme, the LSH bands and the verifier's
     * thresholds (not the overrides). Duplicates measured under one key hold under the same key.
     */
    public String verdictKey() {
        return (plain ? "plain " : "") + scheme() + " lsh=" + lshParams + " jaccard=" + config.jaccardThreshold()
                + " containment=" + config.containmentThreshold() + " min_containment_shingles="
                + config.minContainmentShingles() + " jaccard_min_containment=" + config.jaccardMinContainment();
    }

    /** The pairs with every {@code same} override among the documents marked a duplicate, verified or not. */
    private List<PairSimilarity> withForcedPairs(List<Fingerprint> documents, List<PairSimilarity> pairs,
                                                 ShingleSource shingles) {
        Map<String, Fingerprint> byId = new HashMap<>();
        for (Fingerprint f : documents) byId.put(f.id(), f);
        List<PairSimilarity> out = new ArrayList<>();
        for (PairSimilarity p : pairs) if (!overrides.isSame(p.a(), p.b())) out.add(p);
        for (String key : overrides.same()) {
            String[] ids = Overrides.ids(key);
            Fingerprint a = byId.get(ids[0]);
            Fingerprint b = byId.get(ids[1]);
            if (a == null || b == null) continue;
            out.add(forcedPair(a, shingles.shingles(a), b, shingles.shingles(b)));
        }
        return out;
    }

    /** The pair as measured, marked a duplicate because a person said so (a {@code same} override). */
    PairSimilarity forcedPair(Fingerprint a, long[] aShingles, Fingerprint b, long[] bShingles) {
        PairSimilarity m = verifier.verify(a, aShingles, b, bShingles);
        return new PairSimilarity(m.a(), m.b(), m.sharedShingles(), m.jaccard(), m.containmentAInB(),
                m.containmentBInA(), m.estimatedJaccard(), true, "override: same (" + m.why() + ")");
    }

    private List<Fingerprint> sortedById(Collection<Fingerprint> documents) {
        Validate.notNull(documents, "documents");
        List<Fingerprint> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Fingerprint::id));
        for (Fingerprint document : sorted) {
            if (!document.signature().scheme().equals(scheme())) {
                throw new IllegalArgumentException("fingerprint " + document.id() + " has scheme "
                        + document.signature().scheme() + " but this deduplicator uses " + scheme());
            }
        }
        return sorted;
    }
}
