package wirewash.clean.filters;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The CSS queries the HTML filters run on every page, parsed once: {@code element.select("a[href]")} parses its
 * query at every call, which cost more than the search on a page's small boxes. jsoup's evaluators are immutable
 * and may be shared across threads and documents.
 */
final class Queries {
    /** A link that goes somewhere. */
    static final Evaluator LINK = QueryParser.parse("a[href]");
    /** An image. */
    static final Evaluator IMAGE = QueryParser.parse("img, picture");
    /** A table's cell. */
    static final Evaluator TABLE_CELL = QueryParser.parse("td, th");

    private Queries() {}
}
