package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;

class CaptionFilterTest {
    private static final String CREDIT_RULE = "caption caption .{0,300}\\([^()]{0,80}/[^()]{1,80}\\)";

    @Test
    void removesACreditedCaptionAndTheImageLabelAboveIt() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nKazakhstan Protests\nThe aftermath in Almaty (Name/AP)\n\n"
                + Pages.PROSE_2), new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules(CREDIT_RULE)));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1, Pages.PROSE_2);
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

    @Test
    void keepsAShortParagraphBetweenSingleBlankLines() throws RuleException {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nHe declined to comment.\n\n" + Pages.PROSE_2),
                new ProseLabelFilter(), new CaptionFilter(RuleFiltersTest.rules("")));
        assertThat(page.kept()).hasSize(3);
    }
}
