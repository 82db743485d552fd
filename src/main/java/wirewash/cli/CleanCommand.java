package wirewash.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wirewash.clean.Cleaner;
import wirewash.model.DocumentResult;
import wirewash.run.LocalRunner;
import wirewash.run.OutputFolder;
import wirewash.run.Progress;
import wirewash.run.RunResult;
import wirewash.sink.DocsJsonl;
import wirewash.source.Decoded;
import wirewash.source.Decoder;
import wirewash.source.StdinSource;

/** {@code wirewash clean}: only strips boilerplate; reads files or standard input, writes a folder or stdout. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Strip boilerplate only (no clustering). Writes docs.jsonl, clean/ and run.json into --out,",
                "or, with --out -, the clean text to standard output. --in - reads one page from standard input."})
final class CleanCommand implements Callable<Integer> {
    static final String STDIO = "-";

    enum StdoutFormat { text, jsonl }

    @Option(names = "--in", paramLabel = "PATH", arity = "1..*", required = true,
            description = "Input files or folders, or - for standard input.")
    List<String> in;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output folder, or - for standard output.")
    String out;

    @Option(names = "--stdout-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "With --out -: text (clean bodies, one blank line apart) or jsonl (docs.jsonl lines). "
                    + "Default: ${DEFAULT-VALUE}.")
    StdoutFormat stdoutFormat;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on standard error.")
    boolean quiet;

    @Mixin
    RulesOption rules;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        LocalRunner runner = new LocalRunner(new Decoder(), new Cleaner(rules.load()), null, input.threads());
        RunResult result;
        if (in.equals(List.of(STDIO))) {
            Decoded decoded = new StdinSource(new Decoder()).read(System.in);
            if (!decoded.ok()) {
                decoded.problems().forEach(p -> System.err.println("wirewash: standard input: " + p.message()));
                return ExitCodes.DOCUMENTS_FAILED;
            }
            result = runner.runDecoded(List.of(decoded), Progress.NONE);
        } else {
            result = runner.run(InputOptions.paths(in), TerminalProgress.forTerminal(quiet || STDIO.equals(out)));
        }
        try (RunResult closing = result) {
            if (STDIO.equals(out)) {
                writeStdout(result.documents());
            } else {
                Map<String, Object> settings = new LinkedHashMap<>();
                settings.put("command", "clean");
                settings.put("inputs", in);
                settings.put("out", out);
                settings.put("rules", rules.rules.toString());
                settings.put("threads", input.threads());
                settings.put("clean_files", output.cleanFiles());
                new OutputFolder(Path.of(out), input.threads(), output.cleanFiles()).write(result, false, settings);
                if (!quiet) Summary.print(result, Path.of(out));
            }
            if (STDIO.equals(out) && !quiet) {
                for (DocumentResult doc : result.documents()) {
                    doc.document().problems().forEach(p -> System.err.println("wirewash: " + doc.document().source()
                            + ": " + p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.message()));
                }
            }
            return result.failed() > 0 ? ExitCodes.DOCUMENTS_FAILED : ExitCodes.OK;
        }
    }

    private void writeStdout(List<DocumentResult> docs) throws IOException {
        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        if (stdoutFormat == StdoutFormat.jsonl) {
            DocsJsonl.write(w, docs, false);
        } else {
            boolean first = true;
            for (DocumentResult doc : docs) {
                if (doc.failed()) continue;
                if (!first) w.write("\n");
                w.write(doc.document().text());
                w.write("\n");
                first = false;
            }
        }
        w.flush();
    }
}
