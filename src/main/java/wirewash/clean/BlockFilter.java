package wirewash.clean;

/**
 * One step of the cleaning chain: reads the page's blocks and labels or removes some of them. Each implementation
 * has one effect and is named for it. Filters never throw on odd input: a page they cannot judge is left as is.
 */
public interface BlockFilter {
    /**
     * Processes the page.
     *
     * @return true if the filter changed anything (removed, labelled or joined a block)
     */
    boolean process(Page page);

    /** The name that appears as the origin of the reasons this filter gives. */
    default String name() {
        return getClass().getSimpleName();
    }
}
