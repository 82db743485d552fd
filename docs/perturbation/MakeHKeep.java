import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * Builds the "hkeep" HTML perturbation set (hgen37) from the tune pages: unlike the other sets it adds story, not
 * furniture. Into each page's article body, and into its gold at the same place, go parts a real story carries that
 * look like furniture to an extractor: a paragraph with 3-6 inline links to its sources, a bulleted list of linked
 * items that is the story's own (candidates, resources, key findings), short one-line paragraphs and quotes, a
 * subhead worded like furniture ("The latest", "What's next", "Read the full report") over paragraphs, an editor's
 * note or a correction, a small data table, a timeline of dated lines, a Q&A exchange, a story paragraph inside a
 * container whose class names a furniture word ("related-content", "promo", "newsletter-body"), a "This story was
 * updated" line. Gold paragraphs and the body container are found as in MakeMarkup. Two variants a page, 3-5 parts
 * each, at the top, between paragraphs or at the end of the body. Seeded.
 * Usage: make_hkeep.sh OUTDIR
 * (make_markup.sh compiles the generators and writes gold-tune.tsv
 * first; this writes gold-out.tsv, one line per document).
 */
public class MakeHKeep {
    static final long SEED = 37_2026_1206L;

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ------------------------------------------------------------------ vocabulary
    static final String[] FIRST = {"Maya", "Daniel", "Priya", "Tomás", "Grace", "Oliver", "Hannah", "Kwame", "Sofia",
            "Liam", "Aisha", "Marcus", "Elena", "Rohan", "Chloe", "Felix", "Nadia", "Samuel", "Ingrid", "Jonah",
            "Rosa", "Victor", "Leah", "Omar"};
    static final String[] LAST = {"Okafor", "Lindqvist", "Harrington", "Patel", "Moreau", "Castillo", "Whitfield",
            "Nakamura", "Brennan", "Adeyemi", "Kowalski", "Ferreira", "Thornton", "Gallagher", "Osei", "Rasmussen",
            "Delgado", "Iverson", "Achebe", "Sorensen"};
    static final String[] PLACES = {"Riverside", "Northgate", "Ashford", "Port Ellis", "Milbrook", "Eastfield",
            "Carrow", "Linton Bay", "Harwick", "Westmoor", "Brayford", "Kingsbridge", "Oakham", "Fairhaven"};
    static final String[] BODIES = {"the state auditor", "the city council", "the health department",
            "an independent review panel", "the county's budget office", "the federal regulator",
            "the school board", "the transport authority", "a parliamentary committee", "the inspector general",
            "the water utility", "the election commission", "the planning commission", "the central bank"};
    static final String[] DOCS = {"a report released Tuesday", "a 2018 audit", "court filings",
            "minutes of the March meeting", "a letter to lawmakers", "budget documents", "an internal memo",
            "a survey of 1,200 residents", "testimony last month", "a study published in June", "public records",
            "a federal complaint", "the committee's final report", "data from the census", "an earlier inquiry"};
    static final String[] TOPICS = {"the housing plan", "the bus contract", "school funding", "the stadium deal",
            "the water rate increase", "flood defences", "the tax break", "the drug trial", "the rail strike",
            "the data breach", "pension reform", "the bridge repairs", "the hospital merger", "the budget gap",
            "the library closures", "the new curfew", "the recycling programme", "the wage deal"};
    static final String[] DOMAINS = {"https://www.gov.example/reports/", "https://data.example.org/",
            "https://www.courtlistener.example/docket/", "https://assets.example-news.com/docs/",
            "https://www.census.example.gov/", "https://example.edu/research/", "https://www.example-times.com/2019/",
            "https://twitter.com/", "https://www.youtube.com/watch?v=", "https://council.example.gov/agenda/"};
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    static final String[] MON = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec."};

    static String name(Random r) {
        return pick(r, FIRST) + " " + pick(r, LAST);
    }

    static String href(Random r) {
        return pick(r, DOMAINS) + Long.toString(Math.abs(r.nextLong()) % 9_999_999L, 36);
    }

    static String a(Random r, String text) {
        return "<a href=\"" + href(r) + "\">" + esc(text) + "</a>";
    }

    static String date(Random r) {
        int m = r.nextInt(12), d = 1 + r.nextInt(28);
        switch (r.nextInt(4)) {
            case 0: return MONTHS[m] + " " + d + ", " + (2015 + r.nextInt(5));
            case 1: return MON[m] + " " + d;
            case 2: return d + " " + MONTHS[m] + " " + (2015 + r.nextInt(5));
            default: return MONTHS[m] + " " + (2015 + r.nextInt(5));
        }
    }

    /** A part of the story: its HTML and its text for the gold, one line per block. */
    record Part(String kind, String html, String gold) {}

    // ------------------------------------------------------------------ story parts
    /** A paragraph with 3-6 inline links to its sources. */
    static Part linkParagraph(Random r) {
        int n = 3 + r.nextInt(4);
        List<String[]> bits = new ArrayList<>();
        String[][] shapes = {
                {"According to ", "%", ", "},
                {"", "%", " found that spending on " + pick(r, TOPICS) + " had doubled, "},
                {"as ", "%", " showed, "},
                {"a point echoed in ", "%", " "},
                {"and in ", "%", ". "},
                {"The figures match ", "%", ", "},
                {"and ", "%", " "},
                {"while ", "%", " put the cost higher, "},
                {"citing ", "%", "; "},
                {"The claims were first raised in ", "%", ", "}};
        StringBuilder h = new StringBuilder(), g = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String[] s = shapes[r.nextInt(shapes.length)];
            String link = r.nextBoolean() ? pick(r, DOCS) : pick(r, BODIES);
            if (i == 0) link = link.substring(0, 1).toUpperCase(Locale.ROOT) + link.substring(1);
            String pre = i == 0 ? "" : s[0];
            h.append(esc(pre)).append(a(r, link)).append(esc(s[2]));
            g.append(pre).append(link).append(s[2]);
        }
        String end = pick(r, new String[]{"officials said.", "the records show.", "though none of it was made public.",
                "a spokesperson confirmed.", "and the " + pick(r, new String[]{"mayor", "minister", "board"})
                + " has not disputed them."});
        h.append(esc(end));
        g.append(end);
        return new Part("linkpara", "<p>" + h + "</p>", TunePages.norm(g.toString()));
    }

    static final String[] LIST_HEADS = {"Key findings", "Key findings:", "The candidates", "Who's running",
            "Resources", "Where to get help", "What the report found", "By the numbers", "The main points",
            "Read the documents", "What's in the bill", "Sources"};

    /** A bulleted list of linked items that is the story's own, with a lead-in or a heading. */
    static Part linkedList(Random r) {
        int kind = r.nextInt(4), n = 3 + r.nextInt(4);
        StringBuilder h = new StringBuilder(), g = new StringBuilder();
        String head = null;
        String lead;
        if (kind == 0) { // candidates
            head = pick(r, new String[]{"The candidates", "Who's running", "On the ballot", null});
            lead = pick(r, new String[]{"The candidates for the " + pick(r, PLACES) + " seat are:",
                    n + " people have filed to run:", "Those running for the board include:"});
        } else if (kind == 1) { // resources
            head = pick(r, new String[]{"Resources", "Where to get help", "If you need help", null});
            lead = pick(r, new String[]{"Help is available from:", "Residents affected can contact:",
                    "Groups offering support include:"});
        } else if (kind == 2) { // findings
            head = pick(r, new String[]{"Key findings", "Key findings:", "What the report found", "By the numbers"});
            lead = pick(r, new String[]{"Among the report's findings:", "The audit found:", "The main points:"});
        } else { // documents
            head = pick(r, new String[]{"Read the documents", "Sources", "Read the full report", null});
            lead = pick(r, new String[]{"The documents cited in this story:", "The filings are available here:",
                    "Read the records for yourself:"});
        }
        boolean ol = r.nextInt(4) == 0;
        if (head != null) {
            String tag = pick(r, new String[]{"h2", "h3", "h4", "p><strong"});
            h.append(tag.startsWith("p") ? "<p><strong>" + esc(head) + "</strong></p>" : "<" + tag + ">" + esc(head) + "</" + tag + ">");
            g.append(head).append('\n');
        }
        if (head == null || r.nextBoolean()) {
            h.append("<p>").append(esc(lead)).append("</p>");
            g.append(lead).append('\n');
        }
        h.append(ol ? "<ol>" : "<ul>");
        Set<String> items = new HashSet<>();
        for (int i = 0, tries = 0; i < n && tries < 40; tries++) {
            String lh, lg;
            if (kind == 0) {
                String nm = name(r);
                String what = pick(r, new String[]{"a retired teacher", "the incumbent", "a former city councillor",
                        "a small-business owner", "an attorney", "a nurse and union organiser", "a pastor",
                        "a software engineer"});
                String party = pick(r, new String[]{"", " (D)", " (R)", " (Independent)", " (Green)"});
                lh = a(r, nm) + esc(party + ", " + what);
                lg = nm + party + ", " + what;
            } else if (kind == 1) {
                String org = pick(r, new String[]{"The " + pick(r, PLACES) + " Food Bank",
                        "National Crisis Line", "Legal Aid Society", "Red Cross shelter at " + pick(r, PLACES)
                        + " High School", "The county's housing hotline", "Veterans Helpline", "Citizens Advice"});
                String how = pick(r, new String[]{": 1-800-" + (200 + r.nextInt(799)) + "-" + (1000 + r.nextInt(8999)),
                        ", open daily from 9 a.m.", " (walk-ins welcome)", ", which takes calls around the clock", ""});
                lh = a(r, org) + esc(how);
                lg = org + how;
            } else if (kind == 2) {
                String f = pick(r, new String[]{"Spending on " + pick(r, TOPICS) + " rose " + (10 + r.nextInt(80)) + "%",
                        (2 + r.nextInt(8)) + " in 10 residents said they had been affected",
                        "Waiting times doubled between " + (2012 + r.nextInt(4)) + " and " + (2017 + r.nextInt(3)),
                        "The agency missed " + (3 + r.nextInt(20)) + " of its own deadlines",
                        "No one was assigned to review the complaints",
                        "Costs were " + (2 + r.nextInt(8)) + " times the original estimate",
                        "Fewer than half the inspections were carried out"});
                String src = pick(r, new String[]{"page " + (3 + r.nextInt(90)), "the full table", "source", ""});
                lh = esc(f) + (src.isEmpty() ? "." : " (" + a(r, src) + ").");
                lg = f + (src.isEmpty() ? "." : " (" + src + ").");
                if (r.nextBoolean()) { lh = a(r, f); lg = f; }
            } else {
                String d = pick(r, new String[]{"The full audit (PDF)", "The lawsuit", "The council's response",
                        "Minutes of the " + pick(r, MONTHS) + " meeting", "The inspector's letter",
                        "Budget documents for " + (2017 + r.nextInt(3)), "The settlement agreement",
                        "Testimony of " + name(r)});
                lh = a(r, d);
                lg = d;
            }
            if (!items.add(lg.replaceAll("[^A-Za-z]", ""))) continue; // a list names each item once
            h.append("<li>").append(lh).append("</li>");
            g.append(lg).append('\n');
            i++;
        }
        h.append(ol ? "</ol>" : "</ul>");
        return new Part("list-" + new String[]{"candidates", "resources", "findings", "documents"}[kind], h.toString(),
                g.toString().trim());
    }

    static final String[] SHORT_LINES = {"That was not the end of it.", "Then came the vote.", "It did not work.",
            "Nobody answered.", "The answer was no.", "Not everyone agrees.", "It's complicated.",
            "The deadline passed.", "He declined to comment.", "She is not alone.", "The numbers tell the story.",
            "Then the money ran out.", "Few expected that.", "So what happens now?", "Both sides claim victory.",
            "The clock is ticking.", "Nothing changed."};
    static final String[] QUOTES = {"“We're not going anywhere,” she said.", "“It's a disgrace,” he said.",
            "“I just want answers.”", "“We'll see,” said " + "the mayor" + ".", "“This is only the start.”",
            "“Nobody told us,” one resident said.", "“It was chaos,” he said.", "\"We did everything right.\"",
            "“Thank you,” she said, and left.", "“Not today.”", "“That's the plan,” a spokesman said."};

    /** Two to four short one-line paragraphs and quotes in a row. */
    static Part shortLines(Random r) {
        int n = 2 + r.nextInt(3);
        StringBuilder h = new StringBuilder(), g = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String t = r.nextBoolean() ? pick(r, SHORT_LINES) : pick(r, QUOTES);
            if (!used.add(t)) continue;
            h.append(r.nextInt(5) == 0 ? "<blockquote><p>" + esc(t) + "</p></blockquote>" : "<p>" + esc(t) + "</p>");
            g.append(t).append('\n');
        }
        return new Part("short", h.toString(), g.toString().trim());
    }

    static final String[] FURN_HEADS = {"The latest", "What's next", "What's next?", "More on the vote",
            "Read the full report", "What happens next", "Related", "More to come", "Background", "Share your story",
            "Related: the lawsuit", "Read more", "Latest updates", "What you need to know", "Keep reading",
            "Get involved", "The bottom line", "Don't miss it", "Follow the money", "In other business",
            "Up next", "Sign-up deadline", "The comments", "Most read"};

    static String storySentence(Random r) {
        String who = pick(r, new String[]{"The council", "Officials", name(r), "The board", "Lawmakers",
                "The agency", "Residents", "The company", "Campaigners", "Prosecutors"});
        String did = pick(r, new String[]{"are expected to vote on", "will hold a hearing on", "said they would appeal",
                "have until " + pick(r, DAYS) + " to respond to", "plan to revisit", "asked for more time on",
                "will publish a revised version of", "raised new concerns about", "are still reviewing"});
        String tail = pick(r, new String[]{"", " in " + pick(r, MONTHS), " next week", " before the summer recess",
                ", according to " + pick(r, BODIES), " after the election", ", " + pick(r, new String[]{"he", "she",
                "a spokesperson", "one member"}) + " said"});
        return who + " " + did + " " + pick(r, TOPICS) + tail + ".";
    }

    static String storyParagraph(Random r) {
        int n = 2 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i > 0 ? " " : "").append(storySentence(r));
        return sb.toString();
    }

    /** A subhead worded like furniture over one or two of the story's paragraphs. */
    static Part furnitureSubhead(Random r) {
        String head = pick(r, FURN_HEADS);
        String tag = pick(r, new String[]{"h2", "h3", "h2", "h4", "p><strong", "p><b"});
        StringBuilder h = new StringBuilder(), g = new StringBuilder(head).append('\n');
        if (tag.startsWith("p")) {
            String t = tag.substring(3);
            h.append("<p><").append(t).append(">").append(esc(head)).append("</").append(t).append("></p>");
        } else h.append("<").append(tag).append(">").append(esc(head)).append("</").append(tag).append(">");
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            String p = storyParagraph(r);
            h.append("<p>").append(esc(p)).append("</p>");
            g.append(p).append('\n');
        }
        return new Part("subhead", h.toString(), g.toString().trim());
    }

    /** An editor's note, a correction or an update line. */
    static Part note(Random r) {
        String t = switch (r.nextInt(8)) {
            case 0 -> "Editor's note: This story has been updated to include a response from " + pick(r, BODIES) + ".";
            case 1 -> "Correction: An earlier version of this story misstated the cost of " + pick(r, TOPICS)
                    + ". It is $" + (2 + r.nextInt(40)) + " million, not $" + (41 + r.nextInt(50)) + " million.";
            case 2 -> "This story was updated at " + (1 + r.nextInt(12)) + ":" + (10 + r.nextInt(50)) + " p.m. "
                    + pick(r, DAYS) + " with comments from " + name(r) + ".";
            case 3 -> "Update, " + date(r) + ": " + storySentence(r);
            case 4 -> "Editor’s note: " + name(r) + " is a former member of " + pick(r, BODIES) + ".";
            case 5 -> "CORRECTION: A previous version of this article gave the wrong date for the hearing. It is on "
                    + pick(r, DAYS) + ".";
            case 6 -> "This article has been updated to reflect that " + storySentence(r).toLowerCase(Locale.ROOT);
            default -> "Clarification: " + storySentence(r);
        };
        String html = r.nextInt(3) == 0 ? "<p><em>" + esc(t) + "</em></p>"
                : r.nextBoolean() ? "<p>" + esc(t) + "</p>"
                : "<p class=\"" + pick(r, new String[]{"editor-note", "correction", "update-note", "note"}) + "\"><i>"
                + esc(t) + "</i></p>";
        return new Part("note", html, t);
    }

    /** A small data table: a header row and 3-5 rows. */
    static Part table(Random r) {
        int rows = 3 + r.nextInt(3);
        String[][] heads = {{"District", "Votes", "Share"}, {"Year", "Cases"}, {"School", "Enrolment", "Change"},
                {"Category", "2018", "2019"}, {"Candidate", "Votes"}};
        String[] head = heads[r.nextInt(heads.length)];
        StringBuilder h = new StringBuilder("<table" + (r.nextBoolean() ? " class=\"data-table\"" : "") + ">");
        StringBuilder g = new StringBuilder();
        boolean th = r.nextBoolean();
        h.append(th ? "<thead><tr>" : "<tr>");
        for (String c : head) h.append(th ? "<th>" : "<td><b>").append(c).append(th ? "</th>" : "</b></td>");
        h.append(th ? "</tr></thead><tbody>" : "</tr>");
        g.append(String.join(" ", head)).append('\n');
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < head.length; c++) {
                if (c == 0) cells.add(head[0].equals("Year") ? String.valueOf(2012 + i)
                        : head[0].equals("Candidate") ? name(r) : head[0].equals("Category")
                        ? pick(r, new String[]{"Housing", "Transport", "Parks", "Policing", "Schools", "Health"})
                        : pick(r, PLACES) + (head[0].equals("School") ? " Primary" : ""));
                else if (head[c].equals("Share") || head[c].equals("Change")) cells.add((1 + r.nextInt(60)) + "%");
                else cells.add(String.format(Locale.ROOT, "%,d", 100 + r.nextInt(50000)));
            }
            h.append("<tr>");
            for (String c : cells) h.append("<td>").append(esc(c)).append("</td>");
            h.append("</tr>");
            g.append(String.join(" ", cells)).append('\n');
        }
        h.append(th ? "</tbody></table>" : "</table>");
        String src = r.nextBoolean() ? "Source: " + pick(r, BODIES) : null;
        String pre = r.nextBoolean() ? "<p>" + esc("The figures, by " + head[0].toLowerCase(Locale.ROOT) + ":") + "</p>" : "";
        String gpre = pre.isEmpty() ? "" : "The figures, by " + head[0].toLowerCase(Locale.ROOT) + ":\n";
        // a table's source line is a credit the gold drops; the part keeps it out
        return new Part("table", pre + h, (gpre + g).trim());
    }

    static final String[] EVENTS = {"The council first proposes the plan.", "A lawsuit is filed in state court.",
            "The audit is published.", "Residents hold their first protest.", "The board votes 5-2 to proceed.",
            "Construction begins.", "The contract is signed.", "The governor orders a review.",
            "A judge halts the work.", "The agency's director resigns.", "The first complaints are made public.",
            "Lawmakers approve the funding.", "The company files for bankruptcy.", "The appeal is heard."};

    /** A timeline of dated lines, as paragraphs or list items, with a heading or a lead-in. */
    static Part timeline(Random r) {
        int n = 3 + r.nextInt(4);
        StringBuilder h = new StringBuilder(), g = new StringBuilder();
        String head = pick(r, new String[]{"Timeline", "How we got here", "Timeline of events", "A timeline:",
                "Key dates"});
        if (r.nextBoolean()) {
            h.append(r.nextBoolean() ? "<h3>" + esc(head) + "</h3>" : "<p><strong>" + esc(head) + "</strong></p>");
            g.append(head).append('\n');
        }
        boolean li = r.nextBoolean();
        int year = 2010 + r.nextInt(6);
        String sep = pick(r, new String[]{": ", " — ", " - ", ". "});
        if (li) h.append("<ul>");
        List<String> ev = new ArrayList<>(List.of(EVENTS));
        Collections.shuffle(ev, r);
        for (int i = 0; i < n; i++) {
            year += r.nextInt(2);
            String d = r.nextBoolean() ? MONTHS[r.nextInt(12)] + " " + year : MON[r.nextInt(12)] + " " + (1 + r.nextInt(28)) + ", " + year;
            boolean bold = r.nextBoolean();
            String lh = (bold ? "<strong>" + d + "</strong>" : d) + esc(sep + ev.get(i));
            h.append(li ? "<li>" : "<p>").append(lh).append(li ? "</li>" : "</p>");
            g.append(d).append(sep).append(ev.get(i)).append('\n');
        }
        if (li) h.append("</ul>");
        return new Part("timeline", h.toString(), g.toString().trim());
    }

    static final String[][] QA = {
            {"What does the plan do?", "It sets aside money for " + "repairs and caps rents for three years."},
            {"Who pays for it?", "Mostly the state, with the city covering about a fifth."},
            {"When does it start?", "Not before next spring, officials said."},
            {"Why did it take so long?", "The contract was rebid twice after complaints from bidders."},
            {"Is it legal?", "Two lawsuits argue it is not. A judge has yet to rule."},
            {"What happens if it fails?", "The money goes back to the general fund."},
            {"How many people are affected?", "About 12,000 households, according to the county."},
            {"Can I still apply?", "Yes, until the end of the month."}};

    /** A Q&A exchange: interviewer's questions and the answers, as Q:/A: lines, bold questions or names. */
    static Part qa(Random r) {
        int n = 2 + r.nextInt(3);
        List<String[]> qs = new ArrayList<>(List.of(QA));
        Collections.shuffle(qs, r);
        int shape = r.nextInt(3);
        String who = pick(r, LAST);
        StringBuilder h = new StringBuilder(), g = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String q = qs.get(i)[0], ans = qs.get(i)[1];
            if (shape == 0) {
                h.append("<p><strong>Q: ").append(esc(q)).append("</strong></p><p>A: ").append(esc(ans)).append("</p>");
                g.append("Q: ").append(q).append('\n').append("A: ").append(ans).append('\n');
            } else if (shape == 1) {
                h.append("<p><b>").append(esc(q)).append("</b></p><p>").append(esc(ans)).append("</p>");
                g.append(q).append('\n').append(ans).append('\n');
            } else {
                h.append("<p><strong>Reporter:</strong> ").append(esc(q)).append("</p><p><strong>").append(who)
                        .append(":</strong> ").append(esc(ans)).append("</p>");
                g.append("Reporter: ").append(q).append('\n').append(who).append(": ").append(ans).append('\n');
            }
        }
        return new Part("qa", h.toString(), g.toString().trim());
    }

    static final String[] FURN_CLASSES = {"related-content", "promo", "newsletter-body", "sidebar-text",
            "share-content", "ad-free-text", "comments-enabled", "related", "promo-block", "social-text",
            "teaser-body", "footer-note", "subscribe-free", "widget-text", "recirc-paragraph", "sponsor-text"};

    /** One or two of the story's paragraphs inside a container whose class names furniture. */
    static Part furnitureClass(Random r) {
        String cls = pick(r, FURN_CLASSES);
        int n = 1 + r.nextInt(2);
        StringBuilder h = new StringBuilder("<div class=\"" + cls + "\">"), g = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String p = storyParagraph(r);
            h.append("<p>").append(esc(p)).append("</p>");
            g.append(p).append('\n');
        }
        return new Part("class:" + cls, h.append("</div>").toString(), g.toString().trim());
    }

    static Part part(Random r, String kind) {
        return switch (kind) {
            case "linkpara" -> linkParagraph(r);
            case "list" -> linkedList(r);
            case "short" -> shortLines(r);
            case "subhead" -> furnitureSubhead(r);
            case "note" -> note(r);
            case "table" -> table(r);
            case "timeline" -> timeline(r);
            case "qa" -> qa(r);
            default -> furnitureClass(r);
        };
    }

    // ------------------------------------------------------------------ the page
    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        TunePages pages = TunePages.load(out, SEED);
        List<String> tune = pages.ids;
        StringBuilder manifest = new StringBuilder("id\thalf\tparts\n");
        StringBuilder goldOut = new StringBuilder();
        int made = 0, skipped = 0;
        for (String id : tune) {
            String half = pages.half(id);
            String html = TunePages.html(id);
            String[] g = pages.gold(id);
            for (int v = 1; v <= 2; v++) {
                Random r = new Random(SEED ^ (id.hashCode() * 31L + v));
                Document doc = Jsoup.parse(html, g[1]);
                List<String> ops = new ArrayList<>();
                String body = perturb(doc, g[0], r, ops);
                if (body == null) { skipped++; continue; }
                String did = id + "_v" + v;
                Files.writeString(out.resolve(half).resolve(did + ".html"), doc.outerHtml());
                manifest.append(did).append('\t').append(half).append('\t').append(String.join(",", ops)).append('\n');
                goldOut.append(did).append('\t').append(half).append('\t').append(body.replace("\t", " ")
                        .replace("\n", "\u2029")).append('\n');
                made++;
            }
        }
        Files.writeString(out.resolve("manifest.tsv"), manifest);
        Files.writeString(out.resolve("gold-out.tsv"), goldOut);
        System.err.println("made " + made + " skipped " + skipped);
    }

    static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /**
     * The JSON with {@code add} (JSON-escaped) put into its articleBody string: after the anchor paragraph's end
     * when the string holds it, at the string's end otherwise; the JSON unchanged when it has no articleBody.
     */
    static String addToArticleBody(String json, String anchor, String add) {
        int key = json.indexOf("\"articleBody\"");
        if (key < 0) return json;
        int open = json.indexOf('"', json.indexOf(':', key + 13) + 1);
        if (open < 0) return json;
        int close = open + 1;
        while (close < json.length() && json.charAt(close) != '"') close += json.charAt(close) == '\\' ? 2 : 1;
        if (close >= json.length()) return json;
        int at = close;
        if (anchor != null) {
            String tail = jsonText(anchor.length() > 40 ? anchor.substring(anchor.length() - 40) : anchor);
            int i = json.indexOf(tail, open);
            if (i > 0 && i < close) at = i + tail.length();
        } else at = open + 1;
        String piece = anchor == null ? add.substring(4) + "\\n\\n" : add;
        return json.substring(0, at) + piece + json.substring(at);
    }

    /** Adds 3-5 parts to the body and returns the new gold, or null when the body's paragraphs are not found. */
    static String perturb(Document doc, String body, Random r, List<String> ops) {
        TunePages.Story story = TunePages.Story.find(doc, body);
        if (story.container() == null || story.ps().size() < 3) return null;
        List<String> paras = story.paras();
        Element container = story.container();
        List<Element> ps = story.ps();
        // gold position of each container paragraph: its index in the gold's paragraphs
        List<Integer> at = new ArrayList<>();
        for (Element p : ps) at.add(paras.indexOf(TunePages.norm(p.text())));

        List<String> menu = new ArrayList<>(List.of("linkpara", "list", "short", "subhead", "note", "table",
                "timeline", "qa", "class", "linkpara", "list", "subhead", "class", "short"));
        Collections.shuffle(menu, r);
        int n = 3 + r.nextInt(3);
        // inserts: after container paragraph k (k = -1: before the first); gold after paragraph at(k)
        Map<Integer, List<Part>> afterGold = new TreeMap<>();
        for (String kind : new LinkedHashSet<>(menu.subList(0, n))) {
            Part p = part(r, kind);
            int where = r.nextInt(10);
            int k;
            if (kind.equals("note")) k = r.nextBoolean() ? -1 : ps.size() - 1; // notes sit at the top or the end
            else if (where == 0) k = ps.size() - 1; // at the end
            else k = r.nextInt(ps.size() - 1); // between two paragraphs
            Element anchor = k < 0 ? ps.get(0) : ps.get(k);
            if (k < 0) anchor.before(p.html());
            else {
                // after the anchor and after any part already put there, so the order matches the gold
                Node last = anchor;
                while (last.nextSibling() != null && last.nextSibling().hasAttr("data-hkeep")) last = last.nextSibling();
                Document frag = Jsoup.parseBodyFragment(p.html());
                List<Node> nodes = new ArrayList<>(frag.body().childNodes());
                Node after = last;
                for (Node nd : nodes) {
                    nd.attr("data-hkeep", "1");
                    after.after(nd);
                    after = nd;
                }
            }
            int goldIdx = k < 0 ? -1 : at.get(k);
            if (k >= 0 && goldIdx < 0) return null;
            afterGold.computeIfAbsent(goldIdx, x -> new ArrayList<>()).add(p);
            ops.add(p.kind() + "@" + (k < 0 ? "top" : k == ps.size() - 1 ? "end" : "p" + k));
        }
        for (Element e : doc.select("[data-hkeep]")) e.removeAttr("data-hkeep");
        // a page that states its article in JSON-LD states the added parts too, at their place when it can be found
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            String changed = json;
            for (Map.Entry<Integer, List<Part>> en : afterGold.entrySet()) {
                StringBuilder add = new StringBuilder();
                for (Part p : en.getValue()) add.append("\\n\\n").append(jsonText(p.gold()));
                changed = addToArticleBody(changed, en.getKey() < 0 ? null : paras.get(en.getKey()), add.toString());
            }
            if (!changed.equals(json)) {
                script.empty().appendChild(new DataNode(changed));
                ops.add("jsonld");
            }
        }
        StringBuilder g = new StringBuilder();
        for (Part p : afterGold.getOrDefault(-1, List.of())) g.append(p.gold()).append('\n');
        for (int i = 0; i < paras.size(); i++) {
            g.append(paras.get(i)).append('\n');
            for (Part p : afterGold.getOrDefault(i, List.of())) g.append(p.gold()).append('\n');
        }
        return g.toString().trim();
    }
}
