package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Label;
import wirewash.clean.Page;

class EdgeTeaserCardFilterTest {
    private static final String STORY = "The council voted on Monday to close the old river bridge to all traffic until "
            + "the repairs are done, after engineers found deep cracks in two of its stone arches.\n\n"
            + "Drivers will be sent along the ring road, which the council says adds ten minutes to most journeys "
            + "across the town centre during the morning rush.\n\n"
            + "Engineers expect the repairs to the bridge to take at least six months, the council said, and the cost "
            + "of the work on the arches is not yet known.";

    @Test
    void removesAnotherStorysCardAboveTheFirstParagraph() {
        String text = "Merriton braces for the electric buses decision\n\n"
                + "Officials in Newhaven Point insist the heatwave plan is on track.\n\n" + STORY;
        assertThat(keptText(text)).doesNotContain("Merriton", "Newhaven").startsWith("The council voted");
    }

    @Test
    void removesACardWithItsBylineBelowTheSummary() {
        String text = "The quiet battle over the harbour wall\n\n"
                + "Critics warn the bill for the harbour wall could double by next spring.\nGwen Carraway\n\n" + STORY;
        assertThat(keptText(text)).doesNotContain("harbour", "Carraway").startsWith("The council voted");
    }

    @Test
    void removesCardsInARowAboveTheStory() {
        String text = "Merriton braces for the electric buses decision\n\n"
                + "Officials in Newhaven Point insist the heatwave plan is on track.\n\n"
                + "The quiet battle over the harbour wall\n\n"
                + "Critics warn the bill for the harbour wall could double by next spring.\n\n" + STORY;
        assertThat(keptText(text)).doesNotContain("Newhaven", "harbour").startsWith("The council voted");
    }

    @Test
    void keepsAStandfirstThatTakesUpTheStorysWords() {
        // a deck sums the story up in its words: bridge, traffic, repairs, cracks
        String text = "Town shuts its river crossing\n\n"
                + "The old bridge will close to traffic for repairs after engineers found cracks.\n\n" + STORY;
        assertThat(keptText(text)).contains("The old bridge will close");
    }

    @Test
    void keepsADeckUnderThePagesHeadline() {
        Page page = DenseProseRunFilterTest.labelled("Merriton braces for the electric buses decision\n\n"
                + "Officials in Newhaven Point insist the heatwave plan is on track.\n\n" + STORY);
        page.blocks().get(0).label(Label.TITLE);
        new EdgeTeaserCardFilter().process(page);
        assertThat(page.blocks().get(1).isKept()).isTrue();
    }

    @Test
    void keepsALongOneSentenceLede() {
        String text = "Merriton braces for the electric buses decision\n\n"
                + "Officials in Newhaven Point, who have spent most of the summer arguing over the heatwave plan and the "
                + "water it needs, insist it is on track.\n\n" + STORY;
        assertThat(keptText(text)).contains("Officials in Newhaven Point");
    }

    @Test
    void keepsACardWithNoStoryBelowIt() {
        String text = "Merriton braces for the electric buses decision\n\n"
                + "Officials in Newhaven Point insist the heatwave plan is on track.\n\nRead more";
        assertThat(keptText(text)).contains("Officials in Newhaven Point");
    }

    @Test
    void removesAnotherStorysCardBelowTheLastParagraph() {
        String text = STORY + "\n\nHow Tamworth Vale learned to love the tram depot\n"
                + "Selma Tolliver asks whether the harbour wall will ever be finished.";
        assertThat(keptText(text)).doesNotContain("Tamworth", "Tolliver").contains("Engineers expect");
    }

    @Test
    void keepsAClosingSubheadingOverTheStorysLastSentence() {
        // a subheading and a short last paragraph take up the story's words: bridge, repairs, council
        String text = STORY + "\n\nWhat the bridge repairs mean for drivers\n\n"
                + "The council will set out the new bus routes next week.";
        assertThat(keptText(text)).contains("What the bridge repairs mean", "new bus routes");
    }

    private static String keptText(String text) {
        Page page = DenseProseRunFilterTest.labelled(text);
        new EdgeTeaserCardFilter().process(page);
        StringBuilder out = new StringBuilder();
        for (Block block : page.kept()) out.append(block.text()).append('\n');
        return out.toString();
    }
}
