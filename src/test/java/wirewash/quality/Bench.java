package wirewash.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The benchmark copy in test resources: gold bodies, pages as text and HTML, and the fixed tune/holdout split. */
public final class Bench {
    public static final String ROOT = "/bench/";

    private Bench() {}

    public static Map<String, String> gold() {
        try (InputStream in = open("ground-truth.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> out = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of one part of the split: "tune", "holdout", or null for all. */
    public static List<String> ids(String part) {
        try (InputStream in = open("split.tsv")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (part == null || cols[1].equals(part)) out.add(cols[0]);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String id) {
        return gunzip("text/" + id + ".txt.gz");
    }

    /** Ids of the tuning pages that also come as Markdown ({@code markdown/ids.txt}). */
    public static List<String> markdownIds() {
        try (InputStream in = open("markdown/ids.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String markdown(String id) {
        return gunzip("markdown/" + id + ".md.gz");
    }

    public static String html(String id) {
        return gunzip("html/" + id + ".html.gz");
    }

    private static String gunzip(String name) {
        try (InputStream in = new GZIPInputStream(open(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Bench.class.getResourceAsStream(ROOT + name);
        if (in == null) throw new IOException("missing test resource " + ROOT + name);
        return in;
    }
}
