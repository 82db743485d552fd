package wirewash.clean.filters;

import java.util.List;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the label of a list of links on an HTML page once the links are removed: a short line, not prose and not a
 * link itself, set among its siblings right above a run of two or more removed linked lines ("You may also like..."
 * over three linked headlines, "Weitere Artikel" over a list of them), which names what the links are and nothing of
 * the story. A label over one link is a plug set in the story ("Leggi anche" over one linked headline between two
 * paragraphs), which the benchmark's gold keeps with its headline. The element right after the label's own holds
 * the first link and nothing but removed links, and so do the siblings after it counted with it (a box that opens with a linked heading and holds a blurb, an inset set right
 * below the story's subheading, is no list of the label's). It goes with the first removed line's reason. A label
 * that other steps left alone is told by where it stands, not by its words, so it works in any language; a line
 * with a sentence's end (a full stop, not an ellipsis) is the story's, so is a lead-in that ends in a colon ("The
 * main points:", "Help is available from:" over the story's own linked list), and so is the page's {@code <h1>}.
 */
public final class LinkListLabelFilter implements BlockFilter {
    /** Most words of a label. */
    public static final int DEFAULT_MAX_LABEL_WORDS = 5;
    /** Link density from which a line is a link: the removed lines below the label are, the label is not. */
    public static final double DEFAULT_MIN_LINK_DENSITY = 0.5;
    /** Fewest words of a removed linked line that counts as one of the list's links. */
    public static final int DEFAULT_MIN_LINK_WORDS = 2;
    /** Fewest removed links below the label: one is a plug's headline, two or more a list. */
    public static final int DEFAULT_MIN_LINKS = 2;

    private final int maxLabelWords;
    private final double minLinkDensity;
    private final int minLinkWords;
    private final int minLinks;

    public LinkListLabelFilter() {
        this(DEFAULT_MAX_LABEL_WORDS, DEFAULT_MIN_LINK_DENSITY, DEFAULT_MIN_LINK_WORDS, DEFAULT_MIN_LINKS);
    }

    /**
     * @param maxLabelWords  most words of the label, at least 1
     * @param minLinkDensity link density from which a line is a link, in [0, 1]
     * @param minLinkWords   fewest words of a removed linked line of the list, at least 1
     * @param minLinks       fewest removed links below the label, at least 1
     */
    public LinkListLabelFilter(int maxLabelWords, double minLinkDensity, int minLinkWords, int minLinks) {
        this.maxLabelWords = Validate.positive(maxLabelWords, "maxLabelWords");
        this.minLinkDensity = Validate.fraction(minLinkDensity, "minLinkDensity");
        this.minLinkWords = Validate.positive(minLinkWords, "minLinkWords");
        this.minLinks = Validate.positive(minLinks, "minLinks");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = false;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block label = blocks.get(i);
            if (!isLabel(label)) continue;
            if (!listFollows(blocks, i)) continue;
            Block next = nextUnjoined(blocks, i);
            changed |= label.remove(new Reason(next.removal().code(), name(),
                    "the label of a list of links that were removed"));
        }
        return changed;
    }

    private boolean isLabel(Block block) {
        if (!block.isKept() || block.element() == null || block.has(Label.PROSE)) return false;
        if (block.element().normalName().equals("h1")) return false;
        int words = block.wordCount();
        return words >= 1 && words <= maxLabelWords && block.linkDensity() < minLinkDensity
                && !endsASentence(block.text());
    }

    private static boolean endsASentence(String text) {
        String t = text.strip();
        if (t.endsWith("...") || t.endsWith("…")) return false;
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith(":");
    }

    private boolean isRemovedLink(Block block) {
        return block.isRemoved() && block.linkDensity() >= minLinkDensity && block.wordCount() >= minLinkWords;
    }

    /** The first block after {@code index} that was not joined into another. */
    private static Block nextUnjoined(List<Block> blocks, int index) {
        for (int j = index + 1; j < blocks.size(); j++) {
            if (!blocks.get(j).isJoined()) return blocks.get(j);
        }
        return null;
    }

    /**
     * Whether the elements right after the label's hold at least {@link #minLinks} removed links, counted over the run
     * of siblings that hold nothing else (one link a {@code <p>} or an {@code <li>}, or all in one {@code <ul>}); the
     * first of them holds the next block.
     */
    private boolean listFollows(List<Block> blocks, int index) {
        int links = 0;
        int j = index + 1;
        for (Element list = blocks.get(index).element().nextElementSibling(); list != null;
                list = list.nextElementSibling()) {
            int held = 0;
            for (; j < blocks.size(); j++) {
                Block block = blocks.get(j);
                if (block.isJoined()) continue;
                if (block.element() == null || !Ancestors.isWithin(block.element(), list)) break;
                if (!isRemovedLink(block)) return links >= minLinks;
                held++;
            }
            if (held == 0) {
                // an element with no text between (an empty ad slot, a script) is looked past; one whose text is
                // another block's ends the list, or is no list of the label's when it comes first
                if (list.text().isBlank()) continue;
                break;
            }
            links += held;
        }
        return links >= minLinks;
    }
}
