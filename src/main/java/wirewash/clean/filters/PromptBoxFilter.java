package wirewash.clean.filters;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the rest of a small box on an HTML page whose other lines the rules removed as a reader prompt: a
 * support or membership appeal ("Support our journalism", a paragraph that pleads for it, a "Become a member"
 * button), a metered-access or subscription prompt without an email field. The rules know the prompt's heading and
 * button by their words; the paragraph between them is written anew by every site ("Independent reporting takes
 * time, money and hard work…") and reads as prose. A kept block goes when an element at most {@code maxLevels}
 * levels above it holds at least {@code minPromptLines} blocks removed for a reason in {@code promptReasons} and at
 * most {@code maxBoxWords} words in all, so the story's container, which may hold such a box, is never the box.
 * Runs after the line rules; pages with fewer prompt lines than {@code minPromptLines} cost one pass over their
 * blocks.
 */
public final class PromptBoxFilter implements BlockFilter {
    public static final String REASON = "subscribe";
    /** Removal codes of the rules' reader prompts (sign up, subscribe, support, donate). */
    public static final Set<String> DEFAULT_PROMPT_REASONS = Set.of("subscribe");
    /** Fewest prompt lines the box holds (its heading and its button). */
    public static final int DEFAULT_MIN_PROMPT_LINES = 2;
    /** Most words of the box's whole text. */
    public static final int DEFAULT_MAX_BOX_WORDS = 80;
    /** How many levels above a block's element the box may be. */
    public static final int DEFAULT_MAX_LEVELS = 3;

    private final Set<String> promptReasons;
    private final int minPromptLines;
    private final int maxBoxWords;
    private final int maxLevels;

    public PromptBoxFilter() {
        this(DEFAULT_PROMPT_REASONS, DEFAULT_MIN_PROMPT_LINES, DEFAULT_MAX_BOX_WORDS, DEFAULT_MAX_LEVELS);
    }

    /**
     * @param promptReasons  removal codes that mark a reader prompt's line
     * @param minPromptLines fewest such lines in the box, at least 1
     * @param maxBoxWords    most words of the box's text, at least 1
     * @param maxLevels      how far above a block's element the box may be, at least 1
     */
    public PromptBoxFilter(Set<String> promptReasons, int minPromptLines, int maxBoxWords, int maxLevels) {
        this.promptReasons = Set.copyOf(Validate.notNull(promptReasons, "promptReasons"));
        this.minPromptLines = Validate.positive(minPromptLines, "minPromptLines");
        this.maxBoxWords = Validate.positive(maxBoxWords, "maxBoxWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
    }

    @Override
    public boolean process(Page page) {
        // prompt lines per ancestor, up to maxLevels above each removed prompt line
        Map<Element, Integer> prompts = new IdentityHashMap<>();
        for (Block block : page.blocks()) {
            if (!block.isRemoved() || block.element() == null
                    || !promptReasons.contains(block.removal().code())) continue;
            SmallBoxes.forEachWithin(block.element(), maxLevels, e -> prompts.merge(e, 1, Integer::sum));
        }
        if (prompts.isEmpty()) return false;
        return SmallBoxes.removeInside(page, e -> prompts.getOrDefault(e, 0) >= minPromptLines, maxLevels,
                maxBoxWords, new Reason(REASON, name(), "a small box of reader prompts"));
    }
}
