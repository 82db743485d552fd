package wirewash.sink;

import java.util.List;
import wirewash.internal.Validate;
import wirewash.model.Cluster;
import wirewash.model.DocumentResult;

/**
 * What the head of report.html states about a run: its title, when it was generated, and the counts an editor
 * looks at first.
 *
 * @param title             the page title
 * @param generatedAt       when the run was made, as it should be printed; the only time the report shows
 * @param documents         documents in the run
 * @param failed            documents with an error problem
 * @param duplicateClusters clusters with at least two members
 * @param duplicates        documents that are non-canonical members of those clusters
 */
public record ReportInfo(String title, String generatedAt, int documents, int failed, int duplicateClusters,
                         int duplicates) {
    public static final String DEFAULT_TITLE = "wirewash report";

    public ReportInfo {
        Validate.notBlank(title, "title");
        Validate.notNull(generatedAt, "generatedAt");
        Validate.atLeast(documents, 0, "documents");
        Validate.atLeast(failed, 0, "failed");
        Validate.atLeast(duplicateClusters, 0, "duplicateClusters");
        Validate.atLeast(duplicates, 0, "duplicates");
    }

    /** Counts the documents and clusters of a run. */
    public static ReportInfo of(String title, String generatedAt, List<DocumentResult> docs, List<Cluster> clusters) {
        Validate.notNull(docs, "docs");
        Validate.notNull(clusters, "clusters");
        DocumentIndex index = DocumentIndex.of(docs);
        int failed = 0;
        for (int i = 0; i < docs.size(); i++) if (index.failed(i)) failed++;
        int duplicateClusters = 0;
        int duplicates = 0;
        for (Cluster cluster : clusters) {
            if (ReportHtml.isDuplicateCluster(cluster)) {
                duplicateClusters++;
                duplicates += cluster.size() - 1;
            }
        }
        return new ReportInfo(title, generatedAt, docs.size(), failed, duplicateClusters, duplicates);
    }
}
