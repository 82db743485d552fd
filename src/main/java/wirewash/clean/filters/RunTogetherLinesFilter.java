package wirewash.clean.filters;

import java.util.ArrayList;
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
 * from two to {@code maxSentences} of them, at most {@code maxWords} words in all, and a {@code line} rule matches
 * every one whole. A story's paragraph has a sentence no rule names, and the sentences are asked in order, so the
 * first such sentence ends the question. The block takes the reason of its first sentence's rule.
 */
public final class RunTogetherLinesFilter implements BlockFilter {
    /** Most sentences of a paragraph asked about: a prompt box runs a few together. */
    public static final int DEFAULT_MAX_SENTENCES = 6;
    /** Most words of a paragraph asked about. */
    public static final int DEFAULT_MAX_WORDS = 120;

    private final RuleSet rules;
    private final int maxSentences;
    private final int maxWords;

    public RunTogetherLinesFilter(RuleSet rules) {
        this(rules, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_WORDS);
    }

    /**
     * @param rules        the rules whose {@code line} rules name each sentence
     * @param maxSentences most sentences of a paragraph asked about (2 or more)
     * @param maxWords     most words of a paragraph asked about
     */
    public RunTogetherLinesFilter(RuleSet rules, int maxSentences, int maxWords) {
        this.rules = Validate.notNull(rules, "rules");
        this.maxSentences = Validate.atLeast(maxSentences, 2, "maxSentences");
        this.maxWords = Validate.positive(maxWords, "maxWords");
    }

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            if (block.wordCount() > maxWords) continue;
            List<String> sentences = sentences(block.text(), maxSentences + 1);
            if (sentences.size() < 2 || sentences.size() > maxSentences) continue;
            Rule first = null;
            StringBuilder origins = new StringBuilder();
            for (String sentence : sentences) {
                Rule rule = rules.firstMatch(RuleKind.LINE, new RuleText(sentence, block.element() == null));
                if (rule == null) {
                    first = null;
                    break;
                }
                if (first == null) first = rule;
                if (!origins.isEmpty()) origins.append(", ");
                origins.append(rule.reason().origin());
            }
            if (first == null) continue;
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

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }
}
