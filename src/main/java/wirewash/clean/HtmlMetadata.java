package wirewash.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import wirewash.internal.Validate;
import wirewash.model.Metadata;

/**
 * Reads what an HTML page says about itself (title, byline, publication date, site, URL, language) from its
 * meta tags, its JSON-LD and a few elements. Each field takes the first source that gives a non-blank value:
 * <ul>
 *   <li>title: og:title, twitter:title, the first h1, {@code <title>}</li>
 *   <li>byline: meta author, JSON-LD author name(s); a leading "By" is dropped</li>
 *   <li>published: article:published_time, meta date/pubdate/publishdate, itemprop datePublished, JSON-LD
 *       datePublished, the first {@code <time datetime>}; kept as the page gives it</li>
 *   <li>site: og:site_name, JSON-LD publisher name</li>
 *   <li>url: link rel=canonical (made absolute), og:url</li>
 *   <li>language: the primary subtag of {@code <html lang>}, else of the content-language header, lower case</li>
 * </ul>
 * JSON-LD may be an object, an array or an {@code @graph}, with {@code @id} references; article nodes
 * (types ending in "Article" or "Posting") are read before others. Malformed JSON-LD is ignored.
 */
public final class HtmlMetadata {
    /** Lenient the way pages need: raw newlines in strings, comments, trailing commas. Immutable, so shareable. */
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build()
            .reader();
    /** Wrappers some sites put around the JSON inside the script element. */
    private static final Pattern SCRIPT_WRAPPER = Pattern.compile("^\\s*(?:<!--|<!\\[CDATA\\[)|(?:-->|]]>)\\s*$");
    private static final Pattern BY_PREFIX = Pattern.compile("^by\\s+", Pattern.CASE_INSENSITIVE);
    /** A BCP 47 tag, loosely: a 2–3 letter primary language subtag, then any subtags. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*");
    /** Meta attributes whose value names the property the content gives. */
    private static final List<String> META_KEYS = List.of("property", "name", "itemprop", "http-equiv");

    /**
     * What a page says about itself and the article text it states, read with one pass over its JSON-LD.
     *
     * @param metadata    as {@link #read}
     * @param articleBodies as {@link #articleBodies}: empty when the page states none
     * @param gatedPartSelectors as {@link #gatedPartSelectors}: empty when the page states none
     */
    public record Statement(Metadata metadata, List<String> articleBodies, List<String> gatedPartSelectors) {
        public Statement {
            Validate.notNull(metadata, "metadata");
            articleBodies = List.copyOf(articleBodies);
            gatedPartSelectors = List.copyOf(gatedPartSelectors);
        }
    }

    /** Reads the metadata and the stated article text of a parsed page. */
    public Statement readAll(Document dom) {
        Validate.notNull(dom, "dom");
        Marks marks = Marks.of(dom);
        JsonLd jsonLd = JsonLd.of(marks.jsonLd);
        return new Statement(read(dom, marks, jsonLd), articleBodies(jsonLd), gatedPartSelectors(jsonLd));
    }

    /** Reads the metadata of a parsed page. */
    public Metadata read(Document dom) {
        Validate.notNull(dom, "dom");
        Marks marks = Marks.of(dom);
        return read(dom, marks, JsonLd.of(marks.jsonLd));
    }

    private Metadata read(Document dom, Marks marks, JsonLd jsonLd) {
        Map<String, String> meta = metaContents(marks.metas);
        String title = first(meta.get("og:title"), meta.get("twitter:title"), text(marks.h1),
                BlockText.normalise(dom.title()));
        String byline = first(meta.get("author"), jsonLd.first(n -> names(jsonLd, n.get("author"))));
        String published = first(meta.get("article:published_time"), meta.get("date"), meta.get("pubdate"),
                meta.get("publishdate"), meta.get("datepublished"), jsonLd.first(n -> text(n.get("datePublished"))),
                attribute(marks.time, "datetime"));
        String site = first(meta.get("og:site_name"), jsonLd.first(n -> names(jsonLd, n.get("publisher"))));
        String url = first(canonical(marks.canonical), meta.get("og:url"));
        String language = first(language(attribute(marks.html, "lang")),
                language(meta.get("content-language")));
        return new Metadata(title, byline == null ? null : first(BY_PREFIX.matcher(byline).replaceFirst("")),
                published, site, url, language);
    }

    /**
     * The article text the page's JSON-LD states ({@code articleBody} of an article node, else of any node),
     * whitespace-normalised, with any markup in it removed and character references decoded, or null when the
     * page states none. Pages often give only a teaser here, or text that differs from what they show:
     * {@code ArticleBodyFilter} checks it against the visible text before trusting it.
     */
    public String articleBody(Document dom) {
        Validate.notNull(dom, "dom");
        List<String> bodies = articleBodies(JsonLd.of(Marks.of(dom).jsonLd));
        return bodies.isEmpty() ? null : bodies.get(0);
    }

    /**
     * Every article text the page's JSON-LD states, as {@link #articleBody(Document)} reads each, article nodes
     * first and otherwise in page order, each once: a page that lists related stories as article nodes too
     * (an {@code @graph} or an array of them) states their bodies beside its own, often before it, and only a
     * check against the visible text tells which one is the page's.
     */
    public List<String> articleBodies(Document dom) {
        Validate.notNull(dom, "dom");
        return articleBodies(JsonLd.of(Marks.of(dom).jsonLd));
    }

    private static List<String> articleBodies(JsonLd jsonLd) {
        Set<String> bodies = new LinkedHashSet<>();
        for (JsonNode node : jsonLd.nodes()) {
            String body = plainText(text(node.get("articleBody")));
            if (body != null) bodies.add(body);
        }
        return List.copyOf(bodies);
    }

    /**
     * A stated body as plain text: markup removed and character references decoded, twice at most, since some
     * sites escape the markup once more ({@code &lt;p&gt;}); null when blank.
     */
    private static String plainText(String body) {
        for (int pass = 0; pass < 2 && body != null && (body.indexOf('<') >= 0 || body.indexOf('&') >= 0); pass++) {
            body = BlockText.normalise(ElementText.of(HtmlBlocks.parseDom(body, "", HtmlBlocks.DEFAULT_MAX_DEPTH)));
        }
        return body == null || body.isBlank() ? null : body;
    }

    /**
     * The CSS selectors of the parts of the article that the page's JSON-LD marks as behind its paywall, as
     * Google's guidance for subscription content has sites mark them: an article node's {@code hasPart}, a
     * {@code WebPageElement} (or a list of them) with {@code "isAccessibleForFree": false} and a
     * {@code cssSelector} (".paywall"). The elements they name hold the article's own text, however their class
     * reads. Unchecked: a selector jsoup cannot parse is skipped where it is used.
     */
    private static List<String> gatedPartSelectors(JsonLd jsonLd) {
        List<String> selectors = new ArrayList<>();
        for (JsonNode node : jsonLd.nodes()) {
            if (!JsonLd.isArticle(node)) continue;
            JsonNode parts = node.get("hasPart");
            if (parts == null) continue;
            for (JsonNode part : parts.isArray() ? parts : List.of(parts)) {
                if (!part.isObject()) continue;
                JsonNode free = part.get("isAccessibleForFree");
                String selector = text(part.get("cssSelector"));
                if (free == null || !"false".equalsIgnoreCase(free.asText().strip()) || selector == null) continue;
                if (!selector.isBlank() && !selectors.contains(selector)) selectors.add(selector);
            }
        }
        return selectors;
    }

    /** Meta contents by lower-cased property/name/itemprop/http-equiv; the first non-blank one of each wins. */
    private static Map<String, String> metaContents(List<Element> metas) {
        Map<String, String> contents = new HashMap<>();
        for (Element meta : metas) {
            String content = BlockText.normalise(meta.attr("content"));
            if (content.isEmpty()) continue;
            for (String key : META_KEYS) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) contents.putIfAbsent(name, content);
            }
        }
        return contents;
    }

    private static String first(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value;
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : BlockText.normalise(ElementText.of(element));
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.attr(name).strip();
    }

    private static String canonical(Element link) {
        if (link == null) return null;
        String absolute = link.attr("abs:href");
        return absolute.isEmpty() ? link.attr("href").strip() : absolute;
    }

    /** The primary subtag of a language tag ("en-US" → "en"; the first of a list), or null if it is not one. */
    private static String language(String tag) {
        if (tag == null) return null;
        Matcher matcher = LANGUAGE_TAG.matcher(tag.split(",", 2)[0].strip());
        return matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() ? BlockText.normalise(node.asText()) : null;
    }

    /** The name(s) of a person or organisation given as a string, an object, an @id reference or an array. */
    private static String names(JsonLd jsonLd, JsonNode node) {
        if (node == null) return null;
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            String name = item.isObject() ? text(jsonLd.resolve(item).get("name")) : text(item);
            if (name != null && !name.isEmpty()) names.add(name);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * The elements the metadata is read from, found in one walk over the page (each the first in page order,
     * as {@code selectFirst} would give it): {@code meta[content]}, {@code script[type=application/ld+json]},
     * {@code h1}, {@code time[datetime]}, {@code html[lang]}, {@code link[rel=canonical][href]}.
     */
    private static final class Marks {
        final List<Element> metas = new ArrayList<>();
        final List<Element> jsonLd = new ArrayList<>();
        Element h1;
        Element time;
        Element html;
        Element canonical;

        static Marks of(Document dom) {
            Marks marks = new Marks();
            // a walk, not getAllElements(): the same elements in the same order, without a list of them all
            DomIndex.forEachElement(dom, marks::add);
            return marks;
        }

        private void add(Element e) {
            switch (e.normalName()) {
                case "meta" -> {
                    if (e.hasAttr("content")) metas.add(e);
                }
                case "script" -> {
                    if (attributeIs(e, "type", "application/ld+json")) jsonLd.add(e);
                }
                case "h1" -> {
                    if (h1 == null) h1 = e;
                }
                case "time" -> {
                    if (time == null && e.hasAttr("datetime")) time = e;
                }
                case "html" -> {
                    if (html == null && e.hasAttr("lang")) html = e;
                }
                case "link" -> {
                    if (canonical == null && attributeIs(e, "rel", "canonical") && e.hasAttr("href")) {
                        canonical = e;
                    }
                }
                default -> { }
            }
        }

        /** As the CSS {@code [key=value]}: the attribute's value, trimmed, equals the value ignoring case. */
        private static boolean attributeIs(Element e, String key, String value) {
            return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key).trim());
        }
    }

    /** The JSON-LD nodes of a page, article nodes first, and its nodes by @id. */
    private record JsonLd(List<JsonNode> nodes, Map<String, JsonNode> byId) {
        static JsonLd of(List<Element> scripts) {
            List<JsonNode> articles = new ArrayList<>();
            List<JsonNode> others = new ArrayList<>();
            Map<String, JsonNode> byId = new HashMap<>();
            for (Element script : scripts) {
                String data = script.data();
                // the wrappers' marks are looked for first: most JSON-LD has none, and the regex would try every char
                String json = data.contains("<!") || data.contains("-->") || data.contains("]]>")
                        ? SCRIPT_WRAPPER.matcher(data).replaceAll("") : data;
                try {
                    JsonNode root = JSON.readTree(json);
                    if (root != null) flatten(root, articles, others, byId);
                } catch (JsonProcessingException e) {
                    // Malformed JSON-LD says nothing we can use; the other sources still count.
                }
            }
            articles.addAll(others);
            return new JsonLd(articles, byId);
        }

        private static void flatten(JsonNode node, List<JsonNode> articles, List<JsonNode> others,
                                    Map<String, JsonNode> byId) {
            if (node.isArray()) {
                for (JsonNode item : node) flatten(item, articles, others, byId);
            } else if (node.isObject()) {
                (isArticle(node) ? articles : others).add(node);
                String id = text(node.get("@id"));
                if (id != null && node.size() > 1) byId.putIfAbsent(id, node);
                JsonNode graph = node.get("@graph");
                if (graph != null) flatten(graph, articles, others, byId);
            }
        }

        static boolean isArticle(JsonNode node) {
            JsonNode type = node.get("@type");
            if (type == null) return false;
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                String name = t.asText();
                if (name.endsWith("Article") || name.endsWith("Posting")) return true;
            }
            return false;
        }

        /** The first non-blank value the extractor finds, article nodes first. */
        String first(Function<JsonNode, String> extractor) {
            for (JsonNode node : nodes) {
                String value = extractor.apply(node);
                if (value != null && !value.isBlank()) return value;
            }
            return null;
        }

        /** The full node an {@code {"@id": …}} reference points to, else the node itself. */
        JsonNode resolve(JsonNode node) {
            String id = node.has("name") ? null : text(node.get("@id"));
            return id == null ? node : byId.getOrDefault(id, node);
        }
    }
}
