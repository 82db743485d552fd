package wirewash.synth;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import wirewash.internal.Validate;

/**
 * Writes a labelled corpus of scraped news pages: story after story from a {@link StoryPool}, each in one to
 * {@code maxVersions} syndicated versions ({@link VersionKind}) dressed as scraped pages ({@link PageDresser}),
 * and a share of hard negatives — stories that reuse two or three background paragraphs of a recent story but
 * are labelled as their own. Streams every page to a {@link SynthSink} as it is made, so a corpus of any size
 * needs memory for one story only.
 *
 * <p>Each story draws from its own random source, seeded from the corpus seed and the story's number, so the same
 * seed and pool give byte-identical output.
 */
public final class CorpusGenerator {
    /** Publication date of the first story; later stories follow at {@code storiesPerDay}. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2024, 1, 1);
    static final int MIN_BACKGROUND_DONOR_PARAGRAPHS = 8;
    static final int MIN_HARD_NEGATIVE_PARAGRAPHS = 6;
    static final int DONOR_LOOKBACK = 5;
    static final int RELATED_ITEMS = 4;
    /** Background is a minority of a story: borrowed words at most this share of the story's own words. */
    static final double MAX_BACKGROUND_SHARE = 1.0 / 3;

    private final StoryPool pool;
    private final SynthConfig config;

    public CorpusGenerator(StoryPool pool, SynthConfig config) {
        this.pool = Validate.notNull(pool, "pool");
        this.config = Validate.notNull(config, "config");
    }

    /** Generates {@code config.docs()} pages into the sink; returns the number of stories used. */
    public int generate(SynthSink sink) throws IOException {
        Validate.notNull(sink, "sink");
        int written = 0;
        int s = 0;
        for (; written < config.docs(); s++) {
            SplittableRandom random = new SplittableRandom(mix(config.seed(), s, -1));
            Story story = pool.story(s);
            int roundStart = s - s % pool.size();
            if (s > roundStart && random.nextDouble() < config.hardNegativeShare()) {
                story = withBackground(story, random, s, roundStart);
            }
            int versions = 1 + random.nextInt(config.maxVersions());
            LocalDate day = DEFAULT_START.plusDays(s / config.storiesPerDay());
            for (int v = 0; v < versions && written < config.docs(); v++) {
                VersionKind kind = v == 0 ? VersionKind.ORIGINAL : pickKind(random);
                List<String> body = Syndicator.version(story, kind, random);
                String page = PageDresser.dress(story.headline(), body, day.plusDays(random.nextInt(2)),
                        related(random, s, roundStart), random);
                sink.document(String.format(Locale.ROOT, "%016x", mix(config.seed(), s, v)), story.label(), page);
                written++;
            }
        }
        return s;
    }

    private Story withBackground(Story story, SplittableRandom random, int s, int roundStart) {
        if (story.paragraphs().size() < MIN_HARD_NEGATIVE_PARAGRAPHS) return story;
        int back = 1 + random.nextInt(Math.min(DONOR_LOOKBACK, s - roundStart));
        Story donor = pool.story(s - back);
        List<String> dp = donor.paragraphs();
        if (dp.size() < MIN_BACKGROUND_DONOR_PARAGRAPHS) return story;
        int count = 2 + random.nextInt(2);
        int from = dp.size() / 2 + random.nextInt(dp.size() - dp.size() / 2 - count + 1);
        int borrowed = 0;
        for (String p : dp.subList(from, from + count)) borrowed += Sentences.wordCount(p);
        if (borrowed > story.words() * MAX_BACKGROUND_SHARE) return story;
        List<String> paragraphs = new ArrayList<>(story.paragraphs());
        int at = 2 + random.nextInt(paragraphs.size() - 1);
        paragraphs.addAll(at, dp.subList(from, from + count));
        return new Story(story.label(), story.headline(), paragraphs);
    }

    private List<String> related(SplittableRandom random, int s, int roundStart) {
        List<String> out = new ArrayList<>();
        int span = Math.min(pool.size(), Math.max(1, config.docs()));
        for (int i = 0; i < RELATED_ITEMS && pool.size() > 1; i++) {
            int other = roundStart + random.nextInt(Math.min(span, pool.size()));
            if (other == s) continue;
            Story o = pool.lead(other);
            out.add(random.nextInt(3) == 0 ? Sentences.split(o.paragraphs().get(0)).get(0) : o.headline());
        }
        return out;
    }

    private static VersionKind pickKind(SplittableRandom random) {
        double x = random.nextDouble();
        if (x < 0.25) return VersionKind.REPRINT;
        if (x < 0.60) return VersionKind.REGIONAL;
        if (x < 0.80) return VersionKind.BRIEF;
        return VersionKind.WRITE_THROUGH;
    }

    static long mix(long seed, int story, int version) {
        long k = seed * 0x9E3779B97F4A7C15L + story * 0xC2B2AE3D27D4EB4FL + (version + 2L) * 0x165667B19E3779F9L;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
