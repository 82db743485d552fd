package wirewash.synth;

import java.io.IOException;

/** Receives a synthetic corpus one document at a time, so that no corpus has to fit in memory. */
public interface SynthSink {
    /** One scraped page and the label of the story it carries. */
    void document(String id, String label, String page) throws IOException;
}
