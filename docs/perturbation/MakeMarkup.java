import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * Builds the "markup" HTML perturbation set (hgen25) from the tune pages: the markup around the gold body changes,
 * its text does not. Gold paragraphs are found in the DOM (the deepest element whose text equals a gold paragraph);
 * the parent that holds most of them is the body container. Per document 3-5 operations, chosen with a seeded RNG:
 *   split      the body container split into 2-4 sibling containers, furniture (ad slot, related box, newsletter
 *              form, share row, "most read" list) between them
 *   inject     furniture between two paragraphs inside the container
 *   retag      paragraphs as div/span with CMS class names, <br>-separated lines, one <p> per wrapper div
 *   collide    container class/id that collide with boilerplate words, or a wrapper so named around it
 *   structure  sections, subheads as h2/h3, quoted paragraphs as blockquote, short runs as lists, figures between
 *   jsonld     JSON-LD articleBody truncated or removed, og:description unlike the lede
 * Usage: make_markup.sh OUTDIR (it compiles this folder's generators together, MakeHSplit extends this class)
 */
public class MakeMarkup {
    static final long SEED = 20261206L;

    // ------------------------------------------------------------------ furniture vocabulary
    static final String[] WHO = {"Council", "The governor", "Regulators", "Lawmakers", "Fans", "Scientists", "Police",
            "Parents", "Investors", "The coach", "Union leaders", "Residents", "The mayor", "Doctors", "Farmers",
            "Officials", "Teachers", "Ministers", "Prosecutors", "Voters", "Researchers", "Landlords"};
    static final String[] DID = {"approves", "rejects", "delays", "unveils", "warns over", "scraps", "backs", "probes",
            "defends", "weighs", "pushes for", "braces for", "cuts", "launches", "faces questions over"};
    static final String[] WHAT = {"new housing plan", "bus fare rise", "school funding", "stadium deal",
            "water bill hike", "flood defences", "tax break", "drug trial", "rail strike", "data breach",
            "heatwave plan", "pension reform", "bridge repairs", "border checks", "minimum wage", "chip factory",
            "hospital merger", "wildfire response", "budget gap", "ticket prices", "library closures"};
    static final String[] TAIL = {"", "", "", " amid backlash", " after long delay", " as costs soar",
            ": what we know", " in surprise move", " despite protests", " for second year"};

    static String headline(Random r) {
        return pick(r, WHO) + " " + pick(r, DID) + " " + pick(r, WHAT) + pick(r, TAIL);
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static String slug(String h) {
        return h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static final String[] AD_CLASSES = {"ad-slot", "adslot", "ad-container", "gpt-ad", "dfp-ad", "ad-unit",
            "advert-wrapper", "ad inline-ad", "mpu-slot", "teads-slot", "ad-placeholder", "in-article-ad",
            "ad ad--inline", "c-ad c-ad--mid", "advertisement"};
    static final String[] AD_TEXT = {"Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
            "Article continues below this ad", "Sponsored", "Advertisement - Scroll to continue", "AD",
            "Continue reading the main story", "Advertisement · Scroll to continue"};

    static String ad(Random r) {
        String cls = pick(r, AD_CLASSES);
        String id = r.nextBoolean() ? " id=\"div-gpt-ad-" + (1000 + r.nextInt(9000)) + "-" + r.nextInt(9) + "\"" : "";
        String label = r.nextInt(4) == 0 ? "" : "<span class=\"ad-label\">" + pick(r, AD_TEXT) + "</span>";
        return "<div class=\"" + cls + "\"" + id + ">" + label + "<div class=\"ad-slot__inner\"></div></div>";
    }

    static final String[] REL_CLASSES = {"inline-related", "related-content", "related-links", "c-related-list",
            "story-related", "read-more-box", "more-on-this", "embedded-related", "recirc-module", "also-read",
            "rel-box", "component--related"};
    static final String[] REL_HEADS = {"Related", "Related stories", "More on this story", "Read more", "Read more:",
            "You might also like", "Recommended", "Related coverage", "More from Politics", "Also read",
            "Don't miss", "Further reading", "Trending now", "Most read", "Read next", "In other news", "See also"};

    static String related(Random r) {
        String cls = pick(r, REL_CLASSES);
        int n = 1 + r.nextInt(4);
        StringBuilder sb = new StringBuilder("<div class=\"" + cls + "\">");
        int hshape = r.nextInt(3);
        String head = pick(r, REL_HEADS);
        if (hshape == 0) sb.append("<h3>").append(head).append("</h3>");
        else if (hshape == 1) sb.append("<h4 class=\"related__title\">").append(head).append("</h4>");
        else sb.append("<span class=\"label\">").append(head).append("</span>");
        boolean list = r.nextBoolean();
        if (list) sb.append("<ul>");
        for (int i = 0; i < n; i++) {
            String h = headline(r);
            String a = "<a href=\"https://news.example.com/" + slug(h) + "\">" + h + "</a>";
            sb.append(list ? "<li>" + a + "</li>" : "<div class=\"related__item\">" + a + "</div>");
        }
        if (list) sb.append("</ul>");
        return sb.append("</div>").toString();
    }

    static final String[] NL_CLASSES = {"newsletter-signup", "nl-promo", "email-signup", "newsletter-inline",
            "signup-module", "c-newsletter", "inline-newsletter", "subscribe-box", "briefing-signup",
            "component--newsletter", "morning-email"};
    static final String[] NL_HEADS = {"Sign up for our morning briefing", "Get the newsletter",
            "Never miss a story", "The Daily Brief", "Stay informed", "Sign up for The Evening Edition",
            "Want more stories like this?", "Get our free daily email", "Newsletter"};
    static final String[] NL_BLURB = {"Get the day's top stories delivered to your inbox every morning.",
            "The best of our journalism, sent every weekday.", "Sign up to receive our top headlines.",
            "Enter your email address to get the latest news.", "Join 200,000 readers who start their day with us.",
            "By signing up you agree to our Terms of Use and Privacy Policy."};
    static final String[] NL_BUTTONS = {"Sign up", "Subscribe", "Sign Me Up", "Get it", "Join"};

    static String newsletter(Random r) {
        String cls = pick(r, NL_CLASSES);
        StringBuilder sb = new StringBuilder("<div class=\"" + cls + "\">");
        sb.append(r.nextBoolean() ? "<h3>" : "<p class=\"nl__title\"><strong>").append(pick(r, NL_HEADS));
        sb.append(sb.indexOf("<h3>") >= 0 ? "</h3>" : "</strong></p>");
        sb.append("<p>").append(pick(r, NL_BLURB)).append("</p>");
        sb.append("<form action=\"/subscribe\"><input type=\"email\" placeholder=\"Email address\"><button>")
                .append(pick(r, NL_BUTTONS)).append("</button></form>");
        if (r.nextBoolean()) sb.append("<p class=\"small\">").append(NL_BLURB[NL_BLURB.length - 1]).append("</p>");
        return sb.append("</div>").toString();
    }

    static String shareRow(Random r) {
        String[] cls = {"share-tools", "social-bar", "article-share", "share-row", "c-social-buttons"};
        StringBuilder sb = new StringBuilder("<div class=\"" + pick(r, cls) + "\">");
        if (r.nextBoolean()) sb.append("<span>Share this article</span>");
        for (String s : new String[]{"Facebook", "Twitter", "Email", "Copy link"})
            if (r.nextInt(3) > 0) sb.append("<a href=\"#\">").append(s).append("</a> ");
        return sb.append("</div>").toString();
    }

    static String furniture(Random r, List<String> kinds) {
        int k = r.nextInt(10);
        if (k < 3) { kinds.add("ad"); return ad(r); }
        if (k < 6) { kinds.add("related"); return related(r); }
        if (k < 9) { kinds.add("newsletter"); return newsletter(r); }
        kinds.add("share");
        return shareRow(r);
    }

    static final String[] AGENCIES = {"Getty Images", "AP", "Reuters", "AFP", "PA", "EPA", "Bloomberg"};

    static String figure(Random r) {
        String cap = pick(r, WHO) + " " + pick(r, new String[]{"gather outside", "look on at", "arrive at",
                "speak at", "wait outside"}) + " the " + pick(r, new String[]{"town hall", "court", "stadium",
                "station", "hospital"}) + " on " + pick(r, new String[]{"Monday", "Tuesday", "Friday", "Sunday"}) + ".";
        String credit = pick(r, new String[]{"(Photo: " + pick(r, AGENCIES) + ")", "Photo: " + pick(r, AGENCIES),
                pick(r, AGENCIES), "Credit: " + pick(r, AGENCIES)});
        if (r.nextBoolean())
            return "<figure class=\"" + pick(r, new String[]{"wp-block-image", "image", "c-figure", "inline-image"})
                    + "\"><img src=\"/img/" + r.nextInt(99999) + ".jpg\" alt=\"\"><figcaption>" + cap
                    + " <span class=\"credit\">" + credit + "</span></figcaption></figure>";
        return "<figure><img src=\"/img/" + r.nextInt(99999) + ".jpg\" alt=\"\"><figcaption><span>" + cap
                + "</span><span class=\"photo-credit\">" + credit + "</span></figcaption></figure>";
    }

    // ------------------------------------------------------------------ body markup
    static final String[] PARA_DIV_CLASSES = {"rich-text", "block-paragraph", "c-entry-content__block",
            "component--text", "paragraph", "article-paragraph", "text-block", "body-text", "story-text__paragraph",
            "wysiwyg", "RichTextStoryBody", "para", "content-block content-block--text", "article__text",
            "css-1x2y3z evys1bk0"};
    static final String[] COLLIDE_CLASSES = {"article-body promo-free", "commentary", "commentary-body",
            "related-to-story story-body", "sidebar-layout__main", "story-share-wrapper", "article-content has-share",
            "entry-content social-ready", "body-copy sponsor-free", "story-body comments-enabled",
            "article__body share-tools-enabled", "l-main sidebar-layout-main", "post-content ad-free"};
    static final String[] WRAP_CLASSES = {"story-share-wrapper", "sidebar-layout", "commentary", "related-to-story",
            "share-wrapper-outer", "layout--with-sidebar", "promo-free-zone", "article-with-rail"};

    static boolean plainParagraph(Element e) {
        for (Element c : e.children()) {
            String t = c.normalName();
            if (Set.of("p", "div", "ul", "ol", "table", "blockquote", "figure", "section", "h2", "h3", "h4")
                    .contains(t)) return false;
        }
        return true;
    }

    static void moveChildren(Element from, Element to) {
        for (Node n : new ArrayList<>(from.childNodes())) to.appendChild(n);
    }

    public static void main(String[] args) throws Exception {
        generate(Paths.get(args[0]), SEED, 3, MakeMarkup::perturbBody);
    }

    /** What a generator does to one variant of a page once the page's body container and paragraphs are found. */
    interface BodyPerturbation {
        boolean apply(Document doc, Element container, List<Element> ps, List<String> paras, Random r,
                      List<String> ops, int variant);
    }

    /**
     * Writes {@code variants} variants of each tune page into {@code out/A} or {@code out/B} and the manifest, each
     * variant's body changed by {@code perturbation} with a random of {@code seed}, the page's id and the variant.
     * MakeHSplit runs the same loop with its own seed and perturbation.
     */
    static void generate(Path out, long seed, int variants, BodyPerturbation perturbation) throws IOException {
        TunePages pages = TunePages.load(out, seed);
        StringBuilder manifest = new StringBuilder("id\thalf\tparas_matched\tgold_paras\tops\n");
        int made = 0, skipped = 0;
        for (String id : pages.ids) {
            String half = pages.half(id);
            String html = TunePages.html(id);
            String[] g = pages.gold(id);
            for (int v = 1; v <= variants; v++) {
                Random r = new Random(seed ^ (id.hashCode() * 31L + v));
                Document doc = Jsoup.parse(html, g[1]);
                List<String> ops = new ArrayList<>();
                int[] matched = new int[2];
                boolean ok = perturb(doc, g[0], r, ops, matched, v, perturbation);
                if (!ok) { skipped++; continue; }
                String did = id + "_v" + v;
                Files.writeString(out.resolve(half).resolve(did + ".html"), doc.outerHtml());
                manifest.append(did).append('\t').append(half).append('\t').append(matched[0]).append('\t')
                        .append(matched[1]).append('\t').append(String.join(",", ops)).append('\n');
                made++;
            }
        }
        Files.writeString(out.resolve("manifest.tsv"), manifest);
        System.err.println("made " + made + " skipped " + skipped);
    }

    /** Finds the page's body (see the class comment) and hands it to the perturbation; false if none is found. */
    static boolean perturb(Document doc, String body, Random r, List<String> ops, int[] matched, int variant,
                           BodyPerturbation perturbation) {
        TunePages.Story story = TunePages.Story.find(doc, body);
        matched[0] = story.found().size();
        matched[1] = story.paras().size();
        if (story.container() == null || story.ps().size() < 3) return false;
        return perturbation.apply(doc, story.container(), story.ps(), story.paras(), r, ops, variant);
    }

    /** This set's perturbation: 3-5 of the operations, the third variant all of them at once, nested deeper. */
    static boolean perturbBody(Document doc, Element container, List<Element> ps, List<String> paras, Random r,
                               List<String> ops, int variant) {
        if (variant == 3) return stress(doc, container, ps, paras, r, ops);
        List<String> menu = new ArrayList<>(List.of("split", "inject", "retag", "collide", "structure", "jsonld",
                "split", "retag"));
        Collections.shuffle(menu, r);
        int nOps = 3 + r.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>(menu.subList(0, Math.min(nOps, menu.size())));
        // order: structure/retag first (they act on paragraphs), then inject, split, collide, jsonld
        if (chosen.contains("structure")) structure(ps, r, ops);
        if (chosen.contains("retag")) ps = retag(ps, r, ops);
        if (chosen.contains("inject")) inject(ps, r, ops);
        if (chosen.contains("split")) container = split(container, ps, r, ops);
        if (chosen.contains("collide")) collide(container, r, ops);
        if (chosen.contains("jsonld")) jsonld(doc, paras, r, ops);
        return !ops.isEmpty();
    }

    static final String[] HASHED = {"sc-1x9f2a", "css-8k2j1q", "jsx-3391", "Box-sc-12ab", "styles_wrap__3kX",
            "r-1awozwy", "css-175oi2r", "emotion-7zq"};

    /**
     * v3 ("stress"): the body as modern and old CMSs nest it: every paragraph 2-3 levels deep in hashed-class boxes,
     * or the body in a layout table; chunks of other tags and names; a collision name on every chunk; furniture
     * between chunks and paragraphs; JSON-LD and og:description changed.
     */
    static boolean stress(Document doc, Element container, List<Element> ps, List<String> paras, Random r,
                          List<String> ops) {
        int layout = r.nextInt(3);
        List<Element> out = new ArrayList<>();
        if (layout == 0) { // deep hashed boxes
            int depth = 2 + r.nextInt(2);
            for (Element p : ps) {
                Element outer = new Element("div").attr("class", pick(r, HASHED));
                Element inner = outer;
                for (int d = 1; d < depth; d++) {
                    Element x = new Element("div").attr("class", pick(r, HASHED) + (r.nextBoolean() ? " " + pick(r, HASHED) : ""));
                    inner.appendChild(x);
                    inner = x;
                }
                p.before(outer);
                inner.appendChild(p);
                if (r.nextInt(3) == 0 && p.normalName().equals("p") && plainParagraph(p)) p.tagName("div");
                out.add(p);
            }
            ops.add("deep-" + depth);
        } else if (layout == 1) { // a layout table around the paragraphs
            Element first = ps.get(0), last = ps.get(ps.size() - 1);
            if (first.parent() == last.parent()) {
                Element table = new Element("table").attr("class", pick(r, new String[]{"layout", "article-table",
                        "content", ""}));
                Element td = table.appendElement("tbody").appendElement("tr").appendElement("td")
                        .attr("class", pick(r, new String[]{"bodytext", "text", "main-col", "story"}));
                if (r.nextBoolean()) table.child(0).child(0).appendElement("td").attr("class", "rail")
                        .html(related(r));
                first.before(table);
                List<Node> move = new ArrayList<>();
                for (Node n = first; n != null; n = n.nextSibling()) {
                    move.add(n);
                    if (n == last) break;
                }
                for (Node n : move) td.appendChild(n);
                ops.add("table");
            }
            out.addAll(ps);
        } else { // paragraphs as text with <br><br> inside spans of one box per chunk
            out = retag(ps, r, ops);
        }
        ps = out;
        inject(ps, r, ops);
        // chunks of varied tags and names, each with a collision name
        List<Element> units = new ArrayList<>();
        for (Element p : ps) {
            Element u = unit(p, container);
            if (u != null && !units.contains(u)) units.add(u);
        }
        String collide = pick(r, COLLIDE_CLASSES);
        // the template names every box of the container's tag and class alike (a body already set in several)
        String was = container.className();
        if (!was.isBlank())
            for (Element e : doc.body().getElementsByTag(container.normalName()))
                if (e != container && e.className().equals(was)) e.attr("class", collide);
        container.attr("class", collide);
        if (units.size() >= 3) {
            int parts = Math.min(units.size(), 2 + r.nextInt(3));
            Set<Integer> cuts = new TreeSet<>();
            for (int tries = 0; cuts.size() < parts - 1 && tries < 20; tries++) cuts.add(1 + r.nextInt(units.size() - 1));
            Element current = container;
            for (int c : cuts) {
                Element next = new Element(pick(r, new String[]{"div", "section", container.normalName()}));
                next.attr("class", pick(r, new String[]{collide, collide + " is-continued", "article-body__more",
                        "story-body__inner", "paywall-free", "content-chunk", pick(r, HASHED)}));
                List<Node> move = new ArrayList<>();
                for (Node n = units.get(c); n != null; n = n.nextSibling()) move.add(n);
                for (Node n : move) next.appendChild(n);
                current.after(next);
                List<String> kinds = new ArrayList<>();
                current.after(furniture(r, kinds));
                ops.add("split-" + String.join("+", kinds) + ":" + next.normalName() + "." + next.className());
                current = next;
            }
        }
        ops.add("collide-class:" + collide);
        if (r.nextBoolean()) {
            Element w = new Element("div").attr("class", pick(r, WRAP_CLASSES));
            List<Node> move = new ArrayList<>();
            for (Node n = container; n != null; n = n.nextSibling()) move.add(n);
            container.before(w);
            for (Node n : move) w.appendChild(n);
            ops.add("wrap:" + w.className());
        }
        jsonld(doc, paras, r, ops);
        return true;
    }

    /** Top-level units under the container that hold each paragraph (a paragraph may now sit in a wrapper). */
    static Element unit(Element p, Element container) {
        Element e = p;
        while (e.parent() != null && e.parent() != container) e = e.parent();
        return e.parent() == container ? e : null;
    }

    static void structure(List<Element> ps, Random r, List<String> ops) {
        int did = 0;
        // subheads: a short paragraph without end punctuation becomes h2/h3
        for (Element p : ps) {
            String t = TunePages.norm(p.text());
            if (p.normalName().equals("p") && t.split(" ").length <= 10 && !t.matches(".*[.!?\"”]$")
                    && plainParagraph(p)) {
                p.tagName(r.nextBoolean() ? "h2" : "h3");
                ops.add("subhead");
                did++;
            }
        }
        // quoted paragraphs as blockquotes, once or twice
        int quotes = 0;
        for (Element p : ps) {
            String t = TunePages.norm(p.text());
            if (quotes < 2 && p.normalName().equals("p") && (t.startsWith("“") || t.startsWith("\""))
                    && r.nextInt(3) == 0) {
                Element bq = new Element("blockquote");
                if (r.nextBoolean()) bq.attr("class", "wp-block-quote");
                p.before(bq);
                bq.appendChild(p);
                ops.add("blockquote");
                quotes++;
                did++;
            }
        }
        // a run of 2-4 short consecutive sibling paragraphs as a list
        for (int i = 1; i + 2 < ps.size() && r.nextInt(3) > 0; i++) {
            int n = 2 + r.nextInt(3);
            if (i + n > ps.size()) break;
            boolean okRun = true;
            for (int k = i; k < i + n; k++) {
                Element p = ps.get(k);
                if (!p.normalName().equals("p") || TunePages.norm(p.text()).split(" ").length > 45 || !plainParagraph(p)
                        || (k > i && p.previousElementSibling() != ps.get(k - 1))) okRun = false;
            }
            if (!okRun) continue;
            Element ul = new Element(r.nextBoolean() ? "ul" : "ol");
            ps.get(i).before(ul);
            for (int k = i; k < i + n; k++) {
                Element p = ps.get(k);
                ul.appendChild(p);
                p.tagName("li");
            }
            ops.add("list");
            did++;
            break;
        }
        // sections around runs of paragraphs
        if (r.nextBoolean() && ps.size() >= 6) {
            int cut = 2 + r.nextInt(ps.size() - 4);
            Element first = ps.get(0), mid = ps.get(cut);
            if (first.parent() == mid.parent() && first.parent() == ps.get(ps.size() - 1).parent()) {
                Element parent = first.parent();
                String cls = pick(r, new String[]{"article-section", "body-section", "story-section", "",
                        "section--text"});
                Element s1 = new Element("section"), s2 = new Element("section");
                if (!cls.isEmpty()) { s1.attr("class", cls); s2.attr("class", cls); }
                first.before(s1);
                List<Node> nodes = new ArrayList<>();
                for (Node n = first; n != null; n = n.nextSibling()) {
                    nodes.add(n);
                    if (n == ps.get(ps.size() - 1)) break;
                }
                s1.after(s2);
                boolean second = false;
                for (Node n : nodes) {
                    if (n == mid) second = true;
                    (second ? s2 : s1).appendChild(n);
                }
                ops.add("sections");
                did++;
            }
        }
        // a figure between two paragraphs
        if (ps.size() >= 4) {
            int i = 1 + r.nextInt(ps.size() - 2);
            ps.get(i).before(figure(r));
            ops.add("figure");
            did++;
        }
        if (did == 0) ops.add("structure-none");
    }

    static List<Element> retag(List<Element> ps, Random r, List<String> ops) {
        int mode = r.nextInt(4);
        String cls = pick(r, PARA_DIV_CLASSES);
        List<Element> out = new ArrayList<>();
        if (mode == 0) { // <p> -> <div class>
            for (Element p : ps) {
                if (p.normalName().equals("p") && plainParagraph(p)) {
                    p.tagName("div");
                    p.attr("class", cls);
                }
                out.add(p);
            }
            ops.add("retag-div:" + cls);
        } else if (mode == 1) { // one <p> per wrapper div
            boolean inner = r.nextBoolean();
            for (Element p : ps) {
                if (!p.normalName().equals("p")) { out.add(p); continue; }
                Element w = new Element("div").attr("class", cls);
                if (inner) {
                    Element w2 = new Element("div").attr("class", cls.split(" ")[0] + "__inner");
                    w.appendChild(w2);
                    p.before(w);
                    w2.appendChild(p);
                } else {
                    p.before(w);
                    w.appendChild(p);
                }
                out.add(p);
            }
            ops.add("retag-wrap:" + cls);
        } else if (mode == 2) { // consecutive <p> siblings -> one div, paragraphs as <br><br>-separated lines
            int i = 0;
            while (i < ps.size()) {
                int j = i;
                while (j + 1 < ps.size() && ps.get(j + 1).previousElementSibling() == ps.get(j)
                        && ps.get(j + 1).normalName().equals("p") && plainParagraph(ps.get(j + 1))) j++;
                Element p0 = ps.get(i);
                if (j > i && p0.normalName().equals("p") && plainParagraph(p0)) {
                    Element d = new Element("div").attr("class", cls);
                    p0.before(d);
                    for (int k = i; k <= j; k++) {
                        if (k > i) d.appendElement("br").after(new Element("br"));
                        Element p = ps.get(k);
                        if (r.nextInt(3) == 0) {
                            Element span = new Element("span");
                            moveChildren(p, span);
                            d.appendChild(span);
                        } else moveChildren(p, d);
                        p.remove();
                    }
                    out.add(d);
                } else for (int k = i; k <= j; k++) out.add(ps.get(k));
                i = j + 1;
            }
            ops.add("retag-br:" + cls);
        } else { // <p> -> <span class> with <br>? no: spans as blocks in a div each
            for (Element p : ps) {
                if (p.normalName().equals("p") && plainParagraph(p)) {
                    Element d = new Element("div").attr("class", cls);
                    Element s = new Element("span");
                    moveChildren(p, s);
                    d.appendChild(s);
                    p.replaceWith(d);
                    out.add(d);
                } else out.add(p);
            }
            ops.add("retag-span:" + cls);
        }
        return out;
    }

    static void inject(List<Element> ps, Random r, List<String> ops) {
        if (ps.size() < 3) return;
        int n = 1 + r.nextInt(3);
        Set<Integer> at = new TreeSet<>();
        for (int k = 0; k < n; k++) at.add(1 + r.nextInt(ps.size() - 1));
        for (int i : at) {
            List<String> kinds = new ArrayList<>();
            Element p = ps.get(i);
            Element anchor = p;
            // put it before the paragraph's outermost wrapper that holds only it
            while (anchor.parent() != null && anchor.parent().children().size() == 1
                    && !anchor.parent().normalName().equals("body")) anchor = anchor.parent();
            anchor.before(furniture(r, kinds));
            ops.add("inject-" + kinds.get(0));
        }
    }

    static Element split(Element container, List<Element> ps, Random r, List<String> ops) {
        List<Element> units = new ArrayList<>();
        for (Element p : ps) {
            Element u = unit(p, container);
            if (u != null && !units.contains(u)) units.add(u);
        }
        if (units.size() < 3) return container;
        int parts = Math.min(units.size(), 2 + r.nextInt(3));
        Set<Integer> cuts = new TreeSet<>();
        for (int tries = 0; cuts.size() < parts - 1 && tries < 20; tries++) cuts.add(1 + r.nextInt(units.size() - 1));
        boolean sameClass = r.nextInt(3) > 0;
        Element current = container;
        int chunk = 1;
        for (int c : cuts) {
            Element start = units.get(c);
            Element next = new Element(container.normalName());
            for (Attribute a : container.attributes()) if (!a.getKey().equals("id")) next.attr(a.getKey(), a.getValue());
            if (!sameClass || !next.hasAttr("class")) next.attr("class", (next.attr("class") + " "
                    + pick(r, new String[]{"article-body__chunk", "body-part", "story-continued", "rich-text"})).trim());
            List<Node> move = new ArrayList<>();
            for (Node n = start; n != null; n = n.nextSibling()) move.add(n);
            for (Node n : move) next.appendChild(n);
            current.after(next);
            List<String> kinds = new ArrayList<>();
            current.after(furniture(r, kinds));
            if (r.nextInt(3) == 0) current.nextElementSibling().after(furniture(r, kinds));
            ops.add("split-" + String.join("+", kinds));
            current = next;
            chunk++;
        }
        return container;
    }

    static void collide(Element container, Random r, List<String> ops) {
        int mode = r.nextInt(3);
        if (mode == 0 || container.normalName().equals("article")) {
            String c = pick(r, COLLIDE_CLASSES);
            // every chunk of the split body gets the same name
            String old = container.attr("class");
            Element parent = container.parent();
            for (Element sib : parent.children())
                if (sib == container || (!old.isEmpty() && sib.attr("class").startsWith(old) && sib.normalName()
                        .equals(container.normalName()))) sib.attr("class", c);
            ops.add("collide-class:" + c);
        } else if (mode == 1) {
            String c = pick(r, WRAP_CLASSES);
            Element parent = container.parent();
            Element w = new Element("div").attr("class", c);
            // wrap the container and its split siblings
            List<Node> move = new ArrayList<>();
            for (Node n = container; n != null; n = n.nextSibling()) move.add(n);
            container.before(w);
            for (Node n : move) w.appendChild(n);
            ops.add("collide-wrap:" + c);
        } else {
            String idv = pick(r, new String[]{"commentary", "story-share-wrapper", "related-to-story", "main-sidebar-layout",
                    "promo-free-article"});
            container.attr("id", idv);
            ops.add("collide-id:" + idv);
        }
    }

    static void jsonld(Document doc, List<String> paras, Random r, List<String> ops) {
        boolean changed = false;
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String js = s.data();
            int k = js.indexOf("\"articleBody\"");
            if (k < 0) continue;
            int colon = js.indexOf(':', k);
            int q = js.indexOf('"', colon + 1);
            int end = q + 1;
            while (end < js.length() && js.charAt(end) != '"') end += js.charAt(end) == '\\' ? 2 : 1;
            String val = js.substring(q + 1, end);
            String repl;
            if (r.nextBoolean()) {
                repl = js.substring(0, q + 1) + val.substring(0, Math.min(val.length(), 150 + r.nextInt(200)))
                        + "…" + js.substring(end);
                ops.add("jsonld-truncate");
            } else {
                int start = k;
                while (start > 0 && js.charAt(start - 1) != ',' && js.charAt(start - 1) != '{') start--;
                int stop = end + 1;
                if (stop < js.length() && js.charAt(stop) == ',') stop++;
                repl = js.substring(0, k) + js.substring(stop);
                if (repl.substring(0, k).trim().endsWith(",") && repl.substring(k).trim().startsWith("}"))
                    repl = repl.substring(0, repl.substring(0, k).lastIndexOf(',')) + repl.substring(k);
                ops.add("jsonld-drop");
            }
            s.html("");
            s.appendChild(new DataNode(repl));
            changed = true;
        }
        String[] blurbs = {"Everything you need to know about the story, explained.",
                "Read the latest updates and analysis from our reporters.",
                "Our correspondent reports on what happened and why it matters.",
                "The latest news, analysis and opinion.", "What this means for you — and what comes next."};
        Element og = doc.selectFirst("meta[property=og:description]");
        String d = pick(r, blurbs);
        if (og != null) og.attr("content", d);
        else doc.head().appendElement("meta").attr("property", "og:description").attr("content", d);
        Element md = doc.selectFirst("meta[name=description]");
        if (md != null && r.nextBoolean()) md.attr("content", d);
        ops.add(changed ? "og" : "og-only");
    }
}
