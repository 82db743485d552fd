package wirewash.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirewash.clean.BatchFurniture;
import wirewash.clean.Cleaner;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;
import wirewash.source.MarkdownText;

/**
 * Quality gate, as trafilatura's eval gate: cleans the 181 benchmark pages (as text dumps and as HTML) with the
 * shipped rules and fails when F1 drops below the pinned floors. Prints the tuning and held-out figures.
 */
class ExtractionQualityTest {
    /**
     * Floors: the figures measured when they were pinned, less a small margin for harmless drift; the text floor
     * is the measured 0.961 less 0.01 (0.940 when 0.9505 was measured, 0.933 when 0.9430 was; it was the issue's
     * target, 0.93, when 0.9375 was); the HTML floor is the target, 0.975, now that 0.9764 is measured (it was 0.974 under 0.9748).
     */
    static final double TEXT_F1_FLOOR = 0.951;
    static final double HTML_F1_FLOOR = 0.975;
    /** How far below the same pages' text dumps Markdown input may score. */
    static final double MARKDOWN_MARGIN = 0.02;

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

    /**
     * Pages saved as Markdown (links, images, headings, lists, tables, hard wraps and escapes in the converters'
     * styles) clean as well as the same pages' text dumps, once read as dumps: within {@link #MARKDOWN_MARGIN} of
     * their F1 (measured 0.983 against 0.985 on its twelve pages when pinned; 0.977 against 0.978 on the sixty of
     * the set's half A).
     */
    @Test
    void markdownPagesCleanAsWellAsTheTextDumpsOfTheSamePages() {
        MarkdownText markdown = new MarkdownText();
        Map<String, String> fromMarkdown = new HashMap<>();
        Map<String, String> fromDumps = new HashMap<>();
        for (String id : Bench.markdownIds()) {
            String content = Bench.markdown(id);
            assertThat(markdown.looksLikeMarkdown(content)).as(id).isTrue();
            fromMarkdown.put(id, cleaner.clean(new RawDocument(id, id, Format.TEXT, markdown.decode(content))).text());
            fromDumps.put(id, cleaner.clean(new RawDocument(id, id, Format.TEXT, Bench.text(id))).text());
        }
        List<String> ids = Bench.markdownIds();
        double md = ExtractionScore.score(gold, fromMarkdown, ids).f1();
        double dumps = ExtractionScore.score(gold, fromDumps, ids).f1();
        System.out.printf("markdown: F1 %.4f on %d pages, their text dumps %.4f%n", md, ids.size(), dumps);
        assertThat(md).isGreaterThanOrEqualTo(dumps - MARKDOWN_MARGIN);
    }

    /**
     * A wire story runs in many outlets of one batch, so its lines recur in many documents, as a site's furniture
     * does. Every text page three times over in one batch (as three outlets running the same page): the batch's
     * furniture pass must not take the story's lines for furniture, so each copy scores as the page alone does.
     */
    @Test
    void textDumpsCleanAsWellWhenEachRunsInThreeDocumentsOfTheBatch() {
        BatchFurniture.Builder builder = BatchFurniture.builder();
        for (String id : Bench.ids(null)) {
            for (int copy = 0; copy < 3; copy++) {
                cleaner.countFurniture(new RawDocument(id + "-" + copy, id, Format.TEXT, Bench.text(id)), builder);
            }
        }
        BatchFurniture furniture = builder.build();
        assertThat(furniture.size()).as("the copies' lines are all repeated").isGreaterThan(1000);
        Map<String, String> predicted = clean(cleaner.withFurniture(furniture), Format.TEXT);
        report("text×3", predicted);
        double alone = ExtractionScore.score(gold, clean(cleaner, Format.TEXT), Bench.ids(null)).f1();
        assertThat(ExtractionScore.score(gold, predicted, Bench.ids(null)).f1()).isCloseTo(alone, within(0.002));
    }

    private static Map<String, String> clean(Format format) {
        return clean(cleaner, format);
    }

    private static Map<String, String> clean(Cleaner cleaner, Format format) {
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
            System.out.printf("quality %-6s %-7s %s%n", name, part == null ? "all" : part,
                    ExtractionScore.score(gold, predicted, ids));
        }
    }
}
