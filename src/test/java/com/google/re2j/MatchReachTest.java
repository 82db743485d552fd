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
    void dotStarPrefixIsMeasuredWithoutIt() {
        assertThat(MatchReach.branches(".*\\(ap\\)", true))
                .containsExactly(new MatchReach.Branch(true, 4, null, "()"));
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
}
