package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintTest {
    @Test
    void shinglesAreCopiedInAndOut() {
        long[] shingles = {1L, 2L, 3L};
        Fingerprint fingerprint = Fingerprints.of("a", shingles);
        shingles[0] = 99L;
        fingerprint.shingles()[1] = 99L;

        assertThat(fingerprint.shingles()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void unsortedShinglesAreRejected() {
        assertThatThrownBy(() -> Fingerprints.of("a", new long[] {3L, 1L})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sorted");
    }

    @Test
    void sharedShinglesAreCountedByMergeWalk() {
        Fingerprint a = Fingerprints.of("a", new long[] {-5L, 1L, 4L, 9L, 12L});
        Fingerprint b = Fingerprints.of("b", new long[] {-5L, 2L, 4L, 12L, 30L, 40L});

        assertThat(a.sharedShingles(b)).isEqualTo(3);
        assertThat(b.sharedShingles(a)).isEqualTo(3);
    }

    @Test
    void sharedAtLeastGivesUpOnlyWhenTheRestCannotReachTheCount() {
        long[] a = Fingerprints.range(0, 300);
        long[] b = Fingerprints.range(200, 500);
        assertThat(Fingerprint.sharedAtLeast(a, b, 100)).isEqualTo(100);
        assertThat(Fingerprint.sharedAtLeast(a, b, 101)).isEqualTo(-1);
        assertThat(Fingerprint.sharedAtLeast(a, b, 0)).isEqualTo(100);
    }

    @Test
    void blankPublishedMeansUnknown() {
        assertThat(Fingerprints.of("a", new long[] {1L}, 1, " ").published()).isNull();
    }
}
