import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * Builds the "hcomments" HTML perturbation set (hgen38) from the tune pages: below each page's story goes a thread of
 * reader comments in the markup real comment systems print, and some prose furniture with no class name that says
 * what it is; the gold body is unchanged. Thread shapes: WordPress ({@code ol.commentlist}, {@code comment-body}),
 * Disqus-like ({@code post-list}, {@code post-message}), Coral/Viafoura-like, a framework site's hashed class names
 * ({@code css-1x2y3z}, {@code sc-aBcDe}) with no meaningful token, a {@code <section>} with only an
 * {@code aria-label} or a heading, each comment its own {@code <article>}, and bare divs and paragraphs set inside
 * the story's container right after its last paragraph. Headings ("42 Comments", "Join the conversation", none), user
 * names, {@code <time>} stamps, reply/like/report buttons, nested replies, "Load more". Comment prose of 1-4
 * sentences reuses the story's names and content words and quotes its phrases. Prose furniture: an author bio, a
 * "support our journalism" appeal, a site/about blurb, a corrections-policy paragraph, as plain paragraphs. Placement:
 * inside the story's container right after its last paragraph, right after the container, or at the page's end. Gold
 * paragraphs and the container are found as in MakeHCrowded. One or two variants a page. Seeded.
 * Usage: make_hcomments.sh OUTDIR
 * (make_markup.sh compiles the generators and writes gold-tune.tsv first).
 */
public class MakeHComments {
    static final long SEED = 38_2026_1206L;

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static final String[] FIRST = {"Maya", "Daniel", "Priya", "Tomás", "Grace", "Oliver", "Hannah", "Kwame", "Sofia",
            "Liam", "Aisha", "Marcus", "Elena", "Rohan", "Chloe", "Felix", "Nadia", "Samuel", "Ingrid", "Jonah", "Bev",
            "Rick", "Dolores", "Pat", "Gary", "Linda", "Ahmed", "Yuki", "Carlos", "Mary Ann"};
    static final String[] LAST = {"Okafor", "Lindqvist", "Harrington", "Patel", "Moreau", "Castillo", "Whitfield",
            "Nakamura", "Brennan", "Adeyemi", "Kowalski", "Ferreira", "Thornton", "Gallagher", "Osei", "Rasmussen"};
    static final String[] HANDLES = {"JohnnyB", "concerned_citizen", "Oldtimer1954", "truthseeker", "mkd_77",
            "RiverRat", "NotFooled", "local_mom", "skeptic42", "Hal9000", "bluecollarbob", "The Realist", "anon",
            "Guest", "CommonSense", "taxpayer_22", "sailor.jim", "northsider", "Veritas", "lurker_no_more",
            "jenny_from_the_block", "EconProf", "grumpyoldman", "PDXnative", "birdwatcher"};
    static final String[] PLACES = {"Riverside", "Northgate", "Ashford", "Port Ellis", "Milbrook", "Eastfield",
            "Carrow", "Linton Bay", "Harwick", "Westmoor", "Brayford", "Kingsbridge", "Oakham", "Fairhaven"};
    static final String[] BRANDS = {"Courier", "Herald", "Post", "Gazette", "Chronicle", "Ledger", "Observer", "Times",
            "Dispatch", "Record"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    static final String[] STOP = ("the a an and or but of to in on at for with by from as is are was were be been has "
            + "have had it its this that these those he she they we you i his her their our your not no yes said says "
            + "will would could should can may might also more most than then there here when where which who whom what "
            + "after before about over under into out up down all any some such only just very one two three new first "
            + "last year years time people told according while because being other").split(" ");
    static final Set<String> STOPS = new HashSet<>(Arrays.asList(STOP));

    final Random r;
    final List<String> names = new ArrayList<>();
    final List<String> words = new ArrayList<>();
    final List<String> phrases = new ArrayList<>();

    MakeHComments(Random r, String body) {
        this.r = r;
        Map<String, Integer> nameCount = new HashMap<>(), wordCount = new HashMap<>();
        for (String sentence : body.split("(?<=[.!?])\\s+|\n+")) {
            String[] toks = sentence.trim().split("\\s+");
            for (int i = 0; i < toks.length; i++) {
                String t = toks[i].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (t.length() < 3) continue;
                String lower = t.toLowerCase(Locale.ROOT);
                if (STOPS.contains(lower)) continue;
                if (i > 0 && Character.isUpperCase(t.charAt(0)) && !t.equals(t.toUpperCase(Locale.ROOT)))
                    nameCount.merge(t, 1, Integer::sum);
                else if (Character.isLowerCase(t.charAt(0)) && t.length() >= 5) wordCount.merge(lower, 1, Integer::sum);
            }
            if (toks.length >= 10) {
                int start = r.nextInt(toks.length - 6);
                phrases.add(String.join(" ", Arrays.asList(toks).subList(start, start + 4 + r.nextInt(3)))
                        .replaceAll("[\"“”,;:]+$", ""));
            }
        }
        nameCount.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8).forEach(e -> names.add(e.getKey()));
        wordCount.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25).forEach(e -> words.add(e.getKey()));
        if (names.isEmpty()) names.add(c(PLACES));
        if (words.isEmpty()) words.addAll(List.of("plan", "decision", "report", "council"));
        if (phrases.isEmpty()) phrases.add(words.get(0));
    }

    String c(String... a) {
        return a[r.nextInt(a.length)];
    }

    String c(List<String> a) {
        return a.get(r.nextInt(a.size()));
    }

    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    // ------------------------------------------------------------------ comment text
    static final String[] SENTENCES = {
            "%N is right about the %W, but nobody is talking about the %X.",
            "I live near %P and the %W has been a problem for years.",
            "Great reporting. The part about the %W was eye-opening.",
            "\"%Q\" — that says it all, doesn't it?",
            "Why does %N get a pass on this?",
            "The %W numbers just don't add up, and %N knows it.",
            "So what happens to the %W now?",
            "I have been saying this about %N for a long time.",
            "Typical. They talk about the %W and do nothing about the %X.",
            "My family has dealt with the %W for three generations and this is the first time anyone has listened.",
            "Does anyone know if the %X applies to people outside %N's area?",
            "This is exactly why I stopped trusting %N.",
            "Not sure I agree. The %W is complicated and the article only tells one side.",
            "Thank you for covering the %W. More of this please.",
            "Well said, %U.",
            "You clearly didn't read past the first paragraph.",
            "Spot on. The %X is the real story here.",
            "%N said \"%Q\" and we are supposed to believe that?",
            "Same thing happened in my town last year with the %W.",
            "Wait until the %X hits. Then we'll see who was right.",
            "I worked on the %W for twenty years and %N has it backwards.",
            "Good piece, but the headline oversells it.",
            "Can we please get a follow-up on the %X?",
            "Honestly, who could have seen this coming? Everyone, that's who.",
            "The comments here are depressing. %N deserves better.",
            "Read the whole thing. \"%Q\" is the line that matters.",
            "Sad to see, but not surprised about the %W.",
            "If %N cared about the %X they would have acted sooner.",
            "Agree with %U. The %W is only half of it.",
            "Lol. Of course they did.",
    };

    String sentence() {
        String s = c(SENTENCES);
        return s.replace("%N", c(names)).replace("%W", c(words)).replace("%X", c(words)).replace("%P", c(PLACES))
                .replace("%Q", c(phrases)).replace("%U", user());
    }

    String commentText() {
        int n = between(1, 4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(sentence());
        return sb.toString();
    }

    /** One or two paragraphs of a comment's body. */
    String commentParas() {
        if (r.nextInt(5) == 0) return "<p>" + esc(commentText()) + "</p><p>" + esc(sentence()) + "</p>";
        if (r.nextInt(6) == 0) return esc(commentText());
        return "<p>" + esc(commentText()) + "</p>";
    }

    String user() {
        switch (r.nextInt(4)) {
            case 0: return c(FIRST) + " " + c(LAST);
            case 1: return c(FIRST) + " " + c(LAST).charAt(0) + ".";
            default: return c(HANDLES);
        }
    }

    String[] stamp() {
        int y = between(2016, 2024), m = between(1, 12), d = between(1, 28), h = between(1, 12), min = between(0, 59);
        String iso = String.format("%d-%02d-%02dT%02d:%02d:00Z", y, m, d, h, min);
        String text;
        switch (r.nextInt(8)) {
            case 0: text = between(1, 23) + " hours ago"; break;
            case 1: text = between(2, 59) + " minutes ago"; break;
            case 2: text = MONTHS[m - 1] + " " + d + ", " + y + " at " + h + ":" + String.format("%02d", min) + " " + c("am", "pm"); break;
            case 3: text = between(2, 6) + "d"; break;
            case 4: text = MONTHS[m - 1].substring(0, 3) + " " + d + ", " + y; break;
            case 5: text = String.format("%02d/%02d/%d %d:%02d %s", m, d, y, h, min, c("AM", "PM")); break;
            case 6: text = between(2, 11) + " days ago"; break;
            default: text = d + " " + MONTHS[m - 1] + " " + y + ", " + h + ":" + String.format("%02d", min); break;
        }
        return new String[]{iso, text};
    }

    String headingTag(int count) {
        String text = c(count + " Comments", count + " comments", "Comments (" + count + ")", "Join the conversation",
                "Comments", "Reader comments", "Discussion", count + " thoughts on this story", "Conversation",
                "What readers are saying", "Responses", count + " Responses", "Have your say", "");
        if (text.isEmpty()) return "";
        switch (r.nextInt(4)) {
            case 0: return "<h2>" + esc(text) + "</h2>";
            case 1: return "<h3>" + esc(text) + "</h3>";
            case 2: return "<div class=\"" + hashed() + "\">" + esc(text) + "</div>";
            default: return "<p><strong>" + esc(text) + "</strong></p>";
        }
    }

    String hashed() {
        StringBuilder sb = new StringBuilder(c("css-", "sc-", "jsx-", "_", "e1", "x"));
        String alpha = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = between(5, 7); i > 0; i--) sb.append(alpha.charAt(r.nextInt(alpha.length())));
        return sb.toString();
    }

    String actions(boolean classed) {
        List<String> a = new ArrayList<>();
        a.add("Reply");
        if (r.nextBoolean()) a.add(c("Like", between(1, 40) + " likes", "👍 " + between(1, 40), "↑ " + between(1, 40), "Upvote"));
        if (r.nextInt(3) == 0) a.add(c("Report", "Flag", "Share", "Permalink"));
        Collections.shuffle(a, r);
        StringBuilder sb = new StringBuilder();
        String tag = c("button", "a", "span");
        String gap = c(" ", " ", "", " · ");
        for (String s : a)
            sb.append("<" + tag + (tag.equals("a") ? " href=\"#\"" : "")
                    + (classed ? " class=\"" + c("reply", "comment-reply-link", "vote-up", "action", "btn-link") + "\"" : "")
                    + ">").append(esc(s)).append("</" + tag + ">").append(gap);
        return sb.toString();
    }

    String loadMore() {
        return c("Load more comments", "Show more comments", "View all " + between(12, 300) + " comments",
                "Load " + between(5, 40) + " more", "Show " + between(2, 9) + " more replies", "See more", "Next page →",
                "Older comments");
    }

    // ------------------------------------------------------------------ thread shapes
    int count;

    String wordpress(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = between(2, 4); i > 0; i--) {
            int id = between(1000, 99999);
            String[] t = stamp();
            sb.append("<li class=\"comment " + c("even", "odd") + " thread-" + c("even", "odd") + " depth-" + (depth + 1)
                    + "\" id=\"comment-" + id + "\"><article id=\"div-comment-" + id + "\" class=\"comment-body\">"
                    + "<footer class=\"comment-meta\"><div class=\"comment-author vcard\"><img alt=\"\" src=\"/avatar/"
                    + id + ".png\" class=\"avatar\"> <b class=\"fn\">" + esc(user()) + "</b> <span class=\"says\">says:</span></div>"
                    + "<div class=\"comment-metadata\"><a href=\"#comment-" + id + "\"><time datetime=\"" + t[0] + "\">"
                    + esc(t[1]) + "</time></a></div></footer><div class=\"comment-content\">" + commentParas()
                    + "</div><div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#\">Reply</a></div></article>");
            count++;
            if (depth < 2 && r.nextInt(3) == 0) sb.append("<ol class=\"children\">").append(wordpress(depth + 1)).append("</ol>");
            sb.append("</li>");
        }
        return sb.toString();
    }

    String threadWordpress() {
        String list = wordpress(0);
        String title = c(count + " thoughts on “" + c(names) + "”", count + " Comments", count + " Responses to this post",
                "One thought on this", "Comments");
        String respond = r.nextBoolean() ? "<div id=\"respond\" class=\"comment-respond\"><h3 class=\"comment-reply-title\">"
                + c("Leave a Reply", "Leave a Comment", "Add a comment") + "</h3><form action=\"/wp-comments-post.php\" method=\"post\">"
                + "<p class=\"comment-notes\">" + c("Your email address will not be published. Required fields are marked *",
                "Your email address will not be published.") + "</p><textarea name=\"comment\"></textarea><input name=\"author\">"
                + "<input type=\"submit\" value=\"Post Comment\"></form></div>" : "";
        String outer = c("<div class=\"comments-wrapper\">", "<div id=\"comment-section\">", "<div class=\"wp-comments\">", "<div>");
        return outer + "<h2 class=\"comments-title\">" + esc(title) + "</h2><ol class=\"" + c("commentlist", "comment-list")
                + "\">" + list + "</ol>" + respond + "</div>";
    }

    String disqusPosts(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = between(2, 4); i > 0; i--) {
            String[] t = stamp();
            sb.append("<li class=\"post\"><div class=\"post-content\"><div class=\"avatar\"><img src=\"/a.png\" alt=\"Avatar\"></div>"
                    + "<div class=\"post-body\"><header class=\"post-byline\"><span class=\"author publisher-anchor-color\"><a href=\"#\">"
                    + esc(user()) + "</a></span> <span class=\"post-meta\"><a class=\"time-ago\" title=\"" + t[0] + "\" href=\"#\">"
                    + esc(t[1]) + "</a></span></header><div class=\"post-body-inner\"><div class=\"post-message\">" + commentParas()
                    + "</div></div><footer><menu><li class=\"voting\"><a href=\"#\" class=\"vote-up\">" + between(0, 30)
                    + "</a></li><li class=\"reply\"><a href=\"#\">Reply</a></li></menu></footer></div></div>");
            count++;
            if (depth < 2 && r.nextInt(3) == 0) sb.append("<ul class=\"children\">").append(disqusPosts(depth + 1)).append("</ul>");
            sb.append("</li>");
        }
        return sb.toString();
    }

    String threadDisqus() {
        String posts = disqusPosts(0);
        return "<div class=\"" + c("post-list", "dsq-thread", "thread-container") + "\">" + headingTag(count)
                + "<ul class=\"post-list\">" + posts + "</ul>" + (r.nextBoolean() ? "<div class=\"load-more\"><a href=\"#\" class=\"btn\">"
                + esc(loadMore()) + "</a></div>" : "") + "</div>";
    }

    String coral(int depth, boolean vf) {
        String p = vf ? "vf-" : "coral-";
        StringBuilder sb = new StringBuilder();
        for (int i = between(2, 4); i > 0; i--) {
            String[] t = stamp();
            sb.append("<div class=\"" + p + "comment" + (vf ? " vf-comment--depth-" + depth : " coral-indent-" + depth) + "\">"
                    + "<div class=\"" + p + "comment__header\"><span class=\"" + p + "username\">" + esc(user()) + "</span>"
                    + "<time class=\"" + p + "timestamp\" datetime=\"" + t[0] + "\">" + esc(t[1]) + "</time></div>"
                    + "<div class=\"" + p + "content\">" + commentParas() + "</div><div class=\"" + p + "actionBar\">"
                    + actions(true) + "</div>");
            count++;
            if (depth < 2 && r.nextInt(3) == 0)
                sb.append("<div class=\"" + p + "replies\">").append(coral(depth + 1, vf)).append("</div>");
            sb.append("</div>");
        }
        return sb.toString();
    }

    String threadCoral() {
        boolean vf = r.nextBoolean();
        String body = coral(0, vf);
        String p = vf ? "vf-" : "coral-";
        return "<div class=\"" + p + "stream\" id=\"" + c("coral_thread", "vf-conversations", "talk-embed", "community") + "\">"
                + "<div class=\"" + p + "counter\">" + esc(c(count + " Comments", "Conversation (" + count + ")", "All Comments " + count)) + "</div>"
                + (r.nextBoolean() ? "<div class=\"" + p + "sort\"><button>Newest</button><button>Oldest</button><button>Most liked</button></div>" : "")
                + body + "<button class=\"" + p + "loadMore\">" + esc(loadMore()) + "</button></div>";
    }

    String hashedPosts(int depth, String[] k) {
        StringBuilder sb = new StringBuilder();
        for (int i = between(2, 4); i > 0; i--) {
            String[] t = stamp();
            boolean timeTag = r.nextInt(4) > 0;
            sb.append("<div class=\"" + k[0] + "\"><div class=\"" + k[1] + "\"><span class=\"" + k[2] + "\">" + esc(user())
                    + "</span>" + (timeTag ? "<time datetime=\"" + t[0] + "\" class=\"" + k[3] + "\">" + esc(t[1]) + "</time>"
                    : "<span class=\"" + k[3] + "\">" + esc(t[1]) + "</span>") + "</div><div class=\"" + k[4] + "\">"
                    + commentParas() + "</div><div class=\"" + k[5] + "\">" + actions(false) + "</div>");
            count++;
            if (depth < 2 && r.nextInt(3) == 0) sb.append("<div class=\"" + k[6] + "\">").append(hashedPosts(depth + 1, k)).append("</div>");
            sb.append("</div>");
        }
        return sb.toString();
    }

    String threadHashed() {
        String[] k = new String[8];
        for (int i = 0; i < k.length; i++) k[i] = hashed() + (r.nextBoolean() ? " " + hashed() : "");
        String posts = hashedPosts(0, k);
        return "<div class=\"" + k[7] + "\">" + headingTag(count) + "<div class=\"" + hashed() + "\">" + posts + "</div>"
                + (r.nextBoolean() ? "<button class=\"" + hashed() + "\">" + esc(loadMore()) + "</button>" : "") + "</div>";
    }

    /** One head shape a thread: a comment system prints every post alike. */
    int headShape;

    String plainPosts(int depth, String tag) {
        StringBuilder sb = new StringBuilder();
        for (int i = between(2, 4); i > 0; i--) {
            String[] t = stamp();
            String who = esc(user());
            String head;
            switch (headShape) {
                case 0: head = "<div><strong>" + who + "</strong> <time datetime=\"" + t[0] + "\">" + esc(t[1]) + "</time></div>"; break;
                case 1: head = "<header><span>" + who + "</span><span> · </span><time datetime=\"" + t[0] + "\">" + esc(t[1]) + "</time></header>"; break;
                case 2: head = "<p><b>" + who + "</b></p><p><small>" + esc(t[1]) + "</small></p>"; break;
                default: head = "<h4>" + who + "</h4><time datetime=\"" + t[0] + "\">" + esc(t[1]) + "</time>"; break;
            }
            sb.append("<" + tag + ">" + head + commentParas() + "<div>" + actions(false) + "</div>");
            count++;
            if (depth < 2 && r.nextInt(3) == 0) sb.append("<div>").append(plainPosts(depth + 1, tag)).append("</div>");
            sb.append("</" + tag + ">");
        }
        return sb.toString();
    }

    String threadSection() {
        headShape = r.nextInt(4);
        String posts = plainPosts(0, c("div", "div", "li"));
        boolean li = posts.startsWith("<li");
        String label = c("Comments", "Reader comments", "Discussion", "Conversation");
        return "<section" + (r.nextBoolean() ? " aria-label=\"" + label + "\"" : "") + ">" + headingTag(count)
                + (li ? "<ul>" + posts + "</ul>" : posts) + (r.nextBoolean() ? "<button>" + esc(loadMore()) + "</button>" : "")
                + "</section>";
    }

    String threadArticles() {
        headShape = r.nextInt(4);
        String posts = plainPosts(0, "article");
        String cls = r.nextBoolean() ? " class=\"" + hashed() + "\"" : "";
        return "<div" + cls + ">" + headingTag(count) + posts
                + (r.nextBoolean() ? "<a href=\"#\">" + esc(loadMore()) + "</a>" : "") + "</div>";
    }

    /** Bare markup set inside the container: a heading or none, then one div a post. */
    String threadInline() {
        headShape = r.nextInt(4);
        String posts = plainPosts(0, "div");
        String form = r.nextBoolean() ? "<form><textarea placeholder=\"" + esc(c("Add a comment…", "Write a reply", "Share your thoughts"))
                + "\"></textarea><button>" + esc(c("Post", "Submit", "Comment")) + "</button></form>" : "";
        return headingTag(count) + form + posts + (r.nextBoolean() ? "<p><a href=\"#\">" + esc(loadMore()) + "</a></p>" : "");
    }

    static final String[] SHAPES = {"wordpress", "disqus", "coral", "hashed", "section", "articles", "inline"};

    String thread(String shape) {
        count = 0;
        switch (shape) {
            case "wordpress": return threadWordpress();
            case "disqus": return threadDisqus();
            case "coral": return threadCoral();
            case "hashed": return threadHashed();
            case "section": return threadSection();
            case "articles": return threadArticles();
            default: return threadInline();
        }
    }

    // ------------------------------------------------------------------ prose furniture, no class hints
    String brand() {
        return "the " + c(PLACES) + " " + c(BRANDS);
    }

    String bio() {
        String n = c(FIRST) + " " + c(LAST);
        String pro = c("She", "He", "They");
        List<String> s = new ArrayList<>(List.of(
                n + " is " + c("a senior reporter", "a staff writer", "the chief political correspondent", "a data journalist",
                        "an investigative reporter") + " at " + brand() + ", where " + pro.toLowerCase(Locale.ROOT) + " "
                        + c("covers", "writes about", "has reported on") + " " + c("local government", "health care", "the courts",
                        "housing and development", "energy and the environment", "schools") + ".",
                pro + " previously worked at " + brand() + " and " + c("holds a degree from", "studied journalism at") + " "
                        + c("Northwestern University", "the University of Leeds", "Columbia", "Rhodes University") + ".",
                pro + " can be reached at " + n.split(" ")[0].toLowerCase(Locale.ROOT) + "@example.org"
                        + c(" or on Signal.", ".", " or 555-01" + between(10, 99) + "."),
                "Before joining the newsroom in " + between(2008, 2022) + ", " + n.split(" ")[0] + " " + c("covered city hall",
                        "reported from Washington", "worked as a freelance writer in Nairobi", "was a science teacher") + "."));
        return "<p>" + esc(String.join(" ", s.subList(0, between(2, 4)))) + "</p>";
    }

    String appeal() {
        String b = brand();
        String[] a = {
                "Independent journalism like this takes time, money and hard work. If you value our reporting, please consider supporting us with a contribution of any size. Every gift helps keep our newsroom going.",
                "Before you go: " + b + " relies on readers like you. We don't put our stories behind a paywall because we believe everyone deserves access to accurate information. Will you chip in today?",
                "We're a small team and we can't do this without you. Become a member today and help us hold the powerful to account.",
                "Our journalism is funded by readers, not billionaires. A monthly donation of just $5 makes a real difference and lets us keep reporting stories like this one.",
                "If you found this story useful, please consider supporting local news. Your donation is tax-deductible and goes directly to our reporting.",
                "Quality reporting is expensive to produce. Thousands of readers already support " + b + " each month; join them and help keep our work free for everyone.",
                "This story was made possible by the generous support of our members. If you believe in what we do, we hope you'll join them today.",
        };
        return "<p>" + esc(c(a)) + "</p>" + (r.nextBoolean() ? "<p><a href=\"/donate\">" + esc(c("Donate now", "Support us", "Become a member", "Give today")) + "</a></p>" : "");
    }

    String about() {
        String b = brand();
        String B = Character.toUpperCase(b.charAt(0)) + b.substring(1);
        String[] a = {
                B + " is an independent, nonprofit newsroom covering politics, education and the environment across the region. Founded in " + between(1998, 2019) + ", it is governed by a volunteer board.",
                B + " has served readers in " + c(PLACES) + " and the surrounding counties since " + between(1870, 1990) + ". It is published by " + c(LAST) + " Media Group.",
                "About us: we are a reader-supported news site dedicated to in-depth reporting on the issues that shape our community. We are a member of the Institute for Nonprofit News.",
                B + " is part of a network of local news sites owned by " + c(LAST) + " Holdings. Our newsroom operates independently of our owners and advertisers.",
                "We are a small, independent publication committed to accountability journalism. Our reporting is free to read and free to republish.",
        };
        return "<p>" + esc(c(a)) + "</p>";
    }

    String correctionsPolicy() {
        String[] a = {
                "We are committed to accuracy. If you spot an error in this story, please contact us at corrections@example.org and we will review it promptly.",
                "Our corrections policy: we correct factual errors as quickly as possible and note the change at the bottom of the story. To report a mistake, email our standards editor.",
                "Accuracy matters to us. If you believe something in this article is wrong, let us know through our corrections form. Read our full editorial standards and ethics policy.",
                "Spotted a mistake? We take accuracy seriously and correct errors in a transparent way. You can read our corrections policy on our website.",
        };
        return "<p>" + esc(c(a)) + "</p>";
    }

    String prose(String kind) {
        switch (kind) {
            case "bio": return bio();
            case "appeal": return appeal();
            case "about": return about();
            default: return correctionsPolicy();
        }
    }

    static final String[] PROSE = {"bio", "appeal", "about", "corrections"};

    // ------------------------------------------------------------------ main
    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        TunePages pages = TunePages.load(out, SEED);
        List<String> tune = pages.ids;
        StringBuilder manifest = new StringBuilder("id\thalf\tparas_matched\tgold_paras\tthread\tplace\tprose\n");
        for (String id : tune) {
            String half = pages.half(id);
            String html = TunePages.html(id);
            String[] g = pages.gold(id);
            Random r = new Random(SEED ^ (id.hashCode() * 31L));
            int variants = 1 + r.nextInt(2);
            List<String> shapes = new ArrayList<>(Arrays.asList(SHAPES));
            Collections.shuffle(shapes, r);
            for (int v = 1; v <= variants; v++) {
                Document doc = Jsoup.parse(html, g[1]);
                String row = new MakeHComments(r, g[0]).inject(doc, g[0], shapes.get(v - 1));
                String did = id + "_v" + v;
                Files.writeString(out.resolve(half).resolve(did + ".html"), doc.outerHtml());
                manifest.append(did).append('\t').append(half).append('\t').append(row).append('\n');
            }
        }
        Files.writeString(out.resolve("manifest.tsv"), manifest);
    }

    String inject(Document doc, String body, String shape) {
        TunePages.Story story = TunePages.Story.find(doc, body);
        List<String> paras = story.paras();
        List<Element> found = story.found();
        Element container = story.container();
        List<Element> ps = story.ps();
        String thread = thread(shape);
        // the inline shape is set inside the container; the others anywhere below the story
        int place = shape.equals("inline") ? 0 : r.nextInt(3);
        if (container == null) place = 2;
        List<String> prose = new ArrayList<>();
        int nProse = r.nextInt(4) == 0 ? 0 : between(1, 2);
        List<String> kinds = new ArrayList<>(Arrays.asList(PROSE));
        Collections.shuffle(kinds, r);
        for (int i = 0; i < nProse; i++) prose.add(kinds.get(i));
        StringBuilder proseHtml = new StringBuilder();
        for (String k : prose) proseHtml.append(prose(k));
        // prose furniture sits right below the story's last paragraph, as plain paragraphs; the thread below it
        String placed;
        if (place == 0) {
            Element last = ps.get(ps.size() - 1);
            last.after(thread);
            last.after(proseHtml.toString());
            placed = "cend";
        } else if (place == 1) {
            container.after(thread);
            ps.get(ps.size() - 1).after(proseHtml.toString());
            placed = "after";
        } else {
            if (container != null) ps.get(ps.size() - 1).after(proseHtml.toString());
            else doc.body().append(proseHtml.toString());
            doc.body().append(thread);
            placed = "end";
        }
        return found.size() + "\t" + paras.size() + "\t" + shape + ":" + count + "\t" + placed + "\t" + String.join(",", prose);
    }
}
