package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Label;
import wirewash.clean.Pages;

class ProseLabelFilterTest {
    @Test
    void labelsSentencesProseAndShortLinesTitleLike() {
        var page = Pages.run(Pages.text(Pages.PROSE_1 + "\n\nLatest World News\n\nHe left."), new ProseLabelFilter());
        assertThat(page.blocks().get(0).has(Label.PROSE)).isTrue();
        assertThat(page.blocks().get(1).has(Label.TITLE_LIKE)).isTrue();
        assertThat(page.blocks().get(2).has(Label.PROSE)).isFalse();
        assertThat(page.blocks().get(2).has(Label.TITLE_LIKE)).isFalse();
    }

    @Test
    void aHeadlineWithItsLongWebAddressIsNotProse() {
        String address = "https://www.example.com/news/crime/article/The-Latest-Man-stabbed-to-death-on-the-"
                + "commuter-train-in-the-city-of-the-bay-area-on-a-tuesday-14848218";
        var page = Pages.run(Pages.text("Warriors end skid with a win over the Grizzlies " + address + " " + address
                + "\n\nSee " + address + " for how " + Pages.PROSE_1), new ProseLabelFilter());
        assertThat(page.blocks().get(0).has(Label.PROSE)).isFalse();
        assertThat(page.blocks().get(1).has(Label.PROSE)).isTrue();
    }

    @Test
    void aListOfNamesEndingInAFullStopIsNotProse() {
        var page = Pages.run(Pages.text("Dmitry Peskov, Nursultan Nazarbayev, Kassym-Jomart Tokayev, Alikhan Smailov."),
                new ProseLabelFilter());
        assertThat(page.blocks().get(0).has(Label.PROSE)).isFalse();
    }

    @Test
    void aTeaserTrailingOffInAnEllipsisIsTitleLikeNotProse() {
        var page = Pages.run(Pages.text("Jury rules for half of the plaintiffs in the used body parts suit …\n\n"
                + "Police say the double murder in the town was a domestic dispute..."), new ProseLabelFilter());
        for (int i = 0; i < 2; i++) {
            assertThat(page.blocks().get(i).has(Label.PROSE)).isFalse();
            assertThat(page.blocks().get(i).has(Label.TITLE_LIKE)).isTrue();
        }
    }

    @Test
    void aParagraphOfSeveralSentencesEndingInAnEllipsisStaysProse() {
        var page = Pages.run(Pages.text("Some residents said they were relieved. Others said they would wait and see..."),
                new ProseLabelFilter());
        assertThat(page.blocks().get(0).has(Label.PROSE)).isTrue();
        assertThat(ProseLabelFilter.hasEarlierSentenceEnd("He came. She left...")).isTrue();
        assertThat(ProseLabelFilter.hasEarlierSentenceEnd("Wait for it...")).isFalse();
    }

    @Test
    void aLongParagraphAnnouncingAListWithAColonIsProseAShortLabelIsNot() {
        var page = Pages.run(Pages.text("Before the vote on Tuesday, the council published the list of the streets"
                + " that will be closed to traffic during the three days of the summer festival:\n\n"
                + "Road closures and parking for the festival:"), new ProseLabelFilter());
        assertThat(page.blocks().get(0).has(Label.PROSE)).isTrue();
        assertThat(page.blocks().get(1).has(Label.PROSE)).isFalse();
        assertThat(page.blocks().get(1).has(Label.TITLE_LIKE)).isTrue();
    }

    @Test
    void aMenuRunIntoOneLongLineIsNotProseALongParagraphWithoutItsFullStopIs() {
        String menu = "Home Bengaluru Top Stories Crime Politics Infrastructure Life in the City Karnataka Top Stories"
                + " Politics Districts National Top Stories Politics North and Central South East and Northeast West"
                + " Sports Cricket Football Tennis Formula One Business Economy Markets Things to Do Food and Drink"
                + " Arts and Culture Out of Town Movies Music Television Opinion Editorials Columns Letters";
        String unfinished = "The council said on Tuesday that the new bridge over the river would open to traffic in"
                + " the spring and that the work on the roads around it would go on until the end of the summer"
                + " while the old bridge is taken down piece by piece";
        var page = Pages.run(Pages.text(menu + "\n\n" + unfinished), new ProseLabelFilter());
        assertThat(page.blocks().get(0).has(Label.PROSE)).isFalse();
        assertThat(page.blocks().get(1).has(Label.PROSE)).isTrue();
        // the menu has more than the least share of function words asked of any prose block
        var lenient = Pages.run(Pages.text(menu), new ProseLabelFilter(ProseLabelFilter.DEFAULT_MIN_PROSE_WORDS,
                ProseLabelFilter.DEFAULT_LONG_PROSE_WORDS, ProseLabelFilter.DEFAULT_MIN_STOPWORD_DENSITY,
                ProseLabelFilter.DEFAULT_MIN_STOPWORD_DENSITY, ProseLabelFilter.DEFAULT_MAX_TITLE_WORDS));
        assertThat(lenient.blocks().get(0).has(Label.PROSE)).isTrue();
    }

    @Test
    void aLongCaptionWithSentencesBeforeItsButtonWordStaysProse() {
        var page = Pages.run(Pages.text("New York Islanders' Brock Nelson (29) puts the game-winning overtime goal"
                + " behind Pittsburgh Penguins goaltender Matt Murray (30) during an NHL hockey game in Pittsburgh,"
                + " Tuesday, Nov. 19, 2019. The Islanders won 5-4. (AP Photo/Gene J. Puskar) less"),
                new ProseLabelFilter());
        assertThat(page.blocks().get(0).has(Label.PROSE)).isTrue();
    }
}
