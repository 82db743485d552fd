package wirewash.clean;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures a block's text: its words, whether it ends a sentence, how much of it is letters. Pure functions.
 * Scripts written without spaces (Chinese, Japanese) are measured by characters: each ideograph or kana is a token
 * of its own, and two of them count as one word of length.
 */
public final class TextMeasure {
    /** Below this code point (CJK Radicals Supplement) no character is CJK: skips the script lookup for Latin text. */
    private static final int FIRST_CJK = 0x2E80;
    /**
     * {@link #isCjkScript} of every BMP code point, a bit each (8 KB), read instead of the script lookup that
     * every non-Latin letter of every block would otherwise cost. Filled once, never written after.
     */
    private static final long[] CJK_BMP = cjkBmp();
    private static final String URL_SCHEME = "://";
    /** Fewer chars than a word and its space take in most prose: the capacity {@link #words} starts its list with. */
    private static final int WORD_CHARS_GUESS = 5;
    /** {@link #ASCII_WORD}: a lower-case ASCII letter or a digit. */
    private static final byte ASCII_LOWER_OR_DIGIT = 1;
    /** {@link #ASCII_WORD}: an upper-case ASCII letter. */
    private static final byte ASCII_UPPER = 2;
    /**
     * For each ASCII char, what it is in a word: 0 (none of it), {@link #ASCII_LOWER_OR_DIGIT} or
     * {@link #ASCII_UPPER}.
     */
    private static final byte[] ASCII_WORD = asciiWord();
    /**
     * A web address: a scheme that starts no longer run of scheme characters, "://", and what follows up to a
     * space or a CJK character (Chinese, Japanese and Korean text sets no space after an address, nor between its
     * words). Possessive and anchored at the scheme's start, so a long run of non-space (a base64 blob) costs
     * linear time, and only the address itself is cut from a run of CJK text.
     */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*+://[^\\s\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]*+");

    private TextMeasure() {}

    /**
     * Lower-cased word tokens: runs of letters and digits, an inner apostrophe kept ("don't"); each CJK ideograph
     * or kana a token of its own.
     */
    public static List<String> words(String text) {
        // sized for a word per WORD_CHARS_GUESS chars, so that a paragraph's list is seldom copied as it grows
        List<String> out = new ArrayList<>(text.length() / WORD_CHARS_GUESS + 1);
        allWords(text, out);
        return out;
    }

    /**
     * {@link #words(String)}: the words of a whole text, the ones {@link #tokens} counts, read from a copy of its
     * chars. A news text is most often stored two bytes a char (a curly quote or a dash is enough), and its chars
     * read from an array cost less than one by one from the string; a word's string made from the array is stored a
     * byte a char when it can be, as {@code substring} stores it.
     */
    private static void allWords(String text, List<String> out) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        // an ASCII word's chars, lowered, when it has an upper-case letter
        byte[] buffer = null;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            int start = i;
            boolean upper;
            boolean ascii = true;
            if (c < 128) {
                byte kind = ASCII_WORD[c];
                if (kind == 0) {
                    i++;
                    continue;
                }
                upper = kind == ASCII_UPPER;
                i++;
            } else {
                int cp = Character.codePointAt(chars, i);
                i += Character.charCount(cp);
                if (!Character.isLetterOrDigit(cp)) continue;
                if (isCjk(cp)) {
                    out.add(new String(chars, start, i - start));
                    continue;
                }
                upper = false;
                ascii = false;
            }
            while (i < n) {
                c = chars[i];
                if (c < 128) {
                    byte kind = ASCII_WORD[c];
                    if (kind != 0) {
                        upper |= kind == ASCII_UPPER;
                        i++;
                    } else if (c == '\'' && i + 1 < n && Character.isLetter(Character.codePointAt(chars, i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                    continue;
                }
                int cp = Character.codePointAt(chars, i);
                if (Character.isLetterOrDigit(cp) && !isCjk(cp)) {
                    i += Character.charCount(cp);
                } else if (cp == '\u2019' && i + 1 < n && Character.isLetter(Character.codePointAt(chars, i + 1))) {
                    i++;
                } else {
                    break;
                }
                ascii = false;
            }
            if (!ascii) {
                out.add(new String(chars, start, i - start).toLowerCase(Locale.ROOT));
            } else if (!upper) {
                out.add(new String(chars, start, i - start));
            } else {
                if (buffer == null) buffer = new byte[n];
                for (int k = start; k < i; k++) {
                    char w = chars[k];
                    buffer[k - start] = (byte) (w >= 'A' && w <= 'Z' ? w + ('a' - 'A') : w);
                }
                out.add(new String(buffer, 0, i - start, StandardCharsets.ISO_8859_1));
            }
        }
    }

    /**
     * How many {@link #words(String) words} the text has (each CJK character one), counting no further than
     * {@code limit}: whether a box's whole text is short, told without reading a long one to its end or making
     * its words.
     */
    public static int tokenCount(String text, int limit) {
        long counts = tokens(text, limit);
        return (int) (counts >>> 32) + (int) counts;
    }

    /**
     * Counts the text's first {@code limit} {@link #words(String) words}, as {@link #allWords} cuts them, making none
     * of them; returns how many were CJK characters, shifted left 32 bits, or'ed with how many were not. Read char by
     * char from the string: a count may stop long before a long text's end, where a copy of its chars would not.
     */
    private static long tokens(String text, int limit) {
        int n = text.length();
        int runs = 0;
        int cjk = 0;
        int i = 0;
        while (i < n && runs + cjk < limit) {
            char c = text.charAt(i);
            if (c < 128) {
                i++;
                if (ASCII_WORD[c] == 0) continue;
            } else {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetterOrDigit(cp)) continue;
                if (isCjk(cp)) {
                    cjk++;
                    continue;
                }
            }
            while (i < n) {
                c = text.charAt(i);
                if (c < 128) {
                    if (ASCII_WORD[c] != 0
                            || c == '\'' && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                        i++;
                        continue;
                    }
                    break;
                }
                int cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp) && !isCjk(cp)) {
                    i += Character.charCount(cp);
                } else if (cp == '\u2019' && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            runs++;
        }
        return (long) cjk << 32 | runs;
    }

    /**
     * {@code text.split("\\s+")} without a regex compiled at each call: the text cut at each run of ASCII white space
     * (space, tab, newline, vertical tab, form feed, return), an empty string first when it starts with one, the empty
     * strings at its end dropped. Filters split short lines this way many times a page.
     */
    public static String[] splitAtWhiteSpace(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        boolean cut = false;
        while (i < n) {
            if (!isAsciiSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (i < n && isAsciiSpace(text.charAt(i))) i++;
            out.add(text.substring(start, end));
            start = i;
            cut = true;
        }
        if (!cut) return new String[] {text};
        out.add(text.substring(start, n));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) size--;
        return out.subList(0, size).toArray(new String[0]);
    }

    /** Regex {@code \s} (not its Unicode form): space, tab, newline, vertical tab, form feed, return. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * The last {@code count} or more of the text's {@link #words} (all of them when it has fewer), from its end
     * alone: a paragraph joined back line by line is asked at every join, and tokenising all of it each time is
     * quadratic. A word never spans a space, so the words after a space are the text's last words.
     */
    public static List<String> lastWords(String text, int count) {
        for (int window = 64; window < text.length(); window *= 2) {
            int space = text.lastIndexOf(' ', text.length() - window);
            if (space < 0) break;
            List<String> tail = words(text.substring(space + 1));
            if (tail.size() >= count) return tail;
        }
        return words(text);
    }

    /** The length of the text in words: word tokens, with CJK characters counted as half a word each. */
    public static int wordCount(String text) {
        // counted as the words are read, none of them made
        long counts = tokens(text, Integer.MAX_VALUE);
        int cjk = (int) (counts >>> 32);
        return (int) counts + (cjk + 1) / 2;
    }

    /**
     * The length of the text in words, leaving out the web addresses in it ("https://…" up to the next space or
     * CJK character):
     * an address is no words of a sentence, however many its path splits into.
     */
    public static int wordCountOutsideAddresses(String text) {
        return hasAddress(text) ? wordCount(ADDRESS.matcher(text).replaceAll(" ")) : wordCount(text);
    }

    /**
     * Whether the text may hold a web address (it holds "://"): when it does not, {@link #wordCountOutsideAddresses}
     * is {@link #wordCount}, which a {@link Block} has counted already.
     */
    public static boolean hasAddress(String text) {
        return text.contains(URL_SCHEME);
    }

    /** Whether the text starts with a web address ("https://…", "www.…"), after any white space. */
    public static boolean startsWithAddress(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    /** The length in words of tokens from {@link #words}: CJK characters count half, rounded up. */
    public static int length(List<String> tokens) {
        int words = 0;
        int cjk = 0;
        for (String token : tokens) {
            if (token.length() <= 2 && isCjk(token.codePointAt(0))) cjk++;
            else words++;
        }
        return words + (cjk + 1) / 2;
    }

    /**
     * Where the label a line opens with ends: the index of a colon that is the line's first mark after 1 to
     * {@code maxWords} words ("Q: Favorite apps?", "Price: $10"), packed with that word count as
     * {@code index << 32 | words}; -1 when the line opens with no such label.
     */
    public static long labelColon(String text, int maxWords) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) words++;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            } else {
                return c == ':' && words > 0 && words <= maxWords ? ((long) i << 32) | words : -1;
            }
        }
        return -1;
    }

    /** True for a Han ideograph, hiragana or katakana: scripts written without spaces between words. */
    public static boolean isCjk(int codePoint) {
        if (codePoint < FIRST_CJK) return false;
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return (CJK_BMP[codePoint >>> 6] & (1L << codePoint)) != 0;
        }
        return isCjkScript(codePoint);
    }

    /** {@link #isCjk} by the script lookup (a binary search over Unicode's script ranges). */
    private static boolean isCjkScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static byte[] asciiWord() {
        byte[] kinds = new byte[128];
        for (char c = 'a'; c <= 'z'; c++) kinds[c] = ASCII_LOWER_OR_DIGIT;
        for (char c = '0'; c <= '9'; c++) kinds[c] = ASCII_LOWER_OR_DIGIT;
        for (char c = 'A'; c <= 'Z'; c++) kinds[c] = ASCII_UPPER;
        return kinds;
    }

    private static long[] cjkBmp() {
        long[] bits = new long[Character.MIN_SUPPLEMENTARY_CODE_POINT >>> 6];
        for (int cp = FIRST_CJK; cp < Character.MIN_SUPPLEMENTARY_CODE_POINT; cp++) {
            if (isCjkScript(cp)) bits[cp >>> 6] |= 1L << cp;
        }
        return bits;
    }

    /** A line opened by a bullet or a dash and a space ("• item", "- item", "* item"), or a number ("1. ", "2) "). */
    public static boolean opensListItem(String text) {
        if (text.length() > 1 && "•*-–—·▪►".indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ') return true;
        int digits = 0;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') digits++;
        return digits > 0 && digits + 1 < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && text.charAt(digits + 1) == ' ';
    }

    /**
     * True when the text ends a sentence: its last character, closing quotes and brackets aside, is . ! ? or …,
     * or the full-width 。！？ of Chinese and Japanese.
     */
    public static boolean endsSentence(String text) {
        int i = lastNonClosing(text);
        if (i < 0) return false;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }

    /**
     * True when a full stop and a space are followed by a character that is not lower case: a second sentence starts
     * ("Mayor quits. Council to vote"), where an abbreviation runs on ("Gov. Smith", "vs. the city") is lower case or
     * a name only after a title few headlines use.
     */
    public static boolean opensAnotherSentence(String text) {
        for (int at = text.indexOf(". "); at >= 0; at = text.indexOf(". ", at + 1)) {
            if (at + 2 < text.length() && !Character.isLowerCase(text.charAt(at + 2))) return true;
        }
        return false;
    }

    /** True when the text ends with a full stop (closing quotes and brackets aside), 。 included. */
    public static boolean endsWithPeriod(String text) {
        int i = lastNonClosing(text);
        return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '\u2026' || text.charAt(i) == '\u3002');
    }

    /** True when the text contains at least one letter or digit. */
    public static boolean hasWordCharacter(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.codePointAt(i))) return true;
        return false;
    }

    /** True when the first letter of the text is lower case (a sentence continued from the line before). */
    public static boolean startsLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if (Character.isDigit(c)) return false;
        }
        return false;
    }

    /** Share of word tokens that start with a capital letter in the original text. */
    public static double capitalisedShare(String text) {
        int words = 0;
        int capitalised = 0;
        boolean atStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (atStart) {
                    words++;
                    if (Character.isUpperCase(c) || Character.isDigit(c)) capitalised++;
                }
                atStart = false;
            } else if (c != '\'' && c != '\u2019' && c != '-') {
                atStart = true;
            }
        }
        return words == 0 ? 0 : (double) capitalised / words;
    }

    private static int lastNonClosing(String text) {
        int i = text.length() - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')'
                    || c == ']' || c == '\u00bb' || c == '\u300d' || c == '\u300f' || c == '\uff09') {
                i--;
            } else if (c >= FIRST_SYMBOL && isTrailingSymbol(text, i)) {
                // An emoji after the full stop ("See you soon! 🙂") does not hide the sentence's end.
                i -= Character.isLowSurrogate(c) && i > 0 ? 2 : 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** Below this code point (arrows) no character is an emoji or pictograph: skips the lookup for most text. */
    private static final int FIRST_SYMBOL = 0x2190;

    /** True for the emoji or pictograph ending at {@code i}, a skin tone, or the selector that shapes one. */
    private static boolean isTrailingSymbol(String text, int i) {
        int cp = Character.codePointBefore(text, i + 1);
        if (cp == 0xfe0f || cp == 0xfe0e) return true;
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL && cp >= 0x1f3fb;
    }
}
