package wirewash.clean.filters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;

/**
 * Reads the site's name where a page states it and its metadata has none, and removes nothing. A page names itself in
 * its own furniture: its prompts ("Follow The Verge online:", "Subscribe to Sportsnet.ca newsletters", "Search
 * SlashGear", "About Jeongdong Theater", "The Verge homepage", "More From Dawgs By Nature") and its copyright line
 * ("© 2005-2019 SlashGear, All Rights Reserved.", "Copyright 2019. Washington Examiner."), which names the owner (a
 * company's legal form, "LLC", "Inc.", dropped). Each distinct line that names a site counts once for it; the name the
 * page names most wins when {@code minMentions} lines name it, or when its copyright line alone names one and no
 * prompt names another. A name is one to {@code maxNameWords} words each opened by a capital or a digit (a lower-case
 * "the" before them aside), not all of them function words ("About Us", "Contact Us" name no site). Lines of more than
 * {@code maxLineWords} words are sentences, not prompts. Phrases are constructor parameters with {@code DEFAULT_}
 * lists: a line opens with one of the prefixes and ends with the name, or opens with the name and ends with one of the
 * suffixes.
 */
public final class SiteNameFilter implements BlockFilter {
    /** Lines' openings that name the site right after them ("Follow", "Subscribe to"), lower case. */
    public static final List<String> DEFAULT_PREFIXES = List.of("follow", "subscribe to", "sign up to", "about",
            "search", "more from", "support", "why you can trust", "contact", "advertise with", "advertise on",
            "back to", "work at", "welcome to");
    /** Lines' endings that name the site right before them ("homepage", "main menu"), lower case. */
    public static final List<String> DEFAULT_SUFFIXES = List.of("homepage", "home page", "main menu", "online",
            "newsletters", "newsletter", "navigation", "on youtube", "via email", "archives", "app");
    /** Reasons of the removed lines read as copyright lines. */
    public static final Set<String> DEFAULT_COPYRIGHT_REASONS = Set.of("copyright");
    /** Marks that open a copyright line's owner, lower case. */
    public static final List<String> DEFAULT_COPYRIGHT_MARKS = List.of("©", "ⓒ", "(c)", "copyright");
    /** Words of a copyright line before its owner's name that are no part of it, lower case. */
    public static final Set<String> DEFAULT_COPYRIGHT_LEAD_WORDS = Set.of("©", "ⓒ", "(c)", "copyright", "by", "-",
            "–", "—");
    /** A company's legal form after its name ("Vox Media, LLC"), dropped from the owner's name, lower case. */
    public static final Set<String> DEFAULT_LEGAL_FORMS = Set.of("llc", "inc", "ltd", "limited", "pty", "gmbh",
            "corp", "plc", "pvt", "private", "co", "s.a", "ag", "bv", "srl", "sl");
    /** Words that end a copyright line's owner's name ("POLYGRAPH.info All Rights Reserved"), lower case. */
    public static final Set<String> DEFAULT_COPYRIGHT_END_WORDS = Set.of("all");
    /** Words a prompt names that are no site ("About Us", "Contact Me"), lower case. */
    public static final Set<String> DEFAULT_NOT_NAMES = Set.of("us", "me", "you", "them");
    public static final int DEFAULT_MIN_MENTIONS = 2;
    public static final int DEFAULT_MAX_NAME_WORDS = 5;
    public static final int DEFAULT_MAX_LINE_WORDS = 8;

    /** A full stop or a comma at a word's end, for the rare word that ends with a line terminator. */
    private static final Pattern END_STOP = Pattern.compile("[.,]$");

    private final List<String> prefixes;
    private final List<String> suffixes;
    private final int minMentions;
    private final int maxNameWords;
    private final int maxLineWords;

    public SiteNameFilter() {
        this(DEFAULT_PREFIXES, DEFAULT_SUFFIXES, DEFAULT_MIN_MENTIONS, DEFAULT_MAX_NAME_WORDS, DEFAULT_MAX_LINE_WORDS);
    }

    /**
     * @param prefixes     lines' openings that name the site right after them, lower case
     * @param suffixes     lines' endings that name the site right before them, lower case
     * @param minMentions  fewest lines naming a site for it to be taken (a copyright line's owner alone aside)
     * @param maxNameWords most words of a site's name
     * @param maxLineWords most words of a line that names the site
     */
    public SiteNameFilter(List<String> prefixes, List<String> suffixes, int minMentions, int maxNameWords,
                          int maxLineWords) {
        this.prefixes = List.copyOf(prefixes);
        this.suffixes = List.copyOf(suffixes);
        this.minMentions = Validate.positive(minMentions, "minMentions");
        this.maxNameWords = Validate.positive(maxNameWords, "maxNameWords");
        this.maxLineWords = Validate.atLeast(maxLineWords, maxNameWords, "maxLineWords");
    }

    @Override
    public boolean process(Page page) {
        if (page.metadata().site() != null) return false;
        Stopwords stopwords = page.stopwords();
        Map<String, Mentions> names = new LinkedHashMap<>();
        boolean owned = false;
        for (Block block : page.blocks()) {
            if (block.isJoined()) continue;
            String text = block.text().strip();
            if (block.isRemoved() && DEFAULT_COPYRIGHT_REASONS.contains(block.removal().code())) {
                String name = copyrightOwner(text, stopwords);
                if (name != null) {
                    owned = true;
                    mention(names, name, text);
                }
                continue;
            }
            if (block.wordCount() > maxLineWords || text.isEmpty()) continue;
            String name = promptedName(text, stopwords);
            if (name != null) mention(names, name, text);
        }
        Mentions best = null;
        for (Mentions mentions : names.values()) {
            if (best == null || mentions.lines.size() > best.lines.size()) best = mentions;
        }
        if (best == null) return false;
        boolean ownerAlone = names.size() == 1 && owned;
        if (best.lines.size() >= minMentions || ownerAlone) page.setMetadata(page.metadata().withSite(best.name));
        return false;
    }

    private static void mention(Map<String, Mentions> names, String name, String line) {
        Mentions mentions = names.computeIfAbsent(key(name), k -> new Mentions(name));
        mentions.lines.add(line);
    }

    /** Names are told apart case aside and with a leading "the" dropped: "SFGATE" is "SFGate", "The Verge" "Verge". */
    static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    /** The name a prompt line states ("Follow The Verge online:": "The Verge"), or null. */
    String promptedName(String text, Stopwords stopwords) {
        // most lines open and end with none of the phrases: compared in place, case aside, before any string is made
        String line = trimEnd(text);
        for (String prefix : prefixes) {
            int length = prefix.length();
            if (line.length() > length + 1 && line.charAt(length) == ' '
                    && line.regionMatches(true, 0, prefix, 0, length)) {
                String name = name(withoutSuffix(line.substring(length + 1).strip()), stopwords);
                if (name != null) return name;
            }
        }
        String rest = withoutSuffix(line);
        return rest.length() < line.length() ? name(rest, stopwords) : null;
    }

    /** The text with one of the suffixes and the space before it cut off its end, or the text itself. */
    private String withoutSuffix(String text) {
        for (String suffix : suffixes) {
            int at = text.length() - suffix.length();
            if (at > 1 && text.charAt(at - 1) == ' ' && text.regionMatches(true, at, suffix, 0, suffix.length())) {
                return text.substring(0, at - 1).strip();
            }
        }
        return text;
    }

    /** The owner a copyright line names after its mark and years ("© 2019 Vox Media, LLC.": "Vox Media"), or null. */
    String copyrightOwner(String text, Stopwords stopwords) {
        String lower = text.toLowerCase(Locale.ROOT);
        int from = -1;
        for (String mark : DEFAULT_COPYRIGHT_MARKS) {
            int at = lower.indexOf(mark);
            if (at >= 0 && (from < 0 || at < from)) from = at;
        }
        if (from < 0) return null;
        String[] words = TextMeasure.splitAtWhiteSpace(text.substring(from));
        int i = 0;
        // the marks, "by", the years and their ranges ("2005-2019", "2000 -") before the name
        while (i < words.length && (DEFAULT_COPYRIGHT_LEAD_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
                || isYears(words[i]) || words[i].startsWith("©"))) {
            if (words[i].startsWith("©") && words[i].length() > 1 && !isYears(words[i].substring(1))) {
                words[i] = words[i].substring(1); // "©Phys.org"
                break;
            }
            i++;
        }
        StringBuilder name = new StringBuilder();
        int count = 0;
        for (; i < words.length && count < maxNameWords; i++) {
            String word = words[i];
            boolean ends = false;
            // a comma, a full stop after a word of letters, a bar or a dash ends the name: "SlashGear, All Rights"
            while (!word.isEmpty() && ",;:|".indexOf(word.charAt(word.length() - 1)) >= 0) {
                word = word.substring(0, word.length() - 1);
                ends = true;
            }
            // a full stop ends it too, after a word or an address ("Entermedia.co.kr.", "Ltd..")
            while (word.endsWith(".")) {
                word = word.substring(0, word.length() - 1);
                ends = true;
            }
            if (!isNameWord(word) || DEFAULT_COPYRIGHT_END_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || DEFAULT_LEGAL_FORMS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) {
                break;
            }
            if (count > 0) name.append(' ');
            name.append(word);
            count++;
            if (ends) break;
        }
        return count == 0 ? null : checked(name.toString(), stopwords);
    }

    /** {@code word.replaceAll("[.,]$", "")} without a regex compiled at each call. */
    static String withoutEndStop(String word) {
        int n = word.length();
        if (n == 0) return word;
        char last = word.charAt(n - 1);
        // "$" also matches before a line terminator that ends the text: such a word is left to the regex
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return END_STOP.matcher(word).replaceAll("");
        }
        return last == '.' || last == ',' ? word.substring(0, n - 1) : word;
    }

    private static boolean isYears(String word) {
        String w = withoutEndStop(word);
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && c != '-' && c != '–' && c != '—') return false;
        }
        return Character.isDigit(w.charAt(0));
    }

    /** The text when it is a name (see the class comment), else null. */
    private String name(String text, Stopwords stopwords) {
        if (text.isEmpty()) return null;
        String[] words = text.split(" ");
        if (words.length > maxNameWords) return null;
        for (int i = 0; i < words.length; i++) {
            if (!(isNameWord(words[i]) || i == 0 && words.length > 1 && words[i].equals("the"))) return null;
        }
        return checked(text, stopwords);
    }

    /** The name unless all its words are function words or {@link #DEFAULT_NOT_NAMES} ("Us"). */
    private static String checked(String name, Stopwords stopwords) {
        for (String word : name.split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!stopwords.contains(lower) && !DEFAULT_NOT_NAMES.contains(lower)) return name;
        }
        return null;
    }

    /**
     * A word of a name: a capital or a digit, then letters, digits and the marks names carry ("Phys.org",
     * "9to5Mac").
     */
    private static boolean isNameWord(String word) {
        if (word.isEmpty()) return false;
        char first = word.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '&') return false;
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) letter = true;
            else if (!Character.isDigit(c) && ".&'’-".indexOf(c) < 0) return false;
        }
        return letter || word.equals("&");
    }

    /** The line without the colon, bar or dots it ends with ("Follow The Verge online:"). */
    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && ":|…›»".indexOf(text.charAt(end - 1)) >= 0) end--;
        return text.substring(0, end).strip();
    }

    private static final class Mentions {
        final String name;
        /** The distinct lines that name it: each counts once. */
        final java.util.Set<String> lines = new java.util.HashSet<>();

        Mentions(String name) {
            this.name = name;
        }
    }
}
