package wirewash.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.model.Cluster;

/**
 * What {@link StateWriter} leaves in the tables after a commit: each document's band keys and nothing else, the
 * verified pairs, placements; what leaves (a document submitted again, one that aged out) leaves with its rows;
 * and a run clustered by the caller drops the index and pairs for the next run to rebuild.
 */
class StateWriterTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final Period WINDOW = Period.ofDays(30);
    private static final String STORY = "The president of Kazakhstan announced on Tuesday that a Russia-led "
            + "security alliance will start pulling out its troops from the country in two days after completing "
            + "its mission, amid the worst unrest the nation has faced since independence thirty years ago.";
    private static final String COPY = STORY.replace("on Tuesday", "on Tuesday evening");
    private static final String OTHER = "Protests over soaring fuel prices erupted in the oil-rich nation of 19 "
            + "million and quickly spread across the country, with political slogans reflecting wider discontent.";
    private final Deduplicator dedup = new Deduplicator(DedupConfig.defaults());

    @TempDir
    Path dir;

    private List<Cluster> night(Path state, LocalDate today, boolean clusteredByStore, String... idsAndTexts)
            throws Exception {
        return night(state, today, clusteredByStore, StateWriter.DEFAULT_MERGE_RATIO, idsAndTexts);
    }

    private List<Cluster> night(Path state, LocalDate today, boolean clusteredByStore, int mergeRatio,
                                String... idsAndTexts) throws Exception {
        List<Fingerprint> current = new ArrayList<>();
        List<StateStore.Entry> entries = new ArrayList<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            Fingerprint f = dedup.fingerprint(idsAndTexts[i], idsAndTexts[i + 1], null);
            current.add(f);
            String hash = StateStore.hash(idsAndTexts[i + 1]);
            entries.add(new StateStore.Entry(f, hash));
        }
        try (StateStore store = new StateStore(state, today, WINDOW)) {
            store.mergeRatio = mergeRatio;
            List<Cluster> clusters = clusteredByStore ? store.cluster(dedup, current, Fingerprint::shingles)
                    : dedup.cluster(current);
            store.stage(entries, clusters);
            store.commit();
            return clusters;
        }
    }

    private static long count(Path state, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<Long> filedKeys(Path state, String id) throws Exception {
        Set<Long> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
             ResultSet rs = c.createStatement().executeQuery("SELECT key FROM (SELECT * FROM bands UNION ALL "
                     + "SELECT * FROM bands_recent) WHERE doc = (SELECT rowid FROM documents WHERE id = '" + id + "')")) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
    }

    private Set<Long> keysOf(String text) {
        Set<Long> out = new TreeSet<>();
        for (long k : dedup.bandKeys(dedup.fingerprint("x", text, null).signature())) out.add(k);
        return out;
    }

    @Test
    void eachDocumentIsFiledUnderItsBandKeysAndPairsArePlacedWithTheirCluster() throws Exception {
        Path state = dir.resolve("s.sqlite");
        night(state, DAY, true, "a", STORY, "b", COPY, "c", OTHER, "empty", "");
        assertThat(filedKeys(state, "a")).isEqualTo(keysOf(STORY));
        assertThat(filedKeys(state, "b")).isEqualTo(keysOf(COPY));
        assertThat(filedKeys(state, "empty")).as("a text without shingles is no one's candidate").isEmpty();
        assertThat(count(state, "SELECT COUNT(*) FROM bands"))
                .isEqualTo(keysOf(STORY).size() + keysOf(COPY).size() + keysOf(OTHER).size());
        assertThat(count(state, "SELECT COUNT(*) FROM edges WHERE a='a' AND b='b'")).isEqualTo(1);
        assertThat(count(state, "SELECT COUNT(*) FROM placements WHERE cluster IS NOT NULL AND id IN ('a','b')"))
                .isEqualTo(2);
        assertThat(count(state, "SELECT COUNT(*) FROM placements")).isEqualTo(4);
    }

    @Test
    void aDocumentSubmittedAgainChangedLeavesItsOldKeysAndPairs() throws Exception {
        Path state = dir.resolve("s.sqlite");
        night(state, DAY, true, "a", STORY, "b", COPY);
        night(state, DAY.plusDays(1), true, "b", OTHER);
        assertThat(filedKeys(state, "b")).isEqualTo(keysOf(OTHER));
        assertThat(filedKeys(state, "a")).isEqualTo(keysOf(STORY));
        assertThat(count(state, "SELECT COUNT(*) FROM edges")).isZero();
        assertThat(count(state, "SELECT COUNT(*) FROM documents")).isEqualTo(2);
    }

    @Test
    void aDocumentThatAgedOutLeavesEveryTable() throws Exception {
        Path state = dir.resolve("s.sqlite");
        night(state, DAY, true, "a", STORY, "b", COPY);
        night(state, DAY.plusDays(40), true, "c", OTHER);
        for (String table : List.of("documents", "placements")) {
            assertThat(count(state, "SELECT COUNT(*) FROM " + table + " WHERE id IN ('a','b')")).as(table).isZero();
        }
        assertThat(count(state, "SELECT COUNT(*) FROM edges")).isZero();
        assertThat(count(state, "SELECT COUNT(*) FROM bands")).isEqualTo(keysOf(OTHER).size());
    }

    @Test
    void clustersMadeByTheCallerDropTheIndexAndPairsForTheNextRunToRebuild() throws Exception {
        Path state = dir.resolve("s.sqlite");
        night(state, DAY, true, "a", STORY, "b", COPY);
        assertThat(count(state, "SELECT COUNT(*) FROM meta WHERE key='" + StateStore.META_DEDUP + "'")).isEqualTo(1);
        night(state, DAY.plusDays(1), false, "c", OTHER);
        assertThat(count(state, "SELECT COUNT(*) FROM bands")).isZero();
        assertThat(count(state, "SELECT COUNT(*) FROM edges")).isZero();
        assertThat(count(state, "SELECT COUNT(*) FROM meta WHERE key='" + StateStore.META_DEDUP + "'")).isZero();
        assertThat(count(state, "SELECT COUNT(*) FROM clusters")).as("only the caller's clusters")
                .isEqualTo(1);
        // the next clustered run rebuilds the index of every document in the window
        night(state, DAY.plusDays(2), true, "d", STORY);
        assertThat(filedKeys(state, "a")).isEqualTo(keysOf(STORY));
        assertThat(filedKeys(state, "c")).isEqualTo(keysOf(OTHER));
        assertThat(Arrays.asList(count(state, "SELECT COUNT(*) FROM edges WHERE 'd' IN (a, b)"))).containsExactly(2L);
    }

    /** A night of the given texts, clustered by the store, with a merge ratio; returns the clusters it reports. */
    private List<Cluster> nightWithRatio(Path state, LocalDate today, int mergeRatio, String... idsAndTexts)
            throws Exception {
        return night(state, today, true, mergeRatio, idsAndTexts);
    }

    @Test
    void aNightsKeysWaitInTheRecentTableUntilTheyAreAShareOfTheIndexThenAreMergedIntoIt() throws Exception {
        Path state = dir.resolve("recent.sqlite");
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.add("s" + i);
            first.add("Story number " + i + " is about something else entirely: " + OTHER.replace("19", String.valueOf(20 + i)));
        }
        nightWithRatio(state, DAY, 8, first.toArray(String[]::new));
        long indexed = count(state, "SELECT COUNT(*) FROM bands");
        assertThat(indexed).as("the first night fills the index itself").isPositive();
        assertThat(count(state, "SELECT COUNT(*) FROM bands_recent")).isZero();

        // one document's keys are under an eighth of the index: they wait apart, and are found there
        nightWithRatio(state, DAY.plusDays(1), 8, "a", STORY);
        assertThat(count(state, "SELECT COUNT(*) FROM bands")).isEqualTo(indexed);
        assertThat(count(state, "SELECT COUNT(*) FROM bands_recent")).isEqualTo(keysOf(STORY).size());
        List<Cluster> found = nightWithRatio(state, DAY.plusDays(2), 8, "b", COPY);
        assertThat(found).anySatisfy(c -> assertThat(c.members()).extracting(m -> m.id()).containsExactlyInAnyOrder("a", "b"));
        assertThat(count(state, "SELECT COUNT(*) FROM bands_recent")).isEqualTo(keysOf(STORY).size() + keysOf(COPY).size());

        // a document submitted again leaves the recent table too
        nightWithRatio(state, DAY.plusDays(3), 8, "a", OTHER + " A late change.");
        assertThat(filedKeys(state, "a")).isEqualTo(keysOf(OTHER + " A late change."));

        // past the share, everything recent is merged into the index, and the kept counts are the tables' own
        nightWithRatio(state, DAY.plusDays(4), 1000, "c", STORY + " More follows.");
        assertThat(count(state, "SELECT COUNT(*) FROM bands_recent")).isZero();
        long merged = count(state, "SELECT COUNT(*) FROM bands");
        assertThat(merged).isEqualTo(indexed + keysOf(COPY).size() + keysOf(OTHER + " A late change.").size()
                + keysOf(STORY + " More follows.").size());
        assertThat(count(state, "SELECT value FROM meta WHERE key='" + StateStore.META_BAND_ROWS + "'")).isEqualTo(merged);
        assertThat(count(state, "SELECT value FROM meta WHERE key='" + StateStore.META_RECENT_BAND_ROWS + "'")).isZero();
        assertThat(filedKeys(state, "b")).isEqualTo(keysOf(COPY));
    }

    /** The kept band row counts must be the tables' own, or the merge comes too often or never. */
    private static void assertKeptCountsAreTheTables(Path state, String when) throws Exception {
        assertThat(count(state, "SELECT value FROM meta WHERE key='" + StateStore.META_BAND_ROWS + "'"))
                .as("%s: bands", when).isEqualTo(count(state, "SELECT COUNT(*) FROM bands"));
        assertThat(count(state, "SELECT value FROM meta WHERE key='" + StateStore.META_RECENT_BAND_ROWS + "'"))
                .as("%s: bands_recent", when).isEqualTo(count(state, "SELECT COUNT(*) FROM bands_recent"));
    }

    @Test
    void theKeptBandCountsFollowEveryKindOfNight() throws Exception {
        Path state = dir.resolve("counts.sqlite");
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            first.add("s" + i);
            first.add("Story number " + i + " is about something else entirely: " + OTHER.replace("19", String.valueOf(20 + i)));
        }
        nightWithRatio(state, DAY, 8, first.toArray(String[]::new));
        assertKeptCountsAreTheTables(state, "first night");
        nightWithRatio(state, DAY.plusDays(1), 8, "a", STORY, "b", COPY);
        assertKeptCountsAreTheTables(state, "to the recent table");
        nightWithRatio(state, DAY.plusDays(2), 8, "a", STORY, "s1", OTHER + " A late change.", "empty", "");
        assertKeptCountsAreTheTables(state, "submitted again, unchanged and changed, from either table");
        nightWithRatio(state, DAY.plusDays(3), 1000, "c", STORY + " More follows.");
        assertKeptCountsAreTheTables(state, "merged");
        nightWithRatio(state, DAY.plusDays(4), 8, "d", OTHER + " Officials gave no figures.");
        nightWithRatio(state, DAY.plusDays(33), 8, "e", COPY + " And more.");
        assertKeptCountsAreTheTables(state, "aged out of both tables");
        night(state, DAY.plusDays(34), false, "f", STORY);
        assertKeptCountsAreTheTables(state, "clustered by the caller");
        nightWithRatio(state, DAY.plusDays(35), 8, "g", COPY);
        assertKeptCountsAreTheTables(state, "rebuilt");
    }

    @Test
    void aStateOfSchema2IsMigratedAndItsBandRowsCountedOnce() throws Exception {
        Path state = dir.resolve("schema2.sqlite");
        nightWithRatio(state, DAY, 8, "a", STORY, "c", OTHER);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state); var st = c.createStatement()) {
            st.execute("DROP TABLE bands_recent");
            st.execute("DELETE FROM meta WHERE key IN ('" + StateStore.META_BAND_ROWS + "', '"
                    + StateStore.META_RECENT_BAND_ROWS + "')");
            st.execute("UPDATE meta SET value='2' WHERE key='" + StateStore.META_SCHEMA + "'");
        }
        List<Cluster> found = nightWithRatio(state, DAY.plusDays(1), 8, "b", COPY);
        assertThat(found).anySatisfy(c -> assertThat(c.members()).extracting(m -> m.id()).containsExactlyInAnyOrder("a", "b"));
        assertThat(count(state, "SELECT value FROM meta WHERE key='" + StateStore.META_SCHEMA + "'")).isEqualTo(3);
        assertKeptCountsAreTheTables(state, "migrated");

        // a migration that stopped after creating the table (schema still 2) is done again
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state); var st = c.createStatement()) {
            st.execute("UPDATE meta SET value='2' WHERE key='" + StateStore.META_SCHEMA + "'");
        }
        nightWithRatio(state, DAY.plusDays(2), 8, "d", STORY + " More follows.");
        assertKeptCountsAreTheTables(state, "migrated again");
        assertThat(filedKeys(state, "b")).isEqualTo(keysOf(COPY));
    }

    @Test
    void theStoredClustersReadOnALaterDayAreTheClustersTheLastRunLeft() throws Exception {
        Path state = dir.resolve("later.sqlite");
        // the longer text is the canonical: the first night's, which ages out first
        night(state, DAY, true, "a", COPY, "c", OTHER);
        night(state, DAY.plusDays(20), true, "b", STORY);
        List<Cluster> left;
        try (StateStore store = new StateStore(state, DAY.plusDays(20), WINDOW)) {
            left = store.windowClusters(dedup.scheme());
        }
        assertThat(left).anySatisfy(c -> assertThat(c.members()).extracting(m -> m.id()).containsExactlyInAnyOrder("a", "b"));
        // the next night opens the state on its own day, when the first night's documents are past the window
        try (StateStore store = new StateStore(state, DAY.plusDays(35), WINDOW)) {
            assertThat(store.windowClusters(dedup.scheme())).isEqualTo(left);
        }
    }

    @Test
    void theStoredSchemesAreKeptAsDocumentsComeAndLeave() throws Exception {
        Path state = dir.resolve("schemes.sqlite");
        night(state, DAY, true, "a", STORY, "b", COPY);
        String scheme = dedup.scheme().toString();
        try (StateStore store = new StateStore(state, DAY, WINDOW)) {
            assertThat(store.schemes()).containsExactly(scheme);
            assertThat(store.meta(StateStore.META_SCHEMES)).isEqualTo(scheme);
            assertThat(store.windowCount(dedup.scheme())).isEqualTo(2);
        }
        // a state written before the schemes were kept: read from the placements, then kept by the next commit
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state)) {
            c.createStatement().execute("DELETE FROM meta WHERE key='" + StateStore.META_SCHEMES + "'");
        }
        try (StateStore store = new StateStore(state, DAY, WINDOW)) {
            assertThat(store.schemes()).containsExactly(scheme);
        }
        night(state, DAY.plusDays(1), true, "c", OTHER);
        assertThat(count(state, "SELECT COUNT(*) FROM meta WHERE key='" + StateStore.META_SCHEMES + "'")).isEqualTo(1);
        // every document ages out: no scheme is left
        night(state, DAY.plusDays(60), true);
        try (StateStore store = new StateStore(state, DAY.plusDays(60), WINDOW)) {
            assertThat(store.schemes()).isEmpty();
            assertThat(store.windowCount(dedup.scheme())).isZero();
        }
    }

    @Test
    void theIndexWrittenASliceAtATimeIsTheIndexWrittenInOneSort() throws Exception {
        List<String> written = new ArrayList<>();
        for (int rowsPerSort : new int[] {StateWriter.DEFAULT_BAND_ROWS_PER_SORT, 1, 70}) {
            Path state = dir.resolve("slices-" + rowsPerSort + ".sqlite");
            List<Fingerprint> current = new ArrayList<>();
            List<StateStore.Entry> entries = new ArrayList<>();
            String[] texts = {STORY, COPY, OTHER, OTHER + " Officials gave no figures.", STORY + " More follows."};
            for (int i = 0; i < texts.length; i++) {
                Fingerprint f = dedup.fingerprint("d" + i, texts[i], null);
                current.add(f);
                entries.add(new StateStore.Entry(f, StateStore.hash(texts[i])));
            }
            try (StateStore store = new StateStore(state, DAY, WINDOW)) {
                store.bandRowsPerSort = rowsPerSort;
                store.stage(entries, store.cluster(dedup, current, Fingerprint::shingles));
                store.commit();
            }
            StringBuilder rows = new StringBuilder();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
                 ResultSet rs = c.createStatement().executeQuery("SELECT key, doc FROM bands ORDER BY key, doc")) {
                while (rs.next()) rows.append(rs.getLong(1)).append(' ').append(rs.getLong(2)).append('\n');
            }
            written.add(rows.toString());
        }
        assertThat(written.get(0)).isNotEmpty();
        assertThat(written).containsOnly(written.get(0));
    }

    @Test
    void bandRowsAreSortedByKeyThenDocumentAsSQLiteOrdersThem() {
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(300);
            long[] keys = new long[n];
            long[] docs = new long[n];
            for (int i = 0; i < n; i++) {
                // few upper halves and few keys, so that rows share them; negative keys too
                keys[i] = ((long) (random.nextInt(5) - 2) << 32) | random.nextInt(4);
                docs[i] = random.nextInt(50);
            }
            int[] sorted = StateWriter.sortedIndexes(keys, docs);
            assertThat(sorted).as("each row once").containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, n).toArray());
            for (int k = 1; k < n; k++) {
                int a = sorted[k - 1];
                int b = sorted[k];
                assertThat(keys[a] < keys[b] || keys[a] == keys[b] && docs[a] <= docs[b])
                        .as("round %d, rows %d and %d", round, a, b).isTrue();
            }
        }
    }

    @Test
    void aStoryCopiedThirtyTimesKeepsEveryPairAndKeyThoughTheyFillSeveralInserts() throws Exception {
        Path state = dir.resolve("s.sqlite");
        List<String> idsAndTexts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            idsAndTexts.add(String.format("c%02d", i));
            idsAndTexts.add(STORY + " Copy " + i + ".");
        }
        night(state, DAY, true, idsAndTexts.toArray(String[]::new));
        List<Fingerprint> prints = new ArrayList<>();
        long keys = 0;
        for (int i = 0; i < idsAndTexts.size(); i += 2) {
            prints.add(dedup.fingerprint(idsAndTexts.get(i), idsAndTexts.get(i + 1), null));
            keys += keysOf(idsAndTexts.get(i + 1)).size();
        }
        long pairs = dedup.duplicates(prints, Fingerprint::shingles).size();
        assertThat(pairs).as("more pairs than one insert holds").isGreaterThan(StateWriter.ROWS_PER_INSERT);
        assertThat(count(state, "SELECT COUNT(*) FROM edges")).isEqualTo(pairs);
        assertThat(count(state, "SELECT COUNT(*) FROM edges WHERE a < b")).isEqualTo(pairs);
        assertThat(keys).isGreaterThan(StateWriter.ROWS_PER_INSERT);
        assertThat(count(state, "SELECT COUNT(*) FROM bands")).isEqualTo(keys);
        for (int i = 0; i < 30; i += 7) {
            assertThat(filedKeys(state, idsAndTexts.get(2 * i))).isEqualTo(keysOf(idsAndTexts.get(2 * i + 1)));
        }
    }
}
