package wirewash.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wirewash.internal.Validate;

/**
 * The duplicate edges of one {@link CandidateGroups group} of documents to the {@link Clusterer}'s centres,
 * verified when the clusterer asks: a document is looked up in the LSH bands of the centres chosen so far, and
 * only the candidate pairs it forms with centres are verified. The clusters are those of every candidate pair
 * verified, since the clusterer uses no other edge, but a story copied thousands of times costs thousands of
 * verifications per centre instead of millions in all.
 *
 * <p>Overrides are honoured as {@link Deduplicator#clusterVerified} does: a {@code different} pair is never an
 * edge, a {@code same} pair always is (verified for its figures, proposed by LSH or not).
 *
 * <p>A pair is verified at most once: what the first question about a document verified is kept until the
 * second. Centres' shingles are kept in a bounded cache, since each is read for many documents. Not thread-safe:
 * one group is clustered on one thread.
 */
final class VerifiedCentreEdges implements Clusterer.CentreEdges {
    /** Centres whose shingles are kept in memory at once, per group being clustered (about 6 KB each). */
    static final int DEFAULT_CACHED_CENTRES = 8192;

    private final Deduplicator dedup;
    private final BandedPairs banded;
    private final ShingleSource shingles;
    private final Overrides overrides;
    private final Map<String, Integer> local = new HashMap<>();
    private final Fingerprint[] documents;
    private final boolean[] noShingles;
    private final boolean[] isCentre;
    private final CentreIndex index;
    /** Each document's partners in {@code same} overrides, by local position. */
    private final Map<Integer, List<Integer>> forced = new HashMap<>();
    /** What the document's first question verified, kept for its second. */
    private final Map<Integer, Asked> asked = new HashMap<>();
    private final Map<Integer, long[]> centreShingles;

    /** The documents of one group, and what verifies them. */
    VerifiedCentreEdges(List<Fingerprint> group, Deduplicator dedup, ShingleSource shingles, int cachedCentres) {
        this.dedup = Validate.notNull(dedup, "dedup");
        this.shingles = Validate.notNull(shingles, "shingles");
        this.overrides = dedup.overrides();
        this.banded = new BandedPairs(dedup.lshParams());
        Validate.positive(cachedCentres, "cachedCentres");
        this.centreShingles = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, long[]> eldest) {
                return size() > cachedCentres;
            }
        };
        this.documents = group.toArray(new Fingerprint[0]);
        this.noShingles = new boolean[documents.length];
        this.isCentre = new boolean[documents.length];
        for (int i = 0; i < documents.length; i++) {
            local.put(documents[i].id(), i);
            noShingles[i] = BandedPairs.hasNoShingles(documents[i].signature());
        }
        this.index = new CentreIndex(dedup.lshParams().bands());
        for (String key : overrides.same()) {
            String[] ids = Overrides.ids(key);
            Integer a = local.get(ids[0]);
            Integer b = local.get(ids[1]);
            if (a == null || b == null || a.equals(b)) continue;
            forced.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            forced.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }
    }

    @Override
    public boolean nearCentre(Fingerprint document, Set<String> centres) {
        int d = positionOf(document);
        Asked done = new Asked();
        asked.put(d, done);
        for (int c : candidateCentres(d)) {
            PairSimilarity edge = measure(d, c, done);
            if (edge != null) return true;
        }
        return false;
    }

    @Override
    public List<PairSimilarity> toCentres(Fingerprint document, Set<String> centres) {
        int d = positionOf(document);
        Asked done = asked.remove(d);
        List<PairSimilarity> edges = new ArrayList<>();
        for (int c : candidateCentres(d)) {
            PairSimilarity edge = done != null && done.verified.containsKey(c) ? done.verified.get(c)
                    : measure(d, c, null);
            if (edge != null) edges.add(edge);
        }
        return edges;
    }

    @Override
    public void centreAdded(Fingerprint centre) {
        int c = positionOf(centre);
        asked.remove(c);
        isCentre[c] = true;
        if (noShingles[c]) return;
        for (int b = 0; b < index.bands; b++) index.add(banded.key(centre.signature(), b), c);
    }

    /** The centres the document is a candidate of (shares a band with) or is forced together with, ascending. */
    private int[] candidateCentres(int d) {
        int[] found = new int[8];
        int count = 0;
        if (!noShingles[d]) {
            for (int b = 0; b < index.bands; b++) {
                for (int e = index.first(banded.key(documents[d].signature(), b)); e != CentreIndex.NONE;
                     e = index.next(e)) {
                    if (count == found.length) found = Arrays.copyOf(found, count * 2);
                    found[count++] = index.centre(e);
                }
            }
        }
        for (int c : forced.getOrDefault(d, List.of())) {
            if (!isCentreFiled(c)) continue;
            if (count == found.length) found = Arrays.copyOf(found, count * 2);
            found[count++] = c;
        }
        Arrays.sort(found, 0, count);
        int kept = 0;
        for (int k = 0; k < count; k++) {
            int c = found[k];
            if (c == d || (kept > 0 && found[kept - 1] == c)) continue;
            // a band key collision is no candidate; a forced pair is one whatever its bands
            if (!banded.shareABand(documents[d].signature(), documents[c].signature()) && !isForced(d, c)) continue;
            found[kept++] = c;
        }
        return Arrays.copyOf(found, kept);
    }

    private boolean isCentreFiled(int c) {
        return isCentre[c];
    }

    private boolean isForced(int d, int c) {
        return forced.getOrDefault(d, List.of()).contains(c);
    }

    /** The pair's edge (overrides applied) or null, remembered in {@code done} when given. */
    private PairSimilarity measure(int d, int c, Asked done) {
        Fingerprint a = documents[Math.min(d, c)];
        Fingerprint b = documents[Math.max(d, c)];
        PairSimilarity edge;
        if (overrides.isDifferent(a.id(), b.id())) {
            edge = null;
        } else {
            long[] aShingles = shinglesOf(Math.min(d, c), d);
            long[] bShingles = shinglesOf(Math.max(d, c), d);
            edge = overrides.isSame(a.id(), b.id()) ? dedup.forcedPair(a, aShingles, b, bShingles)
                    : dedup.duplicateOrNull(a, aShingles, b, bShingles);
        }
        if (done != null) done.verified.put(c, edge);
        return edge;
    }

    private long[] shinglesOf(int position, int asking) {
        if (position == asking) {
            if (lastAsking != asking) {
                lastAsking = asking;
                lastShingles = shingles.shingles(documents[asking]);
            }
            return lastShingles;
        }
        long[] cached = centreShingles.get(position);
        if (cached == null) {
            cached = shingles.shingles(documents[position]);
            centreShingles.put(position, cached);
        }
        return cached;
    }

    private int lastAsking = -1;
    private long[] lastShingles;

    private int positionOf(Fingerprint document) {
        Integer d = local.get(document.id());
        Validate.isTrue(d != null, "document " + document.id() + " is not in this group");
        return d;
    }

    /** The centres a document's first question verified, with their edge or null. */
    private static final class Asked {
        final Map<Integer, PairSimilarity> verified = new HashMap<>();
    }

    /**
     * Centres by band key: an open-addressing table of keys, each heading a chain of entries (a centre each), in
     * primitive arrays that grow as centres are filed.
     */
    static final class CentreIndex {
        static final int NONE = -1;
        final int bands;
        private long[] keys = new long[64];
        private int[] heads = filled(64);
        private int used;
        private int[] centres = new int[64];
        private int[] nexts = new int[64];
        private int entries;

        CentreIndex(int bands) {
            this.bands = bands;
        }

        void add(long key, int centre) {
            if ((used + 1) * 2 > heads.length) grow();
            int slot = slotOf(keys, heads, key);
            if (heads[slot] == NONE) {
                keys[slot] = key;
                used++;
            }
            if (entries == centres.length) {
                centres = Arrays.copyOf(centres, entries * 2);
                nexts = Arrays.copyOf(nexts, entries * 2);
            }
            centres[entries] = centre;
            nexts[entries] = heads[slot];
            heads[slot] = entries++;
        }

        /** The first entry filed under the key, or {@link #NONE}. */
        int first(long key) {
            return heads[slotOf(keys, heads, key)];
        }

        int next(int entry) {
            return nexts[entry];
        }

        int centre(int entry) {
            return centres[entry];
        }

        private static int slotOf(long[] keys, int[] heads, long key) {
            int mask = heads.length - 1;
            int slot = (int) (key >>> 33) & mask;
            while (heads[slot] != NONE && keys[slot] != key) slot = (slot + 1) & mask;
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            keys = new long[oldKeys.length * 2];
            heads = filled(oldHeads.length * 2);
            for (int s = 0; s < oldHeads.length; s++) {
                if (oldHeads[s] == NONE) continue;
                int slot = slotOf(keys, heads, oldKeys[s]);
                keys[slot] = oldKeys[s];
                heads[slot] = oldHeads[s];
            }
        }

        private static int[] filled(int size) {
            int[] a = new int[size];
            Arrays.fill(a, NONE);
            return a;
        }
    }
}
