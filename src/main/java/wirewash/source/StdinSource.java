package wirewash.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import wirewash.internal.Validate;
import wirewash.model.Format;
import wirewash.model.Problem;

/**
 * Reads a whole input stream (standard input) into one document with id {@code "stdin"} and source {@code "-"},
 * un-gzipping it when it starts with the gzip magic number and sniffing its format unless one is given.
 */
public final class StdinSource {
    public static final String ID = "stdin";
    public static final String SOURCE = "-";

    private final Decoder decoder;

    public StdinSource(Decoder decoder) {
        this.decoder = Validate.notNull(decoder, "decoder");
    }

    /** Reads and decodes the stream, sniffing its format. Does not close the stream. */
    public Decoded read(InputStream in) {
        return read(in, null);
    }

    /**
     * Reads and decodes the stream. Does not close the stream.
     *
     * @param formatHint the format, or null to sniff it
     */
    public Decoded read(InputStream in, Format formatHint) {
        Validate.notNull(in, "in");
        byte[] bytes;
        try {
            bytes = Decoder.readAtMost(in, decoder.maxBytes());
        } catch (IOException e) {
            return new Decoded(null, List.of(Problem.error(Decoder.READ,
                    "cannot read standard input: " + Decoder.describe(e))));
        }
        // There is no file name to say so, so the gzip magic number does.
        boolean gzip = bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
        return decoder.decode(ID, SOURCE, bytes, formatHint, gzip);
    }
}
