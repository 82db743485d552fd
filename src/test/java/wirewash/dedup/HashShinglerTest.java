package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HashShinglerTest {
    private final HashShingler shingler = new HashShingler(3, true);

    @Test
    void namesItsVersionInTheScheme() {
        assertThat(shingler.scheme()).isEqualTo("words:3+fold+v2");
        assertThat(new HashShingler(5, false).scheme()).isEqualTo("words:5+v2");
    }

    @Test
    void textAndTokenListGiveTheSameShingles() {
        String text = "Mr Smith's organisation spent 5 per cent on 2nd Jan.";
        TextShingler.Shingled shingled = shingler.shingle(text);
        assertThat(shingled.shingles()).isEqualTo(shingler.shingles(new Normalizer(true).tokens(text)));
        assertThat(shingled.tokenCount()).isEqualTo(9);
    }

    @Test
    void shortTextsGiveOneShingleAndEmptyOnesNone() {
        assertThat(shingler.shingle("two words").shingles()).hasSize(1);
        assertThat(shingler.shingle("one two three").shingles()).hasSize(1);
        assertThat(shingler.shingle("one two three four").shingles()).hasSize(2);
        assertThat(shingler.shingle(" .. ").shingles()).isEmpty();
        assertThat(shingler.shingle("a b").shingles()).isNotEqualTo(shingler.shingle("b a").shingles());
    }

    @Test
    void repeatsAreCountedOnce() {
        assertThat(shingler.shingle("a b c a b c a b c").shingles()).hasSize(3);
    }

    @Test
    void kGramsThatDifferInOneTokenDiffer() {
        // every 3-gram over a small vocabulary: all distinct
        List<String> vocabulary = List.of("the", "a", "of", "to", "in", "said", "war", "peace", "2", "2022", "x", "y");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (String a : vocabulary) for (String b : vocabulary) for (String c : vocabulary) {
            seen.add(shingler.shingles(List.of(a, b, c))[0]);
        }
        assertThat(seen).hasSize(vocabulary.size() * vocabulary.size() * vocabulary.size());
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 12).mapToObj(i -> 7000L + i);
    }

    /** What v2 promises: case, whitespace and punctuation between words do not change the shingles. */
    @ParameterizedTest
    @MethodSource("seeds")
    void caseWhitespaceAndPunctuationDoNotMatter(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> words = randomWords(random, 200);
        StringBuilder plain = new StringBuilder();
        StringBuilder noisy = new StringBuilder();
        for (String w : words) {
            plain.append(w).append(' ');
            noisy.append(random.nextBoolean() ? w.toUpperCase(Locale.ROOT) : w)
                    .append(List.of(" ", "\n\n", " — ", ", ", ".\t", "\u00A0", " (").get(random.nextInt(7)));
        }
        assertThat(shingler.shingle(noisy.toString()).shingles()).isEqualTo(shingler.shingle(plain.toString()).shingles());
    }

    /** Changing the order of whole paragraphs only changes the shingles that cross their boundaries. */
    @ParameterizedTest
    @MethodSource("seeds")
    void paragraphOrderChangesOnlyBoundaryShingles(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> a = randomWords(random, 150);
        List<String> b = randomWords(random, 150);
        long[] ab = shingler.shingle(String.join(" ", a) + "\n\n" + String.join(" ", b)).shingles();
        long[] ba = shingler.shingle(String.join(" ", b) + "\n\n" + String.join(" ", a)).shingles();
        assertThat(Fingerprint.shared(ab, ba)).isGreaterThanOrEqualTo(Math.min(ab.length, ba.length) - 4);
    }

    /** Exact Jaccard of the v2 shingles equals that of v1's for edited copies (same tokens, same k-grams). */
    @ParameterizedTest
    @MethodSource("seeds")
    void jaccardIsV1sAndTheSignatureEstimatesIt(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> words = randomWords(random, 600);
        List<String> edited = new ArrayList<>(words);
        int edits = random.nextInt(10, 200);
        for (int e = 0; e < edits; e++) edited.set(random.nextInt(edited.size()), "edit" + random.nextInt(1000));
        String a = String.join(" ", words);
        String b = String.join(" ", edited);
        WordShingler v1 = new WordShingler(3, true);
        double exactV1 = jaccard(v1.shingle(a).shingles(), v1.shingle(b).shingles());
        long[] sa = shingler.shingle(a).shingles();
        long[] sb = shingler.shingle(b).shingles();
        double exactV2 = jaccard(sa, sb);
        assertThat(exactV2).isEqualTo(exactV1);
        OnePermutationHasher hasher = new OnePermutationHasher(128, 1L, shingler.scheme());
        assertThat(hasher.signature(sa).estimateJaccard(hasher.signature(sb)))
                .isCloseTo(exactV2, org.assertj.core.data.Offset.offset(0.15));
    }

    private static double jaccard(long[] a, long[] b) {
        int shared = Fingerprint.shared(a, b);
        return (double) shared / (a.length + b.length - shared);
    }

    private static List<String> randomWords(SplittableRandom random, int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder();
            int length = random.nextInt(1, 9);
            for (int c = 0; c < length; c++) w.append((char) ('a' + random.nextInt(26)));
            words.add(w.toString());
        }
        return words;
    }
}
