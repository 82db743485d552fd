package wirewash.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes run.json: what a run did — counts, timings per stage, per-file errors and warnings — indented. */
public final class RunJson {
    private RunJson() {}

    public static void write(Path file, Map<String, Object> summary) throws IOException {
        AtomicFiles.write(file, out -> {
            out.write(Json.pretty(summary));
            out.write('\n');
        });
    }
}
