package wirewash.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of rule a rules file can hold, each named by the key that starts its line. */
public enum RuleKind {
    /** A block whose whole text matches the pattern is removed. */
    LINE("line", true),
    /** A block matching the pattern starts a trailing section (related list, comments, footer): it and all after go. */
    TAIL("tail", true),
    /** A block matching the pattern is an image caption or photo credit; the image's label line above goes too. */
    CAPTION("caption", true),
    /** A block matching the pattern is a byline; its first group is kept as the document's byline. */
    BYLINE("byline", true),
    /** A CSS selector: HTML elements it matches, with everything inside them, are removed. */
    SELECTOR("selector", false);

    private final String key;
    private final boolean regex;

    RuleKind(String key, boolean regex) {
        this.key = key;
        this.regex = regex;
    }

    public String key() {
        return key;
    }

    /** True when the pattern is a regular expression (RE2 syntax), false for a CSS selector. */
    public boolean isRegex() {
        return regex;
    }

    public static Optional<RuleKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String keys() {
        return Arrays.stream(values()).map(RuleKind::key).collect(Collectors.joining(", "));
    }
}
