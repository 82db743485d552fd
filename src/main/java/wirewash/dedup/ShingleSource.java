package wirewash.dedup;

/**
 * Gives a document's shingles (sorted, distinct) when its fingerprint is kept without them: a run over a million
 * documents keeps their shingles on disk and reads a pair's back only to verify it.
 */
@FunctionalInterface
public interface ShingleSource {
    /** The document's shingles, sorted ascending and distinct; the caller does not change the array. */
    long[] shingles(Fingerprint document);
}
