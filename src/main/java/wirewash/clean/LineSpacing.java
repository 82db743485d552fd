package wirewash.clean;

import wirewash.internal.Validate;

/**
 * Reads a double-spaced text dump's blank lines at the scale the page meant. Some dumpers write every line followed
 * by the same number of blank lines ({@code m}), so lines that sat together (a caption's label and credit, a list's
 * items) come apart by {@code m} blank lines and a paragraph break by {@code 2m + 1}: a gap {@code g} means
 * {@code (g - m) / (m + 1)} blank lines. A dump is taken to be spaced so only when no two lines touch, nearly every
 * gap is {@code m} more than a multiple of {@code m + 1}, and enough gaps are wider than {@code m} to show the
 * paragraph breaks, as a share of the gaps and as a count; a dump of paragraphs alone, one blank line apart, keeps
 * its gaps, even with a stray wider gap or two among them (a short dump's one 3-line gap is 5% of its gaps). A
 * dump that writes every blank line twice, lines that touch left touching, is read at its scale too
 * ({@link #blankLineUnit}).
 */
public final class LineSpacing {
    /** Fewest gaps between lines a dump needs before its spacing is read from them. */
    public static final int DEFAULT_MIN_GAPS = 8;
    /** Share of the gaps that must fit the spacing's pattern (a dumper's stray extra blank line aside). */
    public static final double DEFAULT_MIN_FIT_SHARE = 0.95;
    /** Share of the gaps that must be paragraph breaks (wider than the spacing) for the spacing to be read. */
    public static final double DEFAULT_MIN_BREAK_SHARE = 0.05;
    /**
     * Fewest paragraph breaks (gaps wider than the spacing) for the spacing to be read: a page double-spaced by its
     * dumper still has a headline, a lead and paragraphs apart, while one or two wider gaps in a short dump of
     * paragraphs one blank line apart are a dumper's stray blank lines.
     */
    public static final int DEFAULT_MIN_BREAKS = 3;

    private final int minGaps;
    private final double minFitShare;
    private final double minBreakShare;
    private final int minBreaks;

    public LineSpacing() {
        this(DEFAULT_MIN_GAPS, DEFAULT_MIN_FIT_SHARE, DEFAULT_MIN_BREAK_SHARE, DEFAULT_MIN_BREAKS);
    }

    public LineSpacing(int minGaps, double minFitShare, double minBreakShare) {
        this(minGaps, minFitShare, minBreakShare, DEFAULT_MIN_BREAKS);
    }

    /** @param minBreaks fewest gaps wider than the spacing (paragraph breaks) for it to be read */
    public LineSpacing(int minGaps, double minFitShare, double minBreakShare, int minBreaks) {
        this.minGaps = Validate.positive(minGaps, "minGaps");
        this.minFitShare = Validate.fraction(minFitShare, "minFitShare");
        this.minBreakShare = Validate.fraction(minBreakShare, "minBreakShare");
        this.minBreaks = Validate.positive(minBreaks, "minBreaks");
    }

    /**
     * The blank lines a dump puts after every line, 0 when it does not: read from the gaps between its lines
     * ({@code gaps[0]}, before the first line, is not a gap between lines and is ignored).
     */
    public int spacing(int[] gaps, int count) {
        if (count - 1 < minGaps) return 0;
        int spacing = Integer.MAX_VALUE;
        for (int i = 1; i < count; i++) spacing = Math.min(spacing, gaps[i]);
        if (spacing == 0) return 0;
        int fit = 0;
        int breaks = 0;
        for (int i = 1; i < count; i++) {
            if ((gaps[i] - spacing) % (spacing + 1) == 0) fit++;
            if (gaps[i] >= 2 * spacing + 1) breaks++;
        }
        int total = count - 1;
        return fit >= minFitShare * total && breaks >= minBreakShare * total && breaks >= minBreaks ? spacing : 0;
    }

    /**
     * The number of blank lines a dump writes for each one the page meant, 1 when it does not multiply them: some
     * dumpers write every blank line twice (a paragraph break becomes two blank lines, the lines of a list or a
     * caption still touch), which would make every paragraph look set apart like a caption. Read as the smallest
     * gap wider than 0 when at least {@code minGaps} gaps are wider than 0 and nearly all of them
     * ({@code minFitShare}) are multiples of it. Ignores {@code gaps[0]}, as {@link #spacing} does.
     */
    public int blankLineUnit(int[] gaps, int count) {
        int unit = Integer.MAX_VALUE;
        int wide = 0;
        for (int i = 1; i < count; i++) {
            if (gaps[i] == 0) continue;
            wide++;
            unit = Math.min(unit, gaps[i]);
        }
        if (wide < minGaps || unit < 2) return 1;
        int fit = 0;
        for (int i = 1; i < count; i++) if (gaps[i] > 0 && gaps[i] % unit == 0) fit++;
        return fit >= minFitShare * wide ? unit : 1;
    }

    /** The blank lines a gap means once a spacing of {@code spacing} blank lines after every line is set aside. */
    public static int meant(int gap, int spacing) {
        return spacing == 0 ? gap : Math.max(0, gap - spacing) / (spacing + 1);
    }
}
