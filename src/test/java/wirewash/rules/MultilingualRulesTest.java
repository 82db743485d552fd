package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name furniture in German, French, Spanish, Italian, Portuguese and Dutch as they name it in
 * English ({@code rules/multilingual.rules}): each sample line is matched whole by a rule of its kind and reason, and
 * story sentences that use the same words are matched by none.
 */
class MultilingualRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LINE|related-list|Lesen Sie auch: Bahnstreik legt den Verkehr lahm",
            "LINE|subscribe|Abonnieren Sie unseren Newsletter",
            "LINE|subscribe|Se connecter",
            "LINE|share|Partager cet article",
            "CAPTION|caption|Photo : AFP",
            "LINE|copyright|© 2024 Le Journal. Tous droits réservés.",
            "TAIL|related-list|Les plus lus",
            "TAIL|comment-box|Kommentare (12)",
            "LINE|media|Lesezeit: 5 Min.",
            "LINE|media|4 min de lecture",
            "LINE|media|Tiempo de lectura: 3 minutos",
            "LINE|media|Tempo di lettura 4 minuti",
            "LINE|media|Tempo de leitura: 6 min",
            "LINE|media|Leestijd 3 minuten",
            "LINE|media|Artikel anhören",
            "LINE|media|Écouter cet article",
            "LINE|subscribe|Unterstützen Sie unabhängigen Journalismus",
            "LINE|subscribe|Jetzt spenden",
            "LINE|subscribe|Soutenez-nous",
            "LINE|subscribe|Faites un don",
            "LINE|subscribe|Apóyanos",
            "LINE|subscribe|Hazte socio",
            "LINE|subscribe|Sostieni il giornalismo indipendente",
            "LINE|subscribe|Diventa abbonato",
            "LINE|subscribe|Apoie o jornalismo",
            "LINE|subscribe|Torne-se assinante",
            "LINE|subscribe|Steun onze journalistiek",
            "LINE|subscribe|Word abonnee"})
    void furnitureInOtherLanguagesIsNamedAsInEnglish(RuleKind kind, String code, String line) throws RuleException {
        ShippedRules.assertNames(kind, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Stadt will die Vereine unterstützen, sagte der Bürgermeister am Dienstag vor dem Rat.",
            "La lecture du rapport a pris quatre heures, selon les députés présents à la séance.",
            "El tiempo de lectura de los alumnos bajó un 12% en cinco años, según el informe del ministerio.",
            "I cittadini hanno deciso di fare una donazione alla Croce Rossa dopo il terremoto di lunedì.",
            "O governo vai apoiar o jornalismo local com um fundo de 10 milhões de euros, disse a ministra.",
            "De gemeente wil de lokale journalistiek steunen met een nieuw fonds voor onderzoeksverhalen."})
    void storySentencesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
