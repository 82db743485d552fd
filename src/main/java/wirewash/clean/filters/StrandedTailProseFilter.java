package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, the short paragraphs left stranded among the prompts below the story: each kept line from
 * the page's last kept line up that stands alone between two prompts the rules took out (reasons in
 * {@code promptReasons}: sign-up, contact, share, app, comment and promo lines), "Join our forums to keep talking…"
 * between a sign-up prompt and a contact line, "Get breaking news and the latest updates…" between two sign-up lines,
 * at most {@code maxWords} words each, when at least {@code minGapLines} lines taken out part the first of them from
 * the story's last kept line above, and the story holds at least {@code minStoryWords} words above that gap. A
 * prompt box's own sentences read as prose, so the steps that judge a short line by its neighbours leave them. The
 * story's own last paragraph stands right below its others, or below a figure or an ad slot: lines taken out for
 * one of {@code seeThroughReasons} (a caption, its credit, a gallery's counter, an "Advertisement" label) are looked
 * past, and count toward no gap; set between another story's teaser card and a headline list, it stays too, as
 * neither is a prompt.
 */
public final class StrandedTailProseFilter implements BlockFilter {
    public static final String REASON = "outside-article";
    /** Most words of a stranded paragraph: a prompt's sentence or two. */
    public static final int DEFAULT_MAX_WORDS = 40;
    /** Fewest lines taken out between the story's last kept line and the first stranded one. */
    public static final int DEFAULT_MIN_GAP_LINES = 2;
    /** Fewest words kept above the gap: a story told there. */
    public static final int DEFAULT_MIN_STORY_WORDS = 150;
    /** Reasons of removed lines that stand between the story's own paragraphs too: figures and ad slots. */
    /**
     * Reasons of the prompts a stranded paragraph stands between: a sign-up, contact, app, share, comment or promo
     * box's lines, whose own sentences are the ones stranded. Another story's teaser card or a headline list below
     * the story's last paragraph leaves that paragraph the story's.
     */
    public static final Set<String> DEFAULT_PROMPT_REASONS = Set.of("subscribe", "contact", "app-promo", "share",
            "comment-form", "podcast-promo", "event-promo", "cookie-notice");
    public static final Set<String> DEFAULT_SEE_THROUGH_REASONS = Set.of("advertisement", CaptionFilter.REASON, "credit", "gallery");

    private final int maxWords;
    private final int minGapLines;
    private final int minStoryWords;
    private final Set<String> seeThroughReasons;
    private final Set<String> promptReasons;

    public StrandedTailProseFilter() {
        this(DEFAULT_MAX_WORDS, DEFAULT_MIN_GAP_LINES, DEFAULT_MIN_STORY_WORDS, DEFAULT_SEE_THROUGH_REASONS,
                DEFAULT_PROMPT_REASONS);
    }

    /**
     * @param maxWords          most words of a stranded paragraph
     * @param minGapLines       fewest lines taken out between the story's last kept line and the first stranded one
     * @param minStoryWords     fewest words kept above that gap
     * @param seeThroughReasons reasons of removed lines that neither strand a line nor part it from the story
     * @param promptReasons     reasons of the removed lines a stranded paragraph stands between
     */
    public StrandedTailProseFilter(int maxWords, int minGapLines, int minStoryWords, Set<String> seeThroughReasons,
                                   Set<String> promptReasons) {
        this.maxWords = Validate.positive(maxWords, "maxWords");
        this.minGapLines = Validate.positive(minGapLines, "minGapLines");
        this.minStoryWords = Validate.atLeast(minStoryWords, 0, "minStoryWords");
        this.seeThroughReasons = Set.copyOf(Validate.notNull(seeThroughReasons, "seeThroughReasons"));
        this.promptReasons = Set.copyOf(Validate.notNull(promptReasons, "promptReasons"));
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        List<Block> kept = page.kept();
        List<Block> stranded = new ArrayList<>();
        int k = kept.size() - 1;
        for (; k >= 0; k--) {
            Block line = kept.get(k);
            if (line.wordCount() > maxWords || !removedBeside(blocks, line.index(), -1)
                    || !removedBeside(blocks, line.index(), 1)) {
                break;
            }
            stranded.add(line);
        }
        if (stranded.isEmpty() || k < 0) return false;
        Block story = kept.get(k);
        Block first = stranded.get(stranded.size() - 1);
        int gap = 0;
        for (int j = story.index() + 1; j < first.index(); j++) {
            Block line = blocks.get(j);
            if (line.isRemoved() && !seeThroughReasons.contains(line.removal().code())) gap++;
        }
        if (gap < minGapLines) return false;
        long storyWords = 0;
        for (int j = 0; j <= k; j++) storyWords += kept.get(j).wordCount();
        if (storyWords < minStoryWords) return false;
        boolean changed = false;
        Reason reason = new Reason(REASON, name(), "a short paragraph stranded among the furniture below the story");
        for (Block line : stranded) changed |= line.remove(reason);
        return changed;
    }

    /**
     * Whether the first line past {@code index} in the direction {@code step} that no filter joined to another, and
     * that was not taken out for a reason that sees through to the lines beyond it, was taken out as a prompt.
     */
    private boolean removedBeside(List<Block> blocks, int index, int step) {
        for (int j = index + step; j >= 0 && j < blocks.size(); j += step) {
            Block line = blocks.get(j);
            if (line.isJoined() || line.isRemoved() && seeThroughReasons.contains(line.removal().code())) continue;
            return line.isRemoved() && promptReasons.contains(line.removal().code());
        }
        return false;
    }
}
