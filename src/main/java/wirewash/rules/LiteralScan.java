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
 *
 * <p>The single chars of a clause (a space, a colon, "a"; the "f" and "t" of "f", "t", "in") are not in the
 * automaton: such a char occurs every few chars of prose, and each occurrence would cost the scan a visit to the
 * clause. They are looked for only when asked ({@link Found#occursFrom}), backwards from the end of the text, where
 * a common char is soon found; the clause's longer strings are found by the automaton as the other clauses' are. A
 * prefilter asks about such a clause after the others ({@link #isLazy}), so seldom at all.
 */
final class LiteralScan {
    /** The clauses, folded; a clause's index is its id. */
    private final List<List<String>> clauses;
    /**
     * Column of each char up to the highest a literal holds (or a variant of one) in the transition table; 0 for a
     * char no literal holds. A table indexed by the char, as every char of every block is looked up.
     */
    private final int[] columnOf;
    /** Columns of the transition table: one per group of chars, and column 0. */
    private final int columns;
    /**
     * For state s and column c, {@code next[s * columns + c]} is the next state's offset in this table (its number
     * times {@code columns}), with the sign bit set when occurrences end in that state. States are numbered breadth
     * first, so the shallow states that prose keeps the scan in sit together at the start of the table, and a row
     * is as wide as the columns used (not rounded up to a power of two): the part of the table a scan touches stays
     * small enough for the processor's caches.
     */
    private final int[] next;
    /**
     * For each state, the occurrences that end when the scan reaches it, as pairs: clause id, then the length of
     * the clause's string.
     */
    private final int[][] ends;
    /** Whether each clause (by id) is looked for only when asked, its single chars at least: it has one. */
    private final boolean[] lazy;
    /**
     * For each char up to the highest in {@code columnOf}, the lazy clauses (as bits: at most 64 clauses are lazy,
     * the rest go in the automaton) one of whose chars it stands for.
     */
    private final long[] lazyBits;
    /** The bit of each lazy clause in {@code lazyBits}; 0 for another clause. */
    private final long[] lazyBit;

    LiteralScan(List<List<String>> clauses) {
        this.clauses = List.copyOf(Validate.notNull(clauses, "clauses"));
        // Chars whose variants overlap share a column: the union-find keeps each group under its smallest char.
        TreeMap<Character, Character> group = new TreeMap<>();
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
        Map<Character, Integer> columnIds = new TreeMap<>();
        for (char c : group.keySet()) columnIds.putIfAbsent(root(group, c), columnIds.size() + 1);
        int highest = group.isEmpty() ? 0 : group.lastKey();
        this.columnOf = new int[Math.max(128, highest + 1)];
        for (char c : group.keySet()) columnOf[c] = columnIds.get(root(group, c));
        columns = columnIds.size() + 1;

        lazy = new boolean[this.clauses.size()];
        lazyBit = new long[this.clauses.size()];
        lazyBits = new long[columnOf.length];
        int lazyCount = 0;
        for (int id = 0; id < this.clauses.size() && lazyCount < Long.SIZE; id++) {
            List<String> literals = essential(this.clauses.get(id));
            if (literals.stream().noneMatch(literal -> literal.length() == 1)) continue;
            lazy[id] = true;
            lazyBit[id] = 1L << lazyCount++;
            for (String literal : literals) {
                if (literal.length() != 1) continue; // a longer string goes in the automaton
                int column = column(literal.charAt(0));
                for (int c = 0; c < columnOf.length; c++) if (columnOf[c] == column) lazyBits[c] |= lazyBit[id];
            }
        }

        // The trie: state 0 is the root.
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> endsAt = new ArrayList<>();
        trie.add(new int[columns]);
        endsAt.add(new ArrayList<>());
        for (int id = 0; id < this.clauses.size(); id++) {
            for (String literal : essential(this.clauses.get(id))) {
                if (lazy[id] && literal.length() == 1) continue; // looked for when asked
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
        // Built on the trie's numbers, then renumbered in the order the breadth-first walk met the states.
        int states = trie.size();
        Validate.isTrue((long) states * columns < Integer.MAX_VALUE, "too many literals for one scan");
        int[] next = new int[states * columns];
        int[] fallback = new int[states];
        int[][] ends = new int[states][];
        int[] walked = new int[states];
        int walkedCount = 1;
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < columns; c++) {
            int child = trie.get(0)[c];
            next[c] = child;
            if (child != 0) queue.add(child);
        }
        ends[0] = new int[0];
        while (!queue.isEmpty()) {
            int state = queue.poll();
            walked[walkedCount++] = state;
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
        int[] number = new int[states];
        for (int i = 0; i < states; i++) number[walked[i]] = i;
        this.next = new int[states * columns];
        this.ends = new int[states][];
        for (int state = 0; state < states; state++) {
            int row = number[state] * columns;
            this.ends[number[state]] = ends[state];
            for (int c = 0; c < columns; c++) {
                int to = next[state * columns + c];
                this.next[row + c] = number[to] * columns | (ends[to].length > 0 ? Integer.MIN_VALUE : 0);
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
     * Whether a clause's single chars are looked for only when {@link Found#occursFrom} asks about it: the clause
     * is among those {@link Found#clause} names only when one of its longer strings occurs, so a prefilter keys
     * nothing on it and checks it after the others.
     */
    boolean isLazy(int clause) {
        return lazy[clause];
    }

    /**
     * Where the last occurrence of a lazy clause's char in {@code text} starts, at {@code from} or later; -1 when
     * there is none.
     */
    private int lastLazyStart(int clause, String text, int from) {
        long bit = lazyBit[clause];
        for (int i = text.length() - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c < lazyBits.length && (lazyBits[c] & bit) != 0) return i;
        }
        return -1;
    }

    /**
     * For each clause, the char index in {@code text} where the last occurrence of one of its strings starts, or
     * -1 when none occurs.
     */
    int[] lastStarts(String text) {
        Found found = scan(text);
        int[] last = new int[clauses.size()];
        for (int id = 0; id < last.length; id++) last[id] = found.lastStart(id);
        return last;
    }

    /** One pass over {@code text}: where each clause's last occurrence starts. */
    Found scan(String text) {
        return scan(text, 0);
    }

    /**
     * One pass over {@code text} from {@code from} on: where each clause's last occurrence that starts at
     * {@code from} or later starts (an occurrence starting before is not seen).
     */
    Found scan(String text, int from) {
        // Only the clauses that occur are kept, with where each last starts plus one: a few per block of the
        // hundreds there are, so not an array of them all for every block scanned.
        int[] seen = new int[4];
        int[] seenStartsPlusOne = new int[4];
        int seenCount = 0;
        int offset = 0;
        // Read with charAt, not copied out first: the copy (an array the block's size, filled and then read) cost
        // more than the checks charAt makes per char (~10% of the scan on the 10k synthetic corpus's blocks).
        int length = text.length();
        // the text's ASCII chars (RulePrefilter#asciiChars), gathered on the way when the scan reads all of it: a
        // few operations beside the table's lookups, not a second pass over the text when a prefilter asks
        long low = 0;
        long high = 0;
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                long bit = 1L << c;
                long isLow = (long) (c >>> 6) - 1; // all ones below 64, else 0
                low |= bit & isLow;
                high |= bit & ~isLow;
            }
            int to = next[offset + (c < columnOf.length ? columnOf[c] : 0)];
            if (to >= 0) {
                offset = to;
                continue;
            }
            offset = to & Integer.MAX_VALUE;
            int[] ending = ends[offset / columns]; // a division only where literals end (a few chars in a hundred)
            for (int k = 0; k < ending.length; k += 2) {
                int id = ending[k];
                int startPlusOne = i - ending[k + 1] + 2;
                int s = 0;
                while (s < seenCount && seen[s] != id) s++;
                if (s == seenCount) {
                    if (seenCount == seen.length) {
                        seen = Arrays.copyOf(seen, 2 * seenCount);
                        seenStartsPlusOne = Arrays.copyOf(seenStartsPlusOne, 2 * seenCount);
                    }
                    seen[seenCount] = id;
                    seenStartsPlusOne[seenCount++] = startPlusOne;
                } else {
                    seenStartsPlusOne[s] = Math.max(seenStartsPlusOne[s], startPlusOne);
                }
            }
        }
        Found found = new Found(this, text, from, seen, seenStartsPlusOne, seenCount);
        if (from == 0) found.asciiChars = new long[] {low, high};
        return found;
    }

    /**
     * What {@link #scan} found: for each clause, where its last occurrence starts, and which clauses of the
     * automaton occur; a lazy clause is looked for when first asked about, then kept. Not thread-safe: it belongs
     * to one text, judged by one thread ({@link #NONE}, which is never asked to look, excepted).
     */
    static final class Found {
        /** Nothing found, for a text not scanned. */
        static final Found NONE = new Found(null, null, 0, new int[0], new int[0], 0);

        private final LiteralScan scan;
        /** The text scanned, from {@code from} (the scan's start) on; null for {@link #NONE}. */
        private final String text;
        private final int from;
        /** The clauses of the automaton that occur, in the order first seen. */
        private final int[] seen;
        /** For each of {@code seen}, where its last occurrence starts plus one. */
        private final int[] seenStartsPlusOne;
        private final int seenCount;
        /** The lazy clauses looked for so far, by their bits. */
        private long lazyKnown;
        /**
         * For each lazy clause looked for (by the number of its bit), where its last occurrence starts plus one,
         * 0 when none does; made on the first ask.
         */
        private int[] lazyStartsPlusOne;
        /** {@link RulePrefilter#asciiChars} of the text, once a prefilter of some kind has asked; null before. */
        private long[] asciiChars;

        private Found(LiteralScan scan, String text, int from, int[] seen, int[] seenStartsPlusOne, int seenCount) {
            this.scan = scan;
            this.text = text;
            this.from = from;
            this.seen = seen;
            this.seenStartsPlusOne = seenStartsPlusOne;
            this.seenCount = seenCount;
        }

        /** Whether one of the clause's strings occurs starting at {@code start} or later. */
        boolean occursFrom(int clause, int start) {
            return text != null && clause < scan.lazy.length && startsPlusOne(clause) > start;
        }

        /** Where the clause's last occurrence starts plus one; 0 when none does (or for {@link #NONE}). */
        private int startsPlusOne(int clause) {
            if (text == null || clause >= scan.lazy.length) return 0;
            int found = 0;
            for (int s = 0; s < seenCount; s++) {
                if (seen[s] == clause) {
                    found = seenStartsPlusOne[s];
                    break;
                }
            }
            if (!scan.lazy[clause]) return found;
            // the clause's single chars, looked for after the last of its longer strings the automaton found
            long bit = scan.lazyBit[clause];
            int index = Long.numberOfTrailingZeros(bit);
            if ((lazyKnown & bit) == 0) {
                if (lazyStartsPlusOne == null) lazyStartsPlusOne = new int[Long.SIZE];
                lazyStartsPlusOne[index] = Math.max(found, scan.lastLazyStart(clause, text, Math.max(from, found)) + 1);
                lazyKnown |= bit;
            }
            return lazyStartsPlusOne[index];
        }

        /**
         * The ASCII chars of the whole text ({@link RulePrefilter#asciiChars}), read once for all the kinds a block
         * is asked about; for {@link #NONE}, which has no text, null.
         */
        long[] asciiChars() {
            if (asciiChars == null && text != null) asciiChars = RulePrefilter.asciiChars(text);
            return asciiChars;
        }

        /** How many clauses the automaton found (a lazy one by its longer strings only). */
        int clauseCount() {
            return seenCount;
        }

        /** The id of the {@code n}th clause of the automaton that occurs. */
        int clause(int n) {
            return seen[n];
        }

        /** Where the last occurrence of a clause starts, or -1. */
        int lastStart(int clause) {
            return startsPlusOne(clause) - 1;
        }
    }

    private int column(char c) {
        return c < columnOf.length ? columnOf[c] : 0;
    }
}
