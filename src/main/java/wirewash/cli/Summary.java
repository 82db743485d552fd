package wirewash.cli;

import java.nio.file.Path;
import java.util.Locale;
import wirewash.model.DocumentResult;
import wirewash.model.Problem;
import wirewash.run.RunResult;

/** Prints what a run did to standard error: counts, failed documents, where the output went. */
final class Summary {
    private Summary() {}

    static void print(RunResult result, Path out) {
        for (DocumentResult doc : result.documents()) {
            for (Problem p : doc.document().problems()) {
                if (p.isError()) System.err.println("wirewash: " + doc.document().source() + ": " + p.message());
            }
        }
        System.err.printf(Locale.ROOT, "wirewash: %d documents (%d failed), %d duplicate clusters, %.2f s; wrote %s%n",
                result.documents().size(), result.failed(), result.duplicateClusters(), result.wallMillis() / 1000,
                out == null ? "standard output" : out + "/");
    }
}
