package wirewash.clean.filters;

import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
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
    /** Small letters a seam needs before its capital: the end of a menu item's word, not a name's first syllable. */
    private static final int SMALL_BEFORE = 3;
    /** Small letters a seam needs after its capital: the next item's word, not a name's "In" or "TV". */
    private static final int SMALL_AFTER = 2;
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
            if (text.length() < minCharsPerWord * block.wordCount() || text.indexOf(". ") >= 0) continue;
            int seams = seams(text);
            if (seams >= minSeams && seams >= minSeamsPerWord * block.wordCount()) {
                changed |= block.remove(new Reason(REASON, name(), seams + " menu items run together"));
            }
        }
        return changed;
    }

    /**
     * How many times a word's small letters run into a capital that opens another word: {@code SMALL_BEFORE} small
     * letters, a capital, {@code SMALL_AFTER} small letters ("MenuMetro", "reformKnow"). A name's inner capital
     * after a syllable or two ("iPhone", "McDonald", "MacBook", "YouTube", "LinkedIn") is no seam. Letters of the
     * English alphabet only, each told by two comparisons: the other scripts' letters would need a table lookup
     * for every char of every block read, and a menu of theirs run together is not read as one.
     */
    static int seams(String text) {
        int seams = 0;
        int small = 0; // small letters in a row just before i
        for (int i = 0, n = text.length() - SMALL_AFTER; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                small++;
                continue;
            }
            if (small >= SMALL_BEFORE && c >= 'A' && c <= 'Z' && smallAfter(text, i + 1)) seams++;
            small = 0;
        }
        return seams;
    }

    private static boolean smallAfter(String text, int from) {
        for (int i = from; i < from + SMALL_AFTER; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
