package wirewash.sink;

import java.util.List;
import wirewash.model.DocumentResult;
import wirewash.model.Problem;

/**
 * What a list of document results can tell about each document without producing it: a list that reads its
 * documents from disk one at a time implements this, so the sinks can count and link a million documents
 * without reading each one again.
 */
public interface DocumentIndex {
    /** The id of result {@code index}. */
    String id(int index);

    /** Whether result {@code index} failed (its clean document has an error). */
    boolean failed(int index);

    /** The problems of result {@code index}'s clean document. */
    List<Problem> problems(int index);

    /** How many blocks were removed from result {@code index}'s document. */
    int removedBlocks(int index);

    /** The title of result {@code index}'s document, or null. */
    String title(int index);

    /** How many paragraphs result {@code index}'s clean document kept. */
    int paragraphs(int index);

    /** Whether result {@code index} is a non-canonical member of a cluster (it has a duplicate_of). */
    boolean duplicate(int index);

    /** The list's index when it has one, else an index that reads each result from the list. */
    static DocumentIndex of(List<DocumentResult> docs) {
        if (docs instanceof DocumentIndex index) return index;
        return new DocumentIndex() {
            @Override
            public String id(int index) {
                return docs.get(index).id();
            }

            @Override
            public boolean failed(int index) {
                return docs.get(index).failed();
            }

            @Override
            public List<Problem> problems(int index) {
                return docs.get(index).document().problems();
            }

            @Override
            public int removedBlocks(int index) {
                return docs.get(index).document().removed().size();
            }

            @Override
            public String title(int index) {
                return docs.get(index).document().metadata().title();
            }

            @Override
            public int paragraphs(int index) {
                return docs.get(index).document().paragraphs().size();
            }

            @Override
            public boolean duplicate(int index) {
                return docs.get(index).duplicateOf() != null;
            }
        };
    }
}
