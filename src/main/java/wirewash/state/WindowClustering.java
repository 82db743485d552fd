package wirewash.state;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.commons.codec.digest.DigestUtils;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.Overrides;
import wirewash.dedup.PairSimilarity;
import wirewash.dedup.ShingleBitmap;
import wirewash.dedup.ShingleSource;
import wirewash.internal.Validate;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;
import wirewash.model.SignatureScheme;

/**
 * Clusters a run's documents with the stored documents of the window — the same clusters as
 * {@link Deduplicator#cluster} of all of them — without verifying the stored documents against each other again
 * and without forming their clusters again where nothing changed.
 *
 * <p>Why that is exact: a verified duplicate pair depends on its two documents alone (and the
 * {@link Deduplicator#verdictKey settings}), so the pairs of two stored documents found in earlier runs still hold;
 * only pairs with a new document are measured: among the new documents by banding them, and against stored ones
 * by looking their band keys up in the state's index (each hit confirmed on the signatures, as LSH compares band
 * values exactly). And the clusterer never joins documents of two connected components of the duplicate graph
 * (with the {@code same} overrides as edges): each component's clusters depend on that component only. So the
 * components that hold a new document, a document named in an override, or a neighbour of a document that left
 * the window (aged out, or submitted again as a new document) are clustered again from their documents and
 * stored plus new pairs; every other component is exactly as the last run left it, and its stored clusters
 * (canonical, similarity and containment of each member) stay as they are, neither read nor written. The window
 * is never read whole: stored documents are looked up by id as the night reaches them, so a night's cost follows
 * its documents and their components, not the size of the state, but for one count of the window's rows in the
 * narrow {@code placements} (for the runs record; the caller's {@link StateStore#schemes} scans it too). A night
 * reports the clusters it made or changed.
 *
 * <p>When the stored pairs were made under other settings (another signature scheme, LSH bands or thresholds;
 * or a state migrated from schema 1, or last written by the plain approach), the whole window is banded and
 * verified again and the index and pairs are rebuilt. When the overrides changed, every component is clustered
 * again from the stored pairs (nothing is verified again).
 */
final class WindowClustering {
    /**
     * Stored documents read (one at a time) before their candidate pairs are verified on the other cores, while the
     * next batch is read.
     */
    static final int DEFAULT_STORED_PER_BATCH = 512;
    /**
     * New documents whose shingles are held in memory while verified against stored ones (≈ 5 KB each, and their
     * bitmap an eighth of that).
     */
    private static final int CACHED_DOCUMENTS = 50_000;
    /** Band keys asked of the index in one query (twice as many parameters: both band tables). */
    private static final int KEYS_PER_LOOKUP = 500;

    private final StateStore store;
    private final Deduplicator dedup;
    private final int storedPerBatch;

    WindowClustering(StateStore store, Deduplicator dedup) {
        this(store, dedup, DEFAULT_STORED_PER_BATCH);
    }

    /** @param storedPerBatch stored documents read in one batch ({@link #DEFAULT_STORED_PER_BATCH}); tests lower it */
    WindowClustering(StateStore store, Deduplicator dedup, int storedPerBatch) {
        this.store = Validate.notNull(store, "store");
        this.dedup = Validate.notNull(dedup, "dedup");
        this.storedPerBatch = Validate.atLeast(storedPerBatch, 1, "storedPerBatch");
        Validate.isTrue(!dedup.isPlain(), "the plain approach clusters the window whole");
    }

    /** How the commit must update the index, pairs and clusters. */
    enum Mode { INCREMENTAL, REBUILD }

    /**
     * What the run found beyond its documents, for {@link StateWriter}.
     *
     * @param verdictKey    the settings the pairs were measured under
     * @param overridesKey  digest of the overrides the clusters honour
     * @param edges         verified duplicate pairs to store (all of the window's when rebuilding)
     * @param clusters      clusters formed this run (all when rebuilding)
     * @param replacedIds   stored documents whose old clusters go: those clustered again and those that left
     * @param rebuiltBands  stored documents whose band keys are written again (when rebuilding)
     * @param earlier       stored documents of the window clustered with this run's
     */
    record Plan(Mode mode, String verdictKey, String overridesKey, List<PairSimilarity> edges, List<Cluster> clusters,
                Set<String> replacedIds, List<StateStore.Stored> rebuiltBands, int earlier) {}

    record Result(List<Cluster> clusters, Plan plan) {}

    Result cluster(Collection<Fingerprint> currentDocuments, ShingleSource currentShingles) {
        SignatureScheme scheme = dedup.scheme();
        Map<String, Fingerprint> current = new TreeMap<>();
        for (Fingerprint f : currentDocuments) {
            Validate.isTrue(current.put(f.id(), f) == null, () -> "id " + f.id() + " is given twice");
        }
        ShingleSource shingles = doc -> current.containsKey(doc.id()) ? currentShingles.shingles(doc)
                : store.shingles(doc.id());
        String verdictKey = dedup.verdictKey();
        String overridesKey = overridesKey(dedup.overrides());
        String storedKey;
        String storedOverrides;
        try {
            storedKey = store.meta(StateStore.META_DEDUP);
            storedOverrides = store.meta(StateStore.META_OVERRIDES);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state's settings: " + e.getMessage(), e);
        }
        if (!verdictKey.equals(storedKey)) return rebuild(current, shingles, verdictKey, overridesKey);

        // Stored documents are read as the night reaches them, never the whole window: what is read is remembered
        // for the night. The night's own ids are looked up together, in id order (most are not stored at all).
        Map<String, StateStore.Placement> placements = new HashMap<>(store.placements(current.keySet()));
        Set<String> currentLooked = current.keySet();
        java.util.function.Function<String, StateStore.Placement> placement =
                id -> currentLooked.contains(id) ? placements.get(id) : placements.computeIfAbsent(id, store::placement);
        java.util.function.Predicate<String> earlier =
                id -> !current.containsKey(id) && store.inWindow(placement.apply(id), scheme);

        Set<String> removed = new HashSet<>();
        int currentInWindow = 0;
        for (String id : current.keySet()) {
            if (store.inWindow(placement.apply(id), scheme)) {
                removed.add(id);
                currentInWindow++;
            }
        }
        // An aged document that comes back (re-scraped, maybe changed) left the window too: its old neighbours are
        // clustered again, or they would keep a cluster whose canonical it no longer is.
        removed.addAll(store.agedIds());
        int earlierCount = store.windowCount(scheme) - currentInWindow;

        Set<String> seeds = new TreeSet<>(current.keySet());
        for (String key : dedup.overrides().same()) seeds.addAll(Arrays.asList(Overrides.ids(key)));
        for (String key : dedup.overrides().different()) seeds.addAll(Arrays.asList(Overrides.ids(key)));
        if (!overridesKey.equals(storedOverrides)) seeds.addAll(store.windowAssignments(scheme).keySet());
        for (String gone : removed) {
            for (PairSimilarity e : store.edgesOf(gone)) seeds.add(e.other(gone));
        }
        seeds.removeIf(id -> !current.containsKey(id) && !earlier.test(id));

        List<PairSimilarity> newEdges = new ArrayList<>(dedup.duplicates(current.values(), currentShingles));
        newEdges.addAll(againstStored(current, placements, earlier, currentShingles, scheme));

        // the components holding a seed: over stored pairs, new pairs and forced pairs
        Map<String, List<PairSimilarity>> newAdjacent = adjacency(newEdges);
        Map<String, List<String>> forced = new HashMap<>();
        for (String key : dedup.overrides().same()) {
            String[] ids = Overrides.ids(key);
            forced.computeIfAbsent(ids[0], id -> new ArrayList<>()).add(ids[1]);
            forced.computeIfAbsent(ids[1], id -> new ArrayList<>()).add(ids[0]);
        }
        Set<String> dirty = new TreeSet<>();
        Map<String, PairSimilarity> dirtyEdges = new LinkedHashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(seeds);
        dirty.addAll(seeds);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            List<PairSimilarity> edges = new ArrayList<>(newAdjacent.getOrDefault(id, List.of()));
            if (earlier.test(id)) {
                for (PairSimilarity e : store.edgesOf(id)) if (earlier.test(e.other(id))) edges.add(e);
            }
            for (PairSimilarity e : edges) {
                dirtyEdges.putIfAbsent(Overrides.key(e.a(), e.b()), e);
                String other = e.other(id);
                if (dirty.add(other)) queue.add(other);
            }
            for (String other : forced.getOrDefault(id, List.of())) {
                if ((current.containsKey(other) || earlier.test(other)) && dirty.add(other)) queue.add(other);
            }
        }
        List<Fingerprint> dirtyDocs = new ArrayList<>();
        for (String id : dirty) {
            Fingerprint f = current.get(id);
            if (f == null) {
                StateStore.Stored stored = store.byId(id, scheme);
                Validate.isTrue(stored != null && stored.signature() != null, () -> "stored document " + id + " is gone");
                f = stored.fingerprint();
            }
            dirtyDocs.add(f);
        }
        List<Cluster> formed = dedup.clusterVerified(dirtyDocs, new ArrayList<>(dirtyEdges.values()), shingles);

        Set<String> replaced = new HashSet<>(removed);
        replaced.addAll(dirty);
        List<Cluster> changed = changed(formed, current.keySet(),
                id -> earlier.test(id) ? placement.apply(id).assignment() : null);
        return new Result(changed, new Plan(Mode.INCREMENTAL, verdictKey, overridesKey, newEdges, formed, replaced,
                List.of(), earlierCount));
    }

    /**
     * The clusters a night reports: those that hold one of its documents, and those the state held otherwise (a
     * member joined or left, or the canonical, a similarity or a containment changed). Every other cluster of
     * the window is as the state holds it; {@link StateStore#windowClusters} reads them all.
     *
     * @param stored the stored assignment of a stored document of the window, null for others
     */
    private List<Cluster> changed(List<Cluster> formed, Set<String> current,
                                  java.util.function.Function<String, StateStore.Assignment> stored) {
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : formed) {
            boolean same = c.members().stream().noneMatch(m -> current.contains(m.id()));
            for (int m = 0; same && m < c.members().size(); m++) {
                ClusterMember member = c.members().get(m);
                StateStore.Assignment was = stored.apply(member.id());
                same = was != null && c.id().equals(was.cluster()) && was.similarity() == member.similarity()
                        && was.containment() == member.containment();
            }
            if (same) same = store.storedClusterSize(c.id()) == c.size();
            if (!same) out.add(c);
        }
        out.sort(Comparator.comparing(Cluster::id));
        return out;
    }

    /** Bands and verifies the whole window again: the settings of the stored pairs are not this run's. */
    private Result rebuild(Map<String, Fingerprint> current, ShingleSource shingles, String verdictKey,
                           String overridesKey) {
        Map<String, StateStore.Assignment> window = store.windowAssignments(dedup.scheme());
        Set<String> earlierIds = new TreeSet<>(window.keySet());
        earlierIds.removeAll(current.keySet());
        List<StateStore.Stored> earlier = new ArrayList<>();
        List<Fingerprint> all = new ArrayList<>(current.values());
        for (String id : earlierIds) {
            StateStore.Stored stored = store.byId(id, dedup.scheme());
            if (stored == null || stored.signature() == null) continue;
            earlier.add(stored);
            all.add(stored.fingerprint());
        }
        List<PairSimilarity> edges = dedup.duplicates(all, shingles);
        List<Cluster> clusters = dedup.clusterVerified(all, edges, shingles);
        List<Cluster> changed = changed(clusters, current.keySet(), id -> earlierIds.contains(id) ? window.get(id) : null);
        return new Result(changed, new Plan(Mode.REBUILD, verdictKey, overridesKey, edges, clusters, Set.of(),
                earlier, earlier.size()));
    }

    /**
     * The verified duplicates between this run's documents and stored ones of the window: the band keys of all new
     * documents are looked up in the index together, in key order; each stored document hit is read once (signature
     * and shingles) and verified, on all cores, against the new documents that hit it and truly share a band with it.
     */
    private List<PairSimilarity> againstStored(Map<String, Fingerprint> current,
                                               Map<String, StateStore.Placement> placements,
                                               java.util.function.Predicate<String> earlier,
                                               ShingleSource currentShingles, SignatureScheme scheme) {
        List<Fingerprint> docs = new ArrayList<>(current.values());
        long[] hits = storedHits(docs);
        int n = hits.length;
        // the new documents' shingles, read from the spool once each rather than once per pair, when few enough
        // with each one's bitmap, on which most chance candidates are given up without a walk of both shingle sets
        long[][] cached = new long[docs.size()][];
        ShingleBitmap[] bitmaps = new ShingleBitmap[docs.size()];
        int[] hit = new int[n];
        for (int k = 0; k < n; k++) hit[k] = (int) hits[k];
        int[] distinct = IntStream.of(hit).distinct().toArray();
        if (distinct.length <= CACHED_DOCUMENTS) {
            IntStream.of(distinct).parallel().forEach(i -> {
                cached[i] = currentShingles.shingles(docs.get(i));
                bitmaps[i] = dedup.bitmap(cached[i]);
            });
        }
        List<PairSimilarity> out = new ArrayList<>();
        // the next batch of stored documents is read on a worker of the run's pool while this one's pairs are
        // verified on the others (outside a pool, or on a pool of one, the two take turns)
        boolean overlap = java.util.concurrent.ForkJoinTask.inForkJoinPool();
        java.util.function.IntFunction<StoredBatch> read = from -> storedBatch(hits, from, placements, earlier, scheme);
        StoredBatch batch = n > 0 ? read.apply(0) : null;
        while (batch != null) {
            int from = batch.end();
            java.util.concurrent.ForkJoinTask<StoredBatch> next = from >= n ? null
                    : java.util.concurrent.ForkJoinTask.adapt(() -> read.apply(from));
            if (next != null && overlap) next.fork();
            List<StateStore.Stored> stored = batch.stored();
            List<int[]> partners = batch.partners();
            List<List<PairSimilarity>> verified;
            try {
                verified = verify(stored, partners, docs, cached, bitmaps, currentShingles);
            } catch (RuntimeException | Error e) {
                // the run fails and its store is closed next: the next batch's read must not go on meanwhile
                if (next != null && overlap) awaitQuietly(next);
                throw e;
            }
            for (List<PairSimilarity> found : verified) out.addAll(found);
            batch = next == null ? null : overlap ? next.join() : next.invoke();
        }
        return out;
    }

    /**
     * Each stored document's verified duplicates among the new documents it shares a band with, in parallel; a
     * pair whose stored shingles find too few bits set in the new document's bitmap (when held) is no duplicate.
     */
    private List<List<PairSimilarity>> verify(List<StateStore.Stored> stored, List<int[]> partners,
                                              List<Fingerprint> docs, long[][] cached, ShingleBitmap[] bitmaps,
                                              ShingleSource currentShingles) {
        return IntStream.range(0, stored.size()).parallel().mapToObj(k -> {
            StateStore.Stored s = stored.get(k);
            Fingerprint old = s.fingerprint();
            List<PairSimilarity> found = new ArrayList<>();
            for (int i : partners.get(k)) {
                Fingerprint doc = docs.get(i);
                if (!dedup.isCandidate(doc.signature(), s.signature())) continue;
                if (bitmaps[i] != null && !dedup.mayBeDuplicate(s.shingles(), bitmaps[i])) continue;
                long[] mine = cached[i] != null ? cached[i] : currentShingles.shingles(doc);
                // the smaller id first, as when the two are banded together
                PairSimilarity pair = doc.id().compareTo(s.id()) < 0
                        ? dedup.duplicateOrNull(doc, mine, old, s.shingles())
                        : dedup.duplicateOrNull(old, s.shingles(), doc, mine);
                if (pair != null) found.add(pair);
            }
            return found;
        }).toList();
    }

    /**
     * Waits for a forked task of a step that is failing, and drops its outcome: taken back unstarted when it is
     * next in this worker's queue, else waited for (or run here), so that nothing of the step still reads the store
     * when the step ends and its caller closes the store.
     */
    private static void awaitQuietly(java.util.concurrent.ForkJoinTask<?> task) {
        if (!task.tryUnfork()) task.quietlyJoin();
    }

    /** Stored documents of one batch, each with its new documents to verify against, and where the next begins. */
    private record StoredBatch(List<StateStore.Stored> stored, List<int[]> partners, int end) {}

    /**
     * Reads the stored documents of the hits from {@code at} on, one at a time, up to {@code storedPerBatch} of
     * them in the window; remembers each one's placement for the night. Only one batch is read at a time.
     */
    private StoredBatch storedBatch(long[] hits, int at, Map<String, StateStore.Placement> placements,
                                    java.util.function.Predicate<String> earlier, SignatureScheme scheme) {
        int n = hits.length;
        List<StateStore.Stored> stored = new ArrayList<>();
        List<int[]> partners = new ArrayList<>();
        while (at < n && stored.size() < storedPerBatch) {
            long row = hits[at] >>> 32;
            int[] who = new int[8];
            int count = 0;
            for (; at < n && hits[at] >>> 32 == row; at++) {
                int i = (int) hits[at];
                if (count > 0 && who[count - 1] == i) continue;
                if (count == who.length) who = Arrays.copyOf(who, count * 2);
                who[count++] = i;
            }
            StateStore.Stored s = store.byRow(row, scheme);
            if (s == null) continue;
            // read with the row: the night needs it for the window test and, later, the stored cluster
            if (s.placement() != null) placements.putIfAbsent(s.id(), s.placement());
            if (s.signature() == null || !earlier.test(s.id())) continue;
            stored.add(s);
            partners.add(Arrays.copyOf(who, count));
        }
        return new StoredBatch(stored, partners, at);
    }

    /**
     * Every (stored row, new document) pair that shares a band key, as {@code row << 32 | document}, sorted and
     * distinct. The new documents' keys are looked up {@link #KEYS_PER_LOOKUP} at a time in ascending order, so the
     * index's pages are read one after another rather than once per document at random: a night of 10,000 against
     * 1,000,000 stored looks up 640,000 keys spread over most of a gigabyte of index.
     */
    private long[] storedHits(List<Fingerprint> docs) {
        // each key's new documents: {count, doc, doc, …}, grown by doubling (a story copied thousands of times in
        // one night shares its keys among all its copies)
        Map<Long, int[]> docsOfKey = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (long key : dedup.bandKeys(docs.get(i).signature())) {
                int[] who = docsOfKey.get(key);
                if (who == null) {
                    docsOfKey.put(key, new int[] {1, i});
                } else if (who[who[0]] != i) {
                    if (who[0] + 1 == who.length) {
                        who = Arrays.copyOf(who, who.length * 2);
                        docsOfKey.put(key, who);
                    }
                    who[++who[0]] = i;
                }
            }
        }
        long[] keys = new long[docsOfKey.size()];
        int k = 0;
        for (long key : docsOfKey.keySet()) keys[k++] = key;
        Arrays.sort(keys);
        // on a pool of two or more workers, the upper half of the keys is looked up on the state's second
        // connection while this thread looks up the lower half
        int half = keys.length / 2;
        java.util.concurrent.ForkJoinPool pool = java.util.concurrent.ForkJoinTask.getPool();
        if (pool == null || pool.getParallelism() < 2 || half < KEYS_PER_LOOKUP) {
            return hitsOf(keys, 0, keys.length, docsOfKey, store::docsWithBandKeys);
        }
        java.util.concurrent.ForkJoinTask<long[]> upper = java.util.concurrent.ForkJoinTask.adapt(
                () -> hitsOf(keys, half, keys.length, docsOfKey, store::docsWithBandKeysAside)).fork();
        long[] lower;
        try {
            lower = hitsOf(keys, 0, half, docsOfKey, store::docsWithBandKeys);
        } catch (RuntimeException | Error e) {
            // the run fails and its store is closed next: the upper half's lookups must not go on meanwhile
            awaitQuietly(upper);
            throw e;
        }
        long[] higher = upper.join();
        long[] both = Arrays.copyOf(lower, lower.length + higher.length);
        System.arraycopy(higher, 0, both, lower.length, higher.length);
        return Arrays.copyOf(both, distinctSorted(both, both.length));
    }

    /**
     * The sorted, distinct (stored row, new document) pairs of the keys from {@code from} to {@code to}, looked up
     * {@link #KEYS_PER_LOOKUP} at a time through {@code lookup}.
     */
    private static long[] hitsOf(long[] keys, int from, int to, Map<Long, int[]> docsOfKey,
                                 java.util.function.Function<long[], long[]> lookup) {
        long[] hits = new long[1024];
        int n = 0;
        for (int at = from; at < to; at += KEYS_PER_LOOKUP) {
            long[] found = lookup.apply(Arrays.copyOfRange(keys, at, Math.min(to, at + KEYS_PER_LOOKUP)));
            for (int f = 0; f < found.length; f += 2) {
                long row = found[f + 1];
                int[] who = docsOfKey.get(found[f]);
                for (int w = 1; w <= who[0]; w++) {
                    int i = who[w];
                    if (n == hits.length) {
                        n = distinctSorted(hits, n);
                        if (n > hits.length / 2) hits = Arrays.copyOf(hits, hits.length * 2);
                    }
                    hits[n++] = (row << 32) | i;
                }
            }
        }
        return Arrays.copyOf(hits, distinctSorted(hits, n));
    }

    /** Sorts the first {@code n} values and moves the distinct ones to the front; returns how many there are. */
    private static int distinctSorted(long[] values, int n) {
        Arrays.sort(values, 0, n);
        int out = 0;
        for (int i = 0; i < n; i++) if (out == 0 || values[out - 1] != values[i]) values[out++] = values[i];
        return out;
    }

    private static Map<String, List<PairSimilarity>> adjacency(List<PairSimilarity> edges) {
        Map<String, List<PairSimilarity>> out = new HashMap<>();
        for (PairSimilarity e : edges) {
            out.computeIfAbsent(e.a(), id -> new ArrayList<>()).add(e);
            out.computeIfAbsent(e.b(), id -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** A digest of the override pairs, in order. */
    static String overridesKey(Overrides overrides) {
        StringBuilder text = new StringBuilder();
        for (String key : new TreeSet<>(overrides.same())) text.append("same ").append(key).append('\n');
        for (String key : new TreeSet<>(overrides.different())) text.append("different ").append(key).append('\n');
        return DigestUtils.sha256Hex(text.toString());
    }
}
