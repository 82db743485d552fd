package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class BlockFeaturesTest {
    @Test
    void lendsAnEarlierPagesTallyAndRuleTextToABlockWithTheSameText() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("inline", "line share share this article\n"));
        BlockFeatures features = new BlockFeatures();
        Page first = Pages.text("Share this article\n\nThe council met on Tuesday to talk about the budget.\n");
        features.lend(first);
        Block made = first.blocks().get(0);
        assertThat(rules.firstMatch(wirewash.rules.RuleKind.LINE, made.ruleText())).isNotNull();
        made.stopwordTally();
        features.keep(first);

        Page second = Pages.text("Share this article\n\nA different story starts here with other words.\n");
        features.lend(second);

        assertThat(second.blocks().get(0).madeRuleText()).isSameAs(made.ruleText());
        assertThat(second.blocks().get(0).madeStopwordTally()).isSameAs(made.stopwordTally());
        assertThat(second.blocks().get(1).madeRuleText()).isNull();
    }

    @Test
    void lendsWhetherATextOnlyStampsATime() {
        BlockFeatures features = new BlockFeatures();
        Page first = Pages.text("Nov 18, 2019 at 9:10 am\n\nThe council met on Tuesday to talk about the budget.\n");
        assertThat(first.blocks().get(0).isTimestamp()).isTrue();
        assertThat(first.blocks().get(1).isTimestamp()).isFalse();
        features.keep(first);

        Page second = Pages.text("The council met on Tuesday to talk about the budget.\n\nNov 18, 2019 at 9:10 am\n");
        features.lend(second);

        assertThat(second.blocks().get(0).madeTimestamp()).isEqualTo((byte) 2);
        assertThat(second.blocks().get(1).madeTimestamp()).isEqualTo((byte) 1);
        assertThat(second.blocks().get(1).isTimestamp()).isTrue();
        assertThat(second.blocks().get(1).madeStopwordTally()).isNull();
    }

    @Test
    void keepsTextDumpsAndHtmlApartBecauseTheirRuleTextsReadDifferently() {
        BlockFeatures features = new BlockFeatures();
        Page dump = Pages.text("Share this article\n");
        dump.blocks().get(0).ruleText();
        features.keep(dump);

        Page html = Pages.html("<html><body><p>Share this article</p></body></html>");
        features.lend(html);

        assertThat(html.blocks()).allSatisfy(block -> assertThat(block.madeRuleText()).isNull());
    }

    @Test
    void forgetsTheOldGenerationButKeepsTextsMetAgain() {
        BlockFeatures features = new BlockFeatures(2);
        for (String text : List.of("one line here", "two line here", "three line here", "one line here",
                "four line here", "five line here")) {
            Page page = Pages.text(text + "\n");
            features.lend(page);
            page.blocks().get(0).stopwordTally();
            features.keep(page);
        }
        // generations of two: {one, two} went old when "three" came, and was forgotten when "four" came; "one", met
        // again in between, went young again, so it is old now beside "three"; "four" and "five" are young
        assertThat(lent(features, "two line here")).isFalse();
        assertThat(lent(features, "five line here")).isTrue();
        assertThat(lent(features, "four line here")).isTrue();
        assertThat(lent(features, "one line here")).isTrue();
    }

    @Test
    void refusesFeaturesOfAnotherText() {
        Block block = Block.line(0, "Share this article", 0);
        assertThatThrownBy(() -> block.adopt("Another text", null, null, (byte) 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCleanerGivesEachPageTheSameResultWhateverItCleanedBefore() throws IOException, RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        List<RawDocument> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                String id = file.getFileName().toString();
                seeds.add(new RawDocument(id, "seeds/" + id, Format.TEXT, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(seeds).hasSize(5);
        Cleaner shared = new Cleaner(rules);
        List<CleanDocument> forwards = new ArrayList<>();
        for (RawDocument seed : seeds) forwards.add(shared.clean(seed));
        // again, backwards, through the same cleaner: every page now meets texts that earlier pages made
        for (int i = seeds.size() - 1; i >= 0; i--) {
            CleanDocument fresh = new Cleaner(rules).clean(seeds.get(i));
            assertThat(shared.clean(seeds.get(i))).isEqualTo(fresh).isEqualTo(forwards.get(i));
        }
    }

    private static boolean lent(BlockFeatures features, String text) {
        Page page = Pages.text(text + "\n");
        features.lend(page);
        return page.blocks().get(0).madeStopwordTally() != null;
    }
}
