package wirewash.clean.filters;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * Judges short blocks by their neighbours, as jusText does: a block that is not prose and sits between two
 * removed blocks is furniture too (a lone "Share" between two link lists). Headings directly above prose stay, and
 * so does the story's lead ({@link Label#LEAD}) when the headline above it and a byline below it were removed.
 * A block removed for a reason in {@code seeThroughReasons} is no neighbour: an "Advertisement" label marks an ad
 * slot wherever the page put one, between the story's own lines too (a dump that labels a slot after every
 * paragraph), so the blocks beyond it are the neighbours. So is, on a text dump, a figure set apart by blank lines
 * between the story's paragraphs: blocks removed for a reason in {@code figureReasons} (a caption and its credit)
 * with a blank line above and below them; a caption that touches the lines around it is part of a box (a gallery's
 * lines), which is its neighbours' context.
 * <p>On HTML ({@code storyBoxes}), a block that stands among the story's paragraphs is no short furniture whatever
 * its neighbours, when a kept paragraph of strong prose ({@link StrongProse}) follows it: one whose parent element
 * holds such a paragraph or a box of them, or whose parent is a box beside such a paragraph's box (the same
 * grandparent: a live blog's posts, a story set in sections). There the removed neighbours are the box's own
 * furniture (a post's time stamp and share link, a pull quote, an ad slot), and the short line is the story's ("A
 * spokeswoman declined to comment.", a subheading, a recipe's ingredient line). A related list or a teaser card
 * sits deeper: its lines' parent is the card, whose parent is the list, not a box of story paragraphs. A line after
 * the story's last paragraph ("Follow our full coverage at…", "Join the conversation…") is the story's tail,
 * judged by its neighbours as before, unless it stands in a post of its own: a named box (a class) that holds more
 * than the line (its time stamp, its share link), of the class of boxes beside it that hold strong prose, up to {@code boxLevels} levels above their paragraphs (a post, a
 * post's body), {@code minPosts} of them at least. A live blog's posts are such a row, one line each as often as not ("Polls
 * close at 8 p.m.", a time stamp and a share link around it), and its last posts are its story too; those lines
 * stand in their own box, its siblings' kind, not in the story's box beside its paragraphs. Before the story's last
 * strong paragraph, a line in such a box is the story's at any of those levels (a post that wraps its text in a
 * body box of its own).
 * <p>On HTML, a block too long for a title ({@code minRunningWords} words or more) with a paragraph's share of function
 * words ({@code minRunningStopwordDensity} of its words, as {@link ProseLabelFilter} asks of a long block with no
 * sentence end) is no short block either: a paragraph whose writer left off its last full stop ("…then change the
 * figure to 80 or 70") reads as running text, and a menu run into one line holds far fewer function words. A teaser
 * cut off in an ellipsis is still judged by its neighbours. Not on text dumps ({@link #NO_RUNNING_TEXT}, the
 * shorter constructors' value), whose lines lose the page's boxes: a teaser's headline run into its summary, a
 * caption or an author's bio cut short reads as such a line there, and its removed neighbours are all that tell it.
 * <p>A source citation is no short furniture either: a block naming a paper by its DOI ("More information: J. Doe
 * et al. … DOI: 10.1038/s41586-019-1666-5"), which a science story prints below its last paragraph among removed
 * credit and link lines, is the story's reference ({@code citation}).
 * <p>The page's last text is no short furniture: when this step would leave the page with no kept block at all (a
 * one-paragraph story whose headline, caption and share bar around it all went, its one paragraph too short or
 * ending in a colon to read as prose), the longest block it removed of at least {@code minLoneWords} words stays.
 */
public final class ShortBlockContextFilter implements BlockFilter {
    public static final String REASON = "short-between-boilerplate";
    /** Reasons of removed blocks that tell nothing of their neighbours: ad-slot labels set among any lines. */
    public static final Set<String> DEFAULT_SEE_THROUGH_REASONS = Set.of("advertisement");
    /** Reasons of removed blocks that make a figure, no neighbour when set apart by blank lines on a text dump. */
    public static final Set<String> DEFAULT_FIGURE_REASONS = Set.of(CaptionFilter.REASON);

    /** How many levels of box above a strong prose paragraph make a post: its body, and the post around that. */
    public static final int DEFAULT_BOX_LEVELS = 2;
    /** Fewest boxes of one kind holding strong prose that make a row of posts, whose last posts go on past it. */
    public static final int DEFAULT_MIN_POSTS = 2;
    /** Fewest words of the block kept when the step would leave the page empty: a sentence's (ProseLabelFilter's). */
    public static final int DEFAULT_MIN_LONE_WORDS = ProseLabelFilter.DEFAULT_MIN_PROSE_WORDS;
    /** Fewest words of a block of running text that is no short block: one more than a title's most. */
    public static final int DEFAULT_MIN_RUNNING_WORDS = ProseLabelFilter.DEFAULT_MAX_TITLE_WORDS + 1;
    /** A {@code minRunningWords} no block reaches: every block that is not prose is judged by its neighbours. */
    public static final int NO_RUNNING_TEXT = Integer.MAX_VALUE;
    /** Least share of function words of such a block: a paragraph's without its full stop (ProseLabelFilter's). */
    public static final double DEFAULT_MIN_RUNNING_STOPWORD_DENSITY =
            ProseLabelFilter.DEFAULT_MIN_UNPUNCTUATED_STOPWORD_DENSITY;

    /**
     * A digital object identifier as a citation prints it ("DOI: 10.1007/978-3-319-09575-2_199-1",
     * "doi.org/10.1038/nature123"): a block holding one cites the story's source.
     */
    public static final Pattern DEFAULT_CITATION =
            Pattern.compile("\\b(doi:?\\s*|doi\\.org/)10\\.\\d{4,9}/\\S", Pattern.CASE_INSENSITIVE);

    private final Set<String> seeThroughReasons;
    private final Set<String> figureReasons;
    private final boolean storyBoxes;
    private final int boxLevels;
    private final int minPosts;
    private final int minLoneWords;
    private final int minRunningWords;
    private final double minRunningStopwordDensity;
    private final Pattern citation;

    public ShortBlockContextFilter() {
        this(DEFAULT_SEE_THROUGH_REASONS, DEFAULT_FIGURE_REASONS);
    }

    /** @param seeThroughReasons reason codes of removed blocks that are skipped when looking for a neighbour */
    public ShortBlockContextFilter(Set<String> seeThroughReasons) {
        this(seeThroughReasons, DEFAULT_FIGURE_REASONS);
    }

    /**
     * @param seeThroughReasons reason codes of removed blocks that are skipped when looking for a neighbour
     * @param figureReasons     reason codes of removed blocks that are skipped when they stand, with the blocks
     *                          removed for these reasons that touch them, between blank lines (text dumps; none on
     *                          HTML, where every block stands apart)
     */
    public ShortBlockContextFilter(Set<String> seeThroughReasons, Set<String> figureReasons) {
        this(seeThroughReasons, figureReasons, false);
    }

    /**
     * @param seeThroughReasons reason codes of removed blocks that are skipped when looking for a neighbour
     * @param figureReasons     reason codes of removed figure blocks skipped when set apart by blank lines
     * @param storyBoxes        whether a block among the story's paragraphs (its parent, or its parent's parent, that
     *                          of a kept strong prose paragraph) is left alone (HTML)
     */
    public ShortBlockContextFilter(Set<String> seeThroughReasons, Set<String> figureReasons, boolean storyBoxes) {
        this(seeThroughReasons, figureReasons, storyBoxes, DEFAULT_BOX_LEVELS, DEFAULT_MIN_POSTS);
    }

    /**
     * @param seeThroughReasons reason codes of removed blocks that are skipped when looking for a neighbour
     * @param figureReasons     reason codes of removed figure blocks skipped when set apart by blank lines
     * @param storyBoxes        whether a block among the story's paragraphs or in a post of theirs is left alone (HTML)
     * @param boxLevels         how many levels of box above a strong prose paragraph are taken for its post
     * @param minPosts          fewest boxes of one class (or tag) holding strong prose that make a row of posts
     */
    public ShortBlockContextFilter(Set<String> seeThroughReasons, Set<String> figureReasons, boolean storyBoxes,
                                   int boxLevels, int minPosts) {
        this(seeThroughReasons, figureReasons, storyBoxes, boxLevels, minPosts, DEFAULT_MIN_LONE_WORDS);
    }

    /**
     * @param seeThroughReasons reason codes of removed blocks that are skipped when looking for a neighbour
     * @param figureReasons     reason codes of removed figure blocks skipped when set apart by blank lines
     * @param storyBoxes        whether a block among the story's paragraphs or in a post of theirs is left alone (HTML)
     * @param boxLevels         how many levels of box above a strong prose paragraph are taken for its post
     * @param minPosts          fewest boxes of one class (or tag) holding strong prose that make a row of posts
     * @param minLoneWords      fewest words of the longest removed block that stays when nothing else would
     */
    public ShortBlockContextFilter(Set<String> seeThroughReasons, Set<String> figureReasons, boolean storyBoxes,
                                   int boxLevels, int minPosts, int minLoneWords) {
        this(seeThroughReasons, figureReasons, storyBoxes, boxLevels, minPosts, minLoneWords, NO_RUNNING_TEXT,
                DEFAULT_MIN_RUNNING_STOPWORD_DENSITY);
    }

    /**
     * @param seeThroughReasons         reason codes of removed blocks that are skipped when looking for a neighbour
     * @param figureReasons             reason codes of removed figure blocks skipped when set apart by blank lines
     * @param storyBoxes                whether a block among the story's paragraphs or in a post of theirs is left
     *                                  alone (HTML)
     * @param boxLevels                 how many levels of box above a strong prose paragraph are taken for its post
     * @param minPosts                  fewest boxes of one class (or tag) holding strong prose that make a row of posts
     * @param minLoneWords              fewest words of the longest removed block that stays when nothing else would
     * @param minRunningWords           fewest words of a block of running text, left alone whatever its neighbours
     *                                  ({@link #NO_RUNNING_TEXT}: none is)
     * @param minRunningStopwordDensity least share of function words among such a block's words
     */
    public ShortBlockContextFilter(Set<String> seeThroughReasons, Set<String> figureReasons, boolean storyBoxes,
                                   int boxLevels, int minPosts, int minLoneWords, int minRunningWords,
                                   double minRunningStopwordDensity) {
        this(seeThroughReasons, figureReasons, storyBoxes, boxLevels, minPosts, minLoneWords, minRunningWords,
                minRunningStopwordDensity, DEFAULT_CITATION);
    }

    /**
     * As the constructor above, with
     * @param citation what a block holds that cites the story's source, left alone whatever its neighbours
     *                 ({@link #DEFAULT_CITATION})
     */
    public ShortBlockContextFilter(Set<String> seeThroughReasons, Set<String> figureReasons, boolean storyBoxes,
                                   int boxLevels, int minPosts, int minLoneWords, int minRunningWords,
                                   double minRunningStopwordDensity, Pattern citation) {
        this.citation = Validate.notNull(citation, "citation");
        this.minRunningWords = Validate.positive(minRunningWords, "minRunningWords");
        this.minRunningStopwordDensity = Validate.fraction(minRunningStopwordDensity, "minRunningStopwordDensity");
        this.minLoneWords = Validate.positive(minLoneWords, "minLoneWords");
        this.boxLevels = Validate.atLeast(boxLevels, 0, "boxLevels");
        this.minPosts = Validate.atLeast(minPosts, 1, "minPosts");
        this.seeThroughReasons = Set.copyOf(Validate.notNull(seeThroughReasons, "seeThroughReasons"));
        this.figureReasons = Set.copyOf(Validate.notNull(figureReasons, "figureReasons"));
        this.storyBoxes = storyBoxes;
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        StoryBoxes story = null;
        Block longest = null; // the longest block removed here, kept when nothing else would be
        int kept = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isKept()) kept++;
            if (!block.isKept() || block.has(Label.PROSE) || block.has(Label.LEAD) || isRunningText(block, page)) {
                continue;
            }
            Block before = neighbour(blocks, i, -1);
            Block after = neighbour(blocks, i, +1);
            boolean removedAround = (before == null || before.isRemoved()) && (after == null || after.isRemoved());
            if (!removedAround || (before == null && after == null)) continue;
            if (citation.matcher(block.text()).find()) continue;
            if (storyBoxes && block.element() != null) {
                if (story == null) story = new StoryBoxes(blocks);
                if (story.holds(block.element(), i)) continue;
            }
            if (block.remove(new Reason(REASON, name(), "not prose, and both neighbours were removed"))) {
                changed = true;
                kept--;
                if (longest == null || block.wordCount() > longest.wordCount()) longest = block;
            }
        }
        // nothing left: the neighbours said nothing of the page's only text, a story of one short paragraph
        if (kept == 0 && longest != null && longest.wordCount() >= minLoneWords) longest.restore();
        return changed;
    }

    /**
     * Whether the block reads as a paragraph short of its full stop: longer than a title, a paragraph's function
     * words (none counted on a page of unknown language), not cut off in an ellipsis.
     */
    private boolean isRunningText(Block block, Page page) {
        return block.wordCount() >= minRunningWords && !page.stopwords().isEmpty()
                && !ProseLabelFilter.isTeaser(block.text())
                && ProseLabelFilter.stopwordDensity(block, page) >= minRunningStopwordDensity;
    }

    /**
     * Where the kept strong prose paragraphs stand: their parents and grandparents, the last one's index, and the
     * boxes that hold them up to {@code boxLevels} levels up, by the element they stand in and their tag and class
     * (a post, a post's body).
     */
    private final class StoryBoxes {
        private final Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Element> grandparents = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, Map<String, Set<Element>>> boxes = new IdentityHashMap<>();
        private int lastStrong = -1;

        StoryBoxes(List<Block> blocks) {
            for (Block block : blocks) {
                if (!block.isKept() || block.element() == null || !StrongProse.DEFAULT.test(block)) continue;
                Element parent = block.element().parent();
                if (parent == null) continue;
                parents.add(parent);
                if (parent.parent() != null) grandparents.add(parent.parent());
                lastStrong = block.index();
                Element box = parent;
                for (int level = 0; level < boxLevels && box != null && box.parent() != null; level++) {
                    boxes.computeIfAbsent(box.parent(), k -> new HashMap<>())
                            .computeIfAbsent(kind(box), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                            .add(box);
                    box = box.parent();
                }
            }
        }

        /** Whether the element at block {@code index} stands among the story's paragraphs or in a post of its own. */
        boolean holds(Element element, int index) {
            Element parent = element.parent();
            if (parent == null) return false;
            if (index < lastStrong && (parents.contains(parent) || grandparents.contains(parent)
                    || parent.parent() != null && grandparents.contains(parent.parent()))) return true;
            Element box = parent;
            for (int level = 0; level < boxLevels && box != null && box.parent() != null; level++) {
                Map<String, Set<Element>> kinds = boxes.get(box.parent());
                Set<Element> same = kinds == null ? null : kinds.get(kind(box));
                if (same != null && (index < lastStrong || isPost(box, same))) return true;
                box = box.parent();
            }
            return false;
        }
    }

    /**
     * Whether the box is a post of a row of them: named (a CMS names its posts' boxes; a writer's unnamed sections
     * end on the story's tail), holding more than its line (a post's time stamp and share link beside it; a CMS
     * that wraps each paragraph in a box of its own wraps the tail line too), not one that holds strong prose, and
     * beside {@code minPosts} of its kind that do.
     */
    private boolean isPost(Element box, Set<Element> same) {
        return !box.className().isEmpty() && (box.childrenSize() > 1 || !box.ownText().isBlank())
                && !same.contains(box) && same.size() >= minPosts;
    }

    /** A box's kind: its class, as a row of posts repeats it (whatever element each post is), or its tag. */
    private static String kind(Element box) {
        String classes = box.className();
        return classes.isEmpty() ? box.normalName() : '.' + classes;
    }

    private Block neighbour(List<Block> blocks, int i, int step) {
        for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
            Block block = blocks.get(j);
            if (block.isJoined()) continue;
            if (block.isRemoved() && seeThroughReasons.contains(block.removal().code())) continue;
            if (isFigure(block) && figureSetApart(blocks, j)) continue;
            return block;
        }
        return null;
    }

    private boolean isFigure(Block block) {
        return block.isRemoved() && figureReasons.contains(block.removal().code());
    }

    /** Whether the figure block at {@code at}, with the figure blocks that touch it, has blank lines around it. */
    private boolean figureSetApart(List<Block> blocks, int at) {
        int first = at;
        while (first > 0 && blocks.get(first).gapBefore() == 0 && isFigure(blocks.get(first - 1))) first--;
        int next = at + 1;
        while (next < blocks.size() && blocks.get(next).gapBefore() == 0 && isFigure(blocks.get(next))) next++;
        return blocks.get(first).gapBefore() > 0 && (next == blocks.size() || blocks.get(next).gapBefore() > 0);
    }
}
