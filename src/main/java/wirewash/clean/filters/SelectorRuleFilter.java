package wirewash.clean.filters;

import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
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
 * Removes the blocks of HTML elements that a {@code selector} rule matches, or that sit inside one (a comments
 * section, a related-stories aside, a share bar). Does nothing on text dumps, whose blocks have no element.
 * A guard keeps a match that would take most of the page's prose with it (a "subscribe" class on the wrapper
 * of the whole article): that element is skipped, and the page gets a warning naming the rule. Rules limited to
 * some hosts (Adblock's {@code example.com##.promo}) apply when the page's URL is on one of them.
 */
public final class SelectorRuleFilter implements BlockFilter {
    /** A matched element holding more than this share of the page's prose words is not removed. */
    public static final double DEFAULT_MAX_PROSE_SHARE = 0.9;

    private final RuleSet rules;
    private final double maxProseShare;

    public SelectorRuleFilter(RuleSet rules) {
        this(rules, DEFAULT_MAX_PROSE_SHARE);
    }

    /** @param maxProseShare a matched element holding more than this share of the prose words is left alone */
    public SelectorRuleFilter(RuleSet rules, double maxProseShare) {
        this.rules = Validate.notNull(rules, "rules");
        this.maxProseShare = Validate.fraction(maxProseShare, "maxProseShare");
    }

    @Override
    public boolean process(Page page) {
        if (rules.of(RuleKind.SELECTOR).isEmpty()) return false;
        Map<Element, Rule> verdicts = new IdentityHashMap<>();
        Map<Element, Integer> prose = new IdentityHashMap<>();
        int total = 0;
        for (Block block : page.kept()) {
            if (block.element() == null || !block.has(Label.PROSE)) continue;
            int words = block.wordCount();
            total += words;
            for (Element e = block.element(); e != null; e = e.parent()) prose.merge(e, words, Integer::sum);
        }
        int limit = (int) (total * maxProseShare);
        List<Rule> applicable = new ArrayList<>();
        String host = host(page.metadata().url());
        for (Rule rule : rules.of(RuleKind.SELECTOR)) if (rule.appliesTo(host)) applicable.add(rule);
        boolean changed = false;
        Element root = null;
        for (Block block : page.kept()) {
            if (block.element() == null) continue;
            if (root == null) root = block.element().root();
            Rule rule = matching(block.element(), root, applicable, verdicts, prose, limit, page);
            if (rule != null) changed |= block.remove(rule.reason());
        }
        return changed;
    }

    /** The lower-case host of a URL, or null when there is none. */
    static String host(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            return host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The first selector rule matching the element or one of its ancestors; verdicts are memoised per element.
     * Selectors are evaluated against the page's root, found once ({@code Element.is} would walk up to it for
     * every element and rule).
     */
    private static Rule matching(Element element, Element root, List<Rule> applicable, Map<Element, Rule> verdicts,
                                 Map<Element, Integer> prose, int limit, Page page) {
        if (verdicts.containsKey(element)) return verdicts.get(element);
        Rule found = null;
        for (Rule rule : applicable) {
            if (rule.selector().matches(root, element)) {
                if (prose.getOrDefault(element, 0) > limit) {
                    page.warn("clean", "selector rule " + rule.origin() + " matched <" + element.normalName()
                            + "> holding most of the page's prose; not applied there");
                    continue;
                }
                found = rule;
                break;
            }
        }
        if (found == null && element.parent() != null) {
            found = matching(element.parent(), root, applicable, verdicts, prose, limit, page);
        }
        verdicts.put(element, found);
        return found;
    }
}
