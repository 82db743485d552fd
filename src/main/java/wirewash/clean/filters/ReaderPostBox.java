package wirewash.clean.filters;

import java.util.List;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import wirewash.clean.Block;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Finds, on a text dump, a box of reader posts ("Top comments") set between the story's paragraphs: below its heading,
 * or right above the line that links to the comments and closes it ("112 comments", "View all comments"). Read upwards
 * from the link, each post is its buttons (a line of its own, or taken already by a comment rule or the comment-run
 * step), its text (one or two lines that say something, {@code maxPostWords} words or fewer each) and, above the text,
 * one to {@code maxHeaderLines} short lines that are no prose (its author, its stamp, an avatar's initials, and for
 * the first post the box's heading), kept or taken by a line rule; the box ends above at the story's paragraph. Read
 * downwards from a heading, each post is its header lines, its text and its buttons. A post tells itself by its
 * buttons or a stamp on a header line: a name over a quote (a story that quotes its readers, a letters page), a
 * subhead over a short paragraph, a Q&A's speaker over a question and its answer show neither. Asked only where a
 * comment line would end the page.
 */
final class ReaderPostBox {
    /** Most words of a line of a post's text. */
    static final int DEFAULT_MAX_POST_WORDS = 80;
    /** Most words of a line above a post's text: its author and stamp, or the box's heading. */
    static final int DEFAULT_MAX_HEADER_WORDS = 8;
    /** Most lines above a post's text: an avatar's initials, the author, the stamp, the box's heading. */
    static final int DEFAULT_MAX_HEADER_LINES = 3;
    /** What the reasons of the comment steps and rules start with: the lines they took are a post's. */
    static final String DEFAULT_POST_REASON_PREFIX = "comment-";
    /** A name's initial at a line's end, after a space ("Dev Y."): no sentence's end. */
    private static final Pattern INITIAL_AT_END = Pattern.compile("\\s\\p{Lu}\\.$");
    static final ReaderPostBox DEFAULT = new ReaderPostBox(DEFAULT_MAX_POST_WORDS, DEFAULT_MAX_HEADER_WORDS,
            DEFAULT_MAX_HEADER_LINES);

    /** Its button and stamp tests: one reading of a post's lines for the comment-run step and this. */
    private final CommentRunFilter posts = new CommentRunFilter();
    private final int maxPostWords;
    private final int maxHeaderWords;
    private final int maxHeaderLines;

    /**
     * @param maxPostWords   most words of a line of a post's text
     * @param maxHeaderWords most words of a line above a post's text
     * @param maxHeaderLines most lines above a post's text
     */
    ReaderPostBox(int maxPostWords, int maxHeaderWords, int maxHeaderLines) {
        this.maxPostWords = Validate.positive(maxPostWords, "maxPostWords");
        this.maxHeaderWords = Validate.positive(maxHeaderWords, "maxHeaderWords");
        this.maxHeaderLines = Validate.positive(maxHeaderLines, "maxHeaderLines");
    }

    /** The index of the box's first line above the link at {@code link}, or -1 when no box of posts ends there. */
    int top(List<Block> blocks, int link) {
        int j = link - 1;
        int top = -1;
        int count = 0;
        while (j >= 0) {
            int at = j;
            boolean marked = false;
            while (j >= 0 && isPostMark(blocks.get(j))) {
                marked = true;
                j--;
            }
            int texts = 0;
            while (j >= 0 && texts < 2 && isPostText(blocks.get(j))) {
                texts++;
                j--;
            }
            int headers = 0;
            boolean stamped = false;
            while (j >= 0 && headers < maxHeaderLines && isHeader(blocks.get(j))) {
                stamped |= isStamped(blocks.get(j).text());
                headers++;
                j--;
            }
            // a post has its text and a line above it (buttons or lines the comment steps took make up for the
            // text), and shows its buttons or its stamp: a name over a quote, a subhead over a short paragraph, a Q&A's
            // speaker over a question and its answer are the story's
            if (headers == 0 || texts == 0 && !marked || !marked && !stamped) {
                j = at;
                break;
            }
            count++;
            top = j + 1;
        }
        if (count == 0) return -1;
        // the box stands below the story's paragraph
        for (int k = top - 1; k >= 0; k--) {
            if (blocks.get(k).isKept()) return blocks.get(k).has(Label.PROSE) ? top : -1;
        }
        return -1;
    }

    /**
     * The index of the box's last line below its heading at {@code heading} ("Top comments" set between the story's
     * paragraphs), or -1 when no posts follow it. Read downwards, each post is one to {@code maxHeaderLines} header
     * lines, its text (one line, and one more only with its buttons right below), and its buttons.
     */
    int bottom(List<Block> blocks, int heading) {
        return bottom(blocks, heading, null);
    }

    /**
     * As {@link #bottom(List, int)}, but with {@code closingLink} given a post need show neither buttons nor a stamp:
     * one header line (its author's name or handle, "mamabear77", "Anon") over its text is enough, and a line that
     * {@code closingLink} accepts ("Comments (123)") is no post's header but ends the box. Only for a caller that
     * tells the box from the story otherwise: under a comment heading ("What readers are saying"), closed by such a
     * link, with the story going on below it.
     */
    int bottom(List<Block> blocks, int heading, Predicate<Block> closingLink) {
        boolean signedOnly = closingLink != null;
        int j = heading + 1;
        int end = -1;
        while (j < blocks.size()) {
            int headers = 0;
            boolean stamped = false;
            while (j < blocks.size() && headers < maxHeaderLines && isHeader(blocks.get(j))
                    && !(signedOnly && closingLink.test(blocks.get(j)))) {
                stamped |= isStamped(blocks.get(j).text());
                headers++;
                j++;
            }
            int texts = 0;
            if (j < blocks.size() && isPostText(blocks.get(j))) {
                texts++;
                j++;
                // a post's second paragraph, told from the story's by the post's buttons right below it
                if (j + 1 < blocks.size() && isPostText(blocks.get(j)) && isPostMark(blocks.get(j + 1))) j++;
            }
            boolean marked = false;
            while (j < blocks.size() && isPostMark(blocks.get(j))) {
                marked = true;
                j++;
            }
            if (headers == 0 || texts == 0 || !marked && !stamped && !(signedOnly && headers == 1)) break;
            end = j - 1;
        }
        return end;
    }

    /** A post's buttons on a line of their own, or a line the comment steps or rules took ("Reply", "Like 12"). */
    private boolean isPostMark(Block block) {
        if (!block.has(Label.PROSE) && posts.isButtonLine(block.text())) return true; // kept, or taken by any rule
        Reason removal = block.removal();
        return removal != null && removal.code().startsWith(DEFAULT_POST_REASON_PREFIX);
    }

    private boolean isPostText(Block block) {
        int words = block.wordCount();
        return block.isKept() && words > 0 && words <= maxPostWords
                && (block.has(Label.PROSE) || TextMeasure.endsSentence(block.text()));
    }

    /**
     * A short line above a post's text, no prose: kept, or taken by a line rule (an author and stamp as a byline). It
     * ends no sentence, but may end in the initial of its author's last name ("Dev Y.").
     */
    boolean isHeader(Block block) {
        int words = block.wordCount();
        return words > 0 && words <= maxHeaderWords && !block.has(Label.PROSE)
                && (!TextMeasure.endsSentence(block.text()) || INITIAL_AT_END.matcher(block.text().strip()).find())
                && (block.isKept() || block.removal() != null && block.removal().byRule());
    }

    private boolean isStamped(String text) {
        return DateLines.mayHoldPostStamp(text) && (DateLines.isPostStamp(text) || posts.stampAfterAuthor(text) > 0);
    }
}
