package wirewash.run;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import wirewash.internal.Validate;

/**
 * Reads items {@code 0..count-1} a window ahead of the workers that take them, on threads of its own, so that
 * reading many small files from disk waits on several requests at once instead of one per worker: on this
 * project's 2-core VM, 8 reading threads read a cold million 5 KB files in 39 s where the 2 workers alone took
 * about 100 s. The items are meant to be I/O only (a file's bytes): whatever CPU they cost is spent outside the
 * workers' count.
 *
 * <p>Workers take items in about ascending order, each index once; {@link #take} keeps up to {@code window}
 * items past the highest index taken in flight, so the memory held is that of {@code window} items. A read that
 * throws rethrows from {@link #take}. With no reading threads, {@link #take} reads the item itself. Thread-safe.
 */
final class ReadAhead<T> implements AutoCloseable {
    private final int count;
    private final IntFunction<T> read;
    private final java.util.function.IntPredicate reads;
    private final int window;
    private final ExecutorService pool;
    /** Reads submitted and not yet taken, by index; guarded by this. */
    private final Map<Integer, Future<T>> pending = new HashMap<>();
    /** The next index to submit; guarded by this. */
    private int next;

    /**
     * @param count   items, indexed from 0
     * @param read    reads the item at an index
     * @param threads reading threads, or 0 to read each item in {@link #take}
     * @param window  items read ahead of the highest index taken
     */
    ReadAhead(int count, IntFunction<T> read, int threads, int window) {
        this(count, read, index -> true, threads, window);
    }

    /**
     * A read-ahead of the items that have something to read: an item {@code reads} rules out is null, taken
     * without a task (a container's record, read again on the worker, or an input held decoded): a task per item
     * would hand each of a million records from thread to thread for nothing.
     *
     * @param reads whether the item at an index has anything to read
     */
    ReadAhead(int count, IntFunction<T> read, java.util.function.IntPredicate reads, int threads, int window) {
        this.count = Validate.atLeast(count, 0, "count");
        this.read = Validate.notNull(read, "read");
        this.reads = Validate.notNull(reads, "reads");
        Validate.atLeast(threads, 0, "threads");
        this.window = Validate.positive(window, "window");
        this.pool = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "wirewash-reader");
            thread.setDaemon(true);
            return thread;
        });
        if (pool == null) return;
        synchronized (this) {
            submitUpTo(Math.min(count, window));
        }
    }

    /** The item at {@code index}, waiting for its read; each index is taken once. */
    T take(int index) {
        Validate.isTrue(index >= 0 && index < count, "index out of range");
        if (pool == null) return read.apply(index);
        if (!reads.test(index)) return null;
        Future<T> future;
        synchronized (this) {
            submitUpTo((int) Math.min(count, (long) index + 1 + window));
            future = pending.remove(index);
        }
        Validate.isTrue(future != null, "index already taken");
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("read interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }

    private void submitUpTo(int end) {
        while (next < end) {
            int index = next++;
            if (reads.test(index)) pending.put(index, pool.submit(() -> read.apply(index)));
        }
    }

    /** Stops the reading threads; reads not yet taken are abandoned. */
    @Override
    public void close() {
        if (pool == null) return;
        pool.shutdownNow();
        synchronized (this) {
            pending.clear();
        }
    }
}
