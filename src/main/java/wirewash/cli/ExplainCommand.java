package wirewash.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wirewash.clean.Block;
import wirewash.clean.Cleaner;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.model.Metadata;
import wirewash.source.Decoded;
import wirewash.source.Decoder;
import wirewash.source.InputFile;
import wirewash.source.InputWalker;
import wirewash.source.StdinSource;

/** {@code wirewash explain FILE}: shows each block of one page, whether it was kept, and which filter or rule decided. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show every block of one page with KEEP/DROP, the filter or rule (file:line) that decided,",
                "and the features it was judged by, so a person writing rules sees why."})
final class ExplainCommand implements Callable<Integer> {
    static final int DEFAULT_WIDTH = 100;

    @Parameters(paramLabel = "FILE", description = "A .txt/.html/.htm file (also .gz), or - for standard input.")
    String file;

    @Option(names = "--width", paramLabel = "N", defaultValue = "100",
            description = "Cut each block's text to N characters; 0 shows it whole (default: ${DEFAULT-VALUE}).")
    int width = DEFAULT_WIDTH;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        Cleaner cleaner = new Cleaner(rules.load());
        Decoded decoded = decode();
        PrintStream out = System.out;
        if (!decoded.ok()) {
            decoded.problems().forEach(p -> System.err.println("wirewash: " + file + ": " + p.message()));
            return ExitCodes.DOCUMENTS_FAILED;
        }
        decoded.problems().forEach(p -> out.println("# " + p.severity() + " " + p.stage() + ": " + p.message()));
        Page page = cleaner.run(decoded.document());
        Metadata meta = page.metadata();
        out.printf(Locale.ROOT, "# %s (%s, language %s)%n", decoded.document().id(), page.format().label(),
                meta.language());
        out.printf(Locale.ROOT, "# title: %s%n# byline: %s%n# published: %s%n", meta.title(), meta.byline(),
                meta.published());
        out.println("# chain: " + String.join(" > ", cleaner.chain(page.format()).stream().map(f -> f.name()).toList()));
        out.println("#   idx verdict  words stop  link gap labels / reason");
        for (Block block : page.blocks()) out.print(line(block, page));
        page.problems().forEach(p -> out.println("# " + p.severity() + " " + p.stage() + ": " + p.message()));
        return ExitCodes.OK;
    }

    private String line(Block block, Page page) {
        List<String> words = block.words();
        double stop = words.isEmpty() ? 0 : (double) page.stopwords().count(words) / words.size();
        String verdict = block.isKept() ? "KEEP" : block.isJoined() ? "JOIN" : "DROP";
        String why = block.isRemoved() ? block.removal().toString()
                : block.isJoined() ? "joined into block " + block.joinedInto() : "";
        String text = width > 0 && block.text().length() > width ? block.text().substring(0, width) + "…" : block.text();
        return String.format(Locale.ROOT, "%5d %-7s %6d %5.2f %5.2f %3d %s %s%n      | %s%n", block.index(), verdict,
                block.wordCount(), stop, block.linkDensity(), block.gapBefore(), block.labels(), why, text);
    }

    private Decoded decode() {
        Decoder decoder = new Decoder();
        if (CleanCommand.STDIO.equals(file)) return new StdinSource(decoder).read(System.in);
        List<InputFile> files = new InputWalker().walk(List.of(Path.of(file)));
        if (files.isEmpty()) {
            throw new wirewash.source.InputException(file + ": not a .txt, .html or .htm file (optionally .gz)");
        }
        return decoder.decode(files.get(0));
    }
}
