package wirewash.synth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import wirewash.internal.Validate;

/**
 * Writes a synthetic corpus into a folder as it is generated: each page to {@code docs/<id>.txt} and its label
 * into {@code labels.json} ({@code {"id": "label", ...}}, one entry per line, in generation order). Close it to
 * finish labels.json.
 */
public final class CorpusFolder implements SynthSink, Closeable {
    public static final String DOCS = "docs";
    public static final String LABELS = "labels.json";

    private final Path docs;
    private final OutputStream labelsOut;
    private final JsonGenerator labels;

    public CorpusFolder(Path dir) throws IOException {
        Validate.notNull(dir, "dir");
        this.docs = dir.resolve(DOCS);
        Files.createDirectories(docs);
        this.labelsOut = new BufferedOutputStream(Files.newOutputStream(dir.resolve(LABELS)), 1 << 16);
        this.labels = new JsonFactory().createGenerator(labelsOut, JsonEncoding.UTF8);
        labels.writeStartObject();
    }

    @Override
    public void document(String id, String label, String page) throws IOException {
        Files.writeString(docs.resolve(id + ".txt"), page, StandardCharsets.UTF_8);
        labels.writeRaw("\n");
        labels.writeStringField(id, label);
    }

    @Override
    public void close() throws IOException {
        labels.writeRaw("\n");
        labels.writeEndObject();
        labels.writeRaw("\n");
        labels.close();
        labelsOut.close();
    }
}
