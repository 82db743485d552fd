package wirewash.synth;

import wirewash.internal.Validate;

/**
 * How a synthetic corpus is drawn: the seed, how many documents, how many versions a story gets at most, and the
 * share of stories that borrow background paragraphs from another story (hard negatives).
 *
 * @param seed              seed of every random choice; the same seed gives byte-identical output
 * @param docs              documents to write
 * @param maxVersions       most versions of one story (each story gets 1..maxVersions)
 * @param hardNegativeShare share of stories that reuse two or three background paragraphs of an earlier story
 * @param storiesPerDay     stories published per day, which spreads publication dates over time
 */
public record SynthConfig(long seed, int docs, int maxVersions, double hardNegativeShare, int storiesPerDay) {
    public static final long DEFAULT_SEED = 1L;
    public static final int DEFAULT_DOCS = 1000;
    public static final int DEFAULT_MAX_VERSIONS = 6;
    public static final double DEFAULT_HARD_NEGATIVE_SHARE = 0.2;
    public static final int DEFAULT_STORIES_PER_DAY = 40;

    public SynthConfig {
        Validate.atLeast(docs, 0, "docs");
        Validate.positive(maxVersions, "maxVersions");
        Validate.fraction(hardNegativeShare, "hardNegativeShare");
        Validate.positive(storiesPerDay, "storiesPerDay");
    }

    public static SynthConfig of(long seed, int docs) {
        return new SynthConfig(seed, docs, DEFAULT_MAX_VERSIONS, DEFAULT_HARD_NEGATIVE_SHARE, DEFAULT_STORIES_PER_DAY);
    }
}
