package wirewash.sink;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirewash.model.CleanDocument;
import wirewash.model.DocumentResult;
import wirewash.model.Metadata;
import wirewash.model.Problem;

/**
 * Writes docs.jsonl: one JSON object per input document, in the order given (the runner sorts by id), with its
 * metadata, clean text, cluster assignment (when dedup ran) and what was removed, counted by reason.
 */
public final class DocsJsonl {
    private DocsJsonl() {}

    public static void write(Path file, List<DocumentResult> docs, boolean withClusters) throws IOException {
        AtomicFiles.write(file, out -> write(out, docs, withClusters));
    }

    public static void write(Writer out, List<DocumentResult> docs, boolean withClusters) throws IOException {
        for (DocumentResult doc : docs) {
            out.write(Json.line(record(doc, withClusters)));
            out.write('\n');
        }
    }

    /** The JSON object of one document, fields in a fixed order. */
    public static Map<String, Object> record(DocumentResult result, boolean withClusters) {
        CleanDocument doc = result.document();
        Metadata meta = doc.metadata();
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("id", doc.id());
        rec.put("source", doc.source());
        rec.put("format", doc.format().label());
        rec.put("title", meta.title());
        rec.put("byline", meta.byline());
        rec.put("published", meta.published());
        rec.put("site", meta.site());
        rec.put("url", meta.url());
        rec.put("language", meta.language());
        if (withClusters) {
            rec.put("cluster", result.cluster());
            rec.put("canonical", result.canonical());
            rec.put("duplicate_of", result.duplicateOf());
            rec.put("similarity", result.cluster() == null ? null : Json.round(result.similarity()));
            rec.put("containment", result.cluster() == null ? null : Json.round(result.containment()));
        }
        String text = doc.text();
        rec.put("text", text);
        rec.put("words", wordCount(text));
        rec.put("removed", doc.removedCounts());
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Problem p : doc.problems()) (p.isError() ? errors : warnings).add(p.stage() + ": " + p.message());
        rec.put("warnings", warnings);
        rec.put("error", errors.isEmpty() ? null : String.join("; ", errors));
        return rec;
    }

    /** Below this char (OGHAM SPACE MARK) {@link Character#isWhitespace} holds for no char above ASCII. */
    private static final char FIRST_WIDE_SPACE = '\u1680';

    /**
     * The text's runs of non-white-space chars ({@link Character#isWhitespace}). Chars below U+1680 are decided
     * inline (white space there is ASCII): the library call for every char of every document was a quarter of
     * writing docs.jsonl, and the curly quotes and dashes of most news text are above ASCII.
     */
    static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? c > ' ' || (c < '\t' || c > '\r') && (c < 0x1C || c > 0x1F) && c != ' '
                    : c < FIRST_WIDE_SPACE || !Character.isWhitespace(c);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
