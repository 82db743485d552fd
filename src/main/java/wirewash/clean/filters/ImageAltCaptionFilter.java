package wirewash.clean.filters;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of an HTML page whose words begin an image's {@code alt} text (which may go on with
 * the photo's credit) or are all of it followed by at most {@code maxExtraWords} more (a "less" toggle), reason
 * {@code caption}: a gallery or photo box prints the picture's description under it as well as in the
 * {@code <img alt>} it describes. The test needs no class names, so it holds where a caption box is unnamed or its
 * names are hashed. Headings, and title-like lines that begin the page's headline or that it begins, are left alone
 * (a page may describe its lead image or video with the headline, and print that headline in the story), though a
 * title-like caption of its own (a gallery's line under each photo, its credit run on) is not. Left alone too are
 * blocks shorter than {@code minWords} words ("Photo", a credit), which the caption rules judge, and so is a block set among {@code minStoryParagraphs} or more
 * paragraphs of its element's that repeat no alt text: a story's paragraph, which a site may also use as its
 * picture's alt text (a one-sentence lede, a quoted post under its screenshot). The blocks inside the element an
 * image names as its description ({@code <img aria-describedby="caption-1">}, as WordPress writes for every
 * captioned picture) are a caption too, whatever its box is named, when that element's whole text is at most
 * {@code maxDescriptionWords} words (a chart's long description is part of the story).
 */
public final class ImageAltCaptionFilter implements BlockFilter {
    public static final String REASON = "caption";
    /** Fewest words a block (and the alt text it repeats) needs. */
    public static final int DEFAULT_MIN_WORDS = 6;

    /** Most words a block may add after the alt text it repeats: a "less"/"more" toggle, a short credit. */
    public static final int DEFAULT_MAX_EXTRA_WORDS = 3;

    /** Most words of a block inside the element an image's {@code aria-describedby} names: a caption, not a story. */
    public static final int DEFAULT_MAX_DESCRIPTION_WORDS = 60;
    /** How far up from a block that element may be (the caption's paragraph inside it, a line break). */
    public static final int DEFAULT_MAX_DESCRIPTION_LEVELS = 2;
    /** Other prose blocks of the same parent, repeating no alt text, that make a block a story paragraph. */
    public static final int DEFAULT_MIN_STORY_PARAGRAPHS = 2;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final int minWords;
    private final int maxExtraWords;
    private final int maxDescriptionWords;
    private final int maxDescriptionLevels;
    private final int minStoryParagraphs;

    public ImageAltCaptionFilter() {
        this(DEFAULT_MIN_WORDS, DEFAULT_MAX_EXTRA_WORDS, DEFAULT_MAX_DESCRIPTION_WORDS, DEFAULT_MAX_DESCRIPTION_LEVELS,
                DEFAULT_MIN_STORY_PARAGRAPHS);
    }

    public ImageAltCaptionFilter(int minWords, int maxExtraWords, int maxDescriptionWords, int maxDescriptionLevels,
                                 int minStoryParagraphs) {
        this.minWords = Validate.positive(minWords, "minWords");
        this.maxExtraWords = Validate.atLeast(maxExtraWords, 0, "maxExtraWords");
        this.maxDescriptionWords = Validate.positive(maxDescriptionWords, "maxDescriptionWords");
        this.maxDescriptionLevels = Validate.atLeast(maxDescriptionLevels, 0, "maxDescriptionLevels");
        this.minStoryParagraphs = Validate.positive(minStoryParagraphs, "minStoryParagraphs");
    }

    @Override
    public boolean process(Page page) {
        Document dom = null;
        for (Block block : page.blocks()) {
            if (block.element() != null) {
                dom = block.element().ownerDocument();
                break;
            }
        }
        if (dom == null) return false;
        DomIndex index = page.domIndex();
        Set<List<String>> alts = new HashSet<>();
        Set<String> describedIds = new HashSet<>();
        for (Element img : index.images()) {
            String describedBy = img.attr("aria-describedby");
            if (!describedBy.isEmpty()) {
                for (String id : WHITE_SPACE.split(describedBy)) if (!id.isEmpty()) describedIds.add(id);
            }
            String alt = img.attr("alt");
            if (alt.isBlank()) continue;
            List<String> words = TextMeasure.words(alt);
            // the alt text and its beginnings: a gallery's alt text may add the photo's credit to the caption
            for (int n = minWords; n <= words.size(); n++) alts.add(words.subList(0, n));
        }
        // a description is a caption when its whole text is short, not when each of its paragraphs is
        Set<Element> described = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!describedIds.isEmpty()) for (Element e : dom.getAllElements()) {
            if (!e.id().isEmpty() && describedIds.contains(e.id())
                    && index.hasAtMostWords(e, maxDescriptionWords)) described.add(e);
        }
        if (alts.isEmpty() && described.isEmpty()) return false;
        Map<Element, Integer> storyParagraphs = storyParagraphs(page, alts);
        String title = page.metadata().title();
        List<String> titleWords = title == null ? List.of() : TextMeasure.words(title);
        boolean changed = false;
        for (Block block : page.kept()) {
            if (!described.isEmpty() && describesImage(block.element(), described)) {
                changed |= block.remove(new Reason(REASON, name(), "inside the element an image's "
                        + "aria-describedby names"));
                continue;
            }
            if (block.has(Label.HEADING) || block.words().size() < minWords) continue;
            if (block.has(Label.TITLE_LIKE) && isHeadline(block.words(), titleWords)) continue;
            if (repeatsAlt(block.words(), alts) && !amongStoryParagraphs(block, storyParagraphs)) {
                changed |= block.remove(new Reason(REASON, name(), "the words of an image's alt text"));
            }
        }
        return changed;
    }

    /** Whether the element, or one of its {@code maxDescriptionLevels} nearest ancestors, is an image's description. */
    private boolean describesImage(Element element, Set<Element> described) {
        Element e = element;
        for (int level = 0; level <= maxDescriptionLevels && e != null; level++, e = e.parent()) {
            if (described.contains(e)) return true;
        }
        return false;
    }

    /** For each parent element, how many of its kept prose blocks repeat no alt text: the story's paragraphs. */
    private Map<Element, Integer> storyParagraphs(Page page, Set<List<String>> alts) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        for (Block block : page.kept()) {
            Element element = block.element();
            if (element == null || element.parent() == null || !block.has(Label.PROSE)) continue;
            if (block.words().size() >= minWords && repeatsAlt(block.words(), alts)) continue;
            counts.merge(element.parent(), 1, Integer::sum);
        }
        return counts;
    }

    /** Whether the block sits among at least {@code minStoryParagraphs} story paragraphs of its parent's. */
    private boolean amongStoryParagraphs(Block block, Map<Element, Integer> storyParagraphs) {
        Element element = block.element();
        if (element == null || element.parent() == null) return false;
        return storyParagraphs.getOrDefault(element.parent(), 0) >= minStoryParagraphs;
    }

    /** Whether the words begin with the page's headline, or the headline begins with them. */
    private static boolean isHeadline(List<String> words, List<String> titleWords) {
        if (titleWords.isEmpty()) return false;
        int n = Math.min(words.size(), titleWords.size());
        return words.subList(0, n).equals(titleWords.subList(0, n));
    }

    /** Whether the words are an alt text's, followed by at most {@code maxExtraWords} more (a "less" link). */
    private boolean repeatsAlt(List<String> words, Set<List<String>> alts) {
        for (int n = words.size(); n >= Math.max(minWords, words.size() - maxExtraWords); n--) {
            if (alts.contains(words.subList(0, n))) return true;
        }
        return false;
    }
}
