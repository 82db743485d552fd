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

    @Test
    void singleCharClausesAreLookedForWhenAskedAndFoundAsTheAutomatonWould() {
        LiteralScan scan = new LiteralScan(List.of(List.of(":", " "), List.of("BY"), List.of("K")));
        assertThat(scan.isLazy(0)).isTrue();
        assertThat(scan.isLazy(1)).isFalse();
        assertThat(scan.isLazy(2)).isTrue();
        // the Kelvin sign folds with k, as it does in the automaton
        assertThat(scan.lastStarts("by: \u212A and more")).containsExactly(9, 0, 4);
        LiteralScan.Found found = scan.scan("by: xy", 1);
        // only the automaton's clauses are named; a lazy one is looked for from the scan's start on
        assertThat(found.clauseCount()).isZero();
        assertThat(found.occursFrom(0, 3)).isTrue();
        assertThat(found.occursFrom(0, 4)).isFalse();
        assertThat(found.occursFrom(2, 0)).isFalse();
        assertThat(LiteralScan.Found.NONE.occursFrom(0, 0)).isFalse();
    }
}
