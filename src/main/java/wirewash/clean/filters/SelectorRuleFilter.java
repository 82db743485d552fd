package wirewash.clean.filters;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes the blocks of HTML elements that a {@code selector} rule matches, or that sit inside one (a comments
 * section, a related-stories aside, a share bar). Does nothing on text dumps, whose blocks have no element.
 */
public final class SelectorRuleFilter implements BlockFilter {
    private final RuleSet rules;

    public SelectorRuleFilter(RuleSet rules) {
        this.rules = Validate.notNull(rules, "rules");
    }

    @Override
    public boolean process(Page page) {
        if (rules.of(RuleKind.SELECTOR).isEmpty()) return false;
        Map<Element, Rule> verdicts = new IdentityHashMap<>();
        boolean changed = false;
        for (Block block : page.kept()) {
            if (block.element() == null) continue;
            Rule rule = matching(block.element(), verdicts);
            if (rule != null) changed |= block.remove(rule.reason());
        }
        return changed;
    }

    /** The first selector rule matching the element or one of its ancestors; verdicts are memoised per element. */
    private Rule matching(Element element, Map<Element, Rule> verdicts) {
        if (verdicts.containsKey(element)) return verdicts.get(element);
        Rule found = null;
        for (Rule rule : rules.of(RuleKind.SELECTOR)) {
            if (element.is(rule.selector())) {
                found = rule;
                break;
            }
        }
        if (found == null && element.parent() != null) found = matching(element.parent(), verdicts);
        verdicts.put(element, found);
        return found;
    }
}
