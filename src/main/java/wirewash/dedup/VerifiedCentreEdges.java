package wirewash.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import wirewash.internal.Validate;
import wirewash.model.Signature;

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
 * <p>The clusterer walks the documents in rank order and each answer depends on the centres chosen before, but
 * most of the work can be done ahead on all cores: when a document is asked about, the next
 * {@code block} documents in rank order are verified in parallel against the centres chosen so far; then, as the
 * clusterer reaches each, only the centres chosen since (within the block) are checked, on the calling thread.
 * The answers are those of asking one document at a time. A pair is verified at most once: what the first
 * question about a document verified is kept for the second. Centres' shingles are cached (up to a bound),
 * since each is read for many documents; beyond that, a centre measured once keeps its {@link ShingleBitmap} (a byte
 * per shingle), on which most later candidates of it — chance band collisions of unrelated stories, whose
 * number grows with the square of the documents — are given up, exactly, without its shingles being read again.
 * One group is clustered by one caller at a time.
 */
final class VerifiedCentreEdges implements Clusterer.CentreEdges {
    /** Centres whose shingles are kept in memory at once, per group being clustered (about 6 KB each). */
    static final int DEFAULT_CACHED_CENTRES = 8192;
    /** Documents verified ahead together, on all cores, against the centres chosen so far. */
    static final int DEFAULT_BLOCK = 256;

    private final Deduplicator dedup;
    private final BandedPairs banded;
    private final ShingleSource shingles;
    private final Overrides overrides;
    private final int cachedCentres;
    private final int block;
    private final Map<String, Integer> local = new HashMap<>();
    private final Fingerprint[] documents;
    private final boolean[] noShingles;
    private final boolean[] isCentre;
    /** Centres in the order they were chosen. */
    private int[] centreOrder = new int[16];
    private int centres;
    private final CentreIndex index;
    /** Each document's partners in {@code same} overrides, by local position. */
    private final Map<Integer, List<Integer>> forced = new HashMap<>();
    /** What was verified of each document so far, until its last question. */
    private final Map<Integer, Asked> asked = new HashMap<>();
    /** Centres' shingles kept in memory, by local position: the first {@code cachedCentres} read. */
    private final AtomicReferenceArray<long[]> centreShingles;
    private final AtomicInteger cached = new AtomicInteger();
    /** Each centre's shingle bitmap, by local position, from the first time its shingles were read. */
    private final AtomicReferenceArray<ShingleBitmap> bitmaps;
    private final int bitsPerShingle;
    /** Local positions in rank order, and each one's place in it; the group's order until the clusterer tells. */
    private int[] rankOrder;
    private int[] rankOf;

    /** The documents of one group, and what verifies them. */
    VerifiedCentreEdges(List<Fingerprint> group, Deduplicator dedup, ShingleSource shingles, int cachedCentres,
                        int block) {
        this.dedup = Validate.notNull(dedup, "dedup");
        this.shingles = Validate.notNull(shingles, "shingles");
        this.overrides = dedup.overrides();
        this.banded = new BandedPairs(dedup.lshParams());
        this.cachedCentres = Validate.positive(cachedCentres, "cachedCentres");
        this.block = Validate.positive(block, "block");
        this.documents = group.toArray(new Fingerprint[0]);
        this.noShingles = new boolean[documents.length];
        this.isCentre = new boolean[documents.length];
        this.rankOrder = new int[documents.length];
        this.rankOf = new int[documents.length];
        this.centreShingles = new AtomicReferenceArray<>(documents.length);
        this.bitmaps = new AtomicReferenceArray<>(documents.length);
        this.bitsPerShingle = ShingleBitmap.DEFAULT_BITS_PER_SHINGLE;
        for (int i = 0; i < documents.length; i++) {
            String id = documents[i].id();
            Validate.isTrue(local.put(id, i) == null, () -> "id " + id + " is given twice");
            noShingles[i] = BandedPairs.hasNoShingles(documents[i].signature());
            rankOrder[i] = i;
            rankOf[i] = i;
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
    public void ranked(List<Fingerprint> ranked) {
        Validate.isTrue(ranked.size() == documents.length, "ranked holds " + ranked.size() + " documents, not "
                + documents.length);
        for (int r = 0; r < ranked.size(); r++) {
            int d = positionOf(ranked.get(r));
            rankOrder[r] = d;
            rankOf[d] = r;
        }
    }

    @Override
    public boolean nearCentre(Fingerprint document, Set<String> centreIds) {
        int d = positionOf(document);
        if (!asked.containsKey(d)) verifyAhead(d, true);
        Asked done = asked.get(d);
        if (!done.near) catchUp(d, done, true);
        return done.near;
    }

    @Override
    public List<PairSimilarity> toCentres(Fingerprint document, Set<String> centreIds) {
        int d = positionOf(document);
        Asked prior = asked.get(d);
        if (prior == null || !prior.complete) verifyAhead(d, false);
        Asked done = asked.remove(d);
        catchUp(d, done, false);
        return new ArrayList<>(done.edges);
    }

    @Override
    public void centreAdded(Fingerprint centre) {
        int c = positionOf(centre);
        asked.remove(c);
        isCentre[c] = true;
        if (centres == centreOrder.length) centreOrder = Arrays.copyOf(centreOrder, centres * 2);
        centreOrder[centres++] = c;
        if (noShingles[c]) return;
        for (int b = 0; b < index.bands; b++) index.add(banded.key(centre.signature(), b), c);
    }

    /**
     * Verifies, on all cores, the document and the next documents in rank order (up to {@code block}; not
     * centres, and not yet verified this way) against every centre chosen so far: until the first duplicate
     * ({@code firstOnly}, the question whether a document is near a centre), or all of them.
     */
    private void verifyAhead(int d, boolean firstOnly) {
        List<Integer> ahead = new ArrayList<>(block);
        for (int r = rankOf[d]; r < rankOrder.length && ahead.size() < block; r++) {
            int next = rankOrder[r];
            Asked prior = asked.get(next);
            if (isCentre[next] || (prior != null && (firstOnly || prior.complete))) continue;
            ahead.add(next);
        }
        int seen = centres;
        Map<Integer, Asked> before = new HashMap<>();
        for (int next : ahead) before.put(next, asked.get(next));
        List<Asked> results = ahead.parallelStream()
                .map(next -> verifyAgainstCentres(next, before.get(next), seen, firstOnly)).toList();
        for (int k = 0; k < ahead.size(); k++) asked.put(ahead.get(k), results.get(k));
    }

    /** The document verified against the first {@code seen} centres, reusing what {@code prior} verified. */
    private Asked verifyAgainstCentres(int d, Asked prior, int seen, boolean firstOnly) {
        Asked done = prior == null ? new Asked() : prior.copy();
        done.centresSeen = seen;
        done.complete = !firstOnly;
        long[] own = null;
        for (int c : candidateCentres(d)) {
            PairSimilarity edge;
            if (done.has(c)) {
                edge = done.edgeWith(documents[c].id());
            } else {
                if (own == null) own = shingles.shingles(documents[d]);
                edge = measure(d, own, c);
                done.record(c, edge);
            }
            if (edge != null && firstOnly) {
                done.near = true;
                return done;
            }
        }
        return done;
    }

    /** Verifies the document against the centres chosen since it was verified ahead, in the order chosen. */
    private void catchUp(int d, Asked done, boolean firstOnly) {
        long[] own = null;
        for (; done.centresSeen < centres; done.centresSeen++) {
            int c = centreOrder[done.centresSeen];
            if (c == d || done.has(c) || !isCandidate(d, c)) continue;
            if (own == null) own = shingles.shingles(documents[d]);
            PairSimilarity edge = measure(d, own, c);
            done.record(c, edge);
            if (edge != null && firstOnly) {
                done.near = true;
                done.centresSeen++;
                return;
            }
        }
    }

    /**
     * The centres the document is a candidate of (shares a band with, compared value by value) or is forced
     * together with, each once: those sharing the most bands first (the likeliest duplicates, so a walk that stops
     * at the first one stops early; ties ascending), then those sharing one band, in an order fixed by the input.
     */
    private int[] candidateCentres(int d) {
        int[] found = new int[8];
        int count = 0;
        if (!noShingles[d]) {
            Signature own = documents[d].signature();
            for (int b = 0; b < index.bands; b++) {
                for (int e = index.first(banded.key(own, b)); e != CentreIndex.NONE; e = index.next(e)) {
                    int c = index.centre(e);
                    // the band itself compared: a key collision is no candidate
                    if (!banded.sameBand(own, documents[c].signature(), b)) continue;
                    if (count == found.length) found = Arrays.copyOf(found, count * 2);
                    found[count++] = c;
                }
            }
        }
        for (int c : forced.isEmpty() ? List.<Integer>of() : forced.getOrDefault(d, List.of())) {
            if (!isCentre[c]) continue;
            if (count == found.length) found = Arrays.copyOf(found, count * 2);
            found[count++] = c;
        }
        // each distinct centre with the number of bands it was found under, counted in a small open-addressing
        // table (not sorted: a common band value brings a document thousands of chance candidates)
        int capacity = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
        int mask = capacity - 1;
        int[] slotCentre = new int[capacity];
        int[] slotShared = new int[capacity];
        for (int k = 0; k < count; k++) {
            int c = found[k];
            int slot = (c * 0x9E3779B9) >>> 7 & mask;
            while (slotShared[slot] != 0 && slotCentre[slot] != c) slot = (slot + 1) & mask;
            slotCentre[slot] = c;
            slotShared[slot]++;
        }
        // centres found under two bands or more, packed to sort by that number; then the rest in table order
        long[] ranked = new long[count];
        int[] once = new int[count];
        int many = 0;
        int single = 0;
        for (int slot = 0; slot < capacity; slot++) {
            int shared = slotShared[slot];
            int c = slotCentre[slot];
            if (shared == 0 || c == d) continue;
            if (shared == 1) {
                once[single++] = c;
            } else {
                ranked[many++] = ((long) (Integer.MAX_VALUE - shared) << 32) | c;
            }
        }
        Arrays.sort(ranked, 0, many);
        int[] out = new int[many + single];
        for (int k = 0; k < many; k++) out[k] = (int) ranked[k];
        System.arraycopy(once, 0, out, many, single);
        return out;
    }

    /** Whether LSH proposes the pair (exactly, on the band values) or an override forces it. */
    private boolean isCandidate(int d, int c) {
        return banded.shareABand(documents[d].signature(), documents[c].signature())
                || !forced.isEmpty() && forced.getOrDefault(d, List.of()).contains(c);
    }

    /** The pair's edge (overrides applied) or null; thread-safe. */
    private PairSimilarity measure(int d, long[] own, int c) {
        Fingerprint a = documents[Math.min(d, c)];
        Fingerprint b = documents[Math.max(d, c)];
        if (overrides.isDifferent(a.id(), b.id())) return null;
        boolean same = overrides.isSame(a.id(), b.id());
        ShingleBitmap bitmap = bitmaps.get(c);
        // a chance candidate is given up on the centre's bitmap, its shingles left on disk
        if (bitmap != null && !same && !dedup.mayBeDuplicate(own, bitmap)) return null;
        long[] theirs = centreShingles.get(c);
        if (theirs == null) {
            theirs = shingles.shingles(documents[c]);
            if (cached.get() < cachedCentres && centreShingles.compareAndSet(c, null, theirs)) cached.incrementAndGet();
        }
        if (bitmap == null) bitmaps.set(c, ShingleBitmap.of(theirs, bitsPerShingle));
        long[] aShingles = d < c ? own : theirs;
        long[] bShingles = d < c ? theirs : own;
        return same ? dedup.forcedPair(a, aShingles, b, bShingles) : dedup.duplicateOrNull(a, aShingles, b, bShingles);
    }

    private int positionOf(Fingerprint document) {
        Integer d = local.get(document.id());
        Validate.isTrue(d != null, () -> "document " + document.id() + " is not in this group");
        return d;
    }

    /**
     * What was verified of one document: the centres verified (a growing array kept sorted) and the duplicate
     * edges among them — a few bytes per pair, since a million documents may each wait with a hundred.
     */
    static final class Asked {
        private int[] verified = new int[4];
        private int count;
        final List<PairSimilarity> edges = new ArrayList<>(1);
        /** Centres (in the order chosen) it was verified against, or found not to be a candidate of. */
        int centresSeen;
        /** Whether a duplicate centre was found. */
        boolean near;
        /** Whether every candidate centre was verified (not only up to the first duplicate). */
        boolean complete;

        /**
         * Records a centre verified, in its place in the sorted array: centres are verified in the order of their
         * candidacy, not of their number, and a lookup between two records sorted the whole array each time
         * (16% of the samples of the threads that cluster and write, in a 1M profile).
         */
        void record(int centre, PairSimilarity edge) {
            int at = Arrays.binarySearch(verified, 0, count, centre);
            if (at < 0) {
                at = -at - 1;
                if (count == verified.length) verified = Arrays.copyOf(verified, count * 2);
                System.arraycopy(verified, at, verified, at + 1, count - at);
                verified[at] = centre;
                count++;
            }
            if (edge != null) edges.add(edge);
        }

        boolean has(int centre) {
            return Arrays.binarySearch(verified, 0, count, centre) >= 0;
        }

        /** The duplicate edge with the document of that id, or null (verified and no duplicate). */
        PairSimilarity edgeWith(String id) {
            for (PairSimilarity edge : edges) if (edge.a().equals(id) || edge.b().equals(id)) return edge;
            return null;
        }

        Asked copy() {
            Asked out = new Asked();
            out.verified = Arrays.copyOf(verified, Math.max(4, count));
            out.count = count;
            out.edges.addAll(edges);
            return out;
        }
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
