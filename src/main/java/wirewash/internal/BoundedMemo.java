package wirewash.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function across the pages of a run, so that the class names a site repeats on
 * every page are read once per run instead of once per page. The answer depends on the key alone, so what the memo
 * holds (and in what order threads fill it) never changes a result; it stops taking new keys once full, to bound
 * memory on long runs. Thread-safe.
 *
 * @param <K> the key: what the function reads
 * @param <V> its answer, never null
 */
public final class BoundedMemo<K, V> {
    private final int maxEntries;
    private final Function<K, V> function;
    private final ConcurrentHashMap<K, V> known = new ConcurrentHashMap<>();

    /**
     * @param maxEntries most keys remembered
     * @param function   the pure function remembered; it must not return null
     */
    public BoundedMemo(int maxEntries, Function<K, V> function) {
        this.maxEntries = Validate.atLeast(maxEntries, 0, "maxEntries");
        this.function = Validate.notNull(function, "function");
    }

    /** The function's answer for the key: remembered, or worked out (and remembered while there is room). */
    public V get(K key) {
        V answer = known.get(key);
        if (answer != null) return answer;
        answer = Validate.notNull(function.apply(key), "answer");
        if (known.size() < maxEntries) known.putIfAbsent(key, answer);
        return answer;
    }

    /** How many keys are remembered. */
    public int size() {
        return known.size();
    }
}
