package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;

class CommentRunFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.\n"
            + "Repairs are expected to take at least six months and cost the city about two million pounds, officials said.\n"
            + "Drivers have been told to use the ring road, which the council says will add ten minutes to a trip.\n"
            + "Shop owners near the bridge fear the closure will keep customers away during the busy weeks before Christmas.\n"
            + "The council will meet again next month to decide whether a temporary footbridge should be built for pedestrians.\n"
            + "A footbridge would let pedestrians and cyclists cross the river while the old bridge is repaired.\n";
    private static final String FOOTER = "About us\n";

    @Test
    void removesAThreadOfPostsWithTerseAgesUnderTheirAuthors() {
        String thread = "Top comments\n"
                + "@jdoe42\n5h\nAbout time they fixed that bridge. It has been falling apart for years.\nLike · Reply\n"
                + "Karen O.\nYesterday at 3:14 PM\nTen minutes? It takes me half an hour on the ring road already.\nReply\n"
                + "@bobm · 10d\nWho is going to pay for all of this?\nLike · Reply\n";
        Page page = run(STORY + thread + FOOTER);
        assertThat(keptText(page)).isEqualTo(STORY + "Top comments\n" + FOOTER);
        assertThat(page.blocks().get(7).removal().code()).isEqualTo(CommentRunFilter.REASON);
    }

    @Test
    void buttonsPrintedAfterTheStampOnTheAuthorsLineStillOpenAPost() {
        String thread = "@jdoe42 · 5h · Reply\nAbout time they fixed that bridge. It has been falling apart for years.\n"
                + "Karen O. 3 hours ago Like Reply Report\nTen minutes? It takes me half an hour on the ring road already.\n"
                + "bobm Nov 19, 2019 at 6:34 am ♥ 12 Reply\nWho is going to pay for all of this?\n";
        Page page = run(STORY + thread + FOOTER);
        assertThat(keptText(page)).isEqualTo(STORY + FOOTER);
    }

    @Test
    void aLineEndingInAButtonsWordIsNoPostWithoutAStamp() {
        CommentRunFilter filter = new CommentRunFilter();
        assertThat(filter.stampAfterAuthor("Karen O. 3 hours ago Like Reply")).isEqualTo(2);
        assertThat(filter.stampAfterAuthor("Karen O. Reply")).isZero();
    }

    @Test
    void postsByOneAuthorAreALiveBlogsEntries() {
        String entries = "Jane Doe\n2 hours ago\nThe council has confirmed the bridge will close at noon.\n"
                + "Jane Doe\n3 hours ago\nCouncillors are arriving for the vote at the town hall.\n";
        Page page = run(STORY + entries);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void postsAboveTheStoryAreItsOwnHeader() {
        String header = "Jane Doe\n2 hours ago\nThe bridge closes.\nTom Becker\n3 hours ago\n";
        Page page = run(header + STORY);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void postsEmbeddedInTheStoryAreCreditedBelowTheirText() {
        String posts = "Huge queues at the ring road this morning as the old bridge closes\n"
                + "— Jane Doe (@janedoe) November 19, 2019\n"
                + "Buses were running forty minutes late.\n"
                + "— Tom Becker (@tbecker) November 19, 2019\n"
                + "Traffic on the ring road was backed up for three miles by eight o'clock, the police said.\n";
        Page page = run(STORY + posts);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aBoxOfDatedHeadlinesIsNoThread() {
        String box = "Jane Doe\n2 hours ago\nCouncil names new head of roads\n"
                + "Tom Becker\n3 hours ago\nFerry service to resume in spring\n";
        Page page = run(STORY + box + STORY.replace("council", "city"));
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void readsTheAuthorBeforeTheStamp() {
        CommentRunFilter filter = new CommentRunFilter();
        assertThat(filter.stampAfterAuthor("@jdoe42 · 5h")).isEqualTo(1);
        assertThat(filter.stampAfterAuthor("Karen O. 2 hours ago")).isEqualTo(2);
        assertThat(filter.stampAfterAuthor("— Jane Doe (@jdoe) November 19, 2019")).isZero();
        assertThat(filter.stampAfterAuthor("Like · Reply")).isZero();
        assertThat(filter.stampAfterAuthor("75 comments @jdoe42 · 5h")).isEqualTo(2);
        assertThat(filter.stampAfterAuthor("2020-07-05 17:41")).isZero();
        assertThat(filter.stampAfterAuthor("First published on Wed 26 Jun 2019 18.03 GMT")).isZero();
        assertThat(filter.stampAfterAuthor("Tue – Sat 4PM (Closed on Sun & Mon)")).isZero();
        // words split at ASCII white space only, the line's ends stripped of any white space first
        assertThat(filter.stampAfterAuthor("\u2003 Karen\tO.\n 2  hours ago \u2003")).isEqualTo(2);
        assertThat(filter.stampAfterAuthor("Karen\u2003O. 2 hours ago")).isEqualTo(1);
        assertThat(filter.stampAfterAuthor(" \t\u2003 ")).isZero();
        // the buttons after the stamp are left out when a label is among them, counts and marks with it
        assertThat(filter.stampAfterAuthor("Karen O. · 2 hours ago · 12 ♥ · Reply")).isEqualTo(2);
        // a paragraph that ends in a stamp is no author's line: its words before the stamp are more than a name's
        assertThat(filter.stampAfterAuthor("The council met on Monday and voted to close the library 2 hours ago"))
                .isZero();
    }

    @Test
    void postsWithNoStampAreToldByTheButtonsBelowTheirText() {
        String thread = "skywatcher\nAbout time they fixed that bridge. It has been falling apart for years.\nLike 12\n"
                + "Karen O.\nTen minutes? It takes me half an hour on the ring road already.\nReply · Report\n"
                + "bobm\nWho is going to pay for all of this?\nAnd who will check the work?\nReply\n";
        Page page = run(STORY + thread + FOOTER);
        assertThat(keptText(page)).isEqualTo(STORY + FOOTER);
    }

    @Test
    void namesAndQuotesWithNoButtonsAreTheStorys() {
        String quotes = "Karen O.\nTen minutes? It takes me half an hour on the ring road already.\n"
                + "Tom Becker\nWho is going to pay for all of this?\n";
        Page page = run(STORY + quotes + FOOTER);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void aShareBarBelowTheStorysLastParagraphIsNoPostsButtons() {
        String end = "What happens next\nThe council will vote on the footbridge in the spring, officials said.\nShare\n"
                + "@jdoe42 · 5h\nAbout time they fixed that bridge. It has been falling apart for years.\n"
                + "Karen O. · 2h\nTen minutes? It takes me half an hour on the ring road already.\n";
        Page page = run(STORY + end);
        assertThat(keptText(page)).isEqualTo(STORY + "What happens next\n"
                + "The council will vote on the footbridge in the spring, officials said.\nShare\n");
    }

    @Test
    void aGreetingOpensNoPost() {
        String reply = "Hi Karen,\nThanks for reading. The footbridge is planned for the spring.\nReply\n"
                + "Hi Tom,\nThe council has not said yet who will pay for the work.\nReply\n";
        Page page = run(STORY + reply);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void readsAButtonsLine() {
        CommentRunFilter filter = new CommentRunFilter();
        assertThat(filter.isButtonLine("Reply")).isTrue();
        assertThat(filter.isButtonLine("Like 12")).isTrue();
        assertThat(filter.isButtonLine("12 Likes")).isTrue();
        assertThat(filter.isButtonLine("Like (3)")).isTrue();
        assertThat(filter.isButtonLine("Reply · Like · Report")).isTrue();
        assertThat(filter.isButtonLine("12")).isFalse();
        assertThat(filter.isButtonLine("Reply to the council")).isFalse();
        assertThat(filter.isButtonLine("Karen O.")).isFalse();
        assertThat(filter.isPostButtons("Reply · Like")).isTrue();
        assertThat(filter.isPostButtons("Like 12")).isTrue();
        assertThat(filter.isPostButtons("Like")).isFalse();
        assertThat(filter.isPostButtons("Share")).isFalse();
    }

    private static Page run(String text) {
        Page page = DenseProseRunFilterTest.labelled(text);
        new CommentRunFilter().process(page);
        return page;
    }

    private static String keptText(Page page) {
        StringBuilder text = new StringBuilder();
        for (Block block : page.kept()) text.append(block.text()).append('\n');
        return text.toString();
    }
}
