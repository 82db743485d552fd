package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, a run of other stories' teaser cards wherever it sits on the page: a headline, then one
 * short paragraph, then the next headline (of {@code minHeadlineWords} words or more) and its paragraph ("Deal
 * Alert: Newest iPad Pro up to $200 off" / "Amazon is not waiting until Black Friday to offer…"), {@code minCards}
 * times or more, with no two paragraphs in a row (but for the story's paragraph right below the last card, when
 * that card's teaser outgrows none of the others' by {@code minLedeGrowth} and the paragraph outgrows them all by
 * it: a rail set between the story's paragraphs; the last card may be one whose headline a rule took out); a card
 * may date its story on a line of its own, below its headline or below its paragraph ("Nov 18, 2019"), and mark
 * it with a short line ("CLIMATE", "Jane Doe, Reporter", "34 comments", "8 October 2022 · 12 min read") above its
 * headline, between it and its paragraph, or below the paragraph; a site may also print a card's headline and
 * teaser on one line, set apart by a dash or a bar; and a card whose headline a rule took out ("Watch: …") leaves
 * its paragraph, and its mark above the headline, in the run, which goes on below it (or opens with it, when a
 * card opens right below the paragraph). A mark that dates its card ("46 min ago · 12 min read") is no headline,
 * and a clock time's colon ("Updated 7:15 PT — Jane Doe") opens no field. A line
 * opened by a label's colon is a field of a listicle's entry ("Verdict: Buy it"), not a card's mark, and a paragraph
 * opened by one is an interview's answer ("Maria: We met at school"), not a teaser. A site prints such a rail ("Read
 * these next", "Guides") before the story as often as after it, so its place decides nothing. A run whose cards date
 * their stories loses an undated card at its edge whose paragraph is more than {@code maxUndatedRatio} times the
 * longest dated card's: the story's last paragraph below a linked line. A story with a subheading above each of its
 * paragraphs looks the same, so the run goes only when the prose left outside it (with the story's furniture in prose
 * a rule took out before, its writer's bio) outweighs the run's own (the story is elsewhere on the page), and an
 * interview's round of questions (most of the run's headlines end in a question mark) stays.
 */
public final class HeadlineTeaserRunFilter implements BlockFilter {
    public static final String REASON = "teaser-run";
    /** The marks that, with a space on each side (" — ", " – ", " | "), part a one-line card's headline and teaser. */
    private static final char[] INLINE_SEPARATOR_MARKS = {'\u2014', '\u2013', '|'};
    /** The marks that, with a space on each side, part a card's mark line's author from its time stamp. */
    private static final String MARK_SEPARATORS = "\u00b7\u2022\u2014\u2013|-";
    /**
     * The reasons of a rule that takes out another story's headline ("Watch: …", "Read more: …"): a line another rule
     * took out, a listing's or a ticker's, is no card's headline.
     */
    public static final Set<String> DEFAULT_HEADLINE_REASONS = Set.of("related-list");
    /**
     * The reasons of a rule that takes out the story's own furniture printed in prose ("Jane Doe is a staff writer
     * covering health for the Herald."): such a paragraph, taken out before this step, still says the story is on
     * the page, so it counts with the prose left outside a run; a page that prints its writer's bio would otherwise
     * keep a run that the same page without the bio loses.
     */
    public static final Set<String> DEFAULT_STORY_FURNITURE_REASONS = Set.of("author-bio");
    /** Fewest headline-and-paragraph cards in a row that make a run. */
    public static final int DEFAULT_MIN_CARDS = 4;
    /**
     * Fewest words of a card's headline: a headline says what happened, while the short lines a story sets between
     * its quotes and excerpts name a source ("– Ali", "[The Verge]").
     */
    public static final int DEFAULT_MIN_HEADLINE_WORDS = 4;
    /** Most words of a card's headline. */
    public static final int DEFAULT_MAX_HEADLINE_WORDS = 20;
    /** Most words of a card's paragraph: a teaser is a sentence or two. */
    public static final int DEFAULT_MAX_TEASER_WORDS = 60;
    /**
     * Fewest words of a card's paragraph too short to count as prose: one sentence of a few words ("Our correspondent
     * reports from Kyiv.", "Here is what we know so far.") is a card's summary too; shorter is a story's aside.
     */
    public static final int DEFAULT_MIN_SHORT_TEASER_WORDS = 5;
    /**
     * Least share of the content words of a card at a run's edge, its headline's and its paragraph's, that the prose
     * outside the run also holds for the card to be the page's own headline and lede: a run printed right below the
     * story's lede (or above its headline) takes them for its first (or last) card, while another story's card
     * shares few words with the story.
     */
    public static final double DEFAULT_MIN_OWN_STORY_SHARE = 0.3;
    /**
     * Least times the paragraph of a card at a run's edge must outgrow the longest of the other cards' for the card to
     * be taken for the page's own headline and lede: a story's lede runs longer than the summaries of a run's cards,
     * which differ by a few words.
     */
    public static final double DEFAULT_MIN_LEDE_GROWTH = 1.5;
    /** Most of a run's headlines, as a share, that may end in a question mark: more is an interview's questions. */
    public static final double DEFAULT_MAX_QUESTION_SHARE = 0.5;
    /**
     * How many times the longest dated card's paragraph an undated card's at the edge of a dated run may be and
     * still be one of its cards: a story's paragraph runs to several sentences, while teasers differ by a few words.
     */
    public static final double DEFAULT_MAX_UNDATED_RATIO = 1.5;
    /**
     * Most words of a card's mark: the short line a card sets above its headline, between it and its teaser or below
     * the teaser to name its section, author or comment count ("CLIMATE", "Jane Doe, Reporter", "34 comments").
     */
    public static final int DEFAULT_MAX_MARK_WORDS = 4;
    /**
     * Most words of a card's mark that dates its story with more beside it ("8 October 2022 · 12 min read", "Food |
     * July 22, 2017 8:58", "Jane Doe · 3 hours ago").
     */
    public static final int DEFAULT_MAX_DATED_MARK_WORDS = 10;
    /**
     * Most kept lines from one card's witness to the next card's in a run ({@link #mayHoldRun}), read off the walk in
     * {@link #process}: a card is witnessed by its headline (at the card's first line {@code end}, its teaser at most
     * two lines below, a stamp or a mark below that: the next card at most {@code end + 4}), by its one line (an
     * inline card: the next at most {@code end + 2}), or by a teaser whose headline a rule took out (at {@code end}
     * or {@code end + 1}, a stamp and a mark below it: the next at most the teaser's line {@code + 3}); and the next
     * card's witness is at most one line below where it opens (a mark over a taken-out headline's teaser). So 4 + 1.
     */
    private static final int MAX_WITNESS_STEP = 5;

    private final int minCards;
    private final int minHeadlineWords;
    private final int maxHeadlineWords;
    private final int maxTeaserWords;
    private final double maxQuestionShare;
    private final double maxUndatedRatio;
    private final int maxMarkWords;
    private final int maxDatedMarkWords;
    private final int minShortTeaserWords;
    private final double minOwnStoryShare;
    private final double minLedeGrowth;

    public HeadlineTeaserRunFilter() {
        this(DEFAULT_MIN_CARDS, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_HEADLINE_WORDS, DEFAULT_MAX_TEASER_WORDS,
                DEFAULT_MAX_QUESTION_SHARE, DEFAULT_MAX_UNDATED_RATIO, DEFAULT_MAX_MARK_WORDS,
                DEFAULT_MAX_DATED_MARK_WORDS, DEFAULT_MIN_SHORT_TEASER_WORDS, DEFAULT_MIN_OWN_STORY_SHARE,
                DEFAULT_MIN_LEDE_GROWTH);
    }

    public HeadlineTeaserRunFilter(int minCards, int minHeadlineWords, int maxHeadlineWords, int maxTeaserWords,
                                   double maxQuestionShare, double maxUndatedRatio, int maxMarkWords,
                                   int maxDatedMarkWords) {
        this(minCards, minHeadlineWords, maxHeadlineWords, maxTeaserWords, maxQuestionShare, maxUndatedRatio,
                maxMarkWords, maxDatedMarkWords, DEFAULT_MIN_SHORT_TEASER_WORDS, DEFAULT_MIN_OWN_STORY_SHARE,
                DEFAULT_MIN_LEDE_GROWTH);
    }

    /**
     * @param minCards         fewest cards in a row that make a run
     * @param minHeadlineWords fewest words of a card's headline
     * @param maxHeadlineWords most words of a card's headline
     * @param maxTeaserWords   most words of a card's paragraph
     * @param maxQuestionShare most of a run's headlines, as a share, that may end in a question mark
     * @param maxUndatedRatio  how many times the longest dated card's paragraph an undated card's at the edge of a
     *                         dated run may be and still be one of its cards (1 or more)
     * @param maxMarkWords     most words of a card's mark line (its section, author or comment count)
     * @param maxDatedMarkWords most words of a card's mark line that states a date or an age
     * @param minShortTeaserWords fewest words of a card's paragraph that is one sentence too short to be prose
     * @param minOwnStoryShare  least share of an edge card's content words that the story's prose takes up for the
     *                          card to be the page's own headline and lede
     * @param minLedeGrowth     least times an edge card's paragraph outgrows the other cards' longest for the card to
     *                          be the page's own headline and lede
     */
    public HeadlineTeaserRunFilter(int minCards, int minHeadlineWords, int maxHeadlineWords, int maxTeaserWords,
                                   double maxQuestionShare, double maxUndatedRatio, int maxMarkWords,
                                   int maxDatedMarkWords, int minShortTeaserWords, double minOwnStoryShare,
                                   double minLedeGrowth) {
        this(minCards, minHeadlineWords, maxHeadlineWords, maxTeaserWords, maxQuestionShare, maxUndatedRatio,
                maxMarkWords, maxDatedMarkWords, minShortTeaserWords, minOwnStoryShare, minLedeGrowth, true);
    }

    private HeadlineTeaserRunFilter(int minCards, int minHeadlineWords, int maxHeadlineWords, int maxTeaserWords,
                                    double maxQuestionShare, double maxUndatedRatio, int maxMarkWords,
                                    int maxDatedMarkWords, int minShortTeaserWords, double minOwnStoryShare,
                                    double minLedeGrowth, boolean gated) {
        this.gated = gated;
        this.minCards = Validate.atLeast(minCards, 2, "minCards");
        this.minHeadlineWords = Validate.positive(minHeadlineWords, "minHeadlineWords");
        this.maxHeadlineWords = Validate.positive(maxHeadlineWords, "maxHeadlineWords");
        this.maxTeaserWords = Validate.positive(maxTeaserWords, "maxTeaserWords");
        this.maxQuestionShare = Validate.fraction(maxQuestionShare, "maxQuestionShare");
        Validate.isTrue(maxUndatedRatio >= 1, "maxUndatedRatio must be at least 1");
        this.maxUndatedRatio = maxUndatedRatio;
        this.maxMarkWords = Validate.positive(maxMarkWords, "maxMarkWords");
        this.maxDatedMarkWords = Validate.positive(maxDatedMarkWords, "maxDatedMarkWords");
        this.minShortTeaserWords = Validate.positive(minShortTeaserWords, "minShortTeaserWords");
        this.minOwnStoryShare = Validate.fraction(minOwnStoryShare, "minOwnStoryShare");
        Validate.isTrue(minLedeGrowth >= 1, "minLedeGrowth must be at least 1");
        this.minLedeGrowth = minLedeGrowth;
    }

    /** Whether {@link #process} first asks {@link #mayHoldRun}; off only to test that the gate changes nothing. */
    private final boolean gated;

    private HeadlineTeaserRunFilter(boolean gated) {
        this(DEFAULT_MIN_CARDS, DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_HEADLINE_WORDS, DEFAULT_MAX_TEASER_WORDS,
                DEFAULT_MAX_QUESTION_SHARE, DEFAULT_MAX_UNDATED_RATIO, DEFAULT_MAX_MARK_WORDS,
                DEFAULT_MAX_DATED_MARK_WORDS, DEFAULT_MIN_SHORT_TEASER_WORDS, DEFAULT_MIN_OWN_STORY_SHARE,
                DEFAULT_MIN_LEDE_GROWTH, gated);
    }

    /** The filter with its default parameters that walks every page, {@link #mayHoldRun} not asked: for tests. */
    static HeadlineTeaserRunFilter ungated() {
        return new HeadlineTeaserRunFilter(false);
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = page.kept();
        // most pages hold no {@code minCards} card witnesses close enough together to make a run: no walk for them
        if (gated && !mayHoldRun(page, lines)) return false;
        boolean[] remove = new boolean[lines.size()];
        // the lines of runs another rule's verdict vouches for (witnessedRail): they go whatever the prose left weighs
        boolean[] sure = new boolean[lines.size()];
        long runWords = 0;
        int i = 0;
        List<Card> cards = new ArrayList<>();
        List<Card> ledes = new ArrayList<>();
        while (i + 1 < lines.size()) {
            cards.clear();
            // the first card may open with its mark above its headline; the others' are taken below their teasers
            int end = i + 2 < lines.size() && isHeadline(lines.get(i + 1)) && isMark(lines.get(i)) ? i + 1 : i;
            int first = i;
            while (end < lines.size()) {
                if (isInlineCard(lines.get(end))) {
                    // headline and teaser on one line: a card of its own, its mark below it when no paragraph follows
                    int next = end + 1 < lines.size() - 1 && isMark(lines.get(end + 1))
                            && !lines.get(end + 2).has(Label.PROSE) ? end + 2 : end + 1;
                    cards.add(new Card(cards.isEmpty() ? first : end, next, lines.get(end).wordCount(), false, false,
                            true));
                    end = next;
                    continue;
                }
                if (!opensCard(lines, end)) {
                    // a card whose headline a rule took out ("Watch: …", "Read more: …") parts no run: its
                    // paragraph, below the card above, carries the run on, and so does its mark above the
                    // taken-out headline ("VIDEO" over "Watch: …"); it opens a run when a card opens right below it
                    int teaser = takenOutTeaser(page, lines, end) ? end
                            : end + 1 < lines.size() && isMark(lines.get(end)) && takenOutTeaser(page, lines, end + 1)
                            ? end + 1 : -1;
                    if (teaser < 0) break;
                    if (cards.isEmpty() && !nextCardsTeaser(page, lines, teaser)) break;
                    int next = teaser + 1 < lines.size() && isStamp(lines.get(teaser + 1)) ? teaser + 2 : teaser + 1;
                    boolean dated = next - teaser > 1;
                    // the next card's mark, above its headline, is taken below this teaser as the others' are
                    if (next + 1 < lines.size() && isMark(lines.get(next)) && !opensCard(lines, next)
                            && !storyParagraph(lines.get(next + 1))) next++;
                    Card card = new Card(end, next, lines.get(teaser).wordCount(), dated, false, false);
                    if (next < lines.size() && storyParagraph(lines.get(next)) && !nextCardsTeaser(page, lines, next)) {
                        // the story goes on right below: the card ends the run as a headed card does (endsRail)
                        if (!cards.isEmpty() && endsRail(cards, card, lines.get(next))) {
                            cards.add(card);
                            end = next;
                        }
                        break;
                    }
                    cards.add(card);
                    end = next;
                    continue;
                }
                // a card may date or sign its story on a line of its own, below the headline or below the teaser
                int teaser = isTeaser(lines.get(end + 1)) ? end + 1 : end + 2;
                int next = teaser + 1 < lines.size() && isStamp(lines.get(teaser + 1)) ? teaser + 2 : teaser + 1;
                // a mark below the teaser is the card's when no paragraph follows it: above a paragraph it is a
                // subheading of the story the run ends at, unless it counts or dates ("34 comments", "2 days ago")
                boolean storyBelow = false;
                if (next == teaser + 1 && next + 1 < lines.size() && isMark(lines.get(next))
                        && !opensCard(lines, next)) {
                    storyBelow = lines.get(next + 1).has(Label.PROSE) && !isInlineCard(lines.get(next + 1));
                    if (!storyBelow || hasDigit(lines.get(next).text())) next++;
                    else storyBelow = false;
                }
                Card card = new Card(cards.isEmpty() ? first : end, next, lines.get(teaser).wordCount(),
                        next - end > 2, lines.get(end).text().strip().endsWith("?"), false);
                if (!storyBelow && next < lines.size() && lines.get(next).has(Label.PROSE)
                        && !isInlineCard(lines.get(next)) && !takenOutTeaser(page, lines, next)) {
                    // the story goes on right below the card: a rail set between its paragraphs ends with it when
                    // its teaser does not outgrow the cards' above it (minLedeGrowth), they make a run with it, and
                    // the paragraph below outgrows them all as a story's does; a story's short paragraphs under
                    // subheadings run as long or as short as they like
                    if (endsRail(cards, card, lines.get(next))) {
                        cards.add(card);
                        end = next;
                    }
                    break;
                }
                cards.add(card);
                end = next;
                if (storyBelow) break;
            }
            if (cards.isEmpty()) {
                i++; // most lines start no card: nothing more to ask of them
                continue;
            }
            i = end;
            // in a run whose cards date their stories, an undated card at its edge whose paragraph is well longer
            // than any dated card's is none of them: the story's last paragraph below a linked line
            long longestDated = -1;
            for (Card card : cards) if (card.dated()) longestDated = Math.max(longestDated, card.teaserWords());
            if (longestDated >= 0) {
                long mostUndated = (long) Math.floor(longestDated * maxUndatedRatio);
                while (!cards.isEmpty() && cards.get(0).longerUndated(mostUndated)) cards.remove(0);
                while (!cards.isEmpty() && cards.get(cards.size() - 1).longerUndated(mostUndated)) {
                    cards.remove(cards.size() - 1);
                }
            }
            // the page's own headline and lede at an edge of a run printed beside them are no card of it
            if (cards.size() >= minCards) trimOwnStory(page, lines, cards);
            long questions = cards.stream().filter(Card::question).count();
            if (cards.size() >= minCards && questions < maxQuestionShare * cards.size()) {
                // a stretch of one-line cards with another story's headline a rule took out among them goes
                // whatever the prose left weighs; the cards around it make runs of their own or none
                int[] rail = witnessedRail(page, lines, cards);
                if (rail != null) {
                    for (int c = rail[0]; c < rail[1]; c++) {
                        for (int j = cards.get(c).first(); j < cards.get(c).next(); j++) sure[j] = true;
                    }
                    List<Card> before = new ArrayList<>(cards.subList(0, rail[0]));
                    List<Card> after = new ArrayList<>(cards.subList(rail[1], cards.size()));
                    cards.clear();
                    cards.addAll(before.size() >= after.size() ? before : after);
                    if (cards.size() < minCards) continue;
                }
                for (Card card : cards) {
                    for (int j = card.first(); j < card.next(); j++) remove[j] = true;
                    runWords += card.teaserWords();
                }
                // a first card whose paragraph outgrows the others' may be the story's lede below the page's
                // header lines, when the story's words do not say so (trimOwnStory): kept if the run needs it to go
                if (cards.size() > minCards && outgrows(cards, 0)) ledes.add(cards.get(0));
            }
        }
        if (runWords == 0) return removeSure(lines, sure);
        long outside = 0;
        for (int j = 0; j < lines.size(); j++) {
            if (!remove[j] && !sure[j] && lines.get(j).has(Label.PROSE)) outside += lines.get(j).wordCount();
        }
        // the story's furniture a rule took out (its writer's bio) is prose of the story's too
        for (Block block : page.blocks()) {
            if (block.isRemoved() && !block.isJoined() && block.has(Label.PROSE)
                    && DEFAULT_STORY_FURNITURE_REASONS.contains(block.removal().code())) {
                outside += block.wordCount();
            }
        }
        if (outside <= runWords) {
            // the runs outweigh the prose left: they stay, unless the ledes they took for first cards make up the
            // difference (the story's lede and the prose below it outweigh the cards left)
            for (Card lede : ledes) {
                for (int j = lede.first(); j < lede.next(); j++) {
                    remove[j] = false;
                    if (lines.get(j).has(Label.PROSE)) outside += lines.get(j).wordCount();
                }
                runWords -= lede.teaserWords();
            }
            if (outside <= runWords) return removeSure(lines, sure);
        }
        Reason reason = new Reason(REASON, name(), "a run of headlines, each with one short paragraph");
        boolean changed = removeSure(lines, sure);
        for (int j = 0; j < lines.size(); j++) if (remove[j]) changed |= lines.get(j).remove(reason);
        return changed;
    }

    /** Removes the lines of the runs {@link #witnessedRail} vouches for; whether any was removed. */
    private boolean removeSure(List<Block> lines, boolean[] sure) {
        Reason reason = null;
        boolean changed = false;
        for (int j = 0; j < lines.size(); j++) {
            if (!sure[j]) continue;
            if (reason == null) {
                reason = new Reason(REASON, name(), "a run of one-line headline-and-summary cards, with another"
                        + " story's headline a rule took out among them");
            }
            changed |= lines.get(j).remove(reason);
        }
        return changed;
    }

    /**
     * The cards, from and to (exclusive), of the first stretch of {@code minCards} one-line cards or more
     * ({@link #isInlineCard}) in the run that holds, between its first line and its last, a line a rule took out as
     * another story's headline ({@link #DEFAULT_HEADLINE_REASONS}: "Watch: Students launch bid for housing targets —
     * Our reporter spent a day…"), or null: a rail set between the story's paragraphs, which goes however little
     * prose the story has left. The prose-weight test that keeps a story with a subheading above each of its
     * paragraphs does not ask it: such a story sets its subheadings on lines of their own, and a listicle of one-line
     * entries ("Serial — The show that started it all.") has no other story's headline among them.
     */
    private int[] witnessedRail(Page page, List<Block> lines, List<Card> cards) {
        int c = 0;
        while (c < cards.size()) {
            if (!cards.get(c).inline()) {
                c++;
                continue;
            }
            int to = c;
            while (to < cards.size() && cards.get(to).inline()) to++;
            if (to - c >= minCards && takenOutBetween(page, lines.get(cards.get(c).first()).index(),
                    lines.get(cards.get(to - 1).next() - 1).index())) {
                return new int[] {c, to};
            }
            c = to;
        }
        return null;
    }

    /** Whether a line a rule took out as another story's headline lies between the page's blocks (exclusive). */
    private static boolean takenOutBetween(Page page, int from, int to) {
        List<Block> blocks = page.blocks();
        for (int j = from + 1; j < to; j++) {
            Block block = blocks.get(j);
            if (block.isRemoved() && !block.isJoined() && DEFAULT_HEADLINE_REASONS.contains(block.removal().code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the page holds {@code minCards} card witnesses in a row, each at most {@link #MAX_WITNESS_STEP} kept
     * lines below the one before: a necessary condition of a run, so a page without them keeps every line. Each card
     * {@link #process} adds to a run has a witness line of its own inside it: its headline (every line
     * {@link #opensCard} passes, {@link #mayOpenCard} passes), its one line ({@link #isInlineCard}) or
     * its teaser below a headline a rule took out ({@link #takenOutTeaser}); a run's cards follow one another, so their
     * witnesses do too, and a run removes nothing unless {@code minCards} of its cards are left after its edges are
     * trimmed. Asks only labels and word counts of most lines (no date, mark or colon patterns).
     */
    boolean mayHoldRun(Page page, List<Block> lines) {
        int chain = 0;
        int last = Integer.MIN_VALUE / 2;
        for (int j = 0; j < lines.size(); j++) {
            Block line = lines.get(j);
            if (!mayOpenCard(lines, j) && !isInlineCard(line) && !takenOutTeaser(page, lines, j)) continue;
            chain = j - last <= MAX_WITNESS_STEP ? chain + 1 : 1;
            if (chain >= minCards) return true;
            last = j;
        }
        return false;
    }

    /**
     * Takes off the run's first card when the prose below the run takes up its words ({@code minOwnStoryShare} of its
     * content words or more), and its last card when the prose above the run does: the page's headline and lede, read
     * as the first card of a run set right below them, or the story's headline and lede read as the last card of a
     * run set right above its headline. One card at each edge at most, and only one whose paragraph outgrows the
     * others' ({@link #outgrows}): cards of one run, and of its other half, share words among themselves.
     */
    private void trimOwnStory(Page page, List<Block> lines, List<Card> cards) {
        Stopwords stopwords = page.stopwords();
        if (stopwords.isEmpty()) return;
        int from = cards.get(0).first();
        int to = cards.get(cards.size() - 1).next();
        Set<String> below = new HashSet<>();
        Set<String> above = new HashSet<>();
        for (int j = 0; j < lines.size(); j++) {
            if (j >= from && j < to || !lines.get(j).has(Label.PROSE)) continue;
            addContentStems(lines.get(j), stopwords, j < from ? above : below);
        }
        if (outgrows(cards, 0) && ownStory(lines, cards.get(0), stopwords, below)) cards.remove(0);
        int last = cards.size() - 1;
        if (last > 0 && outgrows(cards, last) && ownStory(lines, cards.get(last), stopwords, above)) cards.remove(last);
    }

    /**
     * Whether the card's paragraph is more than {@code minLedeGrowth} times the longest of the other cards': a
     * story's lede runs longer than the summaries of a run's cards, which differ by a few words.
     */
    private boolean outgrows(List<Card> cards, int at) {
        long longest = 0;
        for (int j = 0; j < cards.size(); j++) if (j != at) longest = Math.max(longest, cards.get(j).teaserWords());
        return cards.get(at).teaserWords() > minLedeGrowth * longest;
    }

    private boolean ownStory(List<Block> lines, Card card, Stopwords stopwords, Set<String> story) {
        Set<String> stems = new HashSet<>();
        for (int j = card.first(); j < card.next(); j++) addContentStems(lines.get(j), stopwords, stems);
        if (stems.isEmpty() || story.isEmpty()) return false;
        int shared = 0;
        for (String stem : stems) if (story.contains(stem)) shared++;
        return shared >= minOwnStoryShare * stems.size();
    }

    /**
     * Whether the card, with the story's paragraph right below it, ends a rail set between the story's paragraphs:
     * the cards above and it make a run, its teaser outgrows none of theirs by {@code minLedeGrowth}, and the paragraph
     * outgrows them all by it, as a story's does; a story's short paragraphs under subheadings run as long or as short
     * as they like.
     */
    private boolean endsRail(List<Card> cards, Card card, Block paragraph) {
        int longest = longestTeaser(cards);
        return cards.size() + 1 >= minCards && card.teaserWords() <= minLedeGrowth * longest
                && paragraph.wordCount() > minLedeGrowth * Math.max(longest, card.teaserWords());
    }

    /** The most words of the cards' teasers. */
    private static int longestTeaser(List<Card> cards) {
        int longest = 0;
        for (Card card : cards) longest = Math.max(longest, card.teaserWords());
        return longest;
    }

    /** Adds the block's content words (no function word, number or short word), by their first letters. */
    private static void addContentStems(Block block, Stopwords stopwords, Set<String> stems) {
        for (String word : block.words()) {
            if (word.length() < SentenceTeaserBoxFilter.DEFAULT_MIN_WORD_LENGTH || stopwords.contains(word)
                    || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            stems.add(NextStoryFilter.stem(word));
        }
    }

    /**
     * Whether the paragraph at {@code at} is the teaser of a card whose headline a rule took out, with a card opening
     * below it: the run goes on, where a story's paragraph below a card would end it.
     */
    private boolean nextCardsTeaser(Page page, List<Block> lines, int at) {
        if (!takenOutTeaser(page, lines, at)) return false;
        int below = at + 1 < lines.size() && isStamp(lines.get(at + 1)) ? at + 2 : at + 1;
        return below < lines.size() && (opensCard(lines, below) || isInlineCard(lines.get(below)));
    }

    /** A paragraph that is not a card printed on one line: the story's, when no card opens below it. */
    private boolean storyParagraph(Block block) {
        return block.has(Label.PROSE) && !isInlineCard(block);
    }

    /** Whether the line at {@code at} is the teaser of a card whose headline a rule took out. */
    private boolean takenOutTeaser(Page page, List<Block> lines, int at) {
        // the line above first: most lines have no headline a rule took out above them
        return headlineTakenOut(page, lines.get(at)) && isTeaser(lines.get(at));
    }

    /**
     * Whether the line right above the paragraph on the page was a headline that a rule took out: a title-like line of
     * a headline's length, removed for one of {@link #DEFAULT_HEADLINE_REASONS}.
     */
    private boolean headlineTakenOut(Page page, Block paragraph) {
        List<Block> blocks = page.blocks();
        int above = paragraph.index() - 1;
        while (above >= 0 && blocks.get(above).isJoined()) above--;
        if (above < 0) return false;
        Block line = blocks.get(above);
        return line.isRemoved() && DEFAULT_HEADLINE_REASONS.contains(line.removal().code())
                && line.has(Label.TITLE_LIKE) && line.wordCount() >= minHeadlineWords
                && line.wordCount() <= maxHeadlineWords;
    }

    /**
     * Whether the line at {@code at} is a card's headline: its teaser right below it, or below one line that dates or
     * marks it. A mark's length overlaps a headline's, and a line that opens a card is read as the next card's
     * headline, not as the mark of the card above it.
     */
    private boolean opensCard(List<Block> lines, int at) {
        if (at + 1 >= lines.size() || !isHeadline(lines.get(at))) return false;
        Block below = lines.get(at + 1);
        if (isTeaser(below)) return true;
        return at + 2 < lines.size() && isTeaser(lines.get(at + 2)) && (isStamp(below) || isMark(below));
    }

    /**
     * A title-like line of a headline's length that does not stamp a time: a card's mark that dates its story with more
     * beside it ("46 min ago · 12 min read") is as long as a headline, and the paragraph below it is no teaser of it.
     * Only a line of a dated mark's length ({@code maxDatedMarkWords}) is asked whether it stamps a time.
     */
    private boolean isHeadline(Block block) {
        if (!headlineShape(block)) return false;
        String text = block.text();
        if (block.wordCount() > maxDatedMarkWords || !hasDigit(text)) return true;
        return !(block.isTimestamp() || DateLines.statesAge(text) || hasStampPart(text));
    }

    /**
     * Whether the line at {@code at} may open a card, asked by labels and word counts only: a necessary condition of
     * {@link #opensCard}, which asks {@link #isHeadline} (only lines of {@link #headlineShape} pass) of the line and
     * {@link #isTeaser} (only lines of {@link #teaserShape} pass) of the line below it, or of the line below that
     * with a stamp or a mark between (neither is prose: {@link #isStamp}, {@link #isMark}).
     */
    private boolean mayOpenCard(List<Block> lines, int at) {
        if (at + 1 >= lines.size() || !headlineShape(lines.get(at))) return false;
        return teaserShape(lines.get(at + 1))
                || at + 2 < lines.size() && !lines.get(at + 1).has(Label.PROSE) && teaserShape(lines.get(at + 2));
    }

    /** A title-like line, no paragraph, of a headline's length: what {@link #isHeadline} asks before any pattern. */
    private boolean headlineShape(Block block) {
        return block.has(Label.TITLE_LIKE) && !block.has(Label.PROSE) && block.wordCount() >= minHeadlineWords
                && block.wordCount() <= maxHeadlineWords;
    }

    /**
     * A teaser card: its headline's line, the line after the card, its teaser's words, whether a line of its own
     * dates it, and whether its headline asks a question.
     */
    private record Card(int first, int next, int teaserWords, boolean dated, boolean question, boolean inline) {
        /** Undated, with a teaser of more than {@code mostUndated} words: none of a dated run's cards. */
        boolean longerUndated(long mostUndated) {
            return !dated && teaserWords > mostUndated;
        }
    }

    /** A line that only dates a card's story ("Nov 18, 2019", "19/11/2019", "Tuesday, November 19, 2019"). */
    private static boolean isStamp(Block block) {
        return !block.has(Label.PROSE) && block.isTimestamp();
    }

    /**
     * A short line that is no paragraph: a card's section, author, time or comment count, or a line a little longer
     * that dates the card's story among such things.
     */
    private boolean isMark(Block block) {
        if (block.has(Label.PROSE) || block.wordCount() > maxDatedMarkWords) return false;
        // a field of the story's own entry ("Verdict: Buy it", "Price: $10"), not a card's; a clock time's colon
        // ("Updated 7:15 PT — Jane Doe") opens no field
        if (opensField(block.text())) return false;
        if (block.wordCount() <= maxMarkWords) return true;
        String text = block.text();
        return DateLines.find(text).isPresent() || DateLines.statesAge(text) || hasStampPart(text);
    }

    /** Whether the line opens with a label's colon ({@link TextMeasure#labelColon}) that is not a clock time's. */
    private boolean opensField(String text) {
        long label = TextMeasure.labelColon(text, maxMarkWords);
        if (label < 0) return false;
        int colon = (int) (label >>> 32);
        return !(colon > 0 && colon + 1 < text.length() && Character.isDigit(text.charAt(colon - 1))
                && Character.isDigit(text.charAt(colon + 1)));
    }

    /**
     * Whether a part of the text that a separator (a mark of {@link #MARK_SEPARATORS} with a space on each side) sets
     * apart is a time stamp without a year ("Jane Doe · Updated 11:43 BST", "Jane Doe — 8:26 PM"): a card's
     * author and its time on one line.
     */
    private static boolean hasStampPart(String text) {
        int from = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i - 1) != ' ' || text.charAt(i + 1) != ' ' || MARK_SEPARATORS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            if (DateLines.isTimestamp(text.substring(from, i - 1))) return true;
            from = i + 2;
        }
        return from > 0 && DateLines.isTimestamp(text.substring(from));
    }

    /**
     * A card printed on one line, its headline and its teaser set apart by a dash or a bar ("Storm cuts power to
     * thousands — High winds brought down lines across the county."): a paragraph whose part before its last
     * separator is a headline's length and ends no sentence, and whose part after it is one sentence of a teaser's
     * length. A story's sentence with a dash in it has a clause after the dash, not a sentence of its own; a
     * timeline's entry ("March 2019 — The firm files for bankruptcy.") has a date before it, shorter than a headline.
     */
    private boolean isInlineCard(Block block) {
        if (!block.has(Label.PROSE) || block.wordCount() > maxHeadlineWords + maxTeaserWords) return false;
        String text = block.text().strip();
        int cut = lastSeparator(text);
        if (cut <= 0) return false;
        String headline = text.substring(0, cut).strip();
        String teaser = text.substring(cut + 2).strip();
        if (headline.isEmpty() || teaser.isEmpty() || !Character.isUpperCase(teaser.codePointAt(0))) return false;
        if (TextMeasure.endsSentence(headline) || headline.endsWith(":") || headline.endsWith(",")) return false;
        int headlineWords = TextMeasure.wordCount(headline);
        if (headlineWords < minHeadlineWords || headlineWords > maxHeadlineWords) return false;
        return TextMeasure.endsSentence(teaser) && TextMeasure.wordCount(teaser) <= maxTeaserWords
                && sentenceEnds(teaser) == 1;
    }

    /**
     * Where the last of the separators (a mark of {@link #INLINE_SEPARATOR_MARKS} with a space on each side) starts in
     * the text, or -1: found from each mark's own occurrences, which a text without the mark (most paragraphs, and any
     * text of Latin-1 letters for a dash) answers at once, without reading the text once per separator.
     */
    private static int lastSeparator(String text) {
        int cut = -1;
        for (char mark : INLINE_SEPARATOR_MARKS) {
            for (int k = text.lastIndexOf(mark); k > cut + 1; k = text.lastIndexOf(mark, k - 1)) {
                if (k + 1 < text.length() && text.charAt(k - 1) == ' ' && text.charAt(k + 1) == ' ') {
                    cut = k - 1;
                    break;
                }
            }
        }
        return cut;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    /** How many sentences end in the text: a stop, a question or an exclamation mark before a space or the end. */
    private static int sentenceEnds(String text) {
        int ends = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) ends++;
        }
        return ends;
    }

    private boolean isTeaser(Block block) {
        // an answer opened by its speaker's label ("A: We met at school", "Smith: Not yet") is an interview's
        return teaserShape(block) && TextMeasure.labelColon(block.text(), maxMarkWords) < 0;
    }

    /** A teaser's length and kind, its opening not read: a short paragraph or a short sentence. */
    private boolean teaserShape(Block block) {
        return block.has(Label.PROSE) && block.wordCount() <= maxTeaserWords || isShortSentence(block);
    }

    /**
     * A sentence too short to be labelled prose, of {@code minShortTeaserWords} words or more: a card's one-line
     * summary ("Our correspondent reports from Kyiv."), which the labels leave neither prose nor title-like.
     */
    private boolean isShortSentence(Block block) {
        return !block.has(Label.PROSE) && !block.has(Label.TITLE_LIKE) && block.wordCount() >= minShortTeaserWords
                && TextMeasure.endsSentence(block.text());
    }
}
