package wirewash.clean;

import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading the host out of a web address as pages write them (links, canonical URLs), for filters that compare sites. */
public final class WebAddress {
    private WebAddress() {}

    /** Whether an address is relative to the page: it names neither a scheme nor a host. */
    public static boolean isRelative(String href) {
        return !href.startsWith("//") && schemeEnd(href) < 0;
    }

    /**
     * The lower-cased host of an address without a trailing dot, an internationalised name in its ASCII form
     * ("xn--..."), its user and port aside; null when the address names no host (a relative address, "mailto:").
     * Addresses on pages are often not valid URIs (spaces, unicode names), so it is read by hand rather than with
     * {@link java.net.URI}.
     */
    public static String host(String address) {
        if (address == null) return null;
        String s = address.strip();
        int start;
        if (s.startsWith("//")) {
            start = 2;
        } else {
            int colon = schemeEnd(s);
            if (colon < 0 || !s.startsWith("//", colon + 1)) return null;
            start = colon + 3;
        }
        int end = start;
        while (end < s.length() && "/?#\\".indexOf(s.charAt(end)) < 0) end++;
        String host = s.substring(start, end);
        host = host.substring(host.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            host = close < 0 ? host : host.substring(0, close + 1);
        } else {
            int port = host.indexOf(':');
            if (port >= 0) host = host.substring(0, port);
        }
        while (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.isEmpty()) return null;
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            // not a valid internationalised name: compared as written
        }
        return host.toLowerCase(Locale.ROOT);
    }

    /** The index of the colon that ends an address's scheme ("https:"), or -1 when it names none. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) return -1;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return i;
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return -1;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Whether the query of an address (after its {@code ?}, percent- and plus-decoded) quotes the first {@code
     * minWords} words of {@code text}, the text holding that many: a share link that carries the sentence it shares
     * ("twitter.com/share?text=Increasing+your+visibility+gradually…"). Words are compared case-blind, letters and
     * digits only; an address whose escapes do not decode quotes nothing.
     */
    public static boolean quotesText(String href, String text, int minWords) {
        int query = href.indexOf('?');
        if (query < 0 || minWords < 1) return false;
        String words = firstWords(text, minWords);
        if (words == null) return false;
        String decoded;
        try {
            decoded = URLDecoder.decode(href.substring(query + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return (" " + String.join(" ", words(decoded, Integer.MAX_VALUE)) + " ").contains(" " + words + " ");
    }

    /** The first {@code count} words of a text, lower-cased and joined by single spaces; null if it has fewer. */
    private static String firstWords(String text, int count) {
        List<String> words = words(text, count);
        return words.size() < count ? null : String.join(" ", words);
    }

    /** Up to {@code limit} runs of letters and digits of a text, lower-cased. */
    private static List<String> words(String text, int limit) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length() && words.size() < limit; i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
