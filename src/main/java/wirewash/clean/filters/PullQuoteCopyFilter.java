package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the pull quote of an HTML page that copies a whole paragraph of the story (reason {@code pull-quote-copy}):
 * a kept block of {@code minWords} to {@code maxWords} words nearly all of whose runs of four words (at least
 * {@code minRepeatedShare}) are in another kept block, of which it has at least {@code minCopyShare} of the words (the
 * paragraph word for word, in quotation marks, or cut short before its last words). The story prints such a
 * paragraph once; a pull quote of a sentence or two of a longer paragraph is an excerpt, which extraction benchmarks
 * count where it stands ({@link PullQuoteFilter} keeps it), and stays. Of the two copies, the one set apart in a pull
 * box goes (inside a {@code blockquote}, {@code aside} or {@code figure} or an element whose class names a pull quote,
 * {@code <p class="pull-quote">}, or a {@code div} of its own text while the other is a {@code <p>}); when neither or both are, both stay (a story may print a line twice), and so do the lines
 * of a list that is the story's body ({@link Label#STORY_LIST}: a meal plan serves a dish on several days).
 */
public final class PullQuoteCopyFilter implements BlockFilter {
    public static final String REASON = "pull-quote-copy";
    /** Fewest words of a pull quote this step compares: two runs of four words. */
    public static final int DEFAULT_MIN_WORDS = 8;
    /** Most words of a pull quote: a paragraph of a sentence or two. */
    public static final int DEFAULT_MAX_WORDS = 60;
    /** Least share of the quote's runs of four words found in the paragraph. */
    public static final double DEFAULT_MIN_REPEATED_SHARE = 0.8;
    /** Least share of the paragraph's words the quote has: a copy, not an excerpt. */
    public static final double DEFAULT_MIN_COPY_SHARE = 0.75;
    /** The elements a page sets a pull quote apart in. */
    public static final Set<String> DEFAULT_BOX_TAGS = Set.of("blockquote", "aside", "figure");
    /** Words of a class name that names a pull quote's box ({@code pull-quote}, {@code article-pullquote}). */
    public static final Set<String> DEFAULT_BOX_CLASS_WORDS = Set.of("pull", "pullquote", "callout");
    /** What parts a class name's words. */
    private static final Pattern CLASS_WORD_SPLIT = Pattern.compile("[-_\\s]+");
    /** A box of its own text: a pull quote set in a {@code div} beside the story's {@code <p>}s. */
    private static final String DIV = "div";

    private final int minWords;
    private final int maxWords;
    private final double minRepeatedShare;
    private final double minCopyShare;
    private final Set<String> boxTags;
    private final Set<String> boxClassWords;

    public PullQuoteCopyFilter() {
        this(DEFAULT_MIN_WORDS, DEFAULT_MAX_WORDS, DEFAULT_MIN_REPEATED_SHARE, DEFAULT_MIN_COPY_SHARE, DEFAULT_BOX_TAGS,
                DEFAULT_BOX_CLASS_WORDS);
    }

    /**
     * @param minWords         fewest words of a block compared
     * @param maxWords         most words of a pull quote
     * @param minRepeatedShare least share of the quote's runs of four words found in the paragraph
     * @param minCopyShare     least share of the paragraph's words the quote has
     * @param boxTags          the elements a pull quote is set apart in
     * @param boxClassWords    lower-case words of a class name that names a pull quote's box
     */
    public PullQuoteCopyFilter(int minWords, int maxWords, double minRepeatedShare, double minCopyShare,
                               Set<String> boxTags, Set<String> boxClassWords) {
        this.minWords = Validate.atLeast(minWords, PullQuoteFilter.SHINGLE, "minWords");
        this.maxWords = Validate.atLeast(maxWords, minWords, "maxWords");
        this.minRepeatedShare = Validate.fraction(minRepeatedShare, "minRepeatedShare");
        this.minCopyShare = Validate.fraction(minCopyShare, "minCopyShare");
        this.boxTags = Set.copyOf(Validate.notNull(boxTags, "boxTags"));
        this.boxClassWords = Set.copyOf(Validate.notNull(boxClassWords, "boxClassWords"));
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : page.kept()) {
            int words = block.wordCount();
            if (block.element() != null && !block.has(Label.STORY_LIST) && words >= minWords
                    && words * minCopyShare <= maxWords) {
                blocks.add(block);
            }
        }
        List<Set<List<String>>> runs = new ArrayList<>();
        for (Block block : blocks) runs.add(new HashSet<>(PullQuoteFilter.shingles(block.words())));
        Reason reason = new Reason(REASON, name(), "a pull quote that copies a paragraph of the story");
        boolean changed = false;
        for (int q = 0; q < blocks.size(); q++) {
            Block quote = blocks.get(q);
            if (!quote.isKept() || quote.wordCount() > maxWords || runs.get(q).isEmpty()) continue;
            for (int p = 0; p < blocks.size(); p++) {
                Block paragraph = blocks.get(p);
                if (p == q || !paragraph.isKept() || !copies(quote, runs.get(q), paragraph, runs.get(p))) continue;
                boolean quoteBoxed = boxed(quote.element(), paragraph.element());
                boolean paragraphBoxed = boxed(paragraph.element(), quote.element());
                if (quoteBoxed == paragraphBoxed) continue;
                changed |= (quoteBoxed ? quote : paragraph).remove(reason);
                break;
            }
        }
        return changed;
    }

    /** Whether the quote's runs are nearly all the paragraph's, and it has nearly all of the paragraph's words. */
    private boolean copies(Block quote, Set<List<String>> quoteRuns, Block paragraph, Set<List<String>> paragraphRuns) {
        if (quote.wordCount() < minCopyShare * paragraph.wordCount()
                || paragraph.wordCount() < minCopyShare * quote.wordCount()) {
            return false;
        }
        int found = 0;
        for (List<String> run : quoteRuns) if (paragraphRuns.contains(run)) found++;
        return found >= minRepeatedShare * quoteRuns.size();
    }

    /**
     * Whether the element is set apart as a pull quote beside the other: inside a box tag below the two's nearest
     * common ancestor, or not a {@code <p>} while the other is.
     */
    private boolean boxed(Element element, Element other) {
        Set<Element> otherAncestors = new HashSet<>(other.parents());
        for (Element e = element; e != null && !otherAncestors.contains(e); e = e.parent()) {
            if (boxTags.contains(e.normalName())) return true;
            for (String name : e.classNames()) {
                for (String word : CLASS_WORD_SPLIT.split(name.toLowerCase(Locale.ROOT))) {
                    if (boxClassWords.contains(word)) return true;
                }
            }
        }
        return element.normalName().equals(DIV) && other.normalName().equals("p");
    }
}
