package wirewash.source;

import java.util.ArrayList;
import java.util.List;
import wirewash.internal.Validate;

/**
 * Reads a page saved by a text browser's numbered dump ({@code lynx -dump}, {@code links -dump}, {@code elinks
 * -dump}) as the plain-text dump the text chain cleans: each link's number in front of its text ({@code
 * [12]Home}) goes, and so does the list of numbered addresses the browser prints at the end ({@code References},
 * {@code Visible links}, {@code Hidden links}), which is the browser's, not the page's. The text is otherwise
 * unchanged: hard-wrapped, indented paragraphs are joined again by the text chain as any dump's are. Immutable and
 * thread-safe.
 *
 * <p>{@link #looksLikeBrowserDump} asks for the browser's own shape, not for brackets: the text ends with a
 * heading ({@code References} or {@code Visible links}) over at least {@code minLinks} lines each a number and an
 * address, numbered 1, 2, 3… in a row; and the text above shows each of those numbers exactly once, in that order,
 * most in front of a link's text (not right after a word or a full stop, where a footnote stands). A science story
 * citing its sources as {@code [1]} footnotes, or a story ending with a list of the addresses it cites, keeps its
 * text. A dump that numbers no links ({@code lynx -dump -nolist}, {@code w3m -dump}) is a plain dump already.
 */
public final class BrowserDumpText {
    /** Numbered addresses in the end list that make a text a browser's numbered dump. */
    public static final int DEFAULT_MIN_LINKS = 3;

    private static final String REFERENCES = "References";
    private static final String VISIBLE_LINKS = "Visible links";
    private static final String HIDDEN_LINKS = "Hidden links";

    /**
     * Most of the numbers that may stand where a footnote's does (right after a word or a full stop): a browser
     * writes one there only where the page glued a link to the text before it ({@code [78]book[79]review}).
     */
    public static final double DEFAULT_MAX_FOOTNOTE_SHARE = 0.25;

    private final int minLinks;
    private final double maxFootnoteShare;

    public BrowserDumpText() {
        this(DEFAULT_MIN_LINKS, DEFAULT_MAX_FOOTNOTE_SHARE);
    }

    /**
     * @param minLinks         numbered addresses in the end list that make a text a browser's numbered dump
     * @param maxFootnoteShare most of the link numbers that may stand right after a word or a full stop
     */
    public BrowserDumpText(int minLinks, double maxFootnoteShare) {
        Validate.isTrue(minLinks >= 1, "minLinks must be at least 1");
        this.minLinks = minLinks;
        this.maxFootnoteShare = Validate.fraction(maxFootnoteShare, "maxFootnoteShare");
    }

    /** Whether the text is a browser's numbered dump (see the class comment). */
    public boolean looksLikeBrowserDump(String text) {
        Validate.notNull(text, "text");
        return read(text) != null;
    }

    /** The text without its link numbers and end list when it {@link #looksLikeBrowserDump}; else unchanged. */
    public String decode(String text) {
        Validate.notNull(text, "text");
        String read = read(text);
        return read == null ? text : read;
    }

    /** The dump read as a plain dump, or null when the text is not a numbered dump. */
    private String read(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        // most texts do not end with a numbered line: answered from the last line alone
        int lastStart = text.lastIndexOf('\n', end - 1) + 1;
        if (end == 0 || numberedAddress(text, lastStart, end) < 0) return null;
        // walk up the end list: numbered addresses, blank lines, the browser's sub-headings
        List<Integer> numbers = new ArrayList<>();
        int hiddenFrom = -1;
        int lineEnd = end;
        int headingStart = -1;
        while (lineEnd > 0) {
            int start = text.lastIndexOf('\n', lineEnd - 1) + 1;
            int n = numberedAddress(text, start, lineEnd);
            String line = text.substring(start, lineEnd).strip();
            if (n >= 0) {
                numbers.add(n);
            } else if (line.startsWith(HIDDEN_LINKS) && line.length() <= HIDDEN_LINKS.length() + 1) {
                hiddenFrom = numbers.size();
            } else if (line.startsWith(VISIBLE_LINKS) && line.length() <= VISIBLE_LINKS.length() + 1) {
                headingStart = start;
            } else if (line.equals(REFERENCES)) {
                headingStart = start;
                break;
            } else if (!line.isEmpty()) {
                break;
            }
            lineEnd = start == 0 ? 0 : start - 1;
        }
        if (headingStart < 0) return null;
        // the visible links, top to bottom, numbered 1, 2, 3…; hidden ones (after "Hidden links:") are not marked
        int visible = hiddenFrom < 0 ? numbers.size() : numbers.size() - hiddenFrom;
        if (visible < minLinks) return null;
        for (int k = 0; k < visible; k++) {
            if (numbers.get(numbers.size() - 1 - k) != k + 1) return null;
        }
        return withoutMarkers(text.substring(0, headingStart), visible);
    }

    /** The body with its link numbers 1…{@code links} taken out, or null when they are not all there in order. */
    private String withoutMarkers(String body, int links) {
        StringBuilder out = new StringBuilder(body.length());
        int next = 1;
        int copied = 0;
        int footnotePlaces = 0;
        for (int open = body.indexOf('['); open >= 0; open = body.indexOf('[', open + 1)) {
            int close = open + 1;
            int n = 0;
            while (close < body.length() && close - open <= 6 && Character.isDigit(body.charAt(close))) {
                n = n * 10 + (body.charAt(close) - '0');
                close++;
            }
            if (close == open + 1 || close >= body.length() || body.charAt(close) != ']' || n < 1 || n > links) {
                continue;
            }
            // a number shown twice or out of order is the page's own text
            if (n != next) return null;
            if (footnotePlace(body, open)) footnotePlaces++;
            out.append(body, copied, open);
            copied = close + 1;
            next++;
        }
        // numbers that mostly follow a word or a full stop are footnotes
        if (next != links + 1 || footnotePlaces > maxFootnoteShare * links) return null;
        out.append(body, copied, body.length());
        return out.toString().stripTrailing() + "\n";
    }

    /** Whether a bracket stands right after a word or a sentence's punctuation, where a footnote's number sits. */
    private static boolean footnotePlace(String body, int open) {
        if (open == 0) return false;
        char before = body.charAt(open - 1);
        return Character.isLetterOrDigit(before) || ".,;:!?\"'”’".indexOf(before) >= 0;
    }

    /** The number of a line that is only a number, a full stop and an address ({@code "  12. https://…"}), or -1. */
    private static int numberedAddress(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') i++;
        int digits = i;
        int n = 0;
        while (i < end && i - digits < 6 && Character.isDigit(text.charAt(i))) {
            n = n * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (i == digits || i + 2 >= end || text.charAt(i) != '.' || text.charAt(i + 1) != ' ') return -1;
        i += 2;
        while (i < end && text.charAt(i) == ' ') i++;
        int address = i;
        while (i < end && !Character.isWhitespace(text.charAt(i))) i++;
        if (i != end || i == address) return -1;
        return text.indexOf(':', address) > address && text.indexOf(':', address) < end ? n : -1;
    }
}
