package wirewash.model;

import wirewash.internal.Validate;

/**
 * A document's final result: its clean form and where dedup put it.
 *
 * @param document    the cleaned document (no paragraphs when it failed; its problems say why)
 * @param cluster     the id of its cluster, or null when the document failed before dedup
 * @param canonical   true for the one member that represents its cluster
 * @param duplicateOf the canonical's id when this is a non-canonical member, else null
 * @param similarity  Jaccard similarity to the canonical (1.0 for the canonical itself)
 * @param containment share of its shingles found in the canonical (1.0 for the canonical itself)
 */
public record DocumentResult(CleanDocument document, String cluster, boolean canonical, String duplicateOf,
                             double similarity, double containment) {
    public DocumentResult {
        Validate.notNull(document, "document");
    }

    public String id() {
        return document.id();
    }

    public boolean failed() {
        return document.hasErrors();
    }
}
