package wirewash.model;

import java.util.Arrays;
import wirewash.internal.Validate;

/**
 * A MinHash signature of one document's shingle set, which knows the scheme that made it. Comparing two
 * signatures of different schemes throws rather than returning a meaningless number.
 *
 * @param scheme how the values were computed
 * @param values one minimum per hash function; length equals {@code scheme.numPerm()}
 */
public record Signature(SignatureScheme scheme, long[] values) {
    public Signature {
        Validate.notNull(scheme, "scheme");
        Validate.notNull(values, "values");
        // the message is built only on failure: a signature is made for every document
        if (values.length != scheme.numPerm()) {
            throw new IllegalArgumentException("values has " + values.length + " entries but scheme " + scheme
                    + " has numPerm " + scheme.numPerm());
        }
        values = values.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    /** Value {@code i}, without copying the array. */
    public long value(int i) {
        return values[i];
    }

    /** Estimated Jaccard similarity: the share of positions where both signatures hold the same minimum. */
    public double estimateJaccard(Signature other) {
        requireSameScheme(other);
        int equal = 0;
        for (int i = 0; i < values.length; i++) if (values[i] == other.values[i]) equal++;
        return (double) equal / values.length;
    }

    public void requireSameScheme(Signature other) {
        Validate.notNull(other, "other");
        if (!scheme.equals(other.scheme)) {
            throw new IllegalArgumentException("cannot compare signatures of different schemes: " + scheme + " vs "
                    + other.scheme);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && scheme.equals(s.scheme) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * scheme.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signature[" + scheme + "]";
    }
}
