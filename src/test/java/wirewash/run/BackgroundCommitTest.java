package wirewash.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.state.StateException;
import wirewash.state.StateStore;

class BackgroundCommitTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final String STORY = "Protests over soaring fuel prices erupted in the oil-rich nation of 19 "
            + "million and quickly spread across the country, with political slogans reflecting wider discontent.";
    private final Deduplicator dedup = new Deduplicator(DedupConfig.defaults());

    @TempDir
    Path dir;

    private StateStore.Entry entry(String id, String cleanHash) {
        return new StateStore.Entry(dedup.fingerprint(id, STORY, null), cleanHash);
    }

    @Test
    void theRowsWrittenInTheBackgroundAreInTheStateOnceCommitted() throws Exception {
        Path state = dir.resolve("state.sqlite");
        try (StateStore store = new StateStore(state, DAY, Period.ofDays(30))) {
            store.stage(List.of(entry("a", "h1"), entry("b", "h2")), List.of());
            BackgroundCommit commit = BackgroundCommit.start(store);
            commit.commit();
        }
        assertThat(ids(state)).containsExactly("a", "b");
    }

    @Test
    void abandonedRowsLeaveTheStateAsItWasAndTheOutputsFailureUntouched() throws Exception {
        Path state = dir.resolve("state.sqlite");
        try (StateStore store = new StateStore(state, DAY, Period.ofDays(30))) {
            store.stage(List.of(entry("a", "h1")), List.of());
            store.commit();
            store.stage(List.of(entry("b", "h2")), List.of());
            Exception outputsFailed = new java.io.IOException("disk full");
            BackgroundCommit.start(store).abandon(outputsFailed);
            assertThat(outputsFailed.getSuppressed()).isEmpty();
        }
        assertThat(ids(state)).containsExactly("a");
    }

    @Test
    void rowsThatCannotBeWrittenFailTheCommitAsRaisedOrJoinTheOutputsFailure() throws Exception {
        Path state = dir.resolve("state.sqlite");
        try (StateStore store = new StateStore(state, DAY, Period.ofDays(30))) {
            // a null content hash violates NOT NULL half-way through the rows
            store.stage(List.of(entry("a", "h1"), entry("b", null)), List.of());
            assertThatThrownBy(() -> BackgroundCommit.start(store).commit()).isInstanceOf(StateException.class)
                    .hasMessageContaining("cannot write state");
            Exception outputsFailed = new java.io.IOException("disk full");
            BackgroundCommit.start(store).abandon(outputsFailed);
            assertThat(outputsFailed.getSuppressed()).singleElement().isInstanceOf(StateException.class);
        }
        assertThat(ids(state)).isEmpty();
    }

    @Test
    void aStoreWithNothingStagedFailsOnTheCallersThread() throws Exception {
        try (StateStore store = new StateStore(dir.resolve("state.sqlite"), DAY, Period.ofDays(30))) {
            assertThatThrownBy(() -> BackgroundCommit.start(store).commit())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing staged");
        }
    }

    /** Staged entries whose writing fails with {@code error} at the second entry, as running out of heap would. */
    private List<StateStore.Entry> failingAtSecond(Error error) {
        List<StateStore.Entry> entries = List.of(entry("b", "h2"), entry("c", "h3"));
        return new java.util.AbstractList<>() {
            @Override
            public StateStore.Entry get(int index) {
                if (index == 1) throw error;
                return entries.get(index);
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    @Test
    void anErrorOnTheRowsThreadIsThrownAsItselfByCommitAndTheStateStaysAsItWas() throws Exception {
        Path state = dir.resolve("state.sqlite");
        OutOfMemoryError heap = new OutOfMemoryError("Java heap space");
        try (StateStore store = new StateStore(state, DAY, Period.ofDays(30))) {
            store.stage(List.of(entry("a", "h1")), List.of());
            store.commit();
            store.stage(failingAtSecond(heap), List.of());
            // thrown as itself, so that Main still maps it to exit code 5
            assertThatThrownBy(() -> BackgroundCommit.start(store).commit()).isSameAs(heap);
        }
        // the half-written transaction is discarded when the store is closed
        assertThat(ids(state)).containsExactly("a");
    }

    @Test
    void rowsThatFailWithTheOutputsOwnErrorLeaveItAsItWas() throws Exception {
        // the JVM may hand both threads one shared OutOfMemoryError: it cannot suppress itself
        Path state = dir.resolve("state.sqlite");
        OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
        try (StateStore store = new StateStore(state, DAY, Period.ofDays(30))) {
            store.stage(List.of(entry("a", "h1")), List.of());
            store.commit();
            store.stage(failingAtSecond(shared), List.of());
            BackgroundCommit.start(store).abandon(shared);
            assertThat(shared.getSuppressed()).isEmpty();
        }
        assertThat(ids(state)).containsExactly("a");
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
