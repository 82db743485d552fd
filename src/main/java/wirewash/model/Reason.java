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

    /** True when a rule decided: its origin is a rule file's line ("rules/boilerplate.rules:12"), not a filter. */
    public boolean byRule() {
        int colon = origin.lastIndexOf(':');
        if (colon <= 0 || colon == origin.length() - 1) return false;
        for (int i = colon + 1; i < origin.length(); i++) if (!Character.isDigit(origin.charAt(i))) return false;
        return true;
    }

    @Override
    public String toString() {
        return code + " (" + origin + (detail.isEmpty() ? "" : ": " + detail) + ")";
    }
}
