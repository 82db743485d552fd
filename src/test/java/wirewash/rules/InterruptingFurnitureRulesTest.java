package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name the furniture a site sets between the story's paragraphs, where the story resumes below
 * it, in the words no older rule knew: an ad slot's note that the story goes on, a sponsor's headline, a plug under
 * an unusual label, a box heading, a video or audio player's lines and sign-up prompts that never say "newsletter";
 * story sentences about ads, videos, email and alerts are matched by none.
 */
class InterruptingFurnitureRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "LINE;advertisement;Article continues below this ad",
            "LINE;advertisement;Reading continues below",
            "LINE;advertisement;This article continues after the ad",
            "LINE;advertisement;Story continues after advertisement",
            "LINE;advertisement;Sponsored: Five ways to cut your heating bill",
            "LINE;advertisement;Promoted | How one town rebuilt its high street",
            "LINE;related-list;Catch up: The coach approves rail strike",
            "LINE;related-list;Read the full story: Police delays border checks? Experts are split",
            "LINE;related-list;Related story: Everything you need to know about heat pumps",
            "LINE;related-list;Also: Inside the fight over ballot measures",
            "TAIL;related-list;Further reading",
            "TAIL;related-list;Readers also viewed",
            "TAIL;related-list;Also on our site",
            "TAIL;related-list;SEE ALSO:",
            "TAIL;related-list;Catch up",
            "LINE;media;Audio",
            "LINE;media;4:06 · 726K views",
            "LINE;media;Duration 6 min",
            "LINE;media;1:30:47",
            "LINE;media;6 min",
            "LINE;media;Video",
            "LINE;media;View image in fullscreen",
            "LINE;media;Hear this story read aloud (9 minutes)",
            "LINE;subscribe;Stay informed. Get breaking news alerts.",
            "LINE;subscribe;Get the latest headlines sent to you each weekday.",
            "LINE;subscribe;Receive our editor's picks each Friday",
            "LINE;subscribe;Want more stories like this? Get them by email.",
            "LINE;subscribe;Email alerts: get the stories you care about",
            "LINE;subscribe;I agree to the Terms and Privacy Policy",
            "LINE;subscribe;No spam, ever. Unsubscribe anytime.",
            "LINE;subscribe;Enter email",
            "LINE;related-list;Voters scraps library closures as costs soar | April 23, 2018",
            "LINE;related-list;5 hours ago · Union leaders braces for speed cameras",
            "LINE;related-list;The mayor backs minimum wage in surprise move - 23 hours ago",
            "LINE;related-list;08/24/2021 - Doctors Push For Heatwave Plan? Experts Are Split",
            "CAPTION;caption;Shoppers queue at the courthouse on Sunday. Hannah Brooks/AP",
            "CAPTION;caption;Workers repair the airport terminal on Wednesday. © AFP via Getty Images",
            "CAPTION;caption;The road to retiring early isn't easy.Kathrin Ziegler/Getty"})
    void interruptingFurnitureIsNamed(RuleKind kind, String code, String line) throws RuleException {
        ShippedRules.assertNames(kind, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The article continues a series on the city's housing crisis that began in March.",
            "Sponsored by the council, the festival drew 40,000 visitors over the weekend.",
            "Also on Tuesday, the board approved a new contract for the district's bus drivers.",
            "Catch up on sleep, the doctors advised, and the symptoms should ease within a week.",
            "The video, which lasted 6 minutes, was shared more than 726,000 times on Tuesday.",
            "Residents can get alerts about road closures by text, the county said.",
            "She said she would get them by email before the hearing on Friday.",
            "The company sent the headlines to every subscriber each morning for a decade, she said.",
            "“I agree with the mayor,” said Jane Doe, who chairs the committee.",
            "There was no spam filter on the account, investigators found.",
            "No spam calls reached the hotline after the change.",
            "The race was won in 2:05:41, a course record.",
            "The deal was signed in the U.S.Officials said the A/B split held.",
            "It ended in a draw. Smith/Jones, the doubles pair, won the next day.",
            "Further reading of the report shows the plan was never costed.",
            "See also the council's own figures, which tell a different story.",
            "Audio of the call, obtained by the paper, shows the mayor knew of the cracks.",
            "29 November 2018 | 20 January 2019",
            "June 23 -- Veterans United Home Loans Amphitheater, Virginia Beach, VA",
            "The festival runs from 29 November 2018 to 20 January 2019, organisers said.",
            "The vote passed 5-4. Council members Smith/Jones abstained on the second motion."})
    void storySentencesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
