package wirewash.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Stopwords;

class StoryPoolTest {
    private static final String BODY = String.join("\n",
            "The council voted on Tuesday to close the old bridge over the river for repairs that will last "
                    + "until the end of the year, officials said.",
            "Engineers found cracks in two of the supports in 2023 and warned that the crossing was not safe "
                    + "for heavy lorries, according to a report seen by the paper.",
            "Residents said the closure would add an hour to the journey into town and asked the council to "
                    + "run a free bus while the work is done.",
            "The leader of the council said a bus was being looked at but that the money had to come from a "
                    + "budget that was already stretched by the cost of the repairs.",
            "Work is due to start in March and the bridge should open again by the end of the year if the "
                    + "weather is kind, the report said.");
    private static final String OTHER = String.join("\n",
            "A school in the north of the county will get a new sports hall after a long campaign by parents.",
            "The hall will be built on the site of an old car park and is due to open in the spring.",
            "Parents raised part of the money at fairs and sales over five years, the head teacher said.",
            "The rest comes from the county, which said it was glad to help a school that had waited so long.");

    private static StoryPool pool(long seed) {
        return new StoryPool(Map.of("bridge", BODY, "school", OTHER), seed, 4, 50);
    }

    @Test
    void theFirstRoundIsTheBodiesAsTheyAre() {
        StoryPool pool = pool(5);
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < pool.size(); i++) labels.add(pool.story(i).label());
        assertThat(labels).containsExactlyInAnyOrder("bridge", "school");
        Story bridge = pool.story(0).label().equals("bridge") ? pool.story(0) : pool.story(1);
        assertThat(String.join("\n", bridge.paragraphs())).isEqualTo(BODY);
    }

    @Test
    void aLaterRoundKeepsTheShapeAndTheStopwordsButNotTheWording() {
        StoryPool pool = pool(5);
        Story original = byLabel(pool, 0, "bridge");
        Story renamed = byLabel(pool, 1, "bridge~1");
        assertThat(renamed.paragraphs()).hasSameSizeAs(original.paragraphs());
        Stopwords stop = Stopwords.forLanguage("en");
        List<String> a = words(original);
        List<String> b = words(renamed);
        assertThat(b).hasSameSizeAs(a);
        assertThat(stop.count(b)).isEqualTo(stop.count(a));
        assertThat(String.join(" ", renamed.paragraphs())).doesNotContain("2023");
        // rounds of one body share no more 3-word sequences than unrelated stories do: with function words kept
        // as they were, "of the year", "the end of" and "the council said" would survive every renaming
        assertThat(jaccard(trigrams(a), trigrams(b))).isLessThan(0.05);
    }

    @Test
    void theSameSeedRenamesTheSameWay() {
        assertThat(pool(9).story(3).paragraphs()).isEqualTo(pool(9).story(3).paragraphs());
        assertThat(pool(9).story(3).paragraphs()).isNotEqualTo(pool(10).story(3).paragraphs());
    }

    private static Story byLabel(StoryPool pool, int round, String label) {
        for (int i = 0; i < pool.size(); i++) {
            Story s = pool.story(round * pool.size() + i);
            if (s.label().equals(label)) return s;
        }
        throw new AssertionError(label);
    }

    private static List<String> words(Story story) {
        List<String> out = new ArrayList<>();
        for (String p : story.paragraphs()) {
            for (String w : p.split("[^\\p{L}0-9]+")) if (!w.isEmpty()) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> trigrams(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) out.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }
}
