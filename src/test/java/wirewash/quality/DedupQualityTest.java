package wirewash.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.eval.ClusterScore;
import wirewash.model.DocumentResult;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleLoader;
import wirewash.run.LocalRunner;
import wirewash.run.Progress;
import wirewash.run.RunResult;
import wirewash.source.Decoded;
import wirewash.source.Decoder;
import wirewash.synth.CorpusGenerator;
import wirewash.synth.StoryPool;
import wirewash.synth.SynthConfig;

/**
 * Quality gate for clustering: synthetic corpora of 300 scraped pages (syndicated versions, boilerplate, hard
 * negatives) cleaned with the shipped rules and clustered end to end must keep pairwise precision and recall
 * above the floors, with no cluster joining two stories.
 */
class DedupQualityTest {
    static final double PRECISION_FLOOR = 0.99;
    static final double RECALL_FLOOR = 0.95;
    static final int DOCS = 300;

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void clustersMatchStoryLabels(long seed) throws Exception {
        Map<String, String> labels = new LinkedHashMap<>();
        List<Decoded> pages = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SynthCorpus.GOLD)) {
            new CorpusGenerator(new StoryPool(StoryPool.readGold(in), seed), SynthConfig.of(seed, DOCS))
                    .generate((id, label, page) -> {
                        labels.put(id, label);
                        pages.add(new Decoded(new RawDocument(id, id + ".txt", Format.TEXT, page), List.of()));
                    });
        }
        RunResult result = new LocalRunner(new Decoder(), new Cleaner(RuleLoader.load(Path.of("rules"))),
                new Deduplicator(DedupConfig.defaults()), 4).runDecoded(pages, Progress.NONE);
        Map<String, String> clusterOf = new HashMap<>();
        for (DocumentResult doc : result.documents()) if (doc.cluster() != null) clusterOf.put(doc.id(), doc.cluster());
        ClusterScore score = ClusterScore.of(clusterOf, labels);
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(score.mixedClusters()).as(score.toString()).isZero();
    }
}
