package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {
    @Test
    void joinedPositionsShareTheSmallestAsRootOthersStayAlone() {
        UnionFind sets = new UnionFind(6);
        sets.union(4, 2);
        sets.union(5, 4);
        sets.union(3, 3);

        assertThat(sets.find(5)).isEqualTo(2);
        assertThat(sets.find(4)).isEqualTo(2);
        assertThat(sets.find(2)).isEqualTo(2);
        assertThat(sets.find(3)).isEqualTo(3);
        assertThat(sets.find(0)).isZero();
        sets.union(1, 5);
        assertThat(sets.find(4)).isEqualTo(1);
    }
}
