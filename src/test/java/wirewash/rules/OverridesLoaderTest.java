package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import wirewash.dedup.Overrides;

class OverridesLoaderTest {
    @Test
    void readsSameAndDifferentPairsIgnoringComments() throws Exception {
        Overrides o = OverridesLoader.parse("overrides", "# decided by the desk\nsame b a\n\ndifferent c d\n");
        assertThat(o.isSame("a", "b")).isTrue();
        assertThat(o.isDifferent("d", "c")).isTrue();
    }

    @Test
    void unknownKeyIsRejectedWithFileAndLine() {
        assertThatThrownBy(() -> OverridesLoader.parse("rules/overrides", "same a b\nmerge a b\n"))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("rules/overrides:2: unknown key 'merge'");
    }

    @Test
    void pairDeclaredBothWaysIsRejected() {
        assertThatThrownBy(() -> OverridesLoader.parse("o", "same a b\ndifferent b a\n"))
                .hasMessageStartingWith("o:2:");
    }

    @Test
    void wrongNumberOfIdsIsRejected() {
        assertThatThrownBy(() -> OverridesLoader.parse("o", "same a\n")).hasMessageStartingWith("o:1: expected");
    }
}
