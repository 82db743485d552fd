package wirewash.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Reads rules files into a {@link RuleSet}, rejecting unknown keys, bad reason codes and patterns that do not
 * compile, each with the file:line where it was written.
 *
 * <p>A rules file has one rule per line: {@code KEY REASON PATTERN}. Blank lines and lines starting with
 * {@code #} are ignored. The pattern is the rest of the line, trimmed. See rules/README.md.
 *
 * <p>Adblock/EasyList element-hiding lines are accepted as they are, in {@code *.rules} and {@code *.txt}
 * files: {@code ##.selector} for every site, {@code example.com,news.example.org##.selector} for those hosts
 * and their subdomains, {@code ~example.com##.selector} for every host but that one. Each becomes a
 * {@code selector} rule with reason {@value #ADBLOCK_CODE}. Lines starting with {@code !} and {@code [} are
 * Adblock comments and headers. A {@code *.txt} file is taken for a downloaded filter list: its network rules,
 * exceptions ({@code #@#}) and extended or unparseable selectors are skipped, since they say nothing about a
 * page's elements that jsoup can check; in a {@code *.rules} file each of those is an error.
 */
public final class RuleLoader {
    /** The file name ending that marks a rules file inside a rules folder. */
    public static final String RULES_SUFFIX = ".rules";
    /** The file name ending that marks an Adblock/EasyList filter list inside a rules folder. */
    public static final String FILTER_LIST_SUFFIX = ".txt";
    /** The reason code of element-hiding rules. */
    public static final String ADBLOCK_CODE = "adblock";
    private static final String HIDING = "##";
    private static final java.util.regex.Pattern HOSTS = java.util.regex.Pattern.compile("(~?[\\w.*-]+(,~?[\\w.*-]+)*)?");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");
    /**
     * jsoup's {@code :matchText} pseudo-selector, which jsoup 1.24 no longer parses (its own message points to a
     * Java API, not to a selector); a rule using it gets a message naming the selectors that do the same.
     */
    private static final java.util.regex.Pattern MATCH_TEXT = java.util.regex.Pattern.compile(":matchText\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    static final String MATCH_TEXT_HINT = ":matchText is not supported (jsoup 1.24); select an element by its own"
            + " text with :containsOwn(text) or :matchesOwn(regex), or by a text node of its own with"
            + " :has(> ::text:contains(text))";

    private RuleLoader() {}

    /** Loads a rules file, or every {@code *.rules} and {@code *.txt} file of a folder in name order. */
    public static RuleSet load(Path path) throws RuleException {
        if (!Files.exists(path)) throw new RuleException(path + ": no such rules file or folder");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> isRulesFile(p.getFileName().toString()) && Files.isRegularFile(p))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new RuleException(path + ": cannot list rules folder: " + e.getMessage());
            }
        } else {
            files.add(path);
        }
        List<Rule> rules = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuleException(file + ": cannot read: " + e.getMessage());
            }
            String name = file.toString();
            rules.addAll(name.endsWith(FILTER_LIST_SUFFIX) ? parseFilterList(name, text) : parse(name, text));
        }
        return new RuleSet(rules);
    }

    private static boolean isRulesFile(String name) {
        return name.endsWith(RULES_SUFFIX) || name.endsWith(FILTER_LIST_SUFFIX);
    }

    /**
     * Parses an Adblock/EasyList filter list: its element-hiding lines become selector rules, everything else
     * (network rules, exceptions, selectors jsoup cannot parse) is skipped.
     */
    public static List<Rule> parseFilterList(String name, String text) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int at = line.indexOf(HIDING);
            if (at < 0 || !isHostList(line.substring(0, at))) continue;
            try {
                rules.add(elementHiding(line, at, name + ":" + (i + 1)));
            } catch (RuleException e) {
                // A third-party list uses syntax jsoup does not know (:-abp-has, :has-text); such lines are skipped.
            }
        }
        return rules;
    }

    /** Parses the text of one rules file; {@code name} is used in origins and error messages. */
    public static List<Rule> parse(String name, String text) throws RuleException {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String origin = name + ":" + (i + 1);
            int at = line.indexOf(HIDING);
            if (at >= 0 && isHostList(line.substring(0, at)) && !line.startsWith(HIDING + " ")) {
                rules.add(elementHiding(line, at, origin));
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!") || line.startsWith("[")) continue;
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                throw new RuleException(origin + ": expected 'KEY REASON PATTERN', got '" + line + "'");
            }
            RuleKind kind = RuleKind.byKey(parts[0]).orElseThrow(() -> new RuleException(
                    origin + ": unknown key '" + parts[0] + "' (expected one of " + RuleKind.keys() + ")"));
            String code = parts[1];
            if (!CODE.matcher(code).matches()) {
                throw new RuleException(origin + ": reason '" + code
                        + "' must be lower-case letters, digits and dashes, starting with a letter");
            }
            rules.add(compile(kind, code, parts[2].strip(), origin));
        }
        return rules;
    }

    /** True for what may stand before {@code ##}: nothing, or hosts separated by commas, no spaces. */
    private static boolean isHostList(String prefix) {
        return HOSTS.matcher(prefix).matches();
    }

    /** An element-hiding line, {@code [~]host,…##selector}, as a selector rule limited to its hosts. */
    private static Rule elementHiding(String line, int at, String origin) throws RuleException {
        String selector = line.substring(at + HIDING.length()).strip();
        if (selector.isEmpty()) throw new RuleException(origin + ": element-hiding rule without a selector");
        Set<String> domains = new TreeSet<>();
        Set<String> excluded = new TreeSet<>();
        for (String domain : line.substring(0, at).split(",")) {
            String host = domain.strip().toLowerCase(Locale.ROOT);
            if (host.isEmpty()) continue;
            if (host.startsWith("~")) excluded.add(host.substring(1));
            else domains.add(host);
        }
        Rule compiled = compile(RuleKind.SELECTOR, ADBLOCK_CODE, selector, origin);
        return new Rule(RuleKind.SELECTOR, ADBLOCK_CODE, line, origin, null, compiled.selector(), domains, excluded);
    }

    /**
     * The pattern with RE2's ASCII word classes read as Unicode ones: {@code \W} as {@code [^\p{L}\p{N}_]}
     * and {@code \w} as {@code [\p{L}\p{N}_]} (inside a bracketed class, {@code \w} as its letters and digits;
     * a {@code \W} there is left as it is). RE2 takes every Cyrillic, Greek, Hangul or accented letter for a
     * non-word char, so {@code \W*(реклама)\W*}, written for the punctuation around a label, would match a whole
     * sentence that starts with the word. ({@code \b} stays ASCII: a rule word in those scripts goes without it.)
     */
    static String unicodeWordClasses(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(++i);
                if (next == 'w') out.append(inClass ? "\\p{L}\\p{N}_" : "[\\p{L}\\p{N}_]");
                else if (next == 'W' && !inClass) out.append("[^\\p{L}\\p{N}_]");
                else out.append(c).append(next);
                continue;
            }
            if (c == '[' && !inClass) {
                inClass = true;
                out.append(c);
                // a ']' right after '[' or '[^' is a literal member of the class
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') out.append(pattern.charAt(++i));
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') out.append(pattern.charAt(++i));
                continue;
            }
            if (c == '[' && inClass && i + 1 < pattern.length() && pattern.charAt(i + 1) == ':') {
                int end = pattern.indexOf(":]", i + 2);
                if (end > 0) {
                    out.append(pattern, i, end + 2);
                    i = end + 1;
                    continue;
                }
            }
            if (c == ']' && inClass) inClass = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The rule's regex with its start anchored ({@code ^(?:pattern)}, the pattern as {@link #unicodeWordClasses}
     * reads it), which matches the same whole texts: RE2J's machine gives up on a text at the first char where no
     * thread of the match is left only when the pattern itself starts at the text's start; without the anchor it
     * steps on to the end of every block it rejects (a paragraph that holds a share rule's "print" or "email").
     * {@code regex} itself when the anchored form does not compile (a {@code \Q} quoting to the pattern's end would
     * quote the closing parenthesis). The pattern is compiled as it is first all the same: that is what tells a
     * user's unbalanced parenthesis, which the wrapping could close ({@code a)(b} as {@code ^(?:a)(b)}).
     */
    static Pattern anchored(String pattern, Pattern regex) {
        try {
            return Pattern.compile("^(?:" + pattern + ")", Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            return regex;
        }
    }

    private static Rule compile(RuleKind kind, String code, String pattern, String origin) throws RuleException {
        if (kind.isRegex()) {
            try {
                String rewritten = unicodeWordClasses(pattern);
                Pattern regex = Pattern.compile(rewritten, Pattern.CASE_INSENSITIVE);
                return new Rule(kind, code, pattern, origin, anchored(rewritten, regex), null);
            } catch (PatternSyntaxException e) {
                throw new RuleException(origin + ": bad regular expression '" + pattern + "': " + e.getMessage());
            }
        }
        if (MATCH_TEXT.matcher(pattern).find()) {
            throw new RuleException(origin + ": bad CSS selector '" + pattern + "': " + MATCH_TEXT_HINT);
        }
        try {
            Evaluator evaluator = QueryParser.parse(pattern);
            return new Rule(kind, code, pattern, origin, null, evaluator);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new RuleException(origin + ": bad CSS selector '" + pattern + "': " + e.getMessage());
        }
    }
}
