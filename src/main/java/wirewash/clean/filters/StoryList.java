package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.Label;
import wirewash.internal.Validate;

/**
 * When the lines below a story's last paragraph are the story's body and not lines the site appends: they hold
 * at least {@code minListToProse} words per word of the story's prose, {@code minLineWords} words per line on
 * average, and {@code minUntitledShare} of them are no headline ({@link Label#TITLE_LIKE}). A story of 90 words
 * above a 1,800-word meal plan introduces the plan; the headlines a site appends below a story rarely outweigh it
 * twice, a menu's lines hold a word or two, and a list of headlines below a brief is headlines throughout. Shared by
 * the filters that cut lists at a page's end ({@link TitleRunTailFilter}, {@link RelatedListTailFilter}), which
 * label such lines {@link Label#STORY_LIST} instead.
 *
 * @param minListToProse   least words of the kept lines from the list's first line to the page's end, per word of
 *                         the story's prose
 * @param minLineWords     fewest words those lines hold on average: a menu's one-word links are no story
 * @param minUntitledShare least share of those lines that are no headline: a meal plan's instructions, a box
 *                         score's rows of figures
 */
record StoryList(double minListToProse, double minLineWords, double minUntitledShare) {
    public static final double DEFAULT_MIN_LIST_TO_PROSE = 3.0;
    public static final double DEFAULT_MIN_LINE_WORDS = 5.0;
    public static final double DEFAULT_MIN_UNTITLED_SHARE = 0.1;
    static final StoryList DEFAULT =
            new StoryList(DEFAULT_MIN_LIST_TO_PROSE, DEFAULT_MIN_LINE_WORDS, DEFAULT_MIN_UNTITLED_SHARE);

    StoryList {
        Validate.atLeast(minListToProse, 0, "minListToProse");
        Validate.atLeast(minLineWords, 0, "minLineWords");
        Validate.fraction(minUntitledShare, "minUntitledShare");
    }

    /** Whether the kept lines from {@code start} to the page's end are the story's body, below {@code proseWords}. */
    boolean holds(List<Block> blocks, int start, long proseWords) {
        long words = 0;
        int lines = 0;
        int untitled = 0;
        for (int i = start; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            words += block.wordCount();
            lines++;
            if (!block.has(Label.TITLE_LIKE)) untitled++;
        }
        return lines > 0 && words >= minListToProse * proseWords && words >= minLineWords * lines
                && untitled >= minUntitledShare * lines;
    }

    /** Labels the kept lines from {@code start} to the page's end {@link Label#STORY_LIST}. */
    static void label(List<Block> blocks, int start) {
        for (int i = start; i < blocks.size(); i++) if (blocks.get(i).isKept()) blocks.get(i).label(Label.STORY_LIST);
    }
}
