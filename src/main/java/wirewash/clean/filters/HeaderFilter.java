package wirewash.clean.filters;

import java.util.List;
import java.util.Optional;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the page furniture above the article — navigation, dates, section names, the headline, image links —
 * that is, every block before the first prose block that is not prose itself. On the way it takes the headline
 * (the nearest title-like line above the article with enough words, dates aside) and the first stated date as
 * the document's title and publication date, when the page's metadata did not already give them.
 */
public final class HeaderFilter implements BlockFilter {
    public static final String REASON = "header";
    /** Fewest words a line needs to be taken for the headline. */
    public static final int DEFAULT_MIN_TITLE_WORDS = 4;

    private final int minTitleWords;

    public HeaderFilter() {
        this(DEFAULT_MIN_TITLE_WORDS);
    }

    public HeaderFilter(int minTitleWords) {
        this.minTitleWords = Validate.positive(minTitleWords, "minTitleWords");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int first = ProseLabelFilter.firstProse(blocks);
        if (first < 0) {
            page.warn("clean", "no prose paragraph found; kept what the rules did not remove");
            return false;
        }
        Block title = findTitle(blocks, first, page);
        if (title != null) {
            title.label(Label.TITLE);
            if (page.metadata().title() == null) page.setMetadata(page.metadata().withTitle(title.text()));
        }
        for (int i = 0; i < first && page.metadata().published() == null; i++) {
            Optional<String> date = DateLines.find(blocks.get(i).text());
            if (date.isPresent()) page.setMetadata(page.metadata().withPublished(date.get()));
        }
        boolean changed = false;
        for (int i = 0; i < first; i++) {
            Block block = blocks.get(i);
            if (!block.isKept()) continue;
            String detail = block == title ? "headline" : "above the first prose paragraph";
            changed |= block.remove(new Reason(REASON, name(), detail));
        }
        return changed;
    }

    private Block findTitle(List<Block> blocks, int first, Page page) {
        String known = page.metadata().title();
        for (int i = first - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (known != null) {
                if (block.text().equals(known)) return block;
                continue;
            }
            if (!block.isKept() && !block.has(Label.TITLE_LIKE)) continue;
            if (block.has(Label.CAPTION) || !block.has(Label.TITLE_LIKE)) continue;
            if (block.wordCount() < minTitleWords || DateLines.find(block.text()).isPresent()
                    || DateLines.isRelativeTime(block.text()) || block.text().contains("://")) {
                continue;
            }
            return block;
        }
        return null;
    }
}
