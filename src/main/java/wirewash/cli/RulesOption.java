package wirewash.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

/** The --rules option shared by the commands that clean. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "PATH", defaultValue = "rules",
            description = "Rules file or folder of *.rules files (default: ${DEFAULT-VALUE}).")
    Path rules;

    RuleSet load() throws RuleException {
        return RuleLoader.load(rules);
    }
}
