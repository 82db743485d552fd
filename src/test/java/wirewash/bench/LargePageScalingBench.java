package wirewash.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import wirewash.clean.Cleaner;
import wirewash.clean.Page;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.quality.Bench;
import wirewash.rules.RuleLoader;

/**
 * Cleans single pages of doubling size, in shapes that make a filter walk far from a line (thousands of short
 * lines between few paragraphs, a tail heading every few lines, the benchmark's lines shuffled, thousands of
 * elements), and prints the time of each size and its ratio to the half size: about 2 means the cost grows with
 * the page, 4 or more that some filter compares lines with lines. A benchmark to run by hand, not a test (a
 * nightly job must not stall on one odd page of the 64 MB inputs accept). The pages are built from the seeds' words
 * and the tuning part's lines, with a fixed seed.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -Xmx8g -cp target/test-classes:target/classes:$(cat target/test.cp) wirewash.bench.LargePageScalingBench [doublings]
 * </pre>
 */
public final class LargePageScalingBench {
    static final int DEFAULT_DOUBLINGS = 4;
    static final int BASE_LINES = 50_000;
    static final long SEED = 20261204L;

    private LargePageScalingBench() {}

    public static void main(String[] args) throws Exception {
        int doublings = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_DOUBLINGS;
        Cleaner cleaner = new Cleaner(RuleLoader.load(Path.of("rules")));
        String seedText = java.nio.file.Files.readString(Path.of("seeds/000_c8a5e1351f70358b.txt"));
        String[] words = seedText.strip().split("\\s+");
        List<String> benchLines = new ArrayList<>();
        for (String id : Bench.ids("tune")) for (String line : Bench.text(id).split("\n")) benchLines.add(line);
        Random random = new Random(SEED);
        shape(cleaner, "short lines (1-5 words)", Format.TEXT, doublings,
                n -> lines(n, i -> words(random, words, 1 + random.nextInt(5))));
        shape(cleaner, "tail heading every 5th line", Format.TEXT, doublings,
                n -> lines(n, i -> i % 5 == 0 ? "Related stories" : words(random, words, 20) + "."));
        shape(cleaner, "title-like lines and paragraphs", Format.TEXT, doublings,
                n -> lines(n, i -> i % 3 == 0 ? words(random, words, 40) + "." : title(words(random, words, 6))));
        shape(cleaner, "the tuning pages' lines shuffled", Format.TEXT, doublings,
                n -> lines(n, i -> benchLines.get(random.nextInt(benchLines.size()))));
        shape(cleaner, "HTML: a div per line", Format.HTML, doublings, n -> "<html><body>"
                + lines(n / 2, i -> "<div class=\"c" + (i % 50) + "\"><span>" + words(random, words, 8)
                + "</span></div>") + "</body></html>");
        shape(cleaner, "HTML: a story, then a list of links", Format.HTML, doublings, n -> "<html><body><article><p>"
                + words(random, words, 300) + ".</p></article><ul>" + lines(n / 2, i -> "<li><a href=\"/s" + i
                + "\">" + words(random, words, 6) + "</a></li>") + "</ul></body></html>");
    }

    private static void shape(Cleaner cleaner, String name, Format format, int doublings, IntFunction<String> page) {
        clean(cleaner, format, page.apply(BASE_LINES / 10)); // compiles the filters' code first
        System.out.printf(Locale.ROOT, "%s%n", name);
        double previous = 0;
        for (int d = 0; d < doublings; d++) {
            int lines = BASE_LINES << d;
            String content = page.apply(lines);
            double ms = clean(cleaner, format, content);
            System.out.printf(Locale.ROOT, "  %,9d lines %8.1f MB %9.0f ms%s%n", lines, content.length() / 1e6, ms,
                    previous == 0 ? "" : String.format(Locale.ROOT, "   x%.1f", ms / previous));
            previous = ms;
        }
    }

    private static double clean(Cleaner cleaner, Format format, String content) {
        long start = System.nanoTime();
        Page page = cleaner.run(new RawDocument("page", "page", format, content));
        double ms = (System.nanoTime() - start) / 1e6;
        if (page.blocks().isEmpty()) throw new IllegalStateException("no blocks");
        return ms;
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(line.apply(i)).append('\n');
        return out.toString();
    }

    private static String words(Random random, String[] words, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        return out.toString();
    }

    private static String title(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
