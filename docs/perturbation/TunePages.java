import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every jsoup generator of this folder starts from: the benchmark's tune pages (sorted ids from the project's
 * split), their halves A and B (a shuffle seeded by the generator's own seed, the first half A), each page's gold body
 * and URL (from {@code gold-tune.tsv}, which make_markup.sh writes into the set's folder), and each page's HTML.
 * Compiled with the generators by make_markup.sh.
 */
final class TunePages {
    /** The shared benchmark's pages and the project's split, as make_markup.sh names them. */
    static final Path HTML = Paths.get(System.getenv("WIREWASH_SHARED"), "bench/extraction/html");
    static final Path SPLIT = Paths.get(System.getenv("WIREWASH_SPLIT"));

    /** The tune pages' ids, sorted. */
    final List<String> ids;
    private final Set<String> halfA;
    private final Map<String, String[]> gold;

    private TunePages(List<String> ids, Set<String> halfA, Map<String, String[]> gold) {
        this.ids = ids;
        this.halfA = halfA;
        this.gold = gold;
    }

    /** Reads the split and {@code out/gold-tune.tsv}, and makes {@code out/A} and {@code out/B}. */
    static TunePages load(Path out, long seed) throws IOException {
        List<String> tune = new ArrayList<>();
        for (String l : Files.readAllLines(SPLIT)) {
            if (l.startsWith("#") || l.isBlank()) continue;
            String[] f = l.split("\\s+");
            if (f[1].equals("tune")) tune.add(f[0]);
        }
        Collections.sort(tune);
        List<String> shuffled = new ArrayList<>(tune);
        Collections.shuffle(shuffled, new Random(seed));
        Set<String> halfA = new HashSet<>(shuffled.subList(0, shuffled.size() / 2));
        Map<String, String[]> gold = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("gold-tune.tsv"))) {
            String[] f = l.split("\t", 3);
            gold.put(f[0], new String[]{f[2].replace("\u2029", "\n"), f[1]});
        }
        for (String h : new String[]{"A", "B"}) Files.createDirectories(out.resolve(h));
        return new TunePages(tune, halfA, gold);
    }

    boolean inA(String id) {
        return halfA.contains(id);
    }

    /** "A" or "B". */
    String half(String id) {
        return inA(id) ? "A" : "B";
    }

    /** The page's gold body (paragraphs one a line) and its URL ("" where the benchmark has none). */
    String[] gold(String id) {
        return gold.get(id);
    }

    /** The page's HTML, as the benchmark stores it. */
    static String html(String id) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(HTML.resolve(id + ".html.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Text with no-break spaces as spaces and white space runs as one space, trimmed. */
    static String norm(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** A gold body's paragraphs, normalised, blank ones dropped. */
    static List<String> paras(String body) {
        List<String> ps = new ArrayList<>();
        for (String p : body.split("\n+")) if (!norm(p).isEmpty()) ps.add(norm(p));
        return ps;
    }

    /**
     * A page's story as the generators find it in the DOM: its gold paragraphs (normalised, blank ones dropped), the
     * deepest element whose text is each of them (its first occurrence), and the parent holding most of those (a list
     * or table holding some is a part of the body, not its box) with its paragraph elements; the container is null,
     * and its paragraphs empty, where there is none or it is the page's {@code <body>}.
     */
    record Story(List<String> paras, List<Element> found, Element container, List<Element> ps) {
        static final Set<String> HOLDERS = Set.of("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote",
                "span", "section");
        static final Set<String> PARTS = Set.of("ul", "ol", "tr", "td", "tbody", "table", "dl");

        static Story find(Document doc, String body) {
            List<String> paras = TunePages.paras(body);
            Set<String> want = new HashSet<>(paras);
            List<Element> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Element e : doc.body().getAllElements()) {
                if (!HOLDERS.contains(e.normalName())) continue;
                String text = norm(e.text());
                if (!want.contains(text)) continue;
                boolean deeper = false;
                for (Element c : e.children()) if (norm(c.text()).equals(text)) { deeper = true; break; }
                if (deeper || !seen.add(text)) continue;
                found.add(e);
            }
            Map<Element, List<Element>> byParent = new LinkedHashMap<>();
            for (Element e : found) byParent.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            Element container = null;
            for (Map.Entry<Element, List<Element>> en : byParent.entrySet()) {
                if (PARTS.contains(en.getKey().normalName())) continue;
                if (container == null || en.getValue().size() > byParent.get(container).size()) container = en.getKey();
            }
            if (container == doc.body()) container = null;
            List<Element> ps = container == null ? List.of() : new ArrayList<>(byParent.get(container));
            return new Story(paras, found, container, ps);
        }
    }
}
