package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

/** The five seeds, cleaned with the shipped rules, give exactly their article paragraphs, block by block. */
class SeedCleaningTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Path RULES = Path.of("rules");

    @ParameterizedTest
    @ValueSource(strings = {"000_c8a5e1351f70358b", "001_03f5650bdb0a157d", "002_178392d2111f60cf",
            "003_e85821d50aa33e2c", "004_4bb2e4773e07fd08"})
    void keepsEveryArticleParagraphAndNothingElse(String id) throws IOException, RuleException {
        CleanDocument doc = clean(id);
        List<String> expected = Arrays.asList(resource("/seeds-expected/" + id + ".txt").strip().split("\n\n"));
        assertThat(doc.paragraphs()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c8a5e1351f70358b", "001_03f5650bdb0a157d", "002_178392d2111f60cf",
            "003_e85821d50aa33e2c", "004_4bb2e4773e07fd08"})
    void takesTheHeadlineAsTitle(String id) throws IOException, RuleException {
        Map<String, String> titles = resource("/seeds-expected/titles.tsv").lines()
                .map(l -> l.split("\t", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        assertThat(clean(id).metadata().title()).isEqualTo(titles.get(id));
    }

    static CleanDocument clean(String id) throws IOException, RuleException {
        RuleSet rules = RuleLoader.load(RULES);
        String content = Files.readString(SEEDS.resolve(id + ".txt"), StandardCharsets.UTF_8);
        return new Cleaner(rules).clean(new RawDocument(id, "seeds/" + id + ".txt", Format.TEXT, content));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeedCleaningTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
