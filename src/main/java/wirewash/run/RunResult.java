package wirewash.run;

import java.util.List;
import java.util.Map;
import wirewash.model.Cluster;
import wirewash.model.DocumentResult;
import wirewash.model.Problem;

/**
 * What a run produced: every document's result sorted by id, the clusters sorted by id (empty when dedup did not
 * run), problems found while listing the inputs, and the time per stage.
 *
 * @param documents   one result per input document, sorted by id
 * @param clusters    all clusters, singletons included, sorted by id; with an incremental state, those the run
 *                    made or changed ({@link wirewash.state.StateStore#cluster})
 * @param skipped     input files passed over (not .txt/.html/.htm)
 * @param listing     problems met while listing inputs (duplicate ids and the like)
 * @param stageMillis milliseconds per stage
 * @param wallMillis  wall-clock milliseconds of the whole run so far
 */
public record RunResult(List<DocumentResult> documents, List<Cluster> clusters, int skipped, List<Problem> listing,
                        Map<String, Double> stageMillis, double wallMillis) implements AutoCloseable {
    public RunResult {
        // Spooled results stay on disk: copying them would read every document into memory.
        documents = documents instanceof SpooledResults ? documents : List.copyOf(documents);
        clusters = List.copyOf(clusters);
        listing = List.copyOf(listing);
        stageMillis = Map.copyOf(stageMillis);
    }

    public long failed() {
        if (documents instanceof SpooledResults spooled) return spooled.failed();
        return documents.stream().filter(DocumentResult::failed).count();
    }

    /**
     * Frees the spool the documents are read from, when they are spooled (the runner's results are): its file
     * handle and disk space. The documents cannot be read after this. Nothing to do for results held in memory.
     */
    @Override
    public void close() {
        if (documents instanceof SpooledResults spooled) spooled.close();
    }

    public long duplicateClusters() {
        return clusters.stream().filter(c -> c.size() > 1).count();
    }
}
