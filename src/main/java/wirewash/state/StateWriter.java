package wirewash.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wirewash.dedup.BandedPairs;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.PairSimilarity;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;
import wirewash.model.Signature;

/**
 * Writes one staged run into the state inside the caller's transaction: documents with their clusters, band keys
 * and pairs, as the {@link WindowClustering.Plan} says; or, without a plan (the plain approach, or clusters made
 * by the caller), the documents and clusters alone, with the band index and pairs dropped so that the next
 * clustered run rebuilds them.
 */
final class StateWriter {
    /** Rows written per JDBC batch inside the one transaction of a commit. */
    private static final int ROWS_PER_BATCH = 1000;

    /**
     * Band rows sorted and inserted together: sorted, they fill the index's pages one after another; a bound, so that
     * the sort's arrays (28 bytes a row) stay near 100 MB however many documents a night writes.
     */
    static final int DEFAULT_BAND_ROWS_PER_SORT = 1 << 22;

    private final StateStore store;
    private final Connection connection;
    private final long run;
    private final int bandRowsPerSort;

    StateWriter(StateStore store, Connection connection, long run, int bandRowsPerSort) {
        this.store = store;
        this.connection = connection;
        this.run = run;
        this.bandRowsPerSort = wirewash.internal.Validate.positive(bandRowsPerSort, "bandRowsPerSort");
    }

    void write(List<StateStore.Entry> entries, List<Cluster> staged, WindowClustering.Plan plan, Deduplicator dedup)
            throws SQLException {
        boolean incremental = plan != null && plan.mode() == WindowClustering.Mode.INCREMENTAL;
        List<Cluster> formed = plan == null ? staged : plan.clusters();
        Map<String, Cluster> clusterOf = new HashMap<>();
        Map<String, ClusterMember> memberOf = new HashMap<>();
        for (Cluster c : formed) {
            for (ClusterMember m : c.members()) {
                clusterOf.put(m.id(), c);
                memberOf.put(m.id(), m);
            }
        }
        Set<String> current = new HashSet<>();
        for (StateStore.Entry e : entries) current.add(e.fingerprint().id());

        if (!incremental) {
            try (Statement st = connection.createStatement()) {
                st.execute("DELETE FROM bands");
                st.execute("DELETE FROM edges");
                st.execute("DELETE FROM clusters");
            }
        }
        // documents submitted again and documents that aged out leave with their band keys and pairs
        List<String> leaving = new ArrayList<>();
        if (incremental) {
            for (String id : current) if (store.rowOf(id) >= 0) leaving.add(id);
        }
        List<String> aged = new ArrayList<>();
        for (String id : store.agedIds()) if (!current.contains(id)) aged.add(id);
        leaving.addAll(aged);
        if (incremental) forget(leaving, dedup);
        deleteEach(aged, "DELETE FROM documents WHERE id=?", "DELETE FROM placements WHERE id=?");
        store.agedCount = aged.size();

        upsert(entries, clusterOf, memberOf);

        if (plan != null) {
            // a slice of the documents at a time, so that a night of a million documents does not hold the keys
            // of all of them (64 million rows) at once
            BandRows bands = new BandRows();
            for (StateStore.Entry e : entries) {
                bands.add(keysOf(store.rowOf(e.fingerprint().id()), e.fingerprint().signature(), dedup));
            }
            for (StateStore.Stored s : plan.rebuiltBands()) bands.add(keysOf(s.row(), s.signature(), dedup));
            bands.flush();
            insertEdges(plan.edges());
        }

        try (PreparedStatement up = connection.prepareStatement(
                "UPDATE placements SET cluster=?, similarity=?, containment=? WHERE id=?")) {
            int batched = 0;
            for (Map.Entry<String, ClusterMember> e : memberOf.entrySet()) {
                if (current.contains(e.getKey())) continue;
                up.setString(1, clusterOf.get(e.getKey()).id());
                up.setDouble(2, e.getValue().similarity());
                up.setDouble(3, e.getValue().containment());
                up.setString(4, e.getKey());
                up.addBatch();
                if (++batched % ROWS_PER_BATCH == 0) up.executeBatch();
            }
            up.executeBatch();
        }
        if (incremental) {
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM clusters WHERE id=?")) {
                for (String id : plan.replacedIds()) {
                    del.setString(1, id);
                    del.addBatch();
                }
                del.executeBatch();
            }
        }
        try (PreparedStatement ins = connection.prepareStatement(
                "INSERT OR REPLACE INTO clusters (id, canonical, size, run) VALUES (?,?,?,?)")) {
            int batched = 0;
            for (Cluster c : formed) {
                ins.setString(1, c.id());
                ins.setString(2, c.canonical());
                ins.setInt(3, c.size());
                ins.setLong(4, run);
                ins.addBatch();
                if (++batched % ROWS_PER_BATCH == 0) ins.executeBatch();
            }
            ins.executeBatch();
        }
        if (plan != null) {
            store.setMeta(StateStore.META_DEDUP, plan.verdictKey());
            store.setMeta(StateStore.META_OVERRIDES, plan.overridesKey());
        } else {
            try (Statement st = connection.createStatement()) {
                st.execute("DELETE FROM meta WHERE key IN ('" + StateStore.META_DEDUP + "', '"
                        + StateStore.META_OVERRIDES + "')");
            }
        }
    }

    /** Removes the band keys (computed from the stored signature) and pairs of documents that leave. */
    private void forget(List<String> ids, Deduplicator dedup) throws SQLException {
        List<long[]> bands = new ArrayList<>();
        for (String id : ids) {
            StateStore.Stored s = store.byId(id, dedup.scheme());
            if (s == null || s.signature() == null) continue;
            bands.add(keysOf(s.row(), s.signature(), dedup));
            // a text without shingles has no band keys now, but states written before that filed its keys
            if (BandedPairs.hasNoShingles(s.signature())) bands.add(filedKeysOf(s.row(), s.signature(), dedup));
        }
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM bands WHERE key=? AND doc=?")) {
            int batched = 0;
            for (long[] rowAndKeys : bands) {
                for (int k = 1; k < rowAndKeys.length; k++) {
                    del.setLong(1, rowAndKeys[k]);
                    del.setLong(2, rowAndKeys[0]);
                    del.addBatch();
                    if (++batched % ROWS_PER_BATCH == 0) del.executeBatch();
                }
            }
            del.executeBatch();
        }
        deleteEach(ids, "DELETE FROM edges WHERE a=?", "DELETE FROM edges WHERE b=?");
    }

    /** Runs each of the {@code deletes} (one {@code ?}, an id) for every id, batched. */
    private void deleteEach(List<String> ids, String... deletes) throws SQLException {
        for (String sql : deletes) {
            try (PreparedStatement del = connection.prepareStatement(sql)) {
                for (String id : ids) {
                    del.setString(1, id);
                    del.addBatch();
                }
                del.executeBatch();
            }
        }
    }

    /** The row number followed by the signature's band keys. */
    private static long[] keysOf(long row, Signature signature, Deduplicator dedup) {
        long[] keys = dedup.bandKeys(signature);
        long[] out = new long[keys.length + 1];
        out[0] = row;
        System.arraycopy(keys, 0, out, 1, keys.length);
        return out;
    }

    /** The row number followed by every band key of the signature, as states filed them for any signature. */
    private static long[] filedKeysOf(long row, Signature signature, Deduplicator dedup) {
        BandedPairs banded = new BandedPairs(dedup.lshParams());
        long[] out = new long[dedup.lshParams().bands() + 1];
        out[0] = row;
        for (int b = 1; b < out.length; b++) out[b] = banded.key(signature, b - 1);
        return out;
    }

    /** Band rows waiting to be sorted and inserted, flushed every {@code bandRowsPerSort} rows. */
    private final class BandRows {
        private final List<long[]> pending = new ArrayList<>();
        private int rows;

        void add(long[] rowAndKeys) throws SQLException {
            pending.add(rowAndKeys);
            rows += rowAndKeys.length - 1;
            if (rows >= bandRowsPerSort) flush();
        }

        void flush() throws SQLException {
            insertBands(pending);
            pending.clear();
            rows = 0;
        }
    }

    /** Inserts band keys in key order, so the index's B-tree is written page after page, not at random. */
    private void insertBands(List<long[]> rows) throws SQLException {
        int total = 0;
        for (long[] r : rows) total += r.length - 1;
        long[] keys = new long[total];
        long[] docs = new long[total];
        int n = 0;
        for (long[] r : rows) {
            for (int k = 1; k < r.length; k++) {
                keys[n] = r[k];
                docs[n++] = r[0];
            }
        }
        int[] sorted = sortedIndexes(keys);
        try (PreparedStatement ins = connection.prepareStatement("INSERT OR IGNORE INTO bands (key, doc) VALUES (?,?)")) {
            int batched = 0;
            for (int i : sorted) {
                ins.setLong(1, keys[i]);
                ins.setLong(2, docs[i]);
                ins.addBatch();
                if (++batched % ROWS_PER_BATCH == 0) ins.executeBatch();
            }
            ins.executeBatch();
        }
    }

    /**
     * Positions of the keys in ascending order of their upper 32 bits (signed, as SQLite orders integers): close
     * enough to key order for the B-tree's pages to be written one after another, and a plain sort of longs.
     */
    private static int[] sortedIndexes(long[] keys) {
        long[] packed = new long[keys.length];
        for (int i = 0; i < keys.length; i++) packed[i] = (keys[i] & 0xFFFFFFFF00000000L) | i;
        Arrays.sort(packed);
        int[] positions = new int[keys.length];
        for (int i = 0; i < positions.length; i++) positions[i] = (int) packed[i];
        return positions;
    }

    private void insertEdges(List<PairSimilarity> edges) throws SQLException {
        try (PreparedStatement ins = connection.prepareStatement("INSERT OR REPLACE INTO edges (a, b, shared, jaccard,"
                + " a_in_b, b_in_a, estimated) VALUES (?,?,?,?,?,?,?)")) {
            int batched = 0;
            for (PairSimilarity p : edges) {
                ins.setString(1, p.a());
                ins.setString(2, p.b());
                ins.setInt(3, p.sharedShingles());
                ins.setDouble(4, p.jaccard());
                ins.setDouble(5, p.containmentAInB());
                ins.setDouble(6, p.containmentBInA());
                ins.setDouble(7, p.estimatedJaccard());
                ins.addBatch();
                if (++batched % ROWS_PER_BATCH == 0) ins.executeBatch();
            }
            ins.executeBatch();
        }
    }

    private void upsert(List<StateStore.Entry> entries, Map<String, Cluster> clusterOf,
                        Map<String, ClusterMember> memberOf) throws SQLException {
        String today = store.today().toString();
        try (PreparedStatement up = connection.prepareStatement("INSERT INTO documents (id, content_hash, "
                + "first_seen, published, clean_hash, scheme, signature, shingles, token_count, cluster, last_run) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE "
                + "SET content_hash=excluded.content_hash, published=excluded.published, "
                + "clean_hash=excluded.clean_hash, scheme=excluded.scheme, signature=excluded.signature, "
                + "shingles=excluded.shingles, token_count=excluded.token_count, cluster=excluded.cluster, "
                + "last_run=excluded.last_run");
             // the reference date falls back on the first-seen date the documents row keeps
             PreparedStatement place = connection.prepareStatement("INSERT OR REPLACE INTO placements (id, scheme, "
                     + "ref_date, token_count, published, cluster, similarity, containment) SELECT id, ?, "
                     + "COALESCE(?, first_seen), ?, ?, ?, ?, ? FROM documents WHERE id=?")) {
            int batched = 0;
            for (StateStore.Entry e : entries) {
                Fingerprint f = e.fingerprint();
                java.time.LocalDate published = StateStore.publishedDate(f.published());
                Cluster c = clusterOf.get(f.id());
                ClusterMember m = memberOf.get(f.id());
                up.setString(1, f.id());
                up.setString(2, e.contentHash());
                up.setString(3, today);
                up.setString(4, f.published());
                up.setString(5, e.cleanHash());
                up.setString(6, f.signature().scheme().toString());
                up.setBytes(7, StateStore.bytes(f.signature().values()));
                up.setBytes(8, StateStore.bytes(f.shingles()));
                up.setInt(9, f.tokenCount());
                up.setString(10, c == null ? null : c.id());
                up.setLong(11, run);
                up.addBatch();
                place.setString(1, f.signature().scheme().toString());
                place.setString(2, published != null ? published.toString() : null);
                place.setInt(3, f.tokenCount());
                place.setString(4, f.published());
                place.setString(5, c == null ? null : c.id());
                if (m == null) {
                    place.setNull(6, java.sql.Types.REAL);
                    place.setNull(7, java.sql.Types.REAL);
                } else {
                    place.setDouble(6, m.similarity());
                    place.setDouble(7, m.containment());
                }
                place.setString(8, f.id());
                place.addBatch();
                // a batch holds its rows' shingles until executed: flush it now and then
                if (++batched % ROWS_PER_BATCH == 0) {
                    up.executeBatch();
                    place.executeBatch();
                }
            }
            up.executeBatch();
            place.executeBatch();
        }
    }
}
