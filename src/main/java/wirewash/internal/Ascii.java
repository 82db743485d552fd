package wirewash.internal;

/**
 * Case-insensitive search for ASCII words, as a {@code (?i)} Java regex without {@code UNICODE_CASE} matches them
 * (only 'A'–'Z' fold to 'a'–'z'): for an attribute value that a selector's regex would look through, without a
 * matcher for every link of a page.
 */
public final class Ascii {
    private Ascii() {}

    /**
     * Whether {@code text} contains {@code lowerCaseNeedle} (lower-case ASCII), its 'A'–'Z' read as 'a'–'z'.
     */
    public static boolean containsIgnoreCase(String text, String lowerCaseNeedle) {
        int n = lowerCaseNeedle.length();
        char first = lowerCaseNeedle.charAt(0);
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            if (lower(text.charAt(i)) != first) continue;
            int k = 1;
            while (k < n && lower(text.charAt(i + k)) == lowerCaseNeedle.charAt(k)) k++;
            if (k == n) return true;
        }
        return false;
    }

    /** Whether {@code text} contains one of the needles (lower-case ASCII), ignoring ASCII case. */
    public static boolean containsAnyIgnoreCase(String text, String... lowerCaseNeedles) {
        for (String needle : lowerCaseNeedles) if (containsIgnoreCase(text, needle)) return true;
        return false;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
