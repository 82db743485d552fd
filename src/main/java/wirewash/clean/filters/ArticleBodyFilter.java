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
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Settles an HTML page's blocks by the article text the page states in its JSON-LD ({@code articleBody}), when
 * that statement can be trusted: kept blocks whose words are not in it are removed, reason
 * {@code not-in-article-body}, and removed blocks whose words are in it are kept again. A statement is trusted
 * only when it is long enough, does not end as a teaser ("…"), is not much shorter than the text the chain kept,
 * and most of its 4-word shingles appear in the page's visible text; a page that states several (related stories
 * listed as article nodes beside its own) is settled by the first one trusted, and otherwise the filter does
 * nothing. Statements are often imperfect, so the filter does not take them word for word:
 * <ul>
 *   <li>a statement that ends early (a paywall's free part, a body cut at so many characters without an
 *       ellipsis) is known by ending inside a paragraph, or by the kept text after its last paragraph on the page
 *       holding a good share of its length; the paragraph it ends in and what follows are then left as the
 *       chain decided;</li>
 *   <li>a removed block is not kept again when most of its words are already in the kept text (a caption or a
 *       summary that repeats a sentence of the story), nor when a {@code line} rule of a prompt's reason
 *       ({@code subscribe}, {@code share}, {@code contact}…) names it: a site's "Sign up for our newsletter" that
 *       the statement carries with the story. A credit or a source line ("Originally published on…") the
 *       statement holds is the story's, as the benchmark's ground truth has it, and is kept again;</li>
 *   <li>paragraphs the statement runs together ("…the deal.Hostage swapThe talks…") still find a short
 *       paragraph, such as a subheading, in it.</li>
 * </ul>
 * Runs last, so that it overrules the heuristics with the page's own word.
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
    /**
     * Kept words after the stated body's last paragraph on the page, as a share of the body's words, from which
     * the body is taken to end early: a complete statement leaves at most a short tail (a credit, a prompt) kept
     * after its end, not a third of the story.
     */
    public static final double DEFAULT_MAX_TAIL_SHARE = 0.25;
    /**
     * Reasons of {@code line} rules that name a prompt no story prints as its own text, which a statement does not
     * overrule: a site's CMS puts its in-body promos into the stated body too.
     */
    public static final Set<String> DEFAULT_PROMPT_REASONS = Set.of("subscribe", "share", "contact", "app-promo",
            "podcast-promo", "advertisement", "comment-form", "cookie-notice");
    /**
     * A removed block whose shingles are more than this share in the kept text already is a copy (a caption
     * repeating a sentence) and is not kept again.
     */
    public static final double DEFAULT_MAX_REPEATED_SHARE = 0.5;

    private final RuleSet rules;
    private final Set<String> promptReasons;
    private final int minBodyWords;
    private final double minPageCoverage;
    private final double minKeptShare;
    private final double restoreShare;
    private final double removeShare;
    private final double maxTailShare;
    private final double maxRepeatedShare;

    /** @param rules the rule set whose {@code line} rules name boilerplate a statement may carry */
    public ArticleBodyFilter(RuleSet rules) {
        this(rules, DEFAULT_PROMPT_REASONS, DEFAULT_MIN_BODY_WORDS, DEFAULT_MIN_PAGE_COVERAGE,
                DEFAULT_MIN_KEPT_SHARE, DEFAULT_RESTORE_SHARE, DEFAULT_REMOVE_SHARE, DEFAULT_MAX_TAIL_SHARE,
                DEFAULT_MAX_REPEATED_SHARE);
    }

    public ArticleBodyFilter(RuleSet rules, Set<String> promptReasons, int minBodyWords, double minPageCoverage,
                             double minKeptShare, double restoreShare, double removeShare, double maxTailShare,
                             double maxRepeatedShare) {
        this.rules = Validate.notNull(rules, "rules");
        this.promptReasons = Set.copyOf(Validate.notNull(promptReasons, "promptReasons"));
        this.maxRepeatedShare = Validate.fraction(maxRepeatedShare, "maxRepeatedShare");
        this.minKeptShare = Validate.fraction(minKeptShare, "minKeptShare");
        this.minBodyWords = Validate.positive(minBodyWords, "minBodyWords");
        this.minPageCoverage = Validate.fraction(minPageCoverage, "minPageCoverage");
        this.restoreShare = Validate.fraction(restoreShare, "restoreShare");
        this.removeShare = Validate.fraction(removeShare, "removeShare");
        this.maxTailShare = Validate.fraction(maxTailShare, "maxTailShare");
    }

    @Override
    public boolean process(Page page) {
        if (page.articleBodies().isEmpty()) return false;
        int keptWords = 0;
        for (Block block : page.kept()) keptWords += block.words().size();
        Set<Shingle> pageShingles = null;
        for (String body : page.articleBodies()) {
            if (isTeaser(body)) continue;
            List<String> bodyWords = TextMeasure.words(body);
            if (bodyWords.size() < minBodyWords || bodyWords.size() < minKeptShare * keptWords) continue;
            if (pageShingles == null) pageShingles = pageShingles(page);
            List<Shingle> ordered = orderedShingles(bodyWords);
            Set<Shingle> bodyShingles = new HashSet<>(ordered);
            int covered = 0;
            for (Shingle shingle : bodyShingles) if (pageShingles.contains(shingle)) covered++;
            if (covered < minPageCoverage * bodyShingles.size()) continue;
            return settle(page, body, bodyWords, ordered, bodyShingles);
        }
        return false;
    }

    private boolean settle(Page page, String body, List<String> bodyWords, List<Shingle> ordered,
                           Set<Shingle> bodyShingles) {
        StatedText text = new StatedText(body, bodyWords);
        List<Block> blocks = page.blocks();
        List<Set<Shingle>> blockShingles = new ArrayList<>(blocks.size());
        double[] shares = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean read = !block.isJoined() && !block.words().isEmpty();
            blockShingles.add(read ? shingles(block.words()) : Set.of());
            if (read) shares[i] = share(block.words(), blockShingles.get(i), bodyShingles, text);
        }
        int end = end(blockShingles, shares, ordered);
        boolean endsEarly = end >= 0 && endsEarly(blocks, blockShingles.get(end), shares, end, ordered,
                bodyWords.size());

        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isJoined() || block.words().isEmpty() || !block.isKept() || shares[i] > removeShare) continue;
            if (endsEarly && i >= end) continue;
            changed |= block.remove(new Reason(REASON, name(), String.format(
                    "%.0f%% of its words in the page's JSON-LD articleBody", shares[i] * 100)));
        }
        Set<Shingle> keptShingles = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i).isKept()) keptShingles.addAll(blockShingles.get(i));
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isJoined() || !block.isRemoved() || block.words().size() < SHINGLE) continue;
            if (shares[i] < restoreShare || isPrompt(block)) continue;
            Set<Shingle> shingles = blockShingles.get(i);
            int repeated = 0;
            for (Shingle shingle : shingles) if (keptShingles.contains(shingle)) repeated++;
            if (repeated > maxRepeatedShare * shingles.size()) continue;
            changed |= block.restore();
            keptShingles.addAll(shingles);
        }
        return changed;
    }

    /** Whether a {@code line} rule of a prompt's reason names the block. */
    private boolean isPrompt(Block block) {
        Rule rule = rules.firstMatch(RuleKind.LINE, block.ruleText());
        return rule != null && promptReasons.contains(rule.code());
    }

    /**
     * The block where the stated body ends on the page: of the blocks holding the last of its shingles a block of
     * the page holds (one that spans two blocks, or that the page does not show, says nothing), the one most of
     * whose words the body holds (its own paragraph, not a teaser quoting it); -1 if none.
     */
    private static int end(List<Set<Shingle>> blockShingles, double[] shares, List<Shingle> ordered) {
        for (int k = ordered.size() - 1; k >= 0; k--) {
            int best = -1;
            for (int i = 0; i < blockShingles.size(); i++) {
                if ((best < 0 || shares[i] > shares[best]) && blockShingles.get(i).contains(ordered.get(k))) best = i;
            }
            if (best >= 0) return best;
        }
        return -1;
    }

    /**
     * Whether the stated body ends early: its last shingle is followed by more words in its block, or the kept
     * blocks after that block that it does not hold have more than {@link #maxTailShare} of its words.
     */
    private boolean endsEarly(List<Block> blocks, Set<Shingle> endShingles, double[] shares, int end,
                              List<Shingle> ordered, int bodyWords) {
        Shingle last = null;
        for (int k = ordered.size() - 1; k >= 0 && last == null; k--) {
            if (endShingles.contains(ordered.get(k))) last = ordered.get(k);
        }
        List<String> words = blocks.get(end).words();
        for (int j = words.size() - SHINGLE; j >= 0; j--) {
            if (last.equals(new Shingle(words.get(j), words.get(j + 1), words.get(j + 2), words.get(j + 3)))) {
                if (words.size() - (j + SHINGLE) >= SHINGLE) return true;
                break;
            }
        }
        int tail = 0;
        for (int i = end + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isJoined() && block.isKept() && shares[i] <= removeShare) tail += block.words().size();
        }
        return tail > maxTailShare * bodyWords;
    }

    /** The share of a block's shingles found in the body; a block too short for one is found whole or not. */
    private static double share(List<String> words, Set<Shingle> shingles, Set<Shingle> bodyShingles,
                                StatedText text) {
        if (words.size() < SHINGLE) return text.holds(words) ? 1 : 0;
        int found = 0;
        for (Shingle shingle : shingles) if (bodyShingles.contains(shingle)) found++;
        return (double) found / shingles.size();
    }

    /**
     * The stated body's words as one string, to find a block too short for a shingle in; read a second time, when
     * a block is not found in the first, with the paragraphs it ran together split apart: a lower-case letter or a
     * digit run straight into a capital ("…the dealHostage swapThe talks…"), which a plain scan finds.
     */
    private static final class StatedText {
        private final String body;
        private final String words;
        private String split;

        StatedText(String body, List<String> words) {
            this.body = body;
            this.words = " " + String.join(" ", words) + " ";
        }

        boolean holds(List<String> blockWords) {
            String whole = " " + String.join(" ", blockWords) + " ";
            if (words.contains(whole)) return true;
            if (split == null) split = " " + String.join(" ", TextMeasure.words(splitRunTogether(body))) + " ";
            return split.contains(whole);
        }

        private static String splitRunTogether(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            char previous = ' ';
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
                    out.append(' ');
                }
                out.append(c);
                previous = c;
            }
            return out.toString();
        }
    }

    /** {@value #SHINGLE} consecutive word tokens; a record rather than the joined string, which costs a copy. */
    private record Shingle(String a, String b, String c, String d) {}

    private static Set<Shingle> shingles(List<String> words) {
        return new HashSet<>(orderedShingles(words));
    }

    private static List<Shingle> orderedShingles(List<String> words) {
        List<Shingle> out = new ArrayList<>(Math.max(0, words.size() - SHINGLE + 1));
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(new Shingle(words.get(i), words.get(i + 1), words.get(i + 2), words.get(i + 3)));
        }
        return out;
    }

    /** The shingles of the page's visible text. */
    private static Set<Shingle> pageShingles(Page page) {
        List<String> pageWords = new ArrayList<>();
        for (Block block : page.blocks()) if (!block.isJoined()) pageWords.addAll(block.words());
        return shingles(pageWords);
    }

    private static boolean isTeaser(String body) {
        String end = body.strip();
        return end.endsWith("...") || end.endsWith("…") || end.endsWith("[…]");
    }
}
