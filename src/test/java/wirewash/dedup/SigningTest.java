package wirewash.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Golden values: a stored state compares its signatures with new ones, so neither version may drift. */
class SigningTest {
    private static final String TEXT =
            "The organisation’s colour programme, launched on 2nd Jan., cost 5 per cent more than planned.";

    @Test
    void v1ValuesAreThoseOfTheSigningBeforeV2() {
        // computed with commit 5d99328, before v2 existed
        Fingerprint f = new Deduplicator(DedupConfig.defaults().withSigning(Signing.V1)).fingerprint("x", TEXT, null);
        assertThat(f.signature().scheme().toString()).isEqualTo("superminhash-hash4j-v1/128/seed=1/words:3+fold");
        assertThat(f.tokenCount()).isEqualTo(14);
        long[] shingles = f.shingles();
        assertThat(shingles).hasSize(12);
        assertThat(shingles[0]).isEqualTo(-6890968641293911038L);
        assertThat(shingles[1]).isEqualTo(-6297333088872942694L);
        assertThat(shingles[11]).isEqualTo(7637150130969431909L);
        assertThat(f.signature().value(0)).isEqualTo(-3383917542460170988L);
        assertThat(f.signature().value(1)).isEqualTo(5876820535318304847L);
        assertThat(f.signature().value(127)).isEqualTo(1112290865738517240L);
    }

    @Test
    void v2ValuesAreStable() {
        Fingerprint f = new Deduplicator(DedupConfig.defaults()).fingerprint("x", TEXT, null);
        assertThat(f.signature().scheme().toString()).isEqualTo("oph-densified-v1/128/seed=1/words:3+fold+v2");
        assertThat(f.tokenCount()).isEqualTo(14);
        long[] shingles = f.shingles();
        assertThat(shingles).hasSize(12);
        assertThat(shingles[0]).isEqualTo(-8680965472328189178L);
        assertThat(shingles[1]).isEqualTo(-7240458259156727898L);
        assertThat(shingles[11]).isEqualTo(5048182687458494920L);
        assertThat(f.signature().value(0)).isEqualTo(1687976794L);
        assertThat(f.signature().value(1)).isEqualTo(783836253L);
        assertThat(f.signature().value(127)).isEqualTo(895674441L);
        assertThat(TokenHasher.hash("color")).isEqualTo(-6017781051986856008L);
    }

    @Test
    void bothVersionsSeeTheSameTokensAndShingleCount() {
        for (String text : new String[] {TEXT, "Москва, 2 января — ПРАВДА", "東京都 ½ ﬁnal", "one", ""}) {
            Fingerprint v1 = new Deduplicator(DedupConfig.defaults().withSigning(Signing.V1)).fingerprint("x", text, null);
            Fingerprint v2 = new Deduplicator(DedupConfig.defaults()).fingerprint("x", text, null);
            assertThat(v2.tokenCount()).as(text).isEqualTo(v1.tokenCount());
            assertThat(v2.shingleCount()).as(text).isEqualTo(v1.shingleCount());
        }
    }

    @Test
    void signaturesOfTheTwoVersionsCannotBeCompared() {
        Fingerprint v1 = new Deduplicator(DedupConfig.defaults().withSigning(Signing.V1)).fingerprint("x", TEXT, null);
        Fingerprint v2 = new Deduplicator(DedupConfig.defaults()).fingerprint("x", TEXT, null);
        assertThatThrownBy(() -> v1.signature().estimateJaccard(v2.signature()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different schemes");
    }

    @Test
    void labelsParseEitherCase() {
        assertThat(Signing.of("V1")).isEqualTo(Signing.V1);
        assertThat(Signing.of(" v2 ")).isEqualTo(Signing.V2);
        assertThat(Signing.V2.label()).isEqualTo("v2");
        assertThatThrownBy(() -> Signing.of("v3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v1 or v2");
    }
}
