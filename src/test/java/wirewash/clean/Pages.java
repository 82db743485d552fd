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
        Page page = new Page("doc", Format.HTML, result.blocks(), result.metadata());
        page.setGatedPartSelectors(result.gatedPartSelectors());
        return page;
    }

    /**
     * An HTML page as {@link #html} makes it, but parsed with no cap on how deep elements nest, so that a
     * {@link #deep} page is as deep as its markup (the walks over it must not take a call per level).
     */
    public static Page htmlUncapped(String html) {
        HtmlBlocks.Result result = new HtmlBlocks(new HtmlMetadata(), new HiddenElements(), Integer.MAX_VALUE)
                .parse(html, null);
        Page page = new Page("doc", Format.HTML, result.blocks(), result.metadata());
        page.setGatedPartSelectors(result.gatedPartSelectors());
        return page;
    }

    /** The first block whose text starts with {@code prefix}. */
    public static Block block(Page page, String prefix) {
        return page.blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The kept blocks' texts, in order. */
    public static List<String> kept(Page page) {
        return page.kept().stream().map(Block::text).toList();
    }

    /** Elements nested this deep: a page with thousands of unclosed tags reaches it. */
    public static final int DEEP = 6000;

    /** {@code inner} inside {@link #DEEP} nested divs (left unclosed, as a page's unclosed tags leave them). */
    public static String deep(String inner) {
        return "<div>".repeat(DEEP) + inner;
    }

    /**
     * What {@code work} returns, run on a thread with a small stack (128 KB): code that calls itself once per level
     * of a {@link #deep} page overflows it, as it overflowed a worker's stack with deeper pages.
     */
    public static <T> T onSmallStack(java.util.function.Supplier<T> work) {
        Object[] out = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                out[0] = work.get();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 128 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (failure[0] != null) throw new AssertionError("failed on a small stack", failure[0]);
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
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
