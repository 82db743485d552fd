package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import com.google.re2j.MatchReach;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    @Test
    void parsesKeysReasonsAndPatternsSkippingComments() throws RuleException {
        var rules = RuleLoader.parse("a.rules", "# comment\n\nline share (share|tweet)\nselector nav nav, .menu\n");
        assertThat(rules).extracting(Rule::kind).containsExactly(RuleKind.LINE, RuleKind.SELECTOR);
        assertThat(rules.get(0).origin()).isEqualTo("a.rules:3");
        assertThat(rules.get(0).matches("Tweet")).isTrue();
        assertThat(rules.get(0).matches("share this")).isFalse();
    }

    @Test
    void wordClassesAreReadAsUnicodeSoALabelsPunctuationIsNoSentence() throws RuleException {
        var rule = RuleLoader.parse("a.rules", "line advertisement \\W*(реклама|광고)\\W*").get(0);
        assertThat(rule.matches("— Реклама —")).isTrue();
        assertThat(rule.matches("광고")).isTrue();
        assertThat(rule.matches("Реклама на федеральных каналах стоит дорого")).isFalse();
        assertThat(rule.matches("광고제휴문의 / 보도기사문의")).isFalse();
        assertThat(rule.pattern()).isEqualTo("\\W*(реклама|광고)\\W*");
    }

    @Test
    void unicodeWordClassesLeaveEscapesAndBracketsAlone() {
        assertThat(RuleLoader.unicodeWordClasses("\\w+\\\\W[\\w.-][^\\W]\\d"))
                .isEqualTo("[\\p{L}\\p{N}_]+\\\\W[\\p{L}\\p{N}_.-][^\\W]\\d");
        assertThat(RuleLoader.unicodeWordClasses("[]\\W]\\W[[:alpha:]\\w]"))
                .isEqualTo("[]\\W][^\\p{L}\\p{N}_][[:alpha:]\\p{L}\\p{N}_]");
    }

    @Test
    void aRegexRuleIsCompiledWithItsStartAnchoredAndMatchesTheSameWholeTexts() throws RuleException {
        Rule share = RuleLoader.parse("a.rules", "line share (share|print|email)(\\W+(share|print|email))*").get(0);
        assertThat(share.regex().pattern()).isEqualTo("^(?:(share|print|email)([^\\p{L}\\p{N}_]+(share|print|email))*)");
        assertThat(share.matches("Share | Print")).isTrue();
        assertThat(share.matches("Print the email of the day and share it")).isFalse();
        // \\Q quotes to the pattern's end: the anchored form would not compile, and the pattern is kept as it is
        Rule quoted = RuleLoader.parse("a.rules", "line quoted \\Qa+b").get(0);
        assertThat(quoted.regex().pattern()).isEqualTo("\\Qa+b");
        assertThat(quoted.matches("A+B")).isTrue();
        assertThat(quoted.matches("aab")).isFalse();
    }

    @Test
    void theShippedRulesAnchoredMatchTheSeedsLinesAsTheirRewrittenPatternsAlone() throws Exception {
        List<String> lines = new ArrayList<>();
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (String line : Files.readAllLines(seed)) {
                    String text = line.strip().replaceAll("\\s+", " ");
                    if (!text.isEmpty()) lines.add(text);
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(100);
        int matched = 0;
        for (Rule rule : RuleLoader.load(Path.of("rules")).all()) {
            if (rule.regex() == null) continue;
            String rewritten = RuleLoader.unicodeWordClasses(rule.pattern());
            Pattern alone = Pattern.compile(rewritten, Pattern.CASE_INSENSITIVE);
            // and the prefilter reads the same alternatives in it
            assertThat(MatchReach.branches(rule.regex().pattern(), true)).as(rule.origin())
                    .isEqualTo(MatchReach.branches(rewritten, true));
            for (String line : lines) {
                boolean matches = rule.matches(line);
                assertThat(matches).as(rule.origin() + " on " + line).isEqualTo(alone.matches(line));
                if (matches) matched++;
            }
        }
        assertThat(matched).isGreaterThan(10);
    }

    @Test
    void rejectsAnUnknownKeyNamingFileAndLine() {
        assertThatThrownBy(() -> RuleLoader.parse("a.rules", "\nlines share x"))
                .isInstanceOf(RuleException.class).hasMessageContaining("a.rules:2").hasMessageContaining("lines");
    }

    @Test
    void rejectsABadRegexAndABadSelectorAndABadReason() {
        assertThatThrownBy(() -> RuleLoader.parse("a.rules", "line share (unclosed"))
                .hasMessageContaining("a.rules:1").hasMessageContaining("regular expression");
        // one the anchoring's parentheses would balance
        assertThatThrownBy(() -> RuleLoader.parse("a.rules", "line share a)(b"))
                .hasMessageContaining("a.rules:1").hasMessageContaining("regular expression");
        assertThatThrownBy(() -> RuleLoader.parse("a.rules", "selector nav div[[["))
                .hasMessageContaining("a.rules:1").hasMessageContaining("selector");
        assertThatThrownBy(() -> RuleLoader.parse("a.rules", "line Share_It x"))
                .hasMessageContaining("a.rules:1").hasMessageContaining("reason");
        assertThatThrownBy(() -> RuleLoader.parse("a.rules", "line share"))
                .hasMessageContaining("KEY REASON PATTERN");
    }

    @Test
    void loadsEveryRulesFileOfAFolderInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.rules"), "line b b\n");
        Files.writeString(dir.resolve("a.rules"), "line a a\n");
        Files.writeString(dir.resolve("notes.md"), "line c c\n");
        assertThat(RuleLoader.load(dir).all()).extracting(Rule::code).containsExactly("a", "b");
    }

    @Test
    void aMissingPathIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleLoader.load(dir.resolve("nope"))).isInstanceOf(RuleException.class);
    }

    @Test
    void theShippedRulesLoad() throws RuleException {
        assertThat(RuleLoader.load(Path.of("rules")).size()).isGreaterThan(10);
    }

    @Test
    void theShippedRulesTakeAnAdSlotsMarkerWithItsContinueNote() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        for (String marker : new String[] {"ADVERTISING", "Advertisement - Continue Reading Below",
                "- Advertising - Story continues below", "Article continues after this ad"}) {
            assertThat(rules.firstMatch(RuleKind.LINE, marker)).as(marker).isNotNull();
            assertThat(rules.firstMatch(RuleKind.LINE, marker).code()).isEqualTo("advertisement");
        }
        assertThat(rules.firstMatch(RuleKind.LINE, "Advertising revenue fell by a third as the story continues to "
                + "unfold.")).isNull();
    }

    @Test
    void theShippedRulesTakeAShareBarsButtonsRunTogetherButNotProseNamingTheNetworks() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));

        assertTakenAs(rules, "share", "TweetShareEmail", "FacebookTwitterLinkedIn", "Share this articleFacebookTwitter",
            "Share this article Facebook Twitter", "ShareTweetPin");
        assertThat(rules.firstMatch(RuleKind.LINE, "The ministry later posted a statement on Twitter, and the mayor "
                + "shared a video of the scene on Facebook.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "Facebook and Twitter")).isNull();
    }

    @Test
    void theShippedRulesTakeAPaywallMeterNote() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));

        assertThat(rules.firstMatch(RuleKind.LINE, "You have read three of your five free articles this month. "
                + "Subscribe now for unlimited access to local news you can trust.").code()).isEqualTo("subscribe");
        assertThat(rules.firstMatch(RuleKind.LINE, "Readers said they had read three free articles on the site "
                + "before the paywall went up.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "You've reached your limit of free articles.").code())
                .isEqualTo("subscribe");
        // prose about a paywall, in the second person, is no meter note
        assertThat(rules.firstMatch(RuleKind.LINE, "Under the system, once you have read five free articles in a "
                + "month, a prompt asks you to subscribe, and the paper says about one in twenty readers who see it "
                + "does.")).isNull();
    }

    @Test
    void theShippedRulesTakeTheCommentFormsConsentLinesButNotProseAboutThem() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));

        assertTakenAs(rules, "comment-form",
            "Save my name, email, and website in this browser for the next time I comment.",
            "By submitting this form you agree to Example News using your data for the purposes of publishing your "
                    + "comment.",
            "Notify me of follow-up comments by email.", "Notify me of new posts via email.",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "Your email address will not be published. Required fields are marked *");
        assertThat(rules.firstMatch(RuleKind.LINE, "The company said by using this form you agree to nothing, and "
                + "critics said the browser saved names and email addresses without asking.")).isNull();
    }

    @Test
    void theShippedRulesTakeAHealthDisclaimerButNotProseAboutIt() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));

        assertTakenAs(rules, "disclaimer",
            "*These statements have not been evaluated by the Food and Drug Administration. These products are not "
                    + "intended to diagnose, treat, cure, or prevent any disease.",
            "Consult your physician before beginning any exercise program. The contents on our website are for "
                    + "informational purposes only, and are not intended to diagnose any medical condition.",
            "+Results vary depending on starting point, goals and effort. The testimonials featured may have used "
                    + "more than one product.");
        assertThat(rules.firstMatch(RuleKind.LINE, "Results vary by region, the survey found, and turnout was "
                + "highest in the north.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "\u201cThese statements have not been evaluated by the Food and "
                + "Drug Administration,\u201d the label says in small print.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "The agency said the data is for informational purposes only and "
                + "may change.")).isNull();
    }

    @Test
    void theShippedRulesTakeAPodcastsAnAppsAndAGallerysPromptsButNotAStoryAboutThem() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "podcast-promo", "Listen to our daily news podcast on Apple Podcasts or Spotify",
            "Tune in to our weekly science podcast on Google Podcasts.");
        assertTakenAs(rules, "app-promo", "Get the Valley Times app for breaking news alerts");
        assertTakenAs(rules, "gallery", "Image 4/23", "3 of 12 photos", "View gallery (15 photos)", "24 photos");
        assertThat(rules.firstMatch(RuleKind.LINE, "Listeners of the podcast doubled in 2019.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "Subscribers to the podcast can hear the full interview.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "The city got the app for its buses last year, officials said."))
                .isNull();
    }

    @Test
    void theShippedRulesTakeTheSitesNotesAndPromptsWordedAsOtherSitesWordThem() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "podcast-promo", "Never miss an episode of The Daily: follow the show on your podcast app");
        assertTakenAs(rules, "app-promo", "Stay informed on the go. Install the free Herald app on iPhone or Android.",
            "Read this story and more in the Courier app", "For all the latest World News, download the Herald App.",
            "Catch all the Business News and Latest News Updates on Mint.");
        assertTakenAs(rules, "media", "Audio is generated by AI. Let us know what you think.", "0:00 / 3:47",
            "00:00 / 1:02:15", "1.5x");
        assertTakenAs(rules, "contact", "Follow", "Follow Jane Doe", "Follow this author to be notified of new articles.",
            "Get email alerts when Jane Doe publishes a new story", "Got a confidential news tip? We want to hear from you.");
        assertTakenAs(rules, "correction", "The Herald is committed to correcting errors. Read our corrections policy.",
            "Our editorial standards", "Ethics policy");
        assertTakenAs(rules, "syndication", "(Except for the headline, this story has not been edited by Herald staff "
            + "and is published from a syndicated feed.)");
        assertTakenAs(rules, "print-note", "A version of this article appears in print on Nov. 20, 2019, Section A, "
            + "Page 12 of the New York edition with the headline: Council Votes.",
            "This article appeared in the print edition of The Herald on Tuesday.");
        assertTakenAs(rules, "disclaimer", "Opinions expressed by Herald contributors are their own.",
            "The views in this column are the author’s own.");
        assertTakenAs(rules, "subscribe", "If you value our reporting, please consider a contribution of any amount.",
            "You have 5 gift articles left this month.");
        assertTakenAs(rules, "comment-box", "What do you think? Let us know in the comments below.",
            "Comments are moderated and will appear after approval.");
        assertTakenAs(rules, "cookie-notice", "This site relies on cookies to work properly. Find out more.",
            "We’re using cookies to give you the best experience on our website.");
        assertTakenAs(rules, "related-list", "Also read — Storm leaves thousands without power",
            "SEE ALSO » Council approves new budget");
        assertTakenAs(rules, "source-link", "This story first appeared on The Herald.",
            "Originally published as: Storm leaves thousands without power");
        // a story's sentences about the same things
        for (String story : List.of("Residents can download the app to report potholes, the council said.",
                "Follow the money, investigators said.", "The views of residents are their own business, he said.",
                "The story appeared on page 3 of the Sunday edition, prompting complaints.",
                "Police urged anyone with information to tell us, the spokesman said.",
                "Comments are welcome until Friday, the council said.", "Also read by many: the mayor's letter.",
                "Scores: 2:1 / 3:0 after extra time, a 4x4 grid of seats.")) {
            assertThat(rules.firstMatch(RuleKind.LINE, story)).as(story).isNull();
        }
    }

    @Test
    void theShippedRulesTakeAPromoThatEndsAskingForANewsletterSignUpButNotAStoryAboutOne() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "subscribe",
            "Start your day with the Morning Briefing. It is the preferred reading of commuters. Sign up for the free "
                    + "daily newsletter.",
            "Want more stories like this? Subscribe to our weekly newsletter here.",
            "Get the best of the weekend in your inbox. Sign up today for the Saturday Edition newsletter!");
        // a story that reports sign-ups, or names a newsletter mid-sentence
        assertThat(rules.firstMatch(RuleKind.LINE, "The paper said 40,000 readers signed up for the newsletter in its "
                + "first week.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "Officials urged residents to stay indoors. Sign up for the county's "
                + "emergency alerts newsletter, the mayor said, and keep a radio at hand.")).isNull();
    }

    @Test
    void theShippedRulesTakeTheSitesLegalCookieAndNewsletterSentencesButNotAStoryAboutThem() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "legal",
            "This material may not be published, broadcast, rewritten or redistributed without permission.",
            "The material on this site may not be reproduced, distributed or cached, except with the prior written "
                    + "permission of Example Media.",
            "Use of this website constitutes acceptance of our Terms of Service and Privacy Policy.",
            "By clicking Subscribe you agree to our Privacy Policy.",
            "Your privacy is important to us. We have updated our privacy policy to explain how we use data.");
        assertTakenAs(rules, "correction",
            "The Example Post is committed to accuracy. If you see an error in a story, please contact our desk.");
        assertTakenAs(rules, "cookie-notice",
            "We and our partners use cookies and similar technologies to store information on your device.",
            "Some cookies are necessary for the site to work. Learn more about how we use cookies in our policy.");
        assertTakenAs(rules, "subscribe",
            "Start your day with the news you need. Our free newsletter lands in your inbox every morning.",
            "Don't miss a story. Enter your email address to receive our breaking news alerts.",
            "Stay informed: sign up for our weekly newsletter to get the top stories every Friday.",
            "Our journalism depends on readers like you. Subscribe today for unlimited digital access.");
        // a story that tells of such notices, or quotes one
        assertThat(rules.firstMatch(RuleKind.LINE, "Under the court order, the names of the two boys may not be "
                + "published.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "The bakery said the first batch of cookies sold out within an "
                + "hour on Saturday.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "\"By continuing, you agree to our terms,\" the app's screen "
                + "read, and most users tapped on without reading further.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "The company said on Tuesday it had updated its privacy policy "
                + "after the regulator's ruling.")).isNull();
    }

    @Test
    void theShippedRulesTakeAConsentNoticeThatQuotesItsButtonsButNotAStoryAboutOne() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "cookie-notice",
            "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.",
            "We value your privacy. Click “Accept all” to consent, or “Manage options” to choose.",
            "We and our partners store and/or access information on your device. Select “Agree” to continue.",
            "Cookies Settings");
        // a story that tells of consent banners speaks of users, not to "you"
        assertThat(rules.firstMatch(RuleKind.LINE, "Regulators say users who click “Accept all” often do not "
                + "know what they agreed to, and sites must make “Reject all” as easy to find.")).isNull();
    }

    @Test
    void theShippedRulesTakeAConsentNoticeThatNamesNoButtonButNotAStoryAboutCookies() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "cookie-notice",
            "Cookies help us run this site. By using it, you accept the site’s cookie policy.",
            "By continuing to browse, you agree to the use of cookies.",
            "Cookies help us deliver our services.");
        // a story that tells of cookies or quotes a notice
        assertThat(rules.firstMatch(RuleKind.LINE, "Researchers found that cookies help users stay logged in, "
                + "but most people never read a cookie policy.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "“By using it, you accept the site’s cookie policy,” the banner "
                + "read.")).isNull();
    }

    @Test
    void theShippedRulesReadACurlyApostropheAsAStraightOne() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertThat(rules.firstMatch(RuleKind.TAIL, "Don’t miss").code()).isEqualTo("related-list");
        assertTakenAs(rules, "legal", "We’ve updated our privacy policy to explain how we use data.");
    }

    @Test
    void theShippedRulesKeepAnUpdateNoteAndACorrectionPrintedWithTheStory() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        for (String note : List.of("This story has been updated to include a statement from the council.",
                "This article was updated at 5:45 p.m. with details from the hearing.",
                "Correction: An earlier version of this story misspelled the name of the mayor.",
                "Editor’s note: This story has been updated.")) {
            assertThat(rules.firstMatch(RuleKind.LINE, note)).as(note).isNull();
        }
    }

    @Test
    void theShippedRulesTakeAHeadlineInCapitalsButNotASubheadingQuestionOrTableRow() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "related-list",
            "COUNCIL CLOSES THE OLD BRIDGE AS 'UNSAFE' REPAIRS DRAG ON INTO WINTER",
            "'VALLEY IDOL' JUDGE OPENS UP ABOUT HER SERIOUS HEALTH CONDITION, SAYS SHE IS FINE",
            "A LONG, DRAWN OUT HISTORY OF THE MAYOR'S FEUDS");
        // a subheading in capitals, a shouted question or sentence, a row of figures, a headline in lower case
        assertThat(rules.firstMatch(RuleKind.LINE, "HOW TO MAKE THE JAM AT HOME")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "WHAT DID YOU THINK WHEN THEY CLOSED THE OLD BRIDGE?")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "THE COUNCIL HAS CLOSED THE OLD BRIDGE TO ALL TRAFFIC.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "2019 14 11 6 15 44 12 9 30")).isNull();
        // a subheading in capitals that introduces what follows
        assertThat(rules.firstMatch(RuleKind.LINE, "HERE IS WHAT THE COUNCIL SAID ABOUT THE OLD BRIDGE:")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "Council closes the old bridge as unsafe repairs drag on into "
                + "winter")).isNull();
    }

    @Test
    void theShippedRulesTakeALongTrademarkNotice() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        String notice = "Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered trademarks of "
                + "Apple Inc. Roku is a registered trademark of Roku, Inc. in the United States and other countries. "
                + "Amazon, Kindle, Fire, and all related logos are trademarks of Amazon.com or its affiliates. "
                + "Chrome, Chromecast, and the Chrome logo are trademarks of Google Inc.";
        assertThat(rules.firstMatch(RuleKind.LINE, notice)).isNotNull();
        assertThat(rules.firstMatch(RuleKind.LINE, notice).code()).isEqualTo("legal");
    }

    @Test
    void theShippedHealthDisclaimersStartTheirSentenceAndSpareAStoryNamingThem() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertThat(rules.firstMatch(RuleKind.LINE, "\u2020These statements have not been evaluated by the FDA.")).isNotNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "Disclaimer: These statements have not been evaluated by the Food "
                + "and Drug Administration.")).isNotNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "All content on this site is for informational purposes only.")).isNotNull();
        // a story about the notice, in its own words: the notice does not start the sentence
        assertThat(rules.firstMatch(RuleKind.LINE, "Sellers need only print that these statements have not been "
                + "evaluated by the Food and Drug Administration, and a study published on Monday found that most "
                + "buyers never read the label at all.")).isNull();
        // a story's "results vary … not guaranteed" is no testimonial notice
        assertThat(rules.firstMatch(RuleKind.LINE, "Results vary widely between clinics, and success is not "
                + "guaranteed, doctors warned on Tuesday, citing a review of 40,000 treatments.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "The regulator said the information is for informational purposes "
                + "only and could not be relied on, but the court found the bank had used it to sell the bonds.")).isNull();
    }

    @Test
    void theShippedTrademarkRuleSparesAStoryParagraphThatNamesOneTrademark() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        String paragraph = "Tesla argued that Autopilot is a registered trademark of the company and that the "
                + "plaintiffs had misused the name. The judge disagreed on Tuesday, saying the drivers who bought "
                + "the cars had been led to believe the system could steer itself on any road, and that the company "
                + "had done little to correct them. The case now goes to a jury, which will hear from a dozen owners "
                + "and two former engineers next month.";
        assertThat(rules.firstMatch(RuleKind.LINE, paragraph)).isNull();
    }

    @Test
    void theShippedRulesTakeAnAffiliateDisclosureButNotProseAboutCommissions() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));

        assertTakenAs(rules, "disclaimer",
            "Space is supported by its audience. When you purchase through links on our site, we may earn an "
                    + "affiliate commission. Learn more",
            "We may earn a commission when you buy through links on our site.",
            "We earn a commission for products purchased through some links in this article.");
        assertThat(rules.firstMatch(RuleKind.LINE, "The health commission said on Monday that we may see more "
                + "cases before the winter.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "\"I earn a commission on every house I sell,\" the agent "
                + "said.")).isNull();
        // Quotes in a story about sales staff or influencers: the site's own disclosure quotes nobody.
        assertThat(rules.firstMatch(RuleKind.LINE, "\u201cI get a commission on every sale, so I push the extended "
                + "warranty,\u201d said a former employee of the chain.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "\u201cWhen readers buy through my links, I earn a commission,\u201d "
                + "said Smith, who runs a popular food blog.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "\"We make a commission on each policy we sell, and on every "
                + "purchase of an add-on,\" the broker said.")).isNull();
    }

    @Test
    void theShippedRulesTakeARowOfTagsSetApartByBarsButNotARowOfAStorysTable() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        for (String row : new String[] {"Politics · Courts · Elections", "Home | News | Sport | Weather",
                "2020 Election • Congress • Senate races", "Tech | Apple | iPhone 15"}) {
            assertThat(rules.firstMatch(RuleKind.LINE, row)).as(row).isNotNull();
            assertThat(rules.firstMatch(RuleKind.LINE, row).code()).as(row).isEqualTo("tag-list");
        }
        for (String row : new String[] {"2014 | 4,344 | +5%", "West | 12,362 | 49%", "Jane Doe | 30,524 | -13%",
                "Kerrigan | 16,558 | 21"}) {
            assertThat(rules.firstMatch(RuleKind.LINE, row)).as(row).isNull();
        }
    }

    @Test
    void theShippedRulesEndTheStoryAtATagListsBareHeadingButNotAtASentenceAboutTopics() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        for (String heading : new String[] {"Tags:", "Topics", "Filed under:", "Tagged with:", "Related Tags:"}) {
            assertThat(rules.firstMatch(RuleKind.TAIL, heading)).as(heading).isNotNull();
        }
        assertThat(rules.firstMatch(RuleKind.TAIL, "Tags:").code()).isEqualTo("tag-list");
        assertThat(rules.firstMatch(RuleKind.TAIL, "Topics of the summit include trade and climate.")).isNull();
        assertThat(rules.firstMatch(RuleKind.TAIL, "Tagged wolves")).isNull();
    }

    @Test
    void theShippedRulesTakeSharePromptsNewsletterPromptsAndCutOffTeasers() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "share", "Sharing is caring!");
        assertTakenAs(rules, "media", "Thanks for watching!Visit Website", "Thanks for watching!");
        assertTakenAs(rules, "subscribe", "Sign Up for e-mail newsletters", "Subscribe to email newsletters");
        assertTakenAs(rules, "teaser", "In recent months, hundreds of people in the U.S. have become acutely sick and "
                + "have even died due to Read more", "Sonia Gandhi gives nod to alliance: Reports - Read More »»");
        // a story's sentence about reading more, or about a newsletter
        assertThat(rules.firstMatch(RuleKind.LINE, "Children who are read to at home go on to read more.")).isNull();
        assertThat(rules.firstMatch(RuleKind.LINE, "Readers who sign up for newsletters read more, the study found."))
                .isNull();
    }

    @Test
    void theShippedTeaserRuleTakesASummaryCutOffBeforeItsLinkButNotAParagraphThatEndsItsSentenceFirst()
            throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        // another story's summary, cut off mid-sentence (or in an ellipsis) before the link to it
        assertTakenAs(rules, "teaser", "Residents who were moved out of the flats last spring say they have still not "
                + "been told when Read more", "The council has approved the plan to close the old bridge to all... "
                + "Read more", "The council has approved the plan to close the old bridge to all traffic until "
                + "\u2018further notice\u2019 READ MORE", "The council has approved the plan to close the old bridge "
                + "to all\u2026 Read more", "The council's leader said the bridge would close \u201cuntil...\u201d Read "
                + "more", "The council has approved the plan to close the old bridge [...] Read More");
        // the story's own paragraph, whole, with the link that expands the rest of the story below it
        for (String paragraph : new String[] {
            "The bridge will close to all traffic from Friday, the council said on Monday. Read more",
            "The bridge will close to all traffic from Friday, the council said on Monday.Read more",
            "\u201cWe had no choice,\u201d the council's leader said. \u201cThe bridge is not safe.\u201d Read More \u00bb",
            "Will the bridge ever open again? Read more",
            "Nobody expected the bridge to close so soon! READ MORE"}) {
            assertThat(rules.firstMatch(RuleKind.LINE, paragraph)).as(paragraph).isNull();
        }
    }

    @Test
    void theShippedRulesTakeAWireCreditInBracketsADonationPromptAndABylineWithItsDate() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "credit", "(Reporting by Greg Roumeliotis, with reporting by Herb Lash, editing by Martin "
                + "Howell.)", "(Editing by Tom Brown)");
        assertTakenAs(rules, "subscribe", "Do you rely on Snopes reporting? Click here to support it.");
        assertThat(rules.firstMatch(RuleKind.LINE, "The charity said readers could click here to support it, but few "
                + "did so before the deadline passed in May.")).isNull();
        Rule byline = rules.firstMatch(RuleKind.BYLINE, "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.");
        assertThat(byline).isNotNull();
        assertThat(rules.firstMatch(RuleKind.BYLINE, "By Jane Doe on the steps of City Hall, where she waited.")).isNull();
    }

    @Test
    void theShippedRulesTakeInOtherNewsForARelatedListsHeadingButNotASentenceOpeningWithIt() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        for (String heading : new String[] {"In other news", "IN OTHER NEWS:", "Also in the news"}) {
            assertThat(rules.firstMatch(RuleKind.TAIL, heading)).as(heading).isNotNull();
        }
        assertThat(rules.firstMatch(RuleKind.TAIL, "In other news, the council voted to close the old bridge.")).isNull();
    }

    @Test
    void theShippedBylineRuleTakesTheDateAfterTheNameAndKeepsTheNameAlone() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        for (String line : new String[] {"By Joseph Tsidulko November 19, 2019, 07:47 PM EST",
                "By Jane Doe Nov. 19, 2019 7:47 p.m.", "By Jane Doe 19 November 2019, 08:00 GMT"}) {
            var page = wirewash.clean.Pages.run(wirewash.clean.Pages.text(line + "\n\n" + wirewash.clean.Pages.PROSE_1),
                    new wirewash.clean.filters.BylineRuleFilter(rules));
            assertThat(wirewash.clean.Pages.kept(page)).as(line).containsExactly(wirewash.clean.Pages.PROSE_1);
            assertThat(page.metadata().byline()).as(line).isIn("Joseph Tsidulko", "Jane Doe");
        }
        assertThat(rules.firstMatch(RuleKind.BYLINE, "By Jane Doe November 19, 2019, the council had voted twice on "
                + "the bridge, and it would vote again.")).isNull();
    }

    @Test
    void theShippedBylineRulesTakeTheWaysBlogsAndNewsSitesSignAndKeepTheNameAlone() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        String[][] cases = {
            {"Posted by Jane Doe on November 19, 2019, 6:21 AM EST", "Jane Doe"},
            {"By Jane Doe@jdoe Nov 18, 2019, 11:47am EST", "Jane Doe"},
            {"By Troy L. Smith, Cleveland.com", "Troy L. Smith"},
            {"By Staff Reports -", "Staff Reports"},
            {"By Jane Doe - 2018-09-16", "Jane Doe"},
            {"By Jane Doe On 11/13/19 at 4:00 PM EST", "Jane Doe"},
            {"By Jane Doe jdoe@herald.com(509) 459-5382", "Jane Doe"},
            {"Posted by Jane Doe jane.doe@example.org", "Jane Doe"},
            {"Written by Jane Doe", "Jane Doe"},
            {"Monday November 18, 2019 7:45 am PST by Joe Rossignol", "Joe Rossignol"},
            {"11/19/2019 by Lars Brandle", "Lars Brandle"},
            {"5:45 AM PST 11/19/2019 by Patrick Shanley", "Patrick Shanley"},
            {"October 9, 2018 | by Olivia Larsen", "Olivia Larsen"},
            {"Tom Krisher, AP Auto Writer", "Tom Krisher"},
            {"Meg Kinnard and Errin Haines, Associated Press", "Meg Kinnard and Errin Haines"},
            {"Bruce Y. Lee Senior Contributor", "Bruce Y. Lee"},
            {"Jane Doe, Columnist", "Jane Doe"},
            {"Chris Davies - Nov 19, 2019, 10:31 pm CST", "Chris Davies"},
            {"Jane Doe · 19 November 2019", "Jane Doe"},
            {"Catherine Shu @catherineshu / 2 days", "Catherine Shu"},
            {"Keris Lahiff@kerisalison", "Keris Lahiff"}};
        for (String[] c : cases) {
            var page = wirewash.clean.Pages.run(wirewash.clean.Pages.text(c[0] + "\n\n" + wirewash.clean.Pages.PROSE_1),
                    new wirewash.clean.filters.BylineRuleFilter(rules));
            assertThat(wirewash.clean.Pages.kept(page)).as(c[0]).containsExactly(wirewash.clean.Pages.PROSE_1);
            assertThat(page.metadata().byline()).as(c[0]).isEqualTo(c[1]);
        }
        for (String sentence : new String[] {"By Tuesday, the council had voted to close the bridge.",
                "The bridge was built in 1852 by Isambard Brunel.", "By then, Herald.com had 2 million readers.",
                "On November 19, 2019 by law the council had to vote again.",
                "Edited by Jane Doe", "Additional reporting by Jane Doe", "John Locher, AP",
                "Follow Jane Doe @janedoe", "Jane Doe, the senator's chief of staff, said the vote was close.",
                "Fed Holds Interest Rates - Nov 19, 2019", "Jane Doe, AP Photo", "Al Goldis, Associated Press",
                "Al Jazeera Correspondent"}) {
            assertThat(rules.firstMatch(RuleKind.BYLINE, sentence)).as(sentence).isNull();
        }
    }

    @Test
    void theShippedRulesTakeACreditRunOnToItsCaption() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        for (String caption : new String[] {"Beijing Chaoyang Hospital, where plague patients sought treatmentCredit: EPA",
            "The latest case was reported after a hunter ate a rabbitCredit: Getty - Contributor"}) {
            assertThat(rules.firstMatch(RuleKind.CAPTION, caption)).as(caption).isNotNull();
        }
        assertThat(rules.firstMatch(RuleKind.CAPTION, "The bank said it would extend the Credit: a loan of "
                + "two million dollars. It did so on Monday.")).isNull();
    }

    @Test
    void theShippedRulesTakeACaptionSayingWhatThePictureShowsButNotAStorySentenceAboutAVideo() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        for (String caption : new String[] {"An artist's concept of Blue Origin's Blue Moon lander.",
            "This Sierra Nevada Corp. illustration shows a concept of the company's lunar lander for NASA.",
            "Above: A WeWork coworking space in San Francisco."}) {
            assertThat(rules.firstMatch(RuleKind.CAPTION, caption)).as(caption).isNotNull();
        }
        for (String caption : new String[] {"This March 28, 2017, file photo, provided by the New York State Sex "
                + "Offender Registry shows Jeffrey Epstein.", "This undated photo provided by the police shows the car.",
            "This illustration of SpaceX's concept for a lunar lander shows how private operators could go back."}) {
            assertThat(rules.firstMatch(RuleKind.CAPTION, caption)).as(caption).isNotNull();
        }
        assertThat(rules.firstMatch(RuleKind.CAPTION, "The video shows officers racing up a staircase, converging "
                + "outside the suspect's room and banging on the door.")).isNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "The artist's concept was rejected by the council.")).isNull();
        // a story's sentence about a photo: no wire caption's "file", "undated", "handout" or "provided by"
        assertThat(rules.firstMatch(RuleKind.CAPTION, "This photo, taken by a neighbour on Tuesday, shows the bridge "
                + "cracked in two places, and engineers say it confirms their warnings from last year.")).isNull();
    }

    @Test
    void theShippedRulesTakeAnAuthorBoxHeadingButNotASubheadingAboutWriters() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));

        for (String heading : new String[] {"About the author", "About the Author: Jane Doe covers city hall.",
            "About the writer Jane Doe", "ABOUT THE CONTRIBUTORS"}) {
            assertThat(rules.firstMatch(RuleKind.TAIL, heading)).as(heading).isNotNull();
            assertThat(rules.firstMatch(RuleKind.TAIL, heading).code()).as(heading).isEqualTo("author-box");
        }
        assertThat(rules.firstMatch(RuleKind.TAIL, "About the writers' demands")).isNull();
        assertThat(rules.firstMatch(RuleKind.TAIL, "About the writers and their demands")).isNull();
    }

    @Test
    void readsAGenericElementHidingLineAsASelectorRule() throws Exception {
        Rule rule = RuleLoader.parse("html.rules", "##.promo-box").get(0);

        assertThat(rule.kind()).isEqualTo(RuleKind.SELECTOR);
        assertThat(rule.code()).isEqualTo(RuleLoader.ADBLOCK_CODE);
        assertThat(rule.origin()).isEqualTo("html.rules:1");
        assertThat(rule.appliesTo("news.example.com")).isTrue();
    }

    @Test
    void limitsADomainScopedLineToThoseHostsAndTheirSubdomains() throws Exception {
        Rule rule = RuleLoader.parse("html.rules", "example.com,other.org##.teaser").get(0);

        assertThat(rule.appliesTo("www.example.com")).isTrue();
        assertThat(rule.appliesTo("other.org")).isTrue();
        assertThat(rule.appliesTo("notexample.com")).isFalse();
        assertThat(rule.appliesTo(null)).isFalse();
    }

    @Test
    void excludesTheTildeHosts() throws Exception {
        Rule rule = RuleLoader.parse("html.rules", "~example.com##.teaser").get(0);

        assertThat(rule.appliesTo("example.com")).isFalse();
        assertThat(rule.appliesTo("other.org")).isTrue();
    }

    @Test
    void keepsTheKeyedSyntaxAndComments() throws Exception {
        List<Rule> rules = RuleLoader.parse("x.rules", "# comment\n## a heading comment\nselector share .share\n");

        assertThat(rules).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("share"));
    }

    @Test
    void rejectsABadSelectorInARulesFileWithFileAndLine() {
        assertThatThrownBy(() -> RuleLoader.parse("x.rules", "\n##div[[")).isInstanceOf(RuleException.class)
                .hasMessageStartingWith("x.rules:2");
    }

    @Test
    void loadsSelectorsThatMatchAnElementByItsOwnText() throws Exception {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(
                "<div id=label>Advertisement<p>The story goes on here.</p></div><p id=story>An advertisement law.</p>");
        List<Rule> rules = RuleLoader.parse("x.rules", "selector advertisement div:containsOwn(advertisement)\n"
                + "selector advertisement div:matchesOwn(^Advert)\n"
                + "selector advertisement div:has(> ::text:contains(advertisement))\n");

        for (Rule rule : rules) {
            assertThat(doc.select(rule.selector())).as(rule.pattern()).extracting(e -> e.id())
                    .containsExactly("label");
        }
    }

    @Test
    void rejectsMatchTextWithFileLineAndTheSelectorsThatReplaceIt() {
        assertThatThrownBy(() -> RuleLoader.parse("x.rules", "\nselector advertisement div:matchText:contains(ad)"))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("x.rules:2")
                .hasMessageContaining(":containsOwn").hasMessageContaining(":has(> ::text");
    }

    @Test
    void skipsNetworkRulesExceptionsAndUnknownSyntaxInAFilterList(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("easylist.txt"), "[Adblock Plus 2.0]\n! Title: test\n||ads.example.com^\n"
                + "example.com#@#.ad\n##div:-abp-has(.x)\n##.sponsor-box\n");

        RuleSet rules = RuleLoader.load(dir);

        assertThat(rules.all()).singleElement().satisfies(r -> assertThat(r.origin()).endsWith("easylist.txt:6"));
    }

    @Test
    void theShippedRulesTakeAppealsBlurbsAndThreadNoticesWordedWithoutTheirUsualWordsButNotAStory()
            throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "subscribe",
            "Quality reporting is expensive to produce. Thousands of readers already support the Valley Bugle each "
                    + "month; join them and help keep our work free for everyone.");
        assertTakenAs(rules, "about-site",
            "The Valley Bugle has served readers in the upper valley since 1977. It is published by Harrington Media "
                    + "Group.");
        assertTakenAs(rules, "comment-box",
            "Please keep the discussion civil. Read our community guidelines before posting.",
            "Comments on this story are open for 48 hours.");
        for (String story : List.of(
                "Thousands of readers already support the campaign, and organisers urged others to join them.",
                "The Bugle has served readers in the valley since 1977, and its new owner promised to keep it going.",
                "Council members asked residents to keep the discussion civil at Monday's meeting.")) {
            assertThat(rules.firstMatch(RuleKind.LINE, story)).as(story).isNull();
        }
    }

    @Test
    void theShippedRulesTakeTheSitesNoticesWrittenAsParagraphsButNotAStoryAboutThem() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "about-site",
            "The Valley Bugle is a nonprofit, nonpartisan news organization that reports on the towns of the upper "
                    + "valley. It was founded in 2009 and is funded by readers and foundations.",
            "We are an independent, reader-funded newsroom. Our journalists answer to our readers alone.",
            "Who we are", "BEFORE YOU GO...");
        assertTakenAs(rules, "subscribe",
            "Journalism like this is only possible with the support of readers like you. Please consider a donation "
                    + "of any amount today.",
            "Your tax-deductible contribution keeps our reporting free to everyone who needs it.",
            "Our weekly newsletter collects the week's best stories and sends them to you every Saturday.");
        assertTakenAs(rules, "ai-note",
            "This article was produced with the help of AI and checked by our editors before publication.",
            "Our newsroom uses artificial intelligence only to transcribe recordings; people write every story.");
        assertTakenAs(rules, "share",
            "You may republish this story for free, online or in print, as long as you credit the reporter.");
        assertTakenAs(rules, "comment-box",
            "Comments are welcome, but please keep them civil. Posts with slurs or spam will be removed without notice.");
        assertTakenAs(rules, "disclaimer",
            "The information on this site is provided for general information only and should not be relied on as "
                    + "medical advice.",
            "This column does not constitute investment advice. Readers should do their own research.",
            "Nothing on this website should be read as a recommendation to buy or sell any security.");
        assertTakenAs(rules, "contact",
            "Our letters page is open to every reader. We would love to hear your views on this story or any other.");
        assertTakenAs(rules, "correction",
            "We adhere to the editorial guidelines of the National Press Council and correct our errors promptly.");
        assertThat(rules.firstMatch(RuleKind.TAIL, "Meet the reporter").code()).isEqualTo("author-box");
        // the same words in a story: quoted, reported, or about someone else's newsroom
        for (String story : List.of(
                "\u201cWe rely on donations from people like you,\u201d the shelter's director told reporters on Monday.",
                "The museum is a nonprofit institution that relies on donations from its members.",
                "The company said the posts were removed because they broke its rules on hate speech.",
                "Researchers found that chatbots produced convincing fake stories in seconds.",
                "The agency said the data is for informational purposes only and may change.",
                "The court ruled that the letter does not constitute legal advice to the city.",
                "The paper refused to reprint the cartoon, and its publisher resigned a week later.",
                "Our reporters spent six months reviewing court records from three counties.",
                "The insurer said its AI tools would speed up human review of claims by half.",
                "Facebook said posts and comments that violate its policies will be removed within a day.",
                "The paper reprinted the cartoon without credit, the artist said on Tuesday.")) {
            assertThat(rules.firstMatch(RuleKind.LINE, story)).as(story).isNull();
        }
    }

    @Test
    void theShippedRulesTakeBelowStoryAppealsAndPolicyNotesButNotAStoryAboutThem() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "subscribe",
            "Local reporting is hard work and we can't do it without you. Become a supporter and keep our coverage "
                    + "going.",
            "Please make a one-time gift today and help us hold the powerful accountable.",
            "This newsletter is paid for by the support of our readers. Thank you for being one of them.");
        assertTakenAs(rules, "correction",
            "Found an error? We want to get every fact right, and we fix our mistakes in the open, at the foot of the "
                    + "story, as soon as we can.",
            "Our correction policy: errors of fact are corrected as soon as they are confirmed, and noted on the story.",
            "Accuracy is important to us. Tell us what we got wrong through the form below.");
        assertTakenAs(rules, "about-site",
            "Our newsroom is editorially independent of the foundation that funds it.");
        // the same words in a story: reported, quoted, or about someone else's newsroom
        for (String story : List.of(
                "The new wing was made possible by the support of donors across the state, the museum said.",
                "The union said it could not hold the powerful to account without a free press.",
                "Accuracy matters in a census, and the bureau said its count would be checked twice.",
                "The newsroom operates from a converted warehouse on the edge of town.",
                "He said the charity could not do it without the volunteers who turn up every Saturday.")) {
            assertThat(rules.firstMatch(RuleKind.LINE, story)).as(story).isNull();
        }
    }

    /** Each line is taken by a line rule of the shipped rules, with the code given. */
    @Test
    void theShippedRulesTakeAPrinterFriendlyPagesNotesButNotAStoryAboutPrinting() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "print-version", "Article printed from The Herald: https://www.herald.example/2019/11/council",
            "Printed from WSJ: https://www.wsj.com/articles/is-football-violence-a-crime-11574121884",
            "URL to article: https://www.herald.example/2019/11/council", "URLs in this post:", "Find this article at:",
            "Source URL: https://www.herald.example/node/12", "This article can be found at:",
            "Check the box to include the list of links referenced in the article.", "Close window",
            "Close this window");
        for (String story : List.of("The gun was printed from a file downloaded online, police said.",
                "Printed from a file downloaded online, the gun fired one shot.",
                "Find this article at the library, she said: it is in the archive.",
                "The source URL was hidden in the code, researchers found.",
                "Close the window before you leave, the council urged residents.")) {
            assertThat(rules.firstMatch(RuleKind.LINE, story)).as(story).isNull();
        }
    }

    @Test
    void theShippedRulesTakeALegacyPagesNumericStampsButNotAStorysSentences() throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "dateline", "Posted 6/20/06 3:32 AM", "Updated on 06/20/2006",
            "Published: 2006-06-20 15:32", "Last updated 11.03.2019 at 9:08 pm EST");
        for (String story : List.of("Posted 6/20/06 on the forum, the message was seen by thousands.",
                "Updated figures on 06/20/2006 showed a rise, the ministry said.",
                "Published 6/20/06 by a small press in Ohio, the book sold out in a week.")) {
            assertThat(rules.firstMatch(RuleKind.LINE, story)).as(story).isNull();
        }
    }

    @Test
    void theShippedRulesTakeACommentBoxsGuidelinesAndButtonAndARowOfSocialNetworksButNotAStory()
            throws RuleException {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertTakenAs(rules, "comment-box", "We value your opinion. Be respectful and stay on topic.",
            "Please be civil.", "Keep it civil!", "Be respectful and keep it on topic.");
        assertTakenAs(rules, "comment-form", "Post comment", "Submit a comment", "Write a reply");
        assertTakenAs(rules, "share", "Facebook TikTok", "Facebook Instagram YouTube");
        for (String story : List.of("Be respectful of local customs when you travel abroad.",
                "Officials urged fans to be respectful and stay on topic at the hearing.",
                "\"Be respectful,\" the coach said.",
                "He did not post a comment on the decision, his spokesman said.")) {
            assertThat(rules.firstMatch(RuleKind.LINE, story)).as(story).isNull();
        }
    }

    private static void assertTakenAs(RuleSet rules, String code, String... lines) {
        for (String line : lines) {
            assertThat(rules.firstMatch(RuleKind.LINE, line)).as(line).isNotNull();
            assertThat(rules.firstMatch(RuleKind.LINE, line).code()).as(line).isEqualTo(code);
        }
    }
}
