package wirewash.dedup;

import java.util.stream.LongStream;

/** Builds fingerprints from literal shingle values for tests. */
final class Fingerprints {
    static final MinHasher HASHER = new MinHasher(128, 1L, "words:3");

    private Fingerprints() {}

    static Fingerprint of(String id, long[] shingles) {
        return of(id, shingles, shingles.length, null);
    }

    static Fingerprint of(String id, long[] shingles, int tokenCount, String published) {
        return new Fingerprint(id, HASHER.signature(shingles), shingles, tokenCount, published);
    }

    /** Shingles {@code from}, {@code from + 1}, ... up to and excluding {@code to}. */
    static long[] range(long from, long to) {
        return LongStream.range(from, to).toArray();
    }
}
