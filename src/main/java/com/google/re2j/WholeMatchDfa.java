package com.google.re2j;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells whether a pattern matches a whole text, as {@link Pattern#matches(String)} does, by a DFA built from the
 * pattern's compiled program as texts need its states (hence this package: the program is package-private). RE2J's
 * machine keeps a thread per live instruction and steps each one at every char; here a state is the set of those
 * instructions, and a char already seen in that state costs one table lookup. Like RE2J, it reads each char once:
 * linear in the text, whatever the pattern. Used by wirewash's rule set for its rules' whole-text matches.
 *
 * <p>A state holds the instructions to follow before the next char (not yet through their empty-width steps) and
 * the kind of char before it (none, a newline, a word char or another), which with the next char settles the
 * empty-width conditions ({@code ^ $ \b \B}) just as the machine does ({@link Utils#emptyOpContext}). The states
 * are kept up to a limit; past it a text whose path needs a new state gets no answer ({@link #UNKNOWN}) and its
 * caller asks the pattern. Thread-safe: a transition is worked out from immutable states, and two threads that
 * work out the same one at once get the same state from the shared table.
 */
public final class WholeMatchDfa {
    /** States kept for one pattern: past these, new paths are left to RE2J's machine. */
    public static final int DEFAULT_MAX_STATES = 20_000;
    /** {@link #matches} when the text matches. */
    public static final int MATCH = 1;
    /** {@link #matches} when it does not. */
    public static final int NO_MATCH = 0;
    /** {@link #matches} when the states ran out: ask the pattern. */
    public static final int UNKNOWN = -1;

    /** Stand-ins for the char before a position: {@link Utils#emptyOpContext} reads only which of these it is. */
    private static final int BEFORE_START = -1;
    private static final int BEFORE_NEWLINE = '\n';
    private static final int BEFORE_WORD = 'a';
    private static final int BEFORE_OTHER = ' ';

    private final Prog prog;
    private final int maxStates;
    private final Map<Key, State> states = new ConcurrentHashMap<>();
    private final AtomicInteger stateCount = new AtomicInteger();
    /** Each ASCII char's class: chars of a class take the same transitions from every state. */
    private final byte[] asciiClass = new byte[128];
    /** How many ASCII classes there are. */
    private final int classCount;
    private final State start;
    /**
     * A step's scratch arrays, kept for the next step: a new state's step reaches a few instructions of a program
     * of hundreds or thousands, and fresh arrays the program's size for each (filled with zeros) cost more than the
     * walk. Taken by one thread at a time; a thread that finds none makes its own.
     */
    private final AtomicReference<Scratch> spare = new AtomicReference<>();

    public WholeMatchDfa(Pattern pattern) {
        this(pattern, DEFAULT_MAX_STATES);
    }

    public WholeMatchDfa(Pattern pattern, int maxStates) {
        if (maxStates < 1) throw new IllegalArgumentException("maxStates < 1");
        this.prog = pattern.re2().prog;
        this.maxStates = maxStates;
        // ASCII chars that every rune instruction takes or leaves alike, and that are alike as the char before or
        // after a position (newline, word char or other), share a class; instructions taking the same ASCII chars
        // are asked once
        Set<Mask> distinct = new LinkedHashSet<>();
        for (int pc = 0; pc < prog.numInst(); pc++) {
            Inst inst = prog.getInst(pc);
            if (!Inst.isRuneOp(inst.op)) continue;
            long low = 0;
            long high = 0;
            for (int c = 0; c < 128; c++) {
                if (!takes(inst, c)) continue;
                if (c < 64) low |= 1L << c;
                else high |= 1L << (c - 64);
            }
            distinct.add(new Mask(low, high));
        }
        Map<String, Integer> classes = new HashMap<>();
        for (int c = 0; c < 128; c++) {
            StringBuilder signature = new StringBuilder().append(kindBefore(c)); // a newline's kind is its own
            for (Mask mask : distinct) signature.append(mask.has(c) ? '1' : '0');
            Integer known = classes.putIfAbsent(signature.toString(), classes.size());
            asciiClass[c] = (byte) (known == null ? classes.size() - 1 : known);
        }
        this.classCount = classes.size();
        State first = state(BEFORE_START, new int[] {prog.start});
        if (first == null) throw new IllegalStateException("no room for the start state");
        this.start = first;
    }

    /** {@link #MATCH} or {@link #NO_MATCH} as {@code pattern.matches(text)}, or {@link #UNKNOWN}. */
    public int matches(CharSequence text) {
        State state = start;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            State next;
            if (c < 128) {
                int cls = asciiClass[c];
                next = state.ascii[cls];
                if (next == null) {
                    next = step(state, c);
                    if (next == null) return UNKNOWN;
                    state.ascii[cls] = next;
                }
            } else {
                next = state.others.get(c);
                if (next == null) {
                    next = step(state, c);
                    if (next == null) return UNKNOWN;
                    state.others.putIfAbsent(c, next);
                }
            }
            state = next;
            if (state.pending.length == 0) return NO_MATCH; // no thread left: the machine gives up here too
        }
        return state.matchesAtEnd() ? MATCH : NO_MATCH;
    }

    /** States made so far (the start state among them). */
    public int stateCount() {
        return stateCount.get();
    }

    /** The state after {@code c}; null when it is new and no room is left. */
    private State step(State state, int c) {
        int cond = Utils.emptyOpContext(state.before, c);
        Scratch scratch = takeScratch();
        int[] next;
        int count = 0;
        try {
            int[] reached = closure(state.pending, cond, scratch);
            int[] seen = scratch.mark;
            int mark = scratch.nextMark();
            next = new int[reached.length];
            for (int pc : reached) {
                Inst inst = prog.getInst(pc);
                if (inst.op == Inst.MATCH) continue; // a match before the text's end is none for a whole-text match
                if (takes(inst, c) && seen[inst.out] != mark) {
                    seen[inst.out] = mark;
                    next[count++] = inst.out;
                }
            }
        } finally {
            spare.set(scratch);
        }
        int[] pending = Arrays.copyOf(next, count);
        Arrays.sort(pending);
        return state(kindBefore(c), pending);
    }

    /**
     * The rune and match instructions reached from {@code pcs} through the empty-width steps that {@code cond}
     * allows, as RE2J's {@code Machine.add} follows them.
     */
    private int[] closure(int[] pcs, int cond, Scratch scratch) {
        int[] seen = scratch.mark;
        int mark = scratch.nextMark();
        int[] stack = scratch.stack;
        int[] out = scratch.out;
        int count = 0;
        for (int p = pcs.length - 1; p >= 0; p--) {
            int depth = 0;
            stack[depth++] = pcs[p];
            while (depth > 0) {
                int pc = stack[--depth];
                if (pc == 0 || seen[pc] == mark) continue;
                seen[pc] = mark;
                Inst inst = prog.getInst(pc);
                switch (inst.op) {
                    case Inst.FAIL:
                        break;
                    case Inst.ALT:
                    case Inst.ALT_MATCH:
                        stack[depth++] = inst.arg;
                        stack[depth++] = inst.out;
                        break;
                    case Inst.EMPTY_WIDTH:
                        if ((inst.arg & ~cond) == 0) stack[depth++] = inst.out;
                        break;
                    case Inst.NOP:
                    case Inst.CAPTURE:
                        stack[depth++] = inst.out;
                        break;
                    default: // MATCH and the rune instructions
                        out[count++] = pc;
                        break;
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** The spare scratch arrays, or new ones when another thread has them. */
    private Scratch takeScratch() {
        Scratch scratch = spare.getAndSet(null);
        return scratch != null ? scratch : new Scratch(prog.numInst());
    }

    /**
     * Arrays the program's size for a walk over its instructions. An instruction is marked seen by storing the
     * walk's number, so a new walk clears nothing. Used by one thread at a time.
     */
    private static final class Scratch {
        final int[] mark;
        final int[] stack;
        final int[] out;
        private int marks;

        Scratch(int instructions) {
            mark = new int[instructions];
            stack = new int[instructions + 1];
            out = new int[instructions];
        }

        /** A number no instruction is marked with yet. */
        int nextMark() {
            if (++marks == 0) { // after 2^32 walks: start again from clear marks
                Arrays.fill(mark, 0);
                marks = 1;
            }
            return marks;
        }
    }

    /** Whether a rune instruction takes the rune, as RE2J's machine steps it. */
    private static boolean takes(Inst inst, int c) {
        switch (inst.op) {
            case Inst.RUNE:
                return inst.matchRune(c);
            case Inst.RUNE1:
                return c == inst.runes[0];
            case Inst.RUNE_ANY:
                return true;
            case Inst.RUNE_ANY_NOT_NL:
                return c != '\n';
            default:
                return false;
        }
    }

    private static int kindBefore(int c) {
        if (c == '\n') return BEFORE_NEWLINE;
        return Utils.isWordRune(c) ? BEFORE_WORD : BEFORE_OTHER;
    }

    /** The state for these pending instructions after a char of this kind; null when new and no room is left. */
    private State state(int before, int[] pending) {
        Key key = new Key(before, pending);
        State known = states.get(key);
        if (known != null) return known;
        if (stateCount.get() >= maxStates) return null;
        State made = new State(before, pending, classCount);
        State raced = states.putIfAbsent(key, made);
        if (raced != null) return raced;
        stateCount.incrementAndGet();
        return made;
    }

    private record Mask(long low, long high) {
        boolean has(int c) {
            return c < 64 ? (low & 1L << c) != 0 : (high & 1L << (c - 64)) != 0;
        }
    }

    private record Key(int before, int[] pending) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.before == before && Arrays.equals(k.pending, pending);
        }

        @Override
        public int hashCode() {
            return 31 * before + Arrays.hashCode(pending);
        }
    }

    private final class State {
        final int before;
        final int[] pending;
        /** The next state for each ASCII class, filled as texts need them (a racy write of an immutable state). */
        final State[] ascii;
        final Map<Integer, State> others = new ConcurrentHashMap<>(4);
        /** Whether the text may end here: 0 not yet worked out, 1 yes, 2 no. */
        private volatile byte atEnd;

        State(int before, int[] pending, int classes) {
            this.before = before;
            this.pending = pending;
            this.ascii = new State[classes];
        }

        boolean matchesAtEnd() {
            byte known = atEnd;
            if (known == 0) {
                known = 2;
                Scratch scratch = takeScratch();
                int[] reached;
                try {
                    reached = closure(pending, Utils.emptyOpContext(before, -1), scratch);
                } finally {
                    spare.set(scratch);
                }
                for (int pc : reached) {
                    if (prog.getInst(pc).op == Inst.MATCH) known = 1;
                }
                atEnd = known;
            }
            return known == 1;
        }
    }
}
