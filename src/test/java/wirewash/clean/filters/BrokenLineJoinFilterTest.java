package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;

class BrokenLineJoinFilterTest {
    @Test
    void joinsOnToALinksAddressAndOnAfterIt() {
        // once joined, the paragraph still starts with its first line's words, not with the address joined last
        var page = Pages.run(Pages.text("Read the full report at\n\nwww.example.com/report and\n\nthe appendix at\n\n"
                + "www.example.com/appendix."), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Read the full report at www.example.com/report and the appendix "
                + "at www.example.com/appendix.");
    }

    @Test
    void joinsAVeryLongBrokenParagraphAtOnce() {
        StringBuilder dump = new StringBuilder("It began");
        StringBuilder joined = new StringBuilder("It began");
        for (int i = 0; i < 40_000; i++) {
            String line = i % 2 == 0 ? "and went on to" : "the town hall with the others of";
            dump.append("\n\n").append(line);
            joined.append(' ').append(line);
        }
        dump.append("\n\nthe day.\n\nA new paragraph.");
        joined.append(" the day.");
        var page = Pages.run(Pages.text(dump.toString()), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly(joined.toString(), "A new paragraph.");
    }

    @Test
    void lastWordsOfALongTextAreReadFromItsEnd() {
        String text = "word ".repeat(500) + "the rest of";
        assertThat(BrokenLineJoinFilter.lastWords(new StringBuilder(text), 3)).endsWith("the", "rest", "of");
        assertThat(BrokenLineJoinFilter.lastWords("of", 3)).containsExactly("of");
    }

    @Test
    void keepsATextBrowsersNestedListItemsApart() {
        // lynx's bullet of a nested list is a lower-case "o": two items in a row are not a sentence going on
        var page = Pages.run(Pages.text("You are at:\n\n    o Home\n    o Fact Check\n"
                + "    o Fact Check: Is An Oxygen Bar In Delhi Offering Fresh Air?\n\nThe mayor said that\n"
                + "o Governo would pay."), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("You are at:", "o Home", "o Fact Check",
                "o Fact Check: Is An Oxygen Bar In Delhi Offering Fresh Air?", "The mayor said that o Governo would pay.");
        assertThat(BrokenLineJoinFilter.opensBrowserBullet("o Home")).isTrue();
        assertThat(BrokenLineJoinFilter.opensBrowserBullet("o governo")).isFalse();
    }

    @Test
    void joinsASentenceBrokenAroundALinkedName() {
        var page = Pages.run(Pages.text("On Monday, President\n\nVladimir Putin\n\ndefended the deployment of troops."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("On Monday, President Vladimir Putin defended the deployment of troops.");
    }

    @Test
    void joinsTheRestOfASentenceThatOpensWithTheMarkAfterALink() {
        // a dump with each text node on its own line: the link ends the line, the mark after it opens the next
        var page = Pages.run(Pages.text("The best deals include MacBooks from $700 at Amazon\n. You'll also find\n"
                + "AirPods on sale\n; the offer ends today.\nLikes: 12\n\nThe shop opens at nine.\n\n. NET developers"),
                new BrokenLineJoinFilter());
        // "AirPods on sale", a link, joins the sentence it stands in: the rest below opens with the mark after it
        assertThat(Pages.kept(page)).containsExactly("The best deals include MacBooks from $700 at Amazon. You'll also find "
                + "AirPods on sale; the offer ends today.", "Likes: 12", "The shop opens at nine.", ". NET developers");
    }

    @Test
    void joinsALinksTextOfAnyLengthBetweenTheTwoPartsOfItsSentence() {
        var page = Pages.run(Pages.text("Today only, Amazon offers\nApple's 12-inch MacBook in refurbished condition for $700"
                + "\n. You'll also find more deals below.\n\nSee the full list of offers.\nPrices checked on Monday\n"
                + ". Stock may run out."), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Today only, Amazon offers Apple's 12-inch MacBook in refurbished "
                + "condition for $700. You'll also find more deals below.", "See the full list of offers.",
                "Prices checked on Monday. Stock may run out.");
    }

    @Test
    void opensWithPunctuationOnlyForAMarkThenASpaceAndAWordOrTheMarkAlone() {
        assertThat(BrokenLineJoinFilter.opensWithPunctuation(". You'll")).isTrue();
        assertThat(BrokenLineJoinFilter.opensWithPunctuation(" , and")).isTrue();
        assertThat(BrokenLineJoinFilter.opensWithPunctuation(".")).isTrue();
        assertThat(BrokenLineJoinFilter.opensWithPunctuation(".NET 8 is out")).isFalse();
        assertThat(BrokenLineJoinFilter.opensWithPunctuation("... and then")).isFalse();
        assertThat(BrokenLineJoinFilter.opensWithPunctuation("- item")).isFalse();
        assertThat(BrokenLineJoinFilter.opensWithPunctuation("")).isFalse();
    }

    @Test
    void leavesACommentAuthorsHandleOffTheLineAbove() {
        var page = Pages.run(Pages.text("Join the conversation\n\nrealist2019 \u00b7 Aug 8, 2019 at 10:08 am Like Reply\n\n"
                + "Great reporting.\n\n16 Likes \u00b7 Reply\n\nkaren_in_ohio\n\n5h\n\nWell said.\n\nComments\n\n@jdoe\n\n2 hours ago\n\n"
                + "Nobody cares."), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Join the conversation",
                "realist2019 \u00b7 Aug 8, 2019 at 10:08 am Like Reply", "Great reporting.", "16 Likes \u00b7 Reply",
                "karen_in_ohio", "5h", "Well said.", "Comments", "@jdoe", "2 hours ago", "Nobody cares.");
    }

    @Test
    void aHandleWithNoStampBelowItIsStillJoined() {
        // no post's stamp: a handle that signs the story, left to the filters that judge the line joined
        var page = Pages.run(Pages.text("Read more on the fan site of\n\nrmb8090\n\nWe love the eighties."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Read more on the fan site of rmb8090",
                "We love the eighties.");
    }

    @Test
    void aHandleIsAnUnderscoredOrNumberedWordNotAHyphenatedOrDottedOne() {
        assertThat(BrokenLineJoinFilter.isHandle("karen_in_ohio")).isTrue();
        assertThat(BrokenLineJoinFilter.isHandle("jdoe42")).isTrue();
        assertThat(BrokenLineJoinFilter.isHandle("@Jdoe")).isTrue();
        assertThat(BrokenLineJoinFilter.isHandle("covid-19")).isFalse();
        assertThat(BrokenLineJoinFilter.isHandle("smithsonian.com")).isFalse();
        assertThat(BrokenLineJoinFilter.isHandle("said")).isFalse();
        assertThat(BrokenLineJoinFilter.isHandle("Mike42")).isFalse();
    }

    @Test
    void stillJoinsALowerCaseRestThatStartsWithANumberedWord() {
        // a sentence's rest ends one; a long one is no author's line
        var page = Pages.run(Pages.text("Scientists found the\n\nh5n1 strain in the birds.\n\nThe virus then spread to\n\n"
                + "h5n1 samples"), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Scientists found the h5n1 strain in the birds.",
                "The virus then spread to h5n1 samples");
    }

    @Test
    void joinsALineStartingInLowerCase() {
        var page = Pages.run(Pages.text("Kassym-Jomart Tokayev\n\nsaid the mission had been fulfilled."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Kassym-Jomart Tokayev said the mission had been fulfilled.");
    }

    @Test
    void joinsALineEndingInAStopword() {
        var page = Pages.run(Pages.text("The bloc sent over 2,000 troops to\n\nKazakhstan last week."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("The bloc sent over 2,000 troops to Kazakhstan last week.");
    }

    @Test
    void joinsNoNewSentenceToALineEndingInAStopword() {
        var page = Pages.run(Pages.text("Image caption Her seventh album is the only one she owns the rights to\n\n"
                + "She also accused the label of holding back permission to use her music."), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Image caption Her seventh album is the only one she owns the "
                + "rights to", "She also accused the label of holding back permission to use her music.");
    }

    @Test
    void takesNoDateInCapitalsForALinkedName() {
        var page = Pages.run(Pages.text("Troops will pull out\n\n4 DAYS AGO\n\nhttps://img.example.com/photo.jpg"),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).startsWith("Troops will pull out", "4 DAYS AGO");
    }

    @Test
    void takesNoImageAddressForTheRestOfASentenceButALinksAddress() {
        var page = Pages.run(Pages.text("Troops will pull out\n\n4 DAYS AGO\n\nhttps://img.example.com/photo.JPG?w=640\n\n"
                        + "Read the full report at\n\nwww.example.com/report"), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Troops will pull out", "4 DAYS AGO",
                "https://img.example.com/photo.JPG?w=640", "Read the full report at www.example.com/report");
    }

    @Test
    void takesNoImageAddressBelowALinkedNameForTheRestOfTheSentence() {
        var page = Pages.run(Pages.text("Troops will pull out\n\nGetty Images\n\nhttps://img.example.com/photo.jpg"),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Troops will pull out", "Getty Images",
                "https://img.example.com/photo.jpg");
    }

    @Test
    void takesNoImageAddressBelowALowerCaseMenuForTheRestOfASentence() {
        var page = Pages.run(Pages.text("home\n\nnews\n\nhttps://img.example.com/photo.jpg\n\n" + Pages.PROSE_1),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("home", "news", "https://img.example.com/photo.jpg",
                Pages.PROSE_1);
    }

    @Test
    void takesANameOpeningWithACapitalisedFunctionWordForTheRestOfASentence() {
        var page = Pages.run(Pages.text("The figures were released according to\n\nThe Associated Press, which "
                + "obtained them.\n\nShe said she moved to\n\nThe Hague in 2019 to work at the court."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly(
                "The figures were released according to The Associated Press, which obtained them.",
                "She said she moved to The Hague in 2019 to work at the court.");
    }

    @Test
    void joinsNothingToAWebAddress() {
        var page = Pages.run(Pages.text("https://img.example.com/photo.jpg\n\nsaid the mayor on Monday."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("https://img.example.com/photo.jpg",
                "said the mayor on Monday.");
    }

    @Test
    void leavesMenuItemsInLowerCaseApart() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nshare\n\nfacebook\n\ntoday's paper\n\n" + Pages.PROSE_2
                + "\n\nKassym-Jomart Tokayev\n\nsaid the mission had been fulfilled."), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "share", "facebook", "today's paper", Pages.PROSE_2,
                "Kassym-Jomart Tokayev said the mission had been fulfilled.");
    }

    @Test
    void leavesALowerCaseMenuApartWhateverMarksItsItemsCarry() {
        var page = Pages.run(Pages.text("follow @dailyplanet\nhome\nall the news\ncolumnists »\njane doe\nformula 1\n"
                + "contact\n" + Pages.PROSE_1), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("follow @dailyplanet", "home", "all the news", "columnists »",
                "jane doe", "formula 1", "contact", Pages.PROSE_1);
    }

    @Test
    void leavesLowerCaseTagsWithCountsColonsAndDomainsApart() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\nrelated roundup: macbook pro\ntag: digitimes.com\n"
                + "[ 167 comments ]\n(view all)\nuncategorized (51)\nblogroll\nwordpress.org\naj+\n"
                + "home | news"), new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "related roundup: macbook pro",
                "tag: digitimes.com", "[ 167 comments ]", "(view all)", "uncategorized (51)", "blogroll",
                "wordpress.org", "aj+", "home | news");
    }

    @Test
    void stillJoinsAShortLineWithACommaToTheLowerCaseRestOfItsSentence() {
        var page = Pages.run(Pages.text("Police said on Monday,\nin a statement\nthat two men were held."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Police said on Monday, in a statement that two men were held.");
    }

    @Test
    void joinsASentenceBrokenTwiceIntoShortLines() {
        var page = Pages.run(Pages.text("Police in Almaty arrested\n\ntwo men\n\non Wednesday after the attack."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page))
                .containsExactly("Police in Almaty arrested two men on Wednesday after the attack.");
    }

    @Test
    void leavesFinishedSentencesAndHeadlinesApart() {
        var page = Pages.run(Pages.text("Troops will pull out\n\nThe president said so.\n\nNext story here."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Troops will pull out", "The president said so.", "Next story here.");
    }

    @Test
    void neverJoinsALineWithoutLetters() {
        var page = Pages.run(Pages.text("Alliance troops prepare to pull out\n\n-\n\nMOSCOW: Troops left."),
                new BrokenLineJoinFilter());
        assertThat(Pages.kept(page)).contains("Alliance troops prepare to pull out", "-");
    }

    @Test
    void leavesALineARuleNamesOffTheLineAbove() throws wirewash.rules.RuleException {
        var rules = RuleFiltersTest.rules("line media play|mute|captions off|listen to this (article|story).{0,20}");
        var page = Pages.run(Pages.text("Jane Doe/Getty Images\ncaptions off\nplay\n\nKassym-Jomart Tokayev\n"
                + "listen to this story\n\nKassym-Jomart Tokayev\n\nsaid the mission had been fulfilled."),
                new BrokenLineJoinFilter(rules));
        assertThat(Pages.kept(page)).containsExactly("Jane Doe/Getty Images", "captions off", "play",
                "Kassym-Jomart Tokayev", "listen to this story",
                "Kassym-Jomart Tokayev said the mission had been fulfilled.");
    }

    @Test
    void leavesALowerCaseBylineOffTheHeadlineAbove() throws wirewash.rules.RuleException {
        var rules = RuleFiltersTest.rules("byline byline by\\s+(\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+){0,3})( — .{1,40})?");
        var page = Pages.run(Pages.text("NASA adds five companies to lunar lander program\n\n"
                + "by Jeff Foust — November 18, 2019\n\nThe report was commissioned\n"
                + "by Congress in 2018 and published in May."), new BrokenLineJoinFilter(rules));
        assertThat(Pages.kept(page)).containsExactly("NASA adds five companies to lunar lander program",
                "by Jeff Foust — November 18, 2019",
                "The report was commissioned by Congress in 2018 and published in May.");
    }

    @Test
    void stillJoinsALinksAddressARuleNames() throws wirewash.rules.RuleException {
        var rules = RuleFiltersTest.rules("line url (https?://|www\\.)\\S+");
        var page = Pages.run(Pages.text("Read the full report at\nhttps://example.com/report"),
                new BrokenLineJoinFilter(rules));
        assertThat(Pages.kept(page)).containsExactly("Read the full report at https://example.com/report");
    }
}
