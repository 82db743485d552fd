package wirewash.clean.filters;

import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.model.Reason;

/** Removes blocks with no letter or digit at all: separators, stray dashes, "?? ??" left where icons were. */
public final class NoTextFilter implements BlockFilter {
    public static final String REASON = "no-text";

    @Override
    public boolean process(Page page) {
        boolean changed = false;
        for (Block block : page.kept()) {
            if (!TextMeasure.hasWordCharacter(block.text())) {
                changed |= block.remove(new Reason(REASON, name(), "no letters or digits"));
            }
        }
        return changed;
    }
}
