package wirewash.clean.filters;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import wirewash.clean.Block;
import wirewash.clean.DomIndex;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.internal.Ascii;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of a small box around a link to an author's page on an HTML page, reason
 * {@code author-box}: the author's name, photo and bio below the story ("Jane Doe lives in Leeds with two cats and
 * too many books"), or a byline's box above it, whatever the box's class names and whatever the bio says. The box is
 * the nearest element at most {@code maxLevels} levels above a block's element that holds such a link set apart
 * from any paragraph (a story's paragraph that links a colleague's name is no box); its whole text must be at most
 * {@code maxBoxWords} words, so the story's container is never one. An author's link is one the markup marks so
 * ({@code rel=author}) or whose address names an author's page ({@code /author/jane-doe}, {@code /authors/…},
 * {@code /by/…}, {@code /profile/…}, {@code /staff/…}).
 */
public final class AuthorBoxFilter implements BlockFilter {
    public static final String REASON = "author-box";
    /** Most words of the author box's whole text: a name, a role, a bio of a sentence or two. */
    public static final int DEFAULT_MAX_BOX_WORDS = 60;
    /** How many levels above a block's element the box may be. */
    public static final int DEFAULT_MAX_LEVELS = 2;
    /** Links to an author's page. */
    public static final String AUTHOR_LINK = "a[rel~=(?i)\\bauthor\\b], "
            + "a[href~=(?i)/(authors?|by|profiles?|staff|journalists?|writers?|contributors?)/[^/?#]+/?$]";
    /** {@link #AUTHOR_LINK} parsed once. */
    private static final Evaluator AUTHOR_LINK_EVALUATOR = QueryParser.parse(AUTHOR_LINK);
    /** A paragraph, parsed once: the box's link is set apart from any. */
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    /** Words one of which {@link #AUTHOR_LINK}'s attributes hold when it matches (its regexes need one). */
    private static final String[] AUTHOR_LINK_WORDS = {"author", "/by/", "/profile", "/staff/", "/journalist",
        "/writer", "/contributor"};

    private final int maxBoxWords;
    private final int maxLevels;

    public AuthorBoxFilter() {
        this(DEFAULT_MAX_BOX_WORDS, DEFAULT_MAX_LEVELS);
    }

    /**
     * @param maxBoxWords most words of the text of the box around the author's link
     * @param maxLevels   how far above a block's element the box may be, at least 1
     */
    public AuthorBoxFilter(int maxBoxWords, int maxLevels) {
        this.maxBoxWords = Validate.positive(maxBoxWords, "maxBoxWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
    }

    @Override
    public boolean process(Page page) {
        DomIndex dom = page.domIndex();
        if (dom == null) return false;
        Set<Element> holdsLink = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element link : dom.anchors()) {
            // most of a page's links name none of the words; the selector's regexes read only those that do
            if (!Ascii.containsAnyIgnoreCase(link.attr("rel"), "author")
                    && !Ascii.containsAnyIgnoreCase(link.attr("href"), AUTHOR_LINK_WORDS)) {
                continue;
            }
            if (!link.is(AUTHOR_LINK_EVALUATOR) || link.closest(PARAGRAPH) != null) continue;
            SmallBoxes.addWithAncestors(holdsLink, link);
        }
        if (holdsLink.isEmpty()) return false;
        return SmallBoxes.removeInside(page, holdsLink::contains, maxLevels, maxBoxWords,
                new Reason(REASON, name(), "a small box around a link to an author's page"));
    }
}
