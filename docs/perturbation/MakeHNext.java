import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * Builds the "hnext" HTML perturbation set (hgen39) from the tune pages: endless-scroll pages load the next
 * article(s) below the one asked for, and an archiver saves the whole DOM. Into each tune page's HTML this appends
 * 1–3 whole other tune articles of the same half (A never borrows B's text): headline (the donor page's og:title,
 * h1 or title), byline, date, a lede image with a caption, the donor's gold body paragraphs, sometimes subheads.
 * Markups: sibling elements with the page's own story container's tag, class and id (so names cannot tell them
 * apart, the paragraphs' wrapper's class copied too), a {@code div.infinite-scroll} / {@code data-next-url}
 * wrapper of {@code <article>}s, or hashed class names ({@code css-1x2y3z}); inside the page's {@code <main>} or
 * after it; a separator or none ("Next article", "Up next", "Continue reading", a progress bar, an ad slot, a rule);
 * sometimes a second JSON-LD NewsArticle block for the appended story. Placement: right below the story's
 * container, after the page's own related/comment furniture (at the end of {@code <main>} or before the page
 * footer), or the first below and the rest later. 40% of pages take donors on the same subject (the same-half pages
 * sharing most content words with the page's gold). Donors are of the page's language where the half holds three
 * such pages (an endless-scroll site loads stories of its own language). Gold unchanged. One or two variants a page
 * ({@code <id>_v1}, {@code <id>_v2}). Seeded.
 * Usage: make_hnext.sh OUTDIR
 * (make_markup.sh compiles the generators and writes gold-tune.tsv first).
 */
public class MakeHNext {
    static final long SEED = 39_2026_1206L;

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static final String[] FIRST = {"Anya", "Bram", "Celine", "Dev", "Esther", "Farid", "Gwen", "Hamish", "Ines",
            "Jules", "Kofi", "Lena", "Mateo", "Nia", "Otto", "Pia", "Ravi", "Selma", "Theo", "Uma", "Jane", "Michael"};
    static final String[] LAST = {"Abernethy", "Carraway", "Dimitriou", "Eze", "Fairbairn", "Gutierrez", "Haldane",
            "Iqbal", "Kerrigan", "Lindgren", "Mwangi", "Novak", "O'Rourke", "Pellegrini", "Ruiz", "Sorensen", "Walsh"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};
    static final String[] SEPARATORS = {"Next article", "Next Article", "NEXT ARTICLE", "Up next", "Up Next",
            "UP NEXT", "Continue reading", "Keep reading", "Read next", "Next story", "NEXT STORY", "Next up",
            "More stories", "Scroll for next article", "Your next read"};
    static final String[] HASHED = {"css-1x2y3z", "sc-aBcDe", "css-8k2j1q", "jsx-3391", "Box-sc-12ab",
            "styles_wrap__3kX", "r-1awozwy", "css-175oi2r", "emotion-7zq", "sc-kEjbxe", "css-79elbk"};
    static final String[] CAPTIONS = {"File photo.", "The scene on %D.", "Photograph: %N/Agency",
            "A view of the site earlier this year. (Photo: %N)", "Officials at the announcement. Credit: %N",
            "Image: Getty Images", "Supplied", "%N / Staff photographer"};

    final Random r;

    MakeHNext(Random r) {
        this.r = r;
    }

    String c(String... a) {
        return a[r.nextInt(a.length)];
    }

    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    String name() {
        return c(FIRST) + " " + c(LAST);
    }

    String date() {
        switch (r.nextInt(6)) {
            case 0: return c(MONTHS) + " " + between(1, 28) + ", " + between(2016, 2024);
            case 1: return between(1, 28) + " " + c(MONTHS) + " " + between(2016, 2024);
            case 2: return "Updated " + between(1, 12) + ":" + String.format("%02d", between(0, 59)) + " " + c("a.m.", "p.m.", "AM", "PM") + " " + c("ET", "GMT", "BST");
            case 3: return between(2, 23) + " hours ago";
            case 4: return "Published " + c(MONTHS) + " " + between(1, 28) + ", " + between(2016, 2024);
            default: return between(2016, 2024) + "-" + String.format("%02d-%02d", between(1, 12), between(1, 28));
        }
    }

    String slug(String h) {
        String s = h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    static String headlineOf(Document d) {
        Element og = d.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) return TunePages.norm(og.attr("content"));
        Element h1 = d.selectFirst("h1");
        if (h1 != null && !TunePages.norm(h1.text()).isEmpty()) return TunePages.norm(h1.text());
        return TunePages.norm(d.title());
    }

    /** A donor story: its headline, url, gold paragraphs. */
    record Donor(String id, String headline, String url, List<String> paras, Set<String> words, String lang) {}

    static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "with"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une"),
            "es", Set.of("el", "los", "las", "y", "del", "que", "una"),
            "it", Set.of("il", "di", "che", "della", "per", "sono", "gli"),
            "pt", Set.of("os", "do", "da", "que", "não", "uma", "em"),
            "nl", Set.of("de", "het", "een", "van", "en", "niet", "zijn"),
            "pl", Set.of("nie", "się", "na", "jest", "że", "do", "w"));

    /** The donor's language, roughly: its script, or among Latin-script text the stopwords it uses most. */
    static String language(String text) {
        Map<String, Integer> votes = new HashMap<>();
        text.codePoints().limit(4000).forEach(cp -> {
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED)
                votes.merge(sc.name(), 1, Integer::sum);
        });
        String script = null;
        for (Map.Entry<String, Integer> e : votes.entrySet()) if (e.getValue() > 200 && (script == null || e.getValue() > votes.get(script))) script = e.getKey();
        if (script != null) return script;
        Map<String, Integer> lv = new HashMap<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) if (e.getValue().contains(t)) lv.merge(e.getKey(), 1, Integer::sum);
        return lv.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }

    static Set<String> contentWords(String s) {
        Set<String> w = new HashSet<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (t.length() >= 5) w.add(t);
        return w;
    }

    // ------------------------------------------------------------------ one appended article
    String separator() {
        switch (r.nextInt(9)) {
            case 0: case 1: return "<div class=\"" + c("next-article-label", "up-next", "next-story__label", "divider") + "\">" + esc(c(SEPARATORS)) + "</div>";
            case 2: return "<h2 class=\"" + c("section-title", "next-title", "label") + "\">" + esc(c(SEPARATORS)) + "</h2>";
            case 3: return "<p><a class=\"" + c("continue-reading", "btn", "next-link") + "\" href=\"#\">" + esc(c(SEPARATORS)) + "</a></p>";
            case 4: return "<div class=\"" + c("progress-bar", "reading-progress", "article-progress") + "\" role=\"progressbar\" aria-valuenow=\"0\"><span style=\"width:0%\"></span></div>";
            case 5: return "<div class=\"" + c("ad-slot", "ad-container", "dfp-ad", "advert") + "\" id=\"div-gpt-ad-" + between(1000, 9999) + "\"><span>" + c("Advertisement", "ADVERTISEMENT", "Story continues below advertisement") + "</span></div>";
            case 6: return "<hr class=\"" + c("article-divider", "separator", "") + "\">";
            default: return "";
        }
    }

    /** The inner HTML of an appended article, markup matching the page's when asked. */
    String articleInner(Donor d, String bodyTag, String bodyClass, String headTag, boolean hashed) {
        StringBuilder sb = new StringBuilder();
        String hc = hashed ? " class=\"" + c(HASHED) + "\"" : "";
        boolean header = !hashed && r.nextBoolean();
        if (header) sb.append("<header class=\"" + c("article-header", "story-header", "entry-header", "headline-block") + "\">");
        if (r.nextInt(10) < 2) sb.append("<div class=\"" + c("kicker", "eyebrow", "section-label") + "\"><a href=\"/news\">" + c("News", "Politics", "Business", "Sport", "Tech", "World", "Science") + "</a></div>");
        sb.append("<" + headTag + hc + (hashed ? "" : " class=\"" + c("headline", "article-title", "entry-title", "story-title", "title") + "\"") + ">")
                .append(r.nextBoolean() ? "<a href=\"" + esc(d.url) + "\">" + esc(d.headline) + "</a>" : esc(d.headline)).append("</" + headTag + ">");
        int byShape = r.nextInt(5);
        String by = name();
        if (byShape == 0) sb.append("<div class=\"byline\">By <a href=\"/author/" + slug(by) + "\">" + esc(by) + "</a></div><time datetime=\"2023-05-0" + between(1, 9) + "\">" + esc(date()) + "</time>");
        else if (byShape == 1) sb.append("<p class=\"" + c("byline", "meta", "article-meta") + "\">By " + esc(by) + " | " + esc(date()) + "</p>");
        else if (byShape == 2) sb.append("<div" + hc + "><span>" + esc(by) + "</span> · <span>" + esc(date()) + "</span></div>");
        else if (byShape == 3) sb.append("<span class=\"author\">" + esc(by) + "</span><span class=\"date\">" + esc(date()) + "</span>");
        else sb.append("<time>" + esc(date()) + "</time>");
        if (header) sb.append("</header>");
        if (r.nextInt(10) < 7) {
            String cap = c(CAPTIONS).replace("%N", name()).replace("%D", c("Monday", "Tuesday", "Friday", "Sunday"));
            sb.append("<figure class=\"" + c("lede-image", "article-figure", "wp-block-image", "media") + "\"><img src=\"/img/" + slug(d.headline) + ".jpg\" alt=\"" + esc(d.headline) + "\">")
                    .append(r.nextInt(10) < 8 ? "<figcaption>" + esc(cap) + "</figcaption>" : "").append("</figure>");
        }
        boolean wrap = bodyTag != null;
        if (wrap) sb.append("<" + bodyTag + (bodyClass.isEmpty() ? "" : " class=\"" + esc(bodyClass) + "\"") + ">");
        boolean subheads = r.nextInt(10) < 3 && d.paras.size() >= 6;
        String pc = hashed && r.nextBoolean() ? " class=\"" + c(HASHED) + "\"" : "";
        for (int i = 0; i < d.paras.size(); i++) {
            if (subheads && i > 1 && i % between(3, 6) == 0) {
                String[] w = d.paras.get(i).split(" ");
                String sh = String.join(" ", Arrays.asList(w).subList(0, Math.min(w.length, between(2, 5)))).replaceAll("[,.;:]$", "");
                sb.append("<h2>").append(esc(sh)).append("</h2>");
            }
            sb.append("<p" + pc + ">").append(esc(d.paras.get(i))).append("</p>");
        }
        if (wrap) sb.append("</" + bodyTag + ">");
        if (r.nextInt(10) < 3) sb.append("<div class=\"" + c("share-tools", "article-share", "social") + "\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>");
        return sb.toString();
    }

    String jsonLd(Donor d) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\""
                + d.headline.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"url\":\"" + d.url + "\",\"mainEntityOfPage\":\"" + d.url
                + "\",\"author\":{\"@type\":\"Person\",\"name\":\"" + name() + "\"}}</script>";
    }

    static String attrs(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Attribute a : e.attributes()) if (a.getKey().equals("class") || a.getKey().equals("id") || a.getKey().startsWith("data-") || a.getKey().equals("itemtype") || a.getKey().equals("itemscope") || a.getKey().equals("role"))
            sb.append(' ').append(a.getKey()).append("=\"").append(esc(a.getValue())).append('"');
        return sb.toString();
    }

    // ------------------------------------------------------------------ one page
    String perturb(Document doc, String body, List<Donor> donors) {
        TunePages.Story found = TunePages.Story.find(doc, body);
        Element pbox = found.container();
        // the story's container: the nearest <article> above the paragraphs, else a story-named box, else their box
        Element story = null;
        if (pbox != null) {
            for (Element a = pbox; a != null && a != doc.body(); a = a.parent()) if (a.normalName().equals("article")) { story = a; break; }
            if (story == null)
                for (Element a = pbox; a != null && a != doc.body(); a = a.parent())
                    if (a.className().toLowerCase(Locale.ROOT).matches(".*(article|story|post|entry).*") && !a.normalName().equals("main")) { story = a; break; }
            if (story == null) story = pbox;
        }
        Element main = doc.selectFirst("main, [role=main]");
        int markup = r.nextInt(story == null ? 2 : 3) + (story == null ? 1 : 0); // 0 sibling, 1 infinite, 2 hashed
        int placement = r.nextInt(3); // 0 below the story, 1 after the furniture, 2 first below then the rest after
        boolean afterMain = main != null && r.nextInt(3) == 0;
        String headTag = story != null && story.selectFirst("h1") != null && markup == 0 ? "h1" : c("h1", "h2", "h2");
        List<String> pieces = new ArrayList<>();
        int ld = 0;
        for (Donor d : donors) {
            String sep = r.nextInt(10) < 7 ? separator() : "";
            String inner;
            String el;
            if (markup == 0) {
                boolean copyBody = pbox != story && pbox != null;
                inner = articleInner(d, copyBody ? pbox.normalName() : null, copyBody ? pbox.className() : "", headTag, false);
                el = "<" + story.normalName() + attrs(story) + ">" + inner + "</" + story.normalName() + ">";
            } else if (markup == 1) {
                inner = articleInner(d, r.nextBoolean() ? "div" : null, c("article-body", "story-body", "entry-content", "body"), headTag, false);
                el = "<article class=\"" + c("article", "story", "post", "next-article") + "\" data-url=\"" + esc(d.url) + "\">" + inner + "</article>";
            } else {
                inner = articleInner(d, r.nextBoolean() ? "div" : null, c(HASHED), headTag, true);
                el = "<div class=\"" + c(HASHED) + "\"><div class=\"" + c(HASHED) + "\">" + inner + "</div></div>";
            }
            if (r.nextInt(10) < 3) { el = jsonLd(d) + el; ld++; }
            pieces.add(sep + el);
        }
        if (markup == 1) {
            String w = "<div class=\"" + c("infinite-scroll", "infinite-scroll-container", "article-stream", "js-infinite") + "\" data-next-url=\"" + esc(donors.get(0).url) + "\">";
            String joined = String.join("", pieces);
            pieces = new ArrayList<>(List.of(w + joined + "</div>"));
            if (placement == 2) placement = 0;
        }
        String where;
        if (story == null || placement == 1) {
            insertLate(doc, main, afterMain, String.join("", pieces), story);
            where = afterMain ? "after-main" : "late";
        } else if (placement == 0) {
            story.after(String.join("", pieces));
            where = "below";
        } else {
            story.after(pieces.get(0));
            if (pieces.size() > 1) insertLate(doc, main, afterMain, String.join("", pieces.subList(1, pieces.size())), story);
            where = "both";
        }
        return found.found().size() + "\t" + new HashSet<>(found.paras()).size() + "\t" + donors.size() + "\t" + new String[]{"sibling", "infinite", "hashed"}[markup] + "\t" + where + "\t" + ld
                + "\t" + (story == null ? "-" : story.normalName() + "." + story.className().replace(' ', '.'));
    }

    void insertLate(Document doc, Element main, boolean afterMain, String html, Element story) {
        if (main != null && (story == null || main.is(":has(*)") && story.parents().contains(main))) {
            if (afterMain) main.after(html);
            else main.append(html);
            return;
        }
        Element footer = doc.body().selectFirst("body > footer, footer.site-footer, #footer");
        // the page's footer, when it stands below the story (some themes set a "footer" box above it)
        List<Element> all = doc.body().getAllElements();
        if (footer != null && (story == null || !story.parents().contains(footer) && all.indexOf(footer) > all.indexOf(story))) footer.before(html);
        else doc.body().append(html);
    }

    // ------------------------------------------------------------------ main
    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        TunePages pages = TunePages.load(out, SEED);
        List<String> tune = pages.ids;
        Map<String, String> html = new HashMap<>();
        Map<String, Donor> donors = new HashMap<>();
        for (String id : tune) {
            html.put(id, TunePages.html(id));
            String[] g = pages.gold(id);
            Document d = Jsoup.parse(html.get(id), g[1]);
            String url = g[1].isEmpty() ? "https://news.example.com/story/" + id : g[1];
            donors.put(id, new Donor(id, headlineOf(d), url, TunePages.paras(g[0]), contentWords(g[0]), language(g[0])));
        }
        StringBuilder manifest = new StringBuilder("id\thalf\tparas_matched\tgold_paras\tnext\tmarkup\tplace\tjsonld\tcontainer\tsubject\tdonors\n");
        for (String id : tune) {
            String half = pages.half(id);
            Random r = new Random(SEED ^ (id.hashCode() * 31L));
            int variants = 1 + r.nextInt(2);
            List<String> pool = new ArrayList<>();
            // an endless-scroll site loads stories of its own language: donors of the page's language, any when
            // the half holds too few of them
            for (String o : tune) if (!o.equals(id) && pages.inA(o) == pages.inA(id)) pool.add(o);
            List<String> sameLang = new ArrayList<>();
            for (String o : pool) if (donors.get(o).lang.equals(donors.get(id).lang)) sameLang.add(o);
            if (sameLang.size() >= 3) pool = sameLang;
            for (int v = 1; v <= variants; v++) {
                String did = id + "_v" + v;
                int n = 1 + r.nextInt(3);
                boolean same = r.nextInt(10) < 4;
                List<String> pick = new ArrayList<>(pool);
                if (same) {
                    Set<String> mine = donors.get(id).words;
                    pick.sort(Comparator.comparingInt((String o) -> {
                        Set<String> s = new HashSet<>(donors.get(o).words);
                        s.retainAll(mine);
                        return -s.size();
                    }).thenComparing(o -> o));
                    pick = new ArrayList<>(pick.subList(0, Math.min(6, pick.size())));
                }
                Collections.shuffle(pick, r);
                List<Donor> ds = new ArrayList<>();
                for (String o : pick.subList(0, Math.min(n, pick.size()))) ds.add(donors.get(o));
                Document doc = Jsoup.parse(html.get(id), pages.gold(id)[1]);
                String row = new MakeHNext(r).perturb(doc, pages.gold(id)[0], ds);
                Files.writeString(out.resolve(half).resolve(did + ".html"), doc.outerHtml());
                StringBuilder dn = new StringBuilder();
                for (Donor d : ds) dn.append(dn.length() > 0 ? "," : "").append(d.id);
                manifest.append(did).append('\t').append(half).append('\t').append(row).append('\t').append(same ? "same" : "any").append('\t').append(dn).append('\n');
            }
        }
        Files.writeString(out.resolve("manifest.tsv"), manifest);
    }
}
