package wirewash.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleLoader;

class WarmUpTest {
    private static RawDocument story(int i) {
        return new RawDocument("story-" + i, "in/story-" + i + ".txt", Format.TEXT,
                "Home | News | Sport\n\nThe council met on Tuesday and voted " + i + " times to rebuild the old bridge "
                        + "over the river before the winter floods.\n\nShare this article");
    }

    @Test
    void warmsUpOnAtMostOneDocumentInFiftyOfTheBatchAndNeverMakesTheOffererWait() throws Exception {
        Cleaner cleaner = new Cleaner(RuleLoader.load(Path.of("rules")));
        Deduplicator deduplicator = new Deduplicator(DedupConfig.defaults());
        WarmUp warmUp = WarmUp.start(cleaner, deduplicator, 150); // 3 documents at most
        for (int i = 0; i < 1_000; i++) warmUp.offer(story(i)); // a full queue drops, never blocks
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (warmUp.warmed() < 3 && System.nanoTime() < deadline) Thread.sleep(10);
        warmUp.close();
        assertThat(warmUp.warmed()).isEqualTo(3);
    }

    @Test
    void aBatchTooSmallForOneDocumentStartsNothing() throws Exception {
        WarmUp warmUp = WarmUp.start(new Cleaner(RuleLoader.load(Path.of("rules"))), null, WarmUp.DEFAULT_BATCH_SHARE - 1);
        warmUp.offer(story(1));
        warmUp.close();
        assertThat(warmUp.warmed()).isZero();
    }

    @Test
    void closingStopsTheWarmUpBeforeItsShare() throws Exception {
        WarmUp warmUp = WarmUp.start(new Cleaner(RuleLoader.load(Path.of("rules"))), null, 1_000_000);
        warmUp.offer(story(1));
        warmUp.close();
        warmUp.offer(story(2)); // after close: ignored
        assertThat(warmUp.warmed()).isBetween(0, 1);
    }
}
