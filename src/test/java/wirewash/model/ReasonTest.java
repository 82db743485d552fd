package wirewash.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonTest {
    @Test
    void tellsARulesReasonFromAFiltersByItsOrigin() {
        assertThat(new Reason("share", "rules/boilerplate.rules:12", "line share").byRule()).isTrue();
        assertThat(new Reason("share", "C:\\rules\\mine.rules:7", "").byRule()).isTrue();
        assertThat(new Reason("header", "HeaderFilter", "above the first prose paragraph").byRule()).isFalse();
        assertThat(new Reason("header", "odd:name", "").byRule()).isFalse();
        assertThat(new Reason("header", "trailing:", "").byRule()).isFalse();
    }
}
