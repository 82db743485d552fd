package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name a paper's masthead and contact box (staff lines, the publisher's and owner's line, phone numbers,
 * labelled e-mail and web addresses); an editor's note, a book's fact box and a story's sentence that names an editor,
 * a publisher or a number are matched by none.
 */
class MastheadRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Editor: Jane Doe",
            "Editor Jane Doe",
            "Editor-in-chief: Jane Doe",
            "Managing editor: Jane Doe",
            "Managing Editor Jane O'Rourke",
            "Deputy editor: Jane Doe",
            "Sports editor: Jane Doe",
            "Chief sub-editor: Jane Doe",
            "General manager: Jane Doe",
            "Advertising: Jane Doe",
            "Published by Pinecrest Media Group",
            "Published by the Rosedale Gazette Company",
            "Printed and published by Northern Doe Media, 17 Church Street, Rosedale",
            "Published by Rosedale Gazette Ltd. Part of the Doe Media network.",
            "The Rosedale Gazette is owned by Pinecrest Media Group.",
            "The Rosedale Gazette is owned by Pinecrest Media. Our offices are at 17 Church Street, Rosedale.",
            "The Pinecrest Post is published by Northern Doe Publishing",
            "Pinecrest is published by The Pinecrest Group, a Doe Holdings Company.",
            "Registered office: 17 Church Street, Rosedale AB1 2CD",
            "Registered in England No. 272667",
            "Tel: 01670 858882",
            "Newsdesk: (415) 731-6905",
            "(415) 731-6905",
            "Fax: 01789 897927",
            "Switchboard: 049 6840 2195",
            "Phone: 415-731-6905",
            "Website: www.pinecrestpost.com",
            "Web: www.pinecrestgazette.co.uk"})
    void mastheadLinesAreNamed(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "masthead", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Editor's note: This story has been updated to correct the name of the school.",
            "Publisher: Penguin Press",
            "The editor, Jane Doe, said the paper would appeal.",
            "The book is published by Penguin Random House in March.",
            "The novel was published by a small press in 1998.",
            "The stadium is owned by the city and leased to the club.",
            "The Rosedale Arms is owned by Pinecrest Holdings, which bought it in 2015.",
            "The Rosedale Gazette is owned by its former editor, Jane Doe.",
            "Call 911 if you see the man, police said.",
            "The hotline, 0800 555 0123, is open all week.",
            "Residents can email the council with their views before Friday.",
            "Managing editor Jane Doe resigned on Tuesday after the report was published."})
    void storySentencesAboutEditorsPublishersAndNumbersAreNoMasthead(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
