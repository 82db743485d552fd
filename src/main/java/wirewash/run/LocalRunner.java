package wirewash.run;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import wirewash.clean.BatchFurniture;
import wirewash.clean.Cleaner;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.ShingleSource;
import wirewash.internal.Validate;
import wirewash.model.CleanDocument;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;
import wirewash.model.DocumentResult;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;
import wirewash.model.RawDocument;
import wirewash.source.Container;
import wirewash.source.ContainerReader;
import wirewash.source.Decoded;
import wirewash.source.Decoder;
import wirewash.source.InputFile;
import wirewash.source.InputWalker;
import wirewash.state.StateStore;

/**
 * Drives the core over local files: lists the inputs, then reads, decodes, cleans and fingerprints them on a
 * pool of threads, clusters the fingerprints, and returns every document's result sorted by id. The output does
 * not depend on the number of threads or the order inputs were named in. A document that fails is recorded on
 * its result; only a missing input root stops the run (as {@link wirewash.source.InputException}).
 *
 * <p>With a {@link StateStore}, a document whose content and clean text are unchanged since an earlier run gets
 * its stored fingerprint instead of a new one, earlier documents still in the state's window are clustered with
 * this run's, and the run's documents and clusters are staged for the caller to commit once outputs are written.
 */
public final class LocalRunner {
    /**
     * Share of the maximum heap that decoded inputs (text files from the furniture pass, containers' records from
     * their naming) may take while they wait for the cleaning pass (one sixteenth: 256 MB in {@code -Xmx4g}, a
     * night's 10,000 pages whole), counted at two bytes a char.
     */
    public static final int DEFAULT_HELD_HEAP_DIVISOR = 16;
    /**
     * Threads that read input files ahead of the workers (I/O only; decoding stays on the workers): several disk
     * requests in flight at once read a cold folder of small files two to three times as fast as one per worker.
     */
    public static final int DEFAULT_READ_THREADS = 8;
    /** Input files read ahead of the workers, at most (64 × {@link #DEFAULT_READ_AHEAD_MAX_BYTES} at worst). */
    public static final int DEFAULT_READ_WINDOW = 64;
    /** Files larger than this are read by the worker that decodes them, not ahead: the window's memory stays small. */
    public static final int DEFAULT_READ_AHEAD_MAX_BYTES = 1024 * 1024;
    /** A container's records decoded together on the worker threads (a chunk's records are held at once). */
    public static final int DEFAULT_RECORDS_PER_CHUNK = 256;
    /** A chunk ends sooner once its records hold this many bytes (a WARC's records may be megabytes each). */
    public static final long DEFAULT_RECORD_CHUNK_BYTES = 64L * 1024 * 1024;

    private final Decoder decoder;
    private final Cleaner cleaner;
    private final Deduplicator deduplicator;
    private final int threads;
    private final StateStore state;
    private final Path spoolDirectory;
    private final long heldChars;
    private final int readThreads;

    /**
     * @param cleaner      the cleaning chain
     * @param deduplicator the dedup stage, or null to only clean
     * @param threads      worker threads for reading, cleaning and fingerprinting
     */
    public LocalRunner(Decoder decoder, Cleaner cleaner, Deduplicator deduplicator, int threads) {
        this(decoder, cleaner, deduplicator, threads, null);
    }

    /** @param state the state of earlier runs, or null to run on this input alone; used only with dedup */
    public LocalRunner(Decoder decoder, Cleaner cleaner, Deduplicator deduplicator, int threads, StateStore state) {
        this(decoder, cleaner, deduplicator, threads, state, Path.of(System.getProperty("java.io.tmpdir")),
                Runtime.getRuntime().maxMemory() / DEFAULT_HELD_HEAP_DIVISOR / Character.BYTES,
                DEFAULT_READ_THREADS);
    }

    private LocalRunner(Decoder decoder, Cleaner cleaner, Deduplicator deduplicator, int threads, StateStore state,
                        Path spoolDirectory, long heldChars, int readThreads) {
        this.decoder = Validate.notNull(decoder, "decoder");
        this.cleaner = Validate.notNull(cleaner, "cleaner");
        this.deduplicator = deduplicator;
        this.threads = Validate.positive(threads, "threads");
        this.state = deduplicator == null ? null : state;
        this.spoolDirectory = Validate.notNull(spoolDirectory, "spoolDirectory");
        this.heldChars = Validate.atLeast(heldChars, 0, "heldChars");
        this.readThreads = Validate.atLeast(readThreads, 0, "readThreads");
    }

    /**
     * This runner, spooling clean documents into a temp file in {@code directory} (default: the system's temp
     * folder) until the outputs are written.
     */
    public LocalRunner withSpoolDirectory(Path directory) {
        return new LocalRunner(decoder, cleaner, deduplicator, threads, state, directory, heldChars, readThreads);
    }

    /**
     * This runner, keeping at most {@code chars} chars of decoded inputs from the furniture pass (text files) and
     * from the naming of containers' records for the cleaning pass (default: {@link #DEFAULT_HELD_HEAP_DIVISOR});
     * 0 reads every input twice.
     */
    public LocalRunner withHeldChars(long chars) {
        return new LocalRunner(decoder, cleaner, deduplicator, threads, state, spoolDirectory, chars, readThreads);
    }

    /**
     * This runner, reading input files on {@code readThreads} threads of their own ahead of the workers (default:
     * {@link #DEFAULT_READ_THREADS}); 0 reads each file on the worker that decodes it.
     */
    public LocalRunner withReadThreads(int readThreads) {
        return new LocalRunner(decoder, cleaner, deduplicator, threads, state, spoolDirectory, heldChars,
                readThreads);
    }

    /**
     * Runs over every input file found under the roots. A WARC or JSON-lines file's records are read once, here,
     * named, and counted for the batch's furniture; the first are kept decoded for cleaning within the held chars,
     * and past them a record that knows where it lies in its container (an uncompressed JSON-lines file's line, a
     * WARC's record) is read from there again when it is cleaned, any other waits in a spool of its own until it
     * is. So a container is held a chunk of records at a time, and a batch of them as its ids and sources.
     */
    public RunResult run(List<Path> roots, Progress progress) {
        long start = System.nanoTime();
        InputWalker.Listing listing = new InputWalker().list(roots);
        List<Input> inputs = new ArrayList<>();
        // Ids name clean/ files and docs.jsonl lines, so they are unique: the listing made files' ids so; a
        // container's document whose id is taken (by a file, or by an earlier record) is renamed, as a file is.
        Set<String> taken = new HashSet<>();
        for (InputFile file : listing.files()) if (file.container() == Container.NONE) taken.add(file.id());
        ContainerInputs containers = new ContainerInputs(taken, inputs);
        long reading = System.nanoTime();
        try {
            for (InputFile file : listing.files()) {
                if (file.container() == Container.NONE) {
                    inputs.add(new Input(file.id(), file.path().toString(), file.format(), file, null, false));
                } else {
                    containers.add(file);
                }
            }
        } catch (RuntimeException | Error e) {
            containers.close();
            throw e;
        }
        reading = System.nanoTime() - reading;
        return process(inputs, containers, reading, listing.skipped().size(), listing.problems(), progress,
                start);
    }

    /**
     * Containers' records on their way to inputs, a chunk at a time: decoded on the worker threads while the next
     * chunk is read, a text record's blocks counted there for the batch's furniture (so the furniture pass need
     * not read containers again), then named (a taken id renamed, a failure given its position) in file order.
     * A named record is then kept for the cleaning pass while the held budget lasts; past it, a located record is
     * let go, to be read again from its container, and any other is spooled, on the workers again.
     */
    private final class ContainerInputs implements AutoCloseable {
        private final ContainerReader reader = new ContainerReader(decoder);
        private final ContainerReader.Rereader rereader = reader.rereader();
        private final Set<String> taken;
        private final List<Input> inputs;
        private final List<ContainerReader.Record> chunk = new ArrayList<>();
        /** The threads that decode and count; made with the first chunk. */
        private java.util.concurrent.ForkJoinPool workers;
        /** Furniture counted by each worker thread (a builder is fed from one thread only). */
        private final Map<Thread, BatchFurniture.Builder> counts = new java.util.concurrent.ConcurrentHashMap<>();
        /** Records kept decoded for the cleaning pass, by input position; each is taken once. */
        private final Map<Integer, Decoded> held = new java.util.concurrent.ConcurrentHashMap<>();
        private long heldSoFar;
        /** The chunk being decoded while the next one is read, and its records; null when there is none. */
        private Future<List<Decoded>> decoding;
        private List<ContainerReader.Record> decodingRecords;
        /** Where records that cannot be read again wait; made when the first one comes. */
        private DocumentSpool spool;
        private InputFile file;
        /** The file's results named so far, blank lines not counted. */
        private int position;
        /** The bytes the chunk's records hold. */
        private long chunkBytes;

        ContainerInputs(Set<String> taken, List<Input> inputs) {
            this.taken = taken;
            this.inputs = inputs;
        }

        void add(InputFile container) {
            file = container;
            position = 0;
            reader.forEachRecord(container, this::add);
            flush();
            name();
        }

        private void add(ContainerReader.Record record) {
            chunk.add(record);
            chunkBytes += record.bytes();
            if (chunk.size() == DEFAULT_RECORDS_PER_CHUNK || chunkBytes >= DEFAULT_RECORD_CHUNK_BYTES) flush();
        }

        /** Names the chunk decoded before, then hands this one to the workers and goes on reading. */
        private void flush() {
            if (chunk.isEmpty()) return;
            List<ContainerReader.Record> records = List.copyOf(chunk);
            chunk.clear();
            chunkBytes = 0;
            name();
            if (workers == null) workers = new java.util.concurrent.ForkJoinPool(threads);
            decodingRecords = records;
            decoding = workers.submit(() -> IntStream.range(0, records.size()).parallel()
                    .mapToObj(i -> decodeAndCount(records.get(i))).toList());
        }

        /** The record decoded; a text document's blocks are counted for the batch's furniture on this thread. */
        private Decoded decodeAndCount(ContainerReader.Record record) {
            Decoded decoded = record.decode();
            if (decoded != null && decoded.ok() && decoded.document().format() == Format.TEXT) {
                cleaner.countFurniture(decoded.document(),
                        counts.computeIfAbsent(Thread.currentThread(), thread -> BatchFurniture.builder()));
            }
            return decoded;
        }

        /** Names the chunk the workers decoded last, in file order, and makes its records inputs. */
        private void name() {
            if (decoding == null) return;
            List<Decoded> decoded = awaited(decoding);
            List<ContainerReader.Record> records = decodingRecords;
            decoding = null;
            decodingRecords = null;
            List<Decoded> named = new ArrayList<>(decoded.size());
            List<String> ids = new ArrayList<>(decoded.size());
            List<ContainerReader.Location> locations = new ArrayList<>(decoded.size());
            List<Boolean> kept = new ArrayList<>(decoded.size());
            for (int i = 0; i < decoded.size(); i++) {
                Decoded given = decoded.get(i);
                if (given == null) continue; // a blank line
                position++;
                Decoded d = given.ok() ? withUniqueId(given, taken) : given;
                String id = d.ok() ? d.document().id() : file.id() + ContainerReader.POSITION_SEPARATOR + position;
                taken.add(id);
                named.add(d);
                ids.add(id);
                long chars = d.ok() ? d.document().content().length() : 0;
                boolean keep = d.ok() && heldSoFar + chars <= heldChars;
                if (keep) heldSoFar += chars;
                kept.add(keep);
                // a failure (its problems alone) is spooled: read again, it would fail again
                locations.add(d.ok() ? records.get(i).location() : null);
            }
            boolean spooling = false;
            for (int i = 0; i < named.size(); i++) spooling |= !kept.get(i) && locations.get(i) == null;
            if (spool == null && spooling) spool = new DocumentSpool(spoolDirectory);
            List<DocumentSpool.Slot> slots = !spooling ? java.util.Collections.nCopies(named.size(), null)
                    : awaited(workers.submit(() -> IntStream.range(0, named.size()).parallel()
                            .mapToObj(i -> kept.get(i) || locations.get(i) != null ? null
                                    : spool.appendInput(named.get(i))).toList()));
            InputFile container = file;
            for (int i = 0; i < named.size(); i++) {
                Decoded d = named.get(i);
                String id = ids.get(i);
                ContainerReader.Location at = locations.get(i);
                DocumentSpool.Slot slot = slots.get(i);
                String source = d.ok() ? d.document().source() : container.path().toString();
                int index = inputs.size();
                Supplier<Decoded> read;
                if (kept.get(i)) {
                    held.put(index, d);
                    read = () -> held.remove(index);
                } else if (at != null) {
                    read = () -> renamed(rereader.reread(container, at), id);
                } else {
                    read = () -> spool.readInput(slot);
                }
                inputs.add(new Input(id, source, d.ok() ? d.document().format() : container.format(), null, read,
                        true));
            }
        }

        /** The chars of decoded records kept for the cleaning pass. */
        long heldSoFar() {
            return heldSoFar;
        }

        /**
         * The furniture counted in the containers' text records, a builder per worker thread, handed over (the
         * counting's time is the naming's, in the read stage).
         */
        List<BatchFurniture.Builder> furniture() {
            List<BatchFurniture.Builder> shares = new ArrayList<>(counts.values());
            counts.clear();
            return shares;
        }

        /**
         * Lets the containers, the records kept and the spool go, once every input is cleaned; closing twice is
         * harmless.
         */
        @Override
        public void close() {
            if (workers != null) workers.shutdownNow();
            held.clear();
            rereader.close();
            if (spool != null) spool.close();
        }
    }

    /** What a task on worker threads gave; a failure of theirs thrown on here. */
    private static <T> T awaited(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The document, renamed {@code id~2}, {@code id~3}… (the first free) with a warning when another input has
     * its id already; its id is then taken.
     */
    private static Decoded withUniqueId(Decoded d, Set<String> taken) {
        String given = d.document().id();
        if (taken.add(given)) return d;
        String id;
        int n = 2;
        while (!taken.add(id = given + InputWalker.DUPLICATE_SEPARATOR + n)) n++;
        return renamed(d, id);
    }

    /** The document as {@code id}, with a warning, when its own id is another (a failure as it is). */
    private static Decoded renamed(Decoded d, String id) {
        if (!d.ok() || d.document().id().equals(id)) return d;
        RawDocument raw = d.document();
        List<Problem> problems = new ArrayList<>(d.problems());
        problems.add(Problem.warning("read", "id '" + raw.id() + "' is already used by another input; this one is '"
                + id + "'"));
        return new Decoded(new RawDocument(id, raw.source(), raw.format(), raw.content(), raw.known()), problems);
    }

    /** Runs over documents already decoded (standard input, tests). */
    public RunResult runDecoded(List<Decoded> documents, Progress progress) {
        List<Input> inputs = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Decoded given : documents) {
            Validate.isTrue(given.ok(), "runDecoded takes decoded documents only");
            Decoded d = withUniqueId(given, taken);
            inputs.add(new Input(d.document().id(), d.document().source(), d.document().format(), null, () -> d,
                    false));
        }
        return process(inputs, null, 0, 0, List.of(), progress, System.nanoTime());
    }

    /**
     * @param containers    the containers' records (closed here once they are cleaned), or null when there are none
     * @param recordsNanos  the time taken to read and name the containers' records (part of the read stage)
     */
    private RunResult process(List<Input> inputs, ContainerInputs containers, long recordsNanos, int skipped,
                              List<Problem> listingProblems, Progress progress, long start) {
        try {
            return runInputs(inputs, containers, recordsNanos, skipped, listingProblems, progress, start);
        } finally {
            if (containers != null) containers.close(); // again after a failure; closing twice is harmless
        }
    }

    /** @param containers the containers' records, closed once every input is cleaned; null when there are none */
    private RunResult runInputs(List<Input> inputs, ContainerInputs containers, long recordsNanos, int skipped,
                                List<Problem> listingProblems, Progress progress, long start) {
        StageTimes times = new StageTimes();
        if (recordsNanos > 0) times.add("read", recordsNanos);
        if (state != null && deduplicator != null) {
            long t = System.nanoTime();
            state.expect(inputs.stream().map(Input::id).toList());
            times.add("read", System.nanoTime() - t);
        }
        // text inputs the furniture pass decoded, kept for the cleaning pass within heldChars
        Decoded[] held = new Decoded[inputs.size()];
        Cleaner batchCleaner = containers == null ? withBatchFurniture(inputs, held, List.of(), heldChars, times)
                : withBatchFurniture(inputs, held, containers.furniture(), heldChars - containers.heldSoFar(),
                times);
        DocumentSpool spool = new DocumentSpool(spoolDirectory);
        // Shingles (8 bytes a word, more than the clean documents) have a spool of their own, freed once the
        // pairs are verified when no state will read them back: the writing of the outputs then reads the clean
        // documents back from the page cache, not from a disk the shingles pushed them out to.
        DocumentSpool shingleSpool = deduplicator != null && !deduplicator.isPlain()
                ? new DocumentSpool(spoolDirectory) : null;
        DocumentSpool keptShingles = null;
        try { // the spools are the result's to close from here on; a run that fails closes them itself
            List<Item> items = cleanAll(inputs, held, batchCleaner, spool, shingleSpool, times, progress);
            if (containers != null) containers.close(); // their records are read no more

            List<Cluster> clusters = List.of();
            if (deduplicator != null) {
                long t = System.nanoTime();
                List<Fingerprint> prints = new ArrayList<>();
                Map<String, DocumentSpool.Slot> shingleSlots = new HashMap<>();
                for (Item item : items) {
                    if (item.fingerprint == null) continue;
                    prints.add(item.fingerprint);
                    if (item.shingles != null) shingleSlots.put(item.id, item.shingles);
                }
                ShingleSource shingles = document -> {
                    DocumentSpool.Slot slot = shingleSlots.get(document.id());
                    return slot != null ? shingleSpool.readShingles(slot) : document.shingles();
                };
                if (state != null && deduplicator.isPlain()) {
                    java.util.Set<String> ids = new java.util.HashSet<>();
                    for (Item item : items) ids.add(item.id);
                    // the plain approach needs fingerprints whole, and clusters the window whole
                    prints.addAll(state.earlier(ids, deduplicator.scheme()));
                }
                try {
                    // pairs are verified on parallel streams: within --threads, not the JVM's shared pool
                    clusters = WorkerPool.within(threads, () -> state != null && !deduplicator.isPlain()
                            ? state.cluster(deduplicator, prints, shingles)
                            : deduplicator.cluster(prints, shingles));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (state != null) {
                    state.stage(stateEntries(items, shingleSpool), clusters);
                    keptShingles = shingleSpool; // the state reads them when it commits
                }
                times.add("cluster", System.nanoTime() - t);
            }
            if (shingleSpool != null && keptShingles == null) shingleSpool.close();
            SpooledResults results = assemble(spool, keptShingles, items, clusters);
            return new RunResult(results, clusters, skipped, listingProblems, times.millis(),
                    (System.nanoTime() - start) / 1e6);
        } catch (RuntimeException | Error e) {
            spool.close();
            if (shingleSpool != null) shingleSpool.close();
            throw e;
        }
    }

    /**
     * Pre-pass: reads every text input once to count its blocks over the batch, so that the cleaner can remove
     * what the batch repeats (site furniture). HTML inputs are not parsed twice and take no part. The decoded
     * inputs nearest the batch's start are kept in {@code held} (by input position), up to {@code budget} chars
     * in all, so that the cleaning pass need not read and decode them again: a night's batch whole, the first
     * documents of a larger one. Inputs counted already (containers' records, as they were named) are not read.
     *
     * @param counted the furniture counted already (merged here, each let go once added)
     * @param budget  the chars of decoded inputs this pass may keep
     */
    private Cleaner withBatchFurniture(List<Input> inputs, Decoded[] held, List<BatchFurniture.Builder> counted,
                                       long budget, StageTimes times) {
        long t = System.nanoTime();
        int[] text = IntStream.range(0, inputs.size())
                .filter(i -> inputs.get(i).format() == Format.TEXT && !inputs.get(i).counted()).toArray();
        // Each worker counts the inputs it takes; counts add up the same in any order. Last input first: the
        // cleaning pass then starts on the files read here last, which the page cache still holds, and reads them
        // before the spool's writes push them out (going first to last both times, a batch larger than the cache
        // was read from disk twice), and it still writes the spool in input order, which later stages read.
        long shareChars = budget / threads;
        int m = text.length;
        AtomicInteger taken = new AtomicInteger();
        List<BatchFurniture.Builder> shares;
        try (ReadAhead<Decoder.Stored> ahead = new ReadAhead<>(m, s -> fetch(inputs.get(text[m - 1 - s])),
                s -> readsAhead(inputs.get(text[m - 1 - s])), readThreads, DEFAULT_READ_WINDOW)) {
            shares = onPool(threads, share -> {
                BatchFurniture.Builder builder = BatchFurniture.builder();
                // this share's decoded inputs by position; past its budget, the one furthest from the start goes
                java.util.TreeMap<Integer, Decoded> kept = new java.util.TreeMap<>();
                long keptChars = 0;
                for (int s; (s = taken.getAndIncrement()) < m; ) {
                    int position = text[m - 1 - s];
                    Decoded decoded = decode(inputs.get(position), ahead.take(s));
                    if (!decoded.ok()) continue;
                    cleaner.countFurniture(decoded.document(), builder);
                    kept.put(position, decoded);
                    keptChars += decoded.document().content().length();
                    while (keptChars > shareChars && !kept.isEmpty()) {
                        keptChars -= kept.pollLastEntry().getValue().document().content().length();
                    }
                }
                for (Map.Entry<Integer, Decoded> e : kept.entrySet()) held[e.getKey()] = e.getValue();
                return builder;
            });
        }
        // into the first share, each other share let go once added: a table per distinct block is the pre-pass's
        // largest holding, and a fresh builder beside the shares would hold the batch's blocks once more
        // (the containers' shares among them: the caller keeps no reference to its list, nor does this frame)
        shares = new ArrayList<>(shares);
        shares.addAll(counted);
        counted = null;
        BatchFurniture.Builder all = shares.get(0);
        for (int i = 1; i < shares.size(); i++) {
            all.merge(shares.get(i));
            shares.set(i, null);
        }
        times.add("furniture", System.nanoTime() - t);
        return cleaner.withFurniture(all.build());
    }

    /** Runs {@code task(0..tasks-1)} on the runner's worker threads and returns the results in task order. */
    private <T> List<T> onPool(int tasks, java.util.function.IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "wirewash-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> results = new ArrayList<>(tasks);
            for (Future<T> future : futures) results.add(future.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Item> cleanAll(List<Input> inputs, Decoded[] held, Cleaner cleaner, DocumentSpool spool,
                                DocumentSpool shingleSpool, StageTimes times, Progress progress) {
        int total = inputs.size();
        AtomicInteger done = new AtomicInteger();
        List<Item> items;
        // a held input needs no reading: its read is null, and the worker takes the held one
        try (ReadAhead<Decoder.Stored> ahead = new ReadAhead<>(total, i -> fetch(inputs.get(i)),
                i -> held[i] == null && readsAhead(inputs.get(i)), readThreads, DEFAULT_READ_WINDOW)) {
            items = onPool(total, i -> {
                Item item = processOne(inputs.get(i), () -> {
                    Decoder.Stored stored = ahead.take(i);
                    Decoded kept = held[i];
                    held[i] = null; // the held text goes once its document is cleaned
                    return kept != null ? kept : decode(inputs.get(i), stored);
                }, cleaner, spool, shingleSpool, times);
                progress.update(done.incrementAndGet(), total);
                return item;
            });
        }
        progress.finish();
        return items;
    }

    /**
     * What the reading threads read for an input: a file's bytes, or null for an input to decode on the worker
     * (a container's document, a file over {@link #DEFAULT_READ_AHEAD_MAX_BYTES}).
     */
    private Decoder.Stored fetch(Input input) {
        return readsAhead(input) ? decoder.read(input.file(), Math.min(DEFAULT_READ_AHEAD_MAX_BYTES,
                decoder.maxBytes())) : null;
    }

    /** Whether the reading threads read an input: a file (a container's record is read on the worker). */
    private boolean readsAhead(Input input) {
        return input.file() != null && readThreads > 0;
    }

    /** The input decoded: a file from the bytes read ahead, or read whole now when there are none. */
    private Decoded decode(Input input, Decoder.Stored stored) {
        InputFile file = input.file();
        if (file == null) return input.decoded().get();
        Decoder.Stored read = stored != null ? stored : decoder.read(file, decoder.maxBytes());
        return withListingProblems(decoder.decode(file, read), file);
    }

    /**
     * Reads, cleans and fingerprints one input, and spools its clean document: what is kept in memory is the
     * document's {@link Item}, not its text.
     *
     * @param decoding     the input decoded (held from the furniture pass, read ahead, or read now)
     * @param shingleSpool where its shingles wait for the candidate pairs; null when they stay on its fingerprint
     */
    private Item processOne(Input input, Supplier<Decoded> decoding, Cleaner cleaner, DocumentSpool spool,
                            DocumentSpool shingleSpool, StageTimes times) {
        long t0 = System.nanoTime();
        Decoded decoded = decoding.get();
        long t1 = System.nanoTime();
        times.add("read", t1 - t0);
        if (!decoded.ok()) {
            CleanDocument failed = failedDocument(input, decoded);
            return Item.of(failed, spool.append(failed), null, null, null);
        }
        CleanDocument doc = cleaner.clean(decoded.document());
        if (!decoded.problems().isEmpty()) doc = withProblems(doc, decoded.problems());
        long t2 = System.nanoTime();
        times.add("clean", t2 - t1);
        Fingerprint fingerprint = null;
        String textHash = null;
        if (deduplicator != null && !doc.hasErrors() && !doc.paragraphs().isEmpty()) {
            String text = doc.text(); // joined once for its hash and the fingerprint
            if (state != null) {
                textHash = StateStore.hash(text);
                fingerprint = state.reuse(doc.id(), textHash, doc.metadata().published(), deduplicator.scheme());
            }
            if (fingerprint == null) fingerprint = deduplicator.fingerprint(doc.id(), text, doc.metadata().published());
            times.add("fingerprint", System.nanoTime() - t2);
        }
        DocumentSpool.Slot shingles = null;
        if (fingerprint != null && !deduplicator.isPlain()) {
            // the shingles (kilobytes) wait on disk for the candidate pairs that need them
            shingles = shingleSpool.appendShingles(fingerprint.shingles());
            fingerprint = fingerprint.withoutShingles();
        }
        return Item.of(doc, spool.append(doc), fingerprint, shingles, textHash);
    }

    /**
     * This run's documents for the state, their fingerprints whole again (the state stores the shingles): a list
     * that reads each one's shingles back from the spool when the state writes it, so that staging a large run
     * does not bring every shingle set back onto the heap.
     */
    private static List<StateStore.Entry> stateEntries(List<Item> items, DocumentSpool spool) {
        List<Item> fingerprinted = items.stream().filter(item -> item.fingerprint != null).toList();
        return new java.util.AbstractList<>() {
            @Override
            public StateStore.Entry get(int index) {
                Item item = fingerprinted.get(index);
                Fingerprint f = item.fingerprint;
                Fingerprint whole = item.shingles == null ? f
                        : new Fingerprint(f.id(), f.signature(), spool.readShingles(item.shingles), f.tokenCount(),
                        f.published());
                return new StateStore.Entry(whole, item.textHash);
            }

            @Override
            public int size() {
                return fingerprinted.size();
            }
        };
    }

    private static SpooledResults assemble(DocumentSpool spool, DocumentSpool keptShingles, List<Item> items,
                                           List<Cluster> clusters) {
        Map<String, Cluster> clusterOf = new HashMap<>();
        Map<String, ClusterMember> memberOf = new HashMap<>();
        for (Cluster cluster : clusters) {
            for (ClusterMember member : cluster.members()) {
                clusterOf.put(member.id(), cluster);
                memberOf.put(member.id(), member);
            }
        }
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::id).thenComparing(Item::source));
        List<SpooledResults.Entry> entries = new ArrayList<>(sorted.size());
        for (Item item : sorted) {
            Cluster cluster = clusterOf.get(item.id);
            String clusterId = null;
            boolean canonical = false;
            String duplicateOf = null;
            double similarity = 0.0;
            double containment = 0.0;
            if (cluster != null) {
                ClusterMember member = memberOf.get(item.id);
                clusterId = cluster.id();
                canonical = cluster.canonical().equals(item.id);
                duplicateOf = canonical ? null : cluster.canonical();
                similarity = member.similarity();
                containment = member.containment();
            } else if (!item.failed()) {
                // not fingerprinted (empty body, or dedup off): a cluster of its own
                clusterId = item.id;
                canonical = true;
                similarity = 1.0;
                containment = 1.0;
            }
            entries.add(new SpooledResults.Entry(item.id, item.slot, item.problems, item.removedBlocks, item.title,
                    item.paragraphs, clusterId, canonical, duplicateOf, similarity, containment));
        }
        return new SpooledResults(spool, keptShingles, entries);
    }

    private static Decoded withListingProblems(Decoded decoded, InputFile file) {
        if (file.problems().isEmpty()) return decoded;
        List<Problem> problems = new ArrayList<>(file.problems());
        problems.addAll(decoded.problems());
        return new Decoded(decoded.document(), problems);
    }

    private static CleanDocument failedDocument(Input input, Decoded decoded) {
        return new CleanDocument(input.id(), input.source(), input.format(), Metadata.EMPTY, List.of(), List.of(),
                decoded.problems());
    }

    private static CleanDocument withProblems(CleanDocument doc, List<Problem> before) {
        List<Problem> all = new ArrayList<>(before);
        all.addAll(doc.problems());
        return new CleanDocument(doc.id(), doc.source(), doc.format(), doc.metadata(), doc.paragraphs(),
                doc.removed(), all);
    }

    /**
     * One input before decoding: enough to name it in the results even when decoding fails.
     *
     * @param file    the file that is this input, read ahead of the workers; null for a container's document
     * @param decoded a container's document or a given one, already decoded; null for a file
     * @param counted whether its blocks were counted for the batch's furniture as it was named (a container's)
     */
    private record Input(String id, String source, Format format, InputFile file, Supplier<Decoded> decoded,
                         boolean counted) {}

    /**
     * What the run keeps of one document until the outputs are written: its id and source (to sort by), where its
     * clean document lies in the spool, its problems, count of removed blocks, title and count of paragraphs (for run.json and
     * report.html), and for dedup its fingerprint (without its shingles, which wait in the spool
     * when {@code shingles} is set) and the hashes the state
     * stores.
     */
    private record Item(String id, String source, DocumentSpool.Slot slot, List<Problem> problems,
                        int removedBlocks, String title, int paragraphs, Fingerprint fingerprint,
                        DocumentSpool.Slot shingles, String textHash) {
        static Item of(CleanDocument doc, DocumentSpool.Slot slot, Fingerprint fingerprint,
                       DocumentSpool.Slot shingles, String textHash) {
            return new Item(doc.id(), doc.source(), slot, doc.problems(), doc.removed().size(),
                    doc.metadata().title(), doc.paragraphs().size(), fingerprint, shingles, textHash);
        }

        boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }
}
