package wirewash.run;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import wirewash.clean.Cleaner;
import wirewash.dedup.Deduplicator;
import wirewash.internal.Validate;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.RawDocument;

/**
 * Cleans and fingerprints a few of the documents the furniture pre-pass decodes, on a thread of its own, and
 * throws the results away: the JIT then compiles the cleaning chain while the pre-pass waits on the disk for a
 * batch that is not in the page cache, instead of in the first minute of the cleaning pass, where compiling
 * competes with the workers for the cores (at 100k documents, the C2 compiler's ~20 s of CPU were mostly spent
 * there). Nothing it does reaches a result: verdicts do not depend on it (the rule set's memo of verdicts holds what
 * the texts alone decide), and the pre-pass hands documents over only when there is room, never waiting.
 */
final class WarmUp implements AutoCloseable {
    /** Documents warmed up at most: enough for the compiler to find the chain's hot methods. */
    static final int DEFAULT_DOCUMENTS = 2_000;
    /** At most one document in this many of a batch is warmed up: a small night does not clean a fifth twice. */
    static final int DEFAULT_BATCH_SHARE = 50;
    /** Documents waiting for the warm-up thread, at most; a document offered beyond it is not warmed up. */
    private static final int QUEUE = 16;
    private static final RawDocument STOP = new RawDocument("stop", "", Format.TEXT, "", Metadata.EMPTY);

    private final BlockingQueue<RawDocument> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile boolean stopped;
    /** Written by the warm-up thread only. */
    private volatile int warmed;

    private WarmUp(Cleaner cleaner, Deduplicator deduplicator, int documents) {
        thread = new Thread(() -> run(cleaner, deduplicator, documents), "wirewash-warm-up");
        thread.setDaemon(true);
    }

    /**
     * Starts warming up on documents of a batch of {@code batchSize} text inputs; none when the batch is too small
     * for one.
     *
     * @param deduplicator the dedup stage, or null when the run only cleans
     */
    static WarmUp start(Cleaner cleaner, Deduplicator deduplicator, int batchSize) {
        Validate.notNull(cleaner, "cleaner");
        int documents = Math.min(DEFAULT_DOCUMENTS, batchSize / DEFAULT_BATCH_SHARE);
        WarmUp warmUp = new WarmUp(cleaner, deduplicator, documents);
        if (documents > 0) warmUp.thread.start();
        else warmUp.stopped = true;
        return warmUp;
    }

    /** Hands a decoded document over, if the warm-up wants more and has room; never waits. */
    void offer(RawDocument document) {
        if (!stopped) queue.offer(document);
    }

    private void run(Cleaner cleaner, Deduplicator deduplicator, int documents) {
        try {
            while (warmed < documents && !stopped) {
                RawDocument document = queue.poll(100, TimeUnit.MILLISECONDS);
                if (document == null) continue;
                if (document == STOP) break;
                try {
                    CleanDocument clean = cleaner.clean(document);
                    if (deduplicator != null && !clean.paragraphs().isEmpty()) {
                        deduplicator.fingerprint(clean.id(), clean.text(), clean.metadata().published());
                    }
                } catch (RuntimeException e) {
                    // the cleaning pass meets this document again and records what went wrong on its result
                }
                warmed++; // this thread's alone: read by others once it has ended
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped = true;
            queue.clear();
        }
    }

    /** Documents cleaned (and fingerprinted) so far; all of them once {@link #close} has returned. */
    int warmed() {
        return warmed;
    }

    /** Stops warming up, at the end of the pre-pass, and waits for the document in hand. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        queue.offer(STOP);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
