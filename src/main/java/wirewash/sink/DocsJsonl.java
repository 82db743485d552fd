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

    /**
     * The text's runs of non-white-space chars ({@link Character#isWhitespace}). Every char is decided inline
     * ({@link #isWideSpace} above ASCII): the library call for every char of every document was a quarter of
     * writing docs.jsonl, and the curly quotes and dashes of news text are above ASCII.
     */
    static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? c > ' ' || (c < '\t' || c > '\r') && (c < 0x1C || c > 0x1F) && c != ' '
                    : !isWideSpace(c);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    /**
     * {@link Character#isWhitespace} of a char above ASCII: the space separators but the no-break ones (U+00A0,
     * U+2007, U+202F), and the line and paragraph separators.
     */
    static boolean isWideSpace(char c) {
        if (c < '\u1680') return false;
        if (c >= '\u2000' && c <= '\u200a') return c != '\u2007';
        return c == '\u1680' || c == '\u2028' || c == '\u2029' || c == '\u205f' || c == '\u3000';
    }
}
