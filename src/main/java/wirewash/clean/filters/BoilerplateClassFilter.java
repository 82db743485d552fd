package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of an HTML page that sit in an element named for boilerplate, reason
 * {@code boilerplate-container}: a class, id or microdata {@code itemprop} token such as "comments", "related",
 * "newsletter", "donate", "caption" or "author", an ARIA role such as {@code complementary} or {@code dialog}, or a
 * tag such as {@code figure} or {@code aside}; the short text (a caption) of a box named for an
 * image, a gallery or a slideshow. The walk goes up from the block to the first element that holds most of the
 * kept text, at most {@code maxLevels} elements: past that point a token describes the page's layout
 * ("has-sidebar" on the wrapper of everything), not the block; a furniture name on an element too large to remove
 * (see below) names the layout too. Tokens are whole: class and id values are split at every character that is not a letter or
 * digit and between a lower-case letter and a capital ("PromoSmall-title" -> promo, small, title). A class name that
 * files the element under a label ("category-local-news", "tag-police", "author-jane-doe": WordPress's post_class)
 * names furniture only on an element that holds less than most of the kept text and fewer than
 * {@link #DEFAULT_MIN_ARTICLE_PARAGRAPHS} paragraphs of prose, or for a block that no box named for content holds (the
 * post's meta line): on the post's own element it says what the post is filed under. A furniture token beside a
 * content one ("article__content-well url-breadcrumb", a rich-text "meta_field") names furniture unless the elements
 * of that tag and class hold most of the kept text between them, or the element holds that many paragraphs of prose:
 * then they are the article, or its body split into chunks (the first of which may hold half of it or less); so is
 * such an element that opens the story's run when the story's rest follows right after it in a wrapper that is a part
 * of the story ({@link StoryParts#opensSplitStory}), however short the first run. When the blocks
 * it would remove hold more than {@code maxRemovedShare} of the kept words, it looks again, taking a furniture name
 * on an element that alone holds that much for the layout's; when the rest still holds too much, and also more than
 * that share of the kept words of strong prose paragraphs ({@link StrongProse}), or the page has none, the names are
 * not telling (a page builder that wraps every section in its own "widget" box): it backs off, removes nothing, and
 * warns. A brief of two paragraphs amid menus, captions and teaser lists has most of its page's kept words in
 * furniture but most of its paragraphs outside it: that furniture goes. A box the page's JSON-LD names as its
 * article's part behind the paywall ({@link Page#isGatedArticlePart}) is no furniture, whatever its name.
 */
public final class BoilerplateClassFilter implements BlockFilter {
    /** Runs of white space ({@code \\s+}), compiled once: {@code String.split} compiles it on every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** What separates the words of a class or id value ("related-posts__list" -> related, posts, list). */
    public static final String REASON = "boilerplate-container";
    /** How many elements up from a block the walk looks. */
    public static final int DEFAULT_MAX_LEVELS = 12;
    /** Class/id tokens of elements that hold page furniture rather than the article. */
    public static final Set<String> DEFAULT_NEGATIVE_TOKENS = Set.of(
            "comment", "comments", "related", "promo", "promotion", "share", "sharing", "social", "newsletter",
            "signup", "subscribe", "subscription", "caption", "figcaption", "credit", "credits", "byline", "author",
            "bio", "tags", "adblock", "adblocker", "advert", "advertisement", "sponsored", "rail", "trending",
            "popular", "mostread", "sidebar", "recirc", "outbrain", "taboola", "breadcrumb",
            "breadcrumbs", "cta", "paywall", "newsletters", "cookie", "cookies", "consent", "gdpr", "privacy", "modal",
            "popup", "notification",
            // widespread CMS and plugin names: WordPress/Jetpack related posts, share bar and comment list, YARPP
            "relatedposts", "sharedaddy", "commentlist", "yarpp",
            // donation appeals, ad slots, tag lists, tables of contents
            "donate", "donation", "donations", "adslot", "mpu", "dfp", "tag", "toc",
            // recommendation and teaser boxes, and the widgets of content-recommendation networks
            "recommended", "recommendations", "teaser", "teasers", "zergnet", "revcontent", "mgid",
            // what a page marks as not its content (WordPress.com's "nocontent"), its footer and navigation links
            // (a "menu" box of section links, also set inside the story's container), sign-in and follow prompts,
            // the comment form
            "nocontent", "footer", "nav", "navigation", "menu", "submenu", "megamenu", "pagination", "login",
            "signin", "follow", "disqus",
            "respond", "sponsor", "membership",
            // a post's meta line and category links (WordPress "entry-meta", "cat-links"), its time stamp
            "meta", "categories", "category", "cat", "timestamp");
    /** Comment sections' class/id words in German, French, Spanish, Italian, Portuguese and Dutch. */
    private static final Set<String> OTHER_LANGUAGE_COMMENT_TOKENS = Set.of("kommentar", "kommentare", "commentaire",
            "commentaires", "comentario", "comentarios", "commento", "commenti", "reacties");
    /** Footers' class/id words in those languages. */
    private static final Set<String> OTHER_LANGUAGE_FOOTER_TOKENS = Set.of("fusszeile", "rodape", "piedepagina");
    /**
     * The same furniture named in the languages of sites that name their classes in their own: German, French,
     * Spanish, Italian, Portuguese and Dutch words for comments, related stories, sharing, ads, recommendations,
     * captions, tag lists, subscriptions, the footer and the side bar ("kommentare", "verwandte-artikel",
     * "articulos-relacionados", "partager", "publicidad", "condividi", "rodape"), ASCII as class names are written.
     */
    public static final Set<String> DEFAULT_OTHER_LANGUAGE_NEGATIVE_TOKENS = union(
            OTHER_LANGUAGE_COMMENT_TOKENS, OTHER_LANGUAGE_FOOTER_TOKENS, Set.of(
            // related and recommended stories, "see also"
            "verwandte", "aehnliche", "relacionados", "relacionadas", "relacionado", "correlati", "correlate",
            "gerelateerd", "empfehlungen", "recommandes", "recommandations", "recomendados",
            "consigliati", "aanbevolen", "aussi", "meistgelesen",
            // sharing
            "teilen", "partage", "partager", "compartir", "condividi", "compartilhar", "delen",
            // ads and sponsors
            "anzeige", "anzeigen", "werbung", "publicite", "publicidad", "publicidade", "pubblicita", "anuncio",
            "anuncios", "patrocinado", "gesponsert", "advertentie",
            // captions, tags, author boxes
            "bildunterschrift", "legende", "didascalia", "legenda", "schlagworte", "schlagwoerter", "etiquetas",
            "autore", "auteur",
            // subscriptions and newsletters
            "abonnieren", "abonnement", "anmeldung", "suscribete", "suscripcion", "boletin", "iscriviti", "abbonati",
            "assinar", "assinatura", "bezahlschranke",
            // side bar
            "seitenleiste", "lateral"));
    /** Class/id tokens in those languages of elements that hold the article ("artikel-inhalt", "cuerpo-noticia"). */
    public static final Set<String> DEFAULT_OTHER_LANGUAGE_POSITIVE_TOKENS = Set.of("artikel", "inhalt", "beitrag",
            "contenu", "corps", "texte", "articulo", "contenido", "cuerpo", "texto", "noticia", "articolo",
            "contenuto", "testo", "corpo", "artigo", "conteudo");
    /** ARIA roles of regions that hold furniture: a side box, a dialog, the site's banner, menus and search. */
    public static final Set<String> DEFAULT_NEGATIVE_ROLES = Set.of("complementary", "dialog", "alertdialog",
            "banner", "navigation", "contentinfo", "search", "menu", "menubar", "toolbar");
    /** Most of the kept words the filter may remove; beyond it, it removes nothing. */
    public static final double DEFAULT_MAX_REMOVED_SHARE = 0.5;
    /** An element named for content ends the walk only when it holds at least this share of the kept words. */
    public static final double DEFAULT_MIN_CONTENT_SHARE = 0.5;
    /**
     * Fewest kept paragraphs of strong prose ({@link #DEFAULT_STRONG_PROSE}) that make an element named for content
     * and furniture alike, or filed under labels, the article's however little of the kept text it holds: the
     * first chunk of a body split around an ad slot ("article-body pagination-first", a post's own element
     * "post category-business") holds half of it or less, and a box of furniture holds no run of paragraphs.
     */
    public static final int DEFAULT_MIN_ARTICLE_PARAGRAPHS = 3;
    /**
     * Fewest kept paragraphs of strong prose that make an element named for content and furniture alike one chunk of
     * the article's body, when the boxes of its tag beside it hold paragraphs of the same shape (tag and class up to
     * the box) and, with it, most of the kept text: the first chunk of a body split around an ad slot or a sign-up
     * box, its id "promo-free-article" or "story-share-wrapper" and the later chunks of another class. A related box
     * beside the body holds its teasers in cards of their own, not paragraphs shaped like the story's.
     */
    public static final int DEFAULT_MIN_CHUNK_PARAGRAPHS = 2;
    /**
     * The paragraphs of a run that makes an element the article's: the main-container step's strong prose (its
     * default, not read from {@link MainContainerFilter}, whose patterns read this class's tokens: either class may be
     * loaded first).
     */
    public static final StrongProse DEFAULT_STRONG_PROSE = StrongProse.DEFAULT;
    /** Class/id tokens of elements that hold the article: the walk stops at them. */
    public static final Set<String> DEFAULT_POSITIVE_TOKENS = Set.of(
            "article", "body", "content", "entry", "main", "post", "story", "text", "prose");
    /**
     * Words that, right after a furniture word in one class name or id, make it say what the element is free of, has
     * switched on or is laid out with, not what it is: "promo-free", "ad-free", "comments-enabled", "share-ready",
     * "sidebar-layout" on the article's body or its column. Such a pair names no furniture (nor content).
     */
    public static final Set<String> DEFAULT_STATE_TOKENS = Set.of("free", "enabled", "ready", "layout");
    /**
     * Words that, making one class name with a furniture word after them, say the element comes with that furniture,
     * not that it is it: "has-share", "has-sidebar" on the article or the page's wrapper.
     */
    public static final Set<String> DEFAULT_FEATURE_TOKENS = Set.of("has");
    /** The state words of {@link #DEFAULT_STATE_TOKENS} that a layout's part may follow ("sidebar-layout__main"). */
    public static final Set<String> DEFAULT_LAYOUT_TOKENS = Set.of("layout");
    /** The tag of a paragraph, whose own furniture name may only style it ({@link #isStyledParagraph}). */
    private static final String PARAGRAPH_TAG = "p";
    /** Elements that hold furniture whatever their class. */
    public static final Set<String> DEFAULT_NEGATIVE_TAGS = Set.of("figure", "figcaption", "aside", "nav",
            "footer");

    /**
     * First words of the class names a CMS derives from a post's labels: WordPress puts "category-local-news",
     * "tag-budget" and "author-jane-doe" on the post's own element (post_class), others do alike. Such a class
     * name says what the post is filed under, not that the element is a category list or an author box; its first
     * word makes the element furniture only when the element is small (see {@link #furniture}).
     */
    public static final Set<String> DEFAULT_LABEL_TOKENS = Set.of("category", "categories", "cat", "tag", "tags",
            "author");

    /**
     * A box named for furniture that sits in the story's run of paragraphs and holds at least this share of the
     * words of the page's best prose block is a part of the story ({@link StoryParts}): a "paywall" or "premium" box
     * around the story from its third paragraph on, the story's paragraphs set in a media box.
     */
    public static final double DEFAULT_MIN_BEST_BLOCK_SHARE = SelectorRuleFilter.DEFAULT_MIN_BEST_BLOCK_SHARE;
    /**
     * Most levels above a box named for furniture that is no part of the story at which a wrapper of it may be one
     * ({@link StoryParts#isWrappedPart}): a later chunk in "text-block-related" inside "related-to-story".
     */
    public static final int DEFAULT_MAX_WRAPPER_LEVELS = 2;
    /** Least share of such a wrapper's kept prose words that the box holds, so that the wrapper's part is its. */
    public static final double DEFAULT_MIN_WRAPPED_SHARE = 0.9;
    /**
     * Furniture tokens, tags and roles of boxes that never hold the story, however much prose: comments, menus,
     * footers; but for an inset of plain prose between two of the story's paragraphs ({@link StoryParts#isInset}),
     * where no footer, thread or menu stands (a "footer-note" box).
     */
    public static final Set<String> DEFAULT_UNGUARDED_WORDS = union(Set.of("comment", "comments", "commentlist",
            "disqus", "respond", "footer", "nav", "navigation", "contentinfo", "menu", "menubar"),
            OTHER_LANGUAGE_COMMENT_TOKENS, OTHER_LANGUAGE_FOOTER_TOKENS);

    /** Class/id tokens of the box around an image: what it holds is a caption when it is short. */
    public static final Set<String> DEFAULT_IMAGE_TOKENS = Set.of("image", "images", "img", "photo", "photos",
            "picture", "gallery", "slideshow", "slide", "carousel", "lightbox");
    /** Most kept words a box named for an image holds when its text is a caption; a longer one holds content. */
    public static final int DEFAULT_MAX_CAPTION_WORDS = 60;

    /**
     * What an element's own tag, class and id say it holds. LABELS: furniture named only by label class names
     * ("category-local-news"), furniture unless the element holds the article. MIXED: named for furniture and for
     * content alike, furniture unless the elements of its tag and class hold most of the kept text. POST: filed under
     * labels and named for content ("post type-post category-news": a post's own element), as LABELS, but a
     * block in a box named for content inside it is the post's body however short the post.
     */
    private enum Kind { FURNITURE, MIXED, LABELS, POST, IMAGE, CONTENT, NEUTRAL }

    /** An element's kind, and for furniture and image boxes what names it ("aside", "div token related"). */
    private record Name(Kind kind, String description, String word) {
        static final Name CONTENT = new Name(Kind.CONTENT, null, null);
        static final Name NEUTRAL = new Name(Kind.NEUTRAL, null, null);
    }

    private final int maxLevels;
    private final double maxRemovedShare;
    private final double minContentShare;
    private final Set<String> negativeTokens;
    private final Set<String> positiveTokens;
    private final Set<String> negativeTags;
    private final Set<String> imageTokens = DEFAULT_IMAGE_TOKENS;
    private final Set<String> labelTokens = DEFAULT_LABEL_TOKENS;
    private final Set<String> stateTokens = DEFAULT_STATE_TOKENS;
    private final Set<String> layoutTokens = DEFAULT_LAYOUT_TOKENS;
    private final Set<String> featureTokens = DEFAULT_FEATURE_TOKENS;
    private final Set<String> negativeRoles = DEFAULT_NEGATIVE_ROLES;
    private final int maxCaptionWords = DEFAULT_MAX_CAPTION_WORDS;
    private final int minArticleParagraphs = DEFAULT_MIN_ARTICLE_PARAGRAPHS;
    private final int minChunkParagraphs = DEFAULT_MIN_CHUNK_PARAGRAPHS;
    private final StrongProse strongProse;
    private final double minBestBlockShare = DEFAULT_MIN_BEST_BLOCK_SHARE;
    private final Set<String> unguardedWords = DEFAULT_UNGUARDED_WORDS;
    private final int maxWrapperLevels;
    private final double minWrappedShare;

    public BoilerplateClassFilter() {
        this(DEFAULT_MAX_LEVELS, DEFAULT_MAX_REMOVED_SHARE, DEFAULT_MIN_CONTENT_SHARE,
                union(DEFAULT_NEGATIVE_TOKENS, DEFAULT_OTHER_LANGUAGE_NEGATIVE_TOKENS),
                union(DEFAULT_POSITIVE_TOKENS, DEFAULT_OTHER_LANGUAGE_POSITIVE_TOKENS), DEFAULT_NEGATIVE_TAGS);
    }

    public BoilerplateClassFilter(int maxLevels, double maxRemovedShare, double minContentShare,
                                  Set<String> negativeTokens, Set<String> positiveTokens, Set<String> negativeTags) {
        this(maxLevels, maxRemovedShare, minContentShare, negativeTokens, positiveTokens, negativeTags,
                DEFAULT_STRONG_PROSE);
    }

    /** @param strongProse the test of the paragraphs of a run that makes an element the article's */
    public BoilerplateClassFilter(int maxLevels, double maxRemovedShare, double minContentShare,
                                  Set<String> negativeTokens, Set<String> positiveTokens, Set<String> negativeTags,
                                  StrongProse strongProse) {
        this(maxLevels, maxRemovedShare, minContentShare, negativeTokens, positiveTokens, negativeTags, strongProse,
                DEFAULT_MAX_WRAPPER_LEVELS, DEFAULT_MIN_WRAPPED_SHARE);
    }

    /**
     * @param maxWrapperLevels most levels above a box named for furniture at which a wrapper of it may be a part of
     *                         the story ({@link StoryParts#isWrappedPart}); 0 tests none
     * @param minWrappedShare  least share of that wrapper's kept prose words the box holds
     */
    public BoilerplateClassFilter(int maxLevels, double maxRemovedShare, double minContentShare,
                                  Set<String> negativeTokens, Set<String> positiveTokens, Set<String> negativeTags,
                                  StrongProse strongProse, int maxWrapperLevels, double minWrappedShare) {
        this.maxWrapperLevels = Validate.atLeast(maxWrapperLevels, 0, "maxWrapperLevels");
        this.minWrappedShare = Validate.fraction(minWrappedShare, "minWrappedShare");
        this.strongProse = Validate.notNull(strongProse, "strongProse");
        this.maxRemovedShare = Validate.fraction(maxRemovedShare, "maxRemovedShare");
        this.minContentShare = Validate.fraction(minContentShare, "minContentShare");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.negativeTokens = Set.copyOf(Validate.notNull(negativeTokens, "negativeTokens"));
        this.positiveTokens = Set.copyOf(Validate.notNull(positiveTokens, "positiveTokens"));
        this.negativeTags = Set.copyOf(Validate.notNull(negativeTags, "negativeTags"));
    }

    @Override
    public boolean process(Page page) {
        Map<Element, Name> names = new IdentityHashMap<>();
        Map<Element, Integer> wordsInside = new IdentityHashMap<>();
        Map<Element, Integer> paragraphsInside = new IdentityHashMap<>();
        int keptWords = 0;
        int keptParagraphWords = 0;
        for (Block block : page.kept()) {
            keptWords += block.wordCount();
            boolean paragraph = strongProse.test(block);
            if (paragraph) keptParagraphWords += block.wordCount();
            for (Element e = block.element(); e != null; e = e.parent()) {
                wordsInside.merge(e, block.wordCount(), Integer::sum);
                if (paragraph) paragraphsInside.merge(e, 1, Integer::sum);
            }
        }
        int articleWords = (int) Math.ceil(minContentShare * keptWords);
        KindWords kinds = new KindWords(page, paragraphsInside, strongProse);
        double maxRemovedWords = maxRemovedShare * keptWords;
        StoryParts story = StoryParts.of(page, strongProse, minBestBlockShare,
                ImageBoxCaptionFilter.DEFAULT_MIN_STORY_PARAGRAPHS);
        // each box spared, with what it holds; jsoup elements are equal only to themselves
        Map<Element, String> spared = new LinkedHashMap<>();
        Map<Block, String> furniture = find(page, names, wordsInside, kinds, articleWords, Double.MAX_VALUE, story,
                spared);
        if (words(furniture) > maxRemovedWords) {
            // too much: a furniture name on an element too large to remove names the page's layout, not furniture
            furniture = find(page, names, wordsInside, kinds, articleWords, maxRemovedWords, story, spared);
        }
        for (Map.Entry<Element, String> entry : spared.entrySet()) {
            Element e = entry.getKey();
            page.warn(name(), "<" + e.normalName() + "> named for furniture (" + names.get(e).description()
                    + ") holds " + entry.getValue() + "; kept");
        }
        int removedWords = words(furniture);
        if (removedWords > maxRemovedWords
                && (keptParagraphWords == 0 || paragraphWords(furniture) > maxRemovedShare * keptParagraphWords)) {
            page.warn(name(), "furniture names cover " + removedWords + " of " + keptWords
                    + " kept words; removed nothing");
            return false;
        }
        boolean changed = false;
        for (Map.Entry<Block, String> entry : furniture.entrySet()) {
            changed |= entry.getKey().remove(new Reason(REASON, name(), "inside " + entry.getValue()));
        }
        return changed;
    }

    /** The kept blocks inside furniture, with what names it, in page order. */
    private Map<Block, String> find(Page page, Map<Element, Name> names, Map<Element, Integer> wordsInside,
                                    KindWords kinds, int articleWords, double layoutWords, StoryParts story,
                                    Map<Element, String> spared) {
        Map<Block, String> furniture = new LinkedHashMap<>();
        for (Block block : page.kept()) {
            String inside = block.element() == null ? null
                    : furniture(page, block, names, wordsInside, kinds, articleWords, layoutWords, story, spared);
            if (inside != null) furniture.put(block, inside);
        }
        return furniture;
    }

    /**
     * The kept words inside the elements of each tag and class attribute, every block counted once per kind: what
     * a body split into chunks of one class holds in all. Counted on first use, since few pages need it.
     */
    private static final class KindWords {
        private final Page page;
        private final Map<Element, Integer> paragraphsInside;
        private Map<String, Integer> words;
        private Map<Element, Boolean> chunks;
        private final StrongProse strongProse;

        /** @param paragraphsInside the strong prose paragraphs inside each element, kept, read by {@link #paragraphs} */
        KindWords(Page page, Map<Element, Integer> paragraphsInside, StrongProse strongProse) {
            this.page = page;
            this.strongProse = strongProse;
            this.paragraphsInside = paragraphsInside;
        }

        /** How many kept strong prose paragraphs the element holds. */
        int paragraphs(Element element) {
            return paragraphsInside.getOrDefault(element, 0);
        }

        int words(Element element) {
            if (words == null) {
                words = new HashMap<>();
                Set<String> seen = new HashSet<>();
                for (Block block : page.kept()) {
                    seen.clear();
                    for (Element e = block.element(); e != null; e = e.parent()) {
                        String key = key(e);
                        if (key != null && seen.add(key)) words.merge(key, block.wordCount(), Integer::sum);
                    }
                }
            }
            String key = key(element);
            return key == null ? 0 : words.getOrDefault(key, 0);
        }

        /**
         * Whether the element, holding at least {@code minParagraphs} kept strong prose paragraphs, is one of two or
         * more boxes of its tag among its siblings that hold kept strong prose, together at least {@code articleWords}
         * of the kept words, one of the others holding a paragraph shaped as one of its own ({@link #shape}). Asked
         * only of elements named for content and furniture alike that hold too little alone, and answered once each.
         */
        boolean isSplitBodyChunk(Element element, Map<Element, Integer> wordsInside, int articleWords,
                                 int minParagraphs) {
            if (paragraphs(element) < minParagraphs || element.parent() == null) return false;
            if (chunks == null) chunks = new IdentityHashMap<>();
            return chunks.computeIfAbsent(element, e -> splitBodyChunk(e, wordsInside, articleWords));
        }

        private boolean splitBodyChunk(Element element, Map<Element, Integer> wordsInside, int articleWords) {
            Set<Element> others = Collections.newSetFromMap(new IdentityHashMap<>());
            int words = 0;
            for (Element sibling : element.parent().children()) {
                if (!sibling.normalName().equals(element.normalName()) || paragraphs(sibling) == 0) continue;
                words += wordsInside.getOrDefault(sibling, 0);
                if (sibling != element) others.add(sibling);
            }
            if (others.isEmpty() || words < articleWords) return false;
            Set<String> own = new HashSet<>();
            Set<String> theirs = new HashSet<>();
            for (Block block : page.kept()) {
                if (block.element() == null || !strongProse.test(block)) continue;
                for (Element e = block.element().parent(); e != null; e = e.parent()) {
                    if (e == element) own.add(shape(block.element(), e));
                    else if (others.contains(e)) theirs.add(shape(block.element(), e));
                    else continue;
                    break;
                }
            }
            own.retainAll(theirs);
            return !own.isEmpty();
        }

        /** The tags and classes from a paragraph's element up to, not including, the box that holds it. */
        private static String shape(Element paragraph, Element box) {
            StringBuilder shape = new StringBuilder();
            for (Element e = paragraph; e != box; e = e.parent()) {
                shape.append(e.normalName()).append('.').append(e.className().trim()).append('<');
            }
            return shape.toString();
        }

        private static String key(Element e) {
            String classes = e.className();
            return classes.isBlank() ? null : e.normalName() + ' ' + classes;
        }
    }

    private static int words(Map<Block, String> blocks) {
        int words = 0;
        for (Block block : blocks.keySet()) words += block.wordCount();
        return words;
    }

    /** The words of the blocks that are paragraphs of strong prose. */
    private int paragraphWords(Map<Block, String> blocks) {
        int words = 0;
        for (Block block : blocks.keySet()) if (strongProse.test(block)) words += block.wordCount();
        return words;
    }

    /**
     * What names the nearest furniture element around the block ("aside", "class token related"), or null. The walk
     * stops at an element named for content or not named at all when it holds at least {@code articleWords} of
     * the kept words: a small box named for content ("card-body" of a donation widget) says nothing about what
     * encloses it. It also stops at an element named for furniture that holds more than {@code layoutWords}
     * (asked for only when the names would otherwise take too much of the page): one so large that taking it
     * would make the filter back off holds the article, and its name describes the layout (HubSpot's
     * "meta_field" wrapper of the post body), not the block.
     * What each element's own name says is read once per page, into {@code names}.
     */
    private String furniture(Page page, Block block, Map<Element, Name> names, Map<Element, Integer> wordsInside,
                             KindWords kinds, int articleWords, double layoutWords, StoryParts story,
                             Map<Element, String> spared) {
        Element e = block.element();
        boolean inContent = false;
        // the nearest box named for the story's text passed on the way up, and its level
        Element contentBox = null;
        int contentLevel = 0;
        for (int level = 0; level < maxLevels && e != null && !e.normalName().equals("body"); level++, e = e.parent()) {
            Name name = names.computeIfAbsent(e, this::name);
            int words = wordsInside.getOrDefault(e, 0);
            // a paragraph of prose named for furniture among the article's paragraphs: the name styles that
            // paragraph (a lead set apart as "promo-text", a "share-enabled" one), it names no box
            if (level == 0 && (name.kind() == Kind.FURNITURE || name.kind() == Kind.MIXED)
                    && isStyledParagraph(block, e, kinds, story)) {
                continue;
            }
            if ((name.kind() == Kind.FURNITURE || name.kind() == Kind.MIXED || name.kind() == Kind.LABELS
                    || name.kind() == Kind.POST)
                    && (unguardedWords.contains(name.word()) ? story.isInset(e, false)
                            : story.isPart(e) || story.isInset(e)
                                    || story.isWrappedPart(e, maxWrapperLevels, minWrappedShare)
                                    || story.isLinkedContinuation(e))) {
                // a part of the story that a box named for furniture holds (a "paywall" box from its third
                // paragraph on), or an inset of its paragraphs between two of them: the name is no furniture's; a
                // box named for what never holds the story (a "footer-note") is spared only between two of them
                spared.computeIfAbsent(e, story::describe);
                return null;
            }
            if (name.kind() == Kind.FURNITURE && !unguardedWords.contains(name.word()) && contentBox != null
                    && level - contentLevel <= maxWrapperLevels
                    && story.framesStoryBox(e, contentBox, minWrappedShare)) {
                // a layout's zone around a box named for the story's text, right after the story's first run
                // ("promo-zone" › "story-body__part"): the box's name tells what it holds, the wrapper's only where
                // the page set it
                String framed = MainContainerFilter.describe(contentBox);
                spared.computeIfAbsent(e, wrapper -> "a box named for the story's text (" + framed
                        + ") right after the story's first run");
                return null;
            }
            if (name.kind() != Kind.CONTENT && name.kind() != Kind.NEUTRAL && !unguardedWords.contains(name.word())
                    && page.isGatedArticlePart(e)) {
                // the page's JSON-LD names the box as its article's part behind the paywall: its name is the paywall's
                return null;
            }
            switch (name.kind()) {
                case FURNITURE -> {
                    return words > layoutWords ? null : name.description();
                }
                case MIXED -> {
                    // named for content and furniture alike ("article-body url-breadcrumb"): the article's when
                    // the elements of its tag and class hold most of the kept text (one body, or its chunks)
                    if (kinds.words(e) >= articleWords || kinds.paragraphs(e) >= minArticleParagraphs) return null;
                    // or one chunk of a body split into boxes whose names differ (the first carries an id, the later
                    // ones a modifier): with the boxes of its tag beside it that hold paragraphs of its shape
                    if (!unguardedWords.contains(name.word())
                            && kinds.isSplitBodyChunk(e, wordsInside, articleWords, minChunkParagraphs)) {
                        return null;
                    }
                    // or the story's rest set outside the body's wrapper, right after it ("paywall-content")
                    if (!unguardedWords.contains(name.word()) && story.continuesRunOutside(e)) return null;
                    // or the story's first run, its rest right after it in a wrapper that is a part of the story
                    if (!unguardedWords.contains(name.word()) && story.opensSplitStory(e)) return null;
                    return words > layoutWords ? null : name.description();
                }
                case LABELS, POST -> {
                    // the post's own element, filed under a category: it holds most of the kept text, and a block
                    // of its body (a box named for content, however small) is the post's
                    // or one that holds a run of paragraphs, for those and the prose around them (its meta line is
                    // no prose)
                    if (words >= articleWords && inContent) return null;
                    // a post's own element: the blocks of its body box are the post's, a brief's one or two too
                    if (name.kind() == Kind.POST && inContent) return null;
                    if (kinds.paragraphs(e) >= minArticleParagraphs && (inContent || block.has(Label.PROSE))) return null;
                    return words > layoutWords ? null : name.description();
                }
                case IMAGE -> {
                    // a paragraph of the story's own kind set beside a picture is the story's, not a caption
                    if (words <= maxCaptionWords && !story.paragraphClass().isStoryParagraph(block, strongProse)) {
                        return name.description();
                    }
                }
                case CONTENT, NEUTRAL -> {
                    if (words >= articleWords) return null;
                    // a chunk of a body split around ad slots or an author box into boxes of one class that no
                    // word names (a CSS module's "css-1x2y3z"): the chunks hold most of the kept text together,
                    // as one box named for content would
                    inContent |= name.kind() == Kind.CONTENT || kinds.words(e) >= articleWords;
                    if (name.kind() == Kind.CONTENT && contentBox == null) {
                        contentBox = e;
                        contentLevel = level;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the block's own element is a {@code <p>} that stands in a container of at least
     * {@link #DEFAULT_MIN_ARTICLE_PARAGRAPHS} kept strong prose paragraphs and is itself strong prose, or is of the
     * class the story's paragraphs share ({@link StoryParagraphClass}): one of the article's paragraphs, whose class
     * styles it rather than naming a box (a lead in larger type as "promo-text", "intro--share-enabled"; every
     * paragraph "share-quote", its short ones and one-line items too). Only the paragraph's own name is passed over:
     * a box around it named for furniture still counts. Furniture comes in containers; a box's own paragraph is
     * judged by the container's name further up.
     */
    private boolean isStyledParagraph(Block block, Element element, KindWords kinds, StoryParts story) {
        if (!element.normalName().equals(PARAGRAPH_TAG) || element.parent() == null
                || kinds.paragraphs(element.parent()) < minArticleParagraphs) {
            return false;
        }
        return strongProse.test(block) || story.paragraphClass().isNamedClassOf(element);
    }

    /**
     * What the element's tag, role, class, id and itemprop say it holds; a furniture token outweighs an image or
     * content one.
     */
    private Name name(Element e) {
        if (negativeTags.contains(e.normalName())) {
            return new Name(Kind.FURNITURE, "<" + e.normalName() + ">", e.normalName());
        }
        String role = e.attr("role");
        if (!role.isEmpty() && negativeRoles.contains(role.trim().toLowerCase(Locale.ROOT))) {
            String word = role.trim().toLowerCase(Locale.ROOT);
            return new Name(Kind.FURNITURE, "<" + e.normalName() + "> role " + role.trim(), word);
        }
        Name found = Name.NEUTRAL;
        String label = null;
        String furniture = null;
        String[] values = {e.className(), e.id(), e.attr("itemprop")};
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value.isEmpty()) continue;
            List<String> tokens = tokens(value);
            for (int t = 0; t < tokens.size(); t++) {
                String token = tokens.get(t);
                if (negativeTokens.contains(token) && t + 1 < tokens.size()
                        && stateTokens.contains(tokens.get(t + 1)) && sameName(value, token, tokens.get(t + 1))) {
                    // "promo-free", "comments-enabled", "sidebar-layout": a state or the layout of the element, which
                    // names no box of that furniture
                    t++;
                    continue;
                }
                if (featureTokens.contains(token) && t + 1 < tokens.size()
                        && negativeTokens.contains(tokens.get(t + 1)) && endsName(value, token, tokens.get(t + 1))) {
                    // "has-share", "has-sidebar": a feature the element comes with, not what it is
                    t++;
                    continue;
                }
                if (negativeTokens.contains(token)) {
                    if (i == 0 && isLabelToken(value, token)) {
                        if (label == null) label = token;
                    } else if (furniture == null) {
                        furniture = token;
                    }
                } else if (positiveTokens.contains(token)) {
                    found = Name.CONTENT;
                } else if (imageTokens.contains(token) && found == Name.NEUTRAL) {
                    found = new Name(Kind.IMAGE, "<" + e.normalName() + "> token " + token, token);
                }
            }
        }
        if (furniture != null) {
            return new Name(found == Name.CONTENT ? Kind.MIXED : Kind.FURNITURE,
                    "<" + e.normalName() + "> token " + furniture, furniture);
        }
        if (label == null) return found;
        return new Name(found == Name.CONTENT ? Kind.POST : Kind.LABELS, "<" + e.normalName() + "> token " + label, label);
    }

    /**
     * Whether {@code first} followed by the state word {@code second} is one class name or id of {@code value}
     * ("promo-free"), not two ("promo free"), and the state word ends it ("promo-free-trial" is a promotion's box),
     * but for a layout's, which goes on with the part of the layout ("sidebar-layout__main"). Asked only when a
     * furniture word is followed by a state word, which is rare.
     */
    private boolean sameName(String value, String first, String second) {
        for (String name : SPACES.split(value)) {
            List<String> words = tokens(name);
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i).equals(first) && words.get(i + 1).equals(second)
                        && (i + 2 == words.size() || layoutTokens.contains(second))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code first} and {@code second} are the whole of one class name or id of {@code value} ("has-share"). */
    private static boolean endsName(String value, String first, String second) {
        for (String name : SPACES.split(value)) {
            List<String> words = tokens(name);
            if (words.size() == 2 && words.get(0).equals(first) && words.get(1).equals(second)) return true;
        }
        return false;
    }

    /**
     * Whether every class name of {@code classes} that holds the furniture {@code token} is a label class name: one
     * that starts with a label word and goes on ("category-local-news", "tag-budget"), the token among its words.
     */
    private boolean isLabelToken(String classes, String token) {
        boolean any = false;
        for (String name : SPACES.split(classes)) {
            List<String> words = tokens(name);
            if (!words.contains(token)) continue;
            if (words.size() < 2 || !labelTokens.contains(words.get(0))) return false;
            any = true;
        }
        return any;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> set : sets) out.addAll(set);
        return Set.copyOf(out);
    }

    /**
     * The lower-case words of a class, id or itemprop value: split at every character that is not a letter or
     * digit and between a lower-case letter and a capital. A hand-written scan: this runs for every element a
     * walk passes.
     */
    static List<String> tokens(String value) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(c);
            boolean camel = word && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1));
            if (start >= 0 && (!word || camel)) {
                tokens.add(value.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (word && start < 0) start = i;
        }
        return tokens;
    }
}
