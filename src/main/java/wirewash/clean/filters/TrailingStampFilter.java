package wirewash.clean.filters;

import java.util.List;
import java.util.regex.Pattern;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the time stamps the page's kept text ends with, reason {@code dateline}: a date or time on a line of its
 * own below the story's last paragraph ("March 5, 2024 at 10:42 a.m. EST", "Jan. 8, 2024, 7:12 a.m. ET", "Updated
 * 2 hours ago"), which a site prints as the story's update or publication stamp. A line of at most
 * {@code maxStampWords} words that only states a date or a time ({@link DateLines#isTimestamp}) and marks itself a
 * stamp ({@code stampMark}: a clock time, an age "… ago", a word such as "Updated"); from the last kept block up, up
 * to the first that is not such a stamp. A bare date or a span of dates ("29 November 2018 | 20 January 2019") is
 * the story's own: an event's dates, a letter's. A stamp between the story's paragraphs (a live blog's post's
 * time, a dated entry) is not the text's end and stays; one above the story is the header step's.
 */
public final class TrailingStampFilter implements BlockFilter {
    public static final String REASON = "dateline";
    /** Most words of a time stamp's line. */
    public static final int DEFAULT_MAX_STAMP_WORDS = 10;
    /** What marks a date line as a stamp: a clock time ("10:42", "10 p.m.", "10h42"), an age, a stamp's label. */
    public static final Pattern DEFAULT_STAMP_MARK = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}\\b(?!\\.\\d)|\\b\\d{1,2}\\s*[ap]\\.?m\\b|\\b\\d{1,2}h\\d{2}\\b|\\bago\\b"
                    + "|\\b(updated|published|posted|modified|edited)\\b",
            Pattern.CASE_INSENSITIVE);

    private final int maxStampWords;
    private final Pattern stampMark;

    public TrailingStampFilter() {
        this(DEFAULT_MAX_STAMP_WORDS, DEFAULT_STAMP_MARK);
    }

    /**
     * @param maxStampWords most words of a time stamp's line
     * @param stampMark     what a date line holds to be a stamp
     */
    public TrailingStampFilter(int maxStampWords, Pattern stampMark) {
        this.maxStampWords = Validate.positive(maxStampWords, "maxStampWords");
        this.stampMark = Validate.notNull(stampMark, "stampMark");
    }

    @Override
    public boolean process(Page page) {
        List<Block> kept = page.kept();
        boolean changed = false;
        Reason reason = new Reason(REASON, name(), "a time stamp below the story's last paragraph");
        for (int i = kept.size() - 1; i > 0; i--) {
            Block block = kept.get(i);
            if (block.has(Label.PROSE) || block.wordCount() > maxStampWords || !block.isTimestamp()
                    || !stampMark.matcher(block.text()).find()) {
                break;
            }
            changed |= block.remove(reason);
        }
        return changed;
    }
}
