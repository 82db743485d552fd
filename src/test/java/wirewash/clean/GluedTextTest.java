package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedTextTest {
    @Test
    void countsSeamsBetweenASmallLetterAndACapitalFollowedByASmallLetter() {
        assertThat(GluedText.wordSeams("HomeNewsSport")).isEqualTo(2);
        assertThat(GluedText.wordSeams("NASA USA U.S. end.Next iPhone MacBook LinkedIn")).isZero();
        assertThat(GluedText.wordSeams("ÉtéCafésÉcoleCafé")).isEqualTo(1); // "oleCaf": English letters only
        assertThat(GluedText.wordSeams("menuNews")).isEqualTo(1);
        assertThat(GluedText.wordSeams("")).isZero();
    }

    @Test
    void cutsWhereTwoTextsRunTogether() {
        assertThat(GluedText.cut("Top storiesArmenian Genocide and Ilhan Omar"))
                .containsExactly("Top stories", "Armenian Genocide and Ilhan Omar");
        assertThat(GluedText.cut("in one case, a helicopter.Related links:"))
                .containsExactly("in one case, a helicopter.", "Related links:");
        assertThat(GluedText.cut("Dramatic Rescue of Kidnapped GirlA video showing the rescue"))
                .containsExactly("Dramatic Rescue of Kidnapped Girl", "A video showing the rescue");
        assertThat(GluedText.cut("banging on the door.\"Fort Worth P.D. Open the door!"))
                .containsExactly("banging on the door.\"", "Fort Worth P.D. Open the door!");
        assertThat(GluedText.cut("props of \"The Promise\".Iconic props"))
                .containsExactly("props of \"The Promise\".", "Iconic props");
        assertThat(GluedText.cut("North Richland Hills\"Hands up!\"")).containsExactly("North Richland Hills\"",
                "Hands up!\"");
    }

    @Test
    void leavesAbbreviationsNamesAndSpacedSentencesWhole() {
        for (String text : new String[] {"The U.S.A. and J.K. Rowling", "an iPhone, a MacBook, LinkedIn, YouTube",
                "NASA and the FBI", "It ended. Next came more.", "at 10:30.5 people", "the (AP)The", ""}) {
            assertThat(GluedText.cut(text)).containsExactly(text);
        }
    }

    @Test
    void cutsAStorySentenceRunIntoTheNextWithoutASpace() {
        // both halves stay sentences of the story; the cleaner keeps them as two blocks
        assertThat(GluedText.cut("The group was founded in 2019.The group now has 40 members."))
                .containsExactly("The group was founded in 2019.", "The group now has 40 members.");
    }

    @Test
    void cutsACreditInBracketsRunIntoTheNextText() {
        assertThat(GluedText.cut("Workers load a truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)Looking ahead, sales"
                + " will grow.", false)).containsExactly("Workers load a truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
                "Looking ahead, sales will grow.");
        assertThat(GluedText.cut("A video of the rescue. (Published Monday, Nov. 18, 2019)A video showing it"))
                .containsExactly("A video of the rescue. (Published Monday, Nov. 18, 2019)", "A video showing it");
        // one word in the brackets (an agency's dateline), a formula, or a capital that opens no word: whole
        for (String text : new String[] {"WASHINGTON (AP)The Senate", "let f(x)Then", "(Photo: Getty Images)TV"}) {
            assertThat(GluedText.cut(text, false)).containsExactly(text);
        }
    }

    @Test
    void toldASentenceEndFromAnAbbreviation() {
        assertThat(GluedText.hasSentenceEnd("Video Vault U.S. & WorldNBC 5 Responds")).isFalse();
        assertThat(GluedText.hasSentenceEnd("The vote is in May. The count is in June")).isTrue();
        assertThat(GluedText.hasSentenceEnd("It rose 5%. Then it fell")).isTrue();
        assertThat(GluedText.hasSentenceEnd("No full stop here")).isFalse();
    }

    @Test
    void withoutCapitalisedSeamsANamesInnerCapitalStaysWhole() {
        assertThat(GluedText.cut("a grant to GiveWell and PlayStation fansTop stories", false))
                .containsExactly("a grant to GiveWell and PlayStation fans", "Top stories");
        assertThat(GluedText.cut("HomeNewsSportWeather", false)).containsExactly("HomeNewsSportWeather");
        assertThat(GluedText.cut("in your inboxEmail us", false)).containsExactly("in your inbox", "Email us");
        assertThat(GluedText.cut("It rose.The end", false)).containsExactly("It rose.", "The end");
    }

    @Test
    void cutsAWordInCapitalsRunIntoTheNextWordButNotAnAcronymsName() {
        assertThat(GluedText.cut("SUBSCRIBENov. 19, 2019")).containsExactly("SUBSCRIBE", "Nov. 19, 2019");
        assertThat(GluedText.cut("ADVERTISEMENTThanks for watching!"))
                .containsExactly("ADVERTISEMENT", "Thanks for watching!");
        assertThat(GluedText.cut("NBCUniversal and FOXBusiness")).containsExactly("NBCUniversal and FOXBusiness");
        assertThat(GluedText.cut("ADVERTISEMENTThanks", false)).containsExactly("ADVERTISEMENTThanks");
    }
}
