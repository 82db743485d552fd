package wirewash.model;

import wirewash.internal.Validate;

/**
 * A decoded input document, before cleaning: its id (the file name without extensions), where it came from,
 * its format and its content as text.
 *
 * @param id      stable identifier, unique within a run
 * @param source  where it came from (a path, "-" for stdin, or a URL)
 * @param format  plain text or HTML
 * @param content the decoded content
 * @param known   what the container said about the document (a WARC record's URL and date, a JSONL line's url),
 *                used where the page itself says nothing; {@link Metadata#EMPTY} for a plain file
 */
public record RawDocument(String id, String source, Format format, String content, Metadata known) {
    public RawDocument {
        Validate.notBlank(id, "id");
        Validate.notNull(source, "source");
        Validate.notNull(format, "format");
        Validate.notNull(content, "content");
        Validate.notNull(known, "known");
    }

    /** A document that came with nothing known about it beyond its content. */
    public RawDocument(String id, String source, Format format, String content) {
        this(id, source, format, content, Metadata.EMPTY);
    }
}
