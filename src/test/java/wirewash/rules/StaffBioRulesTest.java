package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name a staff bio printed below the story: a writer's name, "is a" and a newsroom role with the
 * beat or the outlet, maybe more sentences on the writer, or the newsroom's date first; a story's sentence about a
 * journalist ("was a reporter", a quote, a next sentence about anything but the writer) is matched by none.
 */
class StaffBioRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Jane Doe is a staff writer covering health for the Herald.",
            "Jane Doe is a senior reporter at the Pinecrest Post.",
            "Keira Okafor is a senior reporter covering sport for the Redcliffe Chronicle.",
            "Jane Doe is a correspondent who has spent a decade reporting on farming.",
            "Tom Reyes is an editor with The Millbrook Ledger. He joined the newsroom in 2007.",
            "Ana María Ruiz is a columnist for the Herald. She lives in Ashford with two cats.",
            "Jane Doe joined the newsroom in 2016 and writes about schools."})
    void staffBiosAreFurniture(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "author-bio", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jane Doe was a reporter at the Herald before she ran for council.",
            "\"Jane Doe is a reporter for the Herald,\" the spokesman said.",
            "Jane Doe is a reporter for the Herald. The council voted 5-2 on Tuesday to close the library.",
            "Jane Doe is a former reporter who now runs the food bank in Ashford, where demand has doubled.",
            "The suspect is a reporter, police said.",
            "Jane Doe, a reporter for the Herald, was arrested on Tuesday.",
            "Smith is a reporter who covers the courts, according to the filing."})
    void storySentencesAboutJournalistsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
