package wirewash.rules;

import com.google.re2j.MatchReach;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wirewash.internal.Validate;

/**
 * Finds, for each of a list of clauses (sets of literal strings), where the last occurrence of any of its strings
 * starts in a text, in one pass over the text however many strings there are (an Aho-Corasick automaton). A char
 * of a string also stands for its {@link MatchReach#caseVariants}, and more: chars whose variants overlap are
 * taken as one, so a reported occurrence may not be one, but every occurrence is reported. Immutable and
 * thread-safe.
 */
final class LiteralScan {
    /** The clauses, folded; a clause's index is its id. */
    private final List<List<String>> clauses;
    /** Column of each ASCII char in the transition table; 0 for a char no literal holds (nor a variant of one). */
    private final int[] asciiColumn = new int[128];
    /** The non-ASCII chars literals hold and their variants, sorted, and the column of each. */
    private final char[] other;
    private final int[] otherColumn;
    private final int columns;
    /** Next state for state s and column c at {@code next[s * columns + c]}. */
    private final int[] next;
    /**
     * For each state, the occurrences that end when the scan reaches it, as pairs: clause id, then the length of
     * the clause's string.
     */
    private final int[][] ends;

    LiteralScan(List<List<String>> clauses) {
        this.clauses = List.copyOf(Validate.notNull(clauses, "clauses"));
        // Chars whose variants overlap share a column: the union-find keeps each group under its smallest char.
        Map<Character, Character> group = new TreeMap<>();
        for (List<String> clause : this.clauses) {
            for (String literal : clause) {
                Validate.isTrue(!literal.isEmpty(), "empty literal");
                for (int i = 0; i < literal.length(); i++) {
                    char[] variants = MatchReach.caseVariants(literal.charAt(i));
                    Validate.isTrue(variants != null, "literal char without BMP variants");
                    for (char variant : variants) {
                        group.putIfAbsent(variant, variant);
                        join(group, literal.charAt(i), variant);
                    }
                }
            }
        }
        Map<Character, Integer> columnOf = new TreeMap<>();
        for (char c : group.keySet()) columnOf.putIfAbsent(root(group, c), columnOf.size() + 1);
        List<Character> nonAscii = new ArrayList<>();
        for (char c : group.keySet()) {
            if (c < 128) asciiColumn[c] = columnOf.get(root(group, c));
            else nonAscii.add(c);
        }
        other = new char[nonAscii.size()];
        otherColumn = new int[nonAscii.size()];
        for (int i = 0; i < other.length; i++) {
            other[i] = nonAscii.get(i);
            otherColumn[i] = columnOf.get(root(group, other[i]));
        }
        columns = columnOf.size() + 1;

        // The trie: state 0 is the root.
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> endsAt = new ArrayList<>();
        trie.add(new int[columns]);
        endsAt.add(new ArrayList<>());
        for (int id = 0; id < this.clauses.size(); id++) {
            for (String literal : essential(this.clauses.get(id))) {
                int state = 0;
                for (int i = 0; i < literal.length(); i++) {
                    int c = column(literal.charAt(i));
                    if (trie.get(state)[c] == 0) {
                        trie.get(state)[c] = trie.size();
                        trie.add(new int[columns]);
                        endsAt.add(new ArrayList<>());
                    }
                    state = trie.get(state)[c];
                }
                endsAt.get(state).add(id);
                endsAt.get(state).add(literal.length());
            }
        }
        // Breadth first: each state's fallback is the longest proper suffix of its path that is in the trie; a
        // missing edge goes where the fallback's edge goes, and a state also ends what its fallback ends.
        int states = trie.size();
        next = new int[states * columns];
        int[] fallback = new int[states];
        ends = new int[states][];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < columns; c++) {
            int child = trie.get(0)[c];
            next[c] = child;
            if (child != 0) queue.add(child);
        }
        ends[0] = new int[0];
        while (!queue.isEmpty()) {
            int state = queue.poll();
            List<Integer> ending = new ArrayList<>(endsAt.get(state));
            for (int id : ends[fallback[state]]) ending.add(id);
            ends[state] = ending.stream().mapToInt(Integer::intValue).toArray();
            for (int c = 0; c < columns; c++) {
                int child = trie.get(state)[c];
                if (child != 0) {
                    fallback[child] = next[fallback[state] * columns + c];
                    next[state * columns + c] = child;
                    queue.add(child);
                } else {
                    next[state * columns + c] = next[fallback[state] * columns + c];
                }
            }
        }
    }

    private static char root(Map<Character, Character> group, char c) {
        while (group.get(c) != c) c = group.get(c);
        return c;
    }

    private static void join(Map<Character, Character> group, char a, char b) {
        char ra = root(group, a);
        char rb = root(group, b);
        if (ra < rb) group.put(rb, ra);
        else if (rb < ra) group.put(ra, rb);
    }

    /**
     * A clause's strings without those containing another of them: where a longer one occurs, the shorter one
     * does too, at the same place or after it.
     */
    static List<String> essential(List<String> clause) {
        List<String> out = new ArrayList<>();
        for (String literal : clause) {
            boolean redundant = false;
            for (String other : clause) {
                if (!other.equals(literal) && literal.contains(other)) redundant = true;
            }
            if (!redundant && !out.contains(literal)) out.add(literal);
        }
        return out;
    }

    /**
     * For each clause, the char index in {@code text} where the last occurrence of one of its strings starts, or
     * -1 when none occurs.
     */
    int[] lastStarts(String text) {
        Found found = scan(text);
        int[] last = new int[clauses.size()];
        for (int id = 0; id < last.length; id++) last[id] = found.startsPlusOne[id] - 1;
        return last;
    }

    /** One pass over {@code text}: where each clause's last occurrence starts. */
    Found scan(String text) {
        // start + 1, so that the array as allocated (zeros) says "none" and needs no filling
        int[] startsPlusOne = new int[clauses.size()];
        int occurrences = 0;
        int state = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            state = next[state * columns + (c < 128 ? asciiColumn[c] : otherColumn(c))];
            int[] ending = ends[state];
            for (int k = 0; k < ending.length; k += 2) {
                startsPlusOne[ending[k]] = Math.max(startsPlusOne[ending[k]], i - ending[k + 1] + 2);
                occurrences++;
            }
        }
        return new Found(startsPlusOne, occurrences);
    }

    /**
     * What {@link #scan} found.
     *
     * @param startsPlusOne for each clause, where its last occurrence starts plus one; 0 when none occurs
     * @param occurrences   how many occurrences of any clause were found
     */
    record Found(int[] startsPlusOne, int occurrences) {
        /** Whether one of the clause's strings occurs starting at {@code from} or later. */
        boolean occursFrom(int clause, int from) {
            return startsPlusOne[clause] > from;
        }
    }

    private int column(char c) {
        return c < 128 ? asciiColumn[c] : otherColumn(c);
    }

    private int otherColumn(char c) {
        int i = Arrays.binarySearch(other, c);
        return i >= 0 ? otherColumn[i] : 0;
    }
}
