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
 */
public record RawDocument(String id, String source, Format format, String content) {
    public RawDocument {
        Validate.notBlank(id, "id");
        Validate.notNull(source, "source");
        Validate.notNull(format, "format");
        Validate.notNull(content, "content");
    }
}
