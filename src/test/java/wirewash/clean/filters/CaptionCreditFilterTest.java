package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;

class CaptionCreditFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    @Test
    void removesASentenceWithACreditLineRightBelowIt() {
        var page = Pages.run(Pages.text(STORY + "\n\nSmoke over the city on Sunday morning.\nBerkeley Earth\n\n" + STORY),
                new CaptionCreditFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY);
    }

    @Test
    void takesTheCreditBelowACaptionARuleAlreadyTook() {
        var page = Pages.text(STORY + "\n\nThis satellite image shows fires detected near Delhi on Nov. 3, 2019.\n"
                + "NASA Worldview\n\n" + STORY);
        page.blocks().get(1).label(wirewash.clean.Label.CAPTION);
        page.blocks().get(1).remove(new wirewash.model.Reason("caption", "boilerplate.rules:1", ""));
        Pages.run(page, new CaptionCreditFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY);
    }

    @Test
    void takesASentenceABlankLineAboveACreditARuleTook() throws wirewash.rules.RuleException {
        var page = Pages.run(Pages.text(STORY + "\n\nOfficials speak to reporters in the capital.\n\n(Jane Doe/AP)\n\n"
                + STORY), new ProseLabelFilter(), new DenseProseRunFilter(), new CaptionFilter(RuleFiltersTest.rules(
                        "caption caption .*\\([^()]{0,80}/[^()]{1,80}\\)")), new CaptionCreditFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, STORY);
    }

    @Test
    void keepsTheLastParagraphABlankLineAboveAnAgencysCredit() throws wirewash.rules.RuleException {
        String last = "Officials said the talks would resume in the spring.";
        var page = Pages.run(Pages.text(STORY + "\n\n" + last + "\n\nReuters\n"), new ProseLabelFilter(),
                new DenseProseRunFilter(), new CaptionFilter(RuleFiltersTest.rules("caption caption reuters")),
                new CaptionCreditFilter());
        assertThat(Pages.kept(page)).containsExactly(STORY, last);
    }

    @Test
    void keepsAParagraphFollowedByABreakOrByMoreText() {
        String text = STORY + "\n\nSmoke over the city on Sunday morning.\n\nBerkeley Earth\n\n"
                + "Smoke over the city on Sunday morning.\nThe mayor said the schools would stay closed.\n\n"
                + "Smoke over the city on Sunday morning.\nJane Doe\nReporter\n\n" + STORY;
        var page = Pages.run(Pages.text(text), new CaptionCreditFilter());
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void theCreditMustBeShortCapitalisedAndNoSentence() {
        String text = STORY + "\n\nSmoke over the city on Sunday morning.\nsaid the mayor\n\n"
                + "Smoke over the city on Sunday morning.\nRead More:\n\n" + STORY;
        var page = Pages.run(Pages.text(text), new CaptionCreditFilter());
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsAStoryParagraphOverALonePhotoCredit() {
        String quote = "\u201cWe will rebuild the bridge this year,\u201d the mayor told residents on Monday night.";
        String connective = "But the repairs will take longer than planned.";
        String twoSentences = "The bridge carried 20,000 cars a day before it closed in March. Engineers found cracks in "
                + "two of its supports during a routine inspection last year.";
        String text = STORY + "\n\n" + quote + "\nPhoto: Jane Doe/Reuters\n\n" + connective + "\n(Getty Images)\n\n"
                + twoSentences + "\nCredit: Jane Doe\n\n" + STORY;
        var page = Pages.run(Pages.text(text), new CaptionCreditFilter());
        assertThat(Pages.kept(page)).contains(quote, connective, twoSentences);
    }
}
