package wirewash.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs a step whose parallel streams must stay within the run's {@code --threads}: a parallel stream started
 * inside a fork-join pool's task runs on that pool, not on the JVM's shared one.
 */
final class WorkerPool {
    private WorkerPool() {
    }

    /** A step that may throw an I/O error. */
    interface Step<T> {
        T run() throws IOException;
    }

    /** Runs {@code step} on a pool of {@code threads} fork-join workers and returns its result. */
    static <T> T within(int threads, Step<T> step) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                try {
                    return step.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) throw io.getCause();
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException("step failed: " + cause, cause);
        } finally {
            pool.shutdown();
        }
    }
}
