package wirewash.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
    @Test
    void parallelStreamsInsideTheStepUseOnlyThePoolsThreads() throws IOException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        int sum = WorkerPool.within(1, () -> IntStream.range(0, 10_000).parallel()
                .peek(i -> threads.add(Thread.currentThread().getName())).sum());

        assertThat(sum).isEqualTo(49_995_000);
        assertThat(threads).hasSize(1).allSatisfy(name -> assertThat(name).doesNotContain("commonPool"));
    }

    @Test
    void anIoErrorOfTheStepReachesTheCallerAsItself() {
        assertThatThrownBy(() -> WorkerPool.within(2, () -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
    }
}
