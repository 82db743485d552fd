package wirewash.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wirewash.internal.Validate;
import wirewash.model.CleanDocument;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;
import wirewash.model.DocumentResult;
import wirewash.model.Metadata;
import wirewash.model.Problem;
import wirewash.model.RemovedBlock;

/**
 * Renders a run's documents and duplicate clusters as report.html, one self-contained page for editors: the
 * members of each duplicate cluster side by side, then every document with its kept paragraphs and its removed
 * blocks with their reasons.
 *
 * <p>The page loads nothing: its CSS and its few lines of script are inline, and a Content-Security-Policy
 * allows exactly those two and nothing else, so a scraped string that slipped through escaping still could not
 * load or run anything. Every string from the input is HTML-escaped. The output depends only on the arguments:
 * the same run renders to the same bytes.
 */
public final class ReportHtml {
    /** Removed blocks longer than this many characters are cut in the table; the full text is in its tooltip. */
    public static final int PREVIEW_CHARS = 300;
    /** A cluster with at least this many members is a duplicate cluster and shown side by side. */
    public static final int DUPLICATE_CLUSTER_SIZE = 2;
    /** Duplicate clusters shown with their members' texts; the rest are listed in clusters.jsonl only. */
    public static final int MAX_CLUSTERS_SHOWN = 500;
    /** Documents shown with kept and removed blocks; later ones get a one-line summary (failed ones always full). */
    public static final int MAX_DOCUMENTS_DETAILED = 1000;

    private static final String NO_TITLE = "(no title)";
    private static final String CLUSTER_ANCHOR = "cluster-";
    private static final String DOC_ANCHOR = "doc-";

    private static final String CSS = """
            :root{--fg:#1d1f23;--muted:#5f6670;--line:#d9dde3;--bg:#f4f5f7;--card:#fff;--accent:#1f5fbf;\
            --bad:#b42318;--bad-bg:#fef3f2;--warn:#8a5a00;--warn-bg:#fff8e6;--ok:#146c43;--ok-bg:#e8f5ee}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
            color:var(--fg);background:var(--bg)}
            a{color:var(--accent)}
            .top{background:var(--card);border-bottom:1px solid var(--line);padding:1rem 1.5rem}
            h1{font-size:1.4rem;margin:0}
            .generated{color:var(--muted);font-size:.85rem;margin:.1rem 0 0}
            .stats{display:flex;flex-wrap:wrap;gap:.6rem;margin:.8rem 0 0;padding:0;list-style:none}
            .stats li{border:1px solid var(--line);border-radius:6px;padding:.3rem .8rem;background:var(--bg);font-size:.85rem}
            .stats b{display:block;font-size:1.25rem;font-variant-numeric:tabular-nums}
            .stats li.bad{border-color:var(--bad);background:var(--bad-bg);color:var(--bad)}
            .alert{border:1px solid var(--bad);border-left-width:4px;background:var(--bad-bg);border-radius:6px;\
            padding:.5rem .9rem;margin:.8rem 0 0;max-width:110ch}
            .alert ul{margin:.3rem 0 0;padding-left:1.2rem}
            .toc{margin:.8rem 0 0;font-size:.9rem}
            .toc a{margin-right:1.2rem}
            main{padding:0 1.5rem 3rem}
            section>h2{font-size:1.15rem;margin:1.8rem 0 .8rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}
            .empty{color:var(--muted);font-style:italic}
            .cluster{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.7rem 1rem 1rem;\
            margin:0 0 1.2rem}
            .cluster>h3{font-size:1rem;margin:0 0 .6rem}
            .cluster>h3 .metric{font-weight:400}
            .members{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(20rem,60ch);gap:1rem;\
            overflow-x:auto;align-items:start;padding-bottom:.4rem}
            .member{border:1px solid var(--line);border-radius:6px;background:#fbfbfc;min-width:0}
            .member.canonical{border-color:var(--ok);border-top-width:3px}
            .member-head{padding:.5rem .8rem;border-bottom:1px solid var(--line);background:var(--card);border-radius:6px 6px 0 0}
            .member-title{font-weight:600;margin:.2rem 0;line-height:1.35}
            .id,.source,code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .id,.source{color:var(--muted);overflow-wrap:anywhere}
            .member-text{padding:0 .8rem;max-height:30rem;overflow-y:auto}
            .member-text p,.kept p{margin:.6rem 0;max-width:60ch;overflow-wrap:break-word}
            .badge{display:inline-block;font-size:.72rem;font-weight:600;line-height:1.5;padding:0 .5rem;\
            border:1px solid;border-radius:999px;white-space:nowrap;vertical-align:.1em}
            .badge.canonical{color:var(--ok);background:var(--ok-bg)}
            .badge.duplicate{color:var(--accent);background:#eef4fd}
            .badge.failed{color:var(--bad);background:var(--bad-bg)}
            .metric{color:var(--muted);font-size:.85rem;font-variant-numeric:tabular-nums}
            .tools{margin:0 0 .6rem}
            details.doc{background:var(--card);border:1px solid var(--line);border-radius:6px;margin:0 0 .45rem}
            details.doc.failed{border-color:var(--bad);border-left-width:4px}
            details.doc>summary{cursor:pointer;padding:.45rem .8rem}
            details.doc>summary>*{margin-right:.5rem}
            details.doc[open]>summary{border-bottom:1px solid var(--line)}
            .doc-title{font-weight:600}
            .doc-body{padding:.2rem 1rem 1rem}
            .doc-body h4{font-size:.9rem;margin:1rem 0 .3rem}
            dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font-size:.875rem;margin:.6rem 0}
            dl.meta dt{color:var(--muted)}
            dl.meta dd{margin:0;overflow-wrap:anywhere}
            .problems{list-style:none;margin:.6rem 0;padding:0}
            .problems li{border:1px solid;border-left-width:4px;border-radius:4px;padding:.3rem .7rem;margin:0 0 .3rem}
            .problems li.error{color:var(--bad);background:var(--bad-bg);font-weight:600}
            .problems li.warning{color:var(--warn);background:var(--warn-bg)}
            .counts{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem;margin:.3rem 0;padding:0}
            .counts li{font-size:.8rem;border:1px solid var(--line);border-radius:4px;padding:0 .4rem;background:var(--bg)}
            .kept{max-height:36rem;overflow-y:auto;border-left:3px solid var(--line);padding-left:.8rem}
            .table-wrap{overflow-x:auto}
            table.removed{border-collapse:collapse;width:100%;font-size:.84rem}
            table.removed th,table.removed td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;\
            vertical-align:top}
            table.removed th{background:var(--bg);font-weight:600}
            table.removed td.num{text-align:right;font-variant-numeric:tabular-nums}
            table.removed td.block-text{color:var(--muted);min-width:30ch;max-width:70ch;overflow-wrap:anywhere}
            :target{outline:3px solid #f5b400;outline-offset:2px}
            """;

    /** Opens a document's details when a link points at it; expands or collapses all documents. */
    private static final String SCRIPT = """
            function openTarget(){var t=document.getElementById(location.hash.slice(1));\
            if(t&&t.tagName==="DETAILS"){t.open=true;}}
            window.addEventListener("hashchange",openTarget);openTarget();
            document.querySelectorAll("button[data-open]").forEach(function(b){b.addEventListener("click",function(){\
            document.querySelectorAll("details.doc").forEach(function(d){d.open=b.dataset.open==="true";});});});
            """;

    /** Allows the inline style and script above, by hash, and nothing else: no loads of any kind. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS)
            + "'; script-src '" + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private ReportHtml() {}

    /** Renders the report and writes it to {@code file} atomically, as UTF-8. */
    public static void write(Path file, List<DocumentResult> docs, List<Cluster> clusters, ReportInfo info)
            throws IOException {
        Validate.notNull(file, "file");
        AtomicFiles.write(file, writer -> render(writer, docs, clusters, info));
    }

    /** Renders the report as a string. */
    public static String render(List<DocumentResult> docs, List<Cluster> clusters, ReportInfo info) {
        StringBuilder page = new StringBuilder();
        try {
            render(page, docs, clusters, info);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not throw", e);
        }
        return page.toString();
    }

    /**
     * Renders the report to {@code out}, one cluster or document at a time, so a large run need not fit in memory
     * as one string.
     *
     * @param docs     every document of the run, in the order to show them
     * @param clusters every cluster, in the order to show them; those with fewer than two members are not shown
     *                 as clusters
     * @param info     the title, generation time and counts for the head of the page
     */
    public static void render(Appendable out, List<DocumentResult> docs, List<Cluster> clusters, ReportInfo info)
            throws IOException {
        Validate.notNull(out, "out");
        Validate.notNull(docs, "docs");
        Validate.notNull(clusters, "clusters");
        Validate.notNull(info, "info");
        new Renderer(out, docs, clusters, info).render();
    }

    /** Whether the report shows this cluster as a group of duplicates. */
    static boolean isDuplicateCluster(Cluster cluster) {
        return cluster.size() >= DUPLICATE_CLUSTER_SIZE;
    }

    /** Escapes text for use in HTML content and in quoted attribute values; null becomes empty. */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (escaped != null) {
                if (replacement != null) escaped.append(replacement);
                else escaped.append(text.charAt(i));
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** The first {@code maxChars} characters of {@code text} and an ellipsis, never splitting a surrogate pair. */
    static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) return text;
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end) + "…";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** State of one rendering: the output, and the anchors of documents and duplicate clusters by id. */
    private static final class Renderer {
        private final Appendable out;
        private final List<DocumentResult> docs;
        private final List<Cluster> clusters;
        private final ReportInfo info;
        private final Map<String, Integer> docNumbers = new HashMap<>();
        private final DocumentIndex index;
        private final Map<String, Integer> clusterNumbers = new HashMap<>();
        /** Filled with one part of the page, then flushed to {@link #out}. */
        private final StringBuilder html = new StringBuilder();

        Renderer(Appendable out, List<DocumentResult> docs, List<Cluster> clusters, ReportInfo info) {
            this.out = out;
            this.docs = docs;
            this.clusters = clusters;
            this.info = info;
            this.index = DocumentIndex.of(docs);
            for (int i = 0; i < docs.size(); i++) docNumbers.putIfAbsent(index.id(i), i + 1);
            int number = 0;
            for (Cluster cluster : clusters) {
                if (isDuplicateCluster(cluster)) clusterNumbers.putIfAbsent(cluster.id(), ++number);
            }
        }

        void render() throws IOException {
            head();
            flush();
            html.append("<main>\n");
            clusterSection();
            documentSection();
            html.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
            flush();
        }

        private void flush() throws IOException {
            out.append(html);
            html.setLength(0);
        }

        private void head() {
            html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                    .append(escape(CONTENT_SECURITY_POLICY)).append("\">\n")
                    .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                    .append("<title>").append(escape(info.title())).append("</title>\n")
                    .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                    .append("<header class=\"top\">\n<h1>").append(escape(info.title())).append("</h1>\n");
            if (!info.generatedAt().isBlank()) {
                html.append("<p class=\"generated\">Generated ").append(escape(info.generatedAt())).append("</p>\n");
            }
            html.append("<ul class=\"stats\">\n");
            stat("documents", info.documents(), false);
            stat("failed", info.failed(), info.failed() > 0);
            stat("duplicate clusters", info.duplicateClusters(), false);
            stat("duplicates", info.duplicates(), false);
            html.append("</ul>\n");
            failedAlert();
            html.append("<nav class=\"toc\"><a href=\"#clusters\">Duplicate clusters</a>")
                    .append("<a href=\"#documents\">Documents</a></nav>\n</header>\n");
        }

        private void stat(String label, int value, boolean bad) {
            html.append(bad ? "<li class=\"bad\">" : "<li>").append("<b>").append(value).append("</b> ")
                    .append(escape(label)).append("</li>\n");
        }

        /** Lists failed documents and their errors at the top, where an editor cannot miss them. */
        private void failedAlert() {
            List<DocumentResult> failed = new java.util.ArrayList<>();
            for (int i = 0; i < docs.size(); i++) if (index.failed(i)) failed.add(docs.get(i));
            if (failed.isEmpty()) return;
            html.append("<div class=\"alert\" role=\"alert\"><strong>")
                    .append(escape(plural(failed.size(), "document", "documents"))).append(" failed</strong>\n<ul>\n");
            for (DocumentResult doc : failed) {
                html.append("<li>").append(docLink(doc.id())).append(": ");
                List<String> errors = doc.document().problems().stream().filter(Problem::isError)
                        .map(p -> escape(p.stage()) + ": " + escape(p.message())).toList();
                html.append(String.join("; ", errors)).append("</li>\n");
            }
            html.append("</ul>\n</div>\n");
        }

        private void clusterSection() throws IOException {
            html.append("<section id=\"clusters\">\n<h2>Duplicate clusters (").append(clusterNumbers.size())
                    .append(")</h2>\n");
            if (clusterNumbers.isEmpty()) html.append("<p class=\"empty\">No duplicate clusters in this run.</p>\n");
            int shown = 0;
            for (Cluster cluster : clusters) {
                if (!isDuplicateCluster(cluster)) continue;
                if (++shown > MAX_CLUSTERS_SHOWN) break;
                cluster(cluster);
                flush();
            }
            if (clusterNumbers.size() > MAX_CLUSTERS_SHOWN) {
                html.append("<p class=\"empty\">").append(clusterNumbers.size() - MAX_CLUSTERS_SHOWN)
                        .append(" more clusters are not shown here; clusters.jsonl lists every one.</p>\n");
            }
            html.append("</section>\n");
        }

        private void cluster(Cluster cluster) {
            html.append("<article class=\"cluster\" id=\"").append(clusterAnchor(cluster.id())).append("\">\n")
                    .append("<h3>Cluster ").append(clusterNumbers.get(cluster.id())).append(" <span class=\"metric\">")
                    .append(escape(plural(cluster.size(), "member", "members"))).append(" · canonical ")
                    .append("<span class=\"id\">").append(escape(cluster.canonical())).append("</span></span></h3>\n")
                    .append("<div class=\"members\">\n");
            for (ClusterMember member : cluster.members()) member(cluster, member);
            html.append("</div>\n</article>\n");
        }

        private void member(Cluster cluster, ClusterMember member) {
            boolean canonical = member.id().equals(cluster.canonical());
            Integer number = docNumbers.get(member.id());
            // looked up by position: the documents may be a spooled list, read one at a time
            DocumentResult doc = number == null ? null : docs.get(number - 1);
            html.append(canonical ? "<div class=\"member canonical\">\n" : "<div class=\"member\">\n")
                    .append("<div class=\"member-head\">\n<div class=\"id\">").append(docLink(member.id()))
                    .append("</div>\n");
            if (doc == null) {
                html.append("<p class=\"empty\">Not among this run's documents.</p>\n");
            } else {
                html.append("<div class=\"member-title\">").append(title(doc.document().metadata())).append("</div>\n")
                        .append("<div class=\"source\">").append(escape(doc.document().source())).append("</div>\n");
            }
            html.append("<div>");
            if (canonical) {
                html.append("<span class=\"badge canonical\">canonical</span>");
            } else {
                html.append("<span class=\"metric\">similarity ").append(decimal(member.similarity()))
                        .append(" · containment ").append(decimal(member.containment())).append("</span>");
            }
            html.append("</div>\n</div>\n");
            if (doc != null) {
                html.append("<div class=\"member-text\"").append(languageAttributes(doc.document())).append(">\n");
                paragraphs(doc.document());
                html.append("</div>\n");
            }
            html.append("</div>\n");
        }

        private void documentSection() throws IOException {
            html.append("<section id=\"documents\">\n<h2>Documents (").append(docs.size()).append(")</h2>\n");
            if (docs.isEmpty()) {
                html.append("<p class=\"empty\">No documents in this run.</p>\n");
            } else {
                html.append("<div class=\"tools\"><button type=\"button\" data-open=\"true\">Expand all</button> ")
                        .append("<button type=\"button\" data-open=\"false\">Collapse all</button></div>\n");
            }
            for (int i = 0; i < docs.size(); i++) {
                if (i < MAX_DOCUMENTS_DETAILED || index.failed(i)) document(docs.get(i), i + 1);
                else summaryLine(i);
                flush();
            }
            if (docs.size() > MAX_DOCUMENTS_DETAILED) {
                html.append("<p class=\"empty\">Documents after the first ").append(MAX_DOCUMENTS_DETAILED)
                        .append(" are listed without their blocks; docs.jsonl has them all, and ")
                        .append("<code>wirewash explain FILE</code> shows any one block by block.</p>\n");
            }
            html.append("</section>\n");
        }

        /** One line for a document past the detail limit: id, title, cluster, counts (from the index alone). */
        private void summaryLine(int i) {
            html.append("<div class=\"doc\" id=\"").append(DOC_ANCHOR).append(i + 1).append("\"><span class=\"id\">")
                    .append(escape(index.id(i))).append("</span> <span class=\"doc-title\">").append(title(index.title(i)))
                    .append("</span> <span class=\"metric\">")
                    .append(escape(plural(index.paragraphs(i), "paragraph", "paragraphs"))).append(" kept · ")
                    .append(escape(plural(index.removedBlocks(i), "block", "blocks"))).append(" removed</span></div>\n");
        }

        private void document(DocumentResult result, int number) {
            CleanDocument doc = result.document();
            boolean failed = result.failed();
            // Failed documents start open so that their errors show without a click.
            html.append("<details class=\"doc").append(failed ? " failed\" open" : "\"")
                    .append(" id=\"").append(DOC_ANCHOR).append(number).append("\">\n<summary>")
                    .append("<span class=\"id\">").append(escape(doc.id())).append("</span>")
                    .append("<span class=\"doc-title\">").append(title(doc.metadata())).append("</span>");
            if (failed) html.append("<span class=\"badge failed\">failed</span>");
            else if (result.duplicateOf() != null) html.append("<span class=\"badge duplicate\">duplicate</span>");
            else if (result.canonical() && clusterNumbers.containsKey(result.cluster())) {
                html.append("<span class=\"badge canonical\">canonical</span>");
            }
            html.append("<span class=\"metric\">")
                    .append(escape(plural(doc.paragraphs().size(), "paragraph", "paragraphs"))).append(" kept · ")
                    .append(escape(plural(doc.removed().size(), "block", "blocks"))).append(" removed</span>")
                    .append("</summary>\n<div class=\"doc-body\">\n");
            problems(doc);
            metadata(result);
            html.append("<h4>Kept paragraphs (").append(doc.paragraphs().size()).append(")</h4>\n");
            if (doc.paragraphs().isEmpty()) {
                html.append("<p class=\"empty\">None.</p>\n");
            } else {
                html.append("<div class=\"kept\"").append(languageAttributes(doc)).append(">\n");
                paragraphs(doc);
                html.append("</div>\n");
            }
            removed(doc);
            html.append("</div>\n</details>\n");
        }

        private void problems(CleanDocument doc) {
            if (doc.problems().isEmpty()) return;
            html.append("<ul class=\"problems\">\n");
            // Errors first: they are why the document has no text.
            for (Problem.Severity severity : List.of(Problem.Severity.ERROR, Problem.Severity.WARNING)) {
                for (Problem problem : doc.problems()) {
                    if (problem.severity() != severity) continue;
                    String kind = severity.name().toLowerCase(Locale.ROOT);
                    html.append("<li class=\"").append(kind).append("\">").append(kind).append(" in ")
                            .append(escape(problem.stage())).append(": ").append(escape(problem.message()))
                            .append("</li>\n");
                }
            }
            html.append("</ul>\n");
        }

        private void metadata(DocumentResult result) {
            CleanDocument doc = result.document();
            Metadata meta = doc.metadata();
            html.append("<dl class=\"meta\">\n");
            field("Cluster", clusterDescription(result));
            field("Source", escape(doc.source()));
            field("Format", escape(doc.format().label()));
            if (meta.site() != null) field("Site", escape(meta.site()));
            if (meta.byline() != null) field("Byline", escape(meta.byline()));
            if (meta.published() != null) field("Published", escape(meta.published()));
            // The URL is shown as text, not as a link: the report loads and links to nothing outside itself.
            if (meta.url() != null) field("URL", escape(meta.url()));
            if (meta.language() != null) field("Language", escape(meta.language()));
            html.append("</dl>\n");
        }

        private void field(String name, String valueHtml) {
            html.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
        }

        private String clusterDescription(DocumentResult result) {
            if (result.cluster() == null) return "<span class=\"empty\">none (not deduplicated)</span>";
            Integer number = clusterNumbers.get(result.cluster());
            if (number == null) return "<span class=\"id\">" + escape(result.cluster()) + "</span> (unique)";
            String link = "<a href=\"#" + clusterAnchor(result.cluster()) + "\">Cluster " + number + "</a>";
            if (result.duplicateOf() == null) return link + " · canonical";
            return link + " · duplicate of " + docLink(result.duplicateOf()) + " <span class=\"metric\">similarity "
                    + decimal(result.similarity()) + " · containment " + decimal(result.containment()) + "</span>";
        }

        private void removed(CleanDocument doc) {
            html.append("<h4>Removed blocks (").append(doc.removed().size()).append(")</h4>\n");
            if (doc.removed().isEmpty()) {
                html.append("<p class=\"empty\">None.</p>\n");
                return;
            }
            html.append("<ul class=\"counts\">\n");
            for (Map.Entry<String, Integer> count : doc.removedCounts().entrySet()) {
                html.append("<li><code>").append(escape(count.getKey())).append("</code> × ").append(count.getValue())
                        .append("</li>\n");
            }
            html.append("</ul>\n<div class=\"table-wrap\"><table class=\"removed\">\n<thead><tr><th>#</th>")
                    .append("<th>Reason</th><th>Origin</th><th>Detail</th><th>Text</th></tr></thead>\n<tbody>\n");
            for (RemovedBlock block : doc.removed()) {
                String text = block.text() == null ? "" : block.text();
                html.append("<tr><td class=\"num\">").append(block.index()).append("</td><td><code>")
                        .append(escape(block.reason().code())).append("</code></td><td><code>")
                        .append(escape(block.reason().origin())).append("</code></td><td>")
                        .append(escape(block.reason().detail())).append("</td><td class=\"block-text\"");
                String shown = truncate(text, PREVIEW_CHARS);
                if (!shown.equals(text)) html.append(" title=\"").append(escape(text)).append('"');
                html.append('>').append(escape(shown)).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }

        private void paragraphs(CleanDocument doc) {
            if (doc.paragraphs().isEmpty()) html.append("<p class=\"empty\">No text.</p>\n");
            for (String paragraph : doc.paragraphs()) html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }

        private String title(Metadata meta) {
            return title(meta.title());
        }

        private String title(String title) {
            return title == null || title.isBlank() ? "<span class=\"empty\">" + NO_TITLE + "</span>" : escape(title);
        }

        /** Declares the text's language, for hyphenation and fonts, and lets right-to-left text run its way. */
        private static String languageAttributes(CleanDocument doc) {
            String language = doc.metadata().language();
            String lang = language == null || language.isBlank() ? "" : " lang=\"" + escape(language) + "\"";
            return lang + " dir=\"auto\"";
        }

        private String docLink(String id) {
            Integer number = docNumbers.get(id);
            if (number == null) return "<span class=\"id\">" + escape(id) + "</span>";
            return "<a class=\"id\" href=\"#" + DOC_ANCHOR + number + "\">" + escape(id) + "</a>";
        }

        private String clusterAnchor(String clusterId) {
            return CLUSTER_ANCHOR + clusterNumbers.get(clusterId);
        }
    }
}
