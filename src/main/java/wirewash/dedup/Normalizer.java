package wirewash.dedup;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import wirewash.internal.Validate;

/**
 * Folds text to one canonical spelling (Unicode NFKC, lower case, straight quotes and apostrophes, ASCII hyphens,
 * single spaces) and splits it into word tokens, so that two copies of a story typeset differently give the same
 * words. "Kazakhstan’s" and "Kazakhstan's" both become the token {@code kazakhstan's}.
 *
 * <p>With spelling folding on (the default, chosen by measurement on synthetic rewrites: see DedupConfig),
 * {@link #tokens} also folds British and American spellings and date styles onto one form ({@link SpellingFolder}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Normalizer {
    public static final boolean DEFAULT_FOLD_SPELLINGS = true;

    /** Single quotation marks and apostrophe look-alikes that become {@code '}. */
    static final String SINGLE_QUOTES = "\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB\u00B4\u0060\uFF07";
    /** Double quotation marks that become {@code "}. */
    static final String DOUBLE_QUOTES = "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB";

    private static final Pattern SINGLE_QUOTE = Pattern.compile("[" + SINGLE_QUOTES + "]");
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("[" + DOUBLE_QUOTES + "]");
    /** Every dash punctuation character (hyphen, en/em dash, ...) and the minus sign. */
    private static final Pattern DASH = Pattern.compile("[\\p{Pd}\u2212]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\p{IsWhite_Space}\u200B\uFEFF]+");
    /** Letters, digits and combining marks; an apostrophe between two such runs stays inside the word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:'[\\p{L}\\p{N}\\p{M}]+)*");

    private static final char ASCII_END = 0x80;
    private static final char LATIN_1_LETTERS = 0xC0;
    private static final char LATIN_1_END = 0xFF;
    /** En and em dash, curly single and double quotes: unchanged by NFKC and lower-casing. */
    private static final String PLAIN_PUNCTUATION = "\u2013\u2014\u2018\u2019\u201C\u201D";
    /** A guess at characters per token, to size the token list. */
    private static final int AVERAGE_TOKEN_CHARS = 6;

    private final SpellingFolder folder;

    /** A normalizer that folds spellings. */
    public Normalizer() {
        this(DEFAULT_FOLD_SPELLINGS);
    }

    /** @param foldSpellings whether {@link #tokens} folds British/American spellings and date styles */
    public Normalizer(boolean foldSpellings) {
        this.folder = foldSpellings ? new SpellingFolder() : null;
    }

    /** Whether tokens are spelling-folded, as named in a signature scheme's shingling. */
    public boolean foldsSpellings() {
        return folder != null;
    }

    /** The text in canonical spelling: NFKC, lower case, straight quotes, ASCII hyphens, single spaces, trimmed. */
    public String normalize(String text) {
        Validate.notNull(text, "text");
        // Checking is cheaper than normalising, and most text arrives already in NFKC.
        String nfkc = java.text.Normalizer.isNormalized(text, Form.NFKC) ? text
                : java.text.Normalizer.normalize(text, Form.NFKC);
        String folded = nfkc.toLowerCase(Locale.ROOT);
        folded = SINGLE_QUOTE.matcher(folded).replaceAll("'");
        folded = DOUBLE_QUOTE.matcher(folded).replaceAll("\"");
        folded = DASH.matcher(folded).replaceAll("-");
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }

    /**
     * The normalized text's words, in order, with punctuation dropped (a hyphen splits words), folded if set: the
     * same words {@link #WORD} finds in {@link #normalize}'s output, found in one pass over the NFKC, lower-cased
     * text (quotes, dashes and spaces, which that method rewrites, are never part of a word, but for apostrophes).
     *
     * <p>Plain text ({@link #isPlain}), the common case, is already in NFKC and is lower-cased character by
     * character during the pass; only other text goes through the JDK's normaliser and {@code toLowerCase} first.
     */
    public List<String> tokens(String text) {
        Validate.notNull(text, "text");
        char[] lower = (isPlain(text) ? text : nfkcLowerCase(text)).toCharArray();
        int n = lower.length;
        List<String> tokens = new ArrayList<>(n / AVERAGE_TOKEN_CHARS + 1);
        char[] word = new char[32];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = lower[i];
            int cp;
            int width;
            if (c < ASCII_END) {
                cp = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
                width = 1;
            } else if (c <= LATIN_1_END) {
                cp = Character.toLowerCase(c);
                width = 1;
            } else {
                cp = Character.codePointAt(lower, i);
                width = Character.charCount(cp);
            }
            if (isWordChar(cp)) {
                if (length + 2 > word.length) word = Arrays.copyOf(word, word.length * 2);
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    word[length++] = (char) cp;
                } else {
                    length += Character.toChars(cp, word, length);
                }
            } else if (length > 0 && isApostrophe(cp) && i + width < n
                    && isWordChar(Character.codePointAt(lower, i + width))) {
                if (length + 1 > word.length) word = Arrays.copyOf(word, word.length * 2);
                word[length++] = '\'';
            } else if (length > 0) {
                tokens.add(new String(word, 0, length));
                length = 0;
            }
            i += width;
        }
        if (length > 0) tokens.add(new String(word, 0, length));
        return folder == null ? tokens : folder.fold(tokens);
    }

    /**
     * Whether the text is already in NFKC and lower-cases character by character: ASCII, the Latin-1 letters
     * (U+00C0–U+00FF: composed, so stable in NFKC, and no combining mark follows, since a mark is not plain) and
     * the typographic quotes and dashes {@link #PLAIN_PUNCTUATION} lists, which NFKC and lower-casing leave as they
     * are. News text is almost always plain.
     */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ASCII_END && (c < LATIN_1_LETTERS || c > LATIN_1_END) && PLAIN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    static String nfkcLowerCase(String text) {
        String nfkc = java.text.Normalizer.isNormalized(text, Form.NFKC) ? text
                : java.text.Normalizer.normalize(text, Form.NFKC);
        return nfkc.toLowerCase(Locale.ROOT);
    }

    /** Letters, digits and combining marks: {@code [\p{L}\p{N}\p{M}]}. */
    static boolean isWordChar(int cp) {
        if (cp < ASCII_END) return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
                return true;
            default:
                return false;
        }
    }

    static boolean isApostrophe(int cp) {
        if (cp < ASCII_END) return cp == '\'' || cp == '`';
        return cp == '\'' || SINGLE_QUOTES.indexOf(cp) >= 0;
    }
}
