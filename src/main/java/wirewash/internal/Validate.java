package wirewash.internal;

import java.util.Collection;
import java.util.function.Supplier;

/** Checks arguments once, with messages that name the parameter. Not API: may change without notice. */
public final class Validate {
    private Validate() {}

    public static <T> T notNull(T value, String name) {
        if (value == null) throw new IllegalArgumentException(name + " must not be null");
        return value;
    }

    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
        return value;
    }

    public static int positive(int value, String name) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be > 0, was " + value);
        return value;
    }

    public static int atLeast(int value, int min, String name) {
        if (value < min) throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        return value;
    }

    public static long atLeast(long value, long min, String name) {
        if (value < min) throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        return value;
    }

    public static double atLeast(double value, double min, String name) {
        if (!(value >= min)) throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        return value;
    }

    public static double fraction(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String name) {
        notNull(values, name);
        if (values.isEmpty()) throw new IllegalArgumentException(name + " must not be empty");
        return values;
    }

    public static void isTrue(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }

    /**
     * As {@link #isTrue(boolean, String)}, with the message built only on failure: for checks made per document
     * or per pair, where concatenating a message that is never shown costs more than the work checked.
     */
    public static void isTrue(boolean condition, Supplier<String> message) {
        if (!condition) throw new IllegalArgumentException(message.get());
    }
}
