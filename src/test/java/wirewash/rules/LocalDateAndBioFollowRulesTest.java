package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name a bare local date line in German, French, Spanish, Portuguese and Italian (a stamp above
 * or below the story), an author's bio that ends with a prompt to follow its person and the author's handle on a
 * line of its own, and a comment button in those languages; a story's sentence that
 * states a date, a timeline's dated entry and a sentence about following someone are matched by none.
 */
class LocalDateAndBioFollowRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dateline|12. März 2024, 14:05 Uhr",
            "dateline|5 de junio de 2024",
            "dateline|mardi 12 mars 2024 à 14h05",
            "dateline|5 de junho de 2024 às 14h05",
            "dateline|martedì 5 marzo 2024, 10:32",
            "dateline|Mittwoch, 12.03.2024",
            "dateline|3 de febrero de 2024 - 09:15",
            "dateline|20. November 2019, 08:15 Uhr",
            "author-bio|Jane Doe covers health and science for the Herald. Follow her on Twitter @janedoe.",
            "author-bio|Tom Whitley is a staff writer. You can follow him on X at @tomw.",
            "author-bio|Priya Raman covers courts for the Herald. She tweets at @priyaraman.",
            "author-bio|About the writer: Jane Okafor reports on the courts and was previously at the Millbrook Ledger.",
            "author-bio|About the reporter: Tom Reyes covers housing. Reach him at tom@example.com.",
            "contact|Twitter: @janedoe",
            "contact|@janedoe",
            "comment-box|Commenta",
            "comment-box|Ver comentários",
            "comment-box|Voir les commentaires (12)",
            "comment-box|Kommentare anzeigen"})
    void localDatesAndBiosWithAFollowPromptAreFurniture(String code, String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12 de marzo de 2024: el día que todo cambió",
            "20 November 2019",
            "Wednesday 12 April 2024",
            "12 Mar 2024, 10:32",
            "20.11.2019",
            "El 5 de junio de 2024 llegó la noticia.",
            "Am 12. März 2024 um 14:05 Uhr begann die Sitzung.",
            "Commenta il sindaco: la decisione è giusta.",
            "Ver comentários de leitores é um hábito, disse ela.",
            "The account @janedoe posted the video on Monday, police said.",
            "Little is known about the writer: she never gave interviews, her publisher said.",
            "Jane Doe is a keen runner. Her followers on Twitter cheered when she finished, her coach said."})
    void storyLinesWithADateOrAFollowAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
