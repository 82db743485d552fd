package wirewash.clean.filters;

import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;

/**
 * Takes back the sentences right at the article's edges that the layout filters removed only for where they sit:
 * a one-line deck or a short opening sentence just above the first kept paragraph ("Time is not on his side."),
 * a short closing line just below the last one ("This game will help you!"). A filter that works from the page's
 * shape — prose runs, the block above the first paragraph, runs of title-like lines — cannot tell such a line from
 * furniture; its sentence can. Walking outwards from the article's first block, when it is a paragraph, and from
 * its last paragraph (kept lines of a list or table may follow it: "Now get prepping!" between the last paragraph
 * and a meal plan is still the story's), each line is restored while it reads as running
 * text: it ends a sentence (or, above the article, announces it with a colon), has a few words, is not mostly
 * capitalised (a menu, a name, a headline in title case), states no date and does not trail off in an ellipsis
 * (a teaser, "You may also like..."). The walk stops at the first line
 * that does not, at a line a rule removed (the rule named it furniture), at a caption or the headline, and after
 * {@code maxBlocks} lines.
 */
public final class ArticleEdgeFilter implements BlockFilter {
    /** The filters whose removals are decided by a block's place on the page, not by what it says. */
    public static final Set<String> DEFAULT_LAYOUT_FILTERS = Set.of("HeaderFilter", "DenseProseRunFilter",
            "ShortBlockContextFilter", "TitleRunTailFilter", "RelatedListTailFilter");
    /** Fewest words an edge line needs to be taken back. */
    public static final int DEFAULT_MIN_WORDS = 2;
    /** Most of an edge line's words that may be capitalised (digits count as capitalised). */
    public static final double DEFAULT_MAX_CAPITALISED_SHARE = 0.7;
    /** Most lines taken back at each edge. */
    public static final int DEFAULT_MAX_BLOCKS = 3;

    private final Set<String> layoutFilters;
    private final int minWords;
    private final double maxCapitalisedShare;
    private final int maxBlocks;

    public ArticleEdgeFilter() {
        this(DEFAULT_LAYOUT_FILTERS, DEFAULT_MIN_WORDS, DEFAULT_MAX_CAPITALISED_SHARE, DEFAULT_MAX_BLOCKS);
    }

    public ArticleEdgeFilter(Set<String> layoutFilters, int minWords, double maxCapitalisedShare, int maxBlocks) {
        this.layoutFilters = Set.copyOf(Validate.notNull(layoutFilters, "layoutFilters"));
        this.minWords = Validate.positive(minWords, "minWords");
        this.maxCapitalisedShare = Validate.fraction(maxCapitalisedShare, "maxCapitalisedShare");
        this.maxBlocks = Validate.atLeast(maxBlocks, 0, "maxBlocks");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int first = 0;
        while (first < blocks.size() && !blocks.get(first).isKept()) first++;
        if (first == blocks.size()) return false;
        // Only a paragraph makes a sure edge: a kept label line may itself be the first line of furniture.
        boolean changed = blocks.get(first).has(Label.PROSE) && walk(blocks, first, -1, true);
        int lastProse = ProseLabelFilter.lastProse(blocks);
        if (lastProse >= 0) changed |= walk(blocks, lastProse, +1, false);
        return changed;
    }

    /** Restores the article-like lines next to {@code from}, going in {@code step}; true if it restored any. */
    private boolean walk(List<Block> blocks, int from, int step, boolean above) {
        boolean changed = false;
        int restored = 0;
        for (int i = from + step; i >= 0 && i < blocks.size() && restored < maxBlocks; i += step) {
            Block block = blocks.get(i);
            if (block.isJoined()) continue;
            if (!block.isRemoved() || !isArticleLine(block, above)) break;
            block.restore();
            block.label(Label.ARTICLE);
            restored++;
            changed = true;
        }
        return changed;
    }

    private boolean isArticleLine(Block block, boolean above) {
        if (!layoutFilters.contains(block.removal().origin()) || block.has(Label.TITLE) || block.has(Label.CAPTION)) {
            return false;
        }
        String text = block.text();
        // An ellipsis ends a teaser or a "You may also like..." heading, not the story.
        boolean teaser = ProseLabelFilter.isTeaser(text);
        boolean ends = !teaser && TextMeasure.endsSentence(text) || above && TitleRunTailFilter.introducesList(block);
        return ends && block.wordCount() >= minWords && TextMeasure.capitalisedShare(text) <= maxCapitalisedShare
                && DateLines.find(text).isEmpty() && !DateLines.isRelativeTime(text);
    }
}
