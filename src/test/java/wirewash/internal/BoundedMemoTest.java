package wirewash.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
    @Test
    void readsEachKeyOnceWhileThereIsRoom() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(2, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        assertThat(memo.get("promo")).isEqualTo(5);
        assertThat(memo.get("promo")).isEqualTo(5);
        assertThat(calls).hasValue(1);
        assertThat(memo.get("article-body")).isEqualTo(12);
        assertThat(memo.size()).isEqualTo(2);
    }

    @Test
    void answersPastItsSizeWithoutRememberingMore() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(1, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        memo.get("nav");
        assertThat(memo.get("sidebar")).isEqualTo(7);
        assertThat(memo.get("sidebar")).isEqualTo(7);
        assertThat(memo.size()).isEqualTo(1);
        assertThat(calls).hasValue(3);
    }

    @Test
    void refusesANullAnswer() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(4, s -> null);
        assertThatThrownBy(() -> memo.get("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
