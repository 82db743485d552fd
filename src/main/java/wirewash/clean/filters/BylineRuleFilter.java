package wirewash.clean.filters;

import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes byline blocks ({@code byline} rules, e.g. "By Press Association") and keeps the first one's name,
 * the rule's first group, as the document's byline.
 */
public final class BylineRuleFilter implements BlockFilter {
    private final RuleSet rules;

    public BylineRuleFilter(RuleSet rules) {
        this.rules = Validate.notNull(rules, "rules");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            Rule rule = rules.firstMatch(RuleKind.BYLINE, block.ruleText());
            if (rule == null) continue;
            if (page.metadata().byline() == null) {
                // the name is read out only while the page has none: RE2J's match with groups is the dear one, and the
                // rule set keeps what it read from a line the site repeats on its pages
                String name = rules.firstGroup(rule, block.text());
                if (name != null && !name.isBlank()) page.setMetadata(page.metadata().withByline(name.strip()));
            }
            changed |= block.remove(rule.reason());
        }
        return changed;
    }
}
