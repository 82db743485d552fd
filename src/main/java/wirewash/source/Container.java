package wirewash.source;

/** How an input file holds its documents: one per file, or many in a WARC or JSON-lines container. */
public enum Container {
    /** The file is one document. */
    NONE,
    /** A WARC file (optionally gzipped): each HTML response record is a document. */
    WARC,
    /** A JSON-lines file (optionally gzipped): each line with an {@code html} or {@code text} field is a document. */
    JSONL
}
