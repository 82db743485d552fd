package wirewash.clean.filters;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.internal.Validate;

/**
 * The class attribute of the story's paragraphs: the one that most of the page's kept {@code <p>}s of strong prose
 * ({@link StrongProse}) share, at least {@code minParagraphs} of them; the empty class when most have none. A CMS
 * sets every paragraph of the story from one template, and a paragraph of that kind set beside a picture (in a
 * media box, floated beside a photo) is one of the story's paragraphs, not the picture's caption, which its
 * template marks apart ({@code <p class=caption>}, a {@code figcaption}, a {@code span}). Counted once per page.
 */
final class StoryParagraphClass {
    /** The paragraphs' tag. */
    private static final String PARAGRAPH = "p";
    private static final StoryParagraphClass NONE = new StoryParagraphClass(null);

    private final String className;

    private StoryParagraphClass(String className) {
        this.className = className;
    }

    /**
     * The class of the page's kept strong prose {@code <p>}s, when at least {@code minParagraphs} of them and more
     * than half share it.
     */
    static StoryParagraphClass of(Page page, StrongProse strongProse, int minParagraphs) {
        Validate.notNull(strongProse, "strongProse");
        Validate.positive(minParagraphs, "minParagraphs");
        Map<String, Integer> counts = new HashMap<>();
        int all = 0;
        String best = null;
        int bestCount = 0;
        for (Block block : page.kept()) {
            Element e = block.element();
            if (e == null || !e.normalName().equals(PARAGRAPH) || !strongProse.test(block)) continue;
            all++;
            String name = e.className().strip();
            int count = counts.merge(name, 1, Integer::sum);
            if (count > bestCount) {
                best = name;
                bestCount = count;
            }
        }
        return bestCount >= minParagraphs && 2 * bestCount > all ? new StoryParagraphClass(best) : NONE;
    }

    /** Whether the story's paragraphs share a class attribute that is not empty. */
    boolean isNamed() {
        return className != null && !className.isEmpty();
    }

    /** Whether the element is a {@code <p>} of the story's paragraphs' class, and that class is not empty. */
    boolean isNamedClassOf(Element e) {
        return isNamed() && e.normalName().equals(PARAGRAPH) && e.className().strip().equals(className);
    }

    /** Whether the block is a {@code <p>} of strong prose of the story's paragraphs' class. */
    boolean isStoryParagraph(Block block, StrongProse strongProse) {
        Element e = block.element();
        return className != null && e != null && e.normalName().equals(PARAGRAPH)
                && e.className().strip().equals(className) && strongProse.test(block);
    }
}
