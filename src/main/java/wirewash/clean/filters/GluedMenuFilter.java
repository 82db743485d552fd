package wirewash.clean.filters;

import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.GluedText;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes a block of a menu's items run together. A dump that joins a page's text nodes with nothing between them
 * (BeautifulSoup's {@code get_text()}, a scraper's {@code textContent}) prints a menu as "HomeNewsMetroAkron
 * NewsThe Plain DealerWeatherHealth &amp; Medical…": each item's last small letters meet the next item's capital,
 * a seam. Prose has such seams only inside a few names ("PlayStation", "JavaScript"), one in dozens of words;
 * a block goes when it has at least {@code minSeams} of them and at least {@code minSeamsPerWord} per word. A
 * paragraph run into the link below it ("…the report.Read more") has a full stop at its seam, not a small letter.
 * Only blocks with no sentence end followed by a space, and with long words, are read char by char.
 */
public final class GluedMenuFilter implements BlockFilter {
    public static final String REASON = "glued-menu";
    /** Fewest seams (three small letters, a capital, two small letters: "enuMet" in "MenuMetro") a menu block has. */
    public static final int DEFAULT_MIN_SEAMS = 3;
    /** Least number of seams per word of a block of menu items: prose has them only in a few names. */
    public static final double DEFAULT_MIN_SEAMS_PER_WORD = 0.15;
    /**
     * Fewest chars per word of a block whose seams are counted: the words a dump runs together count as one, so a
     * menu run together has long words (9–11 chars a word with its space, against 5–7 for prose and headlines), and
     * most blocks are passed over without reading their chars.
     */
    public static final double DEFAULT_MIN_CHARS_PER_WORD = 9.0;

    private final int minSeams;
    private final double minSeamsPerWord;
    private final double minCharsPerWord;

    public GluedMenuFilter() {
        this(DEFAULT_MIN_SEAMS, DEFAULT_MIN_SEAMS_PER_WORD, DEFAULT_MIN_CHARS_PER_WORD);
    }

    public GluedMenuFilter(int minSeams, double minSeamsPerWord, double minCharsPerWord) {
        this.minSeams = Validate.positive(minSeams, "minSeams");
        this.minSeamsPerWord = Validate.fraction(minSeamsPerWord, "minSeamsPerWord");
        this.minCharsPerWord = Validate.atLeast(minCharsPerWord, 0, "minCharsPerWord");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            // a paragraph of sentences is no menu (and its last one may run into a link's text: "…in May.Read more")
            String text = block.text();
            if (text.length() < minCharsPerWord * block.wordCount() || GluedText.hasSentenceEnd(text)) continue;
            int seams = GluedText.wordSeams(text);
            if (seams >= minSeams && seams >= minSeamsPerWord * block.wordCount()) {
                changed |= block.remove(new Reason(REASON, name(), seams + " menu items run together"));
            }
        }
        return changed;
    }

}
