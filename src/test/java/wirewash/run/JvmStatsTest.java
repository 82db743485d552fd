package wirewash.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryUsage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JvmStatsTest {
    @Test
    void theLiveHeapPeakIsWhatACollectionLeavesAndNeverMoreThanTheHeap() throws InterruptedException {
        byte[][] kept = new byte[64][];
        try (JvmStats.LiveHeapPeak peak = new JvmStats.LiveHeapPeak()) {
            for (int i = 0; i < kept.length; i++) kept[i] = new byte[1 << 16]; // 4 MB still referenced
            System.gc();
            // the collectors notify on a thread of their own: wait for the first notice, not for a duration
            for (int waited = 0; peak.wholeHeapCollections() == 0 && waited < 200; waited++) Thread.sleep(50);
            assertThat(peak.bytes()).isGreaterThanOrEqualTo(kept.length * (1L << 16))
                    .isLessThanOrEqualTo(JvmStats.maxHeapBytes());
            // System.gc() collects the whole heap under the JVM's default collectors (G1, Parallel, Serial)
            assertThat(peak.wholeHeapCollections()).isPositive();
            assertThat(peak.wholeHeapBytes()).isGreaterThanOrEqualTo(kept.length * (1L << 16))
                    .isLessThanOrEqualTo(peak.bytes());
        }
        assertThat(kept[kept.length - 1]).hasSize(1 << 16);
    }

    @Test
    void onlyHeapPoolsCountTowardsTheLiveHeap() {
        try (JvmStats.LiveHeapPeak peak = new JvmStats.LiveHeapPeak()) {
            String heapPool = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).findFirst().orElseThrow().getName();
            Map<String, MemoryUsage> usage = Map.of(heapPool, new MemoryUsage(0, 1000, 2000, 4000),
                    "Metaspace", new MemoryUsage(0, 500, 600, -1));
            assertThat(peak.heapUsed(usage)).isEqualTo(1000);
        }
    }

    @Test
    void theCollectorsAreNamedAsTheJvmNamesThem() {
        assertThat(JvmStats.collectorNames()).isNotEmpty()
                .containsExactlyElementsOf(java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }
}
