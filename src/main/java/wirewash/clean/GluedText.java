package wirewash.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a dump ran two of a page's text nodes together with nothing between them (BeautifulSoup's {@code get_text()},
 * a scraper's {@code textContent}): a word's small letters meet the next node's capital ("Top storiesArmenian",
 * "HomeNewsMetro"), or a sentence's end does ("…a helicopter.Related links", "…in 2019.The group"). English
 * letters only, each told by two comparisons, so a block's chars are read cheaply.
 */
public final class GluedText {
    /** Small letters a word seam needs before its capital: the end of a word, not a name's first syllable. */
    static final int DEFAULT_SMALL_BEFORE = 3;
    /** Small letters a word seam needs after its capital: the next node's word, not a name's "In" or "TV". */
    static final int DEFAULT_SMALL_AFTER = 2;

    /** Capitals a word in capitals needs before the next word's capital ("SUBSCRIBENov", "ADVERTISEMENTThanks"). */
    static final int DEFAULT_MIN_CAPITALS_BEFORE = 4;

    private GluedText() {}

    /** Capitals in a row right before {@code i} that open a word (no letter before them). */
    private static int capitalsBefore(String text, int i) {
        int j = i - 1;
        while (j >= 0 && isCapital(text.charAt(j))) j--;
        return j >= 0 && isLetter(text.charAt(j)) ? 0 : i - 1 - j;
    }

    /**
     * How many times a word's small letters run into a capital that opens another word:
     * {@code DEFAULT_SMALL_BEFORE} small letters, a capital, {@code DEFAULT_SMALL_AFTER} small letters ("MenuMetro",
     * "reformKnow"). A name's inner capital after a syllable or two ("iPhone", "McDonald", "MacBook", "YouTube",
     * "LinkedIn") is no seam.
     */
    public static int wordSeams(String text) {
        int seams = 0;
        int small = 0; // small letters in a row just before i
        for (int i = 0, n = text.length() - DEFAULT_SMALL_AFTER; i < n; i++) {
            char c = text.charAt(i);
            if (isSmall(c)) {
                small++;
                continue;
            }
            if (small >= DEFAULT_SMALL_BEFORE && isCapital(c) && smallAfter(text, i + 1)) seams++;
            small = 0;
        }
        return seams;
    }

    /**
     * {@code text} cut at each seam: a word seam ({@link #wordSeams}) and a sentence's end glued to a capital (a
     * small letter or digit, a closing quote or bracket at most, ".", "!" or "?", then a capital: "helicopter.Related",
     * "\"The Promise\".Iconic"; not "U.S.A."), and a closing bracket glued to a capital ({@link #bracketBefore}), each
     * piece trimmed, none empty; the text itself when it has none.
     */
    public static List<String> cut(String text) {
        return cut(text, true);
    }

    /**
     * {@link #cut(String)}, but with {@code afterCapitalised} false a word seam cuts only after a word of small
     * letters ("Top storiesArmenian", "inboxEmail"), not after a capitalised one: "GiveWell", "PlayStation" and
     * "WhatsApp" stay whole in a story's line, and a line of menu items run together stays one line for
     * {@code GluedMenuFilter}.
     */
    public static List<String> cut(String text, boolean afterCapitalised) {
        List<String> pieces = null;
        int from = 0;
        int small = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isSmall(c)) {
                small++;
                continue;
            }
            int at = i; // where the seam cuts: before the capital
            // a quote between the word and the capital ("Hills\"Hands", "Sentence'But") stays with the word
            if (isQuote(c) && small >= DEFAULT_SMALL_BEFORE && i + 1 < n && isCapital(text.charAt(i + 1))) at = i + 1;
            boolean seam = at < n - DEFAULT_SMALL_AFTER && isCapital(text.charAt(at))
                    && (small >= DEFAULT_SMALL_BEFORE && (smallAfter(text, at + 1) || isWordOfOne(text, at))
                        && (afterCapitalised || i - small == 0 || !isLetter(text.charAt(i - small - 1)))
                        || at == i && sentenceEndBefore(text, i)
                        || at == i && bracketBefore(text, i) && (smallAfter(text, i + 1) || isWordOfOne(text, i))
                        || afterCapitalised && at == i && capitalsBefore(text, i) >= DEFAULT_MIN_CAPITALS_BEFORE
                            && smallAfter(text, i + 1));
            small = 0;
            if (!seam) continue;
            String piece = text.substring(from, at).strip();
            if (piece.isEmpty()) continue;
            if (pieces == null) pieces = new ArrayList<>();
            pieces.add(piece);
            from = at;
        }
        if (pieces == null) return List.of(text);
        String last = text.substring(from).strip();
        if (!last.isEmpty()) pieces.add(last);
        return pieces;
    }

    /**
     * Whether a sentence ends in {@code text} with a space after it: a full stop after anything but a capital, and a
     * space ("…in May. The"); not an abbreviation's capital ("U.S. & World" in a menu).
     */
    public static boolean hasSentenceEnd(String text) {
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 2)) {
            if (i > 0 && !isCapital(text.charAt(i - 1))) return true;
        }
        return false;
    }

    /**
     * Whether a sentence's end stands right before {@code i}: ".", "!" or "?" after a small letter or digit, with a
     * closing quote or bracket before or after the mark or none ("home.The", "door.\"Fort", "Promise\".Iconic").
     */
    private static boolean sentenceEndBefore(String text, int i) {
        int j = i - 1;
        if (j >= 0 && isClosing(text.charAt(j))) j--;
        if (j < 1 || !isMark(text.charAt(j))) return false;
        j--;
        if (isClosing(text.charAt(j)) && j > 0 && !isClosing(text.charAt(i - 1))) j--;
        char before = text.charAt(j);
        return isSmall(before) || before >= '0' && before <= '9';
    }

    /**
     * Whether a bracket closes right before {@code i} ("…(AP Photo/Jane Doe, File)Looking ahead", "…(Published
     * Monday, Nov. 18, 2019)A video"): a caption's credit or a box's stamp, whose node ends at the bracket, run into
     * the next node's capital. The bracket holds two words or more and opened after a space or at the text's start:
     * a dateline's agency ("WASHINGTON (AP)The") and a formula's "f(x)" are no seam.
     */
    private static boolean bracketBefore(String text, int i) {
        if (i < 1 || text.charAt(i - 1) != ')') return false;
        int open = text.lastIndexOf('(', i - 2);
        if (open < 0 || open > 0 && text.charAt(open - 1) != ' ' || text.indexOf(')', open) != i - 1) return false;
        int space = text.indexOf(' ', open);
        return space >= 0 && space < i - 1;
    }

    private static boolean isMark(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** Whether the capital at {@code i} is the word "A" or "I" before a small letter ("GirlA video"). */
    private static boolean isWordOfOne(String text, int i) {
        char c = text.charAt(i);
        return (c == 'A' || c == 'I') && text.charAt(i + 1) == ' ' && isSmall(text.charAt(i + 2));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == ')' || c == '\'';
    }

    /** An English letter or any other script's (a word that runs on from "É" is a capitalised one). */
    private static boolean isLetter(char c) {
        return isSmall(c) || isCapital(c) || c > 127 && Character.isLetter(c);
    }

    private static boolean isSmall(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean smallAfter(String text, int from) {
        for (int i = from; i < from + DEFAULT_SMALL_AFTER; i++) {
            if (!isSmall(text.charAt(i))) return false;
        }
        return true;
    }
}
