package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes, on text dumps, the teasers of a "Latest news" or "Most read" box written as plain sentences, with no
 * headline lines: the short paragraphs right below a box heading (a {@code tail} rule of a reason in
 * {@code boxReasons}, with no line between) that are about other stories. A teaser shares few of its content words
 * (stopwords, {@code commonWords} and words shorter than {@code minWordLength} aside) with the prose printed around
 * it, while the story's own paragraphs, its lede under a box printed above it as much as the paragraphs resumed
 * under an inline "Related" box, share many with the rest of the story. From the heading down, each paragraph of at
 * most {@code maxTeaserWords} words that shares less than {@code maxSharedShare} of its content words with the
 * prose around it (up to {@code contextWords} content words below it and as many above the heading) is a teaser;
 * the box ends at the first paragraph that shares more, and goes only with at least {@code minTeasers} teasers.
 * The heading itself is left to {@link TailRuleFilter}, which then finds no story resuming below it and ends the
 * article there, or, above the story, removes it as a box. Pages whose language has no stopword list, and
 * paragraphs with less than {@code minContextWords} distinct content words around them, are left alone.
 */
public final class SentenceTeaserBoxFilter implements BlockFilter {
    public static final String REASON = "related-list";
    /** Reasons of the tail rules whose heading may head a box of teasers. */
    public static final Set<String> DEFAULT_BOX_REASONS = Set.of("related-list");
    /** Most words of a teaser: a sentence or two. */
    public static final int DEFAULT_MAX_TEASER_WORDS = 60;
    /** Share of a teaser's content words found in the other prose below which it is about another story. */
    public static final double DEFAULT_MAX_SHARED_SHARE = 0.15;
    /** Fewest teasers in a row under the heading that make a box. */
    public static final int DEFAULT_MIN_TEASERS = 2;
    /** Shortest content word: shorter tokens are numbers' parts and abbreviations that tell nothing of a topic. */
    public static final int DEFAULT_MIN_WORD_LENGTH = 4;
    /**
     * Content words of the prose a paragraph is compared with, on each side: those below it, past the teasers above
     * it in the box, and those above the box's heading, nearest first. A fixed window, as a long story holds most
     * of the words any news sentence uses.
     */
    public static final int DEFAULT_CONTEXT_WORDS = 150;
    /** Fewest distinct content words around a paragraph for it to be judged. */
    public static final int DEFAULT_MIN_CONTEXT_WORDS = 30;

    /**
     * Words any news sentence may use whatever its topic, left out of the comparison besides the stopwords (English
     * only: the verbs of attribution, the days, months and small numbers, the units of time).
     */
    public static final Set<String> DEFAULT_COMMON_WORDS = Set.of("said", "says", "told", "according", "will",
            "would", "could", "also", "last", "first", "next", "year", "years", "month", "months", "week", "weeks",
            "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "three", "four", "five", "seven", "eight", "nine", "time", "people", "least", "since");

    private final RuleSet rules;
    private final Set<String> boxReasons;
    private final int maxTeaserWords;
    private final double maxSharedShare;
    private final int minTeasers;
    private final Set<String> commonWords;
    private final int minWordLength;
    private final int contextWords;
    private final int minContextWords;

    public SentenceTeaserBoxFilter(RuleSet rules) {
        this(rules, DEFAULT_BOX_REASONS, DEFAULT_MAX_TEASER_WORDS, DEFAULT_MAX_SHARED_SHARE, DEFAULT_MIN_TEASERS,
                DEFAULT_COMMON_WORDS, DEFAULT_MIN_WORD_LENGTH, DEFAULT_CONTEXT_WORDS, DEFAULT_MIN_CONTEXT_WORDS);
    }

    /**
     * @param boxReasons     reasons of the tail rules whose heading may head a box of teasers
     * @param maxTeaserWords most words of a teaser
     * @param maxSharedShare share of a teaser's content words found in the other prose below which it is a teaser
     * @param minTeasers     fewest teasers in a row that make a box
     * @param commonWords    lower-case words left out of the comparison besides the page's stopwords
     * @param minWordLength  shortest content word
     * @param contextWords   content words of the prose on each side a paragraph is compared with
     * @param minContextWords fewest distinct content words around a paragraph for it to be judged
     */
    public SentenceTeaserBoxFilter(RuleSet rules, Set<String> boxReasons, int maxTeaserWords, double maxSharedShare,
                                   int minTeasers, Set<String> commonWords, int minWordLength, int contextWords,
                                   int minContextWords) {
        this.rules = Validate.notNull(rules, "rules");
        this.boxReasons = Set.copyOf(Validate.notNull(boxReasons, "boxReasons"));
        this.maxTeaserWords = Validate.positive(maxTeaserWords, "maxTeaserWords");
        this.maxSharedShare = Validate.fraction(maxSharedShare, "maxSharedShare");
        this.minTeasers = Validate.positive(minTeasers, "minTeasers");
        this.commonWords = Set.copyOf(Validate.notNull(commonWords, "commonWords"));
        this.minWordLength = Validate.positive(minWordLength, "minWordLength");
        this.contextWords = Validate.positive(contextWords, "contextWords");
        this.minContextWords = Validate.atLeast(minContextWords, 0, "minContextWords");
    }

    @Override
    public boolean process(Page page) {
        Stopwords stopwords = page.stopwords();
        if (stopwords.isEmpty()) return false;
        List<Block> lines = page.kept();
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            Block heading = lines.get(i);
            if (heading.has(Label.PROSE)) continue;
            Rule rule = rules.firstMatch(RuleKind.TAIL, heading.ruleText());
            if (rule == null || !boxReasons.contains(rule.code())) continue;
            Set<String> before = proseWords(lines, i - 1, -1, stopwords);
            List<Block> box = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && lines.get(j).has(Label.PROSE); j++) {
                Block paragraph = lines.get(j);
                if (paragraph.wordCount() > maxTeaserWords) break;
                Set<String> context = new HashSet<>(before);
                context.addAll(proseWords(lines, j + 1, 1, stopwords));
                if (!aboutAnotherStory(contentWords(paragraph, stopwords), context)) break;
                box.add(paragraph);
            }
            if (box.size() < minTeasers) continue;
            Reason reason = new Reason(REASON, name(), "a box's teasers written as sentences, about other stories");
            for (Block teaser : box) changed |= teaser.remove(reason);
            i += box.size();
        }
        return changed;
    }

    /**
     * The content words of the kept prose from {@code from} on, stepping by {@code step} (1: down the page, -1: up),
     * up to {@code contextWords} of them.
     */
    private Set<String> proseWords(List<Block> lines, int from, int step, Stopwords stopwords) {
        Set<String> words = new HashSet<>();
        int count = 0;
        for (int k = from; k >= 0 && k < lines.size() && count < contextWords; k += step) {
            if (!lines.get(k).has(Label.PROSE)) continue;
            for (String word : contentWords(lines.get(k), stopwords)) {
                words.add(word);
                if (++count >= contextWords) break;
            }
        }
        return words;
    }

    /** Whether few of the paragraph's content words occur in {@code context}, the prose around it. */
    private boolean aboutAnotherStory(List<String> words, Set<String> context) {
        if (words.isEmpty() || context.size() < minContextWords) return false;
        int shared = 0;
        for (String word : words) if (context.contains(word)) shared++;
        return shared < maxSharedShare * words.size();
    }

    private List<String> contentWords(Block block, Stopwords stopwords) {
        List<String> words = new ArrayList<>();
        for (String word : block.words()) {
            if (word.length() >= minWordLength && !stopwords.contains(word) && !commonWords.contains(word)) words.add(word);
        }
        return words;
    }
}
