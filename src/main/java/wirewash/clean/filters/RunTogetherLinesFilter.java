package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;
import wirewash.rules.RuleText;

/**
 * Removes a paragraph that runs together lines the {@code line} rules remove one by one: a paywall's or a consent
 * notice's sentences printed as one block ("Support local journalism for less than the price of a coffee a week.
 * Already a subscriber? Log in to continue reading."), each a prompt a rule names when it stands on a line of its
 * own. The paragraph is cut into sentences after a full stop, a question or an exclamation mark; it goes when it has
 * from two to {@code maxSentences} of them, at most {@code maxWords} words in all and {@code maxSentenceWords} in
 * each (a prompt says its piece in a line; a story's sentences run longer), and a {@code line} rule matches every one
 * whole. A story's paragraph has a sentence no rule names; the sentences are asked shortest first, so that such a
 * sentence ends the question having cost the rules as few chars as it can. The block takes the reason of its first
 * sentence's rule.
 */
public final class RunTogetherLinesFilter implements BlockFilter {
    /** Most sentences of a paragraph asked about: a prompt box runs a few together. */
    public static final int DEFAULT_MAX_SENTENCES = 6;
    /** Most words of a paragraph asked about. */
    public static final int DEFAULT_MAX_WORDS = 120;
    /** Most words of each of its sentences. */
    public static final int DEFAULT_MAX_SENTENCE_WORDS = 25;

    private final RuleSet rules;
    private final int maxSentences;
    private final int maxWords;
    private final int maxSentenceWords;

    public RunTogetherLinesFilter(RuleSet rules) {
        this(rules, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_WORDS, DEFAULT_MAX_SENTENCE_WORDS);
    }

    /**
     * @param rules        the rules whose {@code line} rules name each sentence
     * @param maxSentences most sentences of a paragraph asked about (2 or more)
     * @param maxWords     most words of a paragraph asked about
     * @param maxSentenceWords most words of each of its sentences
     */
    public RunTogetherLinesFilter(RuleSet rules, int maxSentences, int maxWords, int maxSentenceWords) {
        this.rules = Validate.notNull(rules, "rules");
        this.maxSentences = Validate.atLeast(maxSentences, 2, "maxSentences");
        this.maxWords = Validate.positive(maxWords, "maxWords");
        this.maxSentenceWords = Validate.positive(maxSentenceWords, "maxSentenceWords");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            if (block.wordCount() > maxWords) continue;
            List<String> sentences = sentences(block.text(), maxSentences + 1);
            if (sentences.size() < 2 || sentences.size() > maxSentences) continue;
            boolean allShort = true;
            for (String sentence : sentences) allShort &= words(sentence) <= maxSentenceWords;
            if (!allShort) continue;
            // shortest first: a sentence no rule names ends the question, at the least cost of chars scanned
            Integer[] order = new Integer[sentences.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingInt(i -> sentences.get(i).length()));
            Rule[] matched = new Rule[sentences.size()];
            boolean all = true;
            for (int i : order) {
                matched[i] = rules.firstMatch(RuleKind.LINE, new RuleText(sentences.get(i), block.element() == null));
                if (matched[i] == null) {
                    all = false;
                    break;
                }
            }
            if (!all) continue;
            Rule first = matched[0];
            StringBuilder origins = new StringBuilder();
            for (Rule rule : matched) {
                if (!origins.isEmpty()) origins.append(", ");
                origins.append(rule.reason().origin());
            }
            changed |= block.remove(new Reason(first.reason().code(), name(),
                    sentences.size() + " sentences, each a line a rule removes: " + origins));
        }
        return changed;
    }

    /**
     * The text's sentences, stripped: cut after a full stop, a question or an exclamation mark (and the closing
     * quotes or brackets right after it) that whitespace follows; at most {@code limit} of them are cut out, the
     * rest being left in the last.
     */
    static List<String> sentences(String text, int limit) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n && out.size() + 1 < limit; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') continue;
            int end = i + 1;
            while (end < n && isCloser(text.charAt(end))) end++;
            if (end < n && Character.isWhitespace(text.charAt(end))) {
                String sentence = text.substring(start, end).strip();
                if (!sentence.isEmpty()) out.add(sentence);
                start = end;
                i = end;
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }

    /** Words of a sentence: runs of chars other than whitespace. */
    private static int words(String sentence) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean space = Character.isWhitespace(sentence.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }
}
