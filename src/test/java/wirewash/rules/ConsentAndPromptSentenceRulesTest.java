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
            "Support local journalism for less than the price of a coffee a week.",
            "Discover the Courier Unlimited. For just £1 a week you get unlimited access to every story and the app.",
            "Give the gift of news this season: a year of the Chronicle for someone you love.",
            "Cancel anytime. Offer available to new subscribers only; the price then rises to the standard rate.",
            "Terms apply. Offer open to new customers only.",
            "Quality local journalism costs money to produce. Every subscription helps us keep reporters in court.",
            "Journalism like this costs money to make. Pitch in what you can and keep it free for everyone.",
            "Readers like you keep us going. A few dollars a month makes this reporting possible.",
            "Keep local reporting alive — back our newsroom with a monthly pledge."})
    void signUpAndPaywallSentencesAreSubscribePrompts(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "subscribe", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Learn more", "Find out more", "Get tickets", "Book your tickets", "Book now",
            "Full forecast", "Change location", "Set your location:", "Search all homes", "View all jobs",
            "Special offers", "Limited time offer", "To let", "For sale"})
    void widgetButtonsAreWidgets(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "widget", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "app-promo|Download the free app for iPhone and Android and turn on notifications for your area.",
            "app-promo|Read today's edition anywhere with the app, now with dark mode and audio articles.",
            "app-promo|Read the e-edition",
            "app-promo|Breaking news alerts, offline reading and the daily puzzle — free on iOS and Android.",
            "subscribe|Meet the Post Plus. For just 99p a week you get unlimited access to every story.",
            "event-promo|Our annual Charity Gala returns on 24 December. Tickets are on sale now, with early bird "
                    + "discounts for groups of four or more.",
            "share|X WhatsApp Email Copy link LinkedIn"})
    void sitePromosAndShareBarsAreNamed(String coded) throws RuleException {
        String[] parts = coded.split("\\|", 2);
        ShippedRules.assertNames(RuleKind.LINE, parts[0], parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Regulators say some cookies are used to track people across sites without consent.",
            "The app will alert residents when the river rises above the flood mark, officials said.",
            "The paper said it would never share the names of its sources with the police.",
            "Customers can cancel at any time, the company said, but few do.",
            "For just $15 a month, subscribers get unlimited access to the gym, its pool and its classes, the firm said.",
            "The charity said every donation helps, however small, and urged people to give the gift of time.",
            "The bank said the offer was available to new customers who switch their current account before May.",
            "Tickets for the festival go on sale on Friday, and the organisers expect to sell out within hours.",
            "The newsletter, which lands in 40,000 inboxes every Sunday, asks readers to pitch in ideas for stories.",
            "Neighbours were told to put their address on a list at the town hall to get sandbags.",
            "Volunteers pitched in a few dollars a month to keep the shelter open through the winter.",
            "The app's sign-up form asks users to enter their email address before they can post.",
            "The festival returns on 4 July. Tickets are on sale now at the town hall, the organisers said.",
            "Residents can download the app for iPhone, the council said, and report potholes with it.",
            "X said it would appeal the ruling, and its shares fell.",
            "The game is free on iOS and Android, and it has been downloaded a million times."})
    void storySentencesAreNoPrompts(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
