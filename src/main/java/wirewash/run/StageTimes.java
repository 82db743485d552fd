package wirewash.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Adds up the time each stage of a run takes, across threads. Stages running in parallel are summed as CPU-side
 * time; the wall time of the whole run is recorded separately by the runner.
 */
public final class StageTimes {
    /** Stages in the order the data flows through them. */
    public static final String[] STAGES = {"read", "furniture", "clean", "fingerprint", "cluster", "write"};

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    public void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Milliseconds per stage, stages in flow order, rounded to 0.1 ms. */
    public Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String stage : STAGES) {
            LongAdder adder = nanos.get(stage);
            out.put(stage, adder == null ? 0.0 : Math.round(adder.sum() / 1e5) / 10.0);
        }
        return out;
    }
}
