package wirewash.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the spellings and date styles that British and American desks write differently onto one form, token by
 * token, so a regional rewrite shingles like its source: -our → -or, -ise/-isation → -ize/-ization, -yse → -yze,
 * -re → -er, doubled l before -ed/-ing/-er → single, a short list of irregular words ("programme", "grey",
 * "defence"), "per cent" → "percent", abbreviated months → full names, ordinals → numbers ("2nd" → "2") and
 * day-first dates → month-first ("2 january" → "january 2"). Honorifics need nothing: "Mr." and "Mr" are both
 * the token {@code mr}.
 *
 * <p>The suffix rules over-fold some words that have no variant ("called" → "caled"); both copies fold the same
 * way, so that costs nothing unless two distinct words meet, which is rare. Input tokens are lower case.
 * Stateless and thread-safe.
 */
public final class SpellingFolder {
    private static final Pattern OUR = Pattern.compile("(.{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less)?");
    private static final Pattern ISE = Pattern.compile("(.{2,})is(e|es|ed|ing|ation|ations|er|ers)");
    private static final Pattern YSE = Pattern.compile("(.{2,})ys(e|es|ed|ing)");
    private static final Pattern RE = Pattern.compile("(.{2,}[^aeiouy])re(s)?");
    private static final Pattern DOUBLE_L = Pattern.compile("(.{2,}[aeiou])ll(ed|ing|er|ers|or|ors)");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
    /** How a token must end for each pattern to match it: "our" and each optional suffix after it, and so on. */
    static final String[] OUR_ENDINGS = {"our", "ours", "oured", "ouring", "ourite", "ourites", "ourable",
            "ourably", "ourer", "ourers", "ourful", "ourless"};
    static final String[] ISE_ENDINGS = {"ise", "ises", "ised", "ising", "isation", "isations", "iser",
            "isers"};
    static final String[] YSE_ENDINGS = {"yse", "yses", "ysed", "ysing"};
    static final String[] RE_ENDINGS = {"re", "res"};
    static final String[] DOUBLE_L_ENDINGS = {"lled", "lling", "ller", "llers", "llor", "llors"};
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("programme", "program"), Map.entry("programmes", "programs"), Map.entry("grey", "gray"),
            Map.entry("tyre", "tire"), Map.entry("tyres", "tires"), Map.entry("cheque", "check"),
            Map.entry("jewellery", "jewelry"), Map.entry("sceptic", "skeptic"), Map.entry("sceptical", "skeptical"),
            Map.entry("aluminium", "aluminum"), Map.entry("ageing", "aging"), Map.entry("whilst", "while"),
            Map.entry("amongst", "among"), Map.entry("catalogue", "catalog"), Map.entry("dialogue", "dialog"),
            Map.entry("analogue", "analog"), Map.entry("fulfil", "fulfill"), Map.entry("enrolment", "enrollment"),
            Map.entry("defence", "defense"), Map.entry("offence", "offense"), Map.entry("licence", "license"),
            Map.entry("pretence", "pretense"), Map.entry("jan", "january"), Map.entry("feb", "february"),
            Map.entry("aug", "august"), Map.entry("sep", "september"), Map.entry("sept", "september"),
            Map.entry("oct", "october"), Map.entry("nov", "november"), Map.entry("dec", "december"));
    static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");

    /** The tokens with every variant folded; a new list, the input is not changed. */
    public List<String> fold(List<String> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (String token : tokens) words.add(word(token));
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (w.equals("per") && "cent".equals(next)) {
                out.add("percent");
                i++;
            } else if (next != null && isDay(w) && MONTHS.contains(next)) {
                out.add(next);
                out.add(w);
                i++;
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * One token folded on its own. Each suffix pattern runs only when the token ends the way the pattern needs
     * (plain string checks): most tokens end no such way, and regex passes per token were most of the time spent
     * signing a document. The checks are necessary conditions of the patterns, so the result is the patterns'.
     */
    public String word(String token) {
        String known = WORDS.get(token);
        if (known != null) return known;
        Matcher m;
        if (!token.isEmpty() && token.charAt(0) >= '0' && token.charAt(0) <= '9') {
            m = ORDINAL.matcher(token);
            if (m.matches()) return m.group(1);
        }
        if (token.indexOf("our", 3) >= 0 && endsWithAny(token, OUR_ENDINGS)) {
            m = OUR.matcher(token);
            if (m.matches()) return m.group(1) + "or" + nullToEmpty(m.group(2));
        }
        if (token.indexOf("is", 2) >= 0 && endsWithAny(token, ISE_ENDINGS)) {
            m = ISE.matcher(token);
            if (m.matches()) return m.group(1) + "iz" + m.group(2);
        }
        if (token.indexOf("ys", 2) >= 0 && endsWithAny(token, YSE_ENDINGS)) {
            m = YSE.matcher(token);
            if (m.matches()) return m.group(1) + "yz" + m.group(2);
        }
        if (token.indexOf("re", 3) >= 0 && endsWithAny(token, RE_ENDINGS)) {
            m = RE.matcher(token);
            if (m.matches()) return m.group(1) + "er" + nullToEmpty(m.group(2));
        }
        if (token.indexOf("ll", 3) >= 0 && endsWithAny(token, DOUBLE_L_ENDINGS)) {
            m = DOUBLE_L.matcher(token);
            if (m.matches()) return m.group(1) + "l" + m.group(2);
        }
        return token;
    }

    private static boolean endsWithAny(String token, String[] endings) {
        for (String ending : endings) if (token.endsWith(ending)) return true;
        return false;
    }

    /** Whether the token is a day of the month: one or two ASCII digits. */
    private static boolean isDay(String token) {
        int n = token.length();
        if (n < 1 || n > 2) return false;
        for (int i = 0; i < n; i++) if (token.charAt(i) < '0' || token.charAt(i) > '9') return false;
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
