package wirewash.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts a paragraph into sentences at a full stop, question or exclamation mark followed by a capital or quote. */
final class Sentences {
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”’')]?)\\s+(?=[\\p{Lu}\"“‘(])");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Sentences() {}

    static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : BOUNDARY.split(paragraph.strip())) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : SPACE.split(t).length;
    }
}
