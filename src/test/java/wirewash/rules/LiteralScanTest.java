package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralScanTest {
    @Test
    void givesTheLastStartOfAnyStringOfEachClause() {
        LiteralScan scan = new LiteralScan(List.of(List.of("AB", "CD"), List.of("ZZ")));
        assertThat(scan.lastStarts("ab xx cd ab")).containsExactly(9, -1);
    }

    @Test
    void findsOverlappingStringsSharingASuffix() {
        LiteralScan scan = new LiteralScan(List.of(List.of("SHE"), List.of("HE"), List.of("HERS")));
        assertThat(scan.lastStarts("ushers")).containsExactly(1, 2, 2);
    }

    @Test
    void matchesCaseVariantsThroughTheFold() {
        LiteralScan scan = new LiteralScan(List.of(List.of("\u00C9T\u00C9")));
        assertThat(scan.lastStarts("l'\u00e9t\u00e9")).containsExactly(2);
    }

    @Test
    void longerStringsContainingAnotherOfTheClauseAreDropped() {
        assertThat(LiteralScan.essential(List.of("RELATED", "RELATED NEWS", "MORE"))).containsExactly("RELATED", "MORE");
    }
}
