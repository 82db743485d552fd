package wirewash.internal;

import java.util.Arrays;

/**
 * Counts per non-zero long key, in an open-addressing table: no boxing on hot paths. A key can also keep the least
 * of the int values added with it ({@link #add(long, int, int)}), which costs a third int array, made on first use.
 * Not thread-safe.
 */
public final class LongCounts {
    /** The table's size when no size is asked for. */
    public static final int DEFAULT_CAPACITY = 1024;
    /** The most keys a table is sized for up front (24 MB of table); past them it grows as keys come. */
    public static final int MAX_PRESIZED_KEYS = 1 << 20;

    private long[] keys;
    private int[] values;
    /** Per slot, the least value added with the key; null until {@link #add(long, int, int)} is first called. */
    private int[] leasts;
    private int size;

    public LongCounts() {
        keys = new long[DEFAULT_CAPACITY];
        values = new int[DEFAULT_CAPACITY];
    }

    /**
     * A table that holds {@code expectedKeys} keys without growing (it is kept at most half full), up to
     * {@link #MAX_PRESIZED_KEYS}: a table asked for more starts at that size and grows as it fills.
     */
    public LongCounts(int expectedKeys) {
        Validate.isTrue(expectedKeys >= 0, "expected keys < 0");
        int keysToHold = Math.min(expectedKeys, MAX_PRESIZED_KEYS);
        // the least power of two of at least twice the keys (2 * keysToHold fits an int: it is at most 2^21)
        int capacity = keysToHold <= 8 ? 16 : Integer.highestOneBit(2 * keysToHold - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** Adds {@code count} to {@code key}'s count; the key must not be 0. */
    public void add(long key, int count) {
        addAt(key, count);
    }

    /** Adds {@code count} to {@code key}'s count; returns the key's slot. */
    private int addAt(long key, int count) {
        Validate.isTrue(key != 0, "key 0");
        if (2 * (size + 1) > keys.length) grow();
        int slot = slot(keys, key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            if (leasts != null) leasts[slot] = Integer.MAX_VALUE;
            size++;
        }
        values[slot] += count;
        return slot;
    }

    /** Adds {@code count} to {@code key}'s count and keeps the lesser of {@code value} and its least value so far. */
    public void add(long key, int count, int value) {
        if (leasts == null) {
            leasts = new int[keys.length];
            Arrays.fill(leasts, Integer.MAX_VALUE);
        }
        int slot = addAt(key, count);
        if (value < leasts[slot]) leasts[slot] = value;
    }

    /** The least value added with {@code key}; {@link Integer#MAX_VALUE} when none was. */
    public int least(long key) {
        if (key == 0 || leasts == null) return Integer.MAX_VALUE;
        int slot = slot(keys, key);
        return keys[slot] == 0 ? Integer.MAX_VALUE : leasts[slot];
    }

    /** The count of {@code key}, 0 when it was never added. */
    public int count(long key) {
        return key == 0 ? 0 : values[slot(keys, key)];
    }

    /** The table's size: slots for keys, at most half of them used. */
    int capacity() {
        return keys.length;
    }

    /** How many keys have been added. */
    public int size() {
        return size;
    }

    /** Receives a key and its count. */
    public interface Entry {
        void accept(long key, int count);
    }

    /** Each key with its count, in no particular order. */
    public void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) action.accept(keys[i], values[i]);
    }

    /** Receives a key, its count and its least value. */
    public interface EntryWithLeast {
        void accept(long key, int count, int least);
    }

    /** Each key with its count and least value ({@link Integer#MAX_VALUE} when none was added), in no order. */
    public void forEachWithLeast(EntryWithLeast action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) action.accept(keys[i], values[i], leasts == null ? Integer.MAX_VALUE : leasts[i]);
        }
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 29) ^ (key >>> 47)) & mask;
        while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldLeasts = leasts;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        leasts = oldLeasts == null ? null : new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == 0) continue;
            int slot = slot(keys, oldKeys[i]);
            keys[slot] = oldKeys[i];
            values[slot] = oldValues[i];
            if (leasts != null) leasts[slot] = oldLeasts[i];
        }
    }
}
