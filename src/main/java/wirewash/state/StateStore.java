package wirewash.state;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.PairSimilarity;
import wirewash.internal.Validate;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/**
 * Keeps what nightly runs need from each other in one SQLite file: every document's content hash, first-seen
 * and publication dates, clean-text hash, signature (with its scheme) and shingles, and its cluster with its
 * similarity and containment to the canonical; each document's LSH band keys ({@code bands}, indexed by key);
 * the verified duplicate pairs ({@code edges}); the clusters; and one row per run. Recent nights' band keys wait in
 * {@code bands_recent} until they are a sizeable share of {@code bands}, then are merged into it in key order. {@code placements} repeats
 * what a run reads of every document of the window (reference date, length, cluster) in narrow rows, since
 * SQLite reads a documents row's later columns only through its kilobytes of shingles. A document whose content and
 * clean text are unchanged gets its stored fingerprint back instead of being fingerprinted again.
 *
 * <p>Nothing is loaded whole when the file is opened: a run looks its new documents' band keys up in the index,
 * and reads by id the placements, pairs, signatures and shingles of the stored documents that share a band with a
 * new one and of the clusters it has to form again ({@link WindowClustering}); of the rest of the window it only
 * counts the rows. A run's changes are
 * staged in memory and written by {@link #commit} in one transaction, so a run that dies leaves the previous
 * state as it was. Users can query the file with {@code sqlite3}: tables {@code documents}, {@code clusters},
 * {@code runs}, {@code placements}, {@code edges}, {@code bands}, {@code bands_recent}, {@code meta}.
 *
 * <p>A file of the first schema (no {@code meta} table) is migrated when opened: the new columns and tables are
 * added and the next run rebuilds the band index, pairs and clusters of its window. A file of the second schema
 * gains an empty {@code bands_recent} (a migration stopped before the schema row was updated is done again). A
 * file of a later schema is refused ({@link StateException#isConfiguration}).
 *
 * <p>{@link #reuse} and the read methods may be called from many threads (reads are one at a time); staging and
 * committing from one.
 */
public final class StateStore implements AutoCloseable {
    public static final String DEFAULT_FILE = "state.sqlite";
    public static final Period DEFAULT_WINDOW = Period.ofDays(30);
    /** The schema this version reads and writes; 1 had no meta table, 2 no {@code bands_recent}. */
    static final int SCHEMA_VERSION = 3;
    static final String META_SCHEMA = "schema";
    /** {@link Deduplicator#verdictKey} of the stored bands and edges; absent when they must be rebuilt. */
    static final String META_DEDUP = "dedup";
    /** A digest of the overrides the stored clusters honour. */
    static final String META_OVERRIDES = "overrides";
    /** Rows of {@code bands} and of {@code bands_recent}, kept by the writer (counting 64 million rows takes seconds). */
    static final String META_BAND_ROWS = "band_rows";
    static final String META_RECENT_BAND_ROWS = "recent_band_rows";
    /** The signature schemes of the stored documents, one a line, kept by the writer (else read in a pass over them). */
    static final String META_SCHEMES = "schemes";

    /**
     * What a documents row's {@code content_hash} holds when written by this version: nothing. Reuse compares the
     * clean text's hash, the published date and the scheme, all a fingerprint is made from; hashing each page's
     * whole content as well cost about 5% of a night's worker threads (SHA-256 has no intrinsic under the quick
     * compiler the small-night options choose). Rows written before keep theirs, which nothing reads.
     */
    static final String NO_CONTENT_HASH = "";

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
    /** What schema 2 adds to schema 1; run on a new file too. */
    private static final String[] SCHEMA_2 = {
        // what a run reads of every document of the window, apart from its kilobytes of signature and shingles
        "CREATE TABLE IF NOT EXISTS placements (id TEXT PRIMARY KEY, scheme TEXT NOT NULL, ref_date TEXT NOT NULL, "
                + "token_count INTEGER NOT NULL, published TEXT, cluster TEXT, similarity REAL, containment REAL) "
                + "WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS placements_ref_date ON placements (ref_date)",
        "CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) "
                + "WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS edges (a TEXT NOT NULL, b TEXT NOT NULL, shared INTEGER NOT NULL, "
                + "jaccard REAL NOT NULL, a_in_b REAL NOT NULL, b_in_a REAL NOT NULL, estimated REAL NOT NULL, "
                + "PRIMARY KEY (a, b)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS edges_b ON edges (b)",
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"};
    /**
     * What schema 3 adds to schema 2: the band keys of recent nights, kept apart from the large index until they
     * are many enough to merge into it ({@link StateWriter}): a night's keys are random, and inserted into the large
     * index they would touch most of its pages.
     */
    private static final String[] SCHEMA_3 = {
        "CREATE TABLE IF NOT EXISTS bands_recent (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) "
                + "WITHOUT ROWID"};
    private static final String STORED_WHY = "verified in an earlier run";
    /** SQLite's page cache, in KiB (a negative cache_size): the band index is large and read at random. */
    private static final int CACHE_KIB = 256 * 1024;
    /**
     * How much of the file SQLite reads through a memory map rather than a read call and a copy per page
     * ({@code PRAGMA mmap_size}): a night reads pages of the band index, documents, placements and pairs at
     * random, from the operating system's cache when the file was used the night before. SQLite maps no more than
     * the file (and grows the map as the file grows), and caps the value at its build's {@code SQLITE_MAX_MMAP_SIZE}:
     * 1 TiB in sqlite-jdbc's library, so this asks for the whole file. Where mapping fails (a file system without
     * {@code mmap}, a 32-bit address space too small) SQLite falls back on read calls. A file truncated under the map
     * by another program, or a disk error, is a {@code SIGBUS} in SQLite's code: the JVM crashes (README, exit codes).
     */
    private static final long MMAP_BYTES = 1L << 40;

    private final Path file;
    private final Connection connection;
    private final LocalDate today;
    private final Period window;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger fingerprinted = new AtomicInteger();
    private final Map<String, PreparedStatement> queries = new HashMap<>();
    private List<Entry> stagedEntries;
    private List<Cluster> stagedClusters;
    private WindowClustering.Plan plan;
    private Deduplicator planDedup;
    private int earlierUsed;
    /** Whether {@link #prepareCommit} wrote the staged rows in a transaction not yet ended. */
    private boolean prepared;
    private final AsideConnection aside = new AsideConnection();

    /**
     * Opens (or creates, or migrates from schema 1) the state file.
     *
     * @param today  the run's date: first-seen date of new documents and the end of the window
     * @param window how far back earlier documents are matched; older ones age out
     * @throws StateException when the file cannot be opened, or {@link StateException#isConfiguration was written
     *                        by a later version}
     */
    public StateStore(Path file, LocalDate today, Period window) throws StateException {
        this.file = Validate.notNull(file, "file");
        this.today = Validate.notNull(today, "today");
        this.window = Validate.notNull(window, "window");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException | java.io.IOException e) {
            throw new StateException(file + ": cannot open state: " + e.getMessage(), e);
        }
        try {
            open();
            // with the first, not when first asked: a file renamed over this one meanwhile is not read
            aside.open();
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            throw new StateException(file + ": cannot open state: " + e.getMessage(), e);
        } catch (StateException e) {
            closeQuietly();
            throw e;
        }
    }

    private void open() throws SQLException, StateException {
        Set<String> tables = new HashSet<>();
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA cache_size=-" + CACHE_KIB);
            st.execute("PRAGMA mmap_size=" + MMAP_BYTES);
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
        }
        if (tables.contains("meta")) {
            String version = meta(META_SCHEMA);
            if ("2".equals(version)) {
                // 2 to 3: an empty table of recent band keys
                try (Statement st = connection.createStatement()) {
                    for (String ddl : SCHEMA_3) st.execute(ddl);
                }
                setMeta(META_SCHEMA, String.valueOf(SCHEMA_VERSION));
                return;
            }
            if (!String.valueOf(SCHEMA_VERSION).equals(version)) {
                throw StateException.unusable(file + ": state schema " + version + " was written by another "
                        + "wirewash version; this one reads schema " + SCHEMA_VERSION + " (and migrates 1 and 2). "
                        + "Use that version, or name a new state file with --state");
            }
            return;
        }
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            if (tables.contains("documents")) {
                Set<String> columns = new HashSet<>();
                try (ResultSet rs = st.executeQuery("PRAGMA table_info(documents)")) {
                    while (rs.next()) columns.add(rs.getString("name"));
                }
                if (!columns.containsAll(List.of("id", "content_hash", "first_seen", "published", "scheme",
                        "signature", "shingles", "token_count"))) {
                    throw StateException.unusable(file + ": not a wirewash state (its documents table has columns "
                            + new java.util.TreeSet<>(columns) + "); name another file with --state");
                }
            }
            for (String ddl : SCHEMA) st.execute(ddl);
            for (String ddl : SCHEMA_2) st.execute(ddl);
            for (String ddl : SCHEMA_3) st.execute(ddl);
            if (tables.contains("documents")) migratePlacements();
            setMeta(META_SCHEMA, String.valueOf(SCHEMA_VERSION));
            connection.commit();
        } catch (SQLException | RuntimeException | StateException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Schema 1 to 2: each document's placement, its reference date from its publication or first-seen date. */
    private void migratePlacements() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, scheme, published, first_seen, token_count, cluster FROM documents");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO placements (id, scheme, ref_date, "
                     + "token_count, published, cluster) VALUES (?,?,?,?,?,?)")) {
            while (rs.next()) {
                ins.setString(1, rs.getString(1));
                ins.setString(2, rs.getString(2));
                ins.setString(3, referenceDate(rs.getString(3), rs.getString(4)));
                ins.setInt(4, rs.getInt(5));
                ins.setString(5, rs.getString(3));
                ins.setString(6, rs.getString(6));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /**
     * A text's hash as stored in clean_hash: XXH3-128 of its chars, labelled, as {@code xxh3-128:} and 32 hex digits.
     * Three times faster than the SHA-256 it replaced under the quick compiler, which has no SHA intrinsic; a change
     * detector needs no cryptographic hash. A row written before holds a SHA-256 (64 hex digits, no label), which no
     * hash equals: its document is fingerprinted again the first time it is seen again.
     */
    public static String hash(String text) {
        HashValue128 h = TEXT_HASH.hashCharsTo128Bits(text);
        return TEXT_HASH_LABEL + HEX.toHexDigits(h.getMostSignificantBits()) + HEX.toHexDigits(h.getLeastSignificantBits());
    }

    private static final Hasher128 TEXT_HASH = Hashing.xxh3_128();
    private static final String TEXT_HASH_LABEL = "xxh3-128:";
    private static final java.util.HexFormat HEX = java.util.HexFormat.of();

    /**
     * Tells the store which ids a run is about to ask {@link #reuse} for: they are looked up together, in id order,
     * so that each new document's miss does not cost a seek of its own into the documents' index (1.6 s of a night
     * of 10,000 against 1,000,000 stored, with the cleaning threads waiting on each other's lookups).
     */
    public synchronized void expect(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        byIds("SELECT id FROM documents WHERE id IN ", ids, rs -> found.add(rs.getString(1)));
        expected = new HashSet<>(ids);
        stored = found;
    }

    /** Ids given to {@link #expect}, and those of them the state holds; null before. */
    private Set<String> expected;
    private Set<String> stored;
    private static final int IDS_PER_LOOKUP = 500;

    /**
     * The stored fingerprint of a document whose clean text ({@link #hash}) and published date are unchanged and whose signature
     * has the given scheme, or null when it must be fingerprinted again: all a fingerprint is made from, so a page
     * whose markup or boilerplate changed but whose clean text did not keeps its fingerprint. Counts both outcomes.
     */
    public Fingerprint reuse(String id, String cleanHash, String published, SignatureScheme scheme) {
        if (isNew(id)) {
            fingerprinted.incrementAndGet();
            return null;
        }
        Fingerprint stored = read("SELECT d.clean_hash, d.scheme, d.published, d.signature, d.shingles, "
                + "d.token_count FROM documents d WHERE d.id=?", id, rs -> {
                    if (!rs.getString(1).equals(cleanHash) || !rs.getString(2).equals(scheme.toString())
                            || !java.util.Objects.equals(rs.getString(3), published)) {
                        return null;
                    }
                    return new Fingerprint(id, new Signature(scheme, longs(rs.getBytes(4))), longs(rs.getBytes(5)),
                            rs.getInt(6), published);
                });
        (stored == null ? fingerprinted : reused).incrementAndGet();
        return stored;
    }

    /**
     * The stored shingles of a document, read from the file (they are not held in memory), or an empty array for
     * a document the state does not hold. May be called from many threads; reads are one at a time.
     */
    public long[] shingles(String id) {
        long[] shingles = read("SELECT shingles FROM documents WHERE id=?", id, rs -> longs(rs.getBytes(1)));
        return shingles == null ? new long[0] : shingles;
    }

    /** The signature schemes of the stored documents (as {@link SignatureScheme#toString}), sorted. */
    public java.util.SortedSet<String> schemes() {
        try {
            String kept = meta(META_SCHEMES);
            return kept != null ? splitSchemes(kept) : storedSchemes();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stored signature schemes: " + e.getMessage(), e);
        }
    }

    /** The schemes of the placements, read in one pass over them (a state written before {@link #META_SCHEMES}). */
    java.util.SortedSet<String> storedSchemes() throws SQLException {
        java.util.SortedSet<String> schemes = new java.util.TreeSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT scheme FROM placements")) {
            while (rs.next()) schemes.add(rs.getString(1));
        }
        return schemes;
    }

    /** Whether any stored document has the scheme: a scan that stops at the first one. */
    boolean holdsScheme(String scheme) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT 1 FROM placements WHERE +scheme=? LIMIT 1")) {
            q.setString(1, scheme);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    static java.util.SortedSet<String> splitSchemes(String kept) {
        java.util.SortedSet<String> schemes = new java.util.TreeSet<>();
        for (String s : kept.split("\n")) if (!s.isEmpty()) schemes.add(s);
        return schemes;
    }

    /** Whether {@link #expect} found the id absent from the state. */
    private synchronized boolean isNew(String id) {
        return expected != null && expected.contains(id) && !stored.contains(id);
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
        return earlier(current, scheme, true);
    }

    /**
     * As {@link #earlier}, each fingerprint {@link Fingerprint#withoutShingles without its shingles}: they are read
     * with {@link #shingles} only for the pairs that need verifying, so a large state is not loaded whole.
     */
    public List<Fingerprint> earlierWithoutShingles(Set<String> current, SignatureScheme scheme) {
        return earlier(current, scheme, false);
    }

    private List<Fingerprint> earlier(Set<String> current, SignatureScheme scheme, boolean withShingles) {
        List<Fingerprint> out = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT p.id, d.signature, p.token_count, p.published"
                + (withShingles ? ", d.shingles" : "") + " FROM placements p JOIN documents d ON d.id = p.id "
                + "WHERE p.ref_date >= ? AND p.scheme=? ORDER BY p.id")) {
            q.setString(1, windowStart());
            q.setString(2, scheme.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (current.contains(rs.getString(1))) continue;
                    out.add(new Fingerprint(rs.getString(1), new Signature(scheme, longs(rs.getBytes(2))),
                            withShingles ? longs(rs.getBytes(5)) : new long[0], rs.getInt(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state's window: " + e.getMessage(), e);
        }
        earlierUsed = out.size();
        return out;
    }

    /**
     * Clusters this run's documents with the stored ones of the window, as {@link Deduplicator#cluster} would
     * cluster them all, and stages what the commit must write besides the documents: see
     * {@link WindowClustering}. Returns the clusters this run made or changed (each one holding a document of this
     * run, or differing from the stored cluster of its id); every other cluster of the window is as stored
     * ({@link #windowClusters}). Not for the plain approach.
     *
     * @param current   this run's fingerprints (their shingles may be left out)
     * @param shingles  the shingles of this run's documents
     */
    public List<Cluster> cluster(Deduplicator dedup, Collection<Fingerprint> current,
                                 wirewash.dedup.ShingleSource shingles) {
        WindowClustering.Result result = new WindowClustering(this, dedup, storedPerBatch).cluster(current, shingles);
        plan = result.plan();
        planDedup = dedup;
        earlierUsed = result.plan().earlier();
        return result.clusters();
    }

    /**
     * Holds this run's documents and clusters until {@link #commit}. A list of entries is kept as given, not
     * copied, so that a caller can pass one that produces each entry when it is read (a large run's shingles
     * then stay on disk until written); it must not change before the commit. Without a {@link #cluster} call
     * first (the plain approach, or a caller that clustered by itself), the commit replaces the stored clusters
     * with these, and the next {@link #cluster} rebuilds the band index and pairs.
     */
    public void stage(Collection<Entry> entries, List<Cluster> clusters) {
        stagedEntries = entries instanceof List<Entry> list ? java.util.Collections.unmodifiableList(list)
                : List.copyOf(entries);
        stagedClusters = List.copyOf(clusters);
    }

    /**
     * Writes the staged run in one transaction: upserts this run's documents (keeping their first-seen date) with
     * their band keys, removes documents that aged out with their band keys and pairs, stores the new verified
     * pairs, records the cluster of every document whose cluster was formed this run, replaces those clusters,
     * adds a runs row. On failure nothing is written. When {@link #prepareCommit} wrote the rows already, this only
     * ends their transaction.
     */
    public void commit() throws StateException {
        if (!prepared) prepareCommit();
        try {
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new StateException("cannot write state: " + e.getMessage(), e);
        } finally {
            endTransaction();
        }
    }

    /**
     * Writes the staged run's rows inside a transaction that {@link #commit} ends and {@link #rollback} (or
     * {@link #close}) discards: the slow part of a commit, which a caller may run on another thread while it writes
     * its outputs, and commit only once they are written. No other call may use this store until it returns. On
     * failure the transaction is rolled back and nothing is written.
     */
    public void prepareCommit() throws StateException {
        Validate.isTrue(stagedEntries != null, "nothing staged");
        Validate.isTrue(!prepared, "commit already prepared");
        try {
            connection.setAutoCommit(false);
            long run = nextRunId();
            new StateWriter(this, connection, run, bandRowsPerSort, mergeRatio).write(stagedEntries, stagedClusters, plan, planDedup);
            try (PreparedStatement r = connection.prepareStatement("INSERT INTO runs (id, as_of, documents, "
                    + "fingerprinted, reused, earlier, aged_out) VALUES (?,?,?,?,?,?,?)")) {
                r.setLong(1, run);
                r.setString(2, today.toString());
                r.setInt(3, stagedEntries.size());
                r.setInt(4, fingerprinted.get());
                r.setInt(5, reused.get());
                r.setInt(6, earlierUsed);
                r.setInt(7, agedCount);
                r.executeUpdate();
            }
            prepared = true;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            endTransaction();
            throw new StateException("cannot write state: " + e.getMessage(), e);
        }
    }

    /** Discards the rows {@link #prepareCommit} wrote, if any: the state stays as it was before this run. */
    public void rollback() throws StateException {
        if (!prepared) return;
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new StateException("cannot roll back state: " + e.getMessage(), e);
        } finally {
            endTransaction();
        }
    }

    private void rollbackQuietly(Exception e) {
        try {
            connection.rollback();
        } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
        }
    }

    private void endTransaction() {
        prepared = false;
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is closed next
        }
    }

    /** Band rows the commit sorts and inserts together ({@link StateWriter#DEFAULT_BAND_ROWS_PER_SORT}); tests lower it. */
    int bandRowsPerSort = StateWriter.DEFAULT_BAND_ROWS_PER_SORT;

    /** {@link WindowClustering#DEFAULT_STORED_PER_BATCH}; tests lower it. */
    int storedPerBatch = WindowClustering.DEFAULT_STORED_PER_BATCH;

    /** {@link StateWriter#DEFAULT_MERGE_RATIO}; tests change it. */
    int mergeRatio = StateWriter.DEFAULT_MERGE_RATIO;

    /** Documents the last commit removed for age; set by the writer. */
    int agedCount;

    private long nextRunId() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM runs")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first day inside the window: documents whose reference date is earlier have aged out. */
    String windowStart() {
        return today.minus(window).toString();
    }

    LocalDate today() {
        return today;
    }

    /** Its publication date when it is an ISO date, else the day it was first seen. */
    static String referenceDate(String published, String firstSeen) {
        LocalDate date = publishedDate(published);
        return date != null ? date.toString() : LocalDate.parse(firstSeen).toString();
    }

    /** The publication date when it starts with an ISO date, else null. */
    static LocalDate publishedDate(String published) {
        if (published != null && published.length() >= 10) {
            try {
                return LocalDate.parse(published.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                // not an ISO date: the caller falls back to when it was first seen
            }
        }
        return null;
    }

    // ---- reads for WindowClustering and StateWriter ----

    String meta(String key) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT value FROM meta WHERE key=?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement up = connection.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value")) {
            up.setString(1, key);
            up.setString(2, value);
            up.executeUpdate();
        }
    }

    /** A stored document's cluster, similarity and containment to its canonical. */
    record Assignment(String cluster, double similarity, double containment) {}

    /** The cluster assignment of every stored document of the window with the scheme, by id (one pass, as {@link #windowCount}). */
    synchronized Map<String, Assignment> windowAssignments(SignatureScheme scheme) {
        Map<String, Assignment> out = new HashMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT id, cluster, similarity, containment FROM "
                + "placements WHERE +ref_date >= ? AND +scheme=?")) {
            q.setString(1, windowStart());
            q.setString(2, scheme.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Assignment(rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state's window: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Where a stored document stands: its scheme, reference date and cluster with its similarity and containment
     * to the canonical (null cluster when it was never clustered).
     */
    record Placement(String scheme, String refDate, String cluster, double similarity, double containment) {
        Assignment assignment() {
            return new Assignment(cluster, similarity, containment);
        }
    }

    /** The placement of a stored document, or null when the state does not hold it. */
    synchronized Placement placement(String id) {
        return read("SELECT scheme, ref_date, cluster, similarity, containment FROM placements WHERE id=?", id,
                rs -> new Placement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5)));
    }

    /** Whether a placement lies inside the window with the scheme. */
    boolean inWindow(Placement placement, SignatureScheme scheme) {
        return placement != null && placement.refDate().compareTo(windowStart()) >= 0
                && placement.scheme().equals(scheme.toString());
    }

    /**
     * How many stored documents of the window have the scheme: from the date index alone when all have it, else
     * in one pass over the narrow placements rows. The unary {@code +} keeps SQLite off the date index, which
     * would look each of its rows up in the table (a window of 110,000 took a second that way, 0.07 s in one
     * pass).
     */
    synchronized int windowCount(SignatureScheme scheme) {
        try {
            // when every stored document has the scheme, the date index alone counts them
            boolean only = schemes().equals(java.util.Set.of(scheme.toString()));
            try (PreparedStatement q = connection.prepareStatement(only
                    ? "SELECT COUNT(*) FROM placements WHERE ref_date >= ?"
                    : "SELECT COUNT(*) FROM placements WHERE +ref_date >= ? AND +scheme=?")) {
                q.setString(1, windowStart());
                if (!only) q.setString(2, scheme.toString());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state's window: " + e.getMessage(), e);
        }
    }

    /** The size a cluster had when it was last formed, or -1 when the state holds no such cluster. */
    synchronized int storedClusterSize(String id) {
        Integer size = read("SELECT size FROM clusters WHERE id=?", id, rs -> rs.getInt(1));
        return size == null ? -1 : size;
    }

    /**
     * Every cluster of the window as the last run left it (each stored document with the scheme: its cluster,
     * similarity and containment), sorted by id, members as {@link wirewash.dedup.Clusterer} orders them:
     * canonical first, then by similarity, then by id. The window is the last run's, whatever this store's day: on
     * a later day some members (a canonical among them) may lie before this store's window, and the clusters are
     * still whole. For tests and for users who want the whole window; a night reads only the clusters it forms.
     */
    public synchronized List<Cluster> windowClusters(SignatureScheme scheme) {
        Map<String, List<ClusterMember>> members = new java.util.TreeMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT id, cluster, similarity, containment FROM "
                + "placements WHERE cluster IS NOT NULL AND scheme=?")) {
            q.setString(1, scheme.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getString(2), c -> new ArrayList<>())
                            .add(new ClusterMember(rs.getString(1), rs.getDouble(3), rs.getDouble(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state's clusters: " + e.getMessage(), e);
        }
        List<Cluster> out = new ArrayList<>(members.size());
        members.forEach((id, list) -> out.add(storedCluster(id, list)));
        return out;
    }

    /** A cluster of stored members, ordered as the clusterer orders them; its id is its canonical's. */
    static Cluster storedCluster(String id, List<ClusterMember> members) {
        members.sort(java.util.Comparator.comparing((ClusterMember m) -> !m.id().equals(id))
                .thenComparing(java.util.Comparator.comparingDouble(ClusterMember::similarity).reversed())
                .thenComparing(ClusterMember::id));
        Validate.isTrue(members.get(0).id().equals(id), () -> "stored cluster " + id + " lost its canonical");
        return new Cluster(id, id, members);
    }

    /** Ids of stored documents whose reference date lies before the window. */
    synchronized List<String> agedIds() {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT id FROM placements WHERE ref_date < ?")) {
            q.setString(1, windowStart());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state's window: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The documents (row numbers) filed under any of the band keys, as {@code key, row} pairs in no order: one
     * query for all of a document's keys.
     */
    synchronized long[] docsWithBandKeys(long[] keys) {
        return docsWithBandKeys(keys, this::query);
    }

    /**
     * {@link #docsWithBandKeys}, read through a second connection to the file, opened with the first (so that both
     * read the file the store opened, even when another is renamed over it): so that two threads look keys up at
     * once (SQLite reads on two connections in parallel; a connection answers one query at a time). It holds no
     * lock between calls, so the commit that follows is not held up by it. After {@link #close} the lookup fails.
     */
    long[] docsWithBandKeysAside(long[] keys) {
        synchronized (aside) {
            return docsWithBandKeys(keys, aside::query);
        }
    }

    private interface Queries {
        PreparedStatement query(String sql) throws SQLException;
    }

    private static long[] docsWithBandKeys(long[] keys, Queries queries) {
        if (keys.length == 0) return new long[0];
        try {
            String in = " WHERE key IN (" + "?,".repeat(keys.length - 1) + "?)";
            PreparedStatement q = queries.query("SELECT key, doc FROM bands" + in
                    + " UNION ALL SELECT key, doc FROM bands_recent" + in);
            for (int k = 0; k < keys.length; k++) {
                q.setLong(k + 1, keys[k]);
                q.setLong(keys.length + k + 1, keys[k]);
            }
            long[] out = new long[16];
            int n = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (n + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
                    out[n++] = rs.getLong(1);
                    out[n++] = rs.getLong(2);
                }
            }
            return Arrays.copyOf(out, n);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state's band index: " + e.getMessage(), e);
        }
    }

    /** A second connection to the state's file that only reads, opened with the first; see docsWithBandKeysAside. */
    private final class AsideConnection {
        /** Null before {@link #open} and after {@link #close}: a lookup still running then fails. */
        private Connection connection;
        private final Map<String, PreparedStatement> queries = new HashMap<>();

        void open() throws SQLException {
            Connection opened = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement st = opened.createStatement()) {
                st.execute("PRAGMA query_only=1");
                st.execute("PRAGMA cache_size=-" + CACHE_KIB);
                st.execute("PRAGMA mmap_size=" + MMAP_BYTES);
            } catch (SQLException e) {
                try {
                    opened.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            connection = opened;
        }

        PreparedStatement query(String sql) throws SQLException {
            if (connection == null) throw new SQLException("the state is closed");
            PreparedStatement q = queries.get(sql);
            if (q == null) {
                q = connection.prepareStatement(sql);
                queries.put(sql, q);
            }
            return q;
        }

        void close() throws SQLException {
            Connection open = connection;
            connection = null;
            try {
                for (PreparedStatement q : queries.values()) q.close();
            } finally {
                queries.clear();
                if (open != null) open.close();
            }
        }
    }

    /** A stored document as window clustering reads it; shingles empty unless asked for. */
    record Stored(long row, String id, String scheme, String refDate, Signature signature, long[] shingles,
                  int tokenCount, String published, Placement placement) {
        Fingerprint fingerprint() {
            return new Fingerprint(id, signature, new long[0], tokenCount, published);
        }
    }

    /** The stored document of a row number, with its shingles and its placement, or null. */
    synchronized Stored byRow(long row, SignatureScheme scheme) {
        return stored("SELECT d.rowid, d.id, d.scheme, p.ref_date, d.signature, p.token_count, p.published, "
                + "d.shingles, p.scheme, p.cluster, p.similarity, p.containment "
                + "FROM documents d JOIN placements p ON p.id = d.id WHERE d.rowid=?", row, scheme);
    }

    /** The stored document of an id, without its shingles, or null. */
    synchronized Stored byId(String id, SignatureScheme scheme) {
        return stored("SELECT d.rowid, d.id, d.scheme, p.ref_date, d.signature, p.token_count, p.published "
                + "FROM documents d JOIN placements p ON p.id = d.id WHERE d.id=?", id, scheme);
    }

    private Stored stored(String sql, Object key, SignatureScheme scheme) {
        try {
            PreparedStatement q = query(sql);
            q.setObject(1, key);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) return null;
                long[] values = longs(rs.getBytes(5));
                // a signature of another scheme is never compared; it is read only to be deleted
                Signature signature = values.length == scheme.numPerm() ? new Signature(scheme, values) : null;
                boolean whole = rs.getMetaData().getColumnCount() > 7;
                Placement placement = whole ? new Placement(rs.getString(9), rs.getString(4), rs.getString(10),
                        rs.getDouble(11), rs.getDouble(12)) : null;
                return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), signature,
                        whole ? longs(rs.getBytes(8)) : new long[0], rs.getInt(6), rs.getString(7), placement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a stored document: " + e.getMessage(), e);
        }
    }

    /** The stored verified pairs one document takes part in. */
    synchronized List<PairSimilarity> edgesOf(String id) {
        List<PairSimilarity> out = new ArrayList<>();
        try {
            PreparedStatement q = query("SELECT a, b, shared, jaccard, a_in_b, b_in_a, estimated FROM edges WHERE a=?"
                    + " UNION ALL SELECT a, b, shared, jaccard, a_in_b, b_in_a, estimated FROM edges WHERE b=?");
            q.setString(1, id);
            q.setString(2, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new PairSimilarity(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), true, STORED_WHY));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state's pairs: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The placements of those of the ids the state holds, looked up {@value #IDS_PER_LOOKUP} at a time in id order
     * (one seek each into the index of a large state costs more than reading its pages in order).
     */
    synchronized Map<String, Placement> placements(Collection<String> ids) {
        Map<String, Placement> out = new HashMap<>();
        byIds("SELECT id, scheme, ref_date, cluster, similarity, containment FROM placements WHERE id IN ", ids,
                rs -> out.put(rs.getString(1), new Placement(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), rs.getDouble(6))));
        return out;
    }

    /** The row numbers of those of the ids the state holds, looked up together in id order. */
    synchronized Map<String, Long> rowsOf(Collection<String> ids) {
        Map<String, Long> out = new HashMap<>();
        byIds("SELECT id, rowid FROM documents WHERE id IN ", ids, rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs {@code select} (ending in {@code IN }) for the distinct ids, {@value #IDS_PER_LOOKUP} at a time in id order. */
    private void byIds(String select, Collection<String> ids, RowConsumer consumer) {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(ids));
        try {
            for (int from = 0; from < sorted.size(); from += IDS_PER_LOOKUP) {
                List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + IDS_PER_LOOKUP));
                PreparedStatement q = query(select + "(" + "?,".repeat(chunk.size() - 1) + "?)");
                for (int k = 0; k < chunk.size(); k++) q.setString(k + 1, chunk.get(k));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the state: " + e.getMessage(), e);
        }
    }

    /** The row number of a stored document, or -1. */
    synchronized long rowOf(String id) {
        Long row = read("SELECT rowid FROM documents WHERE id=?", id, rs -> rs.getLong(1));
        return row == null ? -1 : row;
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first row of a one-parameter query through a cached statement, or null. */
    private synchronized <T> T read(String sql, String key, RowReader<T> reader) {
        try {
            PreparedStatement q = query(sql);
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? reader.read(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + key + " from the state: " + e.getMessage(), e);
        }
    }

    private PreparedStatement query(String sql) throws SQLException {
        PreparedStatement q = queries.get(sql);
        if (q == null) {
            q = connection.prepareStatement(sql);
            queries.put(sql, q);
        }
        return q;
    }

    @Override
    public void close() throws StateException {
        try {
            try {
                synchronized (aside) {
                    aside.close();
                }
            } finally {
                try {
                    for (PreparedStatement q : queries.values()) q.close();
                } finally {
                    connection.close();
                }
            }
        } catch (SQLException e) {
            throw new StateException("cannot close state: " + e.getMessage(), e);
        }
    }

    private void closeQuietly() {
        try {
            synchronized (aside) {
                aside.close();
            }
        } catch (SQLException ignored) {
            // already failing
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing
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
     * @param cleanHash   {@link #hash} of its clean text
     */
    public record Entry(Fingerprint fingerprint, String cleanHash) {}

    static ClusterMember canonicalMember(String id) {
        return new ClusterMember(id, 1.0, 1.0);
    }
}
