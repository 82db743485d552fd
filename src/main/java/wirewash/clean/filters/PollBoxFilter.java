package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, a reader poll's question and answer buttons that no rule names: the lines next to one a
 * {@code poll} rule took (its heading, "Reader poll", or its button, "View results", "1,204 votes"), with nothing
 * else between — a question of at most {@code maxQuestionWords} words ending in a question mark ("Should the plan go
 * ahead?") and answers of at most {@code maxAnswerWords} words each with no sentence's end, a share beside one or
 * not ("Yes", "Not sure 12%"). A poll is a question and its answers: the run goes only with a question and at least
 * {@code minAnswers} answers in it, so a story's subheading or a short line beside a lone "Vote" stays, and the
 * story's own paragraphs (longer, or ending a sentence) bound the run; it starts at the poll's heading or question and,
 * when the widget's button follows the question, ends at the button. The same words anywhere else ("Agree" under a
 * cookie notice, an interview's "Yes." answer) are left to the other filters.
 */
public final class PollBoxFilter implements BlockFilter {
    public static final String REASON = "poll";
    /** Most words of the poll's question. */
    public static final int DEFAULT_MAX_QUESTION_WORDS = 20;
    /** Most words of one answer, its share included ("Not at all 10%"). */
    public static final int DEFAULT_MAX_ANSWER_WORDS = 4;
    /** Fewest answers a poll offers. */
    public static final int DEFAULT_MIN_ANSWERS = 2;
    /** Most lines of a poll's run on either side of a line a rule took. */
    public static final int DEFAULT_MAX_LINES = 10;

    private final String pollCode;
    private final int maxQuestionWords;
    private final int maxAnswerWords;
    private final int minAnswers;
    private final int maxLines;

    public PollBoxFilter() {
        this(REASON, DEFAULT_MAX_QUESTION_WORDS, DEFAULT_MAX_ANSWER_WORDS, DEFAULT_MIN_ANSWERS, DEFAULT_MAX_LINES);
    }

    /** @param pollCode the reason code of the rules that take a poll's heading and buttons */
    public PollBoxFilter(String pollCode, int maxQuestionWords, int maxAnswerWords, int minAnswers, int maxLines) {
        this.pollCode = Validate.notNull(pollCode, "pollCode");
        this.maxQuestionWords = Validate.positive(maxQuestionWords, "maxQuestionWords");
        this.maxAnswerWords = Validate.positive(maxAnswerWords, "maxAnswerWords");
        this.minAnswers = Validate.positive(minAnswers, "minAnswers");
        this.maxLines = Validate.positive(maxLines, "maxLines");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : page.blocks()) if (!block.isJoined()) blocks.add(block);
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (!isRulePollLine(blocks.get(i))) continue;
            // the run of question, answers and other poll lines around this one
            int from = i;
            while (from > 0 && i - from < maxLines && isPollPart(blocks.get(from - 1))) from--;
            int to = i;
            while (to + 1 < blocks.size() && to - i < maxLines && isPollPart(blocks.get(to + 1))) to++;
            // a poll opens with its heading or its question and, when its button follows the question, ends there:
            // a short line above the poll or below its button (a story's subheading) is not one of its answers
            while (from < i && blocks.get(from).isKept() && !isQuestion(blocks.get(from))) from++;
            int question = from;
            while (question <= to && !(blocks.get(question).isKept() && isQuestion(blocks.get(question)))) question++;
            int lastButton = -1;
            for (int k = question + 1; k <= to; k++) if (isRulePollLine(blocks.get(k))) lastButton = k;
            if (lastButton > 0) to = lastButton;
            int questions = 0;
            int answers = 0;
            for (int k = from; k <= to; k++) {
                Block b = blocks.get(k);
                if (!b.isKept()) continue;
                if (isQuestion(b)) questions++;
                else answers++;
            }
            if (questions == 0 || answers < minAnswers) continue;
            for (int k = from; k <= to; k++) {
                Block b = blocks.get(k);
                if (b.isKept()) {
                    changed |= b.remove(new Reason(REASON, name(), "a poll's question or answer beside its widget's line"));
                }
            }
            i = to;
        }
        return changed;
    }

    private boolean isRulePollLine(Block block) {
        return block.isRemoved() && pollCode.equals(block.removal().code()) && !name().equals(block.removal().origin());
    }

    /** A line of the poll: one a rule took as the poll's, its question or an answer. */
    private boolean isPollPart(Block block) {
        if (block.isRemoved()) return isRulePollLine(block);
        return isQuestion(block) || isAnswer(block);
    }

    private boolean isQuestion(Block block) {
        String text = block.text().strip();
        return !text.isEmpty() && text.charAt(text.length() - 1) == '?' && block.wordCount() <= maxQuestionWords;
    }

    private boolean isAnswer(Block block) {
        String text = block.text().strip();
        if (text.isEmpty() || block.wordCount() > maxAnswerWords) return false;
        return !TextMeasure.endsSentence(text) && text.charAt(text.length() - 1) != ':';
    }
}
