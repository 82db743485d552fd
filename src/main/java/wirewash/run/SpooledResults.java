package wirewash.run;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import wirewash.internal.Validate;
import wirewash.model.DocumentResult;
import wirewash.model.Problem;
import wirewash.sink.DocumentIndex;

/**
 * A run's document results, sorted by id, whose clean documents stay in a {@link DocumentSpool}: each
 * {@link #get} reads one back, so the sinks can walk a million results while the heap holds one at a time. The
 * list keeps, per document, only its place in the spool and its cluster assignment. Unmodifiable; {@code get}
 * may be called from many threads.
 */
public final class SpooledResults extends AbstractList<DocumentResult> implements RandomAccess, DocumentIndex {
    private final DocumentSpool spool;
    /** Another spool the run still needs until its results are closed (its shingles, for the state), or null. */
    private final DocumentSpool kept;
    private final List<Entry> entries;

    /**
     * One document's result without its clean document.
     *
     * @param id            the document's id
     * @param slot          where its clean document lies in the spool
     * @param problems      its clean document's problems (whether it failed, and run.json's list)
     * @param removedBlocks how many blocks its cleaning removed
     * @param title         its title, or null
     * @param paragraphs    how many paragraphs its clean document kept
     * @param cluster       as in {@link DocumentResult}, and so are the fields after it
     */
    public record Entry(String id, DocumentSpool.Slot slot, List<Problem> problems, int removedBlocks, String title,
                        int paragraphs, String cluster, boolean canonical, String duplicateOf, double similarity,
                        double containment) {
        public Entry {
            problems = List.copyOf(problems);
        }

        boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** @param entries the results in order, each naming a document in {@code spool} */
    public SpooledResults(DocumentSpool spool, List<Entry> entries) {
        this(spool, null, entries);
    }

    /**
     * @param kept another spool to close with this one (the run's shingles, which the state reads when it
     *             commits), or null
     */
    public SpooledResults(DocumentSpool spool, DocumentSpool kept, List<Entry> entries) {
        this.spool = Validate.notNull(spool, "spool");
        this.kept = kept;
        this.entries = List.copyOf(entries);
    }

    @Override
    public DocumentResult get(int index) {
        Entry e = entries.get(index);
        return new DocumentResult(spool.read(e.slot()), e.cluster(), e.canonical(), e.duplicateOf(), e.similarity(),
                e.containment());
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public String id(int index) {
        return entries.get(index).id();
    }

    @Override
    public boolean failed(int index) {
        return entries.get(index).failed();
    }

    @Override
    public List<Problem> problems(int index) {
        return entries.get(index).problems();
    }

    @Override
    public int removedBlocks(int index) {
        return entries.get(index).removedBlocks();
    }

    @Override
    public String title(int index) {
        return entries.get(index).title();
    }

    @Override
    public int paragraphs(int index) {
        return entries.get(index).paragraphs();
    }

    @Override
    public boolean duplicate(int index) {
        return entries.get(index).duplicateOf() != null;
    }

    /** Documents whose clean document has an error, counted without reading the spool. */
    public long failed() {
        return entries.stream().filter(Entry::failed).count();
    }

    /** The spool the documents are read from. */
    public DocumentSpool spool() {
        return spool;
    }

    /** Frees the spool the documents are read from, and the other one kept with it. */
    void close() {
        spool.close();
        if (kept != null) kept.close();
    }
}
