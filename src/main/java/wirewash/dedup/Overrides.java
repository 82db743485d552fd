package wirewash.dedup;

import java.util.Set;
import java.util.TreeSet;
import wirewash.internal.Validate;

/**
 * Decisions a person made about pairs of documents, which every run honours over the measurements: pairs that are
 * the same story (a forced edge) and pairs that are different stories (a forbidden edge: never in one cluster).
 *
 * @param same      pairs joined whatever their similarity, each as "a\u0000b" with a &lt; b
 * @param different pairs never put in one cluster, same encoding
 */
public record Overrides(Set<String> same, Set<String> different) {
    public static final Overrides NONE = new Overrides(Set.of(), Set.of());
    private static final char SEPARATOR = '\u0000';

    public Overrides {
        same = Set.copyOf(new TreeSet<>(Validate.notNull(same, "same")));
        different = Set.copyOf(new TreeSet<>(Validate.notNull(different, "different")));
    }

    /** The key of an unordered pair of ids. */
    public static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + SEPARATOR + b : b + SEPARATOR + a;
    }

    public boolean isSame(String a, String b) {
        // asked of every pair verified: no key is built when there are no overrides
        return !same.isEmpty() && same.contains(key(a, b));
    }

    public boolean isDifferent(String a, String b) {
        return !different.isEmpty() && different.contains(key(a, b));
    }

    /** The two ids of a key. */
    public static String[] ids(String key) {
        int i = key.indexOf(SEPARATOR);
        return new String[] {key.substring(0, i), key.substring(i + 1)};
    }
}
