package wirewash.clean.filters;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.internal.Validate;

/**
 * Tells, on a text dump, whether the story goes on below a block that would end it: the first two paragraphs in a
 * row below the block (kept prose, no kept line between them, each set apart from the line above it by a blank line
 * and with {@code minStopwordDensity} function words or more) that hold {@code minWords} words together take up
 * the subject of the prose above the block: {@code minSharedShare} of their content words (by their first letters)
 * are found there too. A site sets its scoreboard, its job listings, an author box or a teaser card with its comment
 * count between the story's paragraphs, and the story's next paragraphs name its people and subject again. Reader
 * comments below a comment heading, a footer's blurbs or an author's bio take up few of the story's words; a list of
 * teasers printed line under line holds no paragraph set apart, and a related box's teasers, however long and close
 * to the story's subject, stand each under its own headline, never two in a row. Only the first such pair is judged:
 * the story, when it goes on, goes on there. Asked only where a filter is about to cut the page's rest.
 */
final class ResumedStory {
    /** Fewest words of the two paragraphs in a row below the block that carry the story on. */
    static final int DEFAULT_MIN_WORDS = 30;
    /** Least share of function words of each of them: running prose, not a list's items run into lines. */
    static final double DEFAULT_MIN_STOPWORD_DENSITY = DenseProseRunFilter.DEFAULT_MIN_PART_STOPWORD_DENSITY;
    /** Least share of those paragraphs' content words found in the prose above the block. */
    static final double DEFAULT_MIN_SHARED_SHARE = 0.25;
    static final ResumedStory DEFAULT = new ResumedStory(DEFAULT_MIN_WORDS, DEFAULT_MIN_STOPWORD_DENSITY,
            DEFAULT_MIN_SHARED_SHARE);

    private final int minWords;
    private final double minStopwordDensity;
    private final double minSharedShare;

    /**
     * @param minWords           fewest words of two paragraphs in a row below the block that carry the story on
     * @param minStopwordDensity least share of function words of each of them
     * @param minSharedShare     least share of their content words that the prose above the block holds too
     */
    ResumedStory(int minWords, double minStopwordDensity, double minSharedShare) {
        this.minWords = Validate.positive(minWords, "minWords");
        this.minStopwordDensity = Validate.fraction(minStopwordDensity, "minStopwordDensity");
        this.minSharedShare = Validate.fraction(minSharedShare, "minSharedShare");
    }

    /** Whether the story goes on below the block at {@code at} (see the class comment). */
    boolean below(Page page, int at) {
        List<Block> blocks = page.blocks();
        Block previous = null;
        for (int i = at + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept() || block.isJoined()) continue;
            // a line printed right under the one above it, no blank line between, is a card's or a list's
            if (!block.has(Label.PROSE) || block.gapBefore() == 0 || !isRunningProse(block, page)) {
                previous = null;
                continue;
            }
            if (previous != null && previous.wordCount() + block.wordCount() >= minWords) {
                return aboutTheProseAbove(page, at, previous, block);
            }
            previous = block;
        }
        return false;
    }

    /**
     * Whether the first kept block below the block at {@code at} is a paragraph of running prose of {@code minWords}
     * words or more, set apart by a blank line, that takes up the subject of the prose above on its own: for a block
     * already known to close a box set between the story's paragraphs (a box of reader posts), below which the story
     * may have one paragraph left.
     */
    boolean paragraphRightBelow(Page page, int at) {
        List<Block> blocks = page.blocks();
        for (int i = at + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept() || block.isJoined()) continue;
            return block.has(Label.PROSE) && block.gapBefore() > 0 && block.wordCount() >= minWords
                    && isRunningProse(block, page) && aboutTheProseAbove(page, at, block, block);
        }
        return false;
    }

    private boolean isRunningProse(Block block, Page page) {
        // a page of no known language has no function words to count (as ProseLabelFilter reads it)
        return page.stopwords().isEmpty() || ProseLabelFilter.stopwordDensity(block, page) >= minStopwordDensity;
    }

    /** Whether {@code minSharedShare} of the two paragraphs' content stems are among the prose's above {@code at}. */
    private boolean aboutTheProseAbove(Page page, int at, Block first, Block second) {
        Stopwords stopwords = page.stopwords();
        Set<String> pair = new HashSet<>();
        DenseProseRunFilter.addContentStems(first, stopwords, pair);
        DenseProseRunFilter.addContentStems(second, stopwords, pair);
        if (pair.isEmpty()) return false;
        Set<String> above = new HashSet<>();
        List<Block> blocks = page.blocks();
        for (int i = 0; i < at; i++) {
            Block block = blocks.get(i);
            if (block.isKept() && !block.isJoined() && block.has(Label.PROSE)) {
                DenseProseRunFilter.addContentStems(block, stopwords, above);
            }
        }
        int shared = 0;
        for (String stem : pair) if (above.contains(stem)) shared++;
        return shared >= minSharedShare * pair.size();
    }
}
