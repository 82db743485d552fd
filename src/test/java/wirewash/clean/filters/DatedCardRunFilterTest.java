package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;

class DatedCardRunFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
            + "Repairs are expected to take at least six months and cost the city about two million pounds.\n"
            + "Drivers have been told to use the ring road, which the council says will add ten minutes to a trip.\n";
    private static final String COMMENTS = "jane42 says:\nNovember 19, 2019 at 6:34 am\n"
            + "I do not think this is the whole story, the council has known about it for years.\n"
            + "tom_b says:\nNovember 19, 2019 at 6:44 am\nTypical.\n"
            + "maria says:\n2 hours ago\nDoes anyone know when the next meeting of the council is going to be?\n";
    private static final String TEASERS = "Storm leaves thousands without power\nJohn Smith\nTuesday November 19, 2019\n"
            + "High winds brought down power lines across the county overnight, leaving homes in the dark.\n"
            + "Police name man found dead in river\nLaura Khan\nTuesday November 19, 2019\n"
            + "The man, who was 54, had been reported missing by his family on Sunday evening after a walk.\n"
            + "Hospital waiting lists hit record high\nPeter Walsh\nMonday November 18, 2019\n"
            + "More than four million people are now waiting for treatment, the latest figures have shown.\n";

    @Test
    void removesACommentThreadPrintedBeforeTheStory() {
        Page page = run(COMMENTS + STORY);
        assertThat(keptText(page)).isEqualTo(STORY);
        assertThat(page.blocks().get(0).removal().code()).isEqualTo(DatedCardRunFilter.REASON);
    }

    @Test
    void aLongCommentInsideTheThreadIsNoStory() {
        String paragraph = "I have lived next to that bridge for thirty years and I can tell you that the council has "
                + "known about the cracks since the last flood, when the engineers came and went and nobody ever "
                + "told us what they found, and now we are supposed to believe that it is all a surprise to them and "
                + "that the six months of closures are nobody's fault, which is simply not true at all.\n";
        String longComment = "ann_r says:\nNovember 19, 2019 at 7:02 am\n" + paragraph + paragraph + paragraph
                + paragraph + paragraph;
        Page page = run(COMMENTS + longComment + "bob says:\nNovember 19, 2019 at 7:10 am\n"
                + "Well said, the whole thing has been handled very badly from the start.\nShare\n" + STORY);
        assertThat(keptText(page)).isEqualTo("Share\n" + STORY);
    }

    @Test
    void removesTeaserCardsWithBylinesAndDatesAfterTheStory() {
        Page page = run(STORY + TEASERS);
        // the first card's headline is left to the filters that judge lines above and below the article
        assertThat(keptText(page)).isEqualTo(STORY + "Storm leaves thousands without power\n");
    }

    @Test
    void theStoryUnderItsOwnHeadlineBylineAndDateIsNoCard() {
        String header = "Council shuts the old bridge\nRob Crilly\nWednesday November 20, 2019\n";
        Page page = run(header + STORY + STORY + TEASERS);
        assertThat(keptText(page)).isEqualTo(header + STORY + STORY + "Storm leaves thousands without power\n");
    }

    /**
     * A story printed as the first card of its comment thread (its headline and a short date line above it, a long
     * comment below outweighing it): with less prose left outside the run than its text, the first card's text is
     * the story, not a card.
     */
    @Test
    void theStoryAsTheFirstCardOfItsCommentThreadIsNoCard() {
        String paragraph = "I have lived next to that bridge for thirty years and I can tell you that the council has "
                + "known about the cracks since the last flood, when the engineers came and went and nobody ever "
                + "told us what they found.\n";
        String header = "Council shuts the old bridge\nNovember 20, 2019\n";
        String guide = "Guides\nOur guide to the county's roads tells you where the works are this month, which "
                + "bridges are closed, where the diversions run and how long each of them is likely to add to a trip "
                + "into town at the busiest times of the day.\n";
        Page page = run(header + STORY + STORY + "Comments\n" + COMMENTS + "ann_r says:\nNovember 19, 2019 at 7:02 am\n"
                + paragraph.repeat(3) + "bob says:\nNovember 19, 2019 at 7:10 am\nWell said.\n" + guide);
        assertThat(keptText(page)).isEqualTo(header + STORY + STORY + "Comments\n" + guide);
    }

    @Test
    void keepsDatedEntriesThatAreTheWholeStory() {
        // a diary: nothing but dated entries, no story beside them
        Page page = run(TEASERS);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsALiveBlogsDatedEntriesUnderItsShortIntroduction() {
        String intro = "Follow our live coverage of the storm as it crosses the county tonight, with updates from our "
                + "reporters on the roads, in the towns and at the flood defences along the river.\n";
        String entries = ("Jane Doe\n%d hours ago\nThe river has risen another half a metre in the last hour and the "
                + "police have closed the road between the two bridges to all traffic until the morning.\n").repeat(1);
        StringBuilder blog = new StringBuilder(intro);
        for (int hours = 4; hours >= 1; hours--) blog.append(entries.formatted(hours));
        Page page = run(blog.toString());
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void keepsTwoDatedPosts() {
        String two = COMMENTS.substring(0, COMMENTS.indexOf("maria"));
        Page page = run(STORY + two);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    private static Page run(String text) {
        Page page = DenseProseRunFilterTest.labelled(text);
        new DatedCardRunFilter().process(page);
        return page;
    }

    private static String keptText(Page page) {
        StringBuilder text = new StringBuilder();
        for (Block block : page.kept()) text.append(block.text()).append('\n');
        return text.toString();
    }
}
