import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * Builds the "hcrowded" HTML perturbation set (hgen35) from the tune pages: site furniture injected into each page's
 * HTML, as CMS pages carry it, until the page holds a target ratio of boilerplate words per article word (drawn in
 * [1.0, 2.0]); the gold body is unchanged. Furniture: menus, teaser/related card runs, most-read lists, newsletter
 * and app prompts, cookie bars, ad slots with their labels, author bios, comment prompts, share rows, footers,
 * weather and market widgets, promo blurbs, listings. Placement: top of the page, inside the article container
 * above the first paragraph, between two paragraphs, below the last paragraph inside the container, right after the
 * container, at the page's end. Markup: div/section/aside/nav/ul/li/h2-h4/a/p, classes realistic, misleading (named
 * for the story's text) or none. Gold paragraphs are found as in MakeMarkup (the deepest element whose text equals
 * a gold paragraph; the parent holding most of them is the container). Seeded.
 * Usage: make_hcrowded.sh OUTDIR
 * (make_markup.sh compiles the generators and writes gold-tune.tsv first).
 */
public class MakeHCrowded {
    static final long SEED = 35_2026_1206L;

    static int words(String s) {
        int n = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\w+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS).matcher(s);
        while (m.find()) n++;
        return n;
    }

    // ------------------------------------------------------------------ vocabulary (ported from make_crowded.py)
    static final String[] SECTIONS = {"News", "World", "Politics", "Business", "Tech", "Science", "Health", "Sport",
            "Football", "Cricket", "Culture", "Arts", "Books", "Film", "Music", "TV & Radio", "Opinion", "Columnists",
            "Lifestyle", "Food", "Travel", "Money", "Property", "Cars", "Education", "Environment", "Climate", "Local",
            "Crime", "Courts", "Obituaries", "Puzzles", "Crosswords", "Video", "Podcasts", "Photos", "Weather",
            "Traffic", "Jobs", "Homes", "Events", "Deals", "Reviews", "Gaming", "Markets", "Economy", "Energy",
            "Fashion", "Wellbeing", "Parenting", "Horoscopes", "Letters", "Investigations", "Fact check",
            "Explainers", "Newsletters", "E-paper", "Live", "US", "UK", "Europe", "Asia", "Africa", "Middle East",
            "Rugby", "Tennis", "Golf", "F1", "Basketball", "Data", "AI", "Security"};
    static final String[] UTIL = {"Sign in", "Log in", "My account", "Subscribe", "Register", "Search", "Menu",
            "Home", "Edition: UK", "Edition: US", "Today's paper", "Contact us", "Advertise", "Help", "Donate",
            "Manage subscription", "Tip us", "Careers"};
    static final String[] FIRST = {"Maya", "Daniel", "Priya", "Tomás", "Grace", "Oliver", "Hannah", "Kwame", "Sofia",
            "Liam", "Aisha", "Marcus", "Elena", "Rohan", "Chloe", "Felix", "Nadia", "Samuel", "Ingrid", "Jonah"};
    static final String[] LAST = {"Okafor", "Lindqvist", "Harrington", "Patel", "Moreau", "Castillo", "Whitfield",
            "Nakamura", "Brennan", "Adeyemi", "Kowalski", "Ferreira", "Thornton", "Gallagher", "Osei", "Rasmussen"};
    static final String[] PLACES = {"Riverside", "Northgate", "Ashford", "Port Ellis", "Milbrook", "Eastfield",
            "Carrow", "Linton Bay", "Harwick", "Westmoor", "Brayford", "Kingsbridge", "Oakham", "Fairhaven"};
    static final String[] SUBJ = {"Council", "Regulators", "Local farmers", "The central bank", "Hospital chiefs",
            "Teachers' union", "Police", "Fire crews", "Startup founders", "Residents", "Campaigners", "City hall",
            "Lawmakers", "Scientists", "The coach", "Shoppers", "Investors", "Landlords", "Students", "The mayor"};
    static final String[] VERB = {"unveil plans for", "push back against", "warn over", "vote to scrap",
            "sign off on", "call for review of", "celebrate", "clash over", "delay", "probe", "back", "reject",
            "launch bid for", "report surge in", "brace for", "rethink", "quietly drop", "defend", "pledge millions for"};
    static final String[] OBJ = {"new bypass", "school meals scheme", "riverside flats", "rate rise",
            "ward closures", "pay deal", "speed cameras", "festival licence", "tram extension", "heat pump grants",
            "stadium upgrade", "parking charges", "night bus routes", "library hours", "rent cap", "wind farm",
            "data centre", "bin collections", "cycle lanes", "housing targets", "water bills", "flood defences"};
    static final String[] HEADLINE_SHAPES = {"%S %V %O in %P", "%P: %S %V %O", "Why %s %V %O",
            "%S %V %O after months of talks", "What the %O means for %P", "Explained: the row over %P's %O",
            "'%Q' — %S %V %O", "%P %O plan faces fresh hurdle", "%N things to know about the %O", "Live: %S %V %O",
            "Watch: %S %V %O", "%S %V %O — and what comes next", "Is the %O worth it? %S weigh in",
            "Revealed: cost of %P's %O tops £%Mm", "%F %L on why %P needs a %O"};
    static final String[] QUOTES = {"We were never consulted", "It is a scandal", "Enough is enough",
            "This changes everything", "We are not going anywhere", "Nobody saw it coming"};
    static final String[] SUMMARY_SHAPES = {
            "The move comes as %s in %P %V the %O, with a final decision expected next month.",
            "Critics say the %O will cost more than planned, but supporters insist it is long overdue.",
            "%F %L reports on a week of tense meetings over the %O in %P.",
            "Officials said the %O would go ahead despite a petition signed by %N,000 people.",
            "It is the second time this year that %s have been forced to %V the %O.",
            "Our reporter spent a day in %P to find out what locals really think of the %O.",
            "A new report suggests the %O could save %P up to £%Mm over the next decade.",
            "Here is everything you need to know before the %O consultation closes on Friday.",
            "%S say they were left in the dark about the %O until the last minute.",
            "The decision has split opinion in %P, where the %O has been debated for years.",
            "Figures released on %D show a sharp rise in complaints about the %O."};
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    static final String[] BRANDS = {"Courier", "Herald", "Post", "Gazette", "Chronicle", "Today", "Echo", "Times"};

    // ------------------------------------------------------------------ class names per kind
    static final String[] MISLEADING = {"article-body__extra", "story-content", "entry", "text-block", "content",
            "post-inner", "paragraph", "body-copy", "story-text", "rich-text", "article__content", "main-col",
            "c-entry-content__block", "wysiwyg"};
    static final String[] HASHED = {"sc-1x9f2a", "css-8k2j1q", "jsx-3391", "Box-sc-12ab", "styles_wrap__3kX",
            "r-1awozwy", "css-175oi2r", "emotion-7zq"};

    final Random r;

    MakeHCrowded(Random r) {
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

    String fill(String shape) {
        String s = c(SUBJ);
        String sl = s.startsWith("The ") ? s.toLowerCase(Locale.ROOT) : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        return shape.replace("%S", s).replace("%s", sl).replace("%V", c(VERB)).replace("%O", c(OBJ))
                .replace("%P", c(PLACES)).replace("%N", "" + between(3, 12)).replace("%M", "" + between(2, 90))
                .replace("%F", c(FIRST)).replace("%L", c(LAST)).replace("%Q", c(QUOTES)).replace("%D", c(DAYS));
    }

    String headline() {
        String h = fill(c(HEADLINE_SHAPES));
        return Character.toUpperCase(h.charAt(0)) + h.substring(1);
    }

    String summary() {
        return fill(c(SUMMARY_SHAPES));
    }

    String date() {
        switch (r.nextInt(9)) {
            case 0: return between(1, 23) + " hours ago";
            case 1: return between(2, 59) + " min ago";
            case 2: return c(MONTHS).substring(0, 3) + " " + between(1, 28) + ", " + between(2016, 2024);
            case 3: return between(1, 28) + " " + c(MONTHS) + " " + between(2016, 2024);
            case 4: return String.format("%02d/%02d/%d", between(1, 12), between(1, 28), between(2016, 2024));
            case 5: return c(DAYS) + " " + between(1, 12) + ":" + String.format("%02d", between(0, 59)) + " " + c("am", "pm", "AM");
            case 6: return "Updated " + between(1, 12) + ":" + String.format("%02d", between(0, 59)) + " " + c("ET", "GMT", "BST");
            case 7: return "Yesterday";
            default: return between(2, 6) + " days ago";
        }
    }

    String meta() {
        switch (r.nextInt(7)) {
            case 0: return date();
            case 1: return "By " + name();
            case 2: return "By " + name() + " | " + date();
            case 3: return name() + " · " + date();
            case 4: return date() + " · " + between(2, 12) + " min read";
            case 5: return c(SECTIONS) + " | " + date();
            default: return between(3, 480) + " comments";
        }
    }

    String slug(String h) {
        return h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    String link(String text) {
        String host = c("", "", "https://www.example-news.com", "https://news.example.org");
        return "<a href=\"" + host + "/" + c("news", "story", "article", "2023/05", c(SECTIONS).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))
                + "/" + slug(text) + "\">" + esc(text) + "</a>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A class attribute: realistic for the kind, misleading, hashed, or none. */
    String cls(String... realistic) {
        int k = r.nextInt(10);
        if (k < 5) return " class=\"" + c(realistic) + "\"";
        if (k < 7) return " class=\"" + c(MISLEADING) + "\"";
        if (k < 8) return " class=\"" + c(HASHED) + "\"";
        return "";
    }

    String box(String inner, String[] tags, String... realistic) {
        String t = c(tags);
        return "<" + t + cls(realistic) + ">" + inner + "</" + t + ">";
    }

    static final String[] BOX = {"div", "div", "section", "aside"};

    String heading(String text) {
        switch (r.nextInt(7)) {
            case 0: return "<h2>" + esc(text) + "</h2>";
            case 1: return "<h3>" + esc(text) + "</h3>";
            case 2: return "<h4 class=\"" + c("widget-title", "module__title", "section-heading", "title") + "\">" + esc(text) + "</h4>";
            case 3: return "<div class=\"" + c("title", "label", "heading", "kicker") + "\">" + esc(text) + "</div>";
            case 4: return "<p><strong>" + esc(text) + "</strong></p>";
            case 5: return "<span class=\"" + c("label", "eyebrow", "tag") + "\">" + esc(text) + "</span>";
            default: return "<h3 class=\"" + c("h3", "heading--small", "rail-title") + "\">" + link(text) + "</h3>";
        }
    }

    // ------------------------------------------------------------------ components (HTML strings)
    String menu() {
        List<String> items = sample(SECTIONS, between(8, 30));
        if (r.nextInt(10) < 3) items.addAll(0, sample(UTIL, between(2, 5)));
        int style = r.nextInt(4);
        StringBuilder sb = new StringBuilder();
        if (style == 0) {
            sb.append("<ul>");
            for (String i : items) sb.append("<li>").append(link(i)).append("</li>");
            sb.append("</ul>");
            String t = c("nav", "nav", "div", "header");
            return "<" + t + cls("main-nav", "site-nav", "navigation", "menu", "nav-primary", "header__menu") + ">" + sb + "</" + t + ">";
        }
        if (style == 1) {
            for (String i : items) sb.append(link(i)).append(c(" ", " | ", " · ", ""));
            return box(sb.toString(), new String[]{"div", "nav", "p"}, "top-links", "section-links", "subnav");
        }
        if (style == 2) {
            for (int g = between(2, 4); g > 0; g--) {
                sb.append("<div>").append(heading(c(SECTIONS) + c("", " sections", ""))).append("<ul>");
                for (String i : sample(SECTIONS, between(3, 8))) sb.append("<li>").append(link(i)).append("</li>");
                sb.append("</ul></div>");
            }
            return box(sb.toString(), new String[]{"div", "nav", "section"}, "mega-menu", "menu-drawer", "sitemap");
        }
        for (String i : items) sb.append("<div class=\"" + c("menu-item", "item", "nav__item") + "\">").append(link(i)).append("</div>");
        return box(sb.toString(), BOX, "menu", "drawer", "nav-list");
    }

    String teaserRun() {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(10) < 7)
            sb.append(heading(c("Latest", "Latest news", "More stories", "Around the site", "In other news",
                    "Top stories", "Recommended for you", "From our partners", "More in " + c(SECTIONS), "Catch up",
                    "Also in the news", "Stories you may have missed", "The week's best reads", "Spotlight",
                    "Keep reading", "Our picks", "Related", "Related stories", "You may also like", "Read next",
                    "More from " + c(PLACES) + " " + c(BRANDS), "Paid content", "Promoted stories")));
        int shape = r.nextInt(6);
        boolean list = r.nextInt(3) == 0;
        if (list) sb.append("<ul>");
        for (int i = between(3, 8); i > 0; i--) {
            String h = headline(), s = summary();
            String card;
            switch (shape) {
                case 0: card = "<h3>" + link(h) + "</h3><p>" + esc(s) + "</p><span class=\"meta\">" + esc(meta()) + "</span>"; break;
                case 1: card = link(h) + "<p>" + esc(s) + "</p>"; break;
                case 2: card = "<span class=\"kicker\">" + esc(c(SECTIONS).toUpperCase(Locale.ROOT)) + "</span><h4>" + link(h) + "</h4><div>" + esc(s) + "</div>"; break;
                case 3: card = "<div class=\"" + c("card__title", "title", "headline") + "\">" + link(h) + "</div><time>" + esc(date()) + "</time>"; break;
                case 4: card = "<a href=\"/story/" + slug(h) + "\"><img src=\"/i/" + r.nextInt(9999) + ".jpg\" alt=\"\"><h3>" + esc(h) + "</h3><p>" + esc(s) + "</p></a>"; break;
                default: card = "<p>" + link(h) + "</p><p>" + esc(meta()) + "</p>"; break;
            }
            String t = list ? "li" : c("div", "article", "div");
            sb.append("<" + t + cls("card", "teaser", "story-card", "c-card", "promo-item", "related__item", "post-tile") + ">").append(card).append("</" + t + ">");
        }
        if (list) sb.append("</ul>");
        return box(sb.toString(), BOX, "related", "teaser-list", "more-stories", "recirc", "taboola-feed", "outbrain",
                "latest-news", "rail-module", "in-article-related");
    }

    String mostRead() {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) < 3)
            sb.append(heading(c("Most read", "Most Read", "MOST POPULAR", "Trending", "Trending now", "Editor's picks",
                    "Popular this week", "What people are reading", "Don't miss", "Most shared", "Hot right now",
                    "Most viewed today", "Top 10", "Must reads", "Staff picks", "Most commented")));
        boolean ol = r.nextBoolean();
        int n = between(4, 10);
        if (r.nextBoolean()) {
            sb.append(ol ? "<ol>" : "<ul>");
            for (int i = 0; i < n; i++) sb.append("<li>").append(r.nextBoolean() ? "<span class=\"rank\">" + (i + 1) + "</span>" : "").append(link(headline())).append("</li>");
            sb.append(ol ? "</ol>" : "</ul>");
        } else {
            for (int i = 0; i < n; i++) sb.append("<div>").append(ol ? (i + 1) + ". " : "").append(link(headline())).append("</div>");
        }
        return box(sb.toString(), BOX, "most-read", "popular", "trending-widget", "mostpopular", "top-stories");
    }

    String newsletter() {
        StringBuilder sb = new StringBuilder();
        sb.append(heading(c("Sign up for our morning briefing", "Get the newsletter", "Never miss a story",
                "The Daily Brief", "Stay informed", "Want more stories like this?", "Get our free daily email",
                "Newsletter", "Start your day with us", "The " + c(PLACES) + " Briefing", "Inbox essentials")));
        sb.append("<p>").append(c("Get the day's top stories delivered to your inbox every morning.",
                "The best of our journalism, sent every weekday.", "Sign up to receive our top headlines.",
                "Enter your email address to get the latest news.",
                "Join " + between(20, 400) + ",000 readers who start their day with us.",
                "Our editors pick the stories you need, so you don't have to.",
                "A short, smart read on the news that matters, five days a week.")).append("</p>");
        if (r.nextInt(3) > 0)
            sb.append("<form action=\"/" + c("newsletters", "subscribe", "signup") + "\"><input type=\"email\" placeholder=\"Email address\"><button>")
                    .append(c("Sign up", "Subscribe", "Sign me up", "Get it", "Join")).append("</button></form>");
        else sb.append("<a href=\"/newsletters\" class=\"btn\">").append(c("Sign up", "Subscribe", "See all newsletters")).append("</a>");
        if (r.nextBoolean()) sb.append("<p class=\"small\">").append(c("By signing up you agree to our Terms of Use and Privacy Policy.",
                "You can unsubscribe at any time.", "This site is protected by reCAPTCHA.")).append("</p>");
        return box(sb.toString(), BOX, "newsletter-signup", "nl-promo", "email-signup", "signup-module", "c-newsletter");
    }

    String appPrompt() {
        String sb = heading(c("Get the app", "Download our app", "Never miss a story", "Stay in the know",
                "Take us with you", "News on the go"))
                + "<p>" + c("Breaking news alerts, offline reading and the daily puzzle — free on iOS and Android.",
                "Get the stories that matter delivered straight to your phone with our free app.",
                "Read today's edition anywhere with the app, now with dark mode and audio articles.",
                "Download the free app for iPhone and Android and turn on notifications for your area.") + "</p>"
                + c("<a href=\"https://apps.apple.com/app/id1\">Download on the App Store</a> <a href=\"https://play.google.com/store/apps\">Get it on Google Play</a>",
                "<button>Install now</button>", "<a href=\"/app\">Open in app</a>", "<button>Not now</button>");
        return box(sb, BOX, "app-promo", "app-banner", "download-app", "smart-banner");
    }

    String cookieBar() {
        String s = c("We use cookies and similar technologies to improve your experience, measure audiences and show you relevant ads.",
                "This site uses cookies. By continuing to browse you agree to our use of cookies as described in our policy.",
                "We and our partners store and access information on your device to personalise content and analyse traffic.",
                "Your privacy matters to us. We and our vendors use tracking technologies for analytics and advertising.",
                "To give you the best possible experience, this website uses cookies and collects some personal data.");
        String more = c(" You can change your choices at any time by visiting Privacy Settings.",
                " Some are essential; others help us understand how you use the site.", "");
        String btn = c("<button>Accept all</button><button>Reject all</button><button>Manage preferences</button>",
                "<button>Accept</button><a href=\"/privacy\">Settings</a>", "<button>I agree</button>",
                "<a href=\"#\" class=\"btn\">Got it!</a>", "<button>Allow all cookies</button><button>Customise</button>");
        String p = r.nextBoolean() ? "<p>" + esc(s + more) + "</p>" : esc(s + more);
        return box(p + btn, new String[]{"div", "div", "section"}, "cookie-banner", "consent-bar", "cmp-container",
                "gdpr-notice", "cookie-notice");
    }

    String ad() {
        String label = c("Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
                "Article continues below this ad", "Sponsored", "Advertisement - Scroll to continue", "AD",
                "Continue reading below", "Ad", "Sponsored content", "Adverts", "Advertising");
        int labelShape = r.nextInt(4);
        String lab = labelShape == 0 ? esc(label) : labelShape == 1 ? "<span>" + esc(label) + "</span>"
                : labelShape == 2 ? "<div class=\"ad-label\">" + esc(label) + "</div>" : "<p>" + esc(label) + "</p>";
        String id = r.nextBoolean() ? " id=\"div-gpt-ad-" + between(1000, 9999) + "-" + r.nextInt(9) + "\"" : "";
        String t = c("div", "div", "aside", "section");
        String k = r.nextInt(10) < 6 ? " class=\"" + c("ad-slot", "adslot", "ad-container", "gpt-ad", "dfp-ad", "ad-unit",
                "advert-wrapper", "mpu-slot", "in-article-ad", "ad ad--inline") + "\"" : cls("x");
        return "<" + t + k + id + ">" + lab + "<div class=\"" + c("ad-slot__inner", "placeholder", "") + "\"></div></" + t + ">";
    }

    String bio() {
        String n = name();
        String pro = c("She", "He", "They");
        String[] s = {n + " is a " + c("senior reporter", "staff writer", "correspondent", "data journalist",
                "features editor") + " covering " + c("local government", "health and science", "crime and the courts",
                "the economy", "technology", "climate and energy", "education", "transport") + " for the "
                + c(PLACES) + " " + c(BRANDS) + ".",
                pro + " " + c("joined", "came to") + " the newsroom in " + between(2005, 2022) + " after "
                        + between(2, 9) + " years at the " + c(PLACES) + " " + c(BRANDS) + ".",
                pro + " " + c("lives in", "is based in", "splits time between") + " " + c(PLACES) + " with "
                        + c("two cats", "a rescue dog", "family", "a growing pile of books") + ".",
                "Follow " + c("her", "him", "them") + " on X at @" + n.split(" ")[0].toLowerCase(Locale.ROOT) + " or email "
                        + n.split(" ")[0].toLowerCase(Locale.ROOT) + "@example.com."};
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(10) < 6) sb.append(heading(c("About the author", "About the reporter", "The author",
                "Meet the writer", n, "Contributor", "Written by")));
        if (r.nextBoolean()) sb.append("<img src=\"/authors/" + slug(n) + ".jpg\" alt=\"" + n + "\">");
        sb.append("<p>").append(esc(String.join(" ", Arrays.asList(s).subList(0, between(2, 4))))).append("</p>");
        if (r.nextBoolean()) sb.append("<a href=\"/author/" + slug(n) + "\">").append(c("More by " + n, "View all articles", "Read more from " + n.split(" ")[0])).append("</a>");
        return box(sb.toString(), BOX, "author-bio", "byline-box", "author-card", "contributor", "about-author");
    }

    String comments() {
        StringBuilder sb = new StringBuilder();
        sb.append(heading(c("Comments", "Join the conversation", "Have your say", between(2, 380) + " comments",
                "Leave a comment", "Discussion", "What do you think?", "Reader comments")));
        sb.append("<p>").append(c("Comments are moderated and may take a few minutes to appear.",
                "Please keep the discussion civil. Read our community guidelines before posting.",
                "You must be signed in to comment. Not a subscriber yet? Join today.",
                "Comments on this story are open for 48 hours.",
                "We value your opinion. Be respectful and stay on topic.")).append("</p>");
        sb.append(c("<button>Show comments</button>", "<a href=\"#comments\">View comments</a>",
                "<button>Post comment</button>", "<a href=\"/login\">Log in to comment</a>", ""));
        return box(sb.toString(), BOX, "comments", "comment-prompt", "discussion", "coral-talk", "respond");
    }

    String share() {
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) sb.append("<span>").append(c("Share this article", "Share", "Share this story", "SHARE", "Spread the word")).append("</span>");
        for (String s : new String[]{"Facebook", "Twitter", "X", "WhatsApp", "Email", "Copy link", "LinkedIn", "Print"})
            if (r.nextInt(3) > 0) sb.append("<a href=\"#\">").append(s).append("</a> ");
        return box(sb.toString(), new String[]{"div", "ul", "div"}, "share-tools", "social-bar", "article-share",
                "share-row", "c-social-buttons").replace("<ul", "<div").replace("</ul>", "</div>");
    }

    String footer() {
        String brand = c(PLACES) + " " + c("Courier", "Herald", "Post", "Gazette", "Media Group", "News Ltd");
        StringBuilder sb = new StringBuilder("<ul>");
        for (String i : sample(new String[]{"About us", "Contact", "Terms of use", "Privacy policy", "Cookie settings",
                "Accessibility", "Complaints", "Corrections", "Work for us", "Site map", "RSS", "Editorial standards",
                "Ethics policy", "Do not sell my info"}, between(4, 9)))
            sb.append("<li>").append(link(i)).append("</li>");
        sb.append("</ul>");
        sb.append("<p>").append(esc(brand + ", " + between(1, 400) + " " + c("Harbour Street", "Mill Lane", "King Road",
                "Market Square") + ", " + c(PLACES) + " " + c("AB1 2CD", "OR 97201", "2000", "TX 75201"))).append("</p>");
        sb.append("<p>").append(esc(c("Registered in England and Wales No. " + between(100000, 9999999) + ". Registered office as above.",
                brand + " is a trading name of " + c(LAST) + " Publishing Ltd.",
                "Published by " + brand + ". Part of the " + c(LAST) + " Media network.",
                "Regulated by the Independent Press Standards Organisation."))).append("</p>");
        if (r.nextInt(10) < 7) sb.append("<p>").append(esc(c("© " + between(2015, 2024) + " " + brand,
                "Copyright " + between(2015, 2024) + " " + brand + ". All rights reserved."))).append("</p>");
        String t = c("footer", "div", "section");
        return "<" + t + cls("site-footer", "footer", "global-footer", "page-footer") + ">" + sb + "</" + t + ">";
    }

    String weather() {
        String p = c(PLACES);
        String[] cond = {"Sunny", "Partly cloudy", "Light rain", "Showers", "Overcast", "Clear", "Fog", "Windy"};
        StringBuilder sb = new StringBuilder(heading(c("Weather", p + " weather", "Forecast", "Today's weather", "Local forecast")));
        sb.append("<div>").append(between(-3, 31)).append("°").append(c("C", "F", "")).append(" ").append(c(cond)).append("</div>");
        sb.append("<div>H: ").append(between(5, 33)).append("° L: ").append(between(-5, 15)).append("°</div>");
        boolean ul = r.nextBoolean();
        if (ul) sb.append("<ul>");
        for (String d : sample(DAYS, between(0, 4)))
            sb.append(ul ? "<li>" : "<div>").append(d, 0, 3).append(" ").append(between(0, 30)).append("° ").append(c(cond)).append(ul ? "</li>" : "</div>");
        if (ul) sb.append("</ul>");
        if (r.nextInt(10) < 4) sb.append(link(c("Full forecast", "See 10-day forecast", "Change location")));
        return box(sb.toString(), BOX, "weather-widget", "wx", "forecast-module", "weather");
    }

    String ticker() {
        String[] idx = {"DOW", "S&P 500", "NASDAQ", "FTSE 100", "DAX", "Nikkei", "Gold", "Oil (Brent)", "EUR/USD",
                "GBP/USD", "Bitcoin", "10-yr yield"};
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(10) < 6) sb.append(heading(c("Markets", "Market data", "Markets at a glance", "Live markets")));
        boolean ul = r.nextBoolean();
        if (ul) sb.append("<ul>");
        for (String i : sample(idx, between(3, 7)))
            sb.append(ul ? "<li>" : "<span class=\"tick\">").append(esc(i)).append(" ")
                    .append(String.format(Locale.ROOT, "%,.2f", 1 + r.nextDouble() * 40000)).append(" ")
                    .append(c("+", "-", "▲", "▼")).append(String.format(Locale.ROOT, "%.2f", r.nextDouble() * 3)).append("%")
                    .append(ul ? "</li>" : "</span> ");
        if (ul) sb.append("</ul>");
        if (r.nextInt(10) < 3) sb.append("<small>").append(c("Data delayed 15 minutes", "Quotes delayed at least 15 min.")).append("</small>");
        return box(sb.toString(), BOX, "ticker", "market-ticker", "markets-widget", "quotes-bar");
    }

    String promo() {
        String brand = c(PLACES) + " " + c(BRANDS);
        List<String> paras = new ArrayList<>(List.of(
                c("Introducing", "Meet", "Discover", "Try") + " " + brand + " " + c("Plus", "Premium", "Unlimited", "Insider")
                        + ". For just " + c("$1", "£1", "99p", "€2") + " a week you get unlimited access to every story, the digital edition and our award-winning puzzles.",
                "Join more than " + between(10, 250) + ",000 readers who rely on us every morning for the news that matters in " + c(PLACES) + " and beyond.",
                "Quality local journalism costs money to produce. Every subscription helps us keep reporters in courtrooms, council chambers and classrooms.",
                "Our " + c("annual", "spring", "summer") + " " + c("Business Awards", "Food Festival", "Leaders Summit", "Charity Gala")
                        + " returns on " + between(1, 28) + " " + c(MONTHS) + ". Tickets are on sale now, with early bird discounts for groups of four or more.",
                "Advertise with us and reach an engaged audience of decision-makers across the region, in print, online and through our newsletters.",
                "Cancel anytime. Offer available to new subscribers only; after the introductory period the price rises to the standard rate.",
                "Give the gift of news this season: a year of " + brand + " for someone you love, delivered to their inbox every day."));
        Collections.shuffle(paras, r);
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) sb.append(heading(c("Special offer", "Limited time", "Subscriber exclusive", "Support local news", "Don't miss out", "Upgrade today")));
        for (String p : paras.subList(0, between(2, 4))) sb.append("<p>").append(esc(p)).append("</p>");
        if (r.nextInt(10) < 6) sb.append("<a class=\"btn\" href=\"/" + c("subscribe", "offer", "events", "join") + "\">")
                .append(c("Subscribe now", "Start your free trial", "Claim offer", "Book tickets", "Find out more", "Join today")).append("</a>");
        return box(sb.toString(), BOX, "promo", "subscribe-promo", "paywall-offer", "house-ad", "membership-cta");
    }

    String listings() {
        StringBuilder sb = new StringBuilder();
        List<String> lines = new ArrayList<>();
        if (r.nextBoolean()) {
            sb.append(heading(c("Jobs", "Latest jobs", "Find a job", "Careers near you", "Job board")));
            String[] roles = {"Senior Accountant", "Care Assistant", "Site Manager", "HGV Driver", "Data Analyst",
                    "Staff Nurse", "Primary Teacher", "Marketing Executive", "Electrician", "Software Engineer"};
            for (int i = between(3, 6); i > 0; i--)
                lines.add(c(roles) + c(" — ", ", ", " | ") + c(LAST) + " " + c("Ltd", "Group", "Council", "Trust") + ", " + c(PLACES)
                        + c(" — £" + between(18, 75) + ",000", " · Full-time", " · Competitive", ""));
        } else {
            sb.append(heading(c("Property", "Homes for sale", "Property of the week", "Find a home", "To let")));
            String[] kinds = {"semi-detached house", "terraced house", "flat", "detached bungalow", "cottage", "townhouse"};
            for (int i = between(3, 6); i > 0; i--)
                lines.add(between(1, 5) + " bed " + c(kinds) + c(", ", " in ", " — ") + c(PLACES)
                        + c(" — £", ", £", " | Guide price £") + between(90, 990) + "," + c("000", "500", "950"));
        }
        boolean ul = r.nextBoolean();
        if (ul) sb.append("<ul>");
        for (String l : lines) sb.append(ul ? "<li>" : "<div>").append(link(l)).append(ul ? "</li>" : "</div>");
        if (ul) sb.append("</ul>");
        if (r.nextBoolean()) sb.append(link(c("View all", "See more listings", "Post a job", "Search all homes", "Advertise with us")));
        return box(sb.toString(), BOX, "listings", "jobs-widget", "property-widget", "classifieds");
    }

    String follow() {
        StringBuilder sb = new StringBuilder(heading(c("Follow us", "Connect with us", "Stay connected", "Find us on")));
        for (String s : sample(new String[]{"Facebook", "X", "Instagram", "YouTube", "LinkedIn", "TikTok"}, between(2, 5)))
            sb.append("<a href=\"https://" + s.toLowerCase(Locale.ROOT) + ".com/example\">").append(s).append("</a> ");
        return box(sb.toString(), BOX, "follow-us", "social-follow", "social-links");
    }

    List<String> sample(String[] a, int n) {
        List<String> l = new ArrayList<>(Arrays.asList(a));
        Collections.shuffle(l, r);
        return new ArrayList<>(l.subList(0, Math.min(n, l.size())));
    }

    String component(String kind) {
        switch (kind) {
            case "menu": return menu();
            case "teaser": return teaserRun();
            case "mostread": return mostRead();
            case "newsletter": return newsletter();
            case "app": return appPrompt();
            case "cookie": return cookieBar();
            case "ad": return ad();
            case "bio": return bio();
            case "comments": return comments();
            case "share": return share();
            case "footer": return footer();
            case "weather": return weather();
            case "ticker": return ticker();
            case "promo": return promo();
            case "listings": return listings();
            default: return follow();
        }
    }

    static final String[] TOP = {"menu", "menu", "cookie", "weather", "ticker", "teaser", "mostread", "follow", "ad",
            "share", "app"};
    static final String[] MID = {"teaser", "mostread", "promo", "newsletter", "app", "ad", "ad", "share", "weather",
            "ticker", "listings", "bio", "teaser"};
    static final String[] BOT = {"bio", "mostread", "teaser", "teaser", "listings", "footer", "footer", "promo",
            "comments", "comments", "share", "follow", "menu", "newsletter", "ad", "cookie"};

    // ------------------------------------------------------------------ main
    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        TunePages pages = TunePages.load(out, SEED);
        List<String> tune = pages.ids;
        StringBuilder manifest = new StringBuilder("id\thalf\tparas_matched\tgold_paras\tbp_before\tbp_after\tplaces\n");
        for (String id : tune) {
            String half = pages.half(id);
            String html = TunePages.html(id);
            String[] g = pages.gold(id);
            Random r = new Random(SEED ^ (id.hashCode() * 31L));
            Document doc = Jsoup.parse(html, g[1]);
            String row = new MakeHCrowded(r).crowd(doc, g[0]);
            Files.writeString(out.resolve(half).resolve(id + ".html"), doc.outerHtml());
            manifest.append(id).append('\t').append(half).append('\t').append(row).append('\n');
        }
        Files.writeString(out.resolve("manifest.tsv"), manifest);
    }

    String crowd(Document doc, String body) {
        TunePages.Story story = TunePages.Story.find(doc, body);
        List<String> paras = story.paras();
        List<Element> found = story.found();
        Element container = story.container();
        List<Element> ps = story.ps();
        int goldWords = words(body);
        int base = Math.max(0, words(doc.body().text()) - goldWords);
        double target = 1.0 + r.nextDouble();
        double need = Math.max(target * goldWords - base, 0.25 * goldWords);
        // where: 0 page top, 1 container top, 2 between paragraphs, 3 container end, 4 after container, 5 page end
        Map<Integer, List<String>> top = new TreeMap<>(), bottom = new TreeMap<>();
        Map<Element, List<String>> afterPara = new LinkedHashMap<>();
        List<String> inContainerTop = new ArrayList<>(), inContainerEnd = new ArrayList<>(), afterContainer = new ArrayList<>();
        List<String> pageTop = new ArrayList<>(), pageEnd = new ArrayList<>();
        Set<Element> usedGaps = new HashSet<>();
        int added = 0, k = 0;
        Map<String, Integer> places = new TreeMap<>();
        while (added < need && k++ < 80) {
            double where = r.nextDouble();
            String html;
            String place;
            if (where < 0.3) {
                html = component(c(TOP));
                if (container != null && r.nextInt(3) == 0) { inContainerTop.add(html); place = "ctop"; }
                else { pageTop.add(html); place = "top"; }
            } else if (where < 0.6 && ps.size() >= 2) {
                html = component(c(MID));
                List<Element> gaps = new ArrayList<>();
                for (Element p : ps.subList(0, ps.size() - 1)) if (!usedGaps.contains(p)) gaps.add(p);
                if (gaps.isEmpty()) gaps = ps.subList(0, ps.size() - 1);
                Element p = gaps.get(r.nextInt(gaps.size()));
                usedGaps.add(p);
                afterPara.computeIfAbsent(p, x -> new ArrayList<>()).add(html);
                place = "mid";
            } else {
                html = component(c(BOT));
                int w = r.nextInt(3);
                if (container != null && w == 0) { inContainerEnd.add(html); place = "cend"; }
                else if (container != null && w == 1) { afterContainer.add(html); place = "after"; }
                else { pageEnd.add(html); place = "end"; }
            }
            places.merge(place, 1, Integer::sum);
            added += words(Jsoup.parseBodyFragment(html).text());
        }
        // the page's own header stays first at the top: furniture goes in at the body's start
        for (int i = pageTop.size() - 1; i >= 0; i--) doc.body().prepend(pageTop.get(i));
        for (String h : pageEnd) doc.body().append(h);
        if (container != null) {
            Element first = ps.get(0);
            for (String h : inContainerTop) first.before(h);
            for (Map.Entry<Element, List<String>> en : afterPara.entrySet()) {
                List<String> hs = en.getValue();
                for (int i = hs.size() - 1; i >= 0; i--) en.getKey().after(hs.get(i));
            }
            Element last = ps.get(ps.size() - 1);
            for (int i = inContainerEnd.size() - 1; i >= 0; i--) last.after(inContainerEnd.get(i));
            for (int i = afterContainer.size() - 1; i >= 0; i--) container.after(afterContainer.get(i));
        }
        int after = Math.max(0, words(doc.body().text()) - goldWords);
        return found.size() + "\t" + paras.size() + "\t" + String.format(Locale.ROOT, "%.2f\t%.2f",
                base / (double) Math.max(goldWords, 1), after / (double) Math.max(goldWords, 1)) + "\t" + places;
    }
}
