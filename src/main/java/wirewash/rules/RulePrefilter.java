package wirewash.rules;

import com.google.re2j.MatchReach;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import wirewash.internal.Validate;

/**
 * Rejects, without running the rules of a kind over the whole text, a long block that none of them can match:
 * most blocks are prose paragraphs far longer than a rule line can match, and a rule starting with {@code .*}
 * keeps RE2J's linear-time matcher busy over every character of them. From RE2J's parse of each rule it proves
 * two bounds: alternatives of bounded length cannot match a block with more code points than the longest of them;
 * an alternative {@code .*X}, with X of at most L code points, matches a block without line breaks only if X
 * matches its last L code points — so those rules are run over a short tail of the block instead of all of it.
 * Rules with an alternative of any other unbounded shape are run over the whole block as before (anchored at the
 * start, they mostly fail within a few characters). A block that passes is then matched in full: the prefilter
 * only says no when no rule could say yes, so verdicts never change. Immutable and thread-safe.
 */
public final class RulePrefilter {
    /** The bounded and dot-star alternatives of the rules that have no other kind. */
    private final List<MatchReach.Branch> branches;
    /** Most code points the part after {@code .*} of a dot-star alternative can match. */
    private final long tailReach;
    /** The rules having a dot-star alternative (and no unbounded one), as one alternation; null when none. */
    private final Pattern tailRules;
    /** The rules with an alternative that cannot be bounded, as one alternation; null when none. */
    private final Pattern unboundedRules;

    private RulePrefilter(List<MatchReach.Branch> branches, long tailReach, Pattern tailRules,
                          Pattern unboundedRules) {
        this.branches = List.copyOf(branches);
        this.tailReach = tailReach;
        this.tailRules = tailRules;
        this.unboundedRules = unboundedRules;
    }

    /** The prefilter for a list of case-insensitive regex rules (of one kind). */
    public static RulePrefilter of(List<Rule> rules) {
        Validate.notNull(rules, "rules");
        long tailReach = 0;
        List<MatchReach.Branch> understood = new ArrayList<>();
        List<String> withTail = new ArrayList<>();
        List<String> unbounded = new ArrayList<>();
        for (Rule rule : rules) {
            List<MatchReach.Branch> branches = reach(rule.pattern());
            if (branches == null || branches.stream().anyMatch(b -> !b.bounded())) {
                unbounded.add(rule.pattern());
                continue;
            }
            understood.addAll(branches);
            boolean hasTail = false;
            for (MatchReach.Branch branch : branches) {
                if (branch.dotStar()) {
                    hasTail = true;
                    tailReach = Math.max(tailReach, branch.length());
                }
            }
            if (hasTail) withTail.add(rule.pattern());
        }
        return new RulePrefilter(understood, tailReach, alternation(withTail), alternation(unbounded));
    }

    /** The pattern's top-level alternatives, or null when RE2J's tree cannot be read (then nothing is assumed). */
    private static List<MatchReach.Branch> reach(String pattern) {
        try {
            return MatchReach.branches(pattern, true);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * The patterns as one case-insensitive alternation for whole-text matching, or null when there are none. The
     * leading {@code \A} changes no verdict of {@code matches} (a whole-text match starts at the start anyway),
     * but lets RE2J stop at the first character where every alternative has failed instead of stepping through
     * the rest of the text.
     */
    static Pattern alternation(List<String> patterns) {
        if (patterns.isEmpty()) return null;
        StringBuilder any = new StringBuilder();
        for (String pattern : patterns) any.append(any.length() == 0 ? "" : "|").append("(?:").append(pattern)
                .append(')');
        return Pattern.compile("\\A(?:" + any + ")", Pattern.CASE_INSENSITIVE);
    }

    /**
     * False when no rule can match the whole of {@code text}; true when one might (the caller then matches the
     * rules in full).
     */
    public boolean mayMatch(String text) {
        if (text.isEmpty() || text.indexOf('\n') >= 0) return true;
        if (unboundedRules != null && unboundedRules.matches(text)) return true;
        char start = text.charAt(0);
        int tailStart = tailStart(text, tailReach);
        boolean tailMayMatch = false;
        long codePoints = -1;
        for (MatchReach.Branch branch : branches) {
            if (branch.dotStar()) {
                tailMayMatch |= containsAll(text, branch.required(), tailStart);
                continue;
            }
            if (branch.first() != null && start < 128 && branch.first().indexOf(Character.toLowerCase(start)) < 0) {
                continue;
            }
            if (text.length() <= branch.length()) return true;
            if (codePoints < 0) codePoints = text.codePointCount(0, text.length());
            if (codePoints <= branch.length()) return true;
        }
        return tailMayMatch && tailRules.matches(tailStart == 0 ? text : text.substring(tailStart));
    }

    private static boolean containsAll(String text, String chars, int from) {
        for (int i = 0; i < chars.length(); i++) if (text.indexOf(chars.charAt(i), from) < 0) return false;
        return true;
    }

    /**
     * Where the end of {@code text} starts that holds its last {@code reach} code points and at least one code
     * point before them (so that {@code \b} at the start of the rest sees the same neighbour), never inside a
     * surrogate pair. Everything before it is matched by the {@code .*}, as the text has no line break.
     */
    static int tailStart(String text, long reach) {
        long cut = text.length() - 2 * reach - 2;
        if (cut <= 0) return 0;
        int start = (int) cut;
        if (Character.isLowSurrogate(text.charAt(start))) start--;
        return start;
    }
}
