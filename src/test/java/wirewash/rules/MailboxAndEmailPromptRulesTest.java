package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name a newsletter's pitch that puts it in the reader's mailbox, and a sign-up box's prompt that
 * tells the reader where to put their e-mail address; a story's sentence about mailboxes or e-mail is matched by none.
 */
class MailboxAndEmailPromptRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Like what you just read? Our weekly roundup lands in your mailbox every Sunday. It's free.",
            "Get the best of the week's stories delivered to your mailbox.",
            "Want more stories like this? Put your email in the box and we'll send them your way.",
            "Get our best stories delivered every Friday morning. Drop your email below and we'll do the rest.",
            "Type your email address here to get the evening edition."})
    void mailboxAndEmailPromptsAreNamed(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "subscribe", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Residents say the leaflets that landed in their mailboxes on Friday were misleading.",
            "Check your mailbox for the ballot, which the county mailed to every voter on Friday.",
            "\"Put your email in the box and we'll call you,\" the flyer said, according to the complaint.",
            "Scammers ask victims to type their email address into a fake login page, police said.",
            "Never put your email password in a message, the bank warned customers on Tuesday."})
    void storySentencesAboutMailboxesAndEmailAreNamedByNone(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
