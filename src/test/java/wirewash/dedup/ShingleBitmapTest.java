package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ShingleBitmapTest {
    /** {@code n} distinct random shingles, sorted, the first {@code common} of them taken from {@code shared}. */
    private static long[] shingles(SplittableRandom random, long[] shared, int common, int n) {
        long[] out = new long[n];
        System.arraycopy(shared, 0, out, 0, common);
        for (int i = common; i < n; i++) out[i] = random.nextLong();
        return LongStream.of(out).sorted().distinct().toArray();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void neverRulesOutAPairThatSharesEnough(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 200; trial++) {
            int aSize = 1 + random.nextInt(1500);
            int bSize = 1 + random.nextInt(1500);
            long[] pool = random.longs(Math.min(aSize, bSize)).toArray();
            int common = random.nextInt(Math.min(aSize, bSize) + 1);
            long[] a = shingles(random, pool, common, aSize);
            long[] b = shingles(random, pool, common, bSize);
            int shared = Fingerprint.shared(a, b);
            ShingleBitmap bitmap = ShingleBitmap.of(b, 1 + random.nextInt(8));

            assertThat(bitmap.count()).isEqualTo(b.length);
            // the bound holds at the exact count, and every count below it
            assertThat(bitmap.mayShareAtLeast(a, shared)).isTrue();
            assertThat(bitmap.mayShareAtLeast(a, random.nextInt(shared + 1))).isTrue();
        }
    }

    @Test
    void rulesOutTwoUnrelatedDocumentsThatADuplicateWouldNeedAThirdOf() {
        SplittableRandom random = new SplittableRandom(42);
        long[] a = random.longs(800).sorted().toArray();
        long[] b = random.longs(800).sorted().toArray();
        ShingleBitmap bitmap = ShingleBitmap.of(b, ShingleBitmap.DEFAULT_BITS_PER_SHINGLE);

        // about an eighth of a's shingles find their bit set by chance; a third is out of reach
        assertThat(bitmap.mayShareAtLeast(a, 800 / 3)).isFalse();
        assertThat(bitmap.mayShareAtLeast(a, 800 / 10)).isTrue();
        assertThat(bitmap.bytes()).isEqualTo(800 * ShingleBitmap.DEFAULT_BITS_PER_SHINGLE / 8);
    }

    @Test
    void aDocumentMayShareAllItsShinglesWithItself() {
        long[] a = new SplittableRandom(7).longs(300).sorted().toArray();
        ShingleBitmap bitmap = ShingleBitmap.of(a, ShingleBitmap.DEFAULT_BITS_PER_SHINGLE);

        assertThat(bitmap.mayShareAtLeast(a, a.length)).isTrue();
        assertThat(bitmap.mayShareAtLeast(a, a.length + 1)).isFalse();
        assertThat(bitmap.mayShareAtLeast(new long[0], 0)).isTrue();
        assertThat(bitmap.mayShareAtLeast(new long[0], 1)).isFalse();
        assertThat(ShingleBitmap.of(new long[0], 4).bytes()).isEqualTo(8);
    }

    @Test
    void rejectsABitsPerShingleBelowOne() {
        assertThatThrownBy(() -> ShingleBitmap.of(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
