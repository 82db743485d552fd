import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * Builds the "hlegacy" HTML perturbation set (hgen40) from the tune pages: many real news pages are not modern
 * semantic HTML. Each tune page's story (its gold paragraphs, text unchanged) and a realistic amount of its furniture
 * (the page's own visible menu links, teaser links and footer texts where it has them, plus invented pieces: ad
 * labels, "Most read", newsletter and share prompts, copyright lines) are rewritten into one of five layouts drawn
 * per page from a seed: a table layout (a header row of nav links, a left nav cell, the story cell, a right rail of
 * teasers and ads, a footer row; the story sometimes in a table nested in its cell); stripped markup with no class
 * or id at all (the story's paragraphs as text runs separated by {@code <br><br>} inside a {@code <td>} or
 * {@code <div>}, {@code <font>}/{@code <b>}/{@code <span>} for headline, byline and date); a printer-friendly version
 * ("Print this page", "Close window", the masthead, the URL and copyright below); an AMP version ({@code amp-img},
 * {@code amp-ad}, {@code amp-social-share}, {@code amp-sidebar} menus, an {@code amp-carousel} of related); a
 * reader-mode export with only {@code <p>} and {@code <h*>}, the furniture as plain paragraphs too. The story's
 * paragraphs are sometimes {@code <p>}s in the legacy layouts too, and an ad label or a "Related:" link may sit
 * between two of them. Gold unchanged. One or two variants a page ({@code <id>_v1}, {@code <id>_v2}, different
 * layouts). Seeded.
 * Usage: make_hlegacy.sh OUTDIR
 * (make_markup.sh compiles the generators and writes gold-tune.tsv first).
 */
public class MakeHLegacy {
    static final long SEED = 40_2026_1206L;
    static final String[] LAYOUTS = {"table", "stripped", "print", "amp", "reader"};

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static final String[] FIRST = {"Anya", "Bram", "Celine", "Dev", "Esther", "Farid", "Gwen", "Hamish", "Ines",
            "Jules", "Kofi", "Lena", "Mateo", "Nia", "Otto", "Pia", "Ravi", "Selma", "Theo", "Uma", "Jane", "Michael"};
    static final String[] LAST = {"Abernethy", "Carraway", "Dimitriou", "Eze", "Fairbairn", "Gutierrez", "Haldane",
            "Iqbal", "Kerrigan", "Lindgren", "Mwangi", "Novak", "O'Rourke", "Pellegrini", "Ruiz", "Sorensen", "Walsh"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
            "January", "March", "October"};
    static final String[] NAV = {"Home", "News", "Local", "World", "Business", "Sports", "Opinion", "Entertainment",
            "Lifestyle", "Obituaries", "Classifieds", "Weather", "Contact Us", "Archives", "Photos", "Video", "Jobs",
            "Real Estate", "Autos", "Letters", "Editorials", "Calendar", "Subscribe", "E-Edition", "Advertise"};
    static final String[] TEASERS = {"Council approves new budget after lengthy debate", "Police seek witnesses to weekend crash",
            "High school team advances to state semifinals", "Storm knocks out power to thousands", "Local bakery marks 50 years on Main Street",
            "Five things to know before the election", "Hospital expansion plan draws criticism", "Weekend forecast: Sunny and mild",
            "Opinion: Our roads deserve better", "Photos: Scenes from the county fair", "Obituary: Longtime teacher remembered",
            "School board delays vote on new calendar", "Airport to add three new routes this summer", "Man charged in downtown burglary",
            "Recipe: A quick weeknight curry", "Markets close higher as tech rebounds", "City unveils plan for riverfront park"};
    static final String[] RAIL_HEADS = {"Most Read", "MOST POPULAR", "Top Stories", "Related Stories", "More Headlines",
            "In Other News", "Latest News", "Also on SITE", "Editor's Picks", "Related Links"};
    static final String[] ADS = {"Advertisement", "ADVERTISEMENT", "Advertising", "Sponsored", "- Advertisement -",
            "Story continues below", "Ad"};
    static final String[] PROMPTS = {"Sign up for our daily newsletter", "Subscribe to the print edition", "Email this story to a friend",
            "Share this article", "Get breaking news alerts on your phone", "Follow us on Twitter", "Like us on Facebook",
            "Have a news tip? Email us.", "Click here to subscribe", "Report a typo"};

    final Random r;
    /** first sentences of other same-half stories: the summaries under teaser links on some pages */
    final List<String> blurbs;
    final boolean withBlurbs;

    MakeHLegacy(Random r, List<String> blurbs) {
        this.r = r;
        this.blurbs = blurbs;
        this.withBlurbs = r.nextInt(10) < 4;
    }

    /** a teaser's summary line, on the pages that carry them */
    String blurb() {
        return withBlurbs && !blurbs.isEmpty() ? esc(blurbs.get(r.nextInt(blurbs.size()))) : "";
    }

    static final String[] BEATS = {"city hall", "crime and courts", "education", "business", "politics", "health", "the environment", "sports"};

    /** an author bio or a contact line below the story, on some pages */
    String tail(String site) {
        if (r.nextInt(10) >= 3) return "";
        String n = name();
        switch (r.nextInt(4)) {
            case 0: return n + " is a " + c("staff writer", "reporter", "freelance writer", "senior correspondent") + " for " + site + " covering " + c(BEATS) + ". " + c("Reach", "Contact", "Email") + " " + c("her", "him") + " at " + n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.com.";
            case 1: return "Contact the writer: " + n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + "@example.com or " + between(200, 999) + "-" + between(200, 999) + "-" + between(1000, 9999);
            case 2: return "Copyright " + between(2003, 2024) + " " + site + ". All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
            default: return n + " contributed to this report.";
        }
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
            case 0: return c(MONTHS) + " " + between(1, 28) + ", " + between(2003, 2024);
            case 1: return between(1, 28) + " " + c(MONTHS) + " " + between(2003, 2024);
            case 2: return "Posted " + between(1, 12) + "/" + between(1, 28) + "/" + String.format("%02d", between(3, 24)) + " " + between(1, 12) + ":" + String.format("%02d", between(0, 59)) + " " + c("AM", "PM");
            case 3: return c("Monday", "Tuesday", "Wednesday", "Thursday", "Friday") + ", " + c(MONTHS) + " " + between(1, 28) + ", " + between(2003, 2024);
            case 4: return "Last updated: " + c(MONTHS) + " " + between(1, 28) + ", " + between(2003, 2024) + " " + between(1, 12) + ":" + String.format("%02d", between(0, 59)) + " " + c("a.m.", "p.m.");
            default: return between(2003, 2024) + "-" + String.format("%02d-%02d", between(1, 12), between(1, 28));
        }
    }

    String byline(String site) {
        String n = name();
        switch (r.nextInt(5)) {
            case 0: return "By " + n;
            case 1: return "By " + n.toUpperCase(Locale.ROOT) + ", " + c("Staff Writer", "Staff Reporter", "Correspondent");
            case 2: return n + " | " + site;
            case 3: return "By " + n + " and " + name();
            default: return "From staff reports";
        }
    }

    static String headlineOf(Document d) {
        Element og = d.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) return TunePages.norm(og.attr("content"));
        Element h1 = d.selectFirst("h1");
        if (h1 != null && !TunePages.norm(h1.text()).isEmpty()) return TunePages.norm(h1.text());
        return TunePages.norm(d.title());
    }

    /** The page's own visible furniture: menu links, teaser links, footer texts; none of them a story text. */
    record Furniture(String site, List<String> nav, List<String> teasers, List<String> footer) {}

    static Furniture furnitureOf(Document d, String url, String body) {
        String site = "";
        Element sn = d.selectFirst("meta[property=og:site_name]");
        if (sn != null) site = TunePages.norm(sn.attr("content"));
        if (site.isEmpty()) {
            String host = url.replaceAll("^https?://(www\\.)?", "").replaceAll("/.*", "");
            site = host.isEmpty() ? "The Daily Courier" : host;
        }
        String gold = TunePages.norm(body);
        d.select("script, style, noscript, template, [hidden], [aria-hidden=true]").remove();
        LinkedHashSet<String> nav = new LinkedHashSet<>(), teasers = new LinkedHashSet<>(), footer = new LinkedHashSet<>();
        for (Element a : d.select("nav a, header a, [role=navigation] a, .menu a, .nav a")) {
            String t = TunePages.norm(a.text());
            if (t.length() >= 2 && t.length() <= 24 && !gold.contains(t)) nav.add(t);
        }
        for (Element a : d.select("a")) {
            String t = TunePages.norm(a.text());
            if (t.length() >= 30 && t.length() <= 120 && t.split(" ").length >= 5 && !gold.contains(t)) teasers.add(t);
        }
        for (Element e : d.select("footer a, footer p, footer li, #footer a, #footer p, .footer a, .footer p")) {
            String t = TunePages.norm(e.ownText().isEmpty() ? e.text() : e.text());
            if (t.length() >= 3 && t.length() <= 160 && !gold.contains(t)) footer.add(t);
        }
        return new Furniture(site, new ArrayList<>(nav), new ArrayList<>(teasers), new ArrayList<>(footer));
    }

    List<String> pick(List<String> own, String[] invented, int lo, int hi) {
        int n = between(lo, hi);
        List<String> out = new ArrayList<>();
        List<String> o = new ArrayList<>(own);
        if (o.size() > 40) o = o.subList(0, 40);
        for (String s : o) if (out.size() < n) out.add(s);
        List<String> inv = new ArrayList<>(Arrays.asList(invented));
        Collections.shuffle(inv, r);
        for (String s : inv) if (out.size() < n && !out.contains(s)) out.add(s);
        return out;
    }

    String link(String t) {
        return "<a href=\"/" + t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + (r.nextBoolean() ? ".html" : "/") + "\">" + esc(t) + "</a>";
    }

    String copyright(String site) {
        return c("Copyright © ", "© ", "Copyright ", "(c) ") + between(1998, 2024) + " " + esc(site) + c(". All rights reserved.", ". All Rights Reserved.", "", ", Inc.");
    }

    /** The story's paragraphs, one of several shapes; furniture pieces sometimes set between two of them. */
    String story(List<String> ps, String mode, List<String> teasers) {
        StringBuilder sb = new StringBuilder();
        int adAt = ps.size() >= 4 && r.nextInt(10) < 4 ? between(2, ps.size() - 2) : -1;
        int relAt = ps.size() >= 5 && r.nextInt(10) < 3 ? between(2, ps.size() - 2) : -1;
        String sep = c("<br><br>", "<br><br>", "<br>\n<br>", "<br /><br />", "<br>&nbsp;<br>");
        for (int i = 0; i < ps.size(); i++) {
            String interrupt = "";
            if (i == adAt) interrupt = mode.equals("p") ? "<p><center><font size=\"1\">" + esc(c(ADS)) + "</font></center></p>" : "<center><font size=\"1\">" + esc(c(ADS)) + "</font></center>";
            if (i == relAt && !teasers.isEmpty()) interrupt += (mode.equals("p") ? "<p>" : "") + "<b>" + c("Related:", "RELATED:", "See also:", "Read more:") + "</b> " + link(teasers.get(r.nextInt(teasers.size()))) + (mode.equals("p") ? "</p>" : sep);
            sb.append(interrupt);
            if (mode.equals("p")) sb.append("<p>").append(esc(ps.get(i))).append("</p>\n");
            else if (mode.equals("font")) sb.append("<font face=\"Arial\" size=\"2\">").append(esc(ps.get(i))).append("</font>").append(i < ps.size() - 1 ? sep : "").append('\n');
            else sb.append(esc(ps.get(i))).append(i < ps.size() - 1 ? sep : "").append('\n');
        }
        return sb.toString();
    }

    String storyMode() {
        int k = r.nextInt(10);
        return k < 5 ? "br" : k < 7 ? "font" : "p";
    }

    // ------------------------------------------------------------------ layouts
    String table(String head, List<String> ps, Furniture f, String url) {
        List<String> nav = pick(f.nav, NAV, 6, 12), side = pick(f.nav.size() > 12 ? f.nav.subList(6, f.nav.size()) : List.of(), NAV, 5, 10);
        List<String> teasers = pick(f.teasers, TEASERS, 4, 8), foot = pick(f.footer, NAV, 3, 8);
        StringBuilder sb = new StringBuilder("<html><head><title>" + esc(head) + " - " + esc(f.site) + "</title><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n");
        sb.append("<body bgcolor=\"#FFFFFF\" topmargin=\"0\" leftmargin=\"0\">\n<table width=\"" + c("100%", "780", "960") + "\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\"" + (r.nextBoolean() ? " align=\"center\"" : "") + ">\n");
        sb.append("<tr><td colspan=\"3\"><a href=\"/\"><img src=\"/images/masthead.gif\" width=\"600\" height=\"80\" border=\"0\" alt=\"" + esc(f.site) + "\"></a></td></tr>\n<tr><td colspan=\"3\" bgcolor=\"#003366\">");
        List<String> ls = new ArrayList<>();
        for (String n : nav) ls.add(link(n));
        sb.append(r.nextBoolean() ? String.join(" | ", ls) : "<table><tr>" + String.join("", ls.stream().map(x -> "<td>" + x + "</td>").toList()) + "</tr></table>").append("</td></tr>\n<tr>");
        sb.append("<td width=\"160\" valign=\"top\" bgcolor=\"#EEEEEE\">" + (r.nextBoolean() ? "<b>" + c("Sections", "SECTIONS", "Navigation", "Site Index") + "</b><br>" : ""));
        for (String s : side) sb.append(link(s)).append("<br>\n");
        if (r.nextBoolean()) sb.append("<br><img src=\"/ads/sky.gif\" width=\"120\" height=\"600\"><br><font size=\"1\">" + esc(c(ADS)) + "</font>");
        sb.append("</td>\n<td valign=\"top\" width=\"" + c("460", "60%", "500") + "\">");
        boolean nested = r.nextBoolean();
        if (nested) sb.append("<table width=\"100%\" cellpadding=\"" + between(4, 10) + "\"><tr><td>");
        sb.append(headBlock(head, f.site));
        sb.append(story(ps, storyMode(), teasers));
        String tl = tail(f.site);
        if (!tl.isEmpty()) sb.append("<br><br><i>" + esc(tl) + "</i>");
        if (r.nextBoolean()) sb.append("<br><br><font size=\"1\">" + esc(c(PROMPTS)) + " | " + esc(c(PROMPTS)) + "</font>");
        if (nested) sb.append("</td></tr></table>");
        sb.append("</td>\n<td width=\"200\" valign=\"top\">");
        String rh = c(RAIL_HEADS).replace("SITE", f.site);
        sb.append("<b>" + esc(rh) + "</b><br>\n");
        boolean railTable = r.nextBoolean();
        if (railTable) sb.append("<table>");
        for (String t : teasers) sb.append(railTable ? "<tr><td>" + (r.nextInt(3) == 0 ? "<img src=\"/t.jpg\" width=\"60\">" : "") + link(t) + br(blurb()) + "</td></tr>" : link(t) + br(blurb()) + "<br><br>\n");
        if (railTable) sb.append("</table>");
        sb.append("<br><font size=\"1\">" + esc(c(ADS)) + "</font><br><img src=\"/ads/box.gif\" width=\"180\" height=\"150\">");
        sb.append("</td></tr>\n<tr><td colspan=\"3\" align=\"center\"><font size=\"1\">");
        List<String> fl = new ArrayList<>();
        for (String s : foot) fl.add(s.length() < 30 ? link(s) : esc(s));
        sb.append(String.join(" | ", fl)).append("<br>").append(copyright(f.site)).append("</font></td></tr>\n</table></body></html>");
        return sb.toString();
    }

    static String br(String s) {
        return s.isEmpty() ? "" : "<br>" + s;
    }

    String headBlock(String head, String site) {
        StringBuilder sb = new StringBuilder();
        switch (r.nextInt(3)) {
            case 0: sb.append("<font size=\"5\" face=\"Georgia\"><b>" + esc(head) + "</b></font><br>"); break;
            case 1: sb.append("<b><font size=\"+2\">" + esc(head) + "</font></b><br><br>"); break;
            default: sb.append("<span style=\"font-size:22px;font-weight:bold\">" + esc(head) + "</span><br>");
        }
        if (r.nextInt(10) < 8) sb.append("<font size=\"2\">" + esc(byline(site)) + "</font><br>");
        if (r.nextInt(10) < 8) sb.append("<span>" + esc(date()) + "</span><br>");
        sb.append("<br>");
        return sb.toString();
    }

    String stripped(String head, List<String> ps, Furniture f, String url) {
        List<String> nav = pick(f.nav, NAV, 5, 10), teasers = pick(f.teasers, TEASERS, 3, 7), foot = pick(f.footer, NAV, 2, 6);
        String box = c("div", "div", "td");
        StringBuilder sb = new StringBuilder("<html><head><title>" + esc(head) + "</title></head><body>\n");
        if (box.equals("td")) sb.append("<table><tr><td>");
        List<String> ls = new ArrayList<>();
        for (String n : nav) ls.add(link(n));
        sb.append("<div><b>" + esc(f.site) + "</b><br>" + String.join(c(" | ", " - ", " &middot; ", "<br>"), ls) + "</div>\n");
        if (box.equals("td")) sb.append("</td></tr><tr><td>");
        sb.append(box.equals("td") ? "" : "<div>").append(headBlock(head, f.site)).append(story(ps, r.nextInt(4) == 0 ? "font" : "br", teasers));
        String tl = tail(f.site);
        if (!tl.isEmpty()) sb.append("<br><br>" + esc(tl));
        sb.append(box.equals("td") ? "</td></tr><tr><td>" : "</div>\n<div>");
        sb.append("<b>" + esc(c(RAIL_HEADS).replace("SITE", f.site)) + "</b><br>");
        for (String t : teasers) sb.append(link(t)).append(br(blurb())).append("<br>\n");
        sb.append(box.equals("td") ? "</td></tr><tr><td>" : "</div>\n<div>");
        if (r.nextBoolean()) sb.append(esc(c(PROMPTS)) + "<br>");
        List<String> fl = new ArrayList<>();
        for (String s : foot) fl.add(s.length() < 30 ? link(s) : esc(s));
        sb.append(String.join(" | ", fl)).append("<br>").append(copyright(f.site));
        sb.append(box.equals("td") ? "</td></tr></table>" : "</div>").append("</body></html>");
        return sb.toString();
    }

    String print(String head, List<String> ps, Furniture f, String url) {
        StringBuilder sb = new StringBuilder("<html><head><title>" + esc(f.site) + " - " + c("Printer Friendly Version", "Print", "Printer-friendly") + "</title></head><body onload=\"" + c("window.print()", "") + "\">\n");
        sb.append("<div" + (r.nextBoolean() ? " id=\"masthead\"" : "") + "><img src=\"/images/print-logo.gif\" alt=\"" + esc(f.site) + "\"><br>" + (r.nextBoolean() ? "<b>" + esc(f.site) + "</b>" : "") + "</div>\n");
        String tools = "<a href=\"javascript:window.print()\">" + c("Print this page", "Print this article", "PRINT", "Print") + "</a> " + c("|", "&nbsp;&nbsp;", "·") + " <a href=\"javascript:window.close()\">" + c("Close window", "Close this window", "CLOSE WINDOW", "Close") + "</a>";
        boolean toolsTop = r.nextBoolean();
        if (toolsTop) sb.append("<div align=\"right\">" + tools + "</div><hr>\n");
        String mode = c("p", "p", "br", "font");
        sb.append(r.nextBoolean() ? "<h1>" + esc(head) + "</h1>\n" : headBlock(head, f.site));
        if (r.nextBoolean()) sb.append("<p>" + esc(byline(f.site)) + "<br>" + esc(date()) + "</p>\n");
        sb.append(story(ps, mode, List.of()));
        String tl = tail(f.site);
        if (!tl.isEmpty()) sb.append(mode.equals("p") ? "<p>" + esc(tl) + "</p>" : "<br><br>" + esc(tl));
        sb.append("<hr>\n");
        switch (r.nextInt(3)) {
            case 0: sb.append("<p>" + c("Article printed from ", "Printed from ") + esc(f.site) + ": " + esc(url) + "</p><p>URL to article: <a href=\"" + esc(url) + "\">" + esc(url) + "</a></p>"); break;
            case 1: sb.append("<p>" + c("Find this article at:", "Source URL:", "This article can be found at:") + "<br>" + esc(url) + "</p><p>" + c("Check the box to include the list of links referenced in the article.", "Save a copy of this article", "Click here for the full article") + "</p>"); break;
            default: sb.append("<font size=\"1\">" + esc(url) + "</font><br>");
        }
        sb.append("<p><font size=\"1\">" + copyright(f.site) + (r.nextBoolean() ? " " + c("This material may not be published, broadcast, rewritten or redistributed.", "Reproduction in whole or in part without permission is prohibited.", "") : "") + "</font></p>");
        if (!toolsTop || r.nextBoolean()) sb.append("<div align=\"center\">" + tools + "</div>");
        sb.append("</body></html>");
        return sb.toString();
    }

    String amp(String head, List<String> ps, Furniture f, String url) {
        List<String> nav = pick(f.nav, NAV, 6, 14), teasers = pick(f.teasers, TEASERS, 3, 8), foot = pick(f.footer, NAV, 3, 8);
        boolean cls = r.nextInt(3) > 0;
        StringBuilder sb = new StringBuilder("<!doctype html><html " + c("amp", "⚡") + " lang=\"en\"><head><meta charset=\"utf-8\"><script async src=\"https://cdn.ampproject.org/v0.js\"></script>"
                + "<link rel=\"canonical\" href=\"" + esc(url) + "\"><title>" + esc(head) + "</title><style amp-custom>body{font-family:sans-serif}</style></head><body>\n");
        sb.append("<amp-sidebar id=\"sidebar\" layout=\"nodisplay\" side=\"left\"><button on=\"tap:sidebar.close\">✕</button><ul>");
        for (String n : nav) sb.append("<li>" + link(n) + "</li>");
        sb.append("</ul></amp-sidebar>\n");
        sb.append("<header" + (cls ? " class=\"" + c("amp-header", "header", "site-header") + "\"" : "") + "><button on=\"tap:sidebar.toggle\">☰</button><a href=\"/\"><amp-img src=\"/logo.png\" width=\"150\" height=\"40\" alt=\"" + esc(f.site) + "\"></amp-img></a></header>\n");
        sb.append("<article" + (cls ? " class=\"" + c("amp-article", "article", "post") + "\"" : "") + ">");
        sb.append("<h1" + (cls ? " class=\"" + c("amp-title", "headline", "title") + "\"" : "") + ">" + esc(head) + "</h1>");
        sb.append("<div" + (cls ? " class=\"" + c("amp-byline", "byline", "meta") + "\"" : "") + ">" + esc(byline(f.site)) + " <time>" + esc(date()) + "</time></div>");
        String share = "<div" + (cls ? " class=\"" + c("amp-share", "share", "social") + "\"" : "") + ">";
        for (String t : new String[]{"facebook", "twitter", "email", "whatsapp"}) if (r.nextInt(4) > 0) share += "<amp-social-share type=\"" + t + "\" width=\"40\" height=\"40\"></amp-social-share>";
        share += "</div>";
        if (r.nextBoolean()) sb.append(share);
        if (r.nextInt(10) < 7) sb.append("<figure><amp-img src=\"/img/lead.jpg\" width=\"800\" height=\"450\" layout=\"responsive\" alt=\"" + esc(head) + "\"></amp-img>" + (r.nextBoolean() ? "<figcaption>" + esc(c("File photo", "Photo: " + name(), name() + "/" + f.site)) + "</figcaption>" : "") + "</figure>");
        sb.append("<div" + (cls ? " class=\"" + c("amp-body", "article-body", "content") + "\"" : "") + ">");
        int adEvery = between(3, 6);
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0 && i % adEvery == 0 && i < ps.size() - 1)
                sb.append("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/1234/amp/article\"><div placeholder>" + esc(c(ADS)) + "</div><div fallback></div></amp-ad>");
            sb.append("<p>").append(esc(ps.get(i))).append("</p>\n");
        }
        String tl = tail(f.site);
        if (!tl.isEmpty()) sb.append("<p><em>" + esc(tl) + "</em></p>");
        sb.append("</div>");
        sb.append(share.replace("<div", "<div data-where=\"end\""));
        if (r.nextBoolean()) sb.append("<p>" + esc(c(PROMPTS)) + "</p>");
        sb.append("</article>\n<section><h2>" + esc(c(RAIL_HEADS).replace("SITE", f.site)) + "</h2><amp-carousel type=\"carousel\" layout=\"fixed-height\" height=\"220\">");
        for (String t : teasers) sb.append("<div><a href=\"/x\"><amp-img src=\"/t.jpg\" width=\"160\" height=\"90\"></amp-img><h3>" + esc(t) + "</h3></a>" + (blurb().isEmpty() ? "" : "<p>" + blurb() + "</p>") + "</div>");
        sb.append("</amp-carousel></section>\n");
        if (r.nextBoolean()) sb.append("<amp-ad width=\"320\" height=\"50\" type=\"adsense\" data-ad-client=\"ca-pub-123\"></amp-ad>");
        sb.append("<footer>");
        for (String s : foot) sb.append(s.length() < 30 ? link(s) + " " : "<p>" + esc(s) + "</p>");
        sb.append("<p>" + copyright(f.site) + "</p></footer></body></html>");
        return sb.toString();
    }

    String reader(String head, List<String> ps, Furniture f, String url) {
        List<String> nav = pick(f.nav, NAV, 3, 8), teasers = pick(f.teasers, TEASERS, 3, 7), foot = pick(f.footer, NAV, 2, 6);
        StringBuilder sb = new StringBuilder("<html><head><title>" + esc(head) + "</title></head><body>\n");
        if (r.nextBoolean()) sb.append("<p>" + esc(f.site) + "</p>");
        boolean navTop = r.nextBoolean();
        if (navTop) for (String n : nav) sb.append("<p>" + esc(n) + "</p>");
        sb.append("<h1>" + esc(head) + "</h1>\n");
        if (r.nextInt(10) < 7) sb.append("<p>" + esc(byline(f.site)) + "</p>");
        if (r.nextInt(10) < 7) sb.append("<p>" + esc(date()) + "</p>");
        if (r.nextInt(10) < 3) sb.append("<p>" + esc(c(PROMPTS)) + "</p>");
        int adAt = ps.size() >= 4 && r.nextInt(10) < 4 ? between(2, ps.size() - 2) : -1;
        for (int i = 0; i < ps.size(); i++) {
            if (i == adAt) sb.append("<p>" + esc(c(ADS)) + "</p>");
            sb.append("<p>" + esc(ps.get(i)) + "</p>\n");
        }
        String tl = tail(f.site);
        if (!tl.isEmpty()) sb.append("<p>" + esc(tl) + "</p>");
        if (r.nextBoolean()) sb.append("<p>" + esc(c(PROMPTS)) + "</p>");
        String h = c("h2", "h3", "h4");
        sb.append("<" + h + ">" + esc(c(RAIL_HEADS).replace("SITE", f.site)) + "</" + h + ">");
        for (String t : teasers) {
            sb.append("<p>" + esc(t) + "</p>");
            String b = blurb();
            if (!b.isEmpty()) sb.append("<p>" + b + "</p>");
        }
        if (!navTop) for (String n : nav) sb.append("<p>" + esc(n) + "</p>");
        for (String s : foot) sb.append("<p>" + esc(s) + "</p>");
        sb.append("<p>" + copyright(f.site) + "</p></body></html>");
        return Jsoup.parse(sb.toString()).outerHtml();
    }

    // ------------------------------------------------------------------ main
    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        TunePages pages = TunePages.load(out, SEED);
        List<String> tune = pages.ids;
        Map<String, String> lede = new HashMap<>();
        for (String id : tune) {
            List<String> ps = TunePages.paras(pages.gold(id)[0]);
            if (ps.isEmpty()) continue;
            String s = ps.get(0).split("(?<=[.!?])\\s+(?=\\p{Lu})")[0];
            if (s.length() >= 60 && s.length() <= 220) lede.put(id, s);
        }
        StringBuilder manifest = new StringBuilder("id\thalf\tlayout\tparas\town_nav\town_teasers\town_footer\n");
        for (String id : tune) {
            String half = pages.half(id);
            Random r = new Random(SEED ^ (id.hashCode() * 31L));
            String html = TunePages.html(id);
            String[] g = pages.gold(id);
            String url = g[1].isEmpty() ? "https://news.example.com/story/" + id : g[1];
            Document d = Jsoup.parse(html, url);
            String head = headlineOf(d);
            Furniture f = furnitureOf(d, url, g[0]);
            List<String> ps = TunePages.paras(g[0]);
            int variants = 1 + r.nextInt(2);
            List<Integer> layouts = new ArrayList<>(List.of(0, 1, 2, 3, 4));
            Collections.shuffle(layouts, r);
            for (int v = 1; v <= variants; v++) {
                String did = id + "_v" + v;
                int lay = layouts.get(v - 1);
                List<String> bl = new ArrayList<>();
                for (String o : tune) if (!o.equals(id) && pages.inA(o) == pages.inA(id) && lede.containsKey(o)) bl.add(lede.get(o));
                MakeHLegacy m = new MakeHLegacy(r, bl);
                String page = switch (lay) {
                    case 0 -> m.table(head, ps, f, url);
                    case 1 -> m.stripped(head, ps, f, url);
                    case 2 -> m.print(head, ps, f, url);
                    case 3 -> m.amp(head, ps, f, url);
                    default -> m.reader(head, ps, f, url);
                };
                Files.writeString(out.resolve(half).resolve(did + ".html"), page);
                manifest.append(did).append('\t').append(half).append('\t').append(LAYOUTS[lay]).append('\t').append(ps.size()).append('\t')
                        .append(f.nav.size()).append('\t').append(f.teasers.size()).append('\t').append(f.footer.size()).append('\n');
            }
        }
        Files.writeString(out.resolve("manifest.tsv"), manifest);
    }
}
