package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.Label;
import wirewash.internal.Validate;

/**
 * Tells a paragraph of the story beyond doubt: a block labelled {@link Label#PROSE} of at least {@code minWords}
 * words whose links that stand apart from its sentences ({@link Block#looseLinkDensity}: a headline, a menu item, a
 * "Read more:" link) cover at most {@code maxLinkDensity} of its text; the links a wiki or a blog sets inside its
 * own sentences ("the <a>Senate</a> voted") do not count. The structural steps find the article by such
 * paragraphs (the main container's share of the page's prose, the body whose linked lines are kept again, the
 * bounds between which pull quotes are kept again, the prose a pruning must leave); they share this one test, so
 * that a link-heavy story is the article's prose to all of them or to none.
 */
public final class StrongProse {
    /** Fewest words of a strong prose paragraph. */
    public static final int DEFAULT_MIN_WORDS = 20;
    /** Most share of its text in links that stand apart from its sentences. */
    public static final double DEFAULT_MAX_LINK_DENSITY = 0.2;
    /** The test with its default thresholds. */
    public static final StrongProse DEFAULT = new StrongProse(DEFAULT_MIN_WORDS, DEFAULT_MAX_LINK_DENSITY);

    private final int minWords;
    private final double maxLinkDensity;

    /**
     * @param minWords       fewest words ({@link Block#wordCount}), at least 1
     * @param maxLinkDensity most {@link Block#looseLinkDensity}, in [0, 1]
     */
    public StrongProse(int minWords, double maxLinkDensity) {
        this.minWords = Validate.positive(minWords, "minWords");
        this.maxLinkDensity = Validate.fraction(maxLinkDensity, "maxLinkDensity");
    }

    /** Whether the block is strong prose, kept or not. */
    public boolean test(Block block) {
        return block.has(Label.PROSE) && block.wordCount() >= minWords && block.looseLinkDensity() <= maxLinkDensity;
    }

    /**
     * Where the story's paragraphs begin and end among the page's blocks: the indexes of the first and the last
     * kept block this test passes, as {@code {first, last}}; {@code {-1, -1}} when none does.
     */
    public int[] keptBounds(List<Block> blocks) {
        int first = -1;
        int last = -1;
        for (Block block : blocks) {
            if (block.isKept() && test(block)) {
                if (first < 0) first = block.index();
                last = block.index();
            }
        }
        return new int[] {first, last};
    }

    public int minWords() {
        return minWords;
    }

    public double maxLinkDensity() {
        return maxLinkDensity;
    }

    @Override
    public String toString() {
        return "StrongProse[minWords=" + minWords + ", maxLinkDensity=" + maxLinkDensity + "]";
    }
}
