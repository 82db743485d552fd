package wirewash.clean;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits a plain-text dump into blocks, one per non-blank line, each remembering how many blank lines came
 * before it: scrapers put a blank line between paragraphs and none between the lines of a caption or a list. A dump
 * that double-spaces every line, or writes every blank line twice, has its gaps read at the scale the page meant
 * ({@link LineSpacing}).
 *
 * <p>A dump flattened onto a line or a few (a scraper that joined the page's text with spaces) has no lines to tell
 * its menu from its story: when it has {@link #DEFAULT_MAX_FLAT_LINES} lines or fewer and lines of
 * {@link #DEFAULT_MIN_FLAT_LINE_CHARS} chars or more hold at least {@link #DEFAULT_MIN_FLAT_SHARE} of its text,
 * each such line is cut into its sentences, and each sentence around the runs of capitalised words in it (a menu, a
 * headline), one block each, with no blank line between them. A story's longest paragraphs stay whole on a page
 * of lines, even one that also prints the story flattened (a summary for feeds). A flat dump that kept its HTML
 * source's white space ({@code get_text()} of a page whose source has its tags on one line) marks where one of the
 * page's texts ends and the next begins with a run of {@link #DEFAULT_MIN_FLAT_SEAM_SPACES} spaces or more (the
 * source's indentation between two tags): its long lines are cut there first, and a piece long enough is cut into its
 * sentences as above.
 */
public final class TextBlocks {
    /**
     * The tag of a block cut from a flat dump's line (a sentence, a run of capitalised words), not a line of the
     * dump: a filter that reads a page's line structure (a headline line over a dated header) has none to read there.
     */
    public static final String FLAT_SEGMENT_TAG = "flat-segment";
    /** Lines at least this long are cut into sentences when the dump is flat. */
    public static final int DEFAULT_MIN_FLAT_LINE_CHARS = 1000;
    /** Most lines a flat dump has. */
    public static final int DEFAULT_MAX_FLAT_LINES = 10;
    /** Share of a dump's chars on lines that long that makes it flat. */
    public static final double DEFAULT_MIN_FLAT_SHARE = 0.5;
    /**
     * Capitalised words in a row (numbers and marks such as "|" among them) that a flat dump's sentence is cut
     * around: a menu, a headline or a dateline run into the story's next sentence.
     */
    public static final int DEFAULT_MIN_FLAT_TITLE_RUN = 6;
    /**
     * White-space chars in a row inside a flat dump's long line that stand for its HTML source's break between two
     * texts (a menu item and the next, the headline and the story, the story and a sidebar): two are a sentence's
     * end typed with two spaces.
     */
    public static final int DEFAULT_MIN_FLAT_SEAM_SPACES = 3;
    /** Fewest blank lines with spaces or tabs on them of a dump that kept its HTML source's white space. */
    public static final int DEFAULT_MIN_SPACED_BLANK_LINES = 10;
    /** ... and their least share of its blank lines (a stray indented blank line or two is a dumper's slip). */
    public static final double DEFAULT_MIN_SPACED_BLANK_SHARE = 0.25;
    /** Columns a tab reaches to, as terminals and text browsers set it. */
    private static final int TAB_COLUMNS = 8;
    private static final LineSpacing SPACING = new LineSpacing();

    private TextBlocks() {}

    public static List<Block> split(String content) {
        return split(content, DEFAULT_MAX_FLAT_LINES, DEFAULT_MIN_FLAT_LINE_CHARS, DEFAULT_MIN_FLAT_SHARE,
                DEFAULT_MIN_FLAT_TITLE_RUN, DEFAULT_MIN_FLAT_SEAM_SPACES);
    }

    /**
     * The blocks of a dump, cutting its long lines into sentences and runs of capitalised words when it is flat:
     * {@code maxFlatLines} lines or fewer, lines of {@code minFlatLineChars} or more holding {@code minFlatShare} of
     * its chars; a flat dump's long line is cut first at each run of {@code minFlatSeamSpaces} white-space chars.
     */
    public static List<Block> split(String content, int maxFlatLines, int minFlatLineChars, double minFlatShare,
                                    int minFlatTitleRun, int minFlatSeamSpaces) {
        List<String> texts = new ArrayList<>();
        int[] gaps = new int[16];
        int[] indents = new int[16];
        int[] starts = new int[16]; // each text's line in the content, for its runs of white space
        int[] ends = new int[16];
        int blankLines = 1;
        int allBlankLines = 0;
        int spacedBlankLines = 0; // blank lines with spaces or tabs on them: the HTML source's indentation
        int length = content.length();
        for (int start = 0; start <= length; ) {
            int end = content.indexOf('\n', start);
            if (end < 0) end = length;
            String text = normaliseSpace(content, start, end);
            int lineStart = start;
            start = end + 1;
            if (text.isEmpty()) {
                blankLines++;
                allBlankLines++;
                if (hasSpaceOrTab(content, lineStart, end)) spacedBlankLines++;
                continue;
            }
            if (texts.size() == gaps.length) {
                gaps = Arrays.copyOf(gaps, 2 * gaps.length);
                indents = Arrays.copyOf(indents, gaps.length);
                starts = Arrays.copyOf(starts, gaps.length);
                ends = Arrays.copyOf(ends, gaps.length);
            }
            starts[texts.size()] = lineStart;
            ends[texts.size()] = end;
            gaps[texts.size()] = blankLines;
            indents[texts.size()] = indent(content, lineStart, end);
            texts.add(text);
            blankLines = 0;
        }
        boolean sourceSpaced = spacedBlankLines >= DEFAULT_MIN_SPACED_BLANK_LINES
                && spacedBlankLines >= DEFAULT_MIN_SPACED_BLANK_SHARE * allBlankLines;
        int spacing = sourceSpaced ? 0 : SPACING.spacing(gaps, texts.size());
        int unit = spacing == 0 && !sourceSpaced ? SPACING.blankLineUnit(gaps, texts.size()) : 1;
        boolean flat = texts.size() <= maxFlatLines && isFlat(texts, minFlatLineChars, minFlatShare);
        List<Block> blocks = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int gap = i == 0 ? gaps[0] : LineSpacing.meant(gaps[i], spacing) / unit;
            if (sourceSpaced) {
                // the source's white space between two texts, not a layout: only whether a line break stood there
                gap = Math.min(gap, 1);
                indents[i] = 0;
            }
            String text = texts.get(i);
            if (!flat && !sourceSpaced) {
                blocks.add(Block.line(blocks.size(), text, gap, indents[i]));
                continue;
            }
            if (!flat || text.length() < minFlatLineChars) {
                // a flat dump's short line is cut only where the dump ran two of the page's texts together
                for (String piece : GluedText.cut(text, flat)) {
                    blocks.add(Block.line(blocks.size(), piece, gap, indents[i]));
                    gap = 0;
                }
                continue;
            }
            // a dump that ran the page's texts together has its paragraphs' bounds at the seams (a run of the
            // source's white space, a word glued to the next text's); one that joined them with spaces has none, and
            // is cut into its sentences
            List<String> pieces = new ArrayList<>();
            for (String node : spaceSeams(content, starts[i], ends[i], minFlatSeamSpaces)) {
                pieces.addAll(GluedText.cut(node));
            }
            for (String piece : pieces) {
                for (String sentence : piece.length() < minFlatLineChars ? List.of(piece) : sentences(piece)) {
                    for (String segment : titleRuns(sentence, minFlatTitleRun)) {
                        blocks.add(new Block(blocks.size(), segment, gap, FLAT_SEGMENT_TAG, null, 0));
                        gap = 0;
                    }
                }
            }
        }
        return blocks;
    }

    /**
     * The texts of {@code content[from, to)} between its runs of {@code minSpaces} white-space chars or more, each
     * with its white space collapsed ({@link #normaliseSpace(String)}); none empty.
     */
    static List<String> spaceSeams(String content, int from, int to, int minSpaces) {
        List<String> out = new ArrayList<>();
        int pieceStart = from;
        int i = from;
        while (i < to) {
            if (!isSpace(content.charAt(i))) {
                i++;
                continue;
            }
            int run = i;
            while (i < to && isSpace(content.charAt(i))) i++;
            if (i - run < minSpaces) continue;
            String piece = normaliseSpace(content, pieceStart, run);
            if (!piece.isEmpty()) out.add(piece);
            pieceStart = i;
        }
        String last = normaliseSpace(content, pieceStart, to);
        if (!last.isEmpty()) out.add(last);
        return out;
    }

    /** Whether lines of {@code minLineChars} or more hold at least {@code minShare} of the texts' chars. */
    private static boolean isFlat(List<String> texts, int minLineChars, double minShare) {
        long all = 0;
        long onLongLines = 0;
        for (String text : texts) {
            all += text.length();
            if (text.length() >= minLineChars) onLongLines += text.length();
        }
        return onLongLines > 0 && onLongLines >= minShare * all;
    }

    /**
     * A flat dump's sentence cut around each run of {@code minRun} or more capitalised words (a menu, a headline, a
     * dateline): the run, and the text before and after it, in order. The last capitalised word of a run that
     * lower-case words follow starts the sentence and stays with them; a sentence that is one run stays whole.
     */
    static List<String> titleRuns(String sentence, int minRun) {
        List<String> words = Arrays.asList(sentence.split(" "));
        List<String> out = new ArrayList<>();
        int from = 0; // first word not yet given out
        for (int i = 0; i < words.size(); ) {
            if (!isTitleWord(words.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < words.size() && isTitleWord(words.get(end))) end++;
            int runEnd = end < words.size() ? end - 1 : end; // the sentence's first word stays with it
            if (runEnd - i >= minRun && !(i == from && runEnd == words.size() && out.isEmpty())) {
                if (i > from) out.add(String.join(" ", words.subList(from, i)));
                out.add(String.join(" ", words.subList(i, runEnd)));
                from = runEnd;
            }
            i = end;
        }
        if (from < words.size()) out.add(String.join(" ", words.subList(from, words.size())));
        return out;
    }

    /** A word that starts with a capital or a digit, or a mark with no letter or digit ("|", "-", "&"). */
    private static boolean isTitleWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) return Character.isUpperCase(c) || Character.isDigit(c);
        }
        return true;
    }

    /** The sentences of a line, as the JDK's sentence boundaries cut it, each trimmed; none empty. */
    static List<String> sentences(String line) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
        boundaries.setText(line);
        List<String> out = new ArrayList<>();
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE;
             start = end, end = boundaries.next()) {
            String sentence = line.substring(start, end).strip();
            if (!sentence.isEmpty()) out.add(sentence);
        }
        return out;
    }

    /** Whether {@code text[from, to)} holds a space or a tab (a blank line's indentation, not a CR's end). */
    private static boolean hasSpaceOrTab(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00a0') return true;
        }
        return false;
    }

    /** Columns of white space at the start of {@code text[from, to)}, a tab reaching the next multiple of 8. */
    private static int indent(String text, int from, int to) {
        int columns = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ') columns++;
            else if (c == '\t') columns = (columns / TAB_COLUMNS + 1) * TAB_COLUMNS;
            else break;
        }
        return columns;
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
        // runs of other chars copied whole, each run of white space between them as one space (the range starts
        // and ends with other chars)
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            int run = i;
            while (run < end && !isSpace(text.charAt(run))) run++;
            out.append(text, i, run);
            i = run;
            while (i < end && isSpace(text.charAt(i))) i++;
            if (i < end) out.append(' ');
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
        if (c < 128) return c <= ' ' && (c >= '\u001c' || (c >= '\t' && c <= '\r'));
        if (c < '\u1680') return c == '\u00a0';
        if (c >= '\u2000' && c <= '\u200b') return true;
        return c == '\u1680' || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000'
                || c == '\ufeff';
    }
}
