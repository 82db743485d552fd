import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The one-JVM A/B harness: how much CPU two builds spend cleaning the same pages, each build's jar in its own
 * class loader with its own rules, driven through the public facade ({@code Wirewash.withRules},
 * {@code Wirewash.clean}: what the runner does per page, without the batch's furniture or any file output).
 *
 * <pre>
 * java [-Dwarm=3 -Dchunk=20 -Dlimit=N -Dverbose=true] docs/measure/AB.java \
 *      BASE.jar NEW.jar DIR ROUNDS TEXT|HTML BASE_RULES NEW_RULES
 * </pre>
 *
 * DIR is a folder of pages ({@code .txt .md .html .htm}, also gzipped) or of JSON Lines files (one document a line
 * with a {@code text}, {@code markdown} or {@code html} field), read once into memory. A fresh {@code Wirewash} is
 * made per build per round (loading untimed), so nothing a round learns is carried into the next. Each round cleans
 * every page with both builds, alternating in chunks of {@code chunk} pages (order flipped every chunk, and every
 * round flips which build starts: A,B,B,A,…), so both builds meet the same load from other processes; chunk=0
 * alternates whole passes. The time is this thread's CPU time. The first {@code warm} rounds are untimed; the
 * report is the median of the per-round ratios NEW/BASE over the last two thirds of the timed rounds, with the
 * ratios' range. The first round also hashes every clean document of each build (its rules folder's name left out,
 * which a removal's origin holds) and says whether the two builds' outputs are identical.
 */
public final class AB {
    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: AB BASE.jar NEW.jar DIR ROUNDS TEXT|HTML BASE_RULES NEW_RULES");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[3]);
        String format = args[4].toUpperCase(Locale.ROOT);
        int warm = Integer.getInteger("warm", 2);
        int chunk = Integer.getInteger("chunk", 20);
        int limit = Integer.getInteger("limit", Integer.MAX_VALUE);
        boolean verbose = Boolean.getBoolean("verbose");

        List<String[]> pages = readPages(Path.of(args[2]), limit);
        System.out.printf("%d pages, %s, %d warm-up + %d timed rounds, chunks of %d%n",
                pages.size(), format, warm, rounds, chunk);
        Build base = new Build("base", Path.of(args[0]), Path.of(args[5]), format);
        Build next = new Build("new", Path.of(args[1]), Path.of(args[6]), format);

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < warm + rounds; round++) {
            Object baseCleaner = base.fresh();
            Object newCleaner = next.fresh();
            boolean hash = round == 0;
            MessageDigest baseHash = MessageDigest.getInstance("SHA-256");
            MessageDigest newHash = MessageDigest.getInstance("SHA-256");
            long baseNanos = 0, newNanos = 0;
            boolean newFirst = round % 2 == 1;
            int step = chunk <= 0 ? pages.size() : chunk;
            for (int from = 0, c = 0; from < pages.size(); from += step, c++) {
                int to = Math.min(pages.size(), from + step);
                boolean newHere = newFirst ^ (chunk > 0 && c % 2 == 1);
                for (int side = 0; side < 2; side++) {
                    boolean isNew = newHere ^ (side == 1);
                    Build b = isNew ? next : base;
                    Object cleaner = isNew ? newCleaner : baseCleaner;
                    MessageDigest digest = isNew ? newHash : baseHash;
                    long spent = 0;
                    for (int i = from; i < to; i++) {
                        long t0 = mx.getCurrentThreadCpuTime();
                        Object doc = b.clean(cleaner, pages.get(i)[0], pages.get(i)[1]);
                        spent += mx.getCurrentThreadCpuTime() - t0;
                        if (hash) digest.update(b.comparable(doc).getBytes(StandardCharsets.UTF_8));
                    }
                    if (isNew) newNanos += spent; else baseNanos += spent;
                }
            }
            if (hash) {
                String b = HexFormat.of().formatHex(baseHash.digest());
                String n = HexFormat.of().formatHex(newHash.digest());
                System.out.println(b.equals(n) ? "outputs identical" : "OUTPUTS DIFFER " + b.substring(0, 12)
                        + " " + n.substring(0, 12));
            }
            double ratio = (double) newNanos / baseNanos;
            boolean timed = round >= warm;
            if (timed) ratios.add(ratio);
            if (verbose || timed) {
                System.out.printf("round %2d%s base %.3f s new %.3f s ratio %.4f load %.1f%n", round,
                        timed ? "" : " (warm-up)", baseNanos / 1e9, newNanos / 1e9, ratio,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        List<Double> kept = ratios.subList(ratios.size() / 3, ratios.size());
        double[] sorted = kept.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf("median new/base over the last %d rounds: %.4f (rounds %.4f-%.4f)%n",
                sorted.length, median, sorted[0], sorted[sorted.length - 1]);
    }

    /** One build: its jar in a class loader of its own (parent: the platform loader) and its rules. */
    private static final class Build {
        final Method withRules;
        final Method clean;
        final Object format;
        final Path rules;

        Build(String name, Path jar, Path rules, String format) throws Exception {
            URLClassLoader loader = new URLClassLoader(name, new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> facade = Class.forName("wirewash.Wirewash", true, loader);
            Class<?> formats = Class.forName("wirewash.model.Format", true, loader);
            this.withRules = facade.getMethod("withRules", Path.class);
            this.clean = facade.getMethod("clean", String.class, String.class, formats);
            this.format = formats.getMethod("valueOf", String.class).invoke(null, format);
            this.rules = rules;
        }

        Object fresh() throws Exception {
            return withRules.invoke(null, rules);
        }

        /** The document as text, its rules' folder named alike for both builds (a removal's origin names it). */
        String comparable(Object doc) {
            return doc.toString().replace(rules.toAbsolutePath().toString(), "RULES").replace(rules.toString(), "RULES");
        }

        Object clean(Object wirewash, String id, String content) throws Exception {
            return clean.invoke(wirewash, id, content, format);
        }
    }

    /** Pages as {id, content}, in path order: files of a folder, or the lines of its JSON Lines files. */
    private static List<String[]> readPages(Path dir, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String[]> pages = new ArrayList<>();
        for (Path file : files) {
            if (pages.size() >= limit) break;
            String name = file.getFileName().toString();
            boolean gz = name.endsWith(".gz");
            String bare = gz ? name.substring(0, name.length() - 3) : name;
            int dot = bare.lastIndexOf('.');
            String ext = dot < 0 ? "" : bare.substring(dot + 1);
            String id = dot < 0 ? bare : bare.substring(0, dot);
            if (ext.equals("jsonl")) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file, gz),
                        StandardCharsets.UTF_8))) {
                    int n = 0;
                    for (String line; (line = in.readLine()) != null && pages.size() < limit; ) {
                        n++;
                        if (line.isBlank()) continue;
                        String content = jsonField(line, "text");
                        if (content == null) content = jsonField(line, "markdown");
                        if (content == null) content = jsonField(line, "html");
                        String lineId = jsonField(line, "id");
                        if (content != null) pages.add(new String[] {lineId != null ? lineId : id + "#" + n, content});
                    }
                }
            } else if (Arrays.asList("txt", "md", "markdown", "html", "htm").contains(ext)) {
                try (InputStream in = open(file, gz)) {
                    pages.add(new String[] {id, new String(in.readAllBytes(), StandardCharsets.UTF_8)});
                }
            }
        }
        return pages;
    }

    private static InputStream open(Path file, boolean gz) throws IOException {
        InputStream in = Files.newInputStream(file);
        return gz ? new GZIPInputStream(in) : in;
    }

    /** A string field of a flat JSON object, unescaped; null when absent or not a string. */
    static String jsonField(String json, String key) {
        String quoted = "\"" + key + "\"";
        int at = 0;
        while ((at = json.indexOf(quoted, at)) >= 0) {
            int i = at + quoted.length();
            while (i < json.length() && Character.isWhitespace(json.charAt(i))) i++;
            if (i < json.length() && json.charAt(i) == ':') {
                i++;
                while (i < json.length() && Character.isWhitespace(json.charAt(i))) i++;
                if (i >= json.length() || json.charAt(i) != '"') return null;
                StringBuilder out = new StringBuilder();
                for (i++; i < json.length(); i++) {
                    char ch = json.charAt(i);
                    if (ch == '"') return out.toString();
                    if (ch != '\\') { out.append(ch); continue; }
                    char e = json.charAt(++i);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> { out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16)); i += 4; }
                        default -> out.append(e);
                    }
                }
                return null;
            }
            at = i;
        }
        return null;
    }
}
