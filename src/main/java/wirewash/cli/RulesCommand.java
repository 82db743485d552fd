package wirewash.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import wirewash.rules.Rule;
import wirewash.rules.RuleSet;

/** {@code wirewash rules check}: validates the rules without running anything. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with rules files.",
        subcommands = {RulesCommand.Check.class})
final class RulesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Load and compile every rule; print counts, or the first error with file:line (exit 3).")
    static final class Check implements Callable<Integer> {
        @Mixin
        RulesOption rules;

        @Override
        public Integer call() throws Exception {
            RuleSet set = rules.load();
            Map<String, Integer> byKind = new TreeMap<>();
            for (Rule rule : set.all()) byKind.merge(rule.kind().key(), 1, Integer::sum);
            System.out.println(rules.rules + ": " + set.size() + " rules OK " + byKind);
            return ExitCodes.OK;
        }
    }
}
