package wirewash.clean.filters;

import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
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
 * title over its photo).
 */
public final class ImageBoxCaptionFilter implements BlockFilter {
    public static final String REASON = "caption";
    /** Most words of the image box's whole text. */
    public static final int DEFAULT_MAX_BOX_WORDS = 40;
    /** How many levels above the block's element the image box may be. */
    public static final int DEFAULT_MAX_LEVELS = 3;

    private final int maxBoxWords;
    private final int maxLevels;

    public ImageBoxCaptionFilter() {
        this(DEFAULT_MAX_BOX_WORDS, DEFAULT_MAX_LEVELS);
    }

    /**
     * @param maxBoxWords most words of the text of the box around the image
     * @param maxLevels   how far above the block's element the box may be, at least 1
     */
    public ImageBoxCaptionFilter(int maxBoxWords, int maxLevels) {
        this.maxBoxWords = Validate.positive(maxBoxWords, "maxBoxWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            if (block.has(Label.HEADING)) continue;
            Element box = imageBox(block.element());
            if (box != null && TextMeasure.words(box.text()).size() <= maxBoxWords) {
                changed |= block.remove(new Reason(REASON, name(), "the text of a small box around an image"));
            }
        }
        return changed;
    }

    /** Whether the image sits in a paragraph below {@code box}: a picture set in the story's text by its editor. */
    private static boolean inParagraph(Element img, Element box) {
        for (Element e = img.parent(); e != null && e != box; e = e.parent()) {
            if (e.normalName().equals("p")) return true;
        }
        return false;
    }

    /** The nearest element above {@code element}, within {@code maxLevels} levels, that holds an image; or null. */
    private Element imageBox(Element element) {
        if (element == null) return null;
        Element e = element.parent();
        for (int level = 1; level <= maxLevels && e != null; level++, e = e.parent()) {
            if (e.normalName().equals("body")) return null;
            Element img = e.selectFirst("img");
            if (img != null) return inParagraph(img, e) ? null : e;
        }
        return null;
    }
}
