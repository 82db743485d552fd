package wirewash.clean.filters;

import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes a trailing section — a related-stories list, a comment box, a footer — from the block that a
 * {@code tail} rule matches to the end of the page. The rule counts only after the article has begun (enough
 * prose above it), so a "Latest news" link in the top navigation does not cut the article. A heading split
 * over the lines just above the match (no blank line between) goes with it.
 */
public final class TailRuleFilter implements BlockFilter {
    /** Prose blocks that must come before a tail heading for it to count. */
    public static final int DEFAULT_MIN_PROSE_BEFORE = 1;

    private final RuleSet rules;
    private final int minProseBefore;

    public TailRuleFilter(RuleSet rules) {
        this(rules, DEFAULT_MIN_PROSE_BEFORE);
    }

    public TailRuleFilter(RuleSet rules, int minProseBefore) {
        this.rules = Validate.notNull(rules, "rules");
        this.minProseBefore = Validate.atLeast(minProseBefore, 0, "minProseBefore");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int prose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (block.has(Label.PROSE)) prose++;
            Rule rule = prose >= minProseBefore ? rules.firstMatch(RuleKind.TAIL, block.text()) : null;
            if (rule == null) continue;
            block.label(Label.TAIL_START);
            Reason reason = rule.reason();
            removeHeadingAbove(blocks, i, reason);
            for (int j = i; j < blocks.size(); j++) blocks.get(j).remove(reason);
            return true;
        }
        return false;
    }

    private static void removeHeadingAbove(List<Block> blocks, int start, Reason reason) {
        int i = start;
        while (blocks.get(i).gapBefore() == 0 && i > 0) {
            Block above = blocks.get(i - 1);
            if (!above.isKept() || above.has(Label.PROSE)) return;
            above.remove(reason);
            i--;
        }
    }
}
