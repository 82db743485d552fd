package wirewash.rules;

import com.google.re2j.MatchReach;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirewash.internal.Validate;

/**
 * Names, without running RE2J, the rules of a kind that could match the whole of a block, so that only those are run:
 * most blocks are prose or short lines that no rule matches, and RE2J's linear-time matcher is slow per block. From
 * RE2J's parse of each rule's top-level alternatives ({@link MatchReach}) it proves that an alternative cannot match
 * when the block is longer than the most it can match, when the block starts with an ASCII character none of its
 * matches starts with or ends with one none of them ends with (a headline's date, "… | 3 hours ago", ends no sentence:
 * a paragraph's full stop rules the rule out), when the block holds an ASCII character no match of it contains (a rule
 * of capitals, and a block with a lower-case letter), or when the block lacks (case-folded) every string of a set that
 * each of its matches contains — found for all rules in one pass over the block. For an alternative {@code .*X}, with
 * X of at most L code points, those strings must occur in the block's last L code points (and the one before, for
 * {@code \b}); so must, for any alternative, what every match of its bounded end holds ({@link MatchReach.Tail}: the
 * credit's slash of {@code [^"]{10,250}[.!?] ?/ ?\p{Lu}[a-z ]{1,40}} in the block's last 43), so that a long line
 * with a slash or a date early on is not run through RE2J. A rule passes when one of its alternatives does, and is then matched in full: the prefilter only leaves
 * out rules that could not match, so verdicts never change. A rule whose pattern cannot be read always passes.
 * Immutable and thread-safe.
 */
public final class RulePrefilter {
    private static final int[] NONE = new int[0];

    /** Each rule's alternatives, in rule order; a rule that cannot be read has one alternative passing all. */
    private final Alternative[][] rules;
    /**
     * The alternatives that need no literal, or only lazy ones ({@link LiteralScan#isLazy}), in rule order: all
     * a block without another literal can pass.
     */
    private final Alternative[] literalFree;
    /**
     * For each clause id, the alternatives (in rule order) whose first clause it is: an alternative can pass only
     * when its first clause occurs, so a block's found clauses name the only alternatives with literals to check.
     */
    private final Alternative[][] byFirstClause;
    /**
     * For each clause id, whether {@link #byFirstClause} holds any alternative for it, as bits (clause c at bit c % 64
     * of long c / 64): most clauses a block holds key the alternatives of other kinds only, and a bit in a table of a
     * few hundred bytes tells so without loading each one's own (empty) array.
     */
    private final long[] keyedClauses;
    /** The most code points a match of a bounded alternative that needs literals, and is not dotStar, can have. */
    private final long longestBounded;
    /** Whether an unbounded alternative that needs literals and is not dotStar exists, and the chars it may start with (null: any). */
    private final boolean unbounded;
    private final boolean[] unboundedStarts;
    /** The most code points the rest of a dotStar alternative that needs literals can match; -1 unbounded; -2 none. */
    private final long dotStarReach;
    private final LiteralScan scan;

    /**
     * One top-level alternative of a rule.
     *
     * @param rule    the index of its rule
     * @param dotStar true for {@code .*X}: {@code length} then bounds X, where the literals must occur
     * @param length  most code points a match (of X, for dotStar) has; -1 when unbounded
     * @param starts  for each ASCII char, whether a match can start with it; null when not known
     * @param clauses ids (in the scan) of the sets of literals of each of which a match contains one
     * @param absentLow  the ASCII chars 0-63 (bit c for char c) no match contains: a text holding one cannot match
     * @param absentHigh the same for the ASCII chars 64-127 (bit c - 64)
     * @param ends       for each ASCII char, whether a match can end with it; null when not known
     * @param tailClauses ids of the sets of literals ({@link MatchReach.Tail}) of each of which a match holds one
     *                    near its end: within its last {@code tailReaches} code points, at the same index
     * @param tailReaches the reach of each of {@code tailClauses}
     */
    private record Alternative(int rule, boolean dotStar, long length, boolean[] starts, int[] clauses,
                               long absentLow, long absentHigh, boolean[] ends, int[] tailClauses,
                               long[] tailReaches) {
        static Alternative any(int rule) {
            return new Alternative(rule, false, -1, null, new int[0], 0, 0, null, new int[0], new long[0]);
        }

        /** This alternative with its rarest clause ({@link #rarity}) first, the others in their order. */
        Alternative rarestFirst(List<List<String>> all) {
            if (clauses.length < 2) return this;
            int rarest = 0;
            for (int c = 1; c < clauses.length; c++) {
                if (rarity(all.get(clauses[c])) > rarity(all.get(clauses[rarest]))) rarest = c;
            }
            int[] ordered = new int[clauses.length];
            ordered[0] = clauses[rarest];
            int n = 1;
            for (int c = 0; c < clauses.length; c++) if (c != rarest) ordered[n++] = clauses[c];
            return new Alternative(rule, dotStar, length, starts, ordered, absentLow, absentHigh, ends, tailClauses,
                    tailReaches);
        }

        /** This alternative with its lazy clauses checked last, so seldom looked for. */
        Alternative lazyLast(LiteralScan scan) {
            int[] ordered = new int[clauses.length];
            int n = 0;
            for (int clause : clauses) if (!scan.isLazy(clause)) ordered[n++] = clause;
            for (int clause : clauses) if (scan.isLazy(clause)) ordered[n++] = clause;
            return new Alternative(rule, dotStar, length, starts, ordered, absentLow, absentHigh, ends, tailClauses,
                    tailReaches);
        }
    }

    private RulePrefilter(Alternative[][] rules, LiteralScan scan, int clauseCount) {
        this.rules = rules;
        this.scan = scan;
        List<Alternative> free = new ArrayList<>();
        List<List<Alternative>> keyed = new ArrayList<>();
        for (int c = 0; c < clauseCount; c++) keyed.add(new ArrayList<>());
        long bounded = -1;
        boolean anyUnbounded = false;
        boolean[] starts = new boolean[128];
        boolean anyStart = false;
        long reach = -2;
        for (Alternative[] rule : rules) {
            for (int b = 0; b < rule.length; b++) rule[b] = rule[b].lazyLast(scan);
            for (Alternative alternative : rule) {
                if (alternative.clauses.length == 0) {
                    free.add(alternative);
                    continue;
                }
                if (scan.isLazy(alternative.clauses[0])) {
                    // needs literals (so counts in the bounds below), but none the scan names
                    free.add(alternative);
                } else {
                    keyed.get(alternative.clauses[0]).add(alternative);
                }
                if (alternative.dotStar) {
                    reach = reach == -1 || alternative.length < 0 ? -1 : Math.max(reach, alternative.length);
                } else if (alternative.length >= 0) {
                    bounded = Math.max(bounded, alternative.length);
                } else {
                    anyUnbounded = true;
                    if (alternative.starts == null) anyStart = true;
                    else for (int c = 0; c < starts.length; c++) starts[c] |= alternative.starts[c];
                }
            }
        }
        this.literalFree = free.toArray(new Alternative[0]);
        this.byFirstClause = new Alternative[clauseCount][];
        for (int c = 0; c < clauseCount; c++) byFirstClause[c] = keyed.get(c).toArray(new Alternative[0]);
        this.keyedClauses = new long[(clauseCount + Long.SIZE - 1) / Long.SIZE];
        for (int c = 0; c < clauseCount; c++) if (byFirstClause[c].length > 0) keyedClauses[c >>> 6] |= 1L << c;
        this.longestBounded = bounded;
        this.unbounded = anyUnbounded;
        this.unboundedStarts = anyStart ? null : starts;
        this.dotStarReach = reach;
    }

    /** The prefilter for a list of case-insensitive regex rules (of one kind). */
    public static RulePrefilter of(List<Rule> rules) {
        Validate.notNull(rules, "rules");
        return shared(List.of(rules))[0];
    }

    /**
     * The prefilters of several lists of rules (one per kind) that share one literal scan: a block scanned once
     * ({@link #scanStart} the least of theirs) is then judged by each with {@link #candidates(String, long,
     * LiteralScan.Found)}.
     */
    static RulePrefilter[] shared(List<List<Rule>> kinds) {
        Map<List<String>, Integer> ids = new LinkedHashMap<>();
        List<Alternative[][]> all = new ArrayList<>();
        for (List<Rule> rules : kinds) all.add(alternatives(rules, ids));
        List<List<String>> clauses = new ArrayList<>(ids.keySet());
        // each alternative keyed on its rarest clause: only keys go in the scan's automaton
        BitSet keys = new BitSet();
        for (Alternative[][] kind : all) {
            for (Alternative[] rule : kind) {
                for (int b = 0; b < rule.length; b++) {
                    rule[b] = rule[b].rarestFirst(clauses);
                    if (rule[b].clauses.length > 0 && rarity(clauses.get(rule[b].clauses[0])) > 0) {
                        keys.set(rule[b].clauses[0]);
                    }
                }
            }
        }
        LiteralScan scan = new LiteralScan(clauses, keys);
        RulePrefilter[] out = new RulePrefilter[kinds.size()];
        for (int k = 0; k < out.length; k++) out[k] = new RulePrefilter(all.get(k), scan, ids.size());
        return out;
    }

    /** Each rule's alternatives, their literal clauses numbered in {@code ids} (shared by the kinds of a set). */
    private static Alternative[][] alternatives(List<Rule> rules, Map<List<String>, Integer> ids) {
        Alternative[][] alternatives = new Alternative[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<MatchReach.Branch> branches = reach(rules.get(r).regex().pattern());
            if (branches == null) {
                alternatives[r] = new Alternative[] {Alternative.any(r)};
                continue;
            }
            alternatives[r] = new Alternative[branches.size()];
            for (int b = 0; b < branches.size(); b++) {
                MatchReach.Branch branch = branches.get(b);
                int[] clauses = new int[branch.literals().size()];
                for (int c = 0; c < clauses.length; c++) {
                    clauses[c] = ids.computeIfAbsent(branch.literals().get(c), k -> ids.size());
                }
                int[] tailClauses = new int[branch.tails().size()];
                long[] tailReaches = new long[tailClauses.length];
                for (int t = 0; t < tailClauses.length; t++) {
                    tailClauses[t] = ids.computeIfAbsent(branch.tails().get(t).literals(), k -> ids.size());
                    tailReaches[t] = branch.tails().get(t).reach();
                }
                alternatives[r][b] = new Alternative(r, branch.dotStar(), branch.length(), starts(branch.first()),
                        clauses, ~branch.asciiLow(), ~branch.asciiHigh(), starts(branch.last()), tailClauses,
                        tailReaches);
            }
        }
        return alternatives;
    }

    /**
     * How seldom a clause is expected to occur in prose, by its commonest string: a string counts four for each
     * letter or digit and one for each other char, as a string of a few letters ("his", "on ") is a common word
     * and a longer one ("newsletter") is not. 0 for a clause holding a single char, which is never a key: such a
     * char occurs every few chars.
     */
    static int rarity(List<String> clause) {
        int rarity = Integer.MAX_VALUE;
        for (String literal : LiteralScan.essential(clause)) {
            if (literal.length() == 1) return 0;
            int score = 0;
            for (int i = 0; i < literal.length(); i++) score += Character.isLetterOrDigit(literal.charAt(i)) ? 4 : 1;
            rarity = Math.min(rarity, score);
        }
        return rarity == Integer.MAX_VALUE ? 0 : rarity;
    }

    /** The scan this prefilter reads literals with (shared with the other kinds of a rule set). */
    LiteralScan scan() {
        return scan;
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
     * among them. The text is scanned for literals only from where a literal could still make an alternative
     * pass (a long block: only its tail, for dotStar alternatives), and only the alternatives whose first clause
     * was found, and those that need no literal, are checked.
     */
    public int[] candidates(String text) {
        long codePoints = text.codePointCount(0, text.length()); // O(1) for Latin-1 text
        int from = scanStart(text, codePoints);
        return candidates(text, codePoints, from < 0 ? LiteralScan.Found.NONE : scan.scan(text, from));
    }

    /**
     * {@link #candidates(String)} given the text's length in code points and what {@link #scan()} found in it
     * from {@link #scanStart} or earlier.
     */
    int[] candidates(String text, long codePoints, LiteralScan.Found found) {
        Alternative[] checked = literalFree;
        int size = literalFree.length;
        for (int f = 0, foundCount = found.clauseCount(); f < foundCount; f++) {
            int clause = found.clause(f);
            if ((keyedClauses[clause >>> 6] & 1L << clause) == 0) continue; // keys no alternative of this kind
            Alternative[] keyed = byFirstClause[clause];
            if (checked == literalFree) {
                checked = Arrays.copyOf(literalFree, size + Math.max(8, keyed.length));
            } else if (size + keyed.length > checked.length) {
                checked = Arrays.copyOf(checked, Math.max(2 * checked.length, size + keyed.length));
            }
            System.arraycopy(keyed, 0, checked, size, keyed.length);
            size += keyed.length;
        }
        return chosen(checked, size, text, codePoints, found);
    }

    /**
     * {@link #candidates(String, long, LiteralScan.Found)} as it was first written, every clause found looked up in
     * {@link #byFirstClause} and the alternatives copied whenever one was found: kept for tests, which compare the
     * two.
     */
    int[] candidatesPlain(String text, long codePoints, LiteralScan.Found found) {
        Alternative[] checked = literalFree;
        int size = literalFree.length;
        if (found.clauseCount() > 0) {
            checked = Arrays.copyOf(literalFree, size + 8);
            for (int f = 0; f < found.clauseCount(); f++) {
                Alternative[] keyed = byFirstClause[found.clause(f)];
                if (size + keyed.length > checked.length) {
                    checked = Arrays.copyOf(checked, Math.max(2 * checked.length, size + keyed.length));
                }
                System.arraycopy(keyed, 0, checked, size, keyed.length);
                size += keyed.length;
            }
        }
        return chosen(checked, size, text, codePoints, found);
    }

    /** The rules, ascending, of the first {@code size} alternatives of {@code checked} that pass. */
    private int[] chosen(Alternative[] checked, int size, String text, long codePoints, LiteralScan.Found found) {
        int[] out = NONE;
        int count = 0;
        int last = -1;
        // the text's ASCII chars, one bit each, read when an alternative first asks (and kept with what the scan
        // found, for the other kinds the block is asked about)
        long[] asciiChars = null;
        for (int k = 0; k < size; k++) {
            Alternative alternative = checked[k];
            if (alternative.rule == last || (count > 0 && contains(out, count, alternative.rule))) continue;
            // the chars first: a test of two words, where passes() may look for a lazy clause through the text
            if ((alternative.absentLow | alternative.absentHigh) != 0) {
                if (asciiChars == null) asciiChars = found.asciiChars();
                if (asciiChars == null) asciiChars = asciiChars(text);
                if ((asciiChars[0] & alternative.absentLow) != 0 || (asciiChars[1] & alternative.absentHigh) != 0) {
                    continue;
                }
            }
            if (!passes(alternative, text, codePoints, found)) continue;
            if (count == out.length) out = Arrays.copyOf(out, Math.max(4, 2 * count));
            out[count++] = alternative.rule;
            last = alternative.rule;
        }
        if (count > 1) Arrays.sort(out, 0, count);
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /**
     * Where in {@code text} a literal that could make an alternative pass can start: 0 when a bounded one is not
     * ruled out by the text's length, or an unbounded one by its first char; else the start of the tail the
     * dotStar alternatives look at; -1 when no alternative with literals can pass, so nothing needs scanning.
     */
    int scanStart(String text, long codePoints) {
        if (codePoints <= longestBounded) return 0;
        if (unbounded && startsAsMatches(text, unboundedStarts)) return 0;
        if (dotStarReach == -2) return -1;
        return tailStart(text, dotStarReach);
    }

    /**
     * Whether one alternative could match the whole text, as far as lengths, first and last chars, literals and
     * the literals near its end ({@link MatchReach.Tail}) tell.
     */
    private static boolean passes(Alternative alternative, String text, long codePoints, LiteralScan.Found found) {
        if (alternative.dotStar) {
            if (!contains(found, alternative.clauses, tailStart(text, alternative.length))) return false;
        } else {
            if (alternative.length >= 0 && codePoints > alternative.length) return false;
            if (!startsAsMatches(text, alternative.starts) || !endsAsMatches(text, alternative.ends)) return false;
            if (!contains(found, alternative.clauses, 0)) return false;
        }
        for (int t = 0; t < alternative.tailClauses.length; t++) {
            if (!found.occursFrom(alternative.tailClauses[t], tailStart(text, alternative.tailReaches[t]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ASCII chars of {@code text}: bit c of the first long for char c below 64, of the second for c - 64; and
     * its chars beyond ASCII, each as bit c % 64 of the third (chars 64 apart share a bit).
     */
    static long[] asciiChars(String text) {
        long low = 0;
        long high = 0;
        long beyond = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 64) low |= 1L << c;
            else if (c < 128) high |= 1L << (c - 64);
            else beyond |= 1L << c; // bit c % 64
        }
        return new long[] {low, high, beyond};
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) if (values[i] == value) return true;
        return false;
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

    /** Whether the text's last char, when ASCII, is one a match can end with ({@code ends}: as {@link #starts}). */
    private static boolean endsAsMatches(String text, boolean[] ends) {
        if (ends == null || text.isEmpty()) return true;
        char end = text.charAt(text.length() - 1);
        return end >= 128 || ends[end];
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
