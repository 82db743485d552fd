package wirewash.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wirewash.internal.Validate;

/**
 * A document after cleaning: its article paragraphs, its metadata, and every removed block with its reason.
 *
 * @param id         the document's id
 * @param source     where it came from
 * @param format     the input format
 * @param metadata   title, byline and the like
 * @param paragraphs the article body, one entry per paragraph, in page order
 * @param removed    the blocks removed, in page order
 * @param problems   warnings (and errors) met while reading and cleaning it
 */
public record CleanDocument(String id, String source, Format format, Metadata metadata, List<String> paragraphs,
                            List<RemovedBlock> removed, List<Problem> problems) {
    public CleanDocument {
        Validate.notBlank(id, "id");
        Validate.notNull(source, "source");
        Validate.notNull(format, "format");
        Validate.notNull(metadata, "metadata");
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
    }

    /** The clean body: paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** How many blocks were removed, by reason code, in code order. */
    public Map<String, Integer> removedCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (RemovedBlock block : removed) counts.merge(block.reason().code(), 1, Integer::sum);
        return counts;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
