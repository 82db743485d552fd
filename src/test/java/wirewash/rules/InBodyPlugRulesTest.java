package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name the plugs and promos a site sets between the story's paragraphs in other sites' words
 * (a plug under another label, an alert pitch, a follow prompt in a sentence, a shopping page's notes, the author's
 * contact line, a sponsor's note, a closing appeal); story lines with the same words are matched by none.
 */
class InBodyPlugRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "related-list|Keep reading: Council approves new budget",
            "related-list|Trending now: Storm leaves thousands without power",
            "related-list|Editor's pick: Why house prices are still rising",
            "related-list|[ Related: Why house prices are still rising ]",
            "related-list|Click here to read more about the bridge closure",
            "advertisement|Scroll to continue with content",
            "advertisement|Report an ad",
            "subscribe|Get our breaking news alerts delivered straight to your phone.",
            "subscribe|Get the best of our journalism in your inbox every Friday.",
            "contact|Stay up to date with all the latest news by following us on Instagram.",
            "disclaimer|Products featured are independently selected by our editors.",
            "disclaimer|Prices and availability subject to change.",
            "contact|Contact the writer: jdoe@herald.example.com",
            "advertisement|This content was produced by our partners.",
            "subscribe|Thank you for reading. Please consider subscribing.",
            "related-list|» Storm leaves thousands without power",
            "related-list|>> How the housing market changed in a year",
            "subscribe|Continue reading with a subscription",
            "subscribe|Create a free account to continue.",
            "subscribe|Log in to keep reading",
            "subscribe|Never miss a story",
            "subscribe|Sign up to receive our top stories each weekday, free.",
            "subscribe|Subscribe today to get the latest local news and updates",
            "subscribe|Sign up for more like this."})
    void inBodyPlugsAreFurniture(String code, String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Keep reading the fine print, the regulator told customers on Tuesday.",
            "Trending now among young buyers are smaller flats close to the station.",
            "Scammers get into your inbox by pretending to be your bank, police said.",
            "Police thanked residents for following us on the advice to stay indoors, the chief said.",
            "Prices rose by 4 per cent in March, the statistics office said.",
            "The council said the plan had been independently reviewed by engineers.",
            "Thank you for reading, she wrote in her last column, which ran on Sunday.",
            "» The council met on Tuesday. It approved the budget.",
            "Readers who continue reading with a subscription pay less, the publisher said.",
            "Users must create an account to continue using the app, the company said.",
            "Never miss a story like this again, the editor told the newsroom.",
            "Residents can sign up to receive the alerts by text message.",
            "Sign up to receive the vaccine at any pharmacy in the county.",
            "Sign up for more lessons like this at the library."})
    void storyLinesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
