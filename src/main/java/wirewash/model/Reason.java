package wirewash.model;

import wirewash.internal.Validate;

/**
 * Why a block was removed: a short code that is counted in docs.jsonl ("caption", "related-list"), who decided
 * (a filter's name, or a rule's file:line), and a detail for a person reading explain or report.html.
 *
 * @param code   kebab-case category, counted per document
 * @param origin the filter class name, or "rules/file.rules:12" for a rule
 * @param detail what matched, in words
 */
public record Reason(String code, String origin, String detail) {
    public Reason {
        Validate.notBlank(code, "code");
        Validate.notBlank(origin, "origin");
        Validate.notNull(detail, "detail");
    }

    @Override
    public String toString() {
        return code + " (" + origin + (detail.isEmpty() ? "" : ": " + detail) + ")";
    }
}
