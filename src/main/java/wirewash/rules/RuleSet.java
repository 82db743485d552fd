package wirewash.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wirewash.internal.Validate;

/** The boilerplate rules of a run, immutable, grouped by kind in the order they were written. */
public final class RuleSet {
    public static final RuleSet EMPTY = new RuleSet(List.of());

    private final List<Rule> all;
    private final Map<RuleKind, List<Rule>> byKind;

    public RuleSet(List<Rule> rules) {
        this.all = List.copyOf(Validate.notNull(rules, "rules"));
        Map<RuleKind, List<Rule>> grouped = new TreeMap<>();
        for (RuleKind kind : RuleKind.values()) grouped.put(kind, new ArrayList<>());
        for (Rule rule : all) grouped.get(rule.kind()).add(rule);
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byKind = Map.copyOf(grouped);
    }

    public List<Rule> all() {
        return all;
    }

    public List<Rule> of(RuleKind kind) {
        return byKind.get(kind);
    }

    /** The first rule of that kind matching the whole text, or null. */
    public Rule firstMatch(RuleKind kind, String text) {
        for (Rule rule : byKind.get(kind)) if (rule.matches(text)) return rule;
        return null;
    }

    public int size() {
        return all.size();
    }
}
