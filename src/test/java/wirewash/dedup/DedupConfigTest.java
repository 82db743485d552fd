package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DedupConfigTest {
    @Test
    void defaultsAreTheCalibratedConstantsWithSigningV2() {
        assertThat(DedupConfig.defaults()).isEqualTo(new DedupConfig(3, 128, 1L, 0.1, 0.2, 0.75, 25, 0.5, true,
                "oph-densified-v1", Signing.V2));
    }

    @Test
    void signingV1IsTheConfigurationBeforeV2() {
        assertThat(DedupConfig.defaults().withSigning(Signing.V1))
                .isEqualTo(new DedupConfig(3, 128, 1L, 0.1, 0.2, 0.75, 25, 0.5, true, "superminhash-hash4j-v1"));
    }

    @Test
    void eachSigningNamesItsShinglingInTheScheme() {
        assertThat(new Deduplicator(DedupConfig.defaults()).scheme().toString())
                .isEqualTo("oph-densified-v1/128/seed=1/words:3+fold+v2");
        assertThat(new Deduplicator(DedupConfig.defaults().withSigning(Signing.V1)).scheme().toString())
                .isEqualTo("superminhash-hash4j-v1/128/seed=1/words:3+fold");
    }

    @Test
    void aConfigurationNamesTheSchemeItsDeduplicatorSignsWith() {
        for (Signing signing : Signing.values()) {
            DedupConfig config = DedupConfig.defaults().withSigning(signing);
            assertThat(config.scheme()).isEqualTo(new Deduplicator(config).scheme());
        }
        DedupConfig minHash = DedupConfig.defaults().withAlgorithm(MinHasher.ALGORITHM);
        assertThat(minHash.scheme()).isEqualTo(new Deduplicator(minHash).scheme());
    }

    @Test
    void algorithmMustBeKnown() {
        assertThatThrownBy(() -> DedupConfig.defaults().withAlgorithm("md5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("algorithm");
    }

    @Test
    void defaultLshThresholdMakesAPairAtJaccardPointThreeACandidate() {
        DedupConfig config = DedupConfig.defaults();
        LshParams params = LshParams.optimal(config.lshThreshold(), config.numPerm());

        // 64 bands x 2 rows: P(candidate) = 0.9976 at J=0.30, 0.9994 at J=0.33, 0.9267 at J=0.20.
        assertThat(params.candidateProbability(0.3))
                .as("LSH %s: P(candidate | J=0.33) = %.4f", params, params.candidateProbability(0.33))
                .isGreaterThan(0.99);
        assertThat(params).isEqualTo(new LshParams(64, 2));
    }

    @Test
    void thresholdsMustBeFractions() {
        assertThatThrownBy(() -> new DedupConfig(3, 128, 1L, 0.1, 1.5, 0.7, 25, 0.5, true, "superminhash-hash4j-v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jaccardThreshold");
    }

    @Test
    void shingleSizeMustBePositive() {
        assertThatThrownBy(() -> new DedupConfig(0, 128, 1L, 0.1, 0.2, 0.7, 25, 0.5, true, "superminhash-hash4j-v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shingleSize");
    }
}
