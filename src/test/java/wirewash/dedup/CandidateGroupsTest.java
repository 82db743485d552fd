package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.model.Signature;

class CandidateGroupsTest {
    private static final LshParams PARAMS = new LshParams(4, 2);

    private static Signature signature(long... values) {
        long[] all = new long[Fingerprints.HASHER.scheme().numPerm()];
        System.arraycopy(values, 0, all, 0, values.length);
        // the values beyond those given differ between signatures, so they share no other band
        for (int k = values.length; k < all.length; k++) all[k] = values[0] * 1_000_000 + k;
        return new Signature(Fingerprints.HASHER.scheme(), all);
    }

    @Test
    void documentsSharingABandAreGroupedTransitivelyAndLoneOnesLeftOut() {
        List<Signature> signatures = List.of(
                signature(1, 1, 10, 10, 20, 20, 30, 30),   // 0: band 0 with 1
                signature(1, 1, 11, 11, 21, 21, 31, 31),   // 1: band 3 with 2
                signature(2, 2, 12, 12, 22, 22, 31, 31),   // 2
                signature(3, 3, 13, 13, 23, 23, 33, 33),   // 3: alone
                signature(4, 4, 14, 14, 24, 24, 34, 34),   // 4: shares half of band 1 with 5,
                signature(5, 5, 14, 15, 25, 25, 35, 35));  // 5: which makes no candidate

        List<int[]> groups = new CandidateGroups(PARAMS).groups(signatures, new long[0]);

        assertThat(groups).containsExactly(new int[] {0, 1, 2});
    }

    @Test
    void extraPairsJoinGroupsWhateverTheirBands() {
        List<Signature> signatures = List.of(signature(1, 1), signature(2, 2), signature(3, 3), signature(1, 1),
                signature(4, 4));

        assertThat(new CandidateGroups(PARAMS).groups(signatures, new long[0])).containsExactly(new int[] {0, 3});
        List<int[]> groups = new CandidateGroups(PARAMS).groups(signatures, new long[] {(1L << 32) | 2});

        assertThat(groups).containsExactly(new int[] {0, 3}, new int[] {1, 2});
    }

    @Test
    void signaturesOfNoShinglesAreNoOnesCandidate() {
        Signature empty = Fingerprints.HASHER.signature(new long[0]);
        assertThat(BandedPairs.hasNoShingles(empty)).isTrue();
        assertThat(BandedPairs.hasNoShingles(Fingerprints.HASHER.signature(new long[] {5}))).isFalse();

        assertThat(new CandidateGroups(PARAMS).groups(List.of(empty, empty, empty), new long[0])).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 8, 64})
    void groupsAreTheComponentsOfEveryCandidatePairWhateverTheBandsPerPass(int bandsPerPass) {
        LshParams params = new LshParams(8, 2);
        SplittableRandom random = new SplittableRandom(bandsPerPass);
        List<Signature> signatures = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            // values drawn from a hundred or so: about forty candidate pairs, some chained into groups of three or more
            long[] values = new long[16];
            for (int k = 0; k < values.length; k++) values[k] = random.nextInt(120);
            signatures.add(signature(values));
        }
        UnionFind expected = new UnionFind(signatures.size());
        for (long pair : new BandedPairs(params).pairs(signatures)) {
            expected.union(BandedPairs.first(pair), BandedPairs.second(pair));
        }
        List<int[]> groups = new CandidateGroups(params, bandsPerPass).groups(signatures, new long[0]);

        int grouped = 0;
        for (int[] group : groups) {
            grouped += group.length;
            for (int i : group) assertThat(expected.find(i)).isEqualTo(expected.find(group[0]));
        }
        int inPairs = 0;
        for (int i = 0; i < signatures.size(); i++) {
            boolean alone = true;
            for (int j = 0; j < signatures.size() && alone; j++) alone = j == i || expected.find(j) != expected.find(i);
            if (!alone) inPairs++;
        }
        assertThat(grouped).isEqualTo(inPairs).isGreaterThan(0);
        assertThat(groups.size()).isGreaterThan(1);
        assertThat(groups).anyMatch(group -> group.length >= 3);
    }
}
