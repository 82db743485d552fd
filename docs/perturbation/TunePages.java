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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

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
}
