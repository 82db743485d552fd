package wirewash.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class RuleLoader {
    /** The file name ending that marks a rules file inside a rules folder. */
    public static final String RULES_SUFFIX = ".rules";
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

    private RuleLoader() {}

    /** Loads a rules file, or every {@code *.rules} file of a folder in name order. */
    public static RuleSet load(Path path) throws RuleException {
        if (!Files.exists(path)) throw new RuleException(path + ": no such rules file or folder");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> p.getFileName().toString().endsWith(RULES_SUFFIX) && Files.isRegularFile(p))
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
            rules.addAll(parse(file.toString(), text));
        }
        return new RuleSet(rules);
    }

    /** Parses the text of one rules file; {@code name} is used in origins and error messages. */
    public static List<Rule> parse(String name, String text) throws RuleException {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String origin = name + ":" + (i + 1);
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

    private static Rule compile(RuleKind kind, String code, String pattern, String origin) throws RuleException {
        if (kind.isRegex()) {
            try {
                return new Rule(kind, code, pattern, origin, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE), null);
            } catch (PatternSyntaxException e) {
                throw new RuleException(origin + ": bad regular expression '" + pattern + "': " + e.getMessage());
            }
        }
        try {
            Evaluator evaluator = QueryParser.parse(pattern);
            return new Rule(kind, code, pattern, origin, null, evaluator);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new RuleException(origin + ": bad CSS selector '" + pattern + "': " + e.getMessage());
        }
    }
}
