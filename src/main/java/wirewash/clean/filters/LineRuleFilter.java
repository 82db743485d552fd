package wirewash.clean.filters;

import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/** Removes each block whose whole text matches a {@code line} rule, giving the rule's reason and file:line. */
public final class LineRuleFilter implements BlockFilter {
    private final RuleSet rules;

    public LineRuleFilter(RuleSet rules) {
        this.rules = Validate.notNull(rules, "rules");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            Rule rule = rules.firstMatch(RuleKind.LINE, block.ruleText());
            if (rule != null) changed |= block.remove(rule.reason());
        }
        return changed;
    }
}
