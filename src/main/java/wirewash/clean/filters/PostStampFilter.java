package wirewash.clean.filters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.HtmlBlocks;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the time stamps that head a live blog's posts on an HTML page ("10:42 a.m. ET", "13:49 GMT", "Updated
 * 9:05", "10.36 Breaking"): a short block whose stamp the markup marks as one, a {@code <time>} element or an
 * element whose class names a time ("timestamp", "post-time", "entry-date", "entry-meta"), and whose text the
 * stamp's text makes up with at most {@code maxLabelWords} words besides (a label, the post's author). It goes when
 * the next kept block is the post's own text, in the same box at most {@code boxLevels} levels above the stamp's
 * element, and when the page holds at least {@code minPosts} such stamped posts: a row of posts, not the one
 * dateline of a story. A stamp the writer typed as a paragraph of the story ("4:14 p.m." in a {@code <p>} of an
 * agency's running story) is not marked up as one, and is kept. A bare stamp no markup marks ("10:42", "Updated 9:05
 * ET", "12 min ago", the block's whole text) goes when it heads a box of its own, past no kept block of that box but
 * a heading, and at least {@code minRowPosts} boxes of one shape (tag and first class) side by side are headed so
 * (a stamp a rule already took, a bare "9:14" read as a clip's length, still counts): a live blog whose stamps carry
 * hashed or no class names. So does one set straight in the story's box between its paragraphs, in an element of
 * its own whose shape is not the paragraphs' ({@code <div class="css-1x">10:42</div>} before each post's {@code <p>}s),
 * when {@code minRowPosts} such elements of one shape stand in that box: the template's stamps of a live blog whose
 * posts are not boxed. The running story's stamps, typed as its paragraphs, are of the paragraphs' shape and
 * stay. HTML only: plain text has no markup to tell a
 * post's stamp from such a line.
 */
public final class PostStampFilter implements BlockFilter {
    public static final String REASON = "post-stamp";
    /** Runs of white space, compiled once ({@code String.split} compiles its pattern on every call). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Most words of a stamp's block, its stamp and label together: longer blocks are not looked into. */
    public static final int DEFAULT_MAX_WORDS = 10;
    /** Most words of the stamp block besides the stamp's own text ("Updated", "Breaking", an author's name). */
    public static final int DEFAULT_MAX_LABEL_WORDS = 3;
    /** How many levels above the stamp's element the post's box, which holds the post's text too, may be. */
    public static final int DEFAULT_BOX_LEVELS = 3;
    /** Fewest stamped posts on a page: a live blog's row of posts. */
    public static final int DEFAULT_MIN_POSTS = 2;
    /**
     * Fewest posts of one row whose stamps no markup marks: a stamp set as a bare line ("10:42", "Updated 9:05 ET",
     * "12 min ago") goes when it heads a box of its own, and at least this many boxes of one shape (tag and first
     * class) side by side are headed so; 0 takes no unmarked stamp.
     */
    public static final int DEFAULT_MIN_ROW_POSTS = 3;
    /** Most elements looked at inside a block's element for the stamp (a post's header is small). */
    public static final int DEFAULT_MAX_SCAN_ELEMENTS = 40;
    /** Parts of a class name that mark an element as a time stamp. */
    public static final Set<String> DEFAULT_STAMP_CLASS_PARTS = Set.of("time", "stamp", "date", "meta");

    private final int maxWords;
    private final int maxLabelWords;
    private final int boxLevels;
    private final int minPosts;
    private final int maxScanElements;
    private final Set<String> stampClassParts;
    private final int minRowPosts;

    public PostStampFilter() {
        this(DEFAULT_MAX_WORDS, DEFAULT_MAX_LABEL_WORDS, DEFAULT_BOX_LEVELS, DEFAULT_MIN_POSTS, DEFAULT_MAX_SCAN_ELEMENTS,
                DEFAULT_STAMP_CLASS_PARTS);
    }

    public PostStampFilter(int maxWords, int maxLabelWords, int boxLevels, int minPosts, int maxScanElements,
            Set<String> stampClassParts) {
        this(maxWords, maxLabelWords, boxLevels, minPosts, maxScanElements, stampClassParts, DEFAULT_MIN_ROW_POSTS);
    }

    /**
     * @param maxWords        most words of a stamp's block, at least 1
     * @param maxLabelWords   most words of the block besides its stamp, at least 0
     * @param boxLevels       how far above the stamp's element the post's box may be, at least 1
     * @param minPosts        fewest stamped posts on the page, at least 1
     * @param maxScanElements most elements looked at for the stamp inside a block's element, at least 1
     * @param stampClassParts lower-case parts of a class name that mark a time stamp
     * @param minRowPosts     fewest posts of one row headed by unmarked stamps, at least 0 (0: none taken)
     */
    public PostStampFilter(int maxWords, int maxLabelWords, int boxLevels, int minPosts, int maxScanElements,
            Set<String> stampClassParts, int minRowPosts) {
        this.minRowPosts = Validate.atLeast(minRowPosts, 0, "minRowPosts");
        this.maxWords = Validate.positive(maxWords, "maxWords");
        this.maxLabelWords = Validate.atLeast(maxLabelWords, 0, "maxLabelWords");
        this.boxLevels = Validate.positive(boxLevels, "boxLevels");
        this.minPosts = Validate.positive(minPosts, "minPosts");
        this.maxScanElements = Validate.positive(maxScanElements, "maxScanElements");
        this.stampClassParts = Set.copyOf(Validate.notNull(stampClassParts, "stampClassParts"));
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        List<Block> stamps = new ArrayList<>();
        // unmarked stamps by the row their posts' boxes make: the boxes' parent, then their shape; a stamp a rule
        // already took (a bare "9:14" read as a clip's length) still heads its post
        Map<Element, Map<String, Row>> rows = new IdentityHashMap<>();
        // unmarked stamps set straight among the story's paragraphs in one box, by that box, then their own shape
        Map<Element, Map<String, Row>> runs = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.element() == null || block.wordCount() > maxWords || block.has(Label.PROSE)) continue;
            if (!DateLines.mayHoldPostStamp(block.text())) continue;
            Block next = postText(blocks, i);
            if (next == null || next.element() == null || next.wordCount() <= block.wordCount()) continue;
            Element box = postBox(block.element(), next.element());
            if (box == null) continue;
            String stamp = block.isKept() ? markedStamp(block.element(), block.text()) : null;
            if (stamp != null) {
                stamps.add(block);
            } else if (minRowPosts > 0 && box.parent() != null && DateLines.isPostStamp(block)) {
                if (headsBox(blocks, i, box)) {
                    Row.of(rows, box.parent(), box).add(block, box);
                }
                // the first of a run heads the story's box too
                if (setApartInRun(block.element(), next.element(), box)) {
                    Row.of(runs, box, block.element()).add(block, block.element());
                }
            }
        }
        if (stamps.size() < minPosts) stamps.clear();
        for (Map<String, Row> shapes : rows.values()) {
            for (Row row : shapes.values()) if (row.boxes.size() >= minRowPosts) stamps.addAll(row.stamps);
        }
        for (Map<String, Row> shapes : runs.values()) {
            for (Row run : shapes.values()) if (run.boxes.size() >= minRowPosts) stamps.addAll(run.stamps);
        }
        if (stamps.isEmpty()) return false;
        Reason reason = new Reason(REASON, name(), "the time stamp at the head of a live blog's post");
        for (Block block : stamps) block.remove(reason);
        return true;
    }

    /** The post's text below the stamp at {@code at}: the next kept block, past the post's title when it has one. */
    private static Block postText(List<Block> blocks, int at) {
        for (int i = at + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isKept() && !block.has(Label.HEADING)) return block;
        }
        return null;
    }

    /**
     * Whether the stamp's element and the post's text's element stand side by side in the box, and the stamp's
     * shape (tag and first class) is not the text's: a stamp the page's template sets in an element of its own
     * between the story's paragraphs (a live blog's posts not boxed), not one typed as a paragraph of the story.
     */
    private static boolean setApartInRun(Element stamp, Element text, Element box) {
        return stamp != box && stamp.parent() == box && text.parent() == box
                && !TeaserGridFilter.shape(stamp).equals(TeaserGridFilter.shape(text));
    }

    /** The unmarked stamps heading boxes of one shape in one parent, and those boxes. */
    private static final class Row {
        final List<Block> stamps = new ArrayList<>();
        final Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());

        /** The row of boxes shaped as {@code box} under {@code parent}, made when it is the first. */
        static Row of(Map<Element, Map<String, Row>> rows, Element parent, Element box) {
            return rows.computeIfAbsent(parent, k -> new HashMap<>())
                    .computeIfAbsent(TeaserGridFilter.shape(box), k -> new Row());
        }

        /** Adds a post's box, and its stamp when the stamp is still kept. */
        void add(Block stamp, Element box) {
            if (stamp.isKept()) stamps.add(stamp);
            boxes.add(box);
        }
    }

    /**
     * The post's box: the nearest element at most {@code boxLevels} levels above the stamp's element that holds
     * the post's text too; null when none does.
     */
    private Element postBox(Element stamp, Element text) {
        Element box = stamp;
        for (int level = 0; level <= boxLevels && box != null; level++, box = box.parent()) {
            if (Ancestors.isWithin(text, box)) return box;
        }
        return null;
    }

    /**
     * Whether the block at {@code at} heads its post's box: no kept block in the box but a heading (the post's
     * title) comes before it.
     */
    private static boolean headsBox(List<Block> blocks, int at, Element box) {
        for (int i = at - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (block.element() == null || !Ancestors.isWithin(block.element(), box)) return true;
            if (!block.has(Label.HEADING)) return false;
        }
        return true;
    }

    /**
     * The text of the first element in the block's {@code element} (itself included) marked as a post's stamp that
     * the block's text is made of ({@link #headsStamp}), or null. Block-level elements inside are passed over: their
     * text is blocks of their own. So a stamp set inline straight in a run of the story's paragraphs, one of several
     * in the one box ({@code <time>} between the {@code <p>}s), is its own block's, not the box's first stamp.
     */
    private String markedStamp(Element element, String blockText) {
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(element);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < maxScanElements) {
            Element e = todo.pop();
            if (marksStamp(e)) {
                String text = e.text().strip();
                if (DateLines.isPostStamp(text) && headsStamp(blockText, text)) return text;
            }
            // the child nodes read in place: children() would copy the element's child elements into a new list
            for (int c = e.childNodeSize() - 1; c >= 0; c--) {
                if (e.childNode(c) instanceof Element child && !HtmlBlocks.isBlockLevel(child.normalName())) {
                    todo.push(child);
                }
            }
        }
        return null;
    }

    private boolean marksStamp(Element e) {
        if (e.normalName().equals("time")) return true;
        String classes = e.className();
        if (classes.isEmpty()) return false;
        String lower = classes.toLowerCase(Locale.ROOT);
        for (String part : stampClassParts) if (lower.contains(part)) return true;
        return false;
    }

    /** True when the block's text is the stamp's with at most {@code maxLabelWords} words besides. */
    private boolean headsStamp(String text, String stamp) {
        int at = text.indexOf(stamp);
        if (at < 0) return false;
        String rest = (text.substring(0, at) + " " + text.substring(at + stamp.length())).strip();
        return rest.isEmpty() || SPACES.split(rest).length <= maxLabelWords;
    }

}
