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
import wirewash.dedup.Signing;
import wirewash.dedup.Deduplicator;
import wirewash.rules.RuleSet;
import wirewash.run.BackgroundCommit;
import wirewash.run.LocalRunner;
import wirewash.run.OutputFolder;
import wirewash.run.RunResult;
import wirewash.source.Decoder;
import wirewash.state.StateStore;

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

    enum DedupMode { wirewash, plain }

    @Option(names = "--dedup", paramLabel = "MODE", defaultValue = "wirewash",
            description = "wirewash (verified, cannot chain) or plain (LSH at Jaccard 0.5, union-find of candidates, "
                    + "no verification; for comparison). Default: ${DEFAULT-VALUE}.")
    DedupMode dedup;

    @Option(names = "--state", paramLabel = "FILE",
            description = "SQLite state shared by nightly runs (default: OUT/" + StateStore.DEFAULT_FILE + ").")
    Path state;

    @Option(names = "--signing", paramLabel = "VERSION",
            description = "How texts become signatures: v2 (several times faster) or v1 (as before v2). Default: "
                    + "the version the state's documents were signed with, v2 for a new state or --no-state. A state "
                    + "signed with another version is refused: it keeps no texts to sign again.")
    String signing;

    @Option(names = "--no-state", description = "Run on this input alone; read and write no state.")
    boolean noState;

    @Option(names = "--window", paramLabel = "PERIOD", defaultValue = "30d", converter = WindowConverter.class,
            description = "Match new documents against stored ones published (or first seen) this recently; older "
                    + "ones age out. Nd or Nw (default: ${DEFAULT-VALUE}).")
    java.time.Period window;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The run's date (yyyy-MM-dd) for first-seen dates and the window (default: today, UTC).")
    java.time.LocalDate asOf;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "same/different decisions (default: the rules folder's 'overrides' file, when present).")
    Path overrides;

    @Mixin
    RulesOption rules;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        RuleSet ruleSet = rules.load();
        Signing requested = null;
        if (signing != null) {
            try {
                requested = Signing.of(signing);
            } catch (IllegalArgumentException e) {
                System.err.println("wirewash: configuration error: --signing: " + e.getMessage());
                return ExitCodes.CONFIG;
            }
        }
        wirewash.dedup.Overrides decisions = overrides != null ? wirewash.rules.OverridesLoader.load(overrides)
                : wirewash.rules.OverridesLoader.forRules(rules.rules);
        java.time.LocalDate today = asOf != null ? asOf : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Path stateFile = noState ? null : state != null ? state : out.resolve(StateStore.DEFAULT_FILE);
        try (StateStore store = stateFile == null ? null : new StateStore(stateFile, today, window)) {
            java.util.Set<String> stored = store == null ? java.util.Set.of() : store.schemes();
            DedupConfig config = DedupConfig.defaults()
                    .withSigning(requested != null ? requested : signingOf(stored));
            Deduplicator deduplicator = dedup == DedupMode.plain ? Deduplicator.plain(config)
                    : new Deduplicator(config).withOverrides(decisions);
            String scheme = deduplicator.scheme().toString();
            if (!stored.isEmpty() && !stored.equals(java.util.Set.of(scheme))) {
                System.err.println("wirewash: configuration error: state " + stateFile + " holds documents signed "
                        + "with " + String.join(", ", stored) + " but this run signs with " + scheme + ", and their "
                        + "signatures cannot be compared (the state keeps no texts to sign again). Run with the "
                        + "--signing version the state was made with, or start a new state (--state FILE).");
                return ExitCodes.CONFIG;
            }
            return run(ruleSet, config, deduplicator, store, stateFile, decisions);
        }
    }

    /** The signing version whose scheme the stored documents carry, or the default when none (or several) do. */
    private static Signing signingOf(java.util.Set<String> stored) {
        for (Signing s : Signing.values()) {
            if (stored.equals(java.util.Set.of(DedupConfig.defaults().withSigning(s).scheme().toString()))) {
                return s;
            }
        }
        return DedupConfig.DEFAULT_SIGNING;
    }

    private int run(RuleSet ruleSet, DedupConfig config, Deduplicator deduplicator, StateStore store, Path stateFile,
                    wirewash.dedup.Overrides decisions) throws Exception {
        LocalRunner runner = new LocalRunner(new Decoder(), new Cleaner(ruleSet), deduplicator, input.threads(), store);
        // closed after the state's commit, which reads this run's shingles back from the spool
        try (RunResult result = runner.run(InputOptions.paths(in), TerminalProgress.forTerminal(quiet))) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("command", "run");
            settings.put("inputs", in);
            settings.put("out", out.toString());
            settings.put("rules", rules.rules.toString());
            settings.put("rule_count", ruleSet.size());
            settings.put("threads", input.threads());
            settings.put("clean_files", output.cleanFiles());
            settings.put("signature", deduplicator.scheme().toString());
            settings.put("lsh", deduplicator.lshParams().bands() + "x" + deduplicator.lshParams().rows());
            settings.put("jaccard_threshold", config.jaccardThreshold());
            settings.put("containment_threshold", config.containmentThreshold());
            settings.put("jaccard_min_containment", config.jaccardMinContainment());
            settings.put("dedup", dedup.name());
            settings.put("overrides", decisions.same().size() + decisions.different().size());
            settings.put("state", stateFile == null ? null : stateFile.toString());
            if (store != null) {
                settings.put("window_days", window.getDays());
                settings.put("fingerprinted", store.fingerprinted());
                settings.put("fingerprints_reused", store.reused());
            }
            // the state's rows are written while the outputs are, and committed only once the outputs are written
            BackgroundCommit commit = store == null ? null : BackgroundCommit.start(store);
            try {
                new OutputFolder(out, input.threads(), output.cleanFiles()).write(result, true, settings);
            } catch (Exception | Error e) {
                if (commit != null) commit.abandon(e);
                throw e;
            }
            if (commit != null) commit.commit();
            if (!quiet) Summary.print(result, out);
            return result.failed() > 0 ? ExitCodes.DOCUMENTS_FAILED : ExitCodes.OK;
        }
    }

    /** Reads a window as {@code Nd} (days) or {@code Nw} (weeks). */
    static final class WindowConverter implements picocli.CommandLine.ITypeConverter<java.time.Period> {
        @Override
        public java.time.Period convert(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([dw])").matcher(value.strip());
            if (!m.matches()) throw new picocli.CommandLine.TypeConversionException("expected Nd or Nw, got '" + value + "'");
            int n = Integer.parseInt(m.group(1));
            return java.time.Period.ofDays(m.group(2).equals("w") ? 7 * n : n);
        }
    }
}
