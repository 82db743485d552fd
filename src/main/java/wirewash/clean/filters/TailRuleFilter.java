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
 * over the lines just above the match (no blank line between) goes with it. On HTML pages, where the main
 * content step has already cut the page down to its article, a tail heading inside it is often an inline
 * "Related:" box, so {@code stopAtProse} ends the removed section at the next prose paragraph.
 */
public final class TailRuleFilter implements BlockFilter {
    /** Prose blocks that must come before a tail heading for it to count. */
    public static final int DEFAULT_MIN_PROSE_BEFORE = 1;

    private final RuleSet rules;
    private final int minProseBefore;
    private final boolean stopAtProse;

    public TailRuleFilter(RuleSet rules) {
        this(rules, DEFAULT_MIN_PROSE_BEFORE, false);
    }

    /**
     * @param minProseBefore prose blocks that must come before a tail heading for it to count
     * @param stopAtProse    true to end the removed section at the next prose block instead of the page's end
     */
    public TailRuleFilter(RuleSet rules, int minProseBefore, boolean stopAtProse) {
        this.rules = Validate.notNull(rules, "rules");
        this.minProseBefore = Validate.atLeast(minProseBefore, 0, "minProseBefore");
        this.stopAtProse = stopAtProse;
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int prose = 0;
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            if (block.has(Label.PROSE)) prose++;
            Rule rule = prose >= minProseBefore ? rules.firstMatch(RuleKind.TAIL, block.text()) : null;
            if (rule == null) continue;
            block.label(Label.TAIL_START);
            Reason reason = rule.reason();
            removeHeadingAbove(blocks, i, reason);
            if (!stopAtProse) {
                for (int j = i; j < blocks.size(); j++) blocks.get(j).remove(reason);
                return true;
            }
            block.remove(reason);
            changed = true;
            while (i + 1 < blocks.size() && !blocks.get(i + 1).has(Label.PROSE)) blocks.get(++i).remove(reason);
        }
        return changed;
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
