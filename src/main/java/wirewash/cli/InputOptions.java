package wirewash.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The --in and --threads options shared by the batch commands. */
public final class InputOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). Output does not depend on it.")
    Integer threads;

    int threads() {
        return threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    static List<Path> paths(List<String> values) {
        return values.stream().map(Path::of).toList();
    }
}
