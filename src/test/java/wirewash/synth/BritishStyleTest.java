package wirewash.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BritishStyleTest {
    @Test
    void rewritesSpellingsHonorificsAndDates() {
        assertThat(BritishStyle.rewrite("Mr. Smith said the Center would honor 5 percent on Jan. 2."))
                .isEqualTo("Mr Smith said the Centre would honour 5 per cent on 2 January.");
    }
}
