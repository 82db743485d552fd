package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name a live post's bare time stamp on a line of its own, relative or a clock time with its
 * zone; story lines and a bare date are matched by none (a bare "14:05" is a player's duration, a `media` line).
 */
class LiveStampRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2h ago", "45m ago", "3 minutes ago", "1 hour ago", "5 hrs ago", "2d ago", "14:05 GMT",
            "09:41 BST", "9.12am ET", "10:30 p.m. EST"})
    void liveStampsAreDatelines(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "dateline", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The match kicked off 2 hours ago and is still going.", "November 20, 2019",
            "Ten years ago", "At 14:05 GMT the polls closed across the country."})
    void storyLinesAndBareDatesAreNoStamps(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
