package wirewash.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wirewash.internal.Validate;
import wirewash.rules.RuleText;

/**
 * What blocks learnt about their texts on one worker's earlier pages, lent to the blocks of its next pages that have
 * the same text: their stopword tally, their rule text (the literal scan and the rules' verdicts) and whether they
 * only stamp a time. All are functions of the text alone (and of the format: a text dump's rule text also reads the line without its end
 * symbols), so a page's verdicts are the same whether they were made or lent. A batch repeats many block texts: a
 * site's menus, footers and related lists on each of its pages, a wire story's paragraphs in each outlet that runs
 * it.
 *
 * <p>Not thread-safe: one per worker thread. Bounded, in two generations: texts go into the young one; when it holds
 * {@code maxTexts} texts it becomes the old one and the old one is forgotten; a text found in the old one is
 * remembered again in the young one. So the texts a batch keeps meeting stay, and at most twice {@code maxTexts}
 * texts of each format are held, however large the batch.
 */
final class BlockFeatures {
    /** How many texts of each format one generation holds (each text's features take a few hundred bytes). */
    static final int DEFAULT_MAX_TEXTS = 1 << 15;

    private record Features(Stopwords.Tally tally, RuleText ruleText, byte timestamp) {}

    /** One format's two generations. */
    private static final class Generations {
        Map<String, Features> young = new HashMap<>();
        Map<String, Features> old = Map.of();
    }

    private final int maxTexts;
    private final Generations textDumps = new Generations();
    private final Generations html = new Generations();

    BlockFeatures() {
        this(DEFAULT_MAX_TEXTS);
    }

    BlockFeatures(int maxTexts) {
        this.maxTexts = Validate.atLeast(maxTexts, 1, "maxTexts");
    }

    /** Lends every block the features remembered for its text, before the page's chain runs. */
    void lend(Page page) {
        List<Block> blocks = page.blocks();
        if (blocks.isEmpty()) return;
        Generations known = of(blocks.get(0));
        if (known.young.isEmpty() && known.old.isEmpty()) return;
        for (Block block : blocks) {
            String text = block.text();
            Features features = known.young.get(text);
            if (features == null) {
                features = known.old.get(text);
                if (features != null) put(known, text, features);
            }
            if (features != null) block.adopt(text, features.tally(), features.ruleText(), features.timestamp());
        }
    }

    /** Remembers the features the page's blocks made for their (final) texts, after its chain ran. */
    void keep(Page page) {
        List<Block> blocks = page.blocks();
        if (blocks.isEmpty()) return;
        Generations known = of(blocks.get(0));
        for (Block block : blocks) {
            Stopwords.Tally tally = block.madeStopwordTally();
            RuleText ruleText = block.madeRuleText();
            byte timestamp = block.madeTimestamp();
            if (tally == null && ruleText == null && timestamp == 0) continue;
            Features before = known.young.get(block.text());
            if (before != null && (before.tally() != null || tally == null)
                    && (before.ruleText() != null || ruleText == null) && (before.timestamp() != 0 || timestamp == 0)) {
                continue;
            }
            put(known, block.text(), new Features(
                    tally != null ? tally : before == null ? null : before.tally(),
                    ruleText != null ? ruleText : before == null ? null : before.ruleText(),
                    timestamp != 0 ? timestamp : before == null ? 0 : before.timestamp()));
        }
    }

    private void put(Generations known, String text, Features features) {
        if (known.young.size() >= maxTexts) {
            known.old = known.young;
            known.young = new HashMap<>();
        }
        known.young.put(text, features);
    }

    private Generations of(Block block) {
        return block.element() == null ? textDumps : html;
    }
}
