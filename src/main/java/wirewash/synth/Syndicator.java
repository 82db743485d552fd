package wirewash.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes one syndicated version of a story's body, as a list of paragraphs, for a {@link VersionKind}: reprints
 * keep the text, regional rewrites restyle it and cut sentences and paragraphs, briefs keep the first third to two
 * thirds, write-throughs put a new lead on top. All choices come from the random source given.
 */
final class Syndicator {
    static final double REGIONAL_SENTENCE_CUT = 0.12;
    static final double BRIEF_MIN_SHARE = 1.0 / 3;
    static final double BRIEF_MAX_SHARE = 2.0 / 3;
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] SOURCES = {"Officials", "Police", "A spokesperson", "Local authorities",
        "People familiar with the matter", "Witnesses", "The government", "Analysts"};
    private static final String[] VERBS = {"confirmed", "said", "warned", "told reporters", "announced",
        "acknowledged"};
    private static final String[] UPDATES = {
        "The figures were revised later in the day as more information became available.",
        "Further details were expected to be released in the coming days.",
        "It was not immediately clear how the decision would affect the timetable.",
        "A statement issued late in the evening gave no further details.",
        "Reaction from opposition figures was swift, with several calling for an inquiry."};

    private Syndicator() {}

    static List<String> version(Story story, VersionKind kind, SplittableRandom random) {
        List<String> p = new ArrayList<>(story.paragraphs());
        switch (kind) {
            case ORIGINAL -> { }
            case REPRINT -> {
                if (p.size() > 3 && random.nextDouble() < 0.5) p.remove(p.size() - 1);
                if (random.nextDouble() < 0.5) p.replaceAll(Syndicator::curlyQuotes);
            }
            case REGIONAL -> p = regional(p, random);
            case BRIEF -> {
                p = brief(p, random);
                if (random.nextDouble() < 0.5) p.replaceAll(BritishStyle::rewrite);
            }
            case WRITE_THROUGH -> p = writeThrough(story, p, random);
        }
        return p;
    }

    private static List<String> regional(List<String> paragraphs, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> kept = new ArrayList<>();
            for (String sentence : Sentences.split(paragraphs.get(i))) {
                if (i == 0 || random.nextDouble() >= REGIONAL_SENTENCE_CUT) kept.add(BritishStyle.rewrite(sentence));
            }
            if (!kept.isEmpty()) out.add(String.join(" ", kept));
        }
        int cuts = random.nextInt(3);
        for (int c = 0; c < cuts && out.size() > 4; c++) out.remove(out.size() / 2 + random.nextInt(out.size() / 2));
        if (out.size() > 3 && random.nextDouble() < 0.3) {
            int i = 1 + random.nextInt(out.size() - 2);
            out.set(i, out.get(i) + " " + out.remove(i + 1));
        }
        return out;
    }

    private static List<String> brief(List<String> paragraphs, SplittableRandom random) {
        int total = 0;
        for (String p : paragraphs) total += Sentences.wordCount(p);
        double share = BRIEF_MIN_SHARE + random.nextDouble() * (BRIEF_MAX_SHARE - BRIEF_MIN_SHARE);
        int budget = (int) Math.round(total * share);
        List<String> out = new ArrayList<>();
        int words = 0;
        for (String p : paragraphs) {
            if (!out.isEmpty() && words >= budget) break;
            out.add(p);
            words += Sentences.wordCount(p);
        }
        return out;
    }

    private static List<String> writeThrough(Story story, List<String> paragraphs, SplittableRandom random) {
        List<String> out = new ArrayList<>(paragraphs);
        if (random.nextDouble() < 0.5) out.remove(0);
        String lead = pick(SOURCES, random) + " " + pick(VERBS, random) + " on " + pick(WEEKDAYS, random)
                + " that " + lowerFirst(story.headline()) + ", in a development first reported overnight. "
                + pick(UPDATES, random);
        out.add(0, lead);
        if (random.nextDouble() < 0.5) out.add(Math.min(out.size(), 3), pick(UPDATES, random));
        return out;
    }

    private static String curlyQuotes(String text) {
        return text.replaceAll("\"(\\S)", "“$1").replace("\"", "”").replace("'", "’");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static String pick(String[] options, SplittableRandom random) {
        return options[random.nextInt(options.length)];
    }
}
