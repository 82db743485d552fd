package wirewash.rules;

import com.google.re2j.MatchReach;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirewash.internal.Validate;

/**
 * Names, without running RE2J, the rules of a kind that could match the whole of a block, so that only those are
 * run: most blocks are prose or short lines that no rule matches, and RE2J's linear-time matcher is slow per
 * block. From RE2J's parse of each rule's top-level alternatives ({@link MatchReach}) it proves that an
 * alternative cannot match when the block is longer than the most it can match, when the block starts with an
 * ASCII character none of its matches starts with, or when the block lacks (case-folded) every string of a set
 * that each of its matches contains — found for all rules in one pass over the block. For an alternative
 * {@code .*X}, with X of at most L code points, those strings must occur in the block's last L code points
 * (and the one before, for {@code \b}). A rule passes when one of its alternatives does, and is then matched in
 * full: the prefilter only leaves out rules that could not match, so verdicts never change. A rule whose pattern
 * cannot be read always passes. Immutable and thread-safe.
 */
public final class RulePrefilter {
    private static final int[] NONE = new int[0];

    /** Each rule's alternatives, in rule order; a rule that cannot be read has one alternative passing all. */
    private final Alternative[][] rules;
    /** The rules with an alternative that needs no literal, and that alternative: all a block without one needs. */
    private final int[] literalFreeRules;
    private final Alternative[] literalFree;
    private final LiteralScan scan;

    /**
     * One top-level alternative of a rule.
     *
     * @param dotStar true for {@code .*X}: {@code length} then bounds X, where the literals must occur
     * @param length  most code points a match (of X, for dotStar) has; -1 when unbounded
     * @param starts  for each ASCII char, whether a match can start with it; null when not known
     * @param clauses ids (in the scan) of the sets of literals of each of which a match contains one
     */
    private record Alternative(boolean dotStar, long length, boolean[] starts, int[] clauses) {
        static final Alternative ANY = new Alternative(false, -1, null, new int[0]);
    }

    private RulePrefilter(Alternative[][] rules, LiteralScan scan) {
        this.rules = rules;
        this.scan = scan;
        List<Integer> free = new ArrayList<>();
        List<Alternative> alternatives = new ArrayList<>();
        for (int r = 0; r < rules.length; r++) {
            for (Alternative alternative : rules[r]) {
                if (alternative.clauses.length > 0) continue;
                free.add(r);
                alternatives.add(alternative);
            }
        }
        this.literalFreeRules = free.stream().mapToInt(Integer::intValue).toArray();
        this.literalFree = alternatives.toArray(new Alternative[0]);
    }

    /** The prefilter for a list of case-insensitive regex rules (of one kind). */
    public static RulePrefilter of(List<Rule> rules) {
        Validate.notNull(rules, "rules");
        Map<List<String>, Integer> ids = new LinkedHashMap<>();
        Alternative[][] alternatives = new Alternative[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<MatchReach.Branch> branches = reach(rules.get(r).pattern());
            if (branches == null) {
                alternatives[r] = new Alternative[] {Alternative.ANY};
                continue;
            }
            alternatives[r] = new Alternative[branches.size()];
            for (int b = 0; b < branches.size(); b++) {
                MatchReach.Branch branch = branches.get(b);
                int[] clauses = new int[branch.literals().size()];
                for (int c = 0; c < clauses.length; c++) {
                    clauses[c] = ids.computeIfAbsent(branch.literals().get(c), k -> ids.size());
                }
                alternatives[r][b] = new Alternative(branch.dotStar(), branch.length(), starts(branch.first()), clauses);
            }
        }
        return new RulePrefilter(alternatives, new LiteralScan(new ArrayList<>(ids.keySet())));
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
     * The indexes, ascending, of the rules that might match the whole of {@code text}; every rule that does is
     * among them.
     */
    public int[] candidates(String text) {
        LiteralScan.Found found = null;
        long codePoints = -1;
        int[] out = NONE;
        int count = 0;
        for (int r = 0; r < rules.length; r++) {
            for (Alternative alternative : rules[r]) {
                if (alternative.dotStar) {
                    if (found == null) {
                        found = scan.scan(text);
                        if (found.occurrences() == 0) return literalFreeCandidates(text, r, out, count);
                    }
                    if (!contains(found, alternative.clauses, tailStart(text, alternative.length))) continue;
                } else {
                    if (alternative.length >= 0 && text.length() > alternative.length) {
                        if (codePoints < 0) codePoints = text.codePointCount(0, text.length());
                        if (codePoints > alternative.length) continue;
                    }
                    if (!startsAsMatches(text, alternative.starts)) continue;
                    if (alternative.clauses.length > 0) {
                        if (found == null) {
                            found = scan.scan(text);
                            if (found.occurrences() == 0) return literalFreeCandidates(text, r, out, count);
                        }
                        if (!contains(found, alternative.clauses, 0)) continue;
                    }
                }
                if (count == out.length) out = Arrays.copyOf(out, Math.max(4, 2 * count));
                out[count++] = r;
                break;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /**
     * The candidates of {@link #candidates} for a text where no literal occurs, given those among the rules before
     * {@code from} ({@code out[0..count-1]}): from there on, only alternatives that need no literal can pass.
     */
    private int[] literalFreeCandidates(String text, int from, int[] out, int count) {
        for (int k = 0; k < literalFree.length; k++) {
            int r = literalFreeRules[k];
            if (r < from || (count > 0 && out[count - 1] == r)) continue;
            Alternative alternative = literalFree[k];
            if (alternative.length >= 0 && text.length() > alternative.length
                    && text.codePointCount(0, text.length()) > alternative.length) {
                continue;
            }
            if (!startsAsMatches(text, alternative.starts)) continue;
            if (count == out.length) out = Arrays.copyOf(out, Math.max(4, 2 * count));
            out[count++] = r;
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /** False when no rule can match the whole of {@code text}; true when one might. */
    public boolean mayMatch(String text) {
        return candidates(text).length > 0;
    }

    /** The ASCII chars, in either case, that are among the lower-case {@code first} chars; null for null. */
    private static boolean[] starts(String first) {
        if (first == null) return null;
        boolean[] starts = new boolean[128];
        for (char c = 0; c < 128; c++) starts[c] = first.indexOf(Character.toLowerCase(c)) >= 0;
        return starts;
    }

    private static boolean startsAsMatches(String text, boolean[] starts) {
        if (starts == null || text.isEmpty()) return true;
        char start = text.charAt(0);
        return start >= 128 || starts[start];
    }

    /** True when, for every clause, one of its literals occurs starting at {@code from} or later. */
    private static boolean contains(LiteralScan.Found found, int[] clauses, int from) {
        for (int clause : clauses) if (!found.occursFrom(clause, from)) return false;
        return true;
    }

    /**
     * Where the end of {@code text} starts that holds its last {@code reach} code points and at least one code
     * point before them (for {@code \b} at the start of the rest); 0 when {@code reach} is unbounded. A match of
     * {@code .*X} leaves X at most {@code reach} code points, so X's literals lie at or after this index.
     */
    static int tailStart(String text, long reach) {
        if (reach < 0) return 0;
        long cut = text.length() - 2 * reach - 2;
        return cut <= 0 ? 0 : (int) cut;
    }
}
