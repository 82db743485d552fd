package wirewash.source;

import java.util.List;
import wirewash.model.Problem;
import wirewash.model.RawDocument;

/**
 * What decoding one input gave: the document, or null when it could not be decoded, and the problems met on the
 * way (an error when the document is null, warnings otherwise).
 *
 * @param document the decoded document, or null on failure
 * @param problems warnings and errors, in the order they were met
 */
public record Decoded(RawDocument document, List<Problem> problems) {
    public Decoded {
        problems = List.copyOf(problems);
    }

    /** True when the input was decoded into a document. */
    public boolean ok() {
        return document != null;
    }
}
