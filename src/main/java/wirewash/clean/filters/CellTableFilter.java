package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;

/**
 * Labels {@link Label#TABLE_CELL} the lines of a table that the dump laid out one cell per line: a standings table
 * ("1", "Kyle Busch", "5040", "5"…), a box score, a player's snaps and stats. Such a table shows as a run of lines
 * whose shapes repeat with the width of a row: each line is a figure (digits, at most two letters: "5040", "85%",
 * "70-44"), a text cell, or a mark without letters, and the run repeats one pattern of these for at least
 * {@code minRows} rows, or for two under a row of column heads. A row must mix figures and text, and hold figures in at least {@code minNumericShare} of
 * its cells, with a few words per cell on average: a menu (text only), a gallery counter (figures only) and a
 * headline list with times (long text cells) are no tables. The short lines right above the first row that fill
 * whole rows (the column heads, "Pos" "Player" "Points") belong to the table too. Lines that open with a short
 * label before a colon take the label for their shape, and rows made only of labelled lines are a table whatever
 * they hold: an interview's round of "Q:" and "A:" lines, a fact box repeated for each event ("Date:", "Venue:"). Removes nothing: the
 * layout filters let a table inside the article stand as part of it, where they would charge its short lines
 * as furniture.
 */
public final class CellTableFilter implements BlockFilter {
    /** Fewest rows that make a table. */
    public static final int DEFAULT_MIN_ROWS = 3;
    /** Fewest and most cells in a row. */
    public static final int DEFAULT_MIN_COLUMNS = 2;
    public static final int DEFAULT_MAX_COLUMNS = 10;
    /** Least share of a row's cells that are figures. */
    public static final double DEFAULT_MIN_NUMERIC_SHARE = 0.35;
    /** Most words per cell, on average over the table. */
    public static final double DEFAULT_MAX_MEAN_WORDS = 4;
    /** Most letters a figure may hold ("85%", "1st", "4.8K"). */
    public static final int DEFAULT_MAX_FIGURE_LETTERS = 2;
    /** Most words of a column head above the first row. */
    public static final int DEFAULT_MAX_HEAD_WORDS = 4;
    /** Most words before the colon of a label ("Q:", "Ticket price:"). */
    public static final int DEFAULT_MAX_LABEL_WORDS = 2;
    /** Most rows of column heads taken above the first row. */
    public static final int DEFAULT_MAX_HEAD_ROWS = 2;

    static final byte MARK = 0;
    static final byte FIGURE = 1;
    static final byte TEXT = 2;
    /** Lines that open with a label ("Q:", "Price:") take a shape of their own for each label, from this one on. */
    static final int FIRST_LABEL = 3;

    private final int minRows;
    private final int minColumns;
    private final int maxColumns;
    private final double minNumericShare;
    private final double maxMeanWords;

    public CellTableFilter() {
        this(DEFAULT_MIN_ROWS, DEFAULT_MIN_COLUMNS, DEFAULT_MAX_COLUMNS, DEFAULT_MIN_NUMERIC_SHARE,
                DEFAULT_MAX_MEAN_WORDS);
    }

    public CellTableFilter(int minRows, int minColumns, int maxColumns, double minNumericShare,
            double maxMeanWords) {
        this.minRows = Validate.atLeast(minRows, 2, "minRows");
        this.minColumns = Validate.atLeast(minColumns, 2, "minColumns");
        this.maxColumns = Validate.atLeast(maxColumns, minColumns, "maxColumns");
        this.minNumericShare = Validate.fraction(minNumericShare, "minNumericShare");
        Validate.isTrue(maxMeanWords > 0, "maxMeanWords must be positive");
        this.maxMeanWords = maxMeanWords;
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = new ArrayList<>();
        for (Block block : page.blocks()) if (!block.isJoined()) lines.add(block);
        int n = lines.size();
        int[] shape = new int[n];
        int figures = 0;
        int labelled = 0;
        Map<String, Integer> labels = null;
        for (int i = 0; i < n; i++) {
            String text = lines.get(i).text();
            String label = text.indexOf(':') < 0 ? null : label(text);
            if (label != null) {
                if (labels == null) labels = new HashMap<>();
                Integer known = labels.get(label);
                if (known == null) labels.put(label, known = FIRST_LABEL + labels.size());
                shape[i] = known;
                labelled++;
            } else {
                shape[i] = shape(text);
                if (shape[i] == FIGURE) figures++;
            }
        }
        boolean changed = labelBarRows(lines);
        // A table needs a figure or a label in every row: most pages have too few such lines to hold one.
        if (figures < minRows && labelled < minRows * minColumns) return changed;
        int i = 0;
        while (i < n) {
            int end = tableEnd(lines, shape, i);
            if (end < 0) {
                i++;
                continue;
            }
            int width = width(shape, i, end);
            int start = shape[i] >= FIRST_LABEL ? i : headStart(lines, shape, i, width);
            for (int j = start; j < end; j++) lines.get(j).label(Label.TABLE_CELL);
            changed = true;
            i = end;
        }
        return changed;
    }

    /** The end (exclusive) of the table whose first row starts at {@code i}, or -1 when none starts there. */
    /**
     * Labels the lines of a table the dump laid out one row per line with its cells set apart by bars ("District |
     * Votes | Share", "South | 18,500 | +5%"): at least {@code minRows} lines in a row holding the same number of
     * cells, from {@code minColumns} to {@code maxColumns}, each with a figure among {@code minNumericShare} of its
     * cells or more but the first (the column heads), text in some cell of the run, and at most {@code maxMeanWords}
     * words a cell on average. A row of tags or a menu set apart by bars holds no figures; a single line of them is
     * no table.
     */
    private boolean labelBarRows(List<Block> lines) {
        boolean changed = false;
        int n = lines.size();
        int i = 0;
        while (i < n) {
            int width = barCells(lines.get(i).text(), null);
            if (width == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && barCells(lines.get(end).text(), null) == width) end++;
            if (end - i >= minRows && isBarTable(lines, i, end, width)) {
                for (int j = i; j < end; j++) lines.get(j).label(Label.TABLE_CELL);
                changed = true;
            }
            i = end;
        }
        return changed;
    }

    private boolean isBarTable(List<Block> lines, int start, int end, int width) {
        List<String> cells = new ArrayList<>(width);
        boolean text = false;
        long words = 0;
        for (int j = start; j < end; j++) {
            cells.clear();
            barCells(lines.get(j).text(), cells);
            int figures = 0;
            for (String cell : cells) {
                byte shape = shape(cell);
                if (shape == FIGURE) figures++;
                else if (shape == TEXT) text = true;
                words += TextMeasure.wordCount(cell);
            }
            if (j > start && figures < Math.max(1, minNumericShare * width)) return false;
        }
        return text && words <= maxMeanWords * width * (end - start);
    }

    /**
     * The number of cells of a line set apart by bars ("2014 | 4,344 | +5%", "| 2014 | 2015 |"), ends' empty cells
     * left out, or 0 when it holds fewer than {@code minColumns} or more than {@code maxColumns} or an empty cell
     * between two others; adds the cells to {@code cells} when it is not null.
     */
    private int barCells(String text, List<String> cells) {
        if (text.indexOf('|') < 0) return 0;
        String[] parts = text.strip().split("\\|", -1);
        int first = parts[0].isBlank() ? 1 : 0;
        int last = parts[parts.length - 1].isBlank() ? parts.length - 1 : parts.length;
        int count = last - first;
        if (count < minColumns || count > maxColumns) return 0;
        for (int k = first; k < last; k++) {
            if (parts[k].isBlank()) return 0;
            if (cells != null) cells.add(parts[k].strip());
        }
        return count;
    }

    private int tableEnd(List<Block> lines, int[] shape, int i) {
        if (shape[i] == MARK) return -1;
        int bestEnd = -1;
        for (int width = minColumns; width <= maxColumns && i + width * 2 <= shape.length; width++) {
            if (repeatsWithin(shape, i, width)) continue;
            int end = i + width;
            while (end < shape.length && shape[end] == shape[end - width]) end++;
            int rows = (end - i) / width;
            if (rows < 2 || end <= bestEnd) continue;
            end = i + rows * width;
            if (end <= bestEnd || !isTableRow(lines, shape, i, width, end)) continue;
            // Fewer rows make a table only under a row of column heads.
            if (rows >= minRows || shape[i] < FIRST_LABEL && headStart(lines, shape, i, width) < i) bestEnd = end;
        }
        return bestEnd;
    }

    private boolean isTableRow(List<Block> lines, int[] shape, int i, int width, int end) {
        boolean labelled = true;
        for (int j = i; j < i + width; j++) labelled &= shape[j] >= FIRST_LABEL;
        if (labelled) return true;
        int figures = 0;
        int texts = 0;
        for (int j = i; j < i + width; j++) {
            if (shape[j] == FIGURE) figures++;
            else if (shape[j] == TEXT) texts++;
        }
        if (figures == 0 || texts == 0 || figures < minNumericShare * width) return false;
        if (figures == 1 && isCounter(lines, shape, i, width, end)) return false;
        long words = 0;
        for (int j = i; j < end; j++) words += lines.get(j).wordCount();
        return words <= maxMeanWords * (end - i);
    }

    /**
     * True when the row of {@code width} lines at {@code i} is itself two or more rows of a narrower table, or
     * lines all of one shape (a menu, a stretch of paragraphs), which no table is.
     */
    private static boolean repeatsWithin(int[] shape, int i, int width) {
        for (int narrower = 1; narrower <= width / 2; narrower++) {
            if (width % narrower != 0) continue;
            boolean repeats = true;
            for (int j = i + narrower; repeats && j < i + width; j++) repeats = shape[j] == shape[j - narrower];
            if (repeats) return true;
        }
        return false;
    }

    /**
     * True when the rows' only figure counts them, 1, 2, 3…: a numbered list ("Most popular", a top ten), whose
     * text cells are headlines, not a table. The first row is not asked: a figure line above the list (a gallery's
     * last counter, a date) may open the run.
     */
    private static boolean isCounter(List<Block> lines, int[] shape, int i, int width, int end) {
        int column = i;
        while (shape[column] != FIGURE) column++;
        long previous = Long.MIN_VALUE;
        for (int j = column + width; j < end; j += width) {
            String text = lines.get(j).text().strip();
            if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
            long value = Long.parseLong(text);
            if (previous != Long.MIN_VALUE && value != previous + 1) return false;
            previous = value;
        }
        return true;
    }

    /** The row width of the table from {@code start} to {@code end}: the smallest that repeats over it. */
    private int width(int[] shape, int start, int end) {
        for (int width = minColumns; width <= maxColumns; width++) {
            boolean repeats = (end - start) % width == 0;
            for (int j = start + width; repeats && j < end; j++) repeats = shape[j] == shape[j - width];
            if (repeats) return width;
        }
        return end - start;
    }

    /** Where the table's column heads start: whole rows of short text lines right above its first row. */
    private static int headStart(List<Block> lines, int[] shape, int start, int width) {
        for (int row = 0; row < DEFAULT_MAX_HEAD_ROWS && start - width >= 0; row++) {
            for (int j = start - width; j < start; j++) {
                Block line = lines.get(j);
                if (shape[j] == FIGURE || line.wordCount() > DEFAULT_MAX_HEAD_WORDS) {
                    return start;
                }
            }
            start -= width;
        }
        return start;
    }

    /**
     * The label a line opens with, lower-cased: at most {@link #DEFAULT_MAX_LABEL_WORDS} words before a colon
     * that is the line's first mark and has text after it ("Q: Favorite apps?", "Price: $10"); else null.
     */
    static String label(String text) {
        long colon = TextMeasure.labelColon(text, DEFAULT_MAX_LABEL_WORDS);
        if (colon < 0) return null;
        int at = (int) (colon >>> 32);
        return TextMeasure.hasWordCharacter(text.substring(at + 1))
                ? text.substring(0, at).strip().toLowerCase(Locale.ROOT) : null;
    }

    /** A line's shape: {@link #MARK} (no letters or digits), {@link #FIGURE} or {@link #TEXT}. */
    static byte shape(String text) {
        int letters = 0;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || Character.isDigit(c)) digit = true;
            else if (Character.isLetter(c) && ++letters > DEFAULT_MAX_FIGURE_LETTERS) return TEXT;
        }
        if (digit) return FIGURE;
        return letters > 0 ? TEXT : MARK;
    }
}
