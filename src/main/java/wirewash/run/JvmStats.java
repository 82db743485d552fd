package wirewash.run;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** Reads the JVM's heap peak and garbage-collection totals, for benchmark reports. */
public final class JvmStats {
    private JvmStats() {}

    /** Forgets the heap pools' peaks, so the next {@link #peakHeapBytes()} covers only what follows. */
    public static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset: an upper bound of the peak heap in use. */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /**
     * The most heap left in use right after a garbage collection, while it is open: the live data a run keeps (its
     * signatures, index, spool buffers), where {@link #peakHeapBytes} also counts garbage not yet collected, and
     * sums pools' peaks that need not coincide. Read from the collectors' notifications (HotSpot's); 0 until a
     * collection ends, and if the JVM sends none.
     */
    public static final class LiveHeapPeak implements AutoCloseable {
        /** The action HotSpot's collectors name a collection of the whole heap by (ParallelGC's, G1's full GC). */
        static final String WHOLE_HEAP_ACTION = "end of major GC";
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong wholeHeapPeak = new AtomicLong();
        private final AtomicLong wholeHeapCollections = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final Set<String> heapPools = new HashSet<>();
        private final NotificationListener listener = this::collected;

        /** Starts listening to every collector. */
        public LiveHeapPeak() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
        }

        private void collected(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
            peak.accumulateAndGet(used, Math::max);
            if (WHOLE_HEAP_ACTION.equals(info.getGcAction())) {
                wholeHeapPeak.accumulateAndGet(used, Math::max);
                wholeHeapCollections.incrementAndGet();
            }
        }

        /** The heap pools' use in one collection's after-GC figures. */
        long heapUsed(Map<String, MemoryUsage> usageByPool) {
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : usageByPool.entrySet()) {
                if (heapPools.contains(pool.getKey())) used += pool.getValue().getUsed();
            }
            return used;
        }

        /**
         * The most heap in use after any collection so far, in bytes. After a young collection that counts the old
         * generation whole, garbage included, so a collector that lets the old generation fill reports near the heap.
         */
        public long bytes() {
            return peak.get();
        }

        /**
         * The most heap in use after a collection of the whole heap so far, in bytes: what was really live then; 0
         * when no such collection has ended (a run whose old generation never filled).
         */
        public long wholeHeapBytes() {
            return wholeHeapPeak.get();
        }

        /** How many collections of the whole heap have ended so far. */
        public long wholeHeapCollections() {
            return wholeHeapCollections.get();
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // already gone: nothing to undo
                }
            }
        }
    }

    /** Milliseconds spent in garbage collection since the JVM started, over all collectors. */
    public static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }

    /** Collections since the JVM started, over all collectors. */
    public static long gcCount() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionCount());
        return sum;
    }

    /**
     * The names of the JVM's garbage collectors ("G1 Young Generation", "PS Scavenge"…): which collector a
     * benchmark's figures were measured under, as the JVM's options chose it.
     */
    public static List<String> collectorNames() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) names.add(gc.getName());
        return names;
    }

    /** The maximum heap the JVM may use (-Xmx). */
    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
