package wirewash.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import wirewash.internal.Validate;

/**
 * The boilerplate rules of a run, immutable, grouped by kind in the order they were written. A block is matched
 * only against the rules of a kind that its {@link RulePrefilter} leaves in, so that a block no rule matches —
 * most blocks — is rejected without running RE2J at all.
 */
public final class RuleSet {
    public static final RuleSet EMPTY = new RuleSet(List.of());
    /** Longest text whose first group is kept ({@link #firstGroup}), in chars: a byline is a short line. */
    static final int DEFAULT_MAX_GROUP_TEXT_CHARS = 160;
    /** Most texts whose first group is kept; once full, no more are taken (some 10 MB at most). */
    static final int DEFAULT_MAX_GROUP_ENTRIES = 20_000;

    private final List<Rule> all;
    private final Map<RuleKind, List<Rule>> byKind;
    /** Each kind's rules and prefilter at the kind's ordinal: looked up for every block. */
    private final List<Rule>[] rulesOf;
    /** Each kind's whole-text matches of its rules, at the kind's ordinal. */
    private final WholeMatches[] matchesOf;
    private final RulePrefilter[] prefilters;
    private final LiteralScan scan;
    private final VerdictMemo memo = new VerdictMemo();
    /**
     * Every kind's verdicts on short block texts: of texts matched as they stand, and of texts also matched without
     * the symbols at their ends (a text dump's line with an icon), whose verdicts can differ.
     */
    private final TextVerdicts plainVerdicts = new TextVerdicts(RuleKind.values().length);
    private final TextVerdicts bareVerdicts = new TextVerdicts(RuleKind.values().length);
    /** The same for paragraphs ({@link TextVerdicts#paragraphs}): a wire story's, printed by many outlets. */
    private final TextVerdicts plainParagraphs = TextVerdicts.paragraphs(RuleKind.values().length);
    private final TextVerdicts bareParagraphs = TextVerdicts.paragraphs(RuleKind.values().length);
    /**
     * The first group ({@link Rule#group}) of short texts, with the rule that read it: a site's byline line
     * ("By Jane Doe | Staff Writer") recurs on its pages, and RE2J's run with groups is the dear one.
     */
    private final ConcurrentHashMap<String, Group> groups = new ConcurrentHashMap<>();
    private final int maxGroupTextChars;
    private final int maxGroupEntries;

    /** A rule's first group of a text, null when it matched none (or did not match). */
    private record Group(Rule rule, String first) {
    }

    public RuleSet(List<Rule> rules) {
        this(rules, DEFAULT_MAX_GROUP_TEXT_CHARS, DEFAULT_MAX_GROUP_ENTRIES);
    }

    /**
     * @param maxGroupTextChars longest text whose first group {@link #firstGroup} keeps
     * @param maxGroupEntries   most texts it keeps the first group of
     */
    RuleSet(List<Rule> rules, int maxGroupTextChars, int maxGroupEntries) {
        this.maxGroupTextChars = Validate.atLeast(maxGroupTextChars, 0, "maxGroupTextChars");
        this.maxGroupEntries = Validate.atLeast(maxGroupEntries, 0, "maxGroupEntries");
        this.all = List.copyOf(Validate.notNull(rules, "rules"));
        Map<RuleKind, List<Rule>> grouped = new TreeMap<>();
        for (RuleKind kind : RuleKind.values()) grouped.put(kind, new ArrayList<>());
        for (Rule rule : all) grouped.get(rule.kind()).add(rule);
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byKind = Map.copyOf(grouped);
        RuleKind[] kinds = RuleKind.values();
        @SuppressWarnings("unchecked")
        List<Rule>[] lists = new List[kinds.length];
        this.rulesOf = lists;
        List<List<Rule>> regex = new ArrayList<>();
        this.matchesOf = new WholeMatches[kinds.length];
        for (RuleKind kind : kinds) {
            rulesOf[kind.ordinal()] = byKind.get(kind);
            matchesOf[kind.ordinal()] = new WholeMatches(byKind.get(kind));
            regex.add(kind.isRegex() ? byKind.get(kind) : List.of());
        }
        // one literal scan for every kind: a block asked about several kinds is scanned once (see RuleText)
        this.prefilters = RulePrefilter.shared(regex);
        this.scan = prefilters[0].scan();
    }

    public List<Rule> all() {
        return all;
    }

    public List<Rule> of(RuleKind kind) {
        return byKind.get(kind);
    }

    /** The first rule of that kind matching the whole text, or null. */
    public Rule firstMatch(RuleKind kind, String text) {
        return decide(kind, text, prefilters[kind.ordinal()].candidates(text));
    }

    /**
     * {@link #firstMatch(RuleKind, String)} of a block's text, whose literals (for all kinds at once) and verdicts
     * the {@link RuleText} keeps.
     */
    public Rule firstMatch(RuleKind kind, RuleText text) {
        if (text.knows(this, kind)) return text.verdict(kind);
        // a text seen before on this or another page: its verdict kept under the text, with no scan
        int[] slots = text.slots(verdictsOf(text));
        int slot = slots == null ? TextVerdicts.UNKNOWN : slots[kind.ordinal()];
        if (slot != TextVerdicts.UNKNOWN) {
            Rule kept = slot == TextVerdicts.NO_RULE ? null : rulesOf[kind.ordinal()].get(slot - 2);
            text.keep(kind, kept);
            return kept;
        }
        String value = text.text();
        if (text.found() == null) {
            int from = -1;
            for (RulePrefilter prefilter : prefilters) {
                int start = prefilter.scanStart(value, text.codePoints());
                if (start >= 0) from = from < 0 ? start : Math.min(from, start);
            }
            text.found(from < 0 ? LiteralScan.Found.NONE : scan.scan(value, from));
        }
        Rule rule = decide(kind, value, prefilters[kind.ordinal()].candidates(value, text.codePoints(), text.found()));
        if (rule == null && text.bare() != null) rule = firstMatch(kind, text.bare());
        text.keep(kind, rule);
        if (slots != null) {
            int index = indexOf(kind, rule);
            slots[kind.ordinal()] = index == VerdictMemo.NO_RULE ? TextVerdicts.NO_RULE : index + 2;
        }
        return rule;
    }

    /** The store that keeps the verdicts on this text, by its length and whether it is also matched bare. */
    private TextVerdicts verdictsOf(RuleText text) {
        if (text.bare() != null) return bareParagraphs.keeps(text.text().length()) ? bareParagraphs : bareVerdicts;
        return plainParagraphs.keeps(text.text().length()) ? plainParagraphs : plainVerdicts;
    }

    /**
     * {@link Rule#group} of one of this set's rules: the rule's first group when it matches the whole text, else null.
     * Kept for short texts, with the rule that read it (a text read by another rule is read again; a rule of another
     * set is read and not kept); a group depends on the rule and the text alone, so what is kept, and which thread
     * kept it, changes no result. Thread-safe.
     */
    public String firstGroup(Rule rule, String text) {
        Validate.notNull(rule, "rule");
        Validate.notNull(text, "text");
        // a rule of another set is read, not kept: what a set keeps stays its own (EMPTY's too)
        if (text.length() > maxGroupTextChars || indexOf(rule.kind(), rule) == VerdictMemo.NO_RULE) {
            return rule.group(text);
        }
        Group kept = groups.get(text);
        if (kept != null && kept.rule() == rule) return kept.first();
        String first = rule.group(text);
        if (kept == null && groups.size() < maxGroupEntries) groups.putIfAbsent(text, new Group(rule, first));
        return first;
    }

    /** How many texts {@link #firstGroup} keeps the group of. */
    int groupsKept() {
        return groups.size();
    }

    /** The first rule among the candidates that matches the whole text, or null. */
    private Rule decide(RuleKind kind, String text, int[] candidates) {
        // The prefilter is cheaper than the memo and rules out most blocks; the memo keeps what RE2J decided.
        if (candidates.length == 0) return null;
        Integer known = memo.get(kind, text);
        if (known != null) return known == VerdictMemo.NO_RULE ? null : rulesOf[kind.ordinal()].get(known);
        Rule found = match(kind, candidates, text);
        memo.put(kind, text, indexOf(kind, found));
        return found;
    }

    private int indexOf(RuleKind kind, Rule rule) {
        List<Rule> rules = rulesOf[kind.ordinal()];
        for (int i = 0; i < rules.size(); i++) if (rules.get(i) == rule) return i;
        return VerdictMemo.NO_RULE;
    }

    private Rule match(RuleKind kind, int[] candidates, String text) {
        List<Rule> rules = rulesOf[kind.ordinal()];
        WholeMatches matches = matchesOf[kind.ordinal()];
        for (int i : candidates) if (matches.matches(i, text)) return rules.get(i);
        return null;
    }

    public int size() {
        return all.size();
    }
}
