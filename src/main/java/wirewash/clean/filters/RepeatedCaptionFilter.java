package wirewash.clean.filters;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes every kept copy of a caption an HTML page prints under {@code minCopies} or more of its images, reason
 * {@code repeated-caption}: a gallery's photos each with the event's name below them, whatever the caption
 * element's class is called. A caption here is a block that is the only text of the box that holds an image (its
 * parent element, or its own when the text sits right beside the image and is no {@code <p>}, has an {@code <img>}
 * and no more text than the block, give or take {@code maxBoxExtraChars}). A story's own lines are not in image
 * boxes, and a line it repeats (a recipe's step, an interview's question) is
 * left alone; so are captions printed once, which the caption rules judge. Copies count over every image-box block
 * of the page, removed ones too.
 */
public final class RepeatedCaptionFilter implements BlockFilter {
    public static final String REASON = "repeated-caption";
    /** Fewest copies of one caption on a page that make them all furniture. */
    public static final int DEFAULT_MIN_COPIES = 2;
    /** Blocks with fewer words than this are left alone: a "Photo" label. */
    public static final int DEFAULT_MIN_WORDS = 4;
    /** Characters of text the image box may hold beyond the caption (a credit, a counter). */
    public static final int DEFAULT_MAX_BOX_EXTRA_CHARS = 20;

    private final int minCopies;
    private final int minWords;
    private final int maxBoxExtraChars;

    public RepeatedCaptionFilter() {
        this(DEFAULT_MIN_COPIES, DEFAULT_MIN_WORDS, DEFAULT_MAX_BOX_EXTRA_CHARS);
    }

    /**
     * @param minCopies        copies of a caption on one page from which all of them go, at least 2
     * @param minWords         blocks with fewer words are never removed by this filter
     * @param maxBoxExtraChars characters of the image box's text beyond the block's own
     */
    public RepeatedCaptionFilter(int minCopies, int minWords, int maxBoxExtraChars) {
        this.minCopies = Validate.atLeast(minCopies, 2, "minCopies");
        this.minWords = Validate.atLeast(minWords, 1, "minWords");
        this.maxBoxExtraChars = Validate.atLeast(maxBoxExtraChars, 0, "maxBoxExtraChars");
    }

    @Override
    public boolean process(Page page) {
        Map<String, Integer> copies = new HashMap<>();
        Map<Element, Integer> boxChars = new IdentityHashMap<>(); // an image box -> its text's length
        DomIndex dom = page.domIndex();
        int[] leastChars = leastChars(page, dom);
        for (Block block : page.blocks()) {
            if (!block.isJoined() && isCaption(block, boxChars, dom, leastChars)) {
                copies.merge(block.text().strip(), 1, Integer::sum);
            }
        }
        boolean changed = false;
        for (Block block : page.kept()) {
            Integer count = copies.get(block.text().strip());
            if (count != null && count >= minCopies && isCaption(block, boxChars, dom, leastChars)) {
                changed |= block.remove(new Reason(REASON, name(), "under " + count + " images of the page"));
            }
        }
        return changed;
    }

    private boolean isCaption(Block block, Map<Element, Integer> boxChars, DomIndex dom, int[] leastChars) {
        Element element = block.element();
        if (element == null || block.wordCount() < minWords) return false;
        int most = block.text().length() + maxBoxExtraChars;
        // the caption's own element when the text sits right beside the image in a box (<div><img>Caption</div>, a
        // page without a caption element; a <p> with an image in it is a paragraph, such as a video's title),
        // else its parent
        if (!element.normalName().equals("p") && isImageBox(element, most, boxChars, dom, leastChars)) return true;
        return isImageBox(element.parent(), most, boxChars, dom, leastChars);
    }

    /** Whether the element holds an image and no more text than {@code most} characters. */
    private static boolean isImageBox(Element box, int most, Map<Element, Integer> boxChars, DomIndex dom,
                                      int[] leastChars) {
        if (box == null || dom.firstImage(box) == null) return false;
        // the box's blocks alone hold more: its text (a story's container with a picture in it) need not be made
        if (leastChars[dom.id(box)] > most) return false;
        return boxChars.computeIfAbsent(box, b -> dom.text(b).length()) <= most;
    }

    /**
     * For each element, by number, a lower bound of the length of its {@code text()}: the characters other than
     * spaces of the blocks inside it. Every such character of a block is one of its text nodes' that jsoup's text
     * keeps too (jsoup drops only the white space and invisible characters a block's text drops as well).
     */
    private static int[] leastChars(Page page, DomIndex dom) {
        int[] least = new int[dom == null ? 0 : dom.size()];
        for (Block block : page.blocks()) {
            if (block.element() == null) continue;
            String text = block.text();
            int chars = text.length();
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ' ') chars--;
            for (int id : dom.ancestry(block.element())) least[id] += chars;
        }
        return least;
    }
}
