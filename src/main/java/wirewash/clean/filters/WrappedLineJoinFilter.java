package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;

/**
 * Joins the lines of a paragraph that a text dump hard-wrapped at a fixed width (lynx, w3m and mail tools wrap at
 * 72-80 columns) back into one block. The width is read from the page: the longest line length (that another
 * line reaches or nearly reaches) below which many lines followed directly by another line cluster, and above which few such lines run; and
 * since a wrapped line
 * mostly breaks a sentence, enough of those next lines must go on in lower case or in a script without case (a list
 * of headlines or items, one a line, starts each line capitalised, and is not wrapped prose). A line is the start of
 * a wrapped paragraph when the next line follows it with no blank line and the next line's first word would not
 * have fitted on it within that width, and the next line is itself full or ends a sentence (a short line that ends
 * none is a menu item or a heading); a list item opened by a bullet is never joined.
 * A line's length counts the white space the dump set before it (a text browser's margin and hanging indents),
 * since the browser wrapped at a column, not at a number of characters.
 */
public final class WrappedLineJoinFilter implements BlockFilter {
    /** Narrowest wrap width, in characters, a page is taken to be wrapped at. */
    public static final int DEFAULT_MIN_WIDTH = 40;
    /** Widest wrap width, in characters: longer lines are paragraphs a dumper left whole. */
    public static final int DEFAULT_MAX_WIDTH = 120;
    /** How far short of the width, in characters, a wrapped line may stop (the word that did not fit). */
    public static final int DEFAULT_SLACK = 15;
    /** Fewest lines that must end within the slack of the width, each followed directly by another line. */
    public static final int DEFAULT_MIN_WRAPPED_LINES = 4;
    /** Share of the lines followed directly by another line and at least this long that must fit the width. */
    public static final double DEFAULT_MIN_FIT_SHARE = 0.7;

    /** Share of the lines that fit the width whose next line must go on in lower case. */
    public static final double DEFAULT_MIN_LOWER_CASE_SHARE = 0.2;
    /**
     * Share of the lines that fit the width and go on uncapitalised whose next line's first word would not have
     * fitted on them.
     */
    public static final double DEFAULT_MIN_OVERFLOW_SHARE = 0.9;

    private final int minWidth;
    private final int maxWidth;
    private final int slack;
    private final int minWrappedLines;
    private final double minFitShare;
    private final double minLowerCaseShare;
    private final double minOverflowShare;

    public WrappedLineJoinFilter() {
        this(DEFAULT_MIN_WIDTH, DEFAULT_MAX_WIDTH, DEFAULT_SLACK, DEFAULT_MIN_WRAPPED_LINES, DEFAULT_MIN_FIT_SHARE,
                DEFAULT_MIN_LOWER_CASE_SHARE, DEFAULT_MIN_OVERFLOW_SHARE);
    }

    public WrappedLineJoinFilter(int minWidth, int maxWidth, int slack, int minWrappedLines, double minFitShare,
                                 double minLowerCaseShare) {
        this(minWidth, maxWidth, slack, minWrappedLines, minFitShare, minLowerCaseShare, DEFAULT_MIN_OVERFLOW_SHARE);
    }

    public WrappedLineJoinFilter(int minWidth, int maxWidth, int slack, int minWrappedLines, double minFitShare,
                                 double minLowerCaseShare, double minOverflowShare) {
        this.minWidth = Validate.positive(minWidth, "minWidth");
        this.maxWidth = Validate.atLeast(maxWidth, minWidth, "maxWidth");
        this.slack = Validate.positive(slack, "slack");
        this.minWrappedLines = Validate.positive(minWrappedLines, "minWrappedLines");
        this.minFitShare = Validate.fraction(minFitShare, "minFitShare");
        this.minLowerCaseShare = Validate.fraction(minLowerCaseShare, "minLowerCaseShare");
        this.minOverflowShare = Validate.fraction(minOverflowShare, "minOverflowShare");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.kept();
        int width = width(blocks);
        if (width == 0) return false;
        boolean changed = false;
        for (int i = 0; i < blocks.size() - 1; ) {
            int end = i;
            while (end + 1 < blocks.size() && continues(blocks.get(end), blocks.get(end + 1), width)) end++;
            if (end > i) {
                join(blocks.subList(i, end + 1));
                changed = true;
            }
            i = end + 1;
        }
        return changed;
    }

    /** Whether {@code next} is the rest of a paragraph wrapped at {@code width} whose line above is {@code line}. */
    private boolean continues(Block line, Block next, int width) {
        int length = column(line);
        return next.gapBefore() == 0 && length >= minWidth && length <= width
                && overflows(length, firstWordLength(next.text()), width) && !TextMeasure.opensListItem(next.text()) && isRest(next);
    }

    /** Whether a next word {@code wordLength} long would not have fitted after a line {@code length} long. */
    private static boolean overflows(int length, int wordLength, int width) {
        return length + 1 + wordLength > width;
    }

    /**
     * Joins the lines of one wrapped paragraph into its first, building the text once (joining line by line copies
     * the paragraph's text again for every line). A word a dumper broke after its hyphen ("long-" / "term") and
     * Chinese or Japanese text, which sets no space between words, go on without a space.
     */
    private static void join(List<Block> lines) {
        Block head = lines.get(0);
        StringBuilder text = new StringBuilder(head.text());
        for (Block line : lines.subList(1, lines.size())) {
            if (!goesOnWithoutSpace(text, line.text())) text.append(' ');
            text.append(line.text());
            // joinInto appends the line to the head's text: emptied first, it copies only the line
            head.setText("");
            line.joinInto(head);
        }
        head.setText(text.toString());
    }

    private static boolean goesOnWithoutSpace(CharSequence text, String next) {
        int last = Character.codePointBefore(text, text.length());
        int first = next.codePointAt(0);
        if (TextMeasure.isCjk(last) && TextMeasure.isCjk(first)) return true;
        return last == '-' && text.length() > 1 && Character.isLetter(Character.codePointBefore(text, text.length() - 1))
                && Character.isLowerCase(first);
    }

    /** The width the page's lines were wrapped at, or 0 when they do not look wrapped. */
    int width(List<Block> blocks) {
        List<Integer> lengths = new ArrayList<>();
        // the length of each such line going on uncapitalised, and of the first word it goes on with
        List<int[]> lowerCaseNext = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i + 1).gapBefore() != 0) continue;
            int length = column(blocks.get(i));
            if (length < minWidth) continue;
            lengths.add(length);
            Block next = blocks.get(i + 1);
            if (goesOnUncapitalised(next.text()) && isRest(next)) {
                lowerCaseNext.add(new int[] {length, firstWordLength(next.text())});
            }
        }
        if (lengths.size() < minWrappedLines) return 0;
        Collections.sort(lengths);
        int best = 0;
        int bestCount = 0;
        for (int hi = 0, lo = 0; hi < lengths.size(); hi++) {
            int width = lengths.get(hi);
            if (width > maxWidth) break;
            while (lengths.get(lo) < width - slack) lo++;
            int count = hi - lo + 1;
            if (count >= bestCount) {
                best = width;
                bestCount = count;
            }
        }
        if (bestCount < minWrappedLines) return 0;
        // The width is the longest length that another wrapped line reaches or nearly reaches: one line longer
        // than all the rest is one the dumper left whole.
        for (int hi = lengths.lastIndexOf(best); hi > 0 && lengths.get(hi) >= best - slack; hi--) {
            if (lengths.get(hi) - lengths.get(hi - 1) <= 1) {
                best = lengths.get(hi);
                break;
            }
        }
        int atLeast = 0;
        for (int length : lengths) if (length >= best - slack) atLeast++;
        // A wrapped line is one the next word did not fit on: lines of similar length going on uncapitalised that
        // would have held it are a list, which in a script without case nothing else tells from wrapped prose.
        int lowerCase = 0;
        int overflowing = 0;
        for (int[] line : lowerCaseNext) {
            if (line[0] < best - slack || line[0] > best) continue;
            lowerCase++;
            if (overflows(line[0], line[1], best)) overflowing++;
        }
        return bestCount >= minFitShare * atLeast && lowerCase >= minLowerCaseShare * bestCount
                && overflowing >= minOverflowShare * lowerCase ? best : 0;
    }

    /**
     * Whether the line can be the rest of a wrapped paragraph: a full line itself, or its last line, which ends a
     * sentence. A short line that ends none is a menu item or a heading (sites set menus in lower case too).
     */
    private boolean isRest(Block block) {
        return length(block.text()) >= minWidth || TextMeasure.endsSentence(block.text());
    }

    /**
     * Whether the line's first letter is in lower case, or in a script without case (Korean, Chinese, Japanese,
     * Arabic…), where a wrapped sentence's rest looks no different from a new line.
     */
    static boolean goesOnUncapitalised(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c) || !Character.isUpperCase(c) && !Character.isTitleCase(c);
            if (Character.isDigit(c)) return false;
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * The column a line ends at: its indent and its length. A text browser sets paragraphs and a list item's later
     * lines in from the edge (lynx by 3, a list's items by 5 and more), and wraps each at the same column.
     */
    private static int column(Block line) {
        return line.indent() + length(line.text());
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The length of the line's first word; a Chinese or Japanese line, set without spaces, wraps after any character. */
    private static int firstWordLength(String text) {
        if (TextMeasure.isCjk(text.codePointAt(0))) return 1;
        int space = text.indexOf(' ');
        return length(space < 0 ? text : text.substring(0, space));
    }

}
