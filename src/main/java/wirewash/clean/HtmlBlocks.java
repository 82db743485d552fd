package wirewash.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import wirewash.internal.Validate;
import wirewash.model.Metadata;

/**
 * Splits an HTML page into the visible text blocks a cleaner judges, in page order, and reads the page's metadata.
 * Nothing visible is dropped here, navigation and footers included: removing boilerplate, with a reason, is the
 * filter chain's job.
 *
 * <p>The segmentation follows the one that made the benchmark's text dumps ({@code html_to_scraped_text.py}):
 * non-rendered elements are skipped, every block-level element starts and ends a block, and {@code <br>} splits a
 * block into lines. Text directly inside a container ({@code div}, {@code section}…) between its child blocks
 * becomes a block of that container. Each block records its element, tag, and how many of its characters sit
 * inside links; a line after a {@code <br>} has {@code gapBefore} 0, any other block 1. Blocks inside h1–h6
 * are labelled {@link Label#HEADING}. An inline element its own markup hides ({@link HiddenElements}: a
 * screen-reader-only label inside a paragraph) also starts and ends a block, so that a filter can remove its text
 * without the visible text around it.
 */
public final class HtmlBlocks {
    /** Elements whose content is never shown as text: scripts, embedded objects, form controls. */
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math", "head",
            "iframe", "object", "embed", "canvas", "audio", "video", "select", "option", "optgroup", "datalist",
            "button", "input", "textarea");
    /** Elements that start and end a block: the converter's list, with a few HTML5 ones it lacks. */
    static final Set<String> BLOCK_LEVEL = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Whether an element of this tag starts and ends a block ({@link #BLOCK_LEVEL}). */
    public static boolean isBlockLevel(String tag) {
        return BLOCK_LEVEL.contains(tag);
    }

    /**
     * How deep elements nest at most, as browsers and jsoup by default cap it: the elements of a page whose unclosed
     * tags pile up deeper are put side by side at this level, their text kept. Without a cap, a page 30,000 levels
     * deep takes 2-6 GB of heap to clean (the tree and {@link DomIndex}'s ancestries grow with the depth squared).
     */
    public static final int DEFAULT_MAX_DEPTH = 512;
    /**
     * Words of its own text a link's address must quote, from the first on, for the link to be a share-this-quote
     * link ({@link WebAddress#quotesText}): a story's sentence set as a link that tweets it ("Click To Tweet") is the
     * story's text, not a link to elsewhere; a tag or search link ("?q=donald+trump") quotes fewer words.
     */
    public static final int DEFAULT_MIN_QUOTED_WORDS = 6;

    private final HtmlMetadata metadataReader;
    private final HiddenElements hidden;
    private final int maxDepth;

    public HtmlBlocks() {
        this(new HtmlMetadata());
    }

    public HtmlBlocks(HtmlMetadata metadataReader) {
        this(metadataReader, new HiddenElements());
    }

    public HtmlBlocks(HtmlMetadata metadataReader, HiddenElements hidden) {
        this(metadataReader, hidden, DEFAULT_MAX_DEPTH);
    }

    /** @param maxDepth how deep elements nest at most ({@link #DEFAULT_MAX_DEPTH}); at least 1 */
    public HtmlBlocks(HtmlMetadata metadataReader, HiddenElements hidden, int maxDepth) {
        this.metadataReader = Validate.notNull(metadataReader, "metadataReader");
        this.hidden = Validate.notNull(hidden, "hidden");
        this.maxDepth = Validate.positive(maxDepth, "maxDepth");
    }

    /**
     * A parsed page.
     *
     * @param dom      the jsoup document, unmodified, for filters that look at structure
     * @param blocks   the text blocks in page order, indexed 0..n-1
     * @param metadata what the page's markup says about it
     * @param articleBodies the article texts its JSON-LD states, unchecked ({@link HtmlMetadata#articleBodies}),
     *                      empty when it states none
     * @param gatedPartSelectors the CSS selectors of the article's parts behind its paywall that its JSON-LD states
     *                           ({@code hasPart}), unchecked; empty when it states none
     */
    public record Result(Document dom, List<Block> blocks, Metadata metadata, List<String> articleBodies,
                         List<String> gatedPartSelectors) {
        public Result {
            Validate.notNull(dom, "dom");
            blocks = List.copyOf(blocks);
            Validate.notNull(metadata, "metadata");
            articleBodies = List.copyOf(articleBodies);
            gatedPartSelectors = List.copyOf(gatedPartSelectors);
        }
    }

    /**
     * Parses a page. Malformed HTML is repaired the way browsers repair it; this never throws on content.
     *
     * @param html    the page's markup
     * @param baseUri the page's address, used to make relative URLs absolute; null or empty when unknown
     */
    public Result parse(String html, String baseUri) {
        Validate.notNull(html, "html");
        Document dom = parseDom(html, baseUri == null ? "" : baseUri, maxDepth);
        Element root = dom.body() != null ? dom.body() : dom;
        Segmenter segmenter = new Segmenter(root, hidden);
        segmenter.walk(root);
        segmenter.endBlock();
        HtmlMetadata.Statement statement = metadataReader.readAll(dom);
        return new Result(dom, segmenter.blocks, statement.metadata(), statement.articleBodies(),
                statement.gatedPartSelectors());
    }

    /**
     * Parses markup into a jsoup document the way browsers repair it, elements nesting at most {@code maxDepth}
     * levels deep (deeper ones are put side by side at that level). A new parser each call: a jsoup {@code Parser}
     * serialises the calls it takes.
     */
    static Document parseDom(String html, String baseUri, int maxDepth) {
        return Jsoup.parse(html, baseUri, Parser.htmlParser().setMaxDepth(maxDepth));
    }

    /** Walks the tree once, collecting text into the innermost open block-level element. */
    private static final class Segmenter {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final BlockText text = new BlockText();
        private final HiddenElements hidden;
        private final Element root;
        /** The inline elements that were taken as blocks because they are hidden, innermost first. */
        private final Deque<Element> hiddenInline = new ArrayDeque<>();
        private int linkDepth;
        /** The open link that shares its own sentence (not counted as link text), or null. */
        private Element quoteLink;
        private int headingDepth;
        /** True after a {@code <br>} split a block, until the next block-level boundary. */
        private boolean afterBreak;

        Segmenter(Element root, HiddenElements hidden) {
            this.root = root;
            this.hidden = hidden;
            open.push(root);
        }

        /**
         * Visits the nodes inside {@code root} in document order ({@link DomIndex#walk}): {@link #head} as an
         * element is met (its subtree passed over when that says so), {@link #tail} after its subtree, the text of
         * each text node.
         */
        void walk(Element root) {
            DomIndex.walk(root, new DomIndex.Visitor() {
                @Override
                public boolean head(Element element) {
                    return Segmenter.this.head(element);
                }

                @Override
                public void text(TextNode node) {
                    text.append(node.getWholeText(), linkDepth > 0);
                }

                @Override
                public void tail(Element element) {
                    Segmenter.this.tail(element);
                }
            });
        }

        /** A block-level element, or an inline one that is hidden (its text must not join the visible text). */
        private boolean startsBlock(Element element, String tag) {
            if (BLOCK_LEVEL.contains(tag)) return true;
            if (!hidden.isHidden(element)) return false;
            hiddenInline.push(element);
            return true;
        }

        private boolean endsBlock(Element element, String tag) {
            if (BLOCK_LEVEL.contains(tag)) return true;
            if (hiddenInline.peek() != element) return false;
            hiddenInline.pop();
            return true;
        }

        /**
         * Whether a link's address quotes the link's own words in its query (a share link carrying the sentence it
         * shares); the link's text is only read for an address with a query.
         */
        private static boolean isQuoteLink(Element link) {
            String href = link.attr("href");
            return href.indexOf('?') >= 0 && WebAddress.quotesText(href, link.text(), DEFAULT_MIN_QUOTED_WORDS);
        }

        /** Meets an element below the root; false when it is not rendered, so neither its subtree nor its tail. */
        private boolean head(Element element) {
            String tag = element.normalName();
            if (SKIPPED.contains(tag) && !(tag.equals("noscript") && isUnclosed(element))) return false;
            if (tag.equals("br")) {
                if (emit()) afterBreak = true;
            } else if (startsBlock(element, tag)) {
                endBlock();
                open.push(element);
            }
            if (tag.equals("a")) {
                if (quoteLink == null && isQuoteLink(element)) {
                    quoteLink = element;
                } else {
                    linkDepth++;
                }
            }
            if (HEADINGS.contains(tag)) headingDepth++;
            return true;
        }

        /**
         * Whether a {@code noscript} looks like one whose {@code </noscript>} is missing. jsoup (since 1.23) parses
         * a {@code noscript} in the body as an island that only a {@code </noscript>} closes, so a lazy-loaded
         * image's fallback {@code <noscript><img>} left open takes in the page after it, up to the next image's
         * {@code </noscript>} (then it holds that image's {@code noscript}) or to the end of the page (then nothing
         * visible follows it). Such a one is walked as visible content, as the parser once repaired it, rather
         * than losing the article's paragraphs inside it; a closed one, even with text, stays skipped.
         */
        private boolean isUnclosed(Element noscript) {
            for (Element inner : noscript.getElementsByTag("noscript")) if (inner != noscript) return true;
            return runsToTheEnd(noscript);
        }

        /**
         * True when nothing visible follows the element in the walked tree: no element and no non-blank text after
         * it or after any of its ancestors below the root.
         */
        private boolean runsToTheEnd(Element element) {
            for (Node node = element; node != null && node != root; node = node.parentNode()) {
                for (Node next = node.nextSibling(); next != null; next = next.nextSibling()) {
                    if (next instanceof Element) return false;
                    if (next instanceof TextNode t && !t.isBlank()) return false;
                }
            }
            return true;
        }

        private void tail(Element element) {
            String tag = element.normalName();
            if (endsBlock(element, tag)) {
                endBlock();
                open.pop();
            }
            if (tag.equals("a")) {
                if (element == quoteLink) {
                    quoteLink = null;
                } else {
                    linkDepth--;
                }
            }
            if (HEADINGS.contains(tag)) headingDepth--;
        }

        /** Closes the current block at a block-level boundary. */
        void endBlock() {
            emit();
            afterBreak = false;
        }

        /** Turns the collected text into a block of the innermost open element; false if there was none. */
        private boolean emit() {
            if (text.isEmpty()) return false;
            Element element = open.peek();
            Block block = new Block(blocks.size(), text.toString(), afterBreak ? 0 : 1, element.normalName(), element,
                    text.linkChars(), text.sentenceLinkChars());
            if (headingDepth > 0) block.label(Label.HEADING);
            blocks.add(block);
            text.clear();
            return true;
        }
    }
}
