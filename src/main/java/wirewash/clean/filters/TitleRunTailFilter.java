package wirewash.clean.filters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the end of the page from the first long run of title-like lines met once the article is mostly told:
 * a tag list, a headline list, the head of a comment section. Such a run needs no heading a rule could name. It
 * counts only when less prose follows it than came before it, so a list inside the story (steps, ingredients)
 * near its start stays. Nor does a run that the story introduces, its first line or the paragraph above it ending
 * in a colon ("Tour dates:", "The qualified teams are:"): a related list is never announced by the story itself;
 * a line ending in a colon after a few title-like lines that end sentences ("This game will help you!" / "What you
 * get:") starts the run over, announcing the list below it (after a byline or a tag it does not).
 * Nor does a run whose lines mostly share one pattern of punctuation ("June 9 – Tampa, FL @ Arena", "England
 * (Group A): 10th appearance"), or one short label before a colon ("Q: Favorite apps?" / "A: Uber Eats"): that is
 * a table, a list of dates or an interview's quick-fire round the story gives (such a table may also open a longer
 * run, with the site's menu printed right below it: the table stays and the lines after its last row are judged as a
 * run of their own); nor one whose lines mostly open with a
 * quantity ("1 tsp cinnamon", "8-9 ripe pears": a recipe's ingredients), while the headlines of a related list
 * are punctuated each its own way. A paragraph that {@link DenseProseRunFilter} left out of the article still parts
 * two runs: the short questions and answers of an interview are not one long run. Nor, last, does a run when the
 * lines from it to the page's end hold several times the words of the story's prose, in lines of a few words or
 * more on average, some of them no headline (an instruction, a row of figures): the story is then a short
 * introduction to the list (a meal plan, a recipe card, a box score), while a site appends headlines to its stories,
 * headlines throughout, however short the story. Those lines are labelled {@link Label#STORY_LIST}. Nor, on
 * a crowded page, does a run the story goes on below ({@link ResumedStory}: paragraphs that take up its subject, a
 * scoreboard or job listings set between them): only the run's lines go, and the lines below are judged afresh. A
 * time stamp a line rule already removed inside a run ("2 hours ago" under a teaser's headline) counts as one of its
 * lines, and
 * so does a copyright line a rule removed, inside a run or heading it: it is the page's footer, printed below the
 * story with the site's other furniture, and a rule that names it in one more language leaves the run as long as it was.
 */
public final class TitleRunTailFilter implements BlockFilter {
    public static final String REASON = "headline-list";
    /** Consecutive title-like lines that make a run. */
    public static final int DEFAULT_MIN_RUN = 4;
    /** Least share of the article's prose words that must come before the run. */
    public static final double DEFAULT_MIN_PROSE_SHARE_BEFORE = 0.8;
    /** Least share of a run's lines with the same punctuation that makes it a table, not a headline list. */
    public static final double DEFAULT_MIN_PATTERN_SHARE = 0.6;
    /** Most words before the colon of a label line ("Q:", "Ticket price:") that table lines may share. */
    public static final int DEFAULT_MAX_LABEL_WORDS = 2;
    /** Reasons of the removed title-like lines that still count as lines of a run, or start one: the page's footer. */
    public static final Set<String> DEFAULT_FOOTER_REASONS = Set.of("copyright");

    private final int minRun;
    private final double minProseShareBefore;
    private final double minPatternShare;
    private final StoryList storyList;
    private final ResumedStory resumedStory;

    public TitleRunTailFilter() {
        this(DEFAULT_MIN_RUN, DEFAULT_MIN_PROSE_SHARE_BEFORE, DEFAULT_MIN_PATTERN_SHARE);
    }

    /** @param minPatternShare least share of a run's lines with one punctuation pattern that makes it a table */
    public TitleRunTailFilter(int minRun, double minProseShareBefore, double minPatternShare) {
        this(minRun, minProseShareBefore, minPatternShare, StoryList.DEFAULT);
    }

    /** @param storyList when a run and the lines after it are the story's body, and stay */
    TitleRunTailFilter(int minRun, double minProseShareBefore, double minPatternShare, StoryList storyList) {
        this(minRun, minProseShareBefore, minPatternShare, storyList, ResumedStory.DEFAULT);
    }

    /** @param resumedStory when the story goes on below a run, which is then a box between its paragraphs */
    TitleRunTailFilter(int minRun, double minProseShareBefore, double minPatternShare, StoryList storyList,
                       ResumedStory resumedStory) {
        this.resumedStory = Validate.notNull(resumedStory, "resumedStory");
        this.minRun = Validate.positive(minRun, "minRun");
        this.minProseShareBefore = Validate.fraction(minProseShareBefore, "minProseShareBefore");
        this.minPatternShare = Validate.fraction(minPatternShare, "minPatternShare");
        this.storyList = Validate.notNull(storyList, "storyList");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        long total = 0;
        for (Block block : blocks) if (block.isKept() && block.has(Label.PROSE)) total += block.wordCount();
        if (total == 0) return false;
        long before = 0;
        int runStart = -1;
        int run = 0;
        boolean introduced = false;
        // whether every line of the run so far ends a sentence
        boolean runOfSentences = false;
        Block previous = null;
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            // a time stamp a line rule took in a run (a teaser's "2 hours ago") is still one of its lines
            boolean stamp = !block.isKept() && (run > 0 && isRemovedStamp(block) || isRemovedFooterLine(block));
            if (!block.isKept() && !stamp) {
                if (isLeftOutParagraph(block)) run = 0;
                continue;
            }
            Block above = previous;
            previous = block;
            if (block.has(Label.PROSE)) {
                before += block.wordCount();
                run = 0;
                continue;
            }
            if (!block.has(Label.TITLE_LIKE)) {
                run = 0;
                continue;
            }
            if (run > 0 && runOfSentences && introducesList(block)) {
                // A line that announces a list ("What you get:") ends the run it sits in when the lines above it
                // are the story's closing sentences ("This game will help you!"): the lines below it are the list
                // the story announces, and the lines above it were too few to be a run of their own. Below a
                // byline, a tag or a share button it heads the page's furniture and the run goes on.
                run = 0;
                continue;
            }
            if (run == 0) {
                int table = leadingTableEnd(blocks, i, minRun, minPatternShare);
                if (table > i) {
                    // a table the story gives (tour dates) is no run, nor part of the one that may follow it:
                    // the lines after its last row are judged afresh (a site's menu printed below the story)
                    i = table - 1;
                    int last = i; // the table's last kept line: a table of cells ends past the removed ones
                    while (last > 0 && !blocks.get(last).isKept()) last--;
                    previous = blocks.get(last);
                    continue;
                }
                runOfSentences = true;
            }
            runOfSentences &= TextMeasure.endsSentence(block.text());
            if (run++ == 0) {
                runStart = i;
                introduced = introducesList(block) || above != null && introducesList(above);
            }
            if (!introduced && run >= minRun && before > 0 && before >= minProseShareBefore * total) {
                if (storyList.holds(blocks, runStart, total)) {
                    // the rest of the page is the story's list: no later run is the page's furniture either
                    StoryList.label(blocks, runStart);
                    return true;
                }
                int end = runEnd(blocks, i);
                if (resumedStory.below(page, end)) {
                    // a box set between the story's paragraphs (a scoreboard, job listings): it goes, the story stays
                    Reason box = new Reason(REASON, name(), "a run of title-like lines the story goes on below");
                    for (int j = runStart; j <= end; j++) {
                        if (blocks.get(j).isKept()) changed |= blocks.get(j).remove(box);
                    }
                    run = 0;
                    i = end;
                    previous = blocks.get(end);
                    continue;
                }
                Reason reason = new Reason(REASON, name(), run + "+ title-like lines after "
                        + Math.round(100.0 * before / total) + "% of the prose");
                for (int j = runStart; j < blocks.size(); j++) blocks.get(j).remove(reason);
                return true;
            }
        }
        return changed;
    }

    /**
     * The index of the last line of the run of title-like lines that goes on at {@code at}: the kept title-like lines
     * below it, with lines taken out among them, up to the first kept line of another kind or a paragraph that
     * {@link DenseProseRunFilter} left out.
     */
    private static int runEnd(List<Block> blocks, int at) {
        int end = at;
        for (int j = at + 1; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            if (!block.isKept()) {
                if (isLeftOutParagraph(block)) break;
                continue;
            }
            if (!block.has(Label.TITLE_LIKE) || block.has(Label.PROSE)) break;
            end = j;
        }
        return end;
    }

    /**
     * Where the table starting at {@code start} ends (the index after its last line with the shared pattern), or
     * {@code start} when the run of title-like lines there is no table: fewer than {@code minLines} lines, or less
     * than {@code minShare} of them sharing one non-empty pattern of punctuation. Looks at the run only. A table
     * {@link CellTableFilter} found (one cell per line) ends after its last cell.
     */
    static int tableEnd(List<Block> blocks, int start, int minLines, double minShare) {
        if (blocks.get(start).has(Label.TABLE_CELL)) return cellTableEnd(blocks, start);
        return runTableEnd(runPatterns(blocks, start), start, minLines, minShare);
    }

    private static int cellTableEnd(List<Block> blocks, int start) {
        int end = start;
        while (end < blocks.size() && (blocks.get(end).has(Label.TABLE_CELL) || !blocks.get(end).isKept())) end++;
        return end;
    }

    private static int runTableEnd(List<PatternLine> run, int start, int minLines, double minShare) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> lastLine = new HashMap<>();
        String most = null;
        for (PatternLine line : run) {
            for (String pattern : line.patterns()) {
                if (pattern.isEmpty()) continue;
                int count = counts.merge(pattern, 1, Integer::sum);
                lastLine.put(pattern, line.index());
                if (most == null || count > counts.get(most)) most = pattern;
            }
        }
        boolean table = most != null && !most.equals(RANK) && run.size() >= minLines
                && counts.get(most) >= minShare * run.size();
        return table ? lastLine.get(most) + 1 : start;
    }

    /** A kept title-like line of a run and its patterns: punctuation, label, quantity. */
    private record PatternLine(int index, String[] patterns) {}

    /** The kept title-like lines of the run at {@code start}, each with its patterns, until the run ends. */
    private static List<PatternLine> runPatterns(List<Block> blocks, int start) {
        List<PatternLine> run = new java.util.ArrayList<>();
        // the number the last quantity line ranked, while the lines opened by a number count 1, 2, 3…
        int previousQuantity = 0;
        for (int i = start; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) {
                if (isLeftOutParagraph(block)) break;
                continue;
            }
            if (!block.has(Label.TITLE_LIKE)) break;
            String quantity = quantity(block.text(), previousQuantity);
            if (quantity.equals(RANK)) previousQuantity++;
            else if (!quantity.isEmpty()) previousQuantity = -1;
            run.add(new PatternLine(i, new String[] {punctuation(block.text()), label(block.text()), quantity}));
        }
        return run;
    }

    /**
     * Where the table that opens the run of title-like lines at {@code start} ends: as {@link #tableEnd} when the
     * whole run is a table; else the table may be the run's first lines only, the longest stretch from {@code start}
     * in which one pattern is shared by {@code minShare} of the lines and by at least {@code minLines} of them. A dump
     * may print the site's menu right below the story's table, with no line between. {@code start} when no such
     * stretch opens the run.
     */
    static int leadingTableEnd(List<Block> blocks, int start, int minLines, double minShare) {
        if (blocks.get(start).has(Label.TABLE_CELL)) return cellTableEnd(blocks, start);
        List<PatternLine> run = runPatterns(blocks, start);
        int whole = runTableEnd(run, start, minLines, minShare);
        if (whole > start) return whole;
        Map<String, Integer> counts = new HashMap<>();
        int lines = 0;
        int end = start;
        for (PatternLine line : run) {
            lines++;
            for (String pattern : line.patterns()) {
                if (pattern.isEmpty() || pattern.equals(RANK)) continue;
                int count = counts.merge(pattern, 1, Integer::sum);
                if (count >= minLines && count >= minShare * lines) end = Math.max(end, line.index() + 1);
            }
        }
        return end;
    }

    /** The pattern of the lines of a ranked list ("1 …", "2 …"), which {@link #quantity} keeps out of the tables. */
    private static final String RANK = "rank";

    /**
     * "#" for a line opened by a quantity, a number and a word in lower case ("8-9 ripe pears", "1 tsp cinnamon",
     * "1/2 cup honey"): the lines of an ingredient list or a table of figures share it whatever words follow, while a
     * listicle's headline capitalises the word after its number ("5 Things to Do in June"); {@link #RANK} when the
     * number is the one after {@code previous} (a numbered "Most read" list counts 1, 2, 3…, and is no table);
     * "" for a line opened otherwise.
     */
    static String quantity(String text, int previous) {
        int end = 0;
        while (end < text.length() && end < 9 && Character.isDigit(text.charAt(end))) end++;
        if (end == 0) return "";
        if (previous >= 0 && Integer.parseInt(text.substring(0, end)) == previous + 1) return RANK;
        int space = text.indexOf(' ', end);
        return space > 0 && TextMeasure.startsLowerCase(text.substring(space + 1)) ? "#" : "";
    }

    /** The text's characters that are neither letters, digits nor white space, in order: "June 9 – Tampa, FL" gives "–,". */
    static String punctuation(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) out.append(c);
        }
        return out.toString();
    }

    /**
     * A title-like line a line rule removed for one of {@link NextStoryFilter#DEFAULT_DATE_REASONS} ("2 hours ago",
     * "Updated 3:45 PM"): read as the line it was, as the next-story step reads it.
     */
    private static boolean isRemovedStamp(Block block) {
        return block.isRemoved() && block.joinedInto() < 0 && block.has(Label.TITLE_LIKE)
                && NextStoryFilter.DEFAULT_DATE_REASONS.contains(block.removal().code());
    }

    /** A title-like line a rule removed for one of {@link #DEFAULT_FOOTER_REASONS} ("Copyright © 2019 …"). */
    private static boolean isRemovedFooterLine(Block block) {
        return block.isRemoved() && block.joinedInto() < 0 && block.has(Label.TITLE_LIKE)
                && DEFAULT_FOOTER_REASONS.contains(block.removal().code());
    }

    /**
     * A paragraph that {@link DenseProseRunFilter} left out of the article run: it still parts the title-like lines
     * around it (the answers between the questions of an interview), though it is no longer kept.
     */
    static boolean isLeftOutParagraph(Block block) {
        return block.has(Label.PROSE) && block.isRemoved()
                && DenseProseRunFilter.class.getSimpleName().equals(block.removal().origin());
    }

    /**
     * The line's label: how many words come before its first punctuation mark when that mark is a colon and at most
     * {@link #DEFAULT_MAX_LABEL_WORDS} words precede it ("Q: Favorite apps?" and "A: Bleacher Report, Uber Eats"
     * both give "1:"), else "". The lines of a question-and-answer round or a fact box ("Price: $10") share it
     * however each goes on, so they count as a table too.
     */
    static String label(String text) {
        long colon = TextMeasure.labelColon(text, DEFAULT_MAX_LABEL_WORDS);
        return colon < 0 ? "" : (int) colon + ":";
    }

    /** Whether the block announces a list that follows it ("Tour dates:"). */
    static boolean introducesList(Block block) {
        // the text's last char but white space read in place: asked of most blocks, by several filters
        String text = block.text();
        int last = text.length() - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) last--;
        return last >= 0 && text.charAt(last) == ':';
    }
}
