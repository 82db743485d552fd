package wirewash.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongCountsTest {
    @Test
    void countsEachKeyAndAnswersZeroForOthers() {
        LongCounts counts = new LongCounts();
        counts.add(42, 1);
        counts.add(-7, 2);
        counts.add(42, 3);

        assertThat(counts.count(42)).isEqualTo(4);
        assertThat(counts.count(-7)).isEqualTo(2);
        assertThat(counts.count(5)).isZero();
        assertThat(counts.count(0)).isZero();
        assertThat(counts.size()).isEqualTo(2);
    }

    @Test
    void keepsEveryCountWhileGrowingLikeAMap() {
        SplittableRandom random = new SplittableRandom(3);
        LongCounts counts = new LongCounts();
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(5_000) * 0x9E3779B97F4A7C15L + 1;
            counts.add(key, 1);
            expected.merge(key, 1, Integer::sum);
        }
        Map<Long, Integer> seen = new HashMap<>();
        counts.forEach(seen::put);

        assertThat(seen).isEqualTo(expected);
        assertThat(counts.size()).isEqualTo(expected.size());
        expected.forEach((key, n) -> assertThat(counts.count(key)).isEqualTo(n));
    }

    @Test
    void aTableSizedForItsKeysHoldsThemWithoutGrowing() {
        for (int expected : new int[] {0, 1, 7, 8, 1000, 1024}) {
            LongCounts counts = new LongCounts(expected);
            int capacity = counts.capacity();
            for (int key = 1; key <= expected; key++) counts.add(key, 1);
            assertThat(counts.capacity()).as("%d keys", expected).isEqualTo(capacity);
            assertThat(counts.size()).isEqualTo(expected);
        }
        assertThat(new LongCounts(1000).capacity()).isEqualTo(2048);
        assertThat(new LongCounts(1024).capacity()).isEqualTo(2048);
        // past the most it sizes for up front, a table starts at that size and grows as keys come
        assertThat(new LongCounts(Integer.MAX_VALUE).capacity()).isEqualTo(2 * LongCounts.MAX_PRESIZED_KEYS);
    }

    @Test
    void aSizedTableIsAPowerOfTwoThatNeverGrowsForItsKeysNorIsMoreThanFourTimesThem() {
        SplittableRandom random = new SplittableRandom(5);
        for (int expected = 0; expected <= 4100; expected++) {
            LongCounts counts = new LongCounts(expected);
            int capacity = counts.capacity();
            assertThat(Integer.bitCount(capacity)).as("%d keys", expected).isEqualTo(1);
            assertThat(capacity).as("%d keys", expected).isGreaterThanOrEqualTo(Math.max(16, 2 * expected))
                    .isLessThanOrEqualTo(Math.max(16, 4 * expected + 4));
            if (expected % 97 != 0 && Integer.bitCount(expected) != 1) continue;
            Map<Long, Integer> added = new HashMap<>();
            while (added.size() < expected) {
                long key = random.nextLong();
                if (key == 0) continue;
                counts.add(key, 2);
                added.merge(key, 2, Integer::sum);
            }
            assertThat(counts.capacity()).as("%d keys", expected).isEqualTo(capacity);
            added.forEach((key, n) -> assertThat(counts.count(key)).isEqualTo(n));
        }
    }

    @Test
    void aSizedTableStillGrowsForMoreKeysThanItWasSizedFor() {
        LongCounts counts = new LongCounts(0);
        for (int key = 1; key <= 5000; key++) counts.add(key, key);
        assertThat(counts.size()).isEqualTo(5000);
        assertThat(counts.capacity()).isGreaterThanOrEqualTo(10_000);
        for (int key = 1; key <= 5000; key++) assertThat(counts.count(key)).isEqualTo(key);
    }

    @Test
    void refusesANegativeSize() {
        assertThatThrownBy(() -> new LongCounts(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTheEmptyKey() {
        assertThatThrownBy(() -> new LongCounts().add(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheLeastValueAddedWithEachKeyWhileGrowing() {
        SplittableRandom random = new SplittableRandom(5);
        LongCounts counts = new LongCounts();
        counts.add(9_999, 1);
        Map<Long, Integer> least = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            long key = 1 + random.nextInt(5_000);
            int value = random.nextInt();
            counts.add(key, 1, value);
            least.merge(key, value, Math::min);
        }
        least.forEach((key, value) -> assertThat(counts.least(key)).isEqualTo(value));
        assertThat(counts.least(9_999)).as("a key added without values").isEqualTo(Integer.MAX_VALUE);
        assertThat(counts.least(-1)).isEqualTo(Integer.MAX_VALUE);
        int[] seen = {0};
        counts.forEachWithLeast((key, count, value) -> {
            seen[0]++;
            assertThat(value).isEqualTo(least.getOrDefault(key, Integer.MAX_VALUE));
            assertThat(count).isEqualTo(counts.count(key));
        });
        assertThat(seen[0]).isEqualTo(least.size() + 1);
    }
}
