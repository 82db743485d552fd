package wirewash.rules;

import org.junit.jupiter.api.Test;

/**
 * The shipped rules take a "Click To Tweet" button on its own line, not the story's sentence the button shares
 * (a pull-quote set as a share link, dumped with the button's words glued on).
 */
class ShareButtonRulesTest {
    @Test
    void theButtonAloneIsFurniture() throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "share", "Click To Tweet");
    }

    @Test
    void theSentenceItSharesIsTheStorys() throws RuleException {
        ShippedRules.assertNamesNothing(
                "Increasing your visibility gradually lets you grow into your online leadership role.Click To Tweet");
    }
}
