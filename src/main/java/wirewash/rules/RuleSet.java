package wirewash.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wirewash.internal.Validate;

/**
 * The boilerplate rules of a run, immutable, grouped by kind in the order they were written. A block is matched
 * only against the rules of a kind that its {@link RulePrefilter} leaves in, so that a block no rule matches —
 * most blocks — is rejected without running RE2J at all.
 */
public final class RuleSet {
    public static final RuleSet EMPTY = new RuleSet(List.of());

    private final List<Rule> all;
    private final Map<RuleKind, List<Rule>> byKind;
    private final Map<RuleKind, RulePrefilter> prefilters;
    private final VerdictMemo memo = new VerdictMemo();

    public RuleSet(List<Rule> rules) {
        this.all = List.copyOf(Validate.notNull(rules, "rules"));
        Map<RuleKind, List<Rule>> grouped = new TreeMap<>();
        for (RuleKind kind : RuleKind.values()) grouped.put(kind, new ArrayList<>());
        for (Rule rule : all) grouped.get(rule.kind()).add(rule);
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byKind = Map.copyOf(grouped);
        Map<RuleKind, RulePrefilter> bounds = new TreeMap<>();
        for (RuleKind kind : RuleKind.values()) {
            bounds.put(kind, RulePrefilter.of(kind.isRegex() ? byKind.get(kind) : List.of()));
        }
        this.prefilters = Map.copyOf(bounds);
    }

    public List<Rule> all() {
        return all;
    }

    public List<Rule> of(RuleKind kind) {
        return byKind.get(kind);
    }

    /** The first rule of that kind matching the whole text, or null. */
    public Rule firstMatch(RuleKind kind, String text) {
        // The prefilter is cheaper than the memo and rules out most blocks; the memo keeps what RE2J decided.
        int[] candidates = prefilters.get(kind).candidates(text);
        if (candidates.length == 0) return null;
        Integer known = memo.get(kind, text);
        if (known != null) return known == VerdictMemo.NO_RULE ? null : byKind.get(kind).get(known);
        Rule found = match(kind, candidates, text);
        memo.put(kind, text, indexOf(kind, found));
        return found;
    }

    private int indexOf(RuleKind kind, Rule rule) {
        List<Rule> rules = byKind.get(kind);
        for (int i = 0; i < rules.size(); i++) if (rules.get(i) == rule) return i;
        return VerdictMemo.NO_RULE;
    }

    private Rule match(RuleKind kind, int[] candidates, String text) {
        List<Rule> rules = byKind.get(kind);
        for (int i : candidates) if (rules.get(i).matches(text)) return rules.get(i);
        return null;
    }

    public int size() {
        return all.size();
    }
}
