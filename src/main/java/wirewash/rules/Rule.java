package wirewash.rules;

import com.google.re2j.Pattern;
import com.google.re2j.WholeMatchGroup;
import java.util.Set;
import org.jsoup.select.Evaluator;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * One line of a rules file, compiled: its kind, the reason code it gives, its pattern, and where it was written.
 * Regex rules match the whole text of a block, case-insensitively unless the pattern says {@code (?-i)}.
 *
 * @param kind     what the rule does
 * @param code     the reason code counted for what it removes
 * @param pattern  the pattern as written
 * @param origin   "file:line" where the rule was written
 * @param regex    the compiled regex (null for selectors)
 * @param selector the compiled CSS selector (null for regex rules)
 * @param domains  hosts the rule is limited to (with their subdomains); empty for every host
 * @param excluded hosts the rule does not apply to (with their subdomains), from Adblock's {@code ~host}
 */
public record Rule(RuleKind kind, String code, String pattern, String origin, Pattern regex, Evaluator selector,
                   Set<String> domains, Set<String> excluded) {
    public Rule {
        Validate.notNull(kind, "kind");
        Validate.notBlank(code, "code");
        Validate.notBlank(pattern, "pattern");
        Validate.notBlank(origin, "origin");
        Validate.isTrue(kind.isRegex() ? regex != null : selector != null, "rule " + origin + " is not compiled");
        domains = Set.copyOf(Validate.notNull(domains, "domains"));
        excluded = Set.copyOf(Validate.notNull(excluded, "excluded"));
    }

    /** A rule for every host. */
    public Rule(RuleKind kind, String code, String pattern, String origin, Pattern regex, Evaluator selector) {
        this(kind, code, pattern, origin, regex, selector, Set.of(), Set.of());
    }

    /**
     * True when the rule applies to a page on {@code host} (lower case, null when unknown). A rule limited to
     * some hosts never applies to a page whose host is unknown.
     */
    public boolean appliesTo(String host) {
        if (host == null) return domains.isEmpty();
        if (matchesAny(host, excluded)) return false;
        return domains.isEmpty() || matchesAny(host, domains);
    }

    private static boolean matchesAny(String host, Set<String> names) {
        for (String name : names) if (host.equals(name) || host.endsWith("." + name)) return true;
        return false;
    }

    /** True when the rule's regex matches the whole of {@code text}. */
    public boolean matches(String text) {
        return regex != null && regex.matches(text);
    }

    /**
     * The first group of the regex when it matches the whole text, else null: RE2J's {@code matches()} then
     * {@code group(1)}, read in one run of its machine ({@link WholeMatchGroup}), not two.
     */
    public String group(String text) {
        if (regex == null) return null;
        return WholeMatchGroup.first(regex, text);
    }

    /** The reason a block removed by this rule carries. */
    public Reason reason() {
        return new Reason(code, origin, kind.key() + " " + pattern);
    }
}
