package wirewash.clean.filters;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;

/**
 * Keeps again the text of a social post embedded in the story: the embed codes the platforms hand out set the post
 * in a {@code <blockquote>} of a class of theirs ({@code twitter-tweet}, {@code instagram-media}, {@code
 * tiktok-embed}, {@code bluesky-embed}, {@code mastodon-embed}, Threads' {@code text-post-media}, Reddit's {@code
 * reddit-embed-bq}), with the post's words and its "— Name (@handle) date" line, which the story quotes where it
 * stands and extraction benchmarks count. The CMS wraps that in a box named for what it is ("social-embed", a
 * {@code <figure>} of WordPress's embed block), and a post that is mostly a link is link-dense, so the structural
 * steps ({@code origins}) take it for furniture. A removed block is kept again when an element at most {@code
 * maxLevels} up from it is such a blockquote, and it lies between the first and the last kept paragraph of strong
 * prose ({@link StrongProse}): a post among the story's paragraphs is quoted by it, one in a side bar or a feed
 * after the story is not. Removals by rules (a "Follow us" line, a share bar) and of hidden elements stay, and so
 * do lines that are (nearly) all link text, at least {@code maxLinkDensity}: the embed's own furniture ("View this
 * post on Instagram", "A post shared by…" set as links).
 */
public final class EmbeddedPostFilter implements BlockFilter {
    /** Classes of the blockquotes that platforms' embed codes set a post in. */
    public static final Set<String> DEFAULT_EMBED_CLASSES = Set.of("twitter-tweet", "instagram-media", "tiktok-embed",
            "bluesky-embed", "mastodon-embed", "text-post-media", "reddit-embed-bq");
    /** The structural steps whose removals are backed off inside an embedded post. */
    public static final Set<String> DEFAULT_ORIGINS = Set.of("LinkDensityFilter", "BoilerplateClassFilter");
    /** How many elements up from a block the embed's blockquote may be (the post's paragraph, a wrapper div). */
    public static final int DEFAULT_MAX_LEVELS = 4;
    /**
     * Share of a block's text in links at or above which it stays removed: the embed's own furniture ("View this
     * post on Instagram", "A post shared by…" set as links), not the post's words.
     */
    public static final double DEFAULT_MAX_LINK_DENSITY = 0.9;
    /** The element an embed code sets a post in. */
    static final String EMBED_TAG = "blockquote";

    private final Set<String> embedClasses;
    private final Set<String> origins;
    private final int maxLevels;
    private final double maxLinkDensity;

    public EmbeddedPostFilter() {
        this(DEFAULT_EMBED_CLASSES, DEFAULT_ORIGINS, DEFAULT_MAX_LEVELS, DEFAULT_MAX_LINK_DENSITY);
    }

    /**
     * @param embedClasses classes of the blockquotes embed codes set a post in
     * @param origins      filters whose removals are backed off inside such a blockquote
     * @param maxLevels    how many elements up from a block the blockquote may be, at least 1
     * @param maxLinkDensity share of a block's text in links at or above which it stays removed, in [0, 1]
     */
    public EmbeddedPostFilter(Set<String> embedClasses, Set<String> origins, int maxLevels, double maxLinkDensity) {
        this.embedClasses = Set.copyOf(Validate.notNull(embedClasses, "embedClasses"));
        this.origins = Set.copyOf(Validate.notNull(origins, "origins"));
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.maxLinkDensity = Validate.fraction(maxLinkDensity, "maxLinkDensity");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int[] story = StrongProse.DEFAULT.keptBounds(blocks); // an HTML page's every block has its element
        int first = story[0];
        int last = story[1];
        boolean changed = false;
        for (int i = first + 1; first >= 0 && i < last; i++) {
            Block block = blocks.get(i);
            if (block.isRemoved() && !block.isJoined() && block.element() != null
                    && origins.contains(block.removal().origin()) && block.linkDensity() < maxLinkDensity
                    && inEmbed(block.element())) {
                changed |= block.restore();
            }
        }
        return changed;
    }

    private boolean inEmbed(Element element) {
        Element e = element;
        for (int level = 0; level < maxLevels && e != null; level++, e = e.parent()) {
            if (e.normalName().equals(EMBED_TAG)) {
                for (String name : e.classNames()) if (embedClasses.contains(name)) return true;
            }
        }
        return false;
    }
}
