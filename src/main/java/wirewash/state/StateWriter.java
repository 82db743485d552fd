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
    /** Rows of one multi-row {@code INSERT} ({@link RowsInsert}); seven columns a row stay far under SQLite's 32,766 parameters. */
    static final int ROWS_PER_INSERT = 256;

    /**
     * Band rows sorted and inserted together: sorted, they fill the index's pages one after another; a bound, so that
     * the sort's arrays (28 bytes a row) stay near 100 MB however many documents a night writes.
     */
    static final int DEFAULT_BAND_ROWS_PER_SORT = 1 << 22;

    /**
     * A night's band keys go to {@code bands_recent} while the recent keys stay under {@code 1 / ratio} of the
     * index in {@code bands}; past that, they are merged into it. A night's keys are random: inserted into a large
     * index they touch most of its pages (a night of 10,000 against 1,000,000 stored dirties about a gigabyte that
     * the commit journals and writes twice), while the recent table stays small; lookups read both, and a merge
     * comes once every several nights.
     */
    static final int DEFAULT_MERGE_RATIO = 8;

    private final StateStore store;
    private final Connection connection;
    private final long run;
    private final int bandRowsPerSort;
    private final int mergeRatio;
    /** Rows of {@code bands} and {@code bands_recent}, as counted before this commit and updated as it writes. */
    private long mainRows;
    private long recentRows;
    /** The schemes of this run's documents, as {@link #upsert} writes them. */
    private final Set<String> runSchemes = new java.util.TreeSet<>();

    StateWriter(StateStore store, Connection connection, long run, int bandRowsPerSort, int mergeRatio) {
        this.store = store;
        this.connection = connection;
        this.run = run;
        this.bandRowsPerSort = wirewash.internal.Validate.positive(bandRowsPerSort, "bandRowsPerSort");
        this.mergeRatio = wirewash.internal.Validate.positive(mergeRatio, "mergeRatio");
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

        if (incremental) {
            mainRows = bandRows(StateStore.META_BAND_ROWS, "bands");
            recentRows = bandRows(StateStore.META_RECENT_BAND_ROWS, "bands_recent");
        } else {
            // emptied: not counted first (a state migrated from schema 2 keeps no counts, and counting takes seconds)
            try (Statement st = connection.createStatement()) {
                st.execute("DELETE FROM bands");
                st.execute("DELETE FROM bands_recent");
                mainRows = 0;
                recentRows = 0;
                st.execute("DELETE FROM edges");
                st.execute("DELETE FROM clusters");
            }
        }
        // documents submitted again and documents that aged out leave with their band keys and pairs
        List<String> leaving = new ArrayList<>();
        if (incremental) {
            Map<String, Long> stored = store.rowsOf(current);
            for (String id : current) if (stored.containsKey(id)) leaving.add(id);
        }
        List<String> aged = new ArrayList<>();
        for (String id : store.agedIds()) if (!current.contains(id)) aged.add(id);
        leaving.addAll(aged);
        if (incremental) forget(leaving, dedup);
        deleteEach(aged, "DELETE FROM documents WHERE id=?", "DELETE FROM placements WHERE id=?");
        store.agedCount = aged.size();

        // each document's signature, kept as it is written: the entries read their shingles again when iterated
        Map<String, Signature> signatures = upsert(entries, clusterOf, memberOf);

        if (plan != null) {
            // a slice of the documents at a time, so that a night of a million documents does not hold the keys
            // of all of them (64 million rows) at once
            long adding = (long) dedup.lshParams().bands() * (entries.size() + plan.rebuiltBands().size());
            boolean merge = (recentRows + adding) * mergeRatio > mainRows;
            BandRows bands = new BandRows(merge ? "bands" : "bands_recent");
            Map<String, Long> rows = store.rowsOf(signatures.keySet());
            for (Map.Entry<String, Signature> e : signatures.entrySet()) {
                bands.add(keysOf(rows.get(e.getKey()), e.getValue(), dedup));
            }
            for (StateStore.Stored s : plan.rebuiltBands()) bands.add(keysOf(s.row(), s.signature(), dedup));
            bands.flush();
            if (merge && recentRows > 0) {
                // in key order, as the recent table holds them
                try (Statement st = connection.createStatement()) {
                    mainRows += st.executeUpdate("INSERT OR IGNORE INTO bands (key, doc) SELECT key, doc FROM bands_recent");
                    st.execute("DELETE FROM bands_recent");
                    recentRows = 0;
                }
            }
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
        store.setMeta(StateStore.META_SCHEMES, schemesAfter());
        store.setMeta(StateStore.META_BAND_ROWS, String.valueOf(mainRows));
        store.setMeta(StateStore.META_RECENT_BAND_ROWS, String.valueOf(recentRows));
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
        mainRows -= deleteBands("bands", bands);
        recentRows -= deleteBands("bands_recent", bands);
        deleteEach(ids, "DELETE FROM edges WHERE a=?", "DELETE FROM edges WHERE b=?");
    }

    /**
     * The schemes the state holds after this commit, one a line: those it held (each checked to be still there, as
     * documents leave) and this run's.
     */
    private String schemesAfter() throws SQLException {
        String kept = store.meta(StateStore.META_SCHEMES);
        Set<String> schemes = new java.util.TreeSet<>(kept != null ? StateStore.splitSchemes(kept) : store.storedSchemes());
        schemes.addAll(runSchemes);
        schemes.removeIf(s -> {
            try {
                return !store.holdsScheme(s);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the stored signature schemes: " + e.getMessage(), e);
            }
        });
        return String.join("\n", schemes);
    }

    /** Deletes the rows of the band keys from one table; returns how many there were. */
    private long deleteBands(String table, List<long[]> bands) throws SQLException {
        long deleted = 0;
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM " + table + " WHERE key=? AND doc=?")) {
            int batched = 0;
            for (long[] rowAndKeys : bands) {
                for (int k = 1; k < rowAndKeys.length; k++) {
                    del.setLong(1, rowAndKeys[k]);
                    del.setLong(2, rowAndKeys[0]);
                    del.addBatch();
                    if (++batched % ROWS_PER_BATCH == 0) deleted += changed(del.executeBatch());
                }
            }
            deleted += changed(del.executeBatch());
        }
        return deleted;
    }

    private static long changed(int[] counts) {
        long sum = 0;
        for (int c : counts) sum += Math.max(c, 0);
        return sum;
    }

    /** The rows of a band table as the state's meta keeps them, counted when it does not (a state before they were kept). */
    private long bandRows(String metaKey, String table) throws SQLException {
        String kept = store.meta(metaKey);
        if (kept != null) return Long.parseLong(kept);
        try (Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
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
        private final String table;
        private final List<long[]> pending = new ArrayList<>();
        private int rows;

        BandRows(String table) {
            this.table = table;
        }

        void add(long[] rowAndKeys) throws SQLException {
            pending.add(rowAndKeys);
            rows += rowAndKeys.length - 1;
            if (rows >= bandRowsPerSort) flush();
        }

        void flush() throws SQLException {
            long inserted = insertBands(table, pending);
            if (table.equals("bands")) mainRows += inserted;
            else recentRows += inserted;
            pending.clear();
            rows = 0;
        }
    }

    /** Inserts band keys in key order, so the index's B-tree is written page after page, not at random. */
    private long insertBands(String table, List<long[]> rows) throws SQLException {
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
        int[] sorted = sortedIndexes(keys, docs);
        long inserted = 0;
        // many rows to a statement: one step of SQLite per statement rather than one per row
        try (RowsInsert ins = new RowsInsert("INSERT OR IGNORE INTO " + table + " (key, doc) VALUES ", 2)) {
            for (int i : sorted) {
                inserted += ins.add(keys[i], docs[i]);
            }
            inserted += ins.flush();
        }
        return inserted;
    }

    /**
     * Positions of the rows in ascending order of key, then document (keys compared signed, as SQLite orders
     * integers): the order of the index, so its pages are filled one after another. A sort of longs on the keys'
     * upper 32 bits and the positions, then of the few rows that share them.
     */
    static int[] sortedIndexes(long[] keys, long[] docs) {
        long[] packed = new long[keys.length];
        for (int i = 0; i < keys.length; i++) packed[i] = (keys[i] & 0xFFFFFFFF00000000L) | i;
        Arrays.sort(packed);
        Integer[] run = new Integer[0];
        int[] positions = new int[keys.length];
        for (int i = 0; i < positions.length; i++) positions[i] = (int) packed[i];
        for (int from = 0; from < positions.length; ) {
            int to = from + 1;
            long upper = packed[from] & 0xFFFFFFFF00000000L;
            while (to < positions.length && (packed[to] & 0xFFFFFFFF00000000L) == upper) to++;
            if (to - from > 1) {
                if (run.length < to - from) run = new Integer[to - from];
                for (int k = from; k < to; k++) run[k - from] = positions[k];
                Arrays.sort(run, 0, to - from, java.util.Comparator.<Integer>comparingLong(k -> keys[k])
                        .thenComparingLong(k -> docs[k]));
                for (int k = from; k < to; k++) positions[k] = run[k - from];
            }
            from = to;
        }
        return positions;
    }

    /**
     * One {@code INSERT … VALUES (…), (…), …} of {@value #ROWS_PER_INSERT} rows at a time: SQLite runs one
     * statement for them all, where a JDBC batch steps one statement per row (with the library's calls around it).
     * Returns the rows each statement changed.
     */
    private final class RowsInsert implements AutoCloseable {
        private final String head;
        private final int columns;
        private final Object[] values;
        private int rows;
        private PreparedStatement full;

        RowsInsert(String head, int columns) {
            this.head = head;
            this.columns = columns;
            this.values = new Object[ROWS_PER_INSERT * columns];
        }

        /** Adds a row of the columns' values; returns the rows written if a statement ran. */
        long add(Object... row) throws SQLException {
            System.arraycopy(row, 0, values, rows * columns, columns);
            return ++rows == ROWS_PER_INSERT ? flush() : 0;
        }

        long flush() throws SQLException {
            if (rows == 0) return 0;
            PreparedStatement st;
            if (rows == ROWS_PER_INSERT) {
                if (full == null) full = connection.prepareStatement(sql(rows));
                st = full;
            } else {
                st = connection.prepareStatement(sql(rows));
            }
            try {
                for (int k = 0; k < rows * columns; k++) st.setObject(k + 1, values[k]);
                long changed = st.executeUpdate();
                rows = 0;
                return changed;
            } finally {
                if (st != full) st.close();
            }
        }

        private String sql(int n) {
            String row = "(" + "?,".repeat(columns - 1) + "?)";
            return head + (row + ",").repeat(n - 1) + row;
        }

        @Override
        public void close() throws SQLException {
            if (full != null) full.close();
        }
    }

    /** Stores the pairs in key order (stably: of two pairs of one key, the later one stays, as before). */
    private void insertEdges(List<PairSimilarity> edges) throws SQLException {
        List<PairSimilarity> sorted = new ArrayList<>(edges);
        sorted.sort(java.util.Comparator.comparing(PairSimilarity::a).thenComparing(PairSimilarity::b));
        try (RowsInsert ins = new RowsInsert("INSERT OR REPLACE INTO edges (a, b, shared, jaccard, a_in_b, b_in_a, "
                + "estimated) VALUES ", 7)) {
            for (PairSimilarity p : sorted) {
                ins.add(p.a(), p.b(), p.sharedShingles(), p.jaccard(), p.containmentAInB(), p.containmentBInA(),
                        p.estimatedJaccard());
            }
            ins.flush();
        }
    }

    /** Writes the documents and their placements; returns each one's signature, in the entries' order. */
    private Map<String, Signature> upsert(List<StateStore.Entry> entries, Map<String, Cluster> clusterOf,
                                          Map<String, ClusterMember> memberOf) throws SQLException {
        Map<String, Signature> signatures = new java.util.LinkedHashMap<>();
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
                signatures.put(f.id(), f.signature());
                runSchemes.add(f.signature().scheme().toString());
                java.time.LocalDate published = StateStore.publishedDate(f.published());
                Cluster c = clusterOf.get(f.id());
                ClusterMember m = memberOf.get(f.id());
                up.setString(1, f.id());
                up.setString(2, StateStore.NO_CONTENT_HASH);
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
        return signatures;
    }
}
