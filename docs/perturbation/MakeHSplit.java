import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * Builds the "hsplit" HTML perturbation set (hgen41) from the tune pages: the story is split across several
 * containers by modules between its parts, and the later parts are written the many ways real sites write them, in
 * markup unlike the first part's: another tag, class names that sound like furniture or like nothing ("paywall",
 * "read-more-content", "inline-content", "story-continued", hashed, none), wrapped one or two levels deeper, or set
 * outside the first part's wrapper; between the parts, an ad slot, a related box, a newsletter form, a share row, a
 * video card (headline and summary), a "Continue reading" button or a "Story continues below" label. Text unchanged,
 * gold unchanged; two variants a page (the body found, and the set written, by MakeMarkup,
 * which this class extends for its vocabulary and furniture).
 * Usage: make_hsplit.sh OUTDIR
 */
public class MakeHSplit extends MakeMarkup {
    static final long SEED = 20261207L;

    public static void main(String[] args) throws Exception {
        generate(Paths.get(args[0]), SEED, 2,
                (doc, container, ps, paras, r, ops, variant) -> hsplit(doc, container, ps, r, ops));
    }

    static final String[] TAIL_CLASSES = {"article-continued", "story-continued", "paywall-content",
            "premium-content", "read-more-content", "expandable-content is-collapsed", "more-content", "inline-content",
            "rest-of-story", "article-body-2", "body-after-ad", "story-body__part", "content-promo-free",
            "remaining-text", "js-continue", "article-extended", "embed-free-text", "sc-7h2kq9 hX3qPz", "css-9x1kq2",
            "", "", "text-block-related", "article__body--more", "story-more", "gated-content"};
    static final String[][] WRAPPERS = {{"paywall", "premium-wrapper"}, {"read-more-wrapper"},
            {"article-extended-wrapper", "inner"}, {"l-container", "l-col-main"}, {"reg-wall"}, {"js-ad-split"},
            {"promo-zone"}, {"css-1y4k2p", "css-3m9r0d"}, {"", ""}, {"related-to-story"}};
    static final String[] CONT_BUTTONS = {"Continue reading", "Read more", "Keep reading", "Read the full story",
            "Show full article", "Continue reading below", "Expand article"};
    static final String[] STORY_LABELS = {"Story continues below", "Article continues below", "Continue reading below",
            "Story continues after this ad", "The story continues below"};
    static final String[] VIDEO_PRE = {"Watch:", "VIDEO:", "Video:", "WATCH:", "Now playing:", ""};

    static String video(Random r) {
        String h = headline(r);
        String sum = pick(r, WHO) + " " + pick(r, new String[]{"said on Tuesday that", "told reporters that",
                "confirmed that", "warned that"}) + " the " + pick(r, WHAT) + " " + pick(r, new String[]{
                "would go ahead next month.", "faced fresh delays.", "was under review.", "had won wide support."});
        String cls = pick(r, new String[]{"video-embed", "inline-video", "c-video-card", "jw-player-wrapper",
                "media-embed video", "vjs-card"});
        StringBuilder sb = new StringBuilder("<div class=\"" + cls + "\">");
        sb.append("<div class=\"player\" data-video-id=\"").append(10000 + r.nextInt(90000)).append("\"></div>");
        String pre = pick(r, VIDEO_PRE);
        String a = "<a href=\"https://news.example.com/video/" + slug(h) + "\">" + h + "</a>";
        sb.append(r.nextBoolean() ? "<h3>" + (pre.isEmpty() ? "" : pre + " ") + a + "</h3>"
                : "<p class=\"video__title\">" + (pre.isEmpty() ? "" : "<span>" + pre + "</span> ") + a + "</p>");
        if (r.nextInt(3) > 0) sb.append("<p class=\"video__summary\">").append(sum).append("</p>");
        if (r.nextBoolean()) sb.append("<span class=\"duration\">").append(r.nextInt(4)).append(":")
                .append(10 + r.nextInt(50)).append("</span>");
        return sb.append("</div>").toString();
    }

    static String between(Random r, List<String> kinds) {
        int k = r.nextInt(10);
        if (k < 5) return furniture(r, kinds);
        if (k < 7) { kinds.add("video"); return video(r); }
        if (k < 9) {
            kinds.add("label");
            String t = pick(r, STORY_LABELS);
            return r.nextBoolean() ? "<p class=\"" + pick(r, new String[]{"continue-label", "story-note", "small"})
                    + "\">" + t + "</p>" : "<div class=\"ad-label\"><span>" + t + "</span></div>";
        }
        kinds.add("button");
        String t = pick(r, CONT_BUTTONS);
        return r.nextBoolean() ? "<button class=\"read-more-button\" type=\"button\">" + t + "</button>"
                : "<div class=\"continue-reading\"><a href=\"#rest\" class=\"btn\">" + t + "</a></div>";
    }

    /** Splits the story's units into 2-3 parts; later parts get new markup and a module before them. */
    static boolean hsplit(Document doc, Element container, List<Element> ps, Random r, List<String> ops) {
        List<Element> units = new ArrayList<>();
        for (Element p : ps) {
            Element u = unit(p, container);
            if (u != null && !units.contains(u)) units.add(u);
        }
        if (units.size() < 3) return false;
        int parts = Math.min(units.size(), 2 + r.nextInt(2));
        Set<Integer> cuts = new TreeSet<>();
        for (int tries = 0; cuts.size() < parts - 1 && tries < 20; tries++) cuts.add(1 + r.nextInt(units.size() - 1));
        List<Integer> cl = new ArrayList<>(cuts);
        Element anchor = container;   // the part after which the next part goes
        for (int ci = cl.size() - 1; ci >= 0; ci--) {
            // move from the last cut backwards so each tail holds exactly its own units
            Element start = units.get(cl.get(ci));
            List<Node> move = new ArrayList<>();
            for (Node n = start; n != null; n = n.nextSibling()) move.add(n);
            String tag = pick(r, new String[]{"div", "div", "section", "div", container.normalName()});
            String cls = pick(r, TAIL_CLASSES);
            Element tail = new Element(tag);
            if (!cls.isEmpty()) tail.attr("class", cls);
            if (r.nextInt(4) == 0) tail.attr("id", pick(r, new String[]{"rest", "more", "article-rest", "p2"}));
            for (Node n : move) tail.appendChild(n);
            Element outer = tail;
            int shape = r.nextInt(4);
            String shapeName = "sibling";
            if (shape == 1) {
                String[] w = pick2(r, WRAPPERS);
                for (int i = w.length - 1; i >= 0; i--) {
                    Element wr = new Element("div");
                    if (!w[i].isEmpty()) wr.attr("class", w[i]);
                    wr.appendChild(outer);
                    outer = wr;
                }
                shapeName = "wrapped";
            }
            List<String> kinds = new ArrayList<>();
            String mod = between(r, kinds);
            if (r.nextInt(4) == 0) mod += between(r, kinds);
            Element place = container;
            if (shape == 2 && ci == cl.size() - 1 && container.parent() != null && container.parent() != doc.body()
                    && !container.parent().normalName().equals("html")) {
                place = container.parent();
                shapeName = "outside";
            }
            if (shape == 3) {
                // the module and the tail inside the container, after the head's units, tail as a nested block
                container.appendChild(outer);
                outer.before(mod);
                shapeName = "nested";
            } else {
                place.after(outer);
                outer.before(mod);
            }
            ops.add("part" + (ci + 2) + ":" + shapeName + ":" + tag + "." + (cls.isEmpty() ? "-" : cls.replace(' ', '_'))
                    + ":" + String.join("+", kinds));
        }
        return true;
    }

    static String[] pick2(Random r, String[][] a) {
        return a[r.nextInt(a.length)];
    }

    static final String[] HASHED = {"sc-1x9f2a", "css-8k2j1q", "jsx-3391", "Box-sc-12ab", "styles_wrap__3kX",
            "r-1awozwy", "css-175oi2r", "emotion-7zq"};

    /**
     * v3 ("stress"): the body as modern and old CMSs nest it: every paragraph 2-3 levels deep in hashed-class boxes,
     * or the body in a layout table; chunks of other tags and names; a collision name on every chunk; furniture
     * between chunks and paragraphs; JSON-LD and og:description changed.
     */
}
