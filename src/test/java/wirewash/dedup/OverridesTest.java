package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.model.Cluster;

class OverridesTest {
    private final Deduplicator dedup = new Deduplicator(DedupConfig.defaults());
    private static final String STORY = "The president of Kazakhstan announced on Tuesday that a Russia-led "
            + "security alliance will start pulling out its troops from the country in two days after completing "
            + "its mission, amid the worst unrest the nation has faced since independence thirty years ago.";
    private static final String OTHER = "Protests over soaring fuel prices erupted in the oil-rich nation of 19 "
            + "million and quickly spread across the country, with political slogans reflecting wider discontent "
            + "over the government, and dozens of civilians and officers were killed in the clashes.";

    private List<Cluster> cluster(Overrides overrides, String... texts) {
        List<Fingerprint> prints = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) prints.add(dedup.fingerprint("d" + i, texts[i], null));
        return dedup.withOverrides(overrides).cluster(prints);
    }

    @Test
    void differentKeepsVerifiedCopiesApart() {
        Overrides o = new Overrides(Set.of(), Set.of(Overrides.key("d0", "d1")));
        assertThat(cluster(o, STORY, STORY + " Officials confirmed it.")).hasSize(2);
    }

    @Test
    void differentKeepsTwoMembersOfOneCentreApart() {
        Overrides o = new Overrides(Set.of(), Set.of(Overrides.key("d1", "d2")));
        List<Cluster> clusters = cluster(o, STORY + " " + OTHER, STORY + " One.", STORY + " Two.");
        assertThat(clusters).noneMatch(c -> c.members().stream().map(m -> m.id()).toList().containsAll(
                List.of("d1", "d2")));
    }

    @Test
    void sameJoinsUnrelatedDocuments() {
        Overrides o = new Overrides(Set.of(Overrides.key("d0", "d1")), Set.of());
        assertThat(cluster(o, STORY, OTHER)).hasSize(1);
    }

    @Test
    void withoutOverridesUnrelatedDocumentsStayApart() {
        assertThat(cluster(Overrides.NONE, STORY, OTHER)).hasSize(2);
    }
}
