package wirewash.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import wirewash.model.DocumentResult;
import wirewash.model.Problem;
import wirewash.run.RunResult;
import wirewash.sink.DocumentIndex;

/** Prints what a run did to standard error: counts, failed documents, where the output went. */
final class Summary {
    private Summary() {}

    static void print(RunResult result, Path out) {
        List<DocumentResult> docs = result.documents();
        DocumentIndex index = DocumentIndex.of(docs);
        for (int i = 0; i < docs.size(); i++) {
            if (!index.failed(i)) continue;
            DocumentResult doc = docs.get(i);
            for (Problem p : doc.document().problems()) {
                if (p.isError()) System.err.println("wirewash: " + doc.document().source() + ": " + p.message());
            }
        }
        System.err.printf(Locale.ROOT, "wirewash: %d documents (%d failed), %d duplicate clusters, %.2f s; wrote %s%n",
                result.documents().size(), result.failed(), result.duplicateClusters(), result.wallMillis() / 1000,
                out == null ? "standard output" : out + "/");
    }
}
