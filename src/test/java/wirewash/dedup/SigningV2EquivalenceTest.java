package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.model.Signature;
import wirewash.quality.Bench;

/**
 * Signing v2's values may never change (stored states keep its band keys), however its code is made faster: every
 * fingerprint equals that of a plain, slow restatement of the scheme kept here ({@link Reference}: v1's tokens,
 * each token's hash, the k-gram hashes, a TreeSet, one-permutation MinHash bin by bin), and digests of the shingles
 * and signatures of a few thousand seeded texts equal those computed with commit a76e023, before the speed-up.
 */
class SigningV2EquivalenceTest {
    /** {@link TokenHasherTest#PIECES}, then lone surrogates, numbers and date and percent phrases. */
    private static final List<String> PIECES = Stream.concat(TokenHasherTest.PIECES.stream(),
            Stream.of("\uD800", "\uDC00x", "01", "09", "99", "100", "per cent", "2 january", "31 Dec", "Mon", "tues",
                    "Wednesday")).toList();
    private static final List<String> GAPS = List.of(" ", "  ", "\n", "\n\n", "\t", ", ", ". ", "—", "-", "'", "’",
            "\u00A0", "", "/", "(", ")", "\r\n");
    /** Endings the spelling rules look at, put on random stems. */
    private static final List<String> ENDINGS = List.of("", "", "", "", "s", "ed", "our", "ours", "oured", "ouring",
            "ise", "ised", "ising", "isation", "isations", "yse", "ysed", "re", "res", "ll", "lled", "lling", "ller",
            "st", "nd", "rd", "th", "'s", "’s");
    private static final List<String> WORDS = List.of("programme", "programmes", "jan", "feb", "sept", "per", "cent",
            "percent", "january", "monday", "grey", "catalogue", "defence", "licence", "ageing", "1", "2", "07", "31",
            "2024", "mr", "mrs", "and", "the", "of", "to", "a", "in");

    private final Deduplicator deduplicator = new Deduplicator(DedupConfig.defaults());
    private final Reference reference = new Reference(new Normalizer(true), 3, 128, DedupConfig.defaults().seed());

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void fingerprintsAreTheReferencesForRandomTexts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 100; i++) assertSameAsReference(pieces(random));
        for (int i = 0; i < 25; i++) assertSameAsReference(words(random));
        for (int i = 0; i < 25; i++) assertSameAsReference(soup(random));
    }

    @Test
    void fingerprintsAreTheReferencesForTheTuneBenchPagesAndSeeds() throws IOException {
        for (String id : Bench.ids("tune")) assertSameAsReference(Bench.text(id));
        for (String seed : seeds()) assertSameAsReference(seed);
    }

    @Test
    void digestsAreThoseOfTheSigningBeforeTheSpeedUp() throws IOException {
        // computed with commit a76e023
        SplittableRandom random = new SplittableRandom(20261201);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) texts.add(pieces(random));
        for (int i = 0; i < 500; i++) texts.add(words(random));
        for (int i = 0; i < 500; i++) texts.add(soup(random));
        for (String id : Bench.ids("tune")) texts.add(Bench.text(id));
        texts.addAll(seeds());
        HashShingler unigramsUnfolded = new HashShingler(1, false);
        HashShingler fiveGrams = new HashShingler(5, true);
        OnePermutationHasher narrow = new OnePermutationHasher(64, 7, "x");
        OnePermutationHasher wide = new OnePermutationHasher(300, 1, "x");
        long fingerprints = 0;
        long others = 0;
        for (String text : texts) {
            Fingerprint f = deduplicator.fingerprint("x", text, null);
            fingerprints = mix(fingerprints, f.tokenCount());
            fingerprints = mix(fingerprints, f.shingles());
            fingerprints = mix(fingerprints, f.signature());
            others = mix(others, unigramsUnfolded.shingle(text).shingles());
            others = mix(others, fiveGrams.shingle(text).shingles());
            others = mix(others, narrow.signature(f.shingles()));
            others = mix(others, wide.signature(f.shingles()));
        }
        assertThat(texts).hasSize(3125);
        assertThat(fingerprints).isEqualTo(-532826203153033854L);
        assertThat(others).isEqualTo(1016214639849013353L);
    }

    private void assertSameAsReference(String text) {
        Fingerprint f = deduplicator.fingerprint("x", text, null);
        long[] shingles = reference.shingles(text);
        assertThat(f.shingles()).as(text).containsExactly(shingles);
        assertThat(f.tokenCount()).as(text).isEqualTo(reference.normalizer.tokens(text).size());
        assertThat(f.signature().values()).as(text).containsExactly(reference.signature(shingles));
    }

    private static long mix(long digest, long value) {
        return MinHasher.fmix64(digest ^ value) + value;
    }

    private static long mix(long digest, long[] values) {
        digest = mix(digest, values.length);
        for (long v : values) digest = mix(digest, v);
        return digest;
    }

    private static long mix(long digest, Signature signature) {
        return mix(digest, signature.values());
    }

    /** Pieces of every kind (scripts, marks, compatibility forms, quotes, folding cases) between gaps. */
    private static String pieces(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(4) == 0 ? random.nextInt(1, 6) : random.nextInt(1, 400);
        for (int p = 0; p < pieces; p++) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
            b.append(GAPS.get(random.nextInt(GAPS.size())));
        }
        return b.toString();
    }

    /** A news-like text: stems with the endings spelling folding looks at, common words, repeats. */
    private static String words(SplittableRandom random) {
        List<String> vocabulary = new ArrayList<>(WORDS);
        for (int i = 0; i < 200; i++) {
            StringBuilder stem = new StringBuilder();
            int length = random.nextInt(1, 10);
            for (int c = 0; c < length; c++) stem.append((char) ('a' + random.nextInt(26)));
            vocabulary.add(stem + ENDINGS.get(random.nextInt(ENDINGS.size())));
        }
        StringBuilder b = new StringBuilder();
        int words = random.nextInt(1, 1500);
        for (int w = 0; w < words; w++) {
            String word = vocabulary.get(random.nextInt(vocabulary.size()));
            int shape = random.nextInt(20);
            if (shape == 0) word = word.toUpperCase(java.util.Locale.ROOT);
            if (shape == 1 && !word.isEmpty()) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            b.append(word).append(random.nextInt(12) == 0 ? ". " : random.nextInt(15) == 0 ? ",\n" : " ");
        }
        return b.toString();
    }

    /** Random characters: mostly ASCII, some of the rest of the BMP, supplementary ones and lone surrogates. */
    private static String soup(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int chars = random.nextInt(1, 3000);
        for (int i = 0; i < chars; i++) {
            int kind = random.nextInt(100);
            if (kind < 60) {
                b.append((char) random.nextInt(0x20, 0x7F));
            } else if (kind < 75) {
                b.append(' ');
            } else if (kind < 85) {
                b.append((char) random.nextInt(0x80, 0x250));
            } else if (kind < 95) {
                b.append((char) random.nextInt(0x250, 0x10000));
            } else if (kind < 98) {
                b.appendCodePoint(random.nextInt(0x10000, 0x110000));
            } else {
                b.append((char) random.nextInt(0xD800, 0xE000));
            }
        }
        return b.toString();
    }

    private static List<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<String> out = new ArrayList<>();
            for (Path file : files.sorted().toList()) out.add(Files.readString(file));
            return out;
        }
    }

    /** Signing v2 written plainly, frozen: the oracle the fast code must agree with. */
    private static final class Reference {
        private static final long TOKEN_SEED = 0x243F6A8885A308D3L;
        private static final long TOKEN_MULTIPLIER = 0x9E3779B97F4A7C15L;
        private static final long GRAM_SEED = 0x13198A2E03707344L;
        private static final long GRAM_MULTIPLIER = 0xC2B2AE3D27D4EB4FL;
        private static final int GRAM_ROTATION = 23;
        private static final long PROBE_MULTIPLIER = 0x9E3779B97F4A7C15L;
        private static final long ATTEMPT_MULTIPLIER = 0xC2B2AE3D27D4EB4FL;

        final Normalizer normalizer;
        private final int size;
        private final int bins;
        private final long seed;

        Reference(Normalizer normalizer, int size, int bins, long seed) {
            this.normalizer = normalizer;
            this.size = size;
            this.bins = bins;
            this.seed = seed;
        }

        long[] shingles(String text) {
            List<String> tokens = normalizer.tokens(text);
            long[] hashes = new long[tokens.size()];
            for (int i = 0; i < hashes.length; i++) {
                long h = TOKEN_SEED;
                String token = tokens.get(i);
                for (int c = 0; c < token.length(); c++) h = (h + token.charAt(c)) * TOKEN_MULTIPLIER;
                hashes[i] = fmix64(h ^ token.length());
            }
            TreeSet<Long> set = new TreeSet<>();
            int k = Math.min(size, hashes.length);
            for (int start = 0; start + k <= hashes.length && k > 0; start++) {
                long h = GRAM_SEED;
                for (int j = start; j < start + k; j++) h = (Long.rotateLeft(h, GRAM_ROTATION) ^ hashes[j]) * GRAM_MULTIPLIER;
                set.add(fmix64(h ^ k));
            }
            return set.stream().mapToLong(Long::longValue).toArray();
        }

        long[] signature(long[] shingles) {
            long[] values = new long[bins];
            Arrays.fill(values, Long.MAX_VALUE);
            if (shingles.length == 0) return values;
            for (long shingle : shingles) {
                long h = fmix64(shingle ^ seed);
                int bin = (int) (((h >>> 32) * bins) >>> 32);
                values[bin] = Math.min(values[bin], h & 0xFFFFFFFFL);
            }
            long[] filled = values.clone();
            for (int i = 0; i < bins; i++) {
                if (filled[i] != Long.MAX_VALUE) continue;
                long state = fmix64(seed ^ (i + 1) * PROBE_MULTIPLIER);
                for (long attempt = 1; values[i] == Long.MAX_VALUE; attempt++) {
                    long probe = fmix64(state + attempt * ATTEMPT_MULTIPLIER);
                    values[i] = filled[(int) (((probe >>> 32) * bins) >>> 32)];
                }
            }
            return values;
        }

        private static long fmix64(long h) {
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            return h;
        }
    }
}
