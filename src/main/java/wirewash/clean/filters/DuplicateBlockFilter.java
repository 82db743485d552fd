package wirewash.clean.filters;

import java.util.HashSet;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes a kept block that repeats, word for word, a block kept earlier on the same page: a text dump often
 * holds a story twice (the page body and a copy from its structured data) or a photo caption next to each of its
 * copies. The first copy stays. Short lines are left alone, as a story may repeat a subheading or a one-line answer,
 * and so are questions, which an interview puts to each of its guests in turn.
 */
public final class DuplicateBlockFilter implements BlockFilter {
    public static final String REASON = "duplicate";
    /** Blocks with fewer words than this may repeat. */
    public static final int DEFAULT_MIN_WORDS = 8;

    private final int minWords;

    public DuplicateBlockFilter() {
        this(DEFAULT_MIN_WORDS);
    }

    public DuplicateBlockFilter(int minWords) {
        this.minWords = Validate.atLeast(minWords, 1, "minWords");
    }

    @Override
    public boolean process(Page page) {
        Set<String> seen = new HashSet<>();
        boolean changed = false;
        for (Block block : page.kept()) {
            String text = block.text().strip();
            if (block.wordCount() < minWords || text.endsWith("?") || seen.add(text)) continue;
            changed |= block.remove(new Reason(REASON, name(), "repeats a block kept above it"));
        }
        return changed;
    }
}
