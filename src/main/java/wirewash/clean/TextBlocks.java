package wirewash.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a plain-text dump into blocks, one per non-blank line, each remembering how many blank lines came
 * before it: scrapers put a blank line between paragraphs and none between the lines of a caption or a list. A dump
 * that double-spaces every line, or writes every blank line twice, has its gaps read at the scale the page meant
 * ({@link LineSpacing}).
 */
public final class TextBlocks {
    private static final LineSpacing SPACING = new LineSpacing();

    private TextBlocks() {}

    public static List<Block> split(String content) {
        List<String> texts = new ArrayList<>();
        int[] gaps = new int[16];
        int blankLines = 1;
        int length = content.length();
        for (int start = 0; start <= length; ) {
            int end = content.indexOf('\n', start);
            if (end < 0) end = length;
            String text = normaliseSpace(content, start, end);
            start = end + 1;
            if (text.isEmpty()) {
                blankLines++;
                continue;
            }
            if (texts.size() == gaps.length) gaps = Arrays.copyOf(gaps, 2 * gaps.length);
            gaps[texts.size()] = blankLines;
            texts.add(text);
            blankLines = 0;
        }
        int spacing = SPACING.spacing(gaps, texts.size());
        int unit = spacing == 0 ? SPACING.blankLineUnit(gaps, texts.size()) : 1;
        List<Block> blocks = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int gap = i == 0 ? gaps[0] : LineSpacing.meant(gaps[i], spacing) / unit;
            blocks.add(Block.line(i, texts.get(i), gap));
        }
        return blocks;
    }

    /** Collapses runs of white space (including no-break spaces) to one space and trims. */
    public static String normaliseSpace(String text) {
        return normaliseSpace(text, 0, text.length());
    }

    /**
     * {@link #normaliseSpace(String)} of {@code text[from, to)}. Most lines need nothing but a trim, so they are
     * checked first and cut out whole.
     */
    private static String normaliseSpace(String text, int from, int to) {
        int start = from;
        while (start < to && isSpace(text.charAt(start))) start++;
        int end = to;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        if (start == end) return "";
        if (isCollapsed(text, start, end)) return text.substring(start, end);
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** True when every space in the range is a single plain space. */
    private static boolean isCollapsed(String text, int start, int end) {
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                space = false;
            } else if (c != ' ' || space) {
                return false;
            } else {
                space = true;
            }
        }
        return true;
    }

    /**
     * White space as {@link Character#isWhitespace} or {@link Character#isSpaceChar} says (the space separators,
     * no-break ones too, and the ASCII controls for spacing), and the zero-width space and byte-order mark. Decided
     * inline, as the curly quotes and dashes of news text are every few words.
     */
    private static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        if (c < '\u1680') return c == '\u00a0';
        if (c >= '\u2000' && c <= '\u200b') return true;
        return c == '\u1680' || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000'
                || c == '\ufeff';
    }
}
