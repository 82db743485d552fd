package wirewash.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import wirewash.dedup.Overrides;

/**
 * Reads an overrides file into {@link Overrides}: one decision per line, {@code same ID1 ID2} or
 * {@code different ID1 ID2}; blank lines and lines starting with {@code #} are ignored. Unknown keys, a wrong
 * number of ids, a pair naming one id twice and a pair declared both same and different are rejected with the
 * file:line where they were written.
 */
public final class OverridesLoader {
    /** The file's name inside a rules folder. */
    public static final String FILE_NAME = "overrides";

    private OverridesLoader() {}

    /** The overrides of a rules folder ({@code rules/overrides}), or none when the folder has no such file. */
    public static Overrides forRules(Path rules) throws RuleException {
        Path file = Files.isDirectory(rules) ? rules.resolve(FILE_NAME) : null;
        return file != null && Files.isRegularFile(file) ? load(file) : Overrides.NONE;
    }

    public static Overrides load(Path file) throws RuleException {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleException(file + ": cannot read: " + e.getMessage());
        }
    }

    public static Overrides parse(String name, String text) throws RuleException {
        Set<String> same = new HashSet<>();
        Set<String> different = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String origin = name + ":" + (i + 1);
            String[] parts = line.split("\\s+");
            if (!parts[0].equals("same") && !parts[0].equals("different")) {
                throw new RuleException(origin + ": unknown key '" + parts[0] + "' (expected one of [same, different])");
            }
            if (parts.length != 3) {
                throw new RuleException(origin + ": expected '" + parts[0] + " ID1 ID2', got '" + line + "'");
            }
            if (parts[1].equals(parts[2])) throw new RuleException(origin + ": a pair needs two different ids");
            String key = Overrides.key(parts[1], parts[2]);
            boolean isSame = parts[0].equals("same");
            if ((isSame ? different : same).contains(key)) {
                throw new RuleException(origin + ": " + parts[1] + " and " + parts[2]
                        + " are declared both same and different");
            }
            (isSame ? same : different).add(key);
        }
        return new Overrides(same, different);
    }
}
