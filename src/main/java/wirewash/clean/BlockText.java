package wirewash.clean;

/**
 * Collects the text of one HTML block as it is met, collapsing every run of whitespace (non-breaking and other
 * Unicode spaces included) to one space, trimming both ends, dropping invisible characters (zero-width space,
 * byte-order mark, soft hyphen), and counting how many of the kept characters sit inside links.
 */
final class BlockText {
    /** U+00A0, the one white-space or space char between ASCII and {@link #OGHAM_SPACE_MARK}. */
    private static final int NO_BREAK_SPACE = 0x00A0;
    /** U+1680, the lowest space char above U+00A0 ({@code Character.isSpaceChar}). */
    private static final int OGHAM_SPACE_MARK = 0x1680;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private boolean pendingSpace;
    private boolean lastInLink;

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
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                    // A space counts as link text only between two link characters ("Home News").
                    if (inLink && lastInLink) linkChars++;
                }
                pendingSpace = false;
                text.appendCodePoint(c);
                if (inLink) linkChars += Character.charCount(c);
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

    /** Empties the collector for the next block. */
    void clear() {
        text.setLength(0);
        linkChars = 0;
        pendingSpace = false;
        lastInLink = false;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
