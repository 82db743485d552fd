package wirewash.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final String P = "The minister said on Tuesday that the organization would center its new "
            + "program on labor. Officials met in the capital. ";
    private static final Map<String, String> BODIES = Map.of(
            "alpha", paragraphs("Alpha", 10), "bravo", paragraphs("Bravo", 9), "charlie", paragraphs("Charlie", 8));

    private static String paragraphs(String name, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(name).append(" paragraph ").append(i).append(" tells of ").append(name.toLowerCase())
                    .append(" event number ").append(i).append(". ").append(P).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, String[]> generate(long seed, int docs) throws Exception {
        Map<String, String[]> out = new LinkedHashMap<>();
        new CorpusGenerator(new StoryPool(BODIES, seed, 4, 50), SynthConfig.of(seed, docs))
                .generate((id, label, page) -> out.put(id, new String[] {label, page}));
        return out;
    }

    @Test
    void sameSeedGivesIdenticalOutput() throws Exception {
        Map<String, String[]> first = generate(7, 40);
        Map<String, String[]> second = generate(7, 40);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((id, v) -> assertThat(second.get(id)).containsExactly(v));
    }

    @Test
    void writesTheRequestedNumberOfDocumentsWithUniqueIds() throws Exception {
        assertThat(generate(3, 25)).hasSize(25);
    }

    @Test
    void labelsAfterTheFirstRoundAreRenamedStories() throws Exception {
        Set<String> labels = new HashSet<>();
        for (String[] v : generate(3, 60).values()) labels.add(v[0]);
        assertThat(labels).contains("alpha", "alpha~1");
    }

    @Test
    void pagesCarryBoilerplateAroundTheBody() throws Exception {
        String page = generate(5, 1).values().iterator().next()[1];
        assertThat(page).contains("Home\n", "Share this article", "All rights reserved.");
    }

    @Test
    void differentSeedsGiveDifferentCorpora() throws Exception {
        List<String> a = new ArrayList<>(generate(1, 10).keySet());
        List<String> b = new ArrayList<>(generate(2, 10).keySet());
        assertThat(a).doesNotContainAnyElementsOf(b);
    }
}
