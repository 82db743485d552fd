package wirewash.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import wirewash.internal.Validate;
import wirewash.model.Signature;
import wirewash.model.SignatureScheme;

/**
 * Files documents' signatures into band buckets and answers which documents share a bucket with a signature —
 * the candidates worth verifying. All signatures must share one scheme, fixed by the first one inserted.
 *
 * <p>Answers are sorted by id and do not depend on insertion order. Not thread-safe: fill it, then query it.
 */
public final class LshIndex {
    private final LshParams params;
    private final List<Map<Band, List<String>>> buckets;
    private final Set<String> ids = new HashSet<>();
    private SignatureScheme scheme;

    public LshIndex(LshParams params) {
        this.params = Validate.notNull(params, "params");
        this.buckets = new ArrayList<>(params.bands());
        for (int b = 0; b < params.bands(); b++) buckets.add(new HashMap<>());
    }

    public LshParams params() {
        return params;
    }

    /** The scheme of the signatures held, or null while the index is empty. */
    public SignatureScheme scheme() {
        return scheme;
    }

    public int size() {
        return ids.size();
    }

    /** Files a document's signature under each of its bands. */
    public void insert(String id, Signature signature) {
        Validate.notBlank(id, "id");
        checkScheme(signature);
        Validate.isTrue(!ids.contains(id), () -> "id " + id + " is already in the index");
        if (scheme == null) scheme = signature.scheme();
        ids.add(id);
        for (int b = 0; b < params.bands(); b++) {
            buckets.get(b).computeIfAbsent(band(signature, b), key -> new ArrayList<>()).add(id);
        }
    }

    /** Ids of the documents sharing at least one band with the signature, sorted; includes its own id if held. */
    public List<String> candidates(Signature signature) {
        checkScheme(signature);
        Set<String> found = new TreeSet<>();
        for (int b = 0; b < params.bands(); b++) {
            List<String> bucket = buckets.get(b).get(band(signature, b));
            if (bucket != null) found.addAll(bucket);
        }
        return List.copyOf(found);
    }

    private void checkScheme(Signature signature) {
        Validate.notNull(signature, "signature");
        if (scheme != null && !scheme.equals(signature.scheme())) {
            throw new IllegalArgumentException("signature scheme " + signature.scheme()
                    + " differs from the index's scheme " + scheme);
        }
        Validate.isTrue(signature.scheme().numPerm() >= params.hashesUsed(), () -> "LSH " + params + " needs "
                + params.hashesUsed() + " hash values but scheme " + signature.scheme() + " has "
                + signature.scheme().numPerm());
    }

    private Band band(Signature signature, int band) {
        long[] values = new long[params.rows()];
        for (int r = 0; r < values.length; r++) values[r] = signature.value(band * params.rows() + r);
        return new Band(values);
    }

    /** One band's values, compared by content. */
    private record Band(long[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Band other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
