package wirewash.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirewash.model.Cluster;
import wirewash.model.ClusterMember;

/**
 * Writes clusters.jsonl: one line per cluster of two or more documents, with its canonical member and each
 * member's similarity and containment to it. Unique documents are not listed (docs.jsonl has their cluster).
 */
public final class ClustersJsonl {
    /** Fewest members a cluster needs to be listed. */
    public static final int MIN_MEMBERS = 2;

    private ClustersJsonl() {}

    public static void write(Path file, List<Cluster> clusters) throws IOException {
        AtomicFiles.write(file, out -> {
            for (Cluster cluster : clusters) {
                if (cluster.size() < MIN_MEMBERS) continue;
                out.write(Json.line(record(cluster)));
                out.write('\n');
            }
        });
    }

    public static Map<String, Object> record(Cluster cluster) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("cluster", cluster.id());
        rec.put("canonical", cluster.canonical());
        rec.put("size", cluster.size());
        List<Map<String, Object>> members = new ArrayList<>();
        for (ClusterMember member : cluster.members()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", member.id());
            m.put("similarity", Json.round(member.similarity()));
            m.put("containment", Json.round(member.containment()));
            members.add(m);
        }
        rec.put("members", members);
        return rec;
    }
}
