package wirewash.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wirewash.internal.Validate;
import wirewash.model.Signature;

/**
 * Parts documents into groups that no LSH candidate pair crosses: two documents whose signatures share a band
 * are in one group, and so are the two of each extra pair given (the {@code same} overrides). The groups are the
 * connected components of the candidate graph (a band-key collision may join two more, never split one), found
 * with a union-find over each band's buckets, so no candidate pair is listed: a million documents of a few hundred
 * stories cost a few union operations each, not billions of pairs.
 *
 * <p>Documents whose signature is that of no shingles at all are no one's candidate
 * ({@link BandedPairs#hasNoShingles}) and are left out of the banding.
 *
 * <p>Positions are indexes into the list of signatures. Stateless and thread-safe.
 */
final class CandidateGroups {
    private static final int EMPTY = -1;

    private final BandedPairs banded;
    private final LshParams params;

    CandidateGroups(LshParams params) {
        this.params = Validate.notNull(params, "params");
        this.banded = new BandedPairs(params);
    }

    /**
     * The groups of two or more documents, each a sorted array of positions, ordered by their first position.
     *
     * @param extra pairs of positions to join as well, packed {@code i << 32 | j}
     */
    List<int[]> groups(List<Signature> signatures, long[] extra) {
        Validate.notNull(signatures, "signatures");
        Validate.notNull(extra, "extra");
        int n = signatures.size();
        UnionFind sets = new UnionFind(n);
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        int[] first = new int[capacity];
        long[] slotKey = new long[capacity];
        for (int b = 0; b < params.bands(); b++) {
            Arrays.fill(first, EMPTY);
            for (int i = 0; i < n; i++) {
                Signature signature = signatures.get(i);
                if (BandedPairs.hasNoShingles(signature)) continue;
                long key = banded.key(signature, b);
                int slot = (int) (key >>> 33) & (capacity - 1);
                while (first[slot] != EMPTY && slotKey[slot] != key) slot = (slot + 1) & (capacity - 1);
                if (first[slot] == EMPTY) {
                    first[slot] = i;
                    slotKey[slot] = key;
                } else {
                    sets.union(first[slot], i);
                }
            }
        }
        for (long pair : extra) sets.union(BandedPairs.first(pair), BandedPairs.second(pair));

        int[] size = new int[n];
        for (int i = 0; i < n; i++) size[sets.find(i)]++;
        int[][] members = new int[n][];
        int[] filled = new int[n];
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (size[root] < 2) continue;
            if (members[root] == null) {
                members[root] = new int[size[root]];
                groups.add(members[root]);
            }
            members[root][filled[root]++] = i;
        }
        return groups;
    }
}
