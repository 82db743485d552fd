package wirewash.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.model.SignatureScheme;
import wirewash.rules.RuleSet;
import wirewash.run.LocalRunner;
import wirewash.run.OutputFolder;
import wirewash.run.Progress;
import wirewash.run.RunResult;
import wirewash.source.Decoded;
import wirewash.source.Decoder;

class StateStoreTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final String STORY = "The president of Kazakhstan announced on Tuesday that a Russia-led "
            + "security alliance will start pulling out its troops from the country in two days after completing "
            + "its mission, amid the worst unrest the nation has faced since independence thirty years ago.";
    private static final String OTHER = "Protests over soaring fuel prices erupted in the oil-rich nation of 19 "
            + "million and quickly spread across the country, with political slogans reflecting wider discontent.";
    private final Deduplicator dedup = new Deduplicator(DedupConfig.defaults());

    @TempDir
    Path dir;

    private RunResult run(Path state, LocalDate today, String... idsAndTexts) throws Exception {
        List<Decoded> docs = new ArrayList<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            docs.add(new Decoded(new RawDocument(idsAndTexts[i], idsAndTexts[i] + ".txt", Format.TEXT,
                    idsAndTexts[i + 1]), List.of()));
        }
        try (StateStore store = new StateStore(state, today, Period.ofDays(30))) {
            RunResult result = new LocalRunner(new Decoder(), new Cleaner(new RuleSet(List.of())), dedup, 2, store)
                    .runDecoded(docs, Progress.NONE);
            store.commit();
            lastFingerprinted = store.fingerprinted();
            lastReused = store.reused();
            return result;
        }
    }

    private int lastFingerprinted;
    private int lastReused;

    @Test
    void secondRunOverTheSameInputReusesEveryFingerprintAndWritesIdenticalOutputs() throws Exception {
        Path state = dir.resolve("state.sqlite");
        String[] input = {"a", STORY, "b", STORY + " Officials confirmed it.", "c", OTHER};
        RunResult first = run(state, DAY, input);
        assertThat(lastFingerprinted).isEqualTo(3);
        new OutputFolder(dir.resolve("one")).write(first, true, java.util.Map.of());
        RunResult second = run(state, DAY, input);
        assertThat(lastFingerprinted).isZero();
        assertThat(lastReused).isEqualTo(3);
        new OutputFolder(dir.resolve("two")).write(second, true, java.util.Map.of());
        for (String f : List.of(OutputFolder.DOCS, OutputFolder.CLUSTERS, OutputFolder.REPORT)) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(f)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(f)));
        }
    }

    @Test
    void aNightOfStoredAndNewDocumentsReusesTheStoredOnesAndFingerprintsTheNew() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY, "b", OTHER);
        RunResult mixed = run(state, DAY.plusDays(1), "a", STORY, "c", STORY + " Officials confirmed it.", "d", OTHER + " More.");
        assertThat(lastReused).isEqualTo(1);
        assertThat(lastFingerprinted).isEqualTo(2);
        assertThat(mixed.clusters()).anyMatch(c -> c.members().stream().map(m -> m.id()).toList().containsAll(List.of("a", "c")));
        // without being told the ids first, the store answers the same
        try (StateStore store = new StateStore(state, DAY.plusDays(2), Period.ofDays(30))) {
            String text = new Cleaner(new RuleSet(List.of())).clean(new RawDocument("a", "a.txt", Format.TEXT, STORY)).text();
            assertThat(store.reuse("a", StateStore.hash(text), null, dedup.scheme())).isNotNull();
            assertThat(store.reuse("zz", StateStore.hash(text), null, dedup.scheme())).isNull();
            store.expect(List.of("a", "zz"));
            assertThat(store.reuse("a", StateStore.hash(text), null, dedup.scheme())).isNotNull();
            assertThat(store.reuse("zz", StateStore.hash(text), null, dedup.scheme())).isNull();
            assertThat(store.reused()).isEqualTo(2);
            assertThat(store.fingerprinted()).isEqualTo(2);
        }
    }

    @Test
    void aFingerprintIsReusedWhenWhatItIsMadeFromIsUnchangedHoweverThePageChanged() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY, "b", OTHER);
        // the page changed, its clean text did not: reused
        run(state, DAY.plusDays(1), "a", "\n\n" + STORY + "\n\n\n", "b", OTHER + " More.");
        assertThat(lastReused).isEqualTo(1);
        assertThat(lastFingerprinted).isEqualTo(1);
        try (StateStore store = new StateStore(state, DAY.plusDays(2), Period.ofDays(30))) {
            String text = new Cleaner(new RuleSet(List.of())).clean(new RawDocument("a", "a.txt", Format.TEXT, STORY)).text();
            assertThat(store.reuse("a", StateStore.hash(text), null, dedup.scheme())).isNotNull();
            assertThat(store.reuse("a", StateStore.hash(text + " More."), null, dedup.scheme())).isNull();
            assertThat(store.reuse("a", StateStore.hash(text), "2024-03-02", dedup.scheme())).isNull();
            SignatureScheme v1 = new Deduplicator(DedupConfig.defaults().withSigning(wirewash.dedup.Signing.V1)).scheme();
            assertThat(store.reuse("a", StateStore.hash(text), null, v1)).isNull();
        }
    }

    @Test
    void aTextsHashIsLabelledWithItsAlgorithmAndTellsTextsApart() {
        assertThat(StateStore.hash(STORY)).matches("xxh3-128:[0-9a-f]{32}").isEqualTo(StateStore.hash(STORY + ""))
                .isNotEqualTo(StateStore.hash(STORY + " "));
        // the SHA-256 hex that rows written by an older version hold never equals it
        assertThat(StateStore.hash("")).isNotEqualTo(org.apache.commons.codec.digest.DigestUtils.sha256Hex(""));
    }

    @Test
    void rowsHashedByAnOlderVersionAreFingerprintedOnceMoreWithTheSameClusters() throws Exception {
        Path state = dir.resolve("state.sqlite");
        String[] input = {"a", STORY, "b", STORY + " Officials confirmed it.", "c", OTHER};
        RunResult first = run(state, DAY, input);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state)) {
            // in the shape an older version wrote them: 64 hex digits (a SHA-256)
            c.createStatement().executeUpdate("UPDATE documents SET clean_hash = lower(hex(randomblob(32)))");
        }
        RunResult again = run(state, DAY, input);
        assertThat(lastFingerprinted).isEqualTo(3);
        assertThat(lastReused).isZero();
        assertThat(again.clusters()).isEqualTo(first.clusters());
        run(state, DAY, input);
        assertThat(lastReused).isEqualTo(3);
    }

    @Test
    void placementsAndRowsAreLookedUpTogetherForTheIdsTheStateHolds() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY, "b", OTHER);
        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) asked.add("n" + i);
        asked.addAll(List.of("b", "a", "a"));
        try (StateStore store = new StateStore(state, DAY.plusDays(1), Period.ofDays(30))) {
            java.util.Map<String, StateStore.Placement> placements = store.placements(asked);
            assertThat(placements).containsOnlyKeys("a", "b");
            assertThat(placements.get("a")).isEqualTo(store.placement("a"));
            assertThat(placements.get("b")).isEqualTo(store.placement("b"));
            java.util.Map<String, Long> rows = store.rowsOf(asked);
            assertThat(rows).containsOnlyKeys("a", "b");
            assertThat(rows.get("a")).isEqualTo(store.rowOf("a"));
            assertThat(rows.get("b")).isEqualTo(store.rowOf("b"));
            assertThat(store.placements(List.of())).isEmpty();
        }
    }

    /**
     * Lookups of exactly one chunk, one more, none, and stored ids at a chunk's first and last place (the ids sort
     * as {@code n0000} … and the stored {@code a}, {@code b}, {@code z} fall before and after them), with ids the
     * state does not hold and ids asked twice.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 497, 498, 499, 500, 997, 998, 1500})
    void placementsAndRowsOfAnyNumberOfIdsAreThoseOfTheStoredOnes(int unknown) throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY, "b", OTHER, "z", STORY + " More.");
        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < unknown; i++) asked.add(String.format("n%04d", i));
        asked.addAll(List.of("z", "b", "a", "b"));
        java.util.Collections.shuffle(asked, new java.util.Random(unknown));
        try (StateStore store = new StateStore(state, DAY.plusDays(1), Period.ofDays(30))) {
            java.util.Map<String, StateStore.Placement> placements = store.placements(asked);
            java.util.Map<String, Long> rows = store.rowsOf(asked);
            assertThat(placements).containsOnlyKeys("a", "b", "z");
            assertThat(rows).containsOnlyKeys("a", "b", "z");
            for (String id : List.of("a", "b", "z")) {
                assertThat(placements.get(id)).isEqualTo(store.placement(id));
                assertThat(rows.get(id)).isEqualTo(store.rowOf(id));
                assertThat(store.byRow(rows.get(id), dedup.scheme()).placement()).isEqualTo(store.placement(id));
            }
            assertThat(store.rowsOf(asked.subList(0, unknown > 0 ? unknown - 1 : 0)).keySet())
                    .isSubsetOf("a", "b", "z");
        }
    }

    @Test
    void changedContentIsFingerprintedAgain() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY);
        run(state, DAY, "a", OTHER);
        assertThat(lastFingerprinted).isEqualTo(1);
    }

    @Test
    void newDocumentJoinsACopyFromAnEarlierRunInsideTheWindow() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY);
        RunResult next = run(state, DAY.plusDays(10), "b", STORY + " Officials confirmed it.");
        assertThat(next.clusters()).anyMatch(c -> c.size() == 2 && c.members().stream().anyMatch(m -> m.id().equals("a")));
    }

    @Test
    void earlierDocumentsComeWithoutShinglesWhichAreReadOnDemand() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY);
        try (StateStore store = new StateStore(state, DAY.plusDays(1), Period.ofDays(30))) {
            List<Fingerprint> light = store.earlierWithoutShingles(java.util.Set.of(), dedup.scheme());
            List<Fingerprint> whole = store.earlier(java.util.Set.of(), dedup.scheme());

            assertThat(light).extracting(Fingerprint::shingleCount).containsExactly(0);
            assertThat(store.shingles("a")).isEqualTo(dedup.fingerprint("a", STORY, null).shingles())
                    .isEqualTo(whole.get(0).shingles());
            assertThat(store.shingles("unknown")).isEmpty();
        }
    }

    @Test
    void documentsOlderThanTheWindowAgeOut() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY);
        RunResult next = run(state, DAY.plusDays(31), "b", STORY + " Officials confirmed it.");
        assertThat(next.documents().get(0).cluster()).isEqualTo("b");
        assertThat(ids(state)).containsExactly("b");
    }

    @Test
    void failedCommitLeavesThePreviousStateIntact() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY);
        try (StateStore store = new StateStore(state, DAY, Period.ofDays(30))) {
            Fingerprint good = dedup.fingerprint("b", OTHER, null);
            // a null clean hash violates NOT NULL half-way through the batch
            store.stage(List.of(new StateStore.Entry(good, "c"), new StateStore.Entry(
                    dedup.fingerprint("c", OTHER, null), null)), List.of());
            assertThatThrownBy(store::commit).isInstanceOf(StateException.class);
        }
        assertThat(ids(state)).containsExactly("a");
    }

    @Test
    void preparedRowsAreCommittedOrRolledBackAndAStoreClosedBeforeEitherKeepsThePreviousState() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY);
        for (String end : List.of("rollback", "close", "commit")) {
            try (StateStore store = new StateStore(state, DAY, Period.ofDays(30))) {
                store.stage(List.of(new StateStore.Entry(dedup.fingerprint("b", OTHER, null), "c")), List.of());
                store.prepareCommit();
                assertThatThrownBy(store::prepareCommit).isInstanceOf(IllegalArgumentException.class);
                // another connection sees the state as it was while the rows wait for the commit
                assertThat(ids(state)).containsExactly("a");
                if (end.equals("rollback")) store.rollback();
                if (end.equals("commit")) store.commit();
            }
            assertThat(ids(state)).containsExactly(end.equals("commit") ? new String[] {"a", "b"} : new String[] {"a"});
        }
    }

    @Test
    void aPreparedCommitThatFailsWritesNothingAndLeavesNothingToRollBack() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY);
        try (StateStore store = new StateStore(state, DAY, Period.ofDays(30))) {
            store.stage(List.of(new StateStore.Entry(dedup.fingerprint("b", OTHER, null), "c"),
                    new StateStore.Entry(dedup.fingerprint("c", OTHER, null), null)), List.of());
            assertThatThrownBy(store::prepareCommit).isInstanceOf(StateException.class);
            store.rollback();
            // the same staged run fails again in full, not half-written on the first attempt's transaction
            assertThatThrownBy(store::commit).isInstanceOf(StateException.class);
        }
        assertThat(ids(state)).containsExactly("a");
    }

    @Test
    void bandKeysReadThroughTheSecondConnectionAreThoseOfTheFirstAndDoNotHoldUpTheCommit() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY, "b", OTHER);
        long[] stored = storedBandKeys(state);
        assertThat(stored).isNotEmpty();
        long[] keys = java.util.stream.LongStream.concat(java.util.Arrays.stream(stored),
                java.util.stream.LongStream.of(1L, -7L)).toArray();
        try (StateStore store = new StateStore(state, DAY.plusDays(1), Period.ofDays(30))) {
            long[] first = store.docsWithBandKeys(keys);
            long[] aside = store.docsWithBandKeysAside(keys);
            assertThat(pairs(aside)).isEqualTo(pairs(first)).hasSize(stored.length);
            store.stage(List.of(new StateStore.Entry(dedup.fingerprint("c", STORY, null), "c")), List.of());
            store.commit();
            assertThat(store.docsWithBandKeysAside(new long[0])).isEmpty();
        }
        assertThat(ids(state)).containsExactly("a", "b", "c");
    }

    @Test
    void aLookupStillRunningWhenTheStoreClosesDoesNotOpenTheSecondConnectionAgain() throws Exception {
        Path state = dir.resolve("state.sqlite");
        run(state, DAY, "a", STORY, "b", OTHER);
        long[] keys = storedBandKeys(state);
        StateStore store = new StateStore(state, DAY.plusDays(1), Period.ofDays(30));
        assertThat(store.docsWithBandKeysAside(keys)).isNotEmpty();
        store.close();
        // a run that failed closes its store while the upper half of its keys may still be looked up: that lookup
        // fails, rather than opening a connection nobody closes
        assertThatThrownBy(() -> store.docsWithBandKeysAside(keys)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void theSecondConnectionReadsTheFileTheStoreOpenedEvenWhenAnotherIsRenamedOverIt() throws Exception {
        Path state = dir.resolve("state.sqlite");
        Path other = dir.resolve("other.sqlite");
        run(state, DAY, "a", STORY, "b", OTHER);
        run(other, DAY, "z", "An unrelated note about the weather in the hills, with rain expected all week and "
                + "the river paths closed until further notice by the park's wardens.");
        long[] keys = storedBandKeys(state);
        try (StateStore store = new StateStore(state, DAY.plusDays(1), Period.ofDays(30))) {
            Files.move(other, state, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            // the README's promise: a file renamed over the state does not change what the run reads
            assertThat(pairs(store.docsWithBandKeysAside(keys))).isEqualTo(pairs(store.docsWithBandKeys(keys)))
                    .hasSize(keys.length);
        }
    }

    /** Every band key a committed state files, in both band tables. */
    private static long[] storedBandKeys(Path state) throws Exception {
        List<Long> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
             ResultSet rs = c.createStatement().executeQuery("SELECT key FROM bands UNION ALL SELECT key FROM bands_recent")) {
            while (rs.next()) stored.add(rs.getLong(1));
        }
        return stored.stream().mapToLong(Long::longValue).toArray();
    }

    private static java.util.Set<String> pairs(long[] keyRows) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < keyRows.length; i += 2) out.add(keyRows[i] + ":" + keyRows[i + 1]);
        return out;
    }

    private static List<String> ids(Path state) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM documents ORDER BY id")) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        return ids;
    }
}
