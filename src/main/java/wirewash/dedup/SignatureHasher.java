package wirewash.dedup;

import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/** Reduces a set of 64-bit shingle hashes to a fixed-length signature whose equal positions estimate Jaccard. */
public interface SignatureHasher {
    /** The scheme every signature from this hasher carries. */
    SignatureScheme scheme();

    /** The signature of a set of shingle hashes (duplicates and order do not matter). */
    Signature signature(long[] shingles);
}
