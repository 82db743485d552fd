package wirewash.clean;

import wirewash.internal.Validate;

/**
 * Collects the text of one HTML block as it is met, collapsing every run of whitespace (non-breaking and other
 * Unicode spaces included) to one space, trimming both ends, dropping invisible characters (zero-width space,
 * byte-order mark, soft hyphen), and counting how many of the kept characters sit inside links, and how many of
 * those sit in links set inside a sentence: a run of link text with unlinked running text on both sides ("the
 * <a>Senate</a> voted", "cited <a>a report</a>, which"), as a wiki or a blog links names and sources in its own
 * sentences; not a link that opens or ends the block or follows a label ("Read more: <a>…</a>"), nor one that only
 * a space, a comma or a separator parts from the last ("<a>Home</a> | <a>News</a>", "Tags: <a>A</a>, <a>B</a>"),
 * nor a link that ends its block (only punctuation after it) and covers more than {@code maxSentenceLinkShare} of its
 * text: there the link is what the line is about and the words before it only point to it ("Also read <a>Mayor
 * delays the plan</a>.", "Don't miss <a>our guide to the vote</a>!"), where a sentence links names and sources in
 * words mostly its own.
 */
final class BlockText {
    /**
     * Most share of a block's text a link that ends the block may cover and count as set inside a sentence: above
     * it, the line is a promotion of the linked story, not a sentence that links.
     */
    static final double DEFAULT_MAX_SENTENCE_LINK_SHARE = 0.5;
    /** U+00A0, the one white-space or space char between ASCII and {@link #OGHAM_SPACE_MARK}. */
    private static final int NO_BREAK_SPACE = 0x00A0;
    /** U+1680, the lowest space char above U+00A0 ({@code Character.isSpaceChar}). */
    private static final int OGHAM_SPACE_MARK = 0x1680;
    private final double maxSentenceLinkShare;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private boolean pendingSpace;
    private boolean lastInLink;
    /** Link characters of the links set inside a sentence. */
    private int sentenceLinkChars;
    /** The last of those links, in characters, and the length of the text where it ended. */
    private int lastSentenceLink;
    private int lastSentenceLinkEnd;
    /** Link characters of the current run of link text. */
    private int runChars;
    /** Whether the current run of link text follows unlinked running text. */
    private boolean runAfterText;

    BlockText() {
        this(DEFAULT_MAX_SENTENCE_LINK_SHARE);
    }

    /** @param maxSentenceLinkShare most share of the text in links for a link to count as set inside a sentence */
    BlockText(double maxSentenceLinkShare) {
        this.maxSentenceLinkShare = Validate.fraction(maxSentenceLinkShare, "maxSentenceLinkShare");
    }

    /** Collapses and trims the whitespace of one string. */
    static String normalise(String value) {
        return value == null ? null : new BlockText().append(value, false).toString();
    }

    BlockText append(String value, boolean inLink) {
        for (int i = 0; i < value.length(); ) {
            char ch = value.charAt(i);
            int c;
            boolean space;
            if (ch < 128) {
                // ASCII without the lookups: what isWhitespace or isSpaceChar says of it
                c = ch;
                i++;
                space = ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 28 && ch <= 31); // 28-31: separators
            } else {
                c = value.codePointAt(i);
                i += Character.charCount(c);
                // below U+1680 the no-break space is the only one: the lookups only for the rare chars above
                space = c == NO_BREAK_SPACE
                        || (c >= OGHAM_SPACE_MARK && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
            }
            if (space) {
                pendingSpace = true;
            } else if (c != '\u200B' && c != '\uFEFF' && c != '\u00AD') {
                int before = text.length() == 0 ? -1 : text.charAt(text.length() - 1);
                if (inLink && !lastInLink) {
                    runChars = 0;
                    runAfterText = before >= 0 && opensRun(before);
                } else if (!inLink && lastInLink && runAfterText && closesRun(c)) {
                    sentenceLinkChars += runChars;
                    lastSentenceLink = runChars;
                    lastSentenceLinkEnd = text.length();
                }
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                    // A space counts as link text only between two link characters ("Home News").
                    if (inLink && lastInLink) {
                        linkChars++;
                        runChars++;
                    }
                }
                pendingSpace = false;
                text.appendCodePoint(c);
                if (inLink) {
                    linkChars += Character.charCount(c);
                    runChars += Character.charCount(c);
                }
                lastInLink = inLink;
            }
        }
        return this;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    int linkChars() {
        return linkChars;
    }

    /**
     * How many of the {@link #linkChars} sit in links set inside a sentence (see the class comment), without a last
     * one that ends the text and covers more than {@code maxSentenceLinkShare} of it (a promotion's line).
     */
    int sentenceLinkChars() {
        if (lastSentenceLink <= maxSentenceLinkShare * text.length()) return sentenceLinkChars;
        for (int i = lastSentenceLinkEnd; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return sentenceLinkChars; // words follow it
        }
        return sentenceLinkChars - lastSentenceLink;
    }

    /**
     * Running text that a link inside a sentence follows: an unlinked word, or an opening bracket or quote after
     * one. Not a comma: the links of a list ("Tags: <a>A</a>, <a>B</a>, <a>C</a>") stand apart from any sentence.
     */
    private static boolean opensRun(int before) {
        return Character.isLetterOrDigit(before) || "(\u201C\u2018".indexOf(before) >= 0;
    }

    /** Running text that a link inside a sentence is followed by: a word, or punctuation that goes on or ends it. */
    private static boolean closesRun(int after) {
        return Character.isLetterOrDigit(after) || ",.;:!?)\"'\u201D\u2019".indexOf(after) >= 0;
    }

    /** Empties the collector for the next block. */
    void clear() {
        text.setLength(0);
        linkChars = 0;
        sentenceLinkChars = 0;
        lastSentenceLink = 0;
        lastSentenceLinkEnd = 0;
        runChars = 0;
        runAfterText = false;
        pendingSpace = false;
        lastInLink = false;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
