package wirewash.dedup;

/**
 * Disjoint sets of the positions {@code 0..n-1}, each named by its smallest position once joined (path halving).
 * Not thread-safe.
 */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    /** The set's root: the same for every position of one set. */
    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of the two positions. */
    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
