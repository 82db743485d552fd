package wirewash.sink;

import java.io.IOException;

/**
 * Takes a value and may fail with an {@link IOException}: the body that fills a file for {@link AtomicFiles}.
 *
 * @param <T> what it takes, a {@link java.io.Writer} or an {@link java.io.OutputStream}
 */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T value) throws IOException;
}
