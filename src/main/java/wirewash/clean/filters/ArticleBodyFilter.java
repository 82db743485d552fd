package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Settles an HTML page's blocks by the article text the page states in its JSON-LD ({@code articleBody}), when
 * that statement can be trusted: kept blocks whose words are not in it are removed, reason
 * {@code not-in-article-body}, and removed blocks whose words are in it are kept again. The statement is trusted
 * only when it is long enough, does not end as a teaser ("…"), is not much shorter than the text the chain kept,
 * and most of its 4-word shingles appear in the
 * page's visible text in the same order; otherwise the filter does nothing. Runs last, so that it overrules the
 * heuristics with the page's own word.
 */
public final class ArticleBodyFilter implements BlockFilter {
    public static final String REASON = "not-in-article-body";
    /** Shingle length, in words (the four fields of {@link Shingle}). */
    static final int SHINGLE = 4;
    /** Fewest words the stated body needs to be used at all. */
    public static final int DEFAULT_MIN_BODY_WORDS = 50;
    /** Least share of the stated body's shingles that must appear in the page's visible text. */
    public static final double DEFAULT_MIN_PAGE_COVERAGE = 0.8;
    /** The stated body must have at least this share of the words the chain kept; shorter ones are summaries. */
    public static final double DEFAULT_MIN_KEPT_SHARE = 0.5;
    /** A removed block is kept again when at least this share of its shingles is in the stated body... */
    public static final double DEFAULT_RESTORE_SHARE = 0.8;
    /** ...and a kept block is removed when at most this share is. */
    public static final double DEFAULT_REMOVE_SHARE = 0.2;

    private final int minBodyWords;
    private final double minPageCoverage;
    private final double minKeptShare;
    private final double restoreShare;
    private final double removeShare;

    public ArticleBodyFilter() {
        this(DEFAULT_MIN_BODY_WORDS, DEFAULT_MIN_PAGE_COVERAGE, DEFAULT_MIN_KEPT_SHARE, DEFAULT_RESTORE_SHARE,
                DEFAULT_REMOVE_SHARE);
    }

    public ArticleBodyFilter(int minBodyWords, double minPageCoverage, double minKeptShare, double restoreShare,
                             double removeShare) {
        this.minKeptShare = Validate.fraction(minKeptShare, "minKeptShare");
        this.minBodyWords = Validate.positive(minBodyWords, "minBodyWords");
        this.minPageCoverage = Validate.fraction(minPageCoverage, "minPageCoverage");
        this.restoreShare = Validate.fraction(restoreShare, "restoreShare");
        this.removeShare = Validate.fraction(removeShare, "removeShare");
    }

    @Override
    public boolean process(Page page) {
        String body = page.articleBody();
        if (body == null || isTeaser(body)) return false;
        List<String> bodyWords = TextMeasure.words(body);
        if (bodyWords.size() < minBodyWords) return false;
        int keptWords = 0;
        for (Block block : page.kept()) keptWords += block.words().size();
        if (bodyWords.size() < minKeptShare * keptWords) return false;
        Set<Shingle> bodyShingles = shingles(bodyWords);
        List<String> pageWords = new ArrayList<>();
        for (Block block : page.blocks()) if (!block.isJoined()) pageWords.addAll(block.words());
        Set<Shingle> pageShingles = shingles(pageWords);
        int covered = 0;
        for (Shingle shingle : bodyShingles) if (pageShingles.contains(shingle)) covered++;
        if (covered < minPageCoverage * bodyShingles.size()) return false;

        String bodyText = " " + String.join(" ", bodyWords) + " ";
        boolean changed = false;
        for (Block block : page.blocks()) {
            if (block.isJoined() || block.words().isEmpty()) continue;
            double share = share(block.words(), bodyShingles, bodyText);
            if (block.isKept() && share <= removeShare) {
                changed |= block.remove(new Reason(REASON, name(), String.format(
                        "%.0f%% of its words in the page's JSON-LD articleBody", share * 100)));
            } else if (block.isRemoved() && block.words().size() >= SHINGLE && share >= restoreShare) {
                changed |= block.restore();
            }
        }
        return changed;
    }

    /** The share of a block's shingles found in the body; a block too short for one is found whole or not. */
    private static double share(List<String> words, Set<Shingle> bodyShingles, String bodyText) {
        if (words.size() < SHINGLE) return bodyText.contains(" " + String.join(" ", words) + " ") ? 1 : 0;
        Set<Shingle> shingles = shingles(words);
        int found = 0;
        for (Shingle shingle : shingles) if (bodyShingles.contains(shingle)) found++;
        return (double) found / shingles.size();
    }

    /** {@value #SHINGLE} consecutive word tokens; a record rather than the joined string, which costs a copy. */
    private record Shingle(String a, String b, String c, String d) {}

    private static Set<Shingle> shingles(List<String> words) {
        Set<Shingle> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(new Shingle(words.get(i), words.get(i + 1), words.get(i + 2), words.get(i + 3)));
        }
        return out;
    }

    private static boolean isTeaser(String body) {
        String end = body.strip();
        return end.endsWith("...") || end.endsWith("…") || end.endsWith("[…]");
    }
}
