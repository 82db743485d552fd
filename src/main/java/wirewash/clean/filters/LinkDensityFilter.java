package wirewash.clean.filters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes kept blocks whose text is mostly link text (navigation bars, related-story lists), reason
 * {@code link-dense}. Blocks shorter than {@code minChars} are left alone so that a short line that happens to be
 * a link ("As we reported.") is judged by other filters. Text dumps have no links, so this does nothing to them.
 */
public final class LinkDensityFilter implements BlockFilter {
    /** Share of a block's characters inside links above which it is removed. */
    public static final double DEFAULT_MAX_LINK_DENSITY = 0.5;
    /** Blocks with fewer characters than this are not judged. */
    public static final int DEFAULT_MIN_CHARS = 20;

    private final double maxLinkDensity;
    private final int minChars;

    public LinkDensityFilter() {
        this(DEFAULT_MAX_LINK_DENSITY, DEFAULT_MIN_CHARS);
    }

    /**
     * @param maxLinkDensity share of characters inside links above which a block is removed, in [0, 1]
     * @param minChars       blocks shorter than this many characters are kept whatever their link density
     */
    public LinkDensityFilter(double maxLinkDensity, int minChars) {
        this.maxLinkDensity = Validate.fraction(maxLinkDensity, "maxLinkDensity");
        this.minChars = Validate.atLeast(minChars, 0, "minChars");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            if (block.text().length() < minChars) continue;
            double density = block.linkDensity();
            if (density > maxLinkDensity) {
                changed |= block.remove(new Reason("link-dense", name(), "link density " + twoDecimals(density)
                        + " > " + twoDecimals(maxLinkDensity)));
            }
        }
        return changed;
    }

    /** As {@code String.format(Locale.ROOT, "%.2f", value)}, without the cost of a Formatter on every block. */
    static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
