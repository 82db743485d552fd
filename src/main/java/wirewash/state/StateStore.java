package wirewash.state;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.codec.digest.DigestUtils;
import wirewash.dedup.Fingerprint;
import wirewash.internal.Validate;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/**
 * Keeps what nightly runs need from each other in one SQLite file: every document's content hash, first-seen
 * and publication dates, clean-text hash, signature (with its scheme) and shingles, and its cluster; the clusters;
 * and one row per run. A document whose content and clean text are unchanged gets its stored fingerprint back
 * instead of being fingerprinted again; documents of earlier runs still inside the window are matched against
 * new ones; older ones age out.
 *
 * <p>The file is read once when opened, but for the shingles, which are read per document when needed. A run's
 * changes are {@link #stage staged} in memory and written by
 * {@link #commit} in one transaction, so a run that dies leaves the previous state as it was. Users can query
 * the file with {@code sqlite3}: tables {@code documents}, {@code clusters}, {@code runs}.
 *
 * <p>{@link #reuse} may be called from many threads; the other methods from one.
 */
public final class StateStore implements AutoCloseable {
    public static final String DEFAULT_FILE = "state.sqlite";
    public static final Period DEFAULT_WINDOW = Period.ofDays(30);

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, "
                + "first_seen TEXT NOT NULL, published TEXT, clean_hash TEXT NOT NULL, scheme TEXT NOT NULL, "
                + "signature BLOB NOT NULL, shingles BLOB NOT NULL, token_count INTEGER NOT NULL, cluster TEXT, "
                + "last_run INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS clusters (id TEXT PRIMARY KEY, canonical TEXT NOT NULL, size INTEGER NOT NULL, "
                + "run INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, as_of TEXT NOT NULL, documents INTEGER NOT NULL, "
                + "fingerprinted INTEGER NOT NULL, reused INTEGER NOT NULL, earlier INTEGER NOT NULL, "
                + "aged_out INTEGER NOT NULL)"};

    /** Rows written per JDBC batch inside the one transaction of a commit. */
    private static final int ROWS_PER_BATCH = 1000;

    private final Connection connection;
    private final LocalDate today;
    private final Period window;
    private final Map<String, Row> stored = new HashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger fingerprinted = new AtomicInteger();
    private List<Entry> stagedEntries;
    private List<Cluster> stagedClusters;
    private int earlierUsed;
    private PreparedStatement shinglesQuery;

    /**
     * Opens (or creates) the state file.
     *
     * @param today  the run's date: first-seen date of new documents and the end of the window
     * @param window how far back earlier documents are matched; older ones age out
     */
    public StateStore(Path file, LocalDate today, Period window) throws StateException {
        Validate.notNull(file, "file");
        this.today = Validate.notNull(today, "today");
        this.window = Validate.notNull(window, "window");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement st = connection.createStatement()) {
                for (String ddl : SCHEMA) st.execute(ddl);
                // Shingles (kilobytes per document) stay in the file until a pair to verify needs them.
                try (ResultSet rs = st.executeQuery("SELECT id, content_hash, first_seen, published, clean_hash, "
                        + "scheme, signature, token_count FROM documents")) {
                    while (rs.next()) {
                        Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getInt(8));
                        stored.put(row.id, row);
                    }
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StateException(file + ": cannot open state: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a text, as stored in content_hash and clean_hash. */
    public static String hash(String text) {
        return DigestUtils.sha256Hex(text);
    }

    /**
     * The stored fingerprint of a document whose content and clean text are unchanged and whose signature has the
     * given scheme, or null when it must be fingerprinted again. Counts both outcomes.
     */
    public Fingerprint reuse(String id, String contentHash, String cleanText, SignatureScheme scheme) {
        Row row = stored.get(id);
        if (row == null || !row.contentHash.equals(contentHash) || !row.cleanHash.equals(hash(cleanText))
                || !row.scheme.equals(scheme.toString())) {
            fingerprinted.incrementAndGet();
            return null;
        }
        reused.incrementAndGet();
        return row.fingerprint(scheme, shingles(id));
    }

    /**
     * The stored shingles of a document, read from the file (they are not held in memory), or an empty array for
     * a document the state does not hold. May be called from many threads; reads are one at a time.
     */
    public synchronized long[] shingles(String id) {
        try {
            if (shinglesQuery == null) {
                shinglesQuery = connection.prepareStatement("SELECT shingles FROM documents WHERE id=?");
            }
            shinglesQuery.setString(1, id);
            try (ResultSet rs = shinglesQuery.executeQuery()) {
                return rs.next() ? longs(rs.getBytes(1)) : new long[0];
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the shingles of " + id + " from the state: "
                    + e.getMessage(), e);
        }
    }

    /** The signature schemes of the stored documents (as {@link SignatureScheme#toString}), sorted. */
    public java.util.SortedSet<String> schemes() {
        java.util.SortedSet<String> schemes = new java.util.TreeSet<>();
        for (Row row : stored.values()) schemes.add(row.scheme);
        return schemes;
    }

    /** Documents fingerprinted this run so far (stored fingerprint unusable or absent). */
    public int fingerprinted() {
        return fingerprinted.get();
    }

    /** Documents whose stored fingerprint was reused this run so far. */
    public int reused() {
        return reused.get();
    }

    /**
     * Stored documents of earlier runs that are not among {@code current} and still inside the window, with the
     * given scheme, sorted by id — to be clustered with this run's documents.
     */
    public List<Fingerprint> earlier(Set<String> current, SignatureScheme scheme) {
        List<Fingerprint> out = new ArrayList<>();
        for (Fingerprint f : earlierWithoutShingles(current, scheme)) {
            out.add(new Fingerprint(f.id(), f.signature(), shingles(f.id()), f.tokenCount(), f.published()));
        }
        return out;
    }

    /**
     * As {@link #earlier}, each fingerprint {@link Fingerprint#withoutShingles without its shingles}: they are read
     * with {@link #shingles} only for the pairs that need verifying, so a large state is not loaded whole.
     */
    public List<Fingerprint> earlierWithoutShingles(Set<String> current, SignatureScheme scheme) {
        List<Fingerprint> out = new ArrayList<>();
        for (Row row : new TreeMap<>(stored).values()) {
            if (current.contains(row.id) || !row.scheme.equals(scheme.toString()) || agedOut(row)) continue;
            out.add(row.fingerprint(scheme, new long[0]));
        }
        earlierUsed = out.size();
        return out;
    }

    /**
     * Holds this run's documents and clusters until {@link #commit}. A list of entries is kept as given, not
     * copied, so that a caller can pass one that produces each entry when it is read (a large run's shingles
     * then stay on disk until written); it must not change before the commit.
     */
    public void stage(Collection<Entry> entries, List<Cluster> clusters) {
        stagedEntries = entries instanceof List<Entry> list ? java.util.Collections.unmodifiableList(list)
                : List.copyOf(entries);
        stagedClusters = List.copyOf(clusters);
    }

    /**
     * Writes the staged run in one transaction: upserts this run's documents (keeping their first-seen date),
     * records every document's cluster, replaces the clusters, removes documents that aged out, adds a runs row.
     * On failure nothing is written.
     */
    public void commit() throws StateException {
        Validate.isTrue(stagedEntries != null, "nothing staged");
        try {
            connection.setAutoCommit(false);
            long run = nextRunId();
            Map<String, String> clusterOf = new HashMap<>();
            for (Cluster c : stagedClusters) for (ClusterMember m : c.members()) clusterOf.put(m.id(), c.id());
            Set<String> current = new java.util.HashSet<>();
            try (PreparedStatement up = connection.prepareStatement("INSERT INTO documents (id, content_hash, "
                    + "first_seen, published, clean_hash, scheme, signature, shingles, token_count, cluster, last_run)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET content_hash=excluded.content_hash,"
                    + " published=excluded.published, clean_hash=excluded.clean_hash, scheme=excluded.scheme,"
                    + " signature=excluded.signature, shingles=excluded.shingles, token_count=excluded.token_count,"
                    + " cluster=excluded.cluster, last_run=excluded.last_run")) {
                int batched = 0;
                for (Entry e : stagedEntries) {
                    Fingerprint f = e.fingerprint();
                    current.add(f.id());
                    up.setString(1, f.id());
                    up.setString(2, e.contentHash());
                    up.setString(3, today.toString());
                    up.setString(4, f.published());
                    up.setString(5, e.cleanHash());
                    up.setString(6, f.signature().scheme().toString());
                    up.setBytes(7, bytes(f.signature().values()));
                    up.setBytes(8, bytes(f.shingles()));
                    up.setInt(9, f.tokenCount());
                    up.setString(10, clusterOf.get(f.id()));
                    up.setLong(11, run);
                    up.addBatch();
                    // a batch holds its rows' shingles until executed: flush it now and then
                    if (++batched % ROWS_PER_BATCH == 0) up.executeBatch();
                }
                up.executeBatch();
            }
            try (PreparedStatement cl = connection.prepareStatement("UPDATE documents SET cluster=? WHERE id=?")) {
                for (Map.Entry<String, String> e : clusterOf.entrySet()) {
                    cl.setString(1, e.getValue());
                    cl.setString(2, e.getKey());
                    cl.addBatch();
                }
                cl.executeBatch();
            }
            int aged = 0;
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM documents WHERE id=?")) {
                for (Row row : stored.values()) {
                    if (!current.contains(row.id) && agedOut(row)) {
                        del.setString(1, row.id);
                        del.addBatch();
                        aged++;
                    }
                }
                del.executeBatch();
            }
            try (Statement st = connection.createStatement()) {
                st.execute("DELETE FROM clusters");
            }
            try (PreparedStatement ins = connection.prepareStatement(
                    "INSERT INTO clusters (id, canonical, size, run) VALUES (?,?,?,?)")) {
                for (Cluster c : stagedClusters) {
                    ins.setString(1, c.id());
                    ins.setString(2, c.canonical());
                    ins.setInt(3, c.size());
                    ins.setLong(4, run);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            try (PreparedStatement r = connection.prepareStatement("INSERT INTO runs (id, as_of, documents, "
                    + "fingerprinted, reused, earlier, aged_out) VALUES (?,?,?,?,?,?,?)")) {
                r.setLong(1, run);
                r.setString(2, today.toString());
                r.setInt(3, stagedEntries.size());
                r.setInt(4, fingerprinted.get());
                r.setInt(5, reused.get());
                r.setInt(6, earlierUsed);
                r.setInt(7, aged);
                r.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StateException("cannot write state: " + e.getMessage(), e);
        }
    }

    private long nextRunId() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM runs")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean agedOut(Row row) {
        return referenceDate(row).isBefore(today.minus(window));
    }

    private static LocalDate referenceDate(Row row) {
        if (row.published != null && row.published.length() >= 10) {
            try {
                return LocalDate.parse(row.published.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                // not an ISO date: fall back to when it was first seen
            }
        }
        return LocalDate.parse(row.firstSeen);
    }

    @Override
    public void close() throws StateException {
        try {
            if (shinglesQuery != null) shinglesQuery.close();
            connection.close();
        } catch (SQLException e) {
            throw new StateException("cannot close state: " + e.getMessage(), e);
        }
    }

    static byte[] bytes(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) buffer.putLong(v);
        return buffer.array();
    }

    static long[] longs(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] values = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < values.length; i++) values[i] = buffer.getLong();
        return values;
    }

    /**
     * One document of this run, as the state keeps it.
     *
     * @param fingerprint its fingerprint (made this run or reused)
     * @param contentHash hash of its decoded content
     * @param cleanHash   hash of its clean text
     */
    public record Entry(Fingerprint fingerprint, String contentHash, String cleanHash) {}

    private record Row(String id, String contentHash, String firstSeen, String published, String cleanHash,
                       String scheme, byte[] signature, int tokenCount) {
        Fingerprint fingerprint(SignatureScheme expected, long[] shingles) {
            return new Fingerprint(id, new Signature(expected, longs(signature)), shingles, tokenCount, published);
        }
    }
}
