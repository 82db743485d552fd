package wirewash.model;

/** How a document's content is encoded: as a plain-text dump or as an HTML page. */
public enum Format {
    TEXT,
    HTML;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
