package wirewash.clean;
// TEMPORARY STUB until the source branch merges
public final class HtmlBlocks {
    public record Result(org.jsoup.nodes.Document dom, java.util.List<Block> blocks, wirewash.model.Metadata metadata) {}
    public static Result parse(String html, String baseUri) { throw new UnsupportedOperationException(); }
}
