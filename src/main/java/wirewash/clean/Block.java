package wirewash.clean;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.RuleText;

/**
 * One unit of a page while it is being cleaned: a line of a text dump or a block element of an HTML page, with
 * the layout facts filters judge it by, the labels filters put on it, and the reason it was removed (if it was).
 * Blocks are mutable working state inside one {@link Page}; they never leave the cleaning stage.
 */
public final class Block {
    private final int index;
    private String text;
    private final int gapBefore;
    private final String tag;
    private final Element element;
    private final int linkChars;
    private final int sentenceLinkChars;
    private final EnumSet<Label> labels = EnumSet.noneOf(Label.class);
    private Reason removal;
    private List<String> words;
    private Stopwords.Tally stopwordTally;
    private RuleText ruleText;
    /** The stopword list {@link #contentStems} were kept for, or null when none are kept. */
    private Stopwords contentStemsFor;
    private String[] contentStems;
    private int wordCount = -1;
    /** {@link DateLines#isTimestamp} of the text: 0 not asked yet, 1 true, 2 false. */
    private byte timestamp;
    /** {@link DateLines#find} of the text, once asked; null before. */
    private Optional<String> date;
    private int joinedInto = -1;
    /** Columns of white space before a text dump's line (a text browser's margins and hanging indents), else 0. */
    private int indent;

    /**
     * @param index     position in the page, 0-based
     * @param text      the visible text, whitespace-normalised, not empty
     * @param gapBefore blank lines between this block and the previous one (text dumps); 1 for a new HTML block
     * @param tag       the HTML tag name that produced it ("p", "li", "h2"…), or "line" for a text dump
     * @param element   the HTML element, or null for text
     * @param linkChars how many characters of the text sit inside links (HTML), else 0
     */
    public Block(int index, String text, int gapBefore, String tag, Element element, int linkChars) {
        this(index, text, gapBefore, tag, element, linkChars, 0);
    }

    /**
     * @param sentenceLinkChars how many of the {@code linkChars} sit in links set inside a sentence, with unlinked
     *                          running text on both sides ("the <a>Senate</a> voted"), between 0 and
     *                          {@code linkChars}
     */
    public Block(int index, String text, int gapBefore, String tag, Element element, int linkChars,
                 int sentenceLinkChars) {
        this.sentenceLinkChars = Validate.atLeast(sentenceLinkChars, 0, "sentenceLinkChars");
        Validate.isTrue(sentenceLinkChars <= Math.max(linkChars, 0), "sentenceLinkChars must be <= linkChars");
        this.index = index;
        this.text = Validate.notNull(text, "text");
        this.gapBefore = gapBefore;
        this.tag = Validate.notNull(tag, "tag");
        this.element = element;
        this.linkChars = linkChars;
    }

    /** A block of a plain-text dump. */
    public static Block line(int index, String text, int gapBefore) {
        return new Block(index, text, gapBefore, "line", null, 0);
    }

    /** A line of a text dump set {@code indent} columns in from the page's left edge. */
    public static Block line(int index, String text, int gapBefore, int indent) {
        Block line = line(index, text, gapBefore);
        line.indent = Validate.atLeast(indent, 0, "indent");
        return line;
    }

    /**
     * Columns of white space the dump set before this line (tabs to the next multiple of 8), 0 for HTML: a text
     * browser indents paragraphs and list items' later lines, so a wrapped line ends at its indent plus its length.
     */
    public int indent() {
        return indent;
    }

    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    /** Replaces the text, used when a filter joins a broken sentence back together. */
    public void setText(String value) {
        this.text = Validate.notNull(value, "value");
        this.words = null;
        this.stopwordTally = null;
        this.wordCount = -1;
        this.ruleText = null;
        this.timestamp = 0;
        this.date = null;
        this.contentStemsFor = null;
        this.contentStems = null;
    }

    /**
     * The text as rules see it, keeping what they found in it (one literal scan for all kinds); a text dump's line
     * also without the symbols at its ends ({@link RuleText#RuleText(String, boolean)}).
     */
    public RuleText ruleText() {
        if (ruleText == null) ruleText = new RuleText(text, element == null);
        return ruleText;
    }

    /** The text's lower-cased word tokens ({@link TextMeasure#words}), computed once per text. */
    public List<String> words() {
        if (words == null) words = Collections.unmodifiableList(TextMeasure.words(text));
        return words;
    }

    /**
     * The stopwords among the text's {@link #words} for every language ({@link Stopwords.Tally}), looked up once
     * per text: for the page's language, then for a block's share of its stopwords.
     */
    public Stopwords.Tally stopwordTally() {
        if (stopwordTally == null) stopwordTally = Stopwords.Tally.of(words());
        return stopwordTally;
    }

    /** The text's {@link #stopwordTally} when it was read (its words then too), else null. */
    Stopwords.Tally knownTally() {
        return stopwordTally;
    }

    /**
     * Takes the words and tally of the same text read on another page ({@link ParagraphWords}) instead of reading
     * them again; they must be what {@link #words} and {@link #stopwordTally} give for this text.
     */
    void adoptWords(List<String> sameWords, Stopwords.Tally sameTally) {
        this.words = Validate.notNull(sameWords, "sameWords");
        this.stopwordTally = Validate.notNull(sameTally, "sameTally");
    }

    /**
     * The content stems of the text's {@link #words} for a page's stopword list, as a filter kept them with
     * {@link #keepContentStems}; null when none are kept for that list (or the text changed since). Several filters
     * read the same paragraphs' stems, some once for every candidate run on the page.
     */
    public String[] contentStems(Stopwords stopwords) {
        return stopwords != null && stopwords == contentStemsFor ? contentStems : null;
    }

    /** Keeps the content stems of the text's words for a stopword list, until the text changes. */
    public void keepContentStems(Stopwords stopwords, String[] stems) {
        this.contentStemsFor = Validate.notNull(stopwords, "stopwords");
        this.contentStems = Validate.notNull(stems, "stems");
    }

    /**
     * Whether the text only stamps a time ({@link DateLines#isTimestamp}): asked by several filters of the same line,
     * and answered once per text.
     */
    public boolean isTimestamp() {
        if (timestamp == 0) timestamp = DateLines.isTimestamp(text) ? (byte) 1 : (byte) 2;
        return timestamp == 1;
    }

    /**
     * The first date the text states ({@link DateLines#find}), as yyyy-MM-dd: several filters ask it of the same
     * lines (a header's, a headline's), and it is found once per text.
     */
    public Optional<String> date() {
        if (date == null) date = DateLines.find(text);
        return date;
    }

    /**
     * The text's length in words ({@link TextMeasure#length}: CJK characters count half), read from the
     * {@link #stopwordTally}, which every block gets for the page's language.
     */
    public int wordCount() {
        if (wordCount < 0) wordCount = stopwordTally().length();
        return wordCount;
    }

    public int gapBefore() {
        return gapBefore;
    }

    public String tag() {
        return tag;
    }

    /** The HTML element this block came from, or null for a text dump. */
    public Element element() {
        return element;
    }

    public int linkChars() {
        return linkChars;
    }

    /** Share of the text's characters inside links, 0 for text dumps. */
    public double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    /** How many of the {@link #linkChars} sit in links set inside a sentence ("the <a>Senate</a> voted"). */
    public int sentenceLinkChars() {
        return sentenceLinkChars;
    }

    /**
     * Share of the text's characters inside links that stand apart from running text (a headline, a menu item, a
     * "Read more:" link): the {@link #linkDensity} without the links set inside a sentence, which a wiki or a
     * blog puts on the names and sources of its own paragraphs.
     */
    public double looseLinkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) (linkChars - sentenceLinkChars) / text.length());
    }

    public boolean has(Label label) {
        return labels.contains(label);
    }

    public void label(Label label) {
        labels.add(label);
    }

    public void unlabel(Label label) {
        labels.remove(label);
    }

    /** The block's labels, in {@link Label}'s order (not {@code Set.copyOf}'s, which differs run to run). */
    public Set<Label> labels() {
        return Collections.unmodifiableSet(EnumSet.copyOf(labels));
    }

    public boolean isRemoved() {
        return removal != null;
    }

    public boolean isKept() {
        return removal == null && joinedInto < 0;
    }

    /** True when this block's text was appended to an earlier block (a sentence broken over lines). */
    public boolean isJoined() {
        return joinedInto >= 0;
    }

    /** The index of the block this one was joined into, or -1. */
    public int joinedInto() {
        return joinedInto;
    }

    /** Appends this block's text to {@code target} and takes this block out of the page without a removal. */
    public void joinInto(Block target) {
        Validate.notNull(target, "target");
        Validate.isTrue(isKept() && target.isKept(), "only kept blocks can be joined");
        target.setText(target.text() + " " + text);
        joinedInto = target.index();
    }

    /** Why it was removed, or null while it is kept. */
    public Reason removal() {
        return removal;
    }

    /**
     * Removes the block. The first reason wins: a later filter cannot re-label a block another already removed.
     *
     * @return true if the block was kept until now
     */
    public boolean remove(Reason reason) {
        Validate.notNull(reason, "reason");
        if (removal != null || joinedInto >= 0) return false;
        removal = reason;
        return true;
    }

    /**
     * Takes back a removal, for a filter that has stronger evidence than the one that removed the block (the
     * page's own statement of its article text). Joined blocks stay joined.
     *
     * @return true if the block was removed until now
     */
    public boolean restore() {
        if (removal == null) return false;
        removal = null;
        return true;
    }

    @Override
    public String toString() {
        return index + (isKept() ? " keep " : isJoined() ? " join " : " DROP ") + labels + " " + text;
    }
}
