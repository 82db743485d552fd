package wirewash.clean;

import java.util.List;
import wirewash.model.Format;
import wirewash.model.Metadata;

/** Test helper: builds pages from inline text dumps and reads back what was kept. */
public final class Pages {
    private Pages() {}

    /** A text page, one block per non-blank line, English stopwords. */
    public static Page text(String content) {
        return new Page("t", Format.TEXT, TextBlocks.split(content), Metadata.EMPTY);
    }

    /** An HTML page, one block per block-level element, its metadata read from the page. */
    public static Page html(String html) {
        HtmlBlocks.Result result = new HtmlBlocks().parse(html, null);
        return new Page("doc", Format.HTML, result.blocks(), result.metadata());
    }

    /** The first block whose text starts with {@code prefix}. */
    public static Block block(Page page, String prefix) {
        return page.blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The kept blocks' texts, in order. */
    public static List<String> kept(Page page) {
        return page.kept().stream().map(Block::text).toList();
    }

    /** Runs filters over the page in order, then returns it. */
    public static Page run(Page page, BlockFilter... filters) {
        for (BlockFilter f : filters) f.process(page);
        return page;
    }

    public static final String PROSE_1 = "The president of the country said on Tuesday that the troops would leave within two days.";
    public static final String PROSE_2 = "Officials said the mission had been completed and that the withdrawal would take ten days.";
    public static final String PROSE_3 = "Residents of the city said that shops had begun to open again during the day.";
}
