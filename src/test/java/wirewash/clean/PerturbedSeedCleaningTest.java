package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;

/**
 * The seeds clean to the same paragraphs when their furniture is perturbed the way other sites lay out the same
 * furniture: the short lines above the article (menus, section names, share buttons) repeated, reordered or set in
 * another case, and the short lines below it (tail headings, link lists) repeated or set in another case. A
 * filter that keys on one site's exact layout fails here.
 */
class PerturbedSeedCleaningTest {
    /** Lines of at most this many words count as furniture lines to perturb. */
    private static final int SHORT_LINE_WORDS = 3;

    @ParameterizedTest
    @ValueSource(strings = {"000_c8a5e1351f70358b", "001_03f5650bdb0a157d", "002_178392d2111f60cf",
            "003_e85821d50aa33e2c", "004_4bb2e4773e07fd08"})
    void repeatedFurnitureLinesAboveTheArticleChangeNothing(String id) throws IOException, RuleException {
        assertCleansAsTheSeed(id, perturbAbove(id, line -> line + "\n" + line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c8a5e1351f70358b", "001_03f5650bdb0a157d", "002_178392d2111f60cf",
            "003_e85821d50aa33e2c", "004_4bb2e4773e07fd08"})
    void furnitureLinesAboveTheArticleInAnotherCaseChangeNothing(String id) throws IOException, RuleException {
        assertCleansAsTheSeed(id, perturbAbove(id, line -> line.toUpperCase(Locale.ROOT)));
        assertCleansAsTheSeed(id, perturbAbove(id, line -> line.toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c8a5e1351f70358b", "001_03f5650bdb0a157d", "002_178392d2111f60cf",
            "003_e85821d50aa33e2c", "004_4bb2e4773e07fd08"})
    void reorderedFurnitureLinesAboveTheArticleChangeNothing(String id) throws IOException, RuleException {
        // The short lines above the article trade places (each moves to the next one's place, the last to the
        // first's), across the blank lines and headline between them: a seed's short lines are never adjacent.
        List<String> lines = lines(id);
        int first = firstArticleLine(id, lines);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < first; i++) if (isShort(lines.get(i))) at.add(i);
        List<String> moved = new ArrayList<>();
        for (int i : at) moved.add(lines.get(i));
        Collections.rotate(moved, 1);
        List<String> out = new ArrayList<>(lines);
        for (int k = 0; k < at.size(); k++) out.set(at.get(k), moved.get(k));
        Assumptions.assumeTrue(!out.equals(lines), "fewer than two different short lines above the article");
        assertCleansAsTheSeed(id, String.join("\n", out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c8a5e1351f70358b", "001_03f5650bdb0a157d", "002_178392d2111f60cf",
            "003_e85821d50aa33e2c", "004_4bb2e4773e07fd08"})
    void repeatedOrRecasedLinesBelowTheArticleChangeNothing(String id) throws IOException, RuleException {
        assertCleansAsTheSeed(id, perturbBelow(id, line -> line + "\n" + line));
        assertCleansAsTheSeed(id, perturbBelow(id, line -> line.toUpperCase(Locale.ROOT)));
        // Sites that set their menus and share bars in lower case: no line may be taken for a sentence's rest.
        assertCleansAsTheSeed(id, perturbBelow(id, line -> line.toLowerCase(Locale.ROOT)));
    }

    private static void assertCleansAsTheSeed(String id, String content) throws IOException, RuleException {
        Cleaner cleaner = new Cleaner(RuleLoader.load(Path.of("rules")));
        List<String> paragraphs = cleaner.clean(new RawDocument(id, id + ".txt", Format.TEXT, content)).paragraphs();
        assertThat(paragraphs).containsExactlyElementsOf(expected(id));
    }

    private static String perturbAbove(String id, UnaryOperator<String> change) throws IOException {
        List<String> lines = lines(id);
        int first = firstArticleLine(id, lines);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.add(i < first && isShort(line) ? change.apply(line) : line);
        }
        return String.join("\n", out);
    }

    private static String perturbBelow(String id, UnaryOperator<String> change) throws IOException {
        List<String> lines = lines(id);
        Set<String> paragraphs = new HashSet<>(expected(id));
        int last = -1;
        for (int i = 0; i < lines.size(); i++) if (paragraphs.contains(lines.get(i).strip())) last = i;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.add(i > last && isShort(line) ? change.apply(line) : line);
        }
        return String.join("\n", out);
    }

    private static int firstArticleLine(String id, List<String> lines) throws IOException {
        Set<String> paragraphs = new HashSet<>(expected(id));
        for (int i = 0; i < lines.size(); i++) if (paragraphs.contains(lines.get(i).strip())) return i;
        throw new AssertionError("no expected paragraph found in seed " + id);
    }

    private static boolean isShort(String line) {
        int words = TextMeasure.wordCount(line);
        return words > 0 && words <= SHORT_LINE_WORDS;
    }

    private static List<String> lines(String id) throws IOException {
        return Arrays.asList(Files.readString(Path.of("seeds", id + ".txt"), StandardCharsets.UTF_8).split("\n", -1));
    }

    private static List<String> expected(String id) throws IOException {
        return Arrays.asList(SeedCleaningTest.resource("/seeds-expected/" + id + ".txt").strip().split("\n\n"));
    }
}
