package wirewash.run;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import wirewash.internal.Validate;
import wirewash.state.StateException;
import wirewash.state.StateStore;

/**
 * A state's commit whose rows are written on a thread of their own while the run writes its outputs, and committed
 * only once the outputs are written: a run whose outputs fail leaves the state as it was, as when the whole commit
 * came after the outputs, but a night no longer waits for the two one after the other. Until {@link #commit} or
 * {@link #abandon} returns, nothing else may use the store.
 */
public final class BackgroundCommit {
    private final StateStore store;
    private final FutureTask<Void> rows;

    private BackgroundCommit(StateStore store) {
        this.store = store;
        this.rows = new FutureTask<>(() -> {
            store.prepareCommit();
            return null;
        });
    }

    /** Starts writing the store's staged run ({@link StateStore#prepareCommit}) on a new thread. */
    public static BackgroundCommit start(StateStore store) {
        BackgroundCommit commit = new BackgroundCommit(Validate.notNull(store, "store"));
        Thread thread = new Thread(commit.rows, "wirewash-state-commit");
        thread.setDaemon(true);
        thread.start();
        return commit;
    }

    /** Waits for the rows, then commits them; a failure to write them is thrown as it was raised. */
    public void commit() throws StateException {
        awaitRows();
        store.commit();
    }

    /**
     * Waits for the rows and discards them, after the outputs failed with {@code cause}: the state stays as it was.
     * A failure to write or discard them is added to {@code cause} as suppressed (unless it is {@code cause} itself).
     */
    public void abandon(Throwable cause) {
        try {
            awaitRows();
            store.rollback();
        } catch (StateException | RuntimeException | Error e) {
            // the JVM may hand both threads one shared OutOfMemoryError, which cannot suppress itself
            if (e != cause) cause.addSuppressed(e);
        }
    }

    private void awaitRows() throws StateException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    rows.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the store is in use until the rows are written: wait on
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StateException s) throw s;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new StateException("cannot write state: " + cause, cause);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
