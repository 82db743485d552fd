package wirewash.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import wirewash.rules.RuleException;
import wirewash.source.InputException;

/** The wirewash command line: a picocli command with one subcommand class per verb. */
@Command(name = "wirewash", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Strips boilerplate from scraped news pages and clusters near-duplicate stories.",
        subcommands = {RunCommand.class, BenchCommand.class, CleanCommand.class, ExplainCommand.class, RulesCommand.class,
                SynthCommand.class, EvalClustersCommand.class, ExplainPairCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:finished, but some input documents failed (see run.json)",
                "2:bad command line", "3:configuration error (rules file, missing input)",
                "4:could not write the output", "5:out of memory (give the JVM more heap: java -Xmx...)",
                "70:internal error (a bug)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code, without exiting. */
    public static int execute(String... args) {
        return guarded(() -> commandLine().execute(args), new PrintWriter(System.err, true));
    }

    /**
     * Runs {@code command}, turning running out of heap (an error picocli lets through) into its documented exit
     * code instead of the JVM's 1, which would read as "finished, some documents failed" to a nightly job.
     */
    static int guarded(java.util.function.IntSupplier command, PrintWriter err) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println("wirewash: out of memory (" + e.getMessage() + "); run with more heap, e.g. java -Xmx8g -jar"
                    + " wirewash.jar ..., or fewer inputs per run");
            return ExitCodes.OUT_OF_MEMORY;
        }
    }

    /** The configured command line, for tests that only parse. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof RuleException || e instanceof InputException
                || e instanceof wirewash.state.StateException s && s.isConfiguration()) {
            err.println("wirewash: configuration error: " + e.getMessage());
            return ExitCodes.CONFIG;
        }
        if (e instanceof IOException || e instanceof wirewash.state.StateException) {
            err.println("wirewash: cannot write output: " + e);
            return ExitCodes.IO;
        }
        err.println("wirewash: internal error: " + e);
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"wirewash " + (v == null ? "dev" : v)};
        }
    }
}
