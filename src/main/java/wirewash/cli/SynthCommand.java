package wirewash.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wirewash.synth.CorpusFolder;
import wirewash.synth.CorpusGenerator;
import wirewash.synth.StoryPool;
import wirewash.synth.SynthConfig;

/** {@code wirewash synth}: writes a labelled corpus of syndicated versions of real article bodies. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a labelled corpus: DIR/docs/<id>.txt (scraped-page versions of each story: reprints,",
                "regional rewrites, briefs, write-throughs, hard negatives) and DIR/labels.json (id -> story)."})
final class SynthCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "GOLD.json", required = true,
            description = "Article bodies as {id: {\"articleBody\": ...}}.")
    Path from;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "1000",
            description = "Documents to write (default: ${DEFAULT-VALUE}).")
    int docs;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(from)) throw new wirewash.source.InputException(from + ": no such file");
        StoryPool pool;
        try (InputStream in = Files.newInputStream(from)) {
            pool = new StoryPool(StoryPool.readGold(in), seed);
        }
        int stories;
        try (CorpusFolder folder = new CorpusFolder(out)) {
            stories = new CorpusGenerator(pool, SynthConfig.of(seed, docs)).generate(folder);
        }
        System.err.printf(Locale.ROOT, "wirewash: %d documents of %d stories (%d bodies) into %s/%n", docs, stories,
                pool.size(), out);
        return ExitCodes.OK;
    }
}
