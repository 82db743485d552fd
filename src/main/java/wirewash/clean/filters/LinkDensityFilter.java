package wirewash.clean.filters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes kept blocks whose text is mostly link text (navigation bars, related-story lists), reason
 * {@code link-dense}. Blocks shorter than {@code minChars} are left alone so that a short line that happens to be
 * a link ("As we reported.") is judged by other filters. A paragraph of prose (labelled {@link Label#PROSE}: a
 * sentence with function words) may carry more links, up to {@code maxProseLinkDensity}: a story's sentence that
 * links most of its names ("Assange faces a charge of conspiracy in the US.") is article text; a teaser wholly
 * inside its link is not. Links set inside a sentence, with unlinked words on both sides ({@link
 * Block#looseLinkDensity}), do not count: a wiki or a link-heavy blog links the names and sources of its own
 * paragraphs, and the lines that announce a list ("Here are the benefits:") or hold its items, while menus,
 * headline lists and "Read more:" lines are links standing apart. Text dumps have no links, so this does nothing to
 * them.
 */
public final class LinkDensityFilter implements BlockFilter {
    /** Share of a block's characters inside links above which it is removed. */
    public static final double DEFAULT_MAX_LINK_DENSITY = 0.5;
    /** Blocks with fewer characters than this are not judged. */
    public static final int DEFAULT_MIN_CHARS = 20;
    /** Share of a prose paragraph's characters inside links above which it is removed. */
    public static final double DEFAULT_MAX_PROSE_LINK_DENSITY = 0.8;

    private final double maxLinkDensity;
    private final int minChars;
    private final double maxProseLinkDensity;

    public LinkDensityFilter() {
        this(DEFAULT_MAX_LINK_DENSITY, DEFAULT_MIN_CHARS, DEFAULT_MAX_PROSE_LINK_DENSITY);
    }

    /**
     * @param maxLinkDensity      share of characters inside links above which a block is removed, in [0, 1]
     * @param minChars            blocks shorter than this many characters are kept whatever their link density
     * @param maxProseLinkDensity the same share for a block labelled prose, at least {@code maxLinkDensity}
     */
    /** With prose blocks held to {@link #DEFAULT_MAX_PROSE_LINK_DENSITY}. */
    public LinkDensityFilter(double maxLinkDensity, int minChars) {
        this(maxLinkDensity, minChars, DEFAULT_MAX_PROSE_LINK_DENSITY);
    }

    public LinkDensityFilter(double maxLinkDensity, int minChars, double maxProseLinkDensity) {
        this.maxLinkDensity = Validate.fraction(maxLinkDensity, "maxLinkDensity");
        this.minChars = Validate.atLeast(minChars, 0, "minChars");
        this.maxProseLinkDensity = Validate.fraction(maxProseLinkDensity, "maxProseLinkDensity");
        Validate.isTrue(maxProseLinkDensity >= maxLinkDensity, "maxProseLinkDensity must be >= maxLinkDensity");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            if (block.text().length() < minChars) continue;
            double density = block.looseLinkDensity();
            double limit = block.has(Label.PROSE) ? maxProseLinkDensity : maxLinkDensity;
            if (density > limit) {
                String inSentences = block.sentenceLinkChars() > 0 ? " (links inside sentences not counted)" : "";
                changed |= block.remove(new Reason("link-dense", name(), "link density " + twoDecimals(density)
                        + " > " + twoDecimals(limit) + inSentences));
            }
        }
        return changed;
    }

    /** As {@code String.format(Locale.ROOT, "%.2f", value)}, without the cost of a Formatter on every block. */
    static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
