package wirewash.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    @ParameterizedTest
    @CsvSource({"0,1", "1,1", "3,2", "8,64", "2,500"})
    void everyItemIsTakenOnceAndEqualToItsRead(int threads, int window) {
        AtomicInteger reads = new AtomicInteger();
        List<String> taken = new ArrayList<>();
        try (ReadAhead<String> ahead = new ReadAhead<>(100, i -> {
            reads.incrementAndGet();
            return "item " + i;
        }, threads, window)) {
            for (int i = 0; i < 100; i++) taken.add(ahead.take(i));
        }
        assertThat(taken).hasSize(100).allSatisfy(item -> assertThat(item).startsWith("item "));
        for (int i = 0; i < 100; i++) assertThat(taken.get(i)).isEqualTo("item " + i);
        assertThat(reads).hasValue(100);
    }

    @ParameterizedTest
    @CsvSource({"0,1", "2,3", "8,64"})
    void itemsWithNothingToReadAreNullAndNeverRead(int threads, int window) {
        List<Integer> read = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> taken = new ArrayList<>();
        try (ReadAhead<String> ahead = new ReadAhead<>(50, i -> {
            read.add(i);
            return i % 3 == 0 ? "item " + i : null;
        }, i -> i % 3 == 0, threads, window)) {
            for (int i = 0; i < 50; i++) taken.add(ahead.take(i));
        }
        for (int i = 0; i < 50; i++) assertThat(taken.get(i)).isEqualTo(i % 3 == 0 ? "item " + i : null);
        if (threads > 0) assertThat(read).allSatisfy(i -> assertThat(i % 3).isZero()).hasSize(17);
    }

    /** At most {@code window} items past the highest one taken are read. */
    @Test
    void readsNoFurtherThanTheWindowAhead() throws Exception {
        AtomicInteger highest = new AtomicInteger(-1);
        try (ReadAhead<Integer> ahead = new ReadAhead<>(1000, i -> {
            highest.accumulateAndGet(i, Math::max);
            return i;
        }, 4, 10)) {
            assertThat(ahead.take(0)).isZero();
            assertThat(ahead.take(1)).isEqualTo(1);
            Thread.sleep(50); // the reading threads may read on, but not past the window
            assertThat(highest.get()).isLessThanOrEqualTo(1 + 10);
        }
    }

    @Test
    void aReadThatThrowsRethrowsFromTakeAndTheOthersStillRead() {
        try (ReadAhead<String> ahead = new ReadAhead<>(3, i -> {
            if (i == 1) throw new IllegalStateException("disk gone");
            return "item " + i;
        }, 2, 4)) {
            assertThat(ahead.take(0)).isEqualTo("item 0");
            assertThatThrownBy(() -> ahead.take(1)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("disk gone");
            assertThat(ahead.take(2)).isEqualTo("item 2");
            assertThatThrownBy(() -> ahead.take(2)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
