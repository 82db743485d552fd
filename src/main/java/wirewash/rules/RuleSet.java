package wirewash.rules;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wirewash.internal.Validate;

/**
 * The boilerplate rules of a run, immutable, grouped by kind in the order they were written. The regex rules of
 * each kind are also compiled into one alternation, so that a block no rule matches — most blocks — is rejected
 * by one pass of the matcher instead of one per rule.
 */
public final class RuleSet {
    public static final RuleSet EMPTY = new RuleSet(List.of());

    private final List<Rule> all;
    private final Map<RuleKind, List<Rule>> byKind;
    private final Map<RuleKind, Pattern> combined;
    private final Map<RuleKind, RulePrefilter> prefilters;
    private final VerdictMemo memo = new VerdictMemo();

    public RuleSet(List<Rule> rules) {
        this.all = List.copyOf(Validate.notNull(rules, "rules"));
        Map<RuleKind, List<Rule>> grouped = new TreeMap<>();
        for (RuleKind kind : RuleKind.values()) grouped.put(kind, new ArrayList<>());
        for (Rule rule : all) grouped.get(rule.kind()).add(rule);
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byKind = Map.copyOf(grouped);
        Map<RuleKind, Pattern> alternations = new TreeMap<>();
        for (RuleKind kind : RuleKind.values()) {
            if (!kind.isRegex() || byKind.get(kind).size() < 2) continue;
            List<String> patterns = new ArrayList<>();
            for (Rule rule : byKind.get(kind)) patterns.add(rule.pattern());
            alternations.put(kind, RulePrefilter.alternation(patterns));
        }
        this.combined = Map.copyOf(alternations);
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
        Integer known = memo.get(kind, text);
        if (known != null) return known == VerdictMemo.NO_RULE ? null : byKind.get(kind).get(known);
        Rule found = match(kind, text);
        memo.put(kind, text, indexOf(kind, found));
        return found;
    }

    private int indexOf(RuleKind kind, Rule rule) {
        List<Rule> rules = byKind.get(kind);
        for (int i = 0; i < rules.size(); i++) if (rules.get(i) == rule) return i;
        return VerdictMemo.NO_RULE;
    }

    private Rule match(RuleKind kind, String text) {
        if (!prefilters.get(kind).mayMatch(text)) return null;
        Pattern any = combined.get(kind);
        if (any != null && !any.matches(text)) return null;
        for (Rule rule : byKind.get(kind)) if (rule.matches(text)) return rule;
        return null;
    }

    public int size() {
        return all.size();
    }
}
