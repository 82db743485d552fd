package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LshParamsTest {
    @ParameterizedTest(name = "threshold {0}, {1} perms")
    @CsvSource({"0.1, 128", "0.15, 128", "0.5, 128", "0.9, 128", "0.5, 64", "0.8, 256", "0.3, 7"})
    void optimalUsesNoMoreHashesThanTheSignatureHas(double threshold, int numPerm) {
        LshParams params = LshParams.optimal(threshold, numPerm);

        assertThat(params.bands() * params.rows()).as("%s", params).isLessThanOrEqualTo(numPerm);
    }

    @Test
    void optimalAtHalfSeparatesSimilarFromDissimilar() {
        LshParams params = LshParams.optimal(0.5, 128);

        assertThat(params.candidateProbability(0.8)).as("%s at 0.8", params).isGreaterThan(0.95);
        assertThat(params.candidateProbability(0.2)).as("%s at 0.2", params).isLessThan(0.1);
    }

    @Test
    void heavierFalseNegativeWeightCatchesMore() {
        LshParams balanced = LshParams.optimal(0.5, 128);
        LshParams cautious = LshParams.optimal(0.5, 128, 0.1, 0.9);

        assertThat(cautious.candidateProbability(0.5)).isGreaterThan(balanced.candidateProbability(0.5));
    }

    @Test
    void directConstructionOverridesTheChoice() {
        LshParams params = new LshParams(4, 2);

        assertThat(params.hashesUsed()).isEqualTo(8);
        assertThat(params.candidateProbability(0.5)).isCloseTo(1 - Math.pow(0.75, 4), within(1e-12));
    }

    @Test
    void oneBandOfOneRowIsTheJaccardItself() {
        assertThat(new LshParams(1, 1).candidateProbability(0.37)).isCloseTo(0.37, within(1e-12));
    }

    @Test
    void weightsMustNotBothBeZero() {
        assertThatThrownBy(() -> LshParams.optimal(0.5, 128, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsMustBePositive() {
        assertThatThrownBy(() -> new LshParams(0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bands");
    }
}
