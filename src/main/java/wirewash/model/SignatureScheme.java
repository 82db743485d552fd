package wirewash.model;

import wirewash.internal.Validate;

/**
 * How a signature was computed: the algorithm's name, how many hash values, the seed, and the shingling.
 * Two signatures can be compared only when their schemes are equal.
 *
 * @param algorithm  e.g. "minhash-k" (k independent seeded hash functions)
 * @param numPerm    number of hash values in the signature
 * @param seed       seed from which the hash functions are derived
 * @param shingling  how the text was shingled, e.g. "words:3"
 */
public record SignatureScheme(String algorithm, int numPerm, long seed, String shingling) {
    public SignatureScheme {
        Validate.notBlank(algorithm, "algorithm");
        Validate.positive(numPerm, "numPerm");
        Validate.notBlank(shingling, "shingling");
    }

    @Override
    public String toString() {
        return algorithm + "/" + numPerm + "/seed=" + seed + "/" + shingling;
    }
}
