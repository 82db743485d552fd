package wirewash.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirewash.clean.Cleaner;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

/**
 * Quality gate, as trafilatura's eval gate: cleans the 181 benchmark pages (as text dumps and as HTML) with the
 * shipped rules and fails when F1 drops below the pinned floors. Prints the tuning and held-out figures.
 */
class ExtractionQualityTest {
    /**
     * Floors: the figures measured when they were pinned, less a small margin for harmless drift; the text floor
     * is the measured 0.9430 less 0.01 (it was the target, 0.93, when 0.9375 was measured); the HTML floor
     * is just under the measured 0.9748.
     */
    static final double TEXT_F1_FLOOR = 0.933;
    static final double HTML_F1_FLOOR = 0.974;

    private static Map<String, String> gold;
    private static Cleaner cleaner;

    @BeforeAll
    static void load() throws Exception {
        gold = Bench.gold();
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        cleaner = new Cleaner(rules);
    }

    @Test
    void textDumpsStayAboveTheFloor() {
        Map<String, String> predicted = clean(Format.TEXT);
        report("text", predicted);
        assertThat(ExtractionScore.score(gold, predicted, Bench.ids(null)).f1()).isGreaterThanOrEqualTo(TEXT_F1_FLOOR);
    }

    @Test
    void htmlPagesStayAboveTheFloor() {
        Map<String, String> predicted = clean(Format.HTML);
        report("html", predicted);
        assertThat(ExtractionScore.score(gold, predicted, Bench.ids(null)).f1()).isGreaterThanOrEqualTo(HTML_F1_FLOOR);
    }

    private static Map<String, String> clean(Format format) {
        Map<String, String> out = new HashMap<>();
        for (String id : Bench.ids(null)) {
            String content = format == Format.HTML ? Bench.html(id) : Bench.text(id);
            out.put(id, cleaner.clean(new RawDocument(id, id, format, content)).text());
        }
        return out;
    }

    private static void report(String name, Map<String, String> predicted) {
        for (String part : new String[] {null, "tune", "holdout"}) {
            List<String> ids = Bench.ids(part);
            System.out.printf("quality %-4s %-7s %s%n", name, part == null ? "all" : part,
                    ExtractionScore.score(gold, predicted, ids));
        }
    }
}
