package wirewash.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import wirewash.eval.ClusterScore;
import wirewash.sink.Json;

/** {@code wirewash eval-clusters LABELS OUT}: scores a run's clusters against story labels. */
@Command(name = "eval-clusters", mixinStandardHelpOptions = true,
        description = {"Score OUT/docs.jsonl clusters against LABELS (labels.json: {id: story}): pairwise precision,",
                "recall, F1, adjusted Rand index, and clusters that join two or more labelled stories."})
final class EvalClustersCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LABELS", description = "labels.json as written by synth.")
    Path labels;

    @Parameters(index = "1", paramLabel = "OUT", description = "A run's output folder (or its docs.jsonl).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path docs = Files.isDirectory(out) ? out.resolve("docs.jsonl") : out;
        for (Path p : new Path[] {labels, docs}) {
            if (!Files.isRegularFile(p)) throw new wirewash.source.InputException(p + ": no such file");
        }
        ClusterScore score = ClusterScore.of(clusters(docs), labels(labels));
        System.out.printf(Locale.ROOT, "documents        %d%nprecision        %.4f%nrecall           %.4f%n"
                        + "f1               %.4f%nadjusted_rand    %.4f%nmixed_clusters   %d%n"
                        + "true_pairs       %d%npredicted_pairs  %d%n", score.documents(), score.precision(),
                score.recall(), score.f1(), score.adjustedRand(), score.mixedClusters(), score.truePairs(),
                score.predictedPairs());
        return ExitCodes.OK;
    }

    static Map<String, String> labels(Path file) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new wirewash.source.InputException(file + ": not an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                out.put(id, p.getValueAsString());
            }
        }
        return out;
    }

    static Map<String, String> clusters(Path docs) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode node = Json.mapper().readTree(line);
                JsonNode cluster = node.get("cluster");
                if (cluster != null && !cluster.isNull()) out.put(node.get("id").asText(), cluster.asText());
            }
        }
        return out;
    }
}
