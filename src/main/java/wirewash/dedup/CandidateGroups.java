package wirewash.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import wirewash.internal.Validate;
import wirewash.model.Signature;

/**
 * Parts documents into groups that no LSH candidate pair crosses: two documents whose signatures share a band
 * are in one group, and so are the two of each extra pair given (the {@code same} overrides). The groups are the
 * connected components of the candidate graph (a band-key collision may join two more, never split one), found
 * with a union-find over each band's buckets, so no candidate pair is listed: a million documents of a few hundred
 * stories cost a few union operations each, not billions of pairs. Keys are made a few bands at a time, in one pass
 * over the signatures for those bands, and the bands filed on all cores (a table each); the unions follow on the
 * calling thread, and the groups do not depend on their order.
 *
 * <p>Documents whose signature is that of no shingles at all are no one's candidate
 * ({@link BandedPairs#hasNoShingles}) and are left out of the banding.
 *
 * <p>Positions are indexes into the list of signatures. Stateless and thread-safe.
 */
final class CandidateGroups {
    /** Bands whose keys are made in one pass over the signatures: n longs each (8 MB a band for a million). */
    static final int DEFAULT_BANDS_PER_PASS = 8;
    private static final int EMPTY = -1;

    private final BandedPairs banded;
    private final LshParams params;
    private final int bandsPerPass;

    CandidateGroups(LshParams params) {
        this(params, DEFAULT_BANDS_PER_PASS);
    }

    /** @param bandsPerPass bands whose keys are made in one pass over the signatures (n longs each) */
    CandidateGroups(LshParams params, int bandsPerPass) {
        this.params = Validate.notNull(params, "params");
        this.banded = new BandedPairs(params);
        this.bandsPerPass = Validate.positive(bandsPerPass, "bandsPerPass");
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
        boolean[] unfiled = new boolean[n];
        for (int i = 0; i < n; i++) unfiled[i] = BandedPairs.hasNoShingles(signatures.get(i));
        int cores = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool().getParallelism()
                : ForkJoinPool.getCommonPoolParallelism();
        int perPass = Math.min(params.bands(), bandsPerPass);
        int lanes = Math.max(1, Math.min(perPass, cores));
        BandTable[] tables = new BandTable[lanes];
        for (int lane = 0; lane < lanes; lane++) tables[lane] = new BandTable(n);
        long[][] keys = new long[perPass][n];
        for (int from = 0; from < params.bands(); from += perPass) {
            int first = from;
            int count = Math.min(perPass, params.bands() - from);
            // each signature read once per pass, for all the pass's bands: not once per band, scattered
            IntStream.range(0, n).parallel().forEach(i -> {
                if (unfiled[i]) return;
                Signature signature = signatures.get(i);
                for (int w = 0; w < count; w++) keys[w][i] = banded.key(signature, first + w);
            });
            // the pass's bands filed on all cores, a table each; each key replaced by its bucket's leader
            IntStream.range(0, lanes).parallel().forEach(lane -> {
                for (int w = lane; w < count; w += lanes) tables[lane].file(keys[w], unfiled);
            });
            for (int w = 0; w < count; w++) {
                long[] leader = keys[w];
                for (int i = 0; i < n; i++) if (!unfiled[i] && leader[i] != i) sets.union((int) leader[i], i);
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

    /**
     * One band's buckets: an open-addressing table of band keys, each slot holding its key and the first document
     * filed under it side by side (one cache line per probe, on a table of megabytes).
     */
    private static final class BandTable {
        private final long[] slots;
        private final int mask;

        BandTable(int n) {
            int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
            slots = new long[capacity * 2];
            mask = capacity - 1;
        }

        /** Files the band's keys of the documents in order, replacing each by its bucket's first document. */
        void file(long[] keys, boolean[] unfiled) {
            Arrays.fill(slots, EMPTY);
            for (int i = 0; i < keys.length; i++) {
                if (unfiled[i]) continue;
                long key = keys[i];
                int slot = (int) (key >>> 33) & mask;
                while (slots[2 * slot + 1] != EMPTY && slots[2 * slot] != key) slot = (slot + 1) & mask;
                if (slots[2 * slot + 1] == EMPTY) {
                    slots[2 * slot] = key;
                    slots[2 * slot + 1] = i;
                }
                keys[i] = slots[2 * slot + 1];
            }
        }
    }
}
