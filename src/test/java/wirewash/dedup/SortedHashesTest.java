package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SortedHashesTest {
    private static long[] expected(long[] values, int count) {
        return LongStream.of(Arrays.copyOf(values, count)).sorted().distinct().toArray();
    }

    @Test
    void sortsSignedAndDropsRepeats() {
        long[] values = {5, -3, Long.MIN_VALUE, 5, Long.MAX_VALUE, 0, -3, 99};
        assertThat(SortedHashes.sortedDistinct(values, values.length))
                .containsExactly(Long.MIN_VALUE, -3, 0, 5, 99, Long.MAX_VALUE);
        assertThat(SortedHashes.sortedDistinct(values, 2)).containsExactly(-3, 5);
        assertThat(SortedHashes.sortedDistinct(values, 0)).isEmpty();
        assertThat(values[0]).as("input unchanged").isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 17, 100, 800, 5000})
    void agreesWithSortingForRandomHashesWithRepeats(int count) {
        SplittableRandom random = new SplittableRandom(count);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) values[i] = i > 0 && random.nextInt(4) == 0 ? values[random.nextInt(i)] : random.nextLong();
        assertThat(SortedHashes.sortedDistinct(values, count)).containsExactly(expected(values, count));
    }

    @Test
    void valuesThatAreNotMixedStillSort() {
        // all in one bucket, descending: the insertion sort gives up for Arrays.sort
        long[] values = new long[3000];
        for (int i = 0; i < values.length; i++) values[i] = values.length - i;
        assertThat(SortedHashes.sortedDistinct(values, values.length)).containsExactly(expected(values, values.length));
    }
}
