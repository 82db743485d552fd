package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class CaptionFilterTest {
    private static final String CREDIT_RULE = "caption caption .{0,300}\\([^()]{0,80}/[^()]{1,80}\\)";

    @Test
    void removesACreditedCaptionAndTheImageLabelAboveIt() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nKazakhstan Protests\nThe aftermath in Almaty (Name/AP)\n\n"
                + Pages.PROSE_2), new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules(CREDIT_RULE)));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
    }

    /** A figure between two paragraphs: its caption sentence on the line over its credit, set apart together. */
    @Test
    void removesACaptionSentenceOverACreditLineOfItsOwn() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nResidents gather outside the town hall in Lyon earlier "
                + "this month to protest the closure.\nPhotograph: Jane Doe/Reuters\n\n" + Pages.PROSE_2), new ProseLabelFilter(),
                new CaptionFilter(RuleFiltersTest.rules("caption caption photograph: .*")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
    }

    /**
     * A story run into one block with a photo credit at its end (a dump that joins a page's text nodes) matches a
     * rule that ends in the credit, but is far longer than any caption: it stays; a caption of a line goes.
     */
    @Test
    void aRuleEndingInACreditTakesNoBlockLongerThanACaption() throws RuleException {
        String story = (Pages.PROSE_1 + " " + Pages.PROSE_2 + " ").repeat(6) + "Image: Jane Doe";
        RuleSet rules = RuleFiltersTest.rules("caption caption .*\\bimage: \\p{L}[^.!?]{0,60}");
        // a menu of a dozen lines above: a page of many lines is not cut into sentences as flattened text
        String menu = "Home\nNews\nSport\nWeather\nBusiness\nTravel\nCulture\nFood\nMoney\nScience\nVideo\nAudio\n\n";
        var page = Pages.run(Pages.text(menu + story + "\n\nThe harbour at dawn. Image: Jane Doe\n\n" + Pages.PROSE_2),
                new ProseLabelFilter(), new CaptionFilter(rules));
        Block run = page.blocks().stream().filter(b -> b.text().equals(story)).findFirst().orElseThrow();
        assertThat(run.wordCount()).isGreaterThan(180);
        assertThat(run.isKept()).isTrue();
        assertThat(Pages.kept(page)).doesNotContain("The harbour at dawn. Image: Jane Doe").contains(Pages.PROSE_2);
    }

    /** A credit a line rule took first (as a source line) still names the sentence over it a caption. */
    @Test
    void removesACaptionSentenceOverACreditALineRuleTookFirst() throws RuleException {
        RuleSet rules = RuleFiltersTest.rules("line source-link source: .{1,60}\ncaption caption source: shutterstock");
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nA man walks past a mural in the centre of the old town "
                + "on a rainy day.\nSource: Shutterstock\n\n" + Pages.PROSE_2), new ProseLabelFilter(),
                new LineRuleFilter(rules), new CaptionFilter(rules));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
        assertThat(page.blocks().get(2).removal().code()).isEqualTo("source-link");
    }

    /** A page that sets no blank line between its paragraphs says nothing of where a figure starts. */
    @Test
    void keepsAParagraphRunOnToACreditWithoutBlankLines() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\nHe declined to comment on the plans when reporters asked him about them on Monday.\n"
                + "Photograph: Jane Doe/Reuters\n" + Pages.PROSE_2), new ProseLabelFilter(),
                new CaptionFilter(RuleFiltersTest.rules("caption caption photograph: .*")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, "He declined to comment on the plans when reporters asked him about them on Monday.",
                Pages.PROSE_2);
    }

    @Test
    void removesALabelRepeatedByTheNextLine() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nSoldiers fold the flag in Almaty\nSoldiers fold the flag in Almaty"),
                new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules("")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
    }

    @Test
    void removesAShortSentenceSetApartByBlankLines() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nServicemen detain a man in Almaty.\n\n\n" + Pages.PROSE_2),
                new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules("")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
    }

    /** A page that leaves wide gaps below long paragraphs too (ad slots) sets no caption apart with one gap. */
    @Test
    void keepsAShortParagraphAboveAWideGapWhenLongParagraphsHaveSuchGapsToo() throws RuleException {
        String longParagraph = Pages.PROSE_1 + " " + Pages.PROSE_2;
        var page = Pages.run(Pages.text(longParagraph + "\n\n\n\n\n" + Pages.PROSE_3
                + "\n\nHe declined to comment.\n\n\n\n" + Pages.PROSE_2), new ProseLabelFilter(),
                new CaptionFilter(RuleFiltersTest.rules("")));
        assertThat(Pages.kept(page)).containsExactly(longParagraph, Pages.PROSE_3, "He declined to comment.",
                Pages.PROSE_2);
    }

    @Test
    void removesASentenceSetApartOnBothSidesWhenLongParagraphsHaveWideGapsToo() throws RuleException {
        String longParagraph = Pages.PROSE_1 + " " + Pages.PROSE_2;
        var page = Pages.run(Pages.text(longParagraph + "\n\n\n\n\nServicemen detain a man in Almaty.\n\n\n"
                + Pages.PROSE_3), new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules("")));
        assertThat(Pages.kept(page)).containsExactly(longParagraph, Pages.PROSE_3);
    }

    /** Two or three blank lines below a long paragraph are a figure's or a link's, not an ad slot's. */
    @Test
    void aNarrowerGapBelowALongParagraphStillLetsAOneSidedCaptionGo() throws RuleException {
        String longParagraph = Pages.PROSE_1 + " " + Pages.PROSE_2;
        var page = Pages.run(Pages.text(longParagraph + "\n\n\n\n" + Pages.PROSE_3
                + "\n\nServicemen detain a man in Almaty.\n\n\n" + Pages.PROSE_2), new ProseLabelFilter(),
                new CaptionFilter(RuleFiltersTest.rules("")));
        assertThat(Pages.kept(page)).containsExactly(longParagraph, Pages.PROSE_3, Pages.PROSE_2);
    }

    @Test
    void keepsAShortParagraphBetweenSingleBlankLines() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nHe declined to comment.\n\n" + Pages.PROSE_2),
                new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules("")));
        assertThat(page.kept()).hasSize(3);
    }

    /** The project's rules take an agency's acronym for a credit only in capitals, as agencies write it. */
    @Test
    void theProjectsAgencyCreditWantsTheAcronymInCapitals() throws Exception {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        assertThat(rules.firstMatch(RuleKind.CAPTION, "A man walks past the ruins on Monday. (EPA)")).isNotNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "Protesters gather in the square. (AP Photo)")).isNotNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "Traders work on the floor of the exchange. (Reuters)"))
                .isNotNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "Das Thema wird seit Jahren intensiv diskutiert: die "
                + "elektronische Patientenakte (ePA)")).isNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "© AFP")).isNotNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "EPA")).isNotNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "Epa")).isNull();
    }

    @Test
    void removesTheParagraphBetweenAnImageAndItsCreditOnHtml() throws RuleException {
        String caption = "People walk past the building on Tuesday morning as officials gathered inside for the "
                + "meeting.";
        var page = Pages.run(Pages.html("<article><p>" + Pages.PROSE_1 + "</p><figure class=\"k3\"><img src=a.jpg>"
                + "</figure><p>" + caption + "</p><p>Jane Doe/AP</p><p>" + Pages.PROSE_2 + "</p></article>"),
                new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules("caption caption .*/AP")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
    }

    @Test
    void keepsAParagraphAfterAnImageWhenNoCreditFollowsIt() throws RuleException {
        var page = Pages.run(Pages.html("<article><p>" + Pages.PROSE_1 + "</p><figure><img src=a.jpg></figure><p>"
                + Pages.PROSE_2 + "</p><p>" + Pages.PROSE_1 + "</p></article>"),
                new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules("caption caption .*/AP")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2, Pages.PROSE_1);
    }

    /** A caption's label alone on its line, as a dump of one text node a line prints it: the line below goes too. */
    @Test
    void aCaptionLabelAloneOnItsLineTakesTheCaptionBelowIt() throws Exception {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nImage copyright\nGetty Images\nImage caption\n"
                + "Scooter Braun has managed Justin Bieber, among others, throughout his career in music\n\n"
                + Pages.PROSE_2), new ProseLabelFilter(), new CaptionFilter(rules));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
        assertThat(page.blocks().get(4).removal().code()).isEqualTo("caption-label");
    }

    @Test
    void aCaptionLabelTakesNoLongParagraphBelowItNorAnyStorySentenceThatNamesCaptions() throws Exception {
        RuleSet rules = RuleLoader.load(Path.of("rules"));
        String paragraph = (Pages.PROSE_1 + " " + Pages.PROSE_2 + " ").repeat(2).strip();
        String story = "The photo caption contest drew hundreds of entries from readers across the region.";
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nCaption:\n" + paragraph + "\n\n" + story),
                new ProseLabelFilter(), new CaptionFilter(rules));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, paragraph, story);
        assertThat(rules.firstMatch(RuleKind.CAPTION, "Image caption")).isNotNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "Photo:")).isNotNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "Captions")).isNull();
        assertThat(rules.firstMatch(RuleKind.CAPTION, "Image caption contest")).isNull();
    }
}
