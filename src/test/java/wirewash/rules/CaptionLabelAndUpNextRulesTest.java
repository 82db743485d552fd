package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name an AP file photo's caption under its "FILE -" mark and a caption sentence under a
 * picture's label, and take a bare "Up next" line for a next-link (it announces the next story); story lines with
 * the same words are matched by none.
 */
class CaptionLabelAndUpNextRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CAPTION|caption|FILE - In this Oct. 3, 2019, photo, protesters gather outside parliament in London.",
            "CAPTION|caption|FILE – Residents wait in line outside the station on Tuesday",
            "CAPTION|caption|Photo: The damaged bridge, on Tuesday.",
            "CAPTION|caption|IMAGE: Volunteers collect supplies at a depot over the weekend.",
            "CAPTION|caption|Top: An aerial view of the harbour, in 2017",
            "CAPTION|caption|Main image: Fans celebrate after the final whistle.",
            "LINE|next-link|Up next",
            "LINE|next-link|UP NEXT:"})
    void captionLabelsAndUpNextAreFurniture(RuleKind kind, String code, String line) throws RuleException {
        ShippedRules.assertNames(kind, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "File - a command the editor shows at the top of its menu - opens the document.",
            "The photo: it showed a crowd outside parliament on Tuesday, the police said.",
            "Top of the agenda was the budget, which the council will debate in March.",
            "Up next for the club is a trip to Leeds on Saturday."})
    void storyLinesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
