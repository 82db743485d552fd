package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.clean.BatchFurniture;
import wirewash.clean.Page;

class RepeatedBlockFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    @Test
    void removesRepeatedMenuLinesButNotRepeatedProse() {
        BatchFurniture furniture = BatchFurniture.builder(2)
                .add(List.of("Weather", STORY)).add(List.of("WEATHER!", STORY)).build();
        Page page = DenseProseRunFilterTest.labelled("Weather\n" + STORY);
        new RepeatedBlockFilter(furniture).process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY);
    }

    @Test
    void leavesATablesCellsAlone() {
        BatchFurniture furniture = BatchFurniture.builder(2).add(List.of("0", "1")).add(List.of("0", "1")).build();
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n1\nKyle Busch\n0\n2\nMartin Truex\n0\n"
                + "3\nKevin Harvick\n0\n" + STORY);
        new CellTableFilter().process(page);
        new RepeatedBlockFilter(furniture).process(page);
        assertThat(page.kept()).hasSize(11);
    }
}
