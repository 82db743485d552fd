package wirewash.synth;

import java.util.List;
import wirewash.internal.Validate;

/**
 * One story of a synthetic corpus: the label every version of it carries, its headline and its paragraphs as the
 * wire first sent them.
 *
 * @param label      the story's label in labels.json
 * @param headline   a short headline
 * @param paragraphs the body, one entry per paragraph
 */
public record Story(String label, String headline, List<String> paragraphs) {
    public Story {
        Validate.notBlank(label, "label");
        Validate.notBlank(headline, "headline");
        paragraphs = List.copyOf(Validate.notEmpty(paragraphs, "paragraphs"));
    }

    /** Number of words in the body. */
    public int words() {
        int n = 0;
        for (String p : paragraphs) n += Sentences.wordCount(p);
        return n;
    }
}
