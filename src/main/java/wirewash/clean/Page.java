package wirewash.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;
import wirewash.internal.Validate;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;

/**
 * A document while it is being cleaned: its blocks in page order, the metadata filters find, and the warnings
 * they record. Mutable working state owned by one thread for one document.
 */
public final class Page {
    private final String id;
    private final Format format;
    private final List<Block> blocks;
    private final List<Problem> problems = new ArrayList<>();
    private Metadata metadata;
    private List<String> articleBodies = List.of();
    private Stopwords stopwords = Stopwords.forLanguage(Stopwords.DEFAULT_LANGUAGE);
    private DomIndex domIndex;
    private List<String> gatedPartSelectors = List.of();
    /** The elements those selectors match, found on first use; jsoup elements are equal only to themselves. */
    private Set<Element> gatedParts;

    public Page(String id, Format format, List<Block> blocks, Metadata metadata) {
        this.id = Validate.notBlank(id, "id");
        this.format = Validate.notNull(format, "format");
        this.blocks = new ArrayList<>(Validate.notNull(blocks, "blocks"));
        this.metadata = Validate.notNull(metadata, "metadata");
    }

    public String id() {
        return id;
    }

    public Format format() {
        return format;
    }

    /** All blocks, removed ones included, in page order. */
    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The blocks still kept, in page order. */
    public List<Block> kept() {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) if (block.isKept()) out.add(block);
        return out;
    }

    public Metadata metadata() {
        return metadata;
    }

    public void setMetadata(Metadata value) {
        this.metadata = Validate.notNull(value, "value");
    }

    /** The stopword list of the page's language, chosen by the cleaner before the filters run. */
    public Stopwords stopwords() {
        return stopwords;
    }

    public void setStopwords(Stopwords value) {
        this.stopwords = Validate.notNull(value, "value");
    }

    /**
     * The language the stopwords of the blocks {@code counted} accepts tell; code shown as text (a style sheet, a
     * script) says nothing of the page's language and is left out.
     */
    public Stopwords tellLanguage(Predicate<Block> counted) {
        List<Stopwords.Tally> tallies = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (counted.test(block) && !Stopwords.readsAsCode(block.text())) tallies.add(block.stopwordTally());
        }
        return Stopwords.detect(Stopwords.Tally.sum(tallies));
    }

    /**
     * The article texts the page's markup states (JSON-LD articleBody), its own and any other story's it lists,
     * unchecked; empty when it states none.
     */
    public List<String> articleBodies() {
        return articleBodies;
    }

    public void setArticleBodies(List<String> value) {
        this.articleBodies = List.copyOf(Validate.notNull(value, "value"));
    }

    /**
     * The CSS selectors of the article's parts behind its paywall that the page's JSON-LD states ({@code hasPart}
     * with {@code "isAccessibleForFree": false}), unchecked; empty when it states none.
     */
    public void setGatedPartSelectors(List<String> value) {
        this.gatedPartSelectors = List.copyOf(Validate.notNull(value, "value"));
        this.gatedParts = null;
    }

    /**
     * Whether the page's JSON-LD names the element as a part of its article behind the paywall: its own text,
     * however its class reads (".paywall", "premium-content"). A selector jsoup cannot parse names nothing.
     */
    public boolean isGatedArticlePart(Element element) {
        if (gatedPartSelectors.isEmpty() || element == null) return false;
        if (gatedParts == null) {
            gatedParts = Collections.newSetFromMap(new IdentityHashMap<>());
            Element root = element.root();
            for (String selector : gatedPartSelectors) {
                try {
                    gatedParts.addAll(root.select(selector));
                } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                    // a page's own selector that jsoup cannot read names no element; the others still count
                }
            }
        }
        return gatedParts.contains(element);
    }

    /**
     * What several HTML filters ask of the page's elements, found once per page ({@link DomIndex}) over the
     * tree (the document) its blocks come from; null when no block has an element (a text dump).
     */
    public DomIndex domIndex() {
        if (domIndex == null) {
            for (Block block : blocks) {
                if (block.element() != null) {
                    domIndex = new DomIndex(block.element().root());
                    break;
                }
            }
        }
        return domIndex;
    }

    public void warn(String stage, String message) {
        problems.add(Problem.warning(stage, message));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
