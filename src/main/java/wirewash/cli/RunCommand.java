package wirewash.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.rules.RuleSet;
import wirewash.run.LocalRunner;
import wirewash.run.OutputFolder;
import wirewash.run.RunResult;
import wirewash.source.Decoder;

/** {@code wirewash run}: cleans every input document, clusters near-duplicates, and writes the output folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Clean every .txt/.html/.htm file (also .gz) under the inputs, cluster near-duplicate stories,",
                "and write docs.jsonl, clean/, clusters.jsonl, report.html and run.json into the output folder."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--in", paramLabel = "PATH", arity = "1..*", defaultValue = "seeds",
            description = "Input files or folders (default: ${DEFAULT-VALUE}).")
    List<String> in;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on standard error.")
    boolean quiet;

    @Mixin
    RulesOption rules;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        RuleSet ruleSet = rules.load();
        DedupConfig config = DedupConfig.defaults();
        Deduplicator deduplicator = new Deduplicator(config);
        LocalRunner runner = new LocalRunner(new Decoder(), new Cleaner(ruleSet), deduplicator, input.threads());
        RunResult result = runner.run(InputOptions.paths(in), TerminalProgress.forTerminal(quiet));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("command", "run");
        settings.put("inputs", in);
        settings.put("out", out.toString());
        settings.put("rules", rules.rules.toString());
        settings.put("rule_count", ruleSet.size());
        settings.put("threads", input.threads());
        settings.put("signature", deduplicator.scheme().toString());
        settings.put("lsh", deduplicator.lshParams().bands() + "x" + deduplicator.lshParams().rows());
        settings.put("jaccard_threshold", config.jaccardThreshold());
        settings.put("containment_threshold", config.containmentThreshold());
        new OutputFolder(out).write(result, true, settings);
        if (!quiet) Summary.print(result, out);
        return result.failed() > 0 ? ExitCodes.DOCUMENTS_FAILED : ExitCodes.OK;
    }
}
