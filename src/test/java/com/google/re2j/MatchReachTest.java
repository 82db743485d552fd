package com.google.re2j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchReachTest {
    @Test
    void boundedRepeatGivesItsLongestMatch() {
        assertThat(MatchReach.branches("tags?: .{1,20}", true).get(0).length()).isEqualTo(26);
    }

    @Test
    void aStartAnchorAroundThePatternLeavesItsAlternatives() {
        String pattern = "share|tags?: .{1,20}|.*\\(ap\\)|(?-i:[A-Z]+) at \\S+";
        assertThat(MatchReach.branches("^(?:" + pattern + ")", true)).hasSize(4)
                .isEqualTo(MatchReach.branches(pattern, true));
        // one alternative: the parser flattens the anchor into the pattern's own concatenation
        for (String one : List.of(".*\\bfoto: \\p{L}{1,5}", "a.*b", "tags?: .{1,20}")) {
            assertThat(MatchReach.branches("^(?:" + one + ")", true)).isEqualTo(MatchReach.branches(one, true));
        }
    }

    @Test
    void dotStarPrefixIsMeasuredWithoutIt() {
        assertThat(MatchReach.branches(".*\\(ap\\)", true))
                .containsExactly(new MatchReach.Branch(true, 4, null, List.of(List.of("(AP)"))));
    }

    @Test
    void charsOfACaseSensitiveClassAreOnlyThoseOfItsCase() {
        MatchReach.Branch branch = MatchReach.branches("(?-i:[A-Z]+)", true).get(0);

        assertThat(allows(branch, 'Q')).isTrue();
        assertThat(allows(branch, 'q')).isFalse();
        assertThat(allows(branch, ' ')).isFalse();
    }

    @Test
    void charsOfAFoldedLiteralAreBothCasesAndWhatFoldsOntoThem() {
        MatchReach.Branch branch = MatchReach.branches("ok( \\d)?", true).get(0);

        assertThat(allows(branch, 'o')).isTrue();
        assertThat(allows(branch, 'K')).isTrue();
        assertThat(allows(branch, '7')).isTrue();
        assertThat(allows(branch, 'x')).isFalse();
        assertThat(allows(MatchReach.branches("[\u212A]", true).get(0), 'k')).isTrue();
        assertThat(allows(MatchReach.branches("(?-i:[\u212A])", true).get(0), 'k')).isFalse();
    }

    @Test
    void aDotAllowsEveryChar() {
        MatchReach.Branch branch = MatchReach.branches("ab.", true).get(0);

        assertThat(branch.asciiLow()).isEqualTo(-1L);
        assertThat(branch.asciiHigh()).isEqualTo(-1L);
    }

    private static boolean allows(MatchReach.Branch branch, char c) {
        return ((c < 64 ? branch.asciiLow() : branch.asciiHigh()) & (1L << (c & 63))) != 0;
    }

    @Test
    void whatABoundedEndHoldsLiesInTheTextsTail() {
        // the slash of a credit after a caption: within its last 43 code points (" / X" and 40 more)
        MatchReach.Branch branch = MatchReach.branches("[^\"]{10,250}[.!?] ?/ ?(?-i:\\p{Lu})[a-z ]{1,40}", true).get(0);
        assertThat(branch.tails()).contains(new MatchReach.Tail(List.of("/", "/ "), 43));
        assertThat(branch.tails()).allMatch(tail -> tail.reach() < branch.length());
    }

    @Test
    void anUnboundedNodeBeforeTheEndPassesOnItsOwnTailFurther() {
        // "\\s+" ends in a space, then "x" and up to 5 more: a space within the last 7
        List<MatchReach.Tail> tails = MatchReach.branches(".{0,300}[.!]\\s+x[a-z]{0,5}", true).get(0).tails();
        assertThat(tails).anyMatch(tail -> tail.literals().equals(List.of("x")) || tail.literals().equals(List.of("X"))
                && tail.reach() == 6);
        assertThat(tails).anyMatch(tail -> tail.literals().contains(" ") && tail.reach() == 7);
    }

    @Test
    void anAlternationHoldsTheBestTailOfEachAlternative() {
        List<MatchReach.Tail> tails = MatchReach.branches(".{0,300}\\. (\\w+ \\(ap\\)|\\w+ / reuters)", true)
                .get(0).tails();
        assertThat(tails).anyMatch(tail -> tail.literals().size() == 2 && tail.reach() == 10
                && tail.literals().stream().anyMatch(s -> s.equalsIgnoreCase(" (ap)"))
                && tail.literals().stream().anyMatch(s -> s.equalsIgnoreCase(" / reuters")));
        // an alternative whose end tells nothing: no tail of the alternation
        assertThat(MatchReach.branches(".{0,300}\\. (\\w+ \\(ap\\)|\\w+)", true).get(0).tails()).isEmpty();
    }

    @Test
    void aDotStarBranchKeepsOnlyTailsShorterThanItsRest() {
        MatchReach.Branch branch = MatchReach.branches(".*\\([^()]{0,80}/[^()]{1,80}\\)", true).get(0);
        assertThat(branch.dotStar()).isTrue();
        // the slash lies within the last 82 code points, the rest within 163
        assertThat(branch.tails()).contains(new MatchReach.Tail(List.of("/"), 82));
        assertThat(branch.tails()).allMatch(tail -> tail.reach() < branch.length());
    }

    @Test
    void unboundedRepeatHasNoLength() {
        assertThat(MatchReach.branches("\\S+ at \\S+", true).get(0).bounded()).isFalse();
    }

    @Test
    void firstCharactersIncludeWhatFoldsOntoAscii() {
        List<MatchReach.Branch> branches = MatchReach.branches("(home|\u212Aey)x", true);
        assertThat(branches.get(0).first()).contains("h").contains("k");
    }

    @Test
    void lastCharactersAreReadFromTheEndThroughOptionalParts() {
        // "(…)?", "\\W*" and an empty-width "\\b" at the end: the chars before them can end a match too
        List<MatchReach.Branch> branches = MatchReach.branches("\\d{1,2} (hours?|days?) ago\\b\\.?", true);
        assertThat(branches.get(0).last()).contains("o").contains(".").doesNotContain("s").doesNotContain("1");
        assertThat(MatchReach.branches("(read more|top \u212A)", true).get(0).last()).contains("e").contains("k");
        // a match that may end anywhere (a dot, or every part optional) has no known last chars
        assertThat(MatchReach.branches("share.{0,20}", true).get(0).last()).isNull();
        assertThat(MatchReach.branches("(ab)?c*", true).get(0).last()).isNull();
        assertThat(MatchReach.branches(".*\\(AP\\)", true).get(0).last()).isNull();
    }

    @Test
    void literalsOfAnAlternationAreItsExactStrings() {
        assertThat(MatchReach.branches("(home|menu)", true).get(0).literals())
                .containsExactly(List.of("HOME", "MENU"));
    }

    @Test
    void optionalPartsAreLeftOutOfTheLiteralsAroundThem() {
        assertThat(MatchReach.branches("\\S{0,200}\\.(jpe?g|png)(\\?\\S*)?", true).get(0).literals())
                .containsExactly(List.of(".JPG", ".JPEG", ".PNG"));
    }

    @Test
    void unboundedPartsSplitTheLiteralsIntoClauses() {
        assertThat(MatchReach.branches("write to .{2,80} at \\S+@\\S+", true).get(0).literals())
                .containsExactly(List.of("WRITE TO "), List.of(" AT "), List.of("@"));
    }

    @Test
    void anAlternativeWithoutLiteralsLeavesNone() {
        assertThat(MatchReach.branches("(cookies|[a-z]+)", true).get(0).literals()).isEmpty();
    }

    @Test
    void aDigitIsAClauseOfItsTenChars() {
        // a date rule needs a digit, whatever its words: a line without one is not tried
        assertThat(MatchReach.branches("(mars|juin) \\d{4}", true).get(0).literals())
                .contains(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        assertThat(MatchReach.branches("(cookies|\\d+)", true).get(0).literals())
                .containsExactly(List.of("COOKIES", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    @Test
    void caseVariantsAreWhatRe2jMatchesCaseInsensitively() {
        assertThat(new String(MatchReach.caseVariants('K'))).containsOnlyOnce("K").contains("k").contains("\u212A");
        assertThat(new String(MatchReach.caseVariants('S'))).contains("\u017F");
        assertThat(new String(MatchReach.caseVariants('7'))).isEqualTo("7");
    }
}
