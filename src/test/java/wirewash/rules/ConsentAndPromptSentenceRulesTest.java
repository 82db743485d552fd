package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name the sentences of a consent banner, a sign-up box and a paywall notice each on a line of its
 * own, as a dump splits a notice apart; story sentences about cookies, alerts or journalism are matched by none.
 */
class ConsentAndPromptSentenceRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"By continuing to browse, you consent to the storage of cookies on your device.",
            "We and our partners process personal data such as IP addresses and browsing behaviour.",
            "You can change your preferences at any time by visiting the privacy settings page.",
            "Your choices will apply to this site only and will be saved for thirteen months.",
            "Some of these cookies are essential, while others help us show you personalised content."})
    void consentSentencesAreCookieNotices(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "cookie-notice", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Turn on notifications so you never miss a story.",
            "We will never share your details with third parties.", "Sign me up",
            "You have read 3 of your 5 free articles this month.", "Get your first month for just £1, cancel anytime.",
            "Support local journalism for less than the price of a coffee a week."})
    void signUpAndPaywallSentencesAreSubscribePrompts(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "subscribe", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Regulators say some cookies are used to track people across sites without consent.",
            "The app will alert residents when the river rises above the flood mark, officials said.",
            "The paper said it would never share the names of its sources with the police.",
            "Customers can cancel at any time, the company said, but few do."})
    void storySentencesAreNoPrompts(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
