package wirewash.dedup;

import java.util.Locale;

/**
 * The versions of how a text becomes its shingle set, for {@link DedupConfig#signing}. Their tokens are the same
 * ({@link Normalizer#tokens}); their shingle hashes differ, so a signature names its version in its scheme's
 * shingling and signatures of different versions are never compared.
 */
public enum Signing {
    /**
     * A String per token, folded by regex, each k-gram's bytes hashed with MurmurHash3, sorted ("words:3+fold"),
     * signed with SuperMinHash.
     */
    V1(SuperMinHasher.ALGORITHM),
    /**
     * One pass over the characters hashing each token as it is read, folded on hashes, k-gram hashes combined
     * from token hashes, bucket-sorted ({@link HashShingler}): "words:3+fold+v2"; signed with one-permutation
     * MinHash ({@link OnePermutationHasher}). Several times faster.
     */
    V2(OnePermutationHasher.ALGORITHM);

    private final String algorithm;

    Signing(String algorithm) {
        this.algorithm = algorithm;
    }

    /** The signature algorithm this version signs with unless told otherwise. */
    public String algorithm() {
        return algorithm;
    }

    /** The shingler of this version. */
    public TextShingler shingler(int size, boolean foldSpellings) {
        return this == V1 ? new WordShingler(size, foldSpellings) : new HashShingler(size, foldSpellings);
    }

    /** "v1" or "v2", as the command line spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The version a label ("v1", "v2", any case) names. */
    public static Signing of(String label) {
        for (Signing s : values()) if (s.label().equalsIgnoreCase(label.strip())) return s;
        throw new IllegalArgumentException("signing version must be v1 or v2, was " + label);
    }
}
