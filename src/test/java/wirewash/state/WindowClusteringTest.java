package wirewash.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Overrides;
import wirewash.model.Cluster;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleSet;
import wirewash.run.LocalRunner;
import wirewash.run.OutputFolder;
import wirewash.run.Progress;
import wirewash.run.RunResult;
import wirewash.source.Decoded;
import wirewash.source.Decoder;

/**
 * Nights run against a state cluster exactly as the whole window clustered from scratch: stories with copies,
 * briefs and rewrites arrive over several nights, old ones age out, a document comes back changed, overrides
 * come and go.
 */
class WindowClusteringTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final Period WINDOW = Period.ofDays(25);
    private static final String[] WORDS = ("the of and to in that was for on with as by at from said would new "
            + "minister court council teams bank union ministry farmers party officials budget spending roads bridges "
            + "flooding highways north interest rates spring talks wages hospital harvest decade inquiry fire week "
            + "flights strike power homes vote reform tax drinks june river storm police school teachers prices "
            + "fuel train station mayor election report company workers factory village market water bridge port "
            + "ship oil gas energy plan city region border army trade deal coast airport doctors patients money").split(" ");

    @TempDir
    Path dir;

    private final Cleaner cleaner = new Cleaner(new RuleSet(List.of()));

    private static String sentence(SplittableRandom random) {
        StringBuilder text = new StringBuilder(Character.toUpperCase(WORDS[0].charAt(0)) + WORDS[0].substring(1));
        for (int w = 0; w < 10 + random.nextInt(8); w++) text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        return text.append('.').toString();
    }

    private static String story(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 3 + random.nextInt(3); p++) {
            for (int s = 0; s < 2 + random.nextInt(2); s++) text.append(sentence(random)).append(' ');
            text.append("\n\n");
        }
        return text.toString();
    }

    /** A copy, a brief (the first paragraphs) or a rewrite (a sentence changed) of a story. */
    private static String version(String story, SplittableRandom random) {
        String[] paragraphs = story.split("\n\n");
        return switch (random.nextInt(3)) {
            case 0 -> story;
            case 1 -> String.join("\n\n", List.of(paragraphs).subList(0, Math.max(1, paragraphs.length / 2)));
            default -> story.replaceFirst("\\.", ". " + sentence(random));
        };
    }

    private RunResult night(Path state, Deduplicator dedup, LocalDate today, List<String[]> docs) throws Exception {
        List<Decoded> decoded = new ArrayList<>();
        for (String[] d : docs) decoded.add(new Decoded(new RawDocument(d[0], d[0] + ".txt", Format.TEXT, d[1]), List.of()));
        try (StateStore store = new StateStore(state, today, WINDOW)) {
            store.storedPerBatch = storedPerBatch;
            RunResult result = new LocalRunner(new Decoder(), cleaner, dedup, 2, store).runDecoded(decoded, Progress.NONE);
            store.commit();
            return result;
        }
    }

    /** The whole window of a committed state, clustered from scratch. */
    private static List<Cluster> fromScratch(Path state, Deduplicator dedup, LocalDate today) throws Exception {
        try (StateStore store = new StateStore(state, today, WINDOW)) {
            return dedup.cluster(store.earlier(Set.of(), dedup.scheme()));
        }
    }

    /** The whole window's clusters as a committed state holds them. */
    private static List<Cluster> windowClusters(Path state, Deduplicator dedup, LocalDate today) throws Exception {
        try (StateStore store = new StateStore(state, today, WINDOW)) {
            return store.windowClusters(dedup.scheme());
        }
    }

    /** Stored documents read in one batch, the next read while one is verified; the default unless a test sets it. */
    private int storedPerBatch = WindowClustering.DEFAULT_STORED_PER_BATCH;

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 3, WindowClustering.DEFAULT_STORED_PER_BATCH})
    void nightsAgainstTheStateClusterAsTheWholeWindowFromScratch(int storedPerBatch) throws Exception {
        this.storedPerBatch = storedPerBatch;
        SplittableRandom random = new SplittableRandom(17);
        Path state = dir.resolve("state.sqlite");
        Deduplicator plain = new Deduplicator(DedupConfig.defaults());
        List<String> stories = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int joinedEarlier = 0;
        for (int n = 0; n < 6; n++) {
            LocalDate today = DAY.plusDays(8L * n);
            List<String[]> docs = new ArrayList<>();
            for (int d = 0; d < 25; d++) {
                String text;
                if (stories.isEmpty() || random.nextInt(3) == 0) {
                    text = story(random);
                    stories.add(text);
                } else {
                    text = version(stories.get(stories.size() - 1 - random.nextInt(Math.min(stories.size(), 40))),
                            random);
                }
                String id = String.format("n%d-%02d", n, d);
                docs.add(new String[] {id, text});
                ids.add(id);
            }
            if (n == 3) docs.add(new String[] {"n1-03", story(random)}); // comes back changed
            if (n == 4) docs.add(new String[] {"n3-05", docs.get(0)[1]}); // comes back as a copy of another
            // overrides change on night 2 and go again on night 5
            Deduplicator dedup = n >= 2 && n < 5 ? plain.withOverrides(new Overrides(
                    Set.of(Overrides.key("n0-03", "n1-23")), Set.of(Overrides.key("n1-00", "n1-01")))) : plain;

            List<Cluster> before = n == 0 ? List.of() : windowClusters(state, dedup, DAY.plusDays(8L * (n - 1)));
            RunResult result = night(state, dedup, today, docs);
            if (n == 4) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state)) {
                    var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM clusters WHERE run < 5");
                    assertThat(rs.getInt(1)).as("clusters of earlier nights kept as they were").isGreaterThan(5);
                }
            }

            List<Cluster> scratch = fromScratch(state, dedup, today);
            assertThat(windowClusters(state, dedup, today)).as("night %d: the window as stored", n).isEqualTo(scratch);
            Set<String> tonightIds = new java.util.HashSet<>();
            for (String[] d : docs) tonightIds.add(d[0]);
            assertThat(result.clusters()).as("night %d: the clusters it reports", n).isEqualTo(scratch.stream()
                    .filter(c -> c.members().stream().anyMatch(m -> tonightIds.contains(m.id())) || !before.contains(c))
                    .toList());
            if (n > 0) {
                assertThat(result.clusters()).as("night %d reports fewer clusters than the window holds", n)
                        .hasSizeLessThan(scratch.size());
            }
            String tonight = "n" + n;
            for (Cluster c : result.clusters()) {
                if (c.members().stream().anyMatch(m -> m.id().startsWith(tonight))
                        && c.members().stream().anyMatch(m -> !m.id().startsWith(tonight))) joinedEarlier++;
            }
        }
        assertThat(joinedEarlier).as("clusters joining a night's documents to earlier ones").isGreaterThan(5);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state)) {
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM documents WHERE id LIKE 'n0-%'");
            assertThat(rs.getInt(1)).as("night 0 aged out").isZero();
        }
    }

    @Test
    void aCanonicalThatAgedOutAndComesBackChangedLeavesItsOldClusterFormedAgain() throws Exception {
        SplittableRandom random = new SplittableRandom(29);
        Deduplicator dedup = new Deduplicator(DedupConfig.defaults());
        Path state = dir.resolve("state.sqlite");
        String story = story(random);
        String[] paragraphs = story.split("\n\n");
        String brief = String.join("\n\n", List.of(paragraphs).subList(0, paragraphs.length - 1));
        night(state, dedup, DAY, List.<String[]>of(new String[] {"canonical", story}));
        RunResult joined = night(state, dedup, DAY.plusDays(20), List.<String[]>of(
                new String[] {"brief-1", brief}, new String[] {"brief-2", brief + "\n\n" + sentence(random)}));
        assertThat(joined.clusters()).anyMatch(c -> c.canonical().equals("canonical") && c.size() == 3);

        // The canonical's first sighting is now outside the window; it is scraped again with other content.
        LocalDate later = DAY.plusDays(WINDOW.getDays() + 1);
        Path rebuilt = dir.resolve("rebuilt.sqlite");
        Files.copy(state, rebuilt);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + rebuilt); Statement st = c.createStatement()) {
            st.execute("DELETE FROM meta WHERE key='" + StateStore.META_DEDUP + "'");
        }
        List<String[]> changed = List.<String[]>of(new String[] {"canonical", story(random)});
        RunResult result = night(state, dedup, later, changed);

        assertThat(result.clusters()).isEqualTo(night(rebuilt, dedup, later, changed).clusters());
        assertThat(result.clusters()).noneMatch(c -> c.canonical().equals("canonical") && c.size() > 1)
                .anyMatch(c -> c.canonical().equals("brief-2") && c.size() == 2);
    }

    @Test
    void outputsOfAnIncrementalNightEqualThoseOfARebuiltOne() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        Deduplicator dedup = new Deduplicator(DedupConfig.defaults());
        List<String[]> first = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            String text = d % 3 == 0 || stories.isEmpty() ? story(random) : version(stories.get(random.nextInt(stories.size())), random);
            if (d % 3 == 0 || stories.isEmpty()) stories.add(text);
            first.add(new String[] {String.format("a%02d", d), text});
        }
        List<String[]> second = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            second.add(new String[] {String.format("b%02d", d), version(stories.get(random.nextInt(stories.size())), random)});
        }
        Path incremental = dir.resolve("incremental.sqlite");
        night(incremental, dedup, DAY, first);
        Path rebuilt = dir.resolve("rebuilt.sqlite");
        Files.copy(incremental, rebuilt);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + rebuilt); Statement st = c.createStatement()) {
            st.execute("DELETE FROM meta WHERE key='" + StateStore.META_DEDUP + "'");
        }

        RunResult a = night(incremental, dedup, DAY.plusDays(1), second);
        RunResult b = night(rebuilt, dedup, DAY.plusDays(1), second);

        new OutputFolder(dir.resolve("a")).write(a, true, java.util.Map.of());
        new OutputFolder(dir.resolve("b")).write(b, true, java.util.Map.of());
        for (String f : List.of(OutputFolder.DOCS, OutputFolder.CLUSTERS, OutputFolder.REPORT)) {
            assertThat(Files.readString(dir.resolve("a").resolve(f))).isEqualTo(Files.readString(dir.resolve("b").resolve(f)));
        }
        assertThat(a.clusters()).anyMatch(c -> c.size() > 1 && c.members().stream().anyMatch(m -> m.id().startsWith("a"))
                && c.members().stream().anyMatch(m -> m.id().startsWith("b")));
        // both states now hold the same pairs
        assertThat(edges(incremental)).isEqualTo(edges(rebuilt)).isNotEmpty();
    }

    @Test
    void aStateOfTheFirstSchemaIsMigratedAndRebuilt() throws Exception {
        Path state = dir.resolve("v1.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, first_seen TEXT NOT NULL,"
                    + " published TEXT, clean_hash TEXT NOT NULL, scheme TEXT NOT NULL, signature BLOB NOT NULL, "
                    + "shingles BLOB NOT NULL, token_count INTEGER NOT NULL, cluster TEXT, last_run INTEGER NOT NULL)");
            st.execute("CREATE TABLE clusters (id TEXT PRIMARY KEY, canonical TEXT NOT NULL, size INTEGER NOT NULL, "
                    + "run INTEGER NOT NULL)");
            st.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, as_of TEXT NOT NULL, documents INTEGER NOT NULL, "
                    + "fingerprinted INTEGER NOT NULL, reused INTEGER NOT NULL, earlier INTEGER NOT NULL, "
                    + "aged_out INTEGER NOT NULL)");
        }
        Deduplicator dedup = new Deduplicator(DedupConfig.defaults());
        String text = story(new SplittableRandom(1));
        var f = dedup.fingerprint("old", cleaner.clean(new RawDocument("old", "old.txt", Format.TEXT, text)).text(), null);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
             var ins = c.prepareStatement("INSERT INTO documents VALUES ('old','h','2024-02-20',NULL,'c',?,?,?,?,'old',1)")) {
            ins.setString(1, dedup.scheme().toString());
            ins.setBytes(2, StateStore.bytes(f.signature().values()));
            ins.setBytes(3, StateStore.bytes(f.shingles()));
            ins.setInt(4, f.tokenCount());
            ins.executeUpdate();
        }

        RunResult result = night(state, dedup, DAY, List.<String[]>of(new String[] {"new", text}));

        assertThat(result.clusters()).hasSize(1);
        assertThat(result.clusters().get(0).members()).extracting(m -> m.id()).containsExactlyInAnyOrder("new", "old");
        assertThat(edges(state)).hasSize(1);
    }

    @Test
    void aStateOfALaterSchemaIsRefusedAsAConfigurationError() throws Exception {
        Path state = dir.resolve("later.sqlite");
        try (StateStore store = new StateStore(state, DAY, WINDOW)) {
            assertThat(store.meta(StateStore.META_SCHEMA)).isEqualTo("3");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state); Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value='4' WHERE key='schema'");
        }
        assertThatThrownBy(() -> new StateStore(state, DAY, WINDOW)).isInstanceOf(StateException.class)
                .hasMessageContaining("schema 4").matches(e -> ((StateException) e).isConfiguration());
    }

    private static List<String> edges(Path state) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + state);
             var rs = c.createStatement().executeQuery("SELECT a, b, shared, jaccard FROM edges ORDER BY a, b")) {
            while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getDouble(4));
        }
        return out;
    }
}
