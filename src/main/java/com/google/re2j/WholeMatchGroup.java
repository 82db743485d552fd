package com.google.re2j;

/**
 * The first group of a pattern's match of a whole text, read in one run of RE2J's machine (hence this package: the
 * run is package-private). {@link Matcher#matches()} and then {@link Matcher#group(int)} run the machine twice: once
 * for whether the whole text matches, and again, once a group is asked for, with every group of the pattern tracked.
 * Here the machine runs once and tracks only the whole match and the first group: the threads it steps and their
 * order do not depend on the groups tracked, so the group is the one {@code group(1)} gives. Stateless.
 */
public final class WholeMatchGroup {
    private WholeMatchGroup() {
    }

    /**
     * What {@code pattern.matcher(text)} gives for {@code group(1)} after {@code matches()}: null when the pattern
     * does not match the whole text, has no group, or matches without its first group taking part.
     */
    public static String first(Pattern pattern, String text) {
        if (pattern == null || text == null) throw new NullPointerException(pattern == null ? "pattern" : "text");
        if (pattern.groupCount() < 1) return null;
        int[] groups = new int[4];
        if (!pattern.re2().match(text, 0, text.length(), RE2.ANCHOR_BOTH, groups, 2)) return null;
        int start = groups[2];
        int end = groups[3];
        if (start < 0 && end < 0) return null;
        return text.substring(start, end);
    }
}
