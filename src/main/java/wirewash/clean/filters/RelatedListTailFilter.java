package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the title-like lines after the article's last prose paragraph: the headlines of related and
 * "what's happening" lists, section names and tags that pages append below a story. Short sentences that end
 * with a full stop stay: they may be the story's last line. So does a list the story announces (its last paragraph
 * or one of the first lines after it ends in a colon, the lines before it the story's closing sentences: "Tour
 * dates:"), to the first blank line after its first line, a table right
 * after the last paragraph (lines sharing one pattern of punctuation, see {@link TitleRunTailFilter}), also below the
 * story's closing line ("Tickets go on sale Friday." / the tour dates), a table the article's run ends with
 * ({@link DenseProseRunFilter}'s {@link Label#ARTICLE} on its cells: a standings page's) and the lines above it,
 * and a list that outweighs the story above it (its prose and the cells of a table its run holds) several times over
 * (a meal plan below a short introduction, see {@link StoryList}), whose lines are labelled {@link Label#STORY_LIST}.
 */
public final class RelatedListTailFilter implements BlockFilter {
    public static final String REASON = "related-list";
    /** Any title-like line after the last paragraph goes, linked or not. */
    public static final double DEFAULT_MIN_LINK_DENSITY = 0;
    /**
     * Most lines between the last paragraph and a line announcing a list, or a table, that still make it the
     * story's: a closing line of its own may come first ("This game will help you!" / "What you get:").
     */
    public static final int DEFAULT_MAX_LINES_BEFORE_ANNOUNCEMENT = 1;

    private final double minLinkDensity;
    private final int maxLinesBeforeAnnouncement;
    private final StoryList storyList;

    public RelatedListTailFilter() {
        this(DEFAULT_MIN_LINK_DENSITY);
    }

    /**
     * @param minLinkDensity only title-like lines with at least this share of their characters inside links go;
     *                       HTML pages keep an article's closing list (tour dates, a fact box) that links nothing
     */
    public RelatedListTailFilter(double minLinkDensity) {
        this(minLinkDensity, DEFAULT_MAX_LINES_BEFORE_ANNOUNCEMENT);
    }

    /**
     * @param maxLinesBeforeAnnouncement most kept lines between the last paragraph and the line ending in a colon
     *                                   that announces the list after it as the story's, or the table that is the
     *                                   story's: its closing sentences, not title-like
     */
    public RelatedListTailFilter(double minLinkDensity, int maxLinesBeforeAnnouncement) {
        this(minLinkDensity, maxLinesBeforeAnnouncement, StoryList.DEFAULT);
    }

    /** @param storyList when the lines after the last paragraph are the story's body, and stay */
    RelatedListTailFilter(double minLinkDensity, int maxLinesBeforeAnnouncement, StoryList storyList) {
        this.minLinkDensity = Validate.fraction(minLinkDensity, "minLinkDensity");
        this.maxLinesBeforeAnnouncement = Validate.atLeast(maxLinesBeforeAnnouncement, 0,
                "maxLinesBeforeAnnouncement");
        this.storyList = Validate.notNull(storyList, "storyList");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int last = ProseLabelFilter.lastProse(blocks);
        if (last < 0) return false;
        long prose = 0;
        for (Block block : blocks) if (block.isKept() && storyWords(block)) prose += block.wordCount();
        if (storyList.holds(blocks, last + 1, prose)) {
            StoryList.label(blocks, last + 1);
            return true;
        }
        boolean changed = false;
        int next = nextKept(blocks, last);
        int announcement = announcement(blocks, last);
        // the list's first line: right below the line announcing it, blank lines between or not
        int listStart = announcement < 0 ? -1 : nextKept(blocks, announcement);
        boolean introduced = announcement >= 0;
        int tableStart = tableStart(blocks, next);
        int tableEnd = tableStart < blocks.size() ? TitleRunTailFilter.tableEnd(blocks, tableStart,
                TitleRunTailFilter.DEFAULT_MIN_RUN, TitleRunTailFilter.DEFAULT_MIN_PATTERN_SHARE) : tableStart;
        if (tableEnd == tableStart) tableEnd = next;
        // a table the article's run ends with is the story's, and so are the lines between it and the last paragraph
        tableEnd = Math.max(tableEnd, lastArticleCell(blocks, last) + 1);
        for (int i = Math.max(last + 1, tableEnd); i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (introduced && (i <= listStart || block.gapBefore() == 0)) continue;
            introduced = false;
            // an item of the story's own list (Label.STORY_LIST: BodyLinkGuardFilter's) is no related link
            if (block.isKept() && block.has(Label.TITLE_LIKE) && block.linkDensity() >= minLinkDensity
                    && !block.has(Label.STORY_LIST)) {
                changed |= block.remove(new Reason(REASON, name(), "title-like line after the last paragraph"));
            }
        }
        return changed;
    }

    /**
     * Whether the block's words count as the story's against a list below it ({@link StoryList}): a paragraph, or a
     * cell of a table the article's run holds ({@link Label#ARTICLE}: a standings page's story is its table, and a
     * box of teaser cards below its closing note does not outweigh it).
     */
    private static boolean storyWords(Block block) {
        return block.has(Label.PROSE) || block.has(Label.TABLE_CELL) && block.has(Label.ARTICLE);
    }

    /**
     * Index of the line that announces a list after the last paragraph (ending in a colon): the paragraph itself,
     * or one of the {@code maxLinesBeforeAnnouncement} + 1 kept lines after it, those before it ending a sentence
     * ("This game will help you!" / "What you get:"); -1 when none does.
     */
    private int announcement(List<Block> blocks, int last) {
        if (TitleRunTailFilter.introducesList(blocks.get(last))) return last;
        int i = last;
        for (int lines = 0; lines <= maxLinesBeforeAnnouncement; lines++) {
            i = nextKept(blocks, i);
            if (i >= blocks.size()) return -1;
            if (TitleRunTailFilter.introducesList(blocks.get(i))) return i;
            // only the story's own closing line, a sentence, may come first: a byline, a tag or a share button
            // below the story shows the line after it heads the page's furniture, not the story's list
            if (!TextMeasure.endsSentence(blocks.get(i).text())) return -1;
        }
        return -1;
    }

    /**
     * Where a table after the last paragraph may start: {@code next}, the first kept line after it, or the line
     * after the story's closing sentences there (at most {@code maxLinesBeforeAnnouncement}, each ending a sentence
     * and not title-like, lines this filter keeps anyway: "Tickets go on sale Friday." above the tour dates).
     */
    private int tableStart(List<Block> blocks, int next) {
        int start = next;
        for (int lines = 0; lines < maxLinesBeforeAnnouncement; lines++) {
            if (start >= blocks.size() || opensTable(blocks.get(start))) return start;
            if (!TextMeasure.endsSentence(blocks.get(start).text())) return next;
            start = nextKept(blocks, start);
        }
        return start < blocks.size() && opensTable(blocks.get(start)) ? start : next;
    }

    /**
     * Index of the last kept cell of a table ({@link Label#TABLE_CELL}) below the last paragraph {@code last} that
     * the article's run holds ({@link Label#ARTICLE}: {@link DenseProseRunFilter} ends its run with a table the page
     * announces, a standings page's), or -1.
     */
    private static int lastArticleCell(List<Block> blocks, int last) {
        for (int i = blocks.size() - 1; i > last; i--) {
            Block block = blocks.get(i);
            if (block.isKept() && block.has(Label.TABLE_CELL) && block.has(Label.ARTICLE)) return i;
        }
        return -1;
    }

    /** Whether a table may open at the block: a title-like line, or a cell of a table dumped one cell per line. */
    private static boolean opensTable(Block block) {
        return block.has(Label.TITLE_LIKE) || block.has(Label.TABLE_CELL);
    }

    /** Index of the first kept block after {@code i}, or the page's size. */
    private static int nextKept(List<Block> blocks, int i) {
        int next = i + 1;
        while (next < blocks.size() && !blocks.get(next).isKept()) next++;
        return next;
    }
}
