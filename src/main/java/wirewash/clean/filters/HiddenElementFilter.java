package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.HiddenElements;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the blocks of an HTML page that sit in an element its own markup hides ({@link HiddenElements}), reason
 * {@code hidden}: a closed modal, a screen-reader-only label, a copy of the page kept for another layout. The
 * segmentation ends a block at every hidden element, so hidden text inside a paragraph is a block of its own.
 * <p>
 * One hidden box is left to the rest of the chain: the rest of the story behind a "Continue reading" button, which
 * sites ship whole in the page and hide until it is clicked ({@code style="display:none"}, the {@code hidden}
 * attribute). Such a box holds at least {@code minStoryParagraphs} paragraphs of strong prose and sits in the story's
 * run: its parent holds visible paragraphs of prose, as children or in a sibling box (a body split into chunks), and
 * its parent is not the page's {@code <body>} (a next story preloaded at the page's end). A box whose strong prose
 * repeats a visible block is a copy of the story for another layout and goes. A modal, a menu or a cookie note holds
 * no such run of paragraphs among the story's, and whatever else the box holds (a "Show less" link) is judged by the
 * later filters as any visible block is.
 */
public final class HiddenElementFilter implements BlockFilter {
    public static final String REASON = "hidden";
    /** Fewest paragraphs of strong prose in a hidden box that make it the rest of the story. */
    public static final int DEFAULT_MIN_STORY_PARAGRAPHS = 2;
    /** What a paragraph of the story is, in the hidden box: the structural steps' strong prose. */
    public static final StrongProse DEFAULT_STRONG_PROSE = MainContainerFilter.DEFAULT_STRONG_PROSE;
    private static final String BODY_TAG = "body";

    private final HiddenElements hidden;
    private final int minStoryParagraphs;
    private final StrongProse strongProse;

    public HiddenElementFilter() {
        this(new HiddenElements());
    }

    public HiddenElementFilter(HiddenElements hidden) {
        this(hidden, DEFAULT_MIN_STORY_PARAGRAPHS, DEFAULT_STRONG_PROSE);
    }

    /**
     * @param minStoryParagraphs fewest strong prose paragraphs of a hidden box kept for the later filters to judge;
     *                           {@link Integer#MAX_VALUE} removes every hidden block
     */
    public HiddenElementFilter(HiddenElements hidden, int minStoryParagraphs, StrongProse strongProse) {
        this.hidden = Validate.notNull(hidden, "hidden");
        this.minStoryParagraphs = Validate.positive(minStoryParagraphs, "minStoryParagraphs");
        this.strongProse = Validate.notNull(strongProse, "strongProse");
    }

    @Override
    public boolean process(Page page) {
        Map<Element, Element> verdicts = Ancestors.verdicts(page.domIndex());
        // the hidden blocks by the box that hides them (nearest hidden element), in page order
        Map<Element, List<Block>> boxes = new LinkedHashMap<>();
        Set<Element> storyParents = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Block> visibleProse = new ArrayList<>();
        for (Block block : page.kept()) {
            Element element = block.element();
            Element box = hiddenBox(element, verdicts);
            if (box != null) {
                boxes.computeIfAbsent(box, b -> new ArrayList<>()).add(block);
            } else if (element != null && block.has(Label.PROSE)) {
                Element parent = element.parent();
                if (parent != null) {
                    storyParents.add(parent);
                    if (parent.parent() != null) storyParents.add(parent.parent());
                }
                visibleProse.add(block);
            }
        }
        boolean changed = false;
        Set<String> visibleTexts = null; // made on first use: most pages hide no box among the story's paragraphs
        for (Map.Entry<Element, List<Block>> entry : boxes.entrySet()) {
            Element box = entry.getKey();
            if (inStoryRun(box, storyParents)) {
                if (visibleTexts == null) visibleTexts = strongTexts(visibleProse);
                if (isRestOfStory(entry.getValue(), visibleTexts)) continue;
            }
            Reason reason = new Reason(REASON, name(), "inside " + hidden.describe(entry.getKey()));
            for (Block block : entry.getValue()) changed |= block.remove(reason);
        }
        return changed;
    }

    /** Whether the hidden box sits in the story's run (see the class comment). */
    private static boolean inStoryRun(Element box, Set<Element> storyParents) {
        Element parent = box.parent();
        return parent != null && !parent.normalName().equals(BODY_TAG) && storyParents.contains(parent);
    }

    private Set<String> strongTexts(List<Block> blocks) {
        Set<String> texts = new HashSet<>();
        for (Block block : blocks) if (strongProse.test(block)) texts.add(block.text());
        return texts;
    }

    /** Whether the hidden blocks of a box in the story's run are the rest of the story (see the class comment). */
    private boolean isRestOfStory(List<Block> blocks, Set<String> visibleTexts) {
        int paragraphs = 0;
        for (Block block : blocks) {
            if (!strongProse.test(block)) continue;
            if (visibleTexts.contains(block.text())) return false;
            paragraphs++;
        }
        return paragraphs >= minStoryParagraphs;
    }

    /** The nearest hidden element of the element and its ancestors, or null; each element is judged once per page. */
    private Element hiddenBox(Element element, Map<Element, Element> verdicts) {
        return Ancestors.nearestOwn(element, verdicts, e -> hidden.isHidden(e) ? e : null);
    }
}
