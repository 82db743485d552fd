package wirewash.clean.filters;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;
import wirewash.rules.RuleText;

/**
 * Removes the rest of a small box on an HTML page whose other lines the rules removed as a reader prompt: a
 * support or membership appeal ("Support our journalism", a paragraph that pleads for it, a "Become a member"
 * button), a metered-access or subscription prompt without an email field, an app prompt, a comment prompt ("Have
 * your say", "Please keep the discussion civil…", "View comments"). The rules know the prompt's heading and button
 * by their words; the paragraph between them is written anew by every site ("Independent reporting takes time,
 * money and hard work…") and reads as prose. A kept block goes when an element at most {@code maxLevels} levels
 * above it holds at least {@code minPromptLines} prompt lines and at most {@code maxBoxWords} words in all, so the
 * story's container, which may hold such a box, is never the box. A prompt line is a block removed for a reason in
 * {@code promptReasons}, or, in an element that holds one, a short line (at most {@code maxLineWords} words) that a
 * {@code line} or {@code tail} rule of such a reason names whole, though an earlier step took it for another reason
 * (a button's link, "Start your free trial") or the tail step has not run yet (the comment section's heading, "Have
 * your say"); so is a {@code <button>} whose label such a rule names ("Post comment", "Subscribe"), though it
 * prints no block of its own. Runs after the line rules; pages with no prompt line cost one pass over their blocks.
 */
public final class PromptBoxFilter implements BlockFilter {
    public static final String REASON = "subscribe";
    /** Removal codes of the rules' reader prompts (sign up, subscribe, support, donate, apps, comments). */
    public static final Set<String> DEFAULT_PROMPT_REASONS = Set.of("subscribe", "app-promo", "comment-box",
            "comment-meta", "comment-form");
    /** Fewest prompt lines the box holds (its heading and its button). */
    public static final int DEFAULT_MIN_PROMPT_LINES = 2;
    /** Most words of the box's whole text. */
    public static final int DEFAULT_MAX_BOX_WORDS = 80;
    /** How many levels above a block's element the box may be. */
    public static final int DEFAULT_MAX_LEVELS = 3;
    /** Most words of a line the rules are asked about (a heading or a button). */
    public static final int DEFAULT_MAX_LINE_WORDS = 8;

    private final RuleSet rules;
    private final Set<String> promptReasons;
    private final int minPromptLines;
    private final int maxBoxWords;
    private final int maxLevels;
    private final int maxLineWords;

    public PromptBoxFilter(RuleSet rules) {
        this(rules, DEFAULT_PROMPT_REASONS, DEFAULT_MIN_PROMPT_LINES, DEFAULT_MAX_BOX_WORDS, DEFAULT_MAX_LEVELS,
                DEFAULT_MAX_LINE_WORDS);
    }

    /**
     * @param rules          the rules asked about a box's other short lines
     * @param promptReasons  removal codes that mark a reader prompt's line
     * @param minPromptLines fewest such lines in the box, at least 1
     * @param maxBoxWords    most words of the box's text, at least 1
     * @param maxLevels      how far above a block's element the box may be, at least 1
     * @param maxLineWords   most words of a line the rules are asked about, at least 1
     */
    public PromptBoxFilter(RuleSet rules, Set<String> promptReasons, int minPromptLines, int maxBoxWords,
                           int maxLevels, int maxLineWords) {
        this.rules = Validate.notNull(rules, "rules");
        this.promptReasons = Set.copyOf(Validate.notNull(promptReasons, "promptReasons"));
        this.minPromptLines = Validate.positive(minPromptLines, "minPromptLines");
        this.maxBoxWords = Validate.positive(maxBoxWords, "maxBoxWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.maxLineWords = Validate.positive(maxLineWords, "maxLineWords");
    }

    @Override
    public boolean process(Page page) {
        // prompt lines per ancestor, up to maxLevels above each removed prompt line
        Map<Element, Integer> prompts = new IdentityHashMap<>();
        for (Block block : page.blocks()) {
            if (isRemovedPrompt(block)) SmallBoxes.forEachWithin(block.element(), maxLevels,
                    e -> prompts.merge(e, 1, Integer::sum));
        }
        // a button prints no block of its own ("<button>Post comment</button>"): its label, read from the markup, is
        // a prompt line when a prompt rule names it
        DomIndex dom = page.domIndex();
        if (dom != null) {
            for (Element control : dom.controls()) {
                if (!control.normalName().equals("button")) continue;
                String label = control.text().strip();
                int words = TextMeasure.wordCount(label);
                if (words > 0 && words <= maxLineWords && namedByPromptRule(new RuleText(label)))
                    SmallBoxes.forEachWithin(control, maxLevels, e -> prompts.merge(e, 1, Integer::sum));
            }
        }
        if (prompts.isEmpty()) return false;
        // the same box's other short lines that a prompt rule names: asked only beside a removed prompt line
        Map<Element, Integer> named = new IdentityHashMap<>();
        for (Block block : page.blocks()) {
            if (block.element() == null || block.isJoined() || isRemovedPrompt(block)
                    || block.wordCount() > maxLineWords || !nearPrompt(block.element(), prompts)
                    || !namedByPromptRule(block)) continue;
            SmallBoxes.forEachWithin(block.element(), maxLevels, e -> named.merge(e, 1, Integer::sum));
        }
        return SmallBoxes.removeInside(page,
                e -> prompts.getOrDefault(e, 0) + named.getOrDefault(e, 0) >= minPromptLines, maxLevels,
                maxBoxWords, new Reason(REASON, name(), "a small box of reader prompts"));
    }

    private boolean isRemovedPrompt(Block block) {
        return block.isRemoved() && block.element() != null && promptReasons.contains(block.removal().code());
    }

    private boolean nearPrompt(Element element, Map<Element, Integer> prompts) {
        Element e = element;
        for (int level = 0; level <= maxLevels && e != null; level++, e = e.parent()) {
            if (prompts.containsKey(e)) return true;
        }
        return false;
    }

    private boolean namedByPromptRule(Block block) {
        return namedByPromptRule(block.ruleText());
    }

    private boolean namedByPromptRule(RuleText text) {
        Rule line = rules.firstMatch(RuleKind.LINE, text);
        if (line != null) return promptReasons.contains(line.reason().code());
        Rule tail = rules.firstMatch(RuleKind.TAIL, text);
        return tail != null && promptReasons.contains(tail.reason().code());
    }
}
