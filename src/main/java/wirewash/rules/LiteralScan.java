package wirewash.rules;

import com.google.re2j.MatchReach;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wirewash.internal.Validate;

/**
 * Finds, for each of a list of clauses (sets of literal strings), where the last occurrence of any of its strings
 * starts in a text. A char of a string also stands for its {@link MatchReach#caseVariants}, and more: chars whose
 * variants overlap are taken as one, so a reported occurrence may not be one, but every occurrence is reported.
 * Immutable and thread-safe.
 *
 * <p>The key clauses are found in one pass over the text however many strings they hold (an Aho-Corasick
 * automaton); the others are looked for only when asked ({@link Found#occursFrom}), backwards from the end of the
 * text, with the same char groups, so exactly where the automaton would find them. A prefilter keys each of its
 * alternatives on its rarest clause and asks about the others only when that one occurs: a clause of common words
 * ("his", "her", "on ") or of single chars (a colon, a space) would cost the automaton a visit at every few chars of
 * prose, and the table's size grows with every string it holds.
 */
final class LiteralScan {
    /** The clauses, folded; a clause's index is its id. */
    private final List<List<String>> clauses;
    /**
     * Column of each char up to the highest a literal holds (or a variant of one) in the transition table; 0 for a
     * char no literal holds. A table indexed by the char, as every char of every block is looked up.
     */
    private final int[] columnOf;
    /**
     * Columns that hold an ASCII char, column 0 among them, up to {@link #MAX_NARROW_COLUMNS}: they come first (the
     * space, then the letters, then the other ASCII chars: {@link #columnRank}), and an {@link Automaton}'s narrow
     * table holds their moves.
     */
    private final int narrowColumns;
    /**
     * The automata of the key clauses: one, unless the strings make more states than a char can number (the rules
     * shipped make about 25,000); each is a pass over the text.
     */
    private final Automaton[] automata;
    /**
     * For each clause looked for when asked (not a key), its essential strings as columns; null for a key clause,
     * which the automaton finds.
     */
    private final int[][][] lazyColumns;
    /** For each clause looked for when asked, whether a column can start one of its strings; null for a key. */
    private final boolean[][] lazyFirst;
    /**
     * For each clause looked for when asked, for each column that can start one of its strings, the indexes (in
     * {@link #lazyColumns}, ascending) of the strings it starts; null for a key, and for a column that starts none:
     * where a text's char can start a string, only those strings are compared (a clause of dates has dozens).
     */
    private final int[][][] lazyStartingWith;
    /**
     * For each clause looked for when asked, for each column that starts only strings of two chars or more, the
     * columns that follow it in one of them, as bits (column c at bit c % 64 of long c / 64); null for a key, and
     * for a column that starts none or starts a string of one char. A text's char that can start a string is
     * compared with the strings it starts only when the next char can follow it: most such chars in prose are
     * letters that start a few of the clause's words and are followed by another letter.
     */
    private final long[][][] lazySeconds;
    /**
     * For each column, its ASCII chars as bits (chars 0-63 in the first long, 64-127 in the second) and, in the
     * third, its chars beyond ASCII as bit c % 64 for char c: a text whose {@link RulePrefilter#asciiChars} meet
     * none of these holds no char of the column.
     */
    private final long[][] columnChars;
    /**
     * For each clause looked for when asked, the chars of its one-char strings whose columns hold only ASCII chars
     * (as {@link RulePrefilter#asciiChars}' first two longs): whether one of them occurs in a text is read from the
     * text's chars, not searched for; null for a key.
     */
    private final long[][] lazyAsciiSingles;

    /** The most states an automaton may have: its moves are chars. */
    static final int MAX_STATES = Character.MAX_VALUE + 1;
    /**
     * The most columns of a row of the narrow table: 32 cells, 64 bytes, a cache line's worth. Column 0, the space
     * and the 26 letters come first ({@link #columnRank}) and fit with 4 more; the other ASCII columns (digits,
     * punctuation: the shipped rules' ASCII chars make 66 columns) move through the wide table. Prose keeps the scan
     * in a few thousand shallow states, moving on letters and spaces: the fewer bytes their moves take, the fewer
     * of the rows the page's other work evicted between two blocks are fetched again. On the 3,000 synthetic
     * documents (AB, one JVM), letters first in rows of 64 cells cut about 1% of text cleaning, and rows of 32
     * about 1% more.
     */
    static final int MAX_NARROW_COLUMNS = 32;

    /** A scan with every clause that holds no single char as a key (single chars are looked for when asked). */
    LiteralScan(List<List<String>> clauses) {
        this(clauses, withoutSingleChars(clauses));
    }

    /**
     * A scan whose automaton finds the clauses in {@code keys} (by id); every other clause is looked for when
     * asked.
     */
    LiteralScan(List<List<String>> clauses, BitSet keys) {
        this(clauses, keys, MAX_STATES);
    }

    /**
     * A scan as {@link #LiteralScan(List, BitSet)}, whose key clauses are parted among automata of at most
     * {@code maxStates} states (at most {@link #MAX_STATES}), each a pass over the text.
     */
    LiteralScan(List<List<String>> clauses, BitSet keys, int maxStates) {
        Validate.isTrue(maxStates >= 1 && maxStates <= MAX_STATES, "maxStates must be 1.." + MAX_STATES);
        this.clauses = List.copyOf(Validate.notNull(clauses, "clauses"));
        Validate.notNull(keys, "keys");
        // Chars whose variants overlap share a column: the union-find keeps each group under its smallest char.
        TreeMap<Character, Character> group = new TreeMap<>();
        // each distinct char's variants read once: the strings hold thousands of chars, of a hundred or so kinds
        Map<Character, char[]> variantsOf = new HashMap<>();
        for (List<String> clause : this.clauses) {
            for (String literal : clause) {
                Validate.isTrue(!literal.isEmpty(), "empty literal");
                for (int i = 0; i < literal.length(); i++) {
                    char[] variants = variantsOf.computeIfAbsent(literal.charAt(i), MatchReach::caseVariants);
                    Validate.isTrue(variants != null, "literal char without BMP variants");
                    for (char variant : variants) {
                        group.putIfAbsent(variant, variant);
                        join(group, literal.charAt(i), variant);
                    }
                }
            }
        }
        // columns numbered in prose's order of frequency ({@link #columnRank}), then by the group's smallest char
        List<Character> roots = new ArrayList<>();
        for (char c : group.keySet()) if (root(group, c) == c) roots.add(c);
        roots.sort(java.util.Comparator.comparingInt(LiteralScan::columnRank).thenComparing(c -> c));
        Map<Character, Integer> columnIds = new HashMap<>();
        for (char root : roots) columnIds.put(root, columnIds.size() + 1);
        int highest = group.isEmpty() ? 0 : group.lastKey();
        this.columnOf = new int[Math.max(128, highest + 1)];
        for (char c : group.keySet()) columnOf[c] = columnIds.get(root(group, c));
        // columns of the transition table: one per group of chars, and column 0
        int columns = columnIds.size() + 1;

        columnChars = new long[columns][3];
        for (int c = 0; c < columnOf.length; c++) {
            if (columnOf[c] == 0) continue;
            long[] chars = columnChars[columnOf[c]];
            if (c < 64) chars[0] |= 1L << c;
            else if (c < 128) chars[1] |= 1L << (c - 64);
            else chars[2] |= 1L << c; // bit c % 64
        }
        lazyColumns = new int[this.clauses.size()][][];
        lazyFirst = new boolean[this.clauses.size()][];
        lazyStartingWith = new int[this.clauses.size()][][];
        lazySeconds = new long[this.clauses.size()][][];
        lazyAsciiSingles = new long[this.clauses.size()][];
        for (int id = 0; id < this.clauses.size(); id++) {
            if (keys.get(id)) continue;
            List<String> literals = essential(this.clauses.get(id));
            lazyColumns[id] = new int[literals.size()][];
            lazyFirst[id] = new boolean[columns];
            lazyStartingWith[id] = new int[columns][];
            lazyAsciiSingles[id] = new long[2];
            for (int l = 0; l < literals.size(); l++) {
                String literal = literals.get(l);
                int[] cols = new int[literal.length()];
                for (int i = 0; i < cols.length; i++) cols[i] = column(literal.charAt(i));
                lazyColumns[id][l] = cols;
                lazyFirst[id][cols[0]] = true;
                int[] starting = lazyStartingWith[id][cols[0]];
                starting = starting == null ? new int[1] : Arrays.copyOf(starting, starting.length + 1);
                starting[starting.length - 1] = l;
                lazyStartingWith[id][cols[0]] = starting;
                long[] chars = columnChars[cols[0]];
                if (cols.length == 1 && chars[2] == 0) {
                    lazyAsciiSingles[id][0] |= chars[0];
                    lazyAsciiSingles[id][1] |= chars[1];
                }
            }
            lazySeconds[id] = secondColumns(lazyColumns[id], columns);
        }

        int narrowColumns = 1;
        for (int c = 0; c < 128; c++) narrowColumns = Math.max(narrowColumns, columnOf[c] + 1);
        narrowColumns = Math.min(narrowColumns, MAX_NARROW_COLUMNS);
        this.narrowColumns = narrowColumns;
        // the key clauses in groups of at most maxStates states each, in id order: one automaton a group, built
        // from the trie the group's clauses were counted in (rebuilt without the clause that overflowed it)
        List<Automaton> automata = new ArrayList<>();
        List<Integer> part = new ArrayList<>();
        Trie trie = new Trie(columns);
        for (int id = 0; id < this.clauses.size(); id++) {
            if (lazyColumns[id] != null) continue; // looked for when asked
            trie.add(id);
            if (trie.size() > maxStates && !part.isEmpty()) {
                automata.add(automaton(trieOf(part, columns), columns, narrowColumns));
                part = new ArrayList<>();
                trie = trieOf(List.of(id), columns);
            }
            Validate.isTrue(trie.size() <= maxStates, "a clause of too many strings for one scan");
            part.add(id);
        }
        automata.add(automaton(trie, columns, narrowColumns));
        this.automata = automata.toArray(new Automaton[0]);
    }

    /** The trie of the clauses {@code ids}' essential strings. */
    private Trie trieOf(List<Integer> ids, int columns) {
        Trie trie = new Trie(columns);
        for (int id : ids) trie.add(id);
        return trie;
    }

    /**
     * The trie of some clauses' essential strings: state 0 is the root, a row of {@code columns} cells per state (0
     * for no child), and for each state where strings end, their clause ids and lengths as pairs.
     */
    private final class Trie {
        final List<int[]> rows = new ArrayList<>();
        final Map<Integer, List<Integer>> endsAt = new HashMap<>();
        private final int columns;

        Trie(int columns) {
            this.columns = columns;
            rows.add(new int[columns]);
        }

        int size() {
            return rows.size();
        }

        /** Adds the paths of the clause's essential strings. */
        void add(int id) {
            for (String literal : essential(clauses.get(id))) {
                int state = 0;
                for (int i = 0; i < literal.length(); i++) {
                    int c = column(literal.charAt(i));
                    if (rows.get(state)[c] == 0) {
                        rows.get(state)[c] = rows.size();
                        rows.add(new int[columns]);
                    }
                    state = rows.get(state)[c];
                }
                List<Integer> ending = endsAt.computeIfAbsent(state, s -> new ArrayList<>());
                ending.add(id);
                ending.add(literal.length());
            }
        }
    }

    /**
     * The Aho-Corasick automaton of some key clauses, its moves in tables of chars: a state's number fits in one,
     * so a row is half the bytes it would be in ints. A scan is bound by the misses of the processor's caches on
     * these rows, not by its few operations a char: within the cleaning of a page, the page's other work evicts
     * them between two blocks, and a block's first chars fetch them again.
     *
     * <p>States are numbered breadth first, those where no occurrence ends before those where one does, so that a
     * move's target tells by its number alone ({@code >= firstEnding}) that something ends: the shallow states
     * that prose keeps the scan in sit together at the start.
     */
    private static final class Automaton {
        /** Rows of {@link #narrow} are {@code 1 << narrowShift} cells wide, at least the narrow columns. */
        final int narrowShift;
        /** For state s and a column c below the narrow columns, {@code narrow[(s << narrowShift) + c]}: the next state. */
        final char[] narrow;
        /** Cells in a row of {@link #wide}: the columns from the narrow ones on. */
        final int wideColumns;
        /** For state s and a column c from the narrow ones on, {@code wide[s * wideColumns + c - narrowColumns]}. */
        final char[] wide;
        /** The first state where occurrences end; every state numbered from it on ends some. */
        final int firstEnding;
        /**
         * For each state from {@link #firstEnding} on (at {@code state - firstEnding}), the occurrences that end when
         * the scan reaches it, as pairs: clause id, then the length of the clause's string.
         */
        final int[][] ends;

        private Automaton(int narrowShift, char[] narrow, int wideColumns, char[] wide, int firstEnding, int[][] ends) {
            this.narrowShift = narrowShift;
            this.narrow = narrow;
            this.wideColumns = wideColumns;
            this.wide = wide;
            this.firstEnding = firstEnding;
            this.ends = ends;
        }
    }

    /** The automaton that finds the strings of the trie. */
    private Automaton automaton(Trie built, int columns, int narrowColumns) {
        List<int[]> trie = built.rows;
        Map<Integer, List<Integer>> endsAt = built.endsAt;
        // Breadth first: each state's fallback is the longest proper suffix of its path that is in the trie; a
        // missing edge goes where the fallback's edge goes, and a state also ends what its fallback ends.
        // Built on the trie's numbers, then renumbered.
        int states = trie.size();
        Validate.isTrue((long) states * columns < Integer.MAX_VALUE, "too many literals for one scan");
        int[] next = new int[states * columns];
        int[] fallback = new int[states];
        int[][] ends = new int[states][];
        // the states in the order the walk meets them, which is also its queue: the root, then each state's
        // children appended as it is taken (plain ints and array copies: the rules are loaded at every start, by
        // the quick compiler on a small night's options, and the table has columns × states cells)
        int[] walked = new int[states];
        int walkedCount = 1;
        for (int c = 0; c < columns; c++) {
            int child = trie.get(0)[c];
            next[c] = child;
            if (child != 0) walked[walkedCount++] = child;
        }
        ends[0] = new int[0];
        for (int taken = 1; taken < walkedCount; taken++) {
            int state = walked[taken];
            List<Integer> own = endsAt.getOrDefault(state, List.of());
            int[] inherited = ends[fallback[state]];
            int[] ending = new int[own.size() + inherited.length];
            for (int k = 0; k < own.size(); k++) ending[k] = own.get(k);
            System.arraycopy(inherited, 0, ending, own.size(), inherited.length);
            ends[state] = ending;
            int[] children = trie.get(state);
            int row = state * columns;
            int fallbackRow = fallback[state] * columns;
            // a missing edge goes where the fallback's goes: its whole row first, then the state's own edges
            System.arraycopy(next, fallbackRow, next, row, columns);
            for (int c = 0; c < columns; c++) {
                int child = children[c];
                if (child != 0) {
                    fallback[child] = next[fallbackRow + c];
                    next[row + c] = child;
                    walked[walkedCount++] = child;
                }
            }
        }
        // in the walk's order, the states that end nothing first (the root among them), then the others
        int[] number = new int[states];
        int numbered = 0;
        for (int i = 0; i < states; i++) if (ends[walked[i]].length == 0) number[walked[i]] = numbered++;
        int firstEnding = numbered;
        for (int i = 0; i < states; i++) if (ends[walked[i]].length > 0) number[walked[i]] = numbered++;
        int narrowShift = 32 - Integer.numberOfLeadingZeros(narrowColumns - 1);
        int wideColumns = columns - narrowColumns;
        Validate.isTrue((long) states << narrowShift < Integer.MAX_VALUE
                && (long) states * wideColumns < Integer.MAX_VALUE, "too many literals for one scan");
        char[] narrow = new char[states << narrowShift];
        char[] wide = new char[states * wideColumns];
        int[][] ending = new int[states - firstEnding][];
        for (int state = 0; state < states; state++) {
            int n = number[state];
            if (n >= firstEnding) ending[n - firstEnding] = ends[state];
            for (int c = 0; c < columns; c++) {
                char to = (char) number[next[state * columns + c]];
                if (c < narrowColumns) narrow[(n << narrowShift) + c] = to;
                else wide[n * wideColumns + c - narrowColumns] = to;
            }
        }
        return new Automaton(narrowShift, narrow, wideColumns, wide, firstEnding, ending);
    }

    /**
     * Where a group of chars (named by its smallest) comes in the columns: a space first, then the letters, then the
     * other ASCII chars, then the others. Prose keeps the scan in a few thousand shallow states, and moves from them
     * almost only on spaces and letters: with their cells together at the start of a row (28 chars, 56 bytes), a
     * state's moves in prose take one or two cache lines of its 128-byte row, not the whole row (the letters sat
     * behind the digits and punctuation, from the row's 66th byte on).
     */
    static int columnRank(char smallest) {
        if (smallest == ' ') return 0;
        if (smallest >= 'A' && smallest <= 'Z' || smallest >= 'a' && smallest <= 'z') return 1;
        return smallest < 128 ? 2 : 3;
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

    /** The clauses (by id) that hold no single char: the ones a scan without named keys finds in its automaton. */
    private static BitSet withoutSingleChars(List<List<String>> clauses) {
        BitSet keys = new BitSet();
        for (int id = 0; id < clauses.size(); id++) {
            if (essential(clauses.get(id)).stream().noneMatch(literal -> literal.length() == 1)) keys.set(id);
        }
        return keys;
    }

    /**
     * Whether a clause is looked for only when {@link Found#occursFrom} asks about it, not by the automaton:
     * {@link Found#clause} never names it, so a prefilter keys nothing on it and checks it after the others.
     */
    boolean isLazy(int clause) {
        return lazyColumns[clause] != null;
    }

    /**
     * Where the last occurrence of a lazy clause's strings in {@code text} starts, at {@code from} or later; -1
     * when there is none. A string one of whose chars the text's {@code asciiChars} ({@link
     * RulePrefilter#asciiChars}) rule out is not looked for; the others are read backwards from the end, so a
     * clause that occurs is mostly found in a few chars.
     */
    private int lastLazyStart(int clause, String text, int from, long[] asciiChars) {
        int[][] literals = lazyColumns[clause];
        // the strings that may occur, as bits (a clause of more than 64 strings: all from the 64th on)
        long possible = 0;
        for (int l = 0; l < literals.length; l++) {
            if (l >= Long.SIZE - 1 || mayOccur(literals[l], asciiChars)) possible |= 1L << Math.min(l, Long.SIZE - 1);
        }
        if (possible == 0) return -1;
        boolean[] first = lazyFirst[clause];
        int[][] startingWith = lazyStartingWith[clause];
        long[][] seconds = lazySeconds[clause];
        for (int i = text.length() - 1; i >= from; i--) {
            int start = column(text.charAt(i));
            if (!first[start]) continue;
            long[] followers = seconds[start];
            if (followers != null) {
                // only strings of two chars or more start here: the next char must be able to follow
                if (i + 1 == text.length()) continue;
                int second = column(text.charAt(i + 1));
                if ((followers[second >>> 6] & 1L << second) == 0) continue;
            }
            for (int l : startingWith[start]) {
                int[] literal = literals[l];
                if ((possible & 1L << Math.min(l, Long.SIZE - 1)) == 0) continue;
                if (i + literal.length > text.length()) continue;
                int k = 1;
                while (k < literal.length && literal[k] == column(text.charAt(i + k))) k++;
                if (k == literal.length) return i;
            }
        }
        return -1;
    }

    /**
     * For each column, the columns that follow it as the second of a string that it starts ({@link #lazySeconds}),
     * as bits; null for a column that starts no string, or a string of one char.
     */
    private static long[][] secondColumns(int[][] literals, int columns) {
        long[][] seconds = new long[columns][];
        boolean[] startsSingle = new boolean[columns];
        for (int[] literal : literals) {
            if (literal.length == 1) {
                startsSingle[literal[0]] = true;
                continue;
            }
            if (seconds[literal[0]] == null) seconds[literal[0]] = new long[(columns + Long.SIZE - 1) / Long.SIZE];
            seconds[literal[0]][literal[1] >>> 6] |= 1L << literal[1];
        }
        for (int column = 0; column < columns; column++) if (startsSingle[column]) seconds[column] = null;
        return seconds;
    }

    /** Whether each char of a string (as columns) may be in a text with these {@link RulePrefilter#asciiChars}. */
    private boolean mayOccur(int[] literal, long[] asciiChars) {
        for (int column : literal) {
            long[] chars = columnChars[column];
            if ((chars[0] & asciiChars[0]) == 0 && (chars[1] & asciiChars[1]) == 0 && (chars[2] & asciiChars[2]) == 0) {
                return false;
            }
        }
        return true;
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
        // Read with charAt, not copied out first: the copy (an array the block's size, filled and then read) cost
        // more than the checks charAt makes per char (~10% of the scan on the 10k synthetic corpus's blocks).
        int length = text.length();
        // the text's ASCII chars (RulePrefilter#asciiChars), gathered on the way when the scan reads all of it: a
        // few operations beside the table's lookups, not a second pass over the text when a prefilter asks
        long low = 0;
        long high = 0;
        long beyond = 0;
        int[] columnOf = this.columnOf;
        int narrowColumns = this.narrowColumns;
        for (Automaton automaton : automata) {
            // the table's fields read once into locals: the rare path below allocates, after which the compiler
            // would read them again from the object at every char (the scan took about half again as long)
            char[] narrow = automaton.narrow;
            char[] wide = automaton.wide;
            int narrowShift = automaton.narrowShift;
            int wideColumns = automaton.wideColumns;
            int firstEnding = automaton.firstEnding;
            int[][] ends = automaton.ends;
            int state = 0;
            for (int i = from; i < length; i++) {
                char c = text.charAt(i);
                if (c < 128) {
                    long bit = 1L << c;
                    long isLow = (long) (c >>> 6) - 1; // all ones below 64, else 0
                    low |= bit & isLow;
                    high |= bit & ~isLow;
                } else {
                    // bit c % 64: a text whose only chars beyond ASCII are curly quotes is not read through for a
                    // dash or a bullet that a rule needs (looked for when asked), as it would be with one bit for all
                    beyond |= 1L << c;
                }
                int column = c < columnOf.length ? columnOf[c] : 0;
                state = column < narrowColumns ? narrow[(state << narrowShift) + column]
                        : wide[state * wideColumns + column - narrowColumns];
                if (state < firstEnding) continue;
                // only where literals end (a few chars in a hundred)
                int[] ending = ends[state - firstEnding];
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
        }
        Found found = new Found(this, text, from, seen, seenStartsPlusOne, seenCount);
        if (from == 0) found.asciiChars = new long[] {low, high, beyond};
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
        /** The lazy clauses looked for so far, in the order asked; {@code lazyStartsPlusOne} holds their answers. */
        private int[] lazyAsked;
        /** For each of {@code lazyAsked}, where its last occurrence starts plus one, 0 when none does. */
        private int[] lazyStartsPlusOne;
        private int lazyCount;
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
            if (start <= 0 && from == 0 && text != null && clause < scan.lazyAsciiSingles.length) {
                // anywhere in the text: a one-char string of ASCII chars is among the text's chars or not
                long[] singles = scan.lazyAsciiSingles[clause];
                long[] chars;
                if (singles != null && (singles[0] | singles[1]) != 0
                        && ((chars = asciiChars())[0] & singles[0] | chars[1] & singles[1]) != 0) {
                    return true;
                }
            }
            return startsPlusOne(clause) > start;
        }

        /** Where the clause's last occurrence starts plus one; 0 when none does (or for {@link #NONE}). */
        private int startsPlusOne(int clause) {
            if (text == null || clause >= scan.lazyColumns.length) return 0;
            if (!scan.isLazy(clause)) {
                for (int s = 0; s < seenCount; s++) if (seen[s] == clause) return seenStartsPlusOne[s];
                return 0;
            }
            for (int s = 0; s < lazyCount; s++) if (lazyAsked[s] == clause) return lazyStartsPlusOne[s];
            if (lazyAsked == null) {
                lazyAsked = new int[4];
                lazyStartsPlusOne = new int[4];
            } else if (lazyCount == lazyAsked.length) {
                lazyAsked = Arrays.copyOf(lazyAsked, 2 * lazyCount);
                lazyStartsPlusOne = Arrays.copyOf(lazyStartsPlusOne, 2 * lazyCount);
            }
            lazyAsked[lazyCount] = clause;
            return lazyStartsPlusOne[lazyCount++] = scan.lastLazyStart(clause, text, from, asciiChars()) + 1;
        }

        /**
         * The ASCII chars of the whole text ({@link RulePrefilter#asciiChars}), read once for all the kinds a block
         * is asked about; for {@link #NONE}, which has no text, null.
         */
        long[] asciiChars() {
            if (asciiChars == null && text != null) asciiChars = RulePrefilter.asciiChars(text);
            return asciiChars;
        }

        /** How many clauses the automaton found (never a lazy one). */
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
