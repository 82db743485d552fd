package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of an HTML page that are the text of a small box around an image, reason
 * {@code caption}: a photo's caption and credit, whatever the box's tag or class names ({@code figure} and
 * {@code figcaption} are matched by the caption rules; a site that builds its figures from {@code div}s and
 * {@code span}s is not). The box is the nearest element above the block, at most {@code maxLevels} levels up,
 * that holds an {@code <img>}; its whole text must be at most {@code maxBoxWords} words. A story's paragraph with
 * a picture set in it is no caption (the box must be above the block's own element, which may be a {@code div}
 * with an image at its start on a site that sets its paragraphs in {@code div}s), and neither is a paragraph
 * in the story's container beside a picture, as that container holds the whole story's words; nor the text beside
 * an image its editor set in a paragraph (a quoted review with its screenshot), nor a heading (a recipe card's
 * title over its photo), nor the text of a box that holds a heading (a lede under the headline in a hero box).
 * Nor is the text beside a picture that has a caption of its own: when the image sits in a box of its own within
 * the image box (its figure) and that figure is a {@code <figure>} with text or holds a {@code <figcaption>} or a
 * sentence of prose, a block outside the figure is the text the
 * figure is set in (a short story's one or two paragraphs beside its captioned photo), not the figure's caption.
 * When such boxes would hold more than {@code maxProseShare} of the page's kept prose words, they are the story
 * (its paragraphs each set beside a picture, a short story beside its lead image, a gallery that is the
 * article) and nothing is removed.
 */
public final class ImageBoxCaptionFilter implements BlockFilter {
    public static final String REASON = "caption";
    /** Most words of the image box's whole text. */
    public static final int DEFAULT_MAX_BOX_WORDS = 40;
    /** How many levels above the block's element the image box may be. */
    public static final int DEFAULT_MAX_LEVELS = 3;
    /** Most share of the page's kept prose words the image boxes' blocks may hold and still be captions. */
    public static final double DEFAULT_MAX_PROSE_SHARE = 0.5;
    /**
     * A {@code <p>} of strong prose of the class most of the page's do share ({@link StoryParagraphClass}) is one of
     * the story's paragraphs set beside a picture, not its caption.
     */
    public static final StrongProse DEFAULT_STRONG_PROSE = StrongProse.DEFAULT;
    /** Fewest kept strong prose {@code <p>}s of one class that make it the story's paragraphs' class. */
    public static final int DEFAULT_MIN_STORY_PARAGRAPHS = 3;

    private final int maxBoxWords;
    private final int maxLevels;
    private final double maxProseShare;
    private final StrongProse strongProse = DEFAULT_STRONG_PROSE;
    private final int minStoryParagraphs = DEFAULT_MIN_STORY_PARAGRAPHS;

    public ImageBoxCaptionFilter() {
        this(DEFAULT_MAX_BOX_WORDS, DEFAULT_MAX_LEVELS, DEFAULT_MAX_PROSE_SHARE);
    }

    /**
     * @param maxBoxWords most words of the text of the box around the image
     * @param maxLevels   how far above the block's element the box may be, at least 1
     * @param maxProseShare most share of the page's kept prose words in image boxes for them to be captions
     */
    public ImageBoxCaptionFilter(int maxBoxWords, int maxLevels, double maxProseShare) {
        this.maxBoxWords = Validate.positive(maxBoxWords, "maxBoxWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.maxProseShare = Validate.fraction(maxProseShare, "maxProseShare");
    }

    @Override
    public boolean process(Page page) {
        List<Block> captions = new ArrayList<>();
        Map<Element, Element> boxes = new IdentityHashMap<>(); // a block element's parent -> its image box or null
        Map<Element, Boolean> small = new IdentityHashMap<>(); // an image box -> whether its text is a caption's
        Map<Element, Element> figures = new IdentityHashMap<>(); // an image box -> its captioned figure or null
        Map<Element, Block> blockOf = null; // a block's element -> the block, made when first needed
        int captionProse = 0;
        int prose = 0;
        DomIndex dom = page.domIndex();
        StoryParagraphClass story = null;
        for (Block block : page.kept()) {
            boolean isProse = block.has(Label.PROSE);
            if (isProse) prose += block.wordCount();
            if (block.has(Label.HEADING)) continue;
            Element element = block.element();
            if (element == null || element.parent() == null) continue;
            Element box;
            if (boxes.containsKey(element.parent())) {
                box = boxes.get(element.parent());
            } else {
                box = imageBoxAbove(element.parent(), dom);
                boxes.put(element.parent(), box);
            }
            if (box != null && small.computeIfAbsent(box, b -> isCaptionBox(b, dom))) {
                // a paragraph of the story's own kind set beside the picture: the story's, not a caption
                if (story == null) story = StoryParagraphClass.of(page, strongProse, minStoryParagraphs);
                if (story.isStoryParagraph(block, strongProse)) continue;
                // text set beside a figure that has its own caption: not that figure's caption
                if (blockOf == null) blockOf = blocksByElement(page);
                Map<Element, Block> blocks = blockOf;
                Element figure = figures.computeIfAbsent(box, b -> captionedFigure(b, dom, blocks));
                if (figure != null && !Ancestors.isWithin(element, figure)) continue;
                captions.add(block);
                if (isProse) captionProse += block.wordCount();
            }
        }
        if (captionProse > maxProseShare * prose) return false;
        boolean changed = false;
        for (Block block : captions) {
            changed |= block.remove(new Reason(REASON, name(), "the text of a small box around an image"));
        }
        return changed;
    }

    /** The page's blocks by their element (the first block of an element that has several). */
    private static Map<Element, Block> blocksByElement(Page page) {
        Map<Element, Block> map = new IdentityHashMap<>();
        for (Block block : page.blocks()) {
            if (block.element() != null) map.putIfAbsent(block.element(), block);
        }
        return map;
    }

    /**
     * The element of the image box {@code box} that holds its first image, one level below the box, when it is
     * not the image itself and is a {@code <figure>} with text, or holds a {@code <figcaption>} or a block of prose
     * (kept or removed): a figure with a caption of its own; else null. A figure of the image and a credit only ("AP Photo") has no caption of its own.
     */
    private static Element captionedFigure(Element box, DomIndex dom, Map<Element, Block> blockOf) {
        Element img = dom.firstImage(box);
        if (img == null || img == box) return null;
        Element figure = img;
        while (figure.parent() != null && figure.parent() != box) figure = figure.parent();
        if (figure == img || figure.parent() == null) return null;
        // HTML's own figure: its text is the picture's caption, wherever in it the page sets it
        if (figure.normalName().equals("figure") && !dom.hasAtMostWords(figure, 0)) return figure;
        for (Element e : figure.getAllElements()) {
            if (e.normalName().equals("figcaption") && !dom.hasAtMostWords(e, 0)) return figure;
            Block block = blockOf.get(e);
            if (block != null && block.has(Label.PROSE)) return figure;
        }
        return null;
    }

    /** Whether the image sits in a paragraph below {@code box}: a picture set in the story's text by its editor. */
    private static boolean inParagraph(Element img, Element box) {
        for (Element e = img.parent(); e != null && e != box; e = e.parent()) {
            if (e.normalName().equals("p")) return true;
        }
        return false;
    }

    /** Whether an image box's whole text is a caption's: few words, no heading. */
    private boolean isCaptionBox(Element box, DomIndex dom) {
        return !dom.holdsHeading(box) && dom.hasAtMostWords(box, maxBoxWords);
    }

    /**
     * The nearest element from {@code parent} (the parent of a block's element) up, within {@code maxLevels}
     * levels of the block's element, that holds an image; or null.
     */
    private Element imageBoxAbove(Element parent, DomIndex dom) {
        Element e = parent;
        for (int level = 1; level <= maxLevels && e != null; level++, e = e.parent()) {
            if (e.normalName().equals("body")) return null;
            Element img = dom.firstImage(e);
            if (img != null) return inParagraph(img, e) ? null : e;
        }
        return null;
    }
}
