package wirewash.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirewash.clean.Cleaner;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.synth.CorpusGenerator;
import wirewash.synth.StoryPool;
import wirewash.synth.SynthConfig;

/** A synthetic corpus made in memory from the bench's article bodies and cleaned with the shipped rules. */
final class SynthCorpus {
    static final Path GOLD = Path.of("src/test/resources/bench/ground-truth.json");

    final Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, String> pages = new LinkedHashMap<>();
    final List<CleanDocument> clean = new ArrayList<>();

    static SynthCorpus make(long seed, int docs) {
        try (InputStream in = Files.newInputStream(GOLD)) {
            StoryPool pool = new StoryPool(StoryPool.readGold(in), seed);
            SynthCorpus corpus = new SynthCorpus();
            new CorpusGenerator(pool, SynthConfig.of(seed, docs)).generate((id, label, page) -> {
                corpus.labels.put(id, label);
                corpus.pages.put(id, page);
            });
            Cleaner cleaner = new Cleaner(RuleLoader.load(Path.of("rules")));
            corpus.pages.forEach((id, page) ->
                    corpus.clean.add(cleaner.clean(new RawDocument(id, id + ".txt", Format.TEXT, page))));
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleException e) {
            throw new IllegalStateException(e);
        }
    }
}
