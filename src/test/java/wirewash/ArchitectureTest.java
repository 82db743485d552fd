package wirewash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core (model, clean, rules, dedup, and the generator and scorer) imports nothing from the runner's side. */
class ArchitectureTest {
    private static final List<String> OUTER = List.of("wirewash.cli", "wirewash.run", "wirewash.sink", "wirewash.state");

    @ParameterizedTest
    @ValueSource(strings = {"model", "clean", "rules", "dedup", "synth", "eval", "internal"})
    void corePackagesDoNotImportTheOuterLayers(String pkg) throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/wirewash", pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ") && OUTER.stream().anyMatch(o -> line.contains(o + "."))) {
                        offending.add(file + ": " + line);
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
