package wirewash.clean.filters;
// TEMPORARY STUB until the source branch merges
public final class LinkDensityFilter implements wirewash.clean.BlockFilter {
    public boolean process(wirewash.clean.Page page) { return false; }
}
