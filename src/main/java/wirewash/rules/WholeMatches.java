package wirewash.rules;

import com.google.re2j.WholeMatchDfa;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import wirewash.internal.Validate;

/**
 * Whether each of a list of regex rules matches a whole text, as {@link Rule#matches} tells: by RE2J's machine
 * for a rule's first {@code dfaAfter} texts, then by a {@link WholeMatchDfa} built from its program (RE2J's
 * machine steps every live thread of the pattern at each char; the DFA, once a path is known, looks each char up).
 * A rule asked about a few texts never pays for the DFA's tables. Where the DFA's states run out, RE2J answers.
 * Thread-safe: the counts are atomic, a DFA is published through an atomic array, and two threads that build one
 * for the same rule at once keep either; the answers are the same whichever answers.
 */
final class WholeMatches {
    /** Texts a rule is asked about before it gets its DFA. */
    static final int DEFAULT_DFA_AFTER = 8;

    private final List<Rule> rules;
    private final int dfaAfter;
    private final int maxStates;
    private final AtomicIntegerArray asked;
    private final AtomicReferenceArray<WholeMatchDfa> dfas;

    WholeMatches(List<Rule> rules) {
        this(rules, DEFAULT_DFA_AFTER, WholeMatchDfa.DEFAULT_MAX_STATES);
    }

    WholeMatches(List<Rule> rules, int dfaAfter, int maxStates) {
        this.rules = List.copyOf(Validate.notNull(rules, "rules"));
        Validate.isTrue(dfaAfter >= 0, "dfaAfter < 0");
        Validate.isTrue(maxStates >= 1, "maxStates < 1");
        this.dfaAfter = dfaAfter;
        this.maxStates = maxStates;
        this.asked = new AtomicIntegerArray(this.rules.size());
        this.dfas = new AtomicReferenceArray<>(this.rules.size());
    }

    /** Whether rule {@code i} matches the whole text. */
    boolean matches(int i, String text) {
        Rule rule = rules.get(i);
        WholeMatchDfa dfa = dfas.get(i);
        if (dfa == null) {
            if (rule.regex() == null) return false;
            if (asked.incrementAndGet(i) <= dfaAfter) return rule.matches(text);
            dfa = new WholeMatchDfa(rule.regex(), maxStates);
            if (!dfas.compareAndSet(i, null, dfa)) dfa = dfas.get(i);
        }
        int verdict = dfa.matches(text);
        return verdict == WholeMatchDfa.UNKNOWN ? rule.matches(text) : verdict == WholeMatchDfa.MATCH;
    }
}
