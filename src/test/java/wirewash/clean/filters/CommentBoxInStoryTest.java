package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

/**
 * A box of reader posts set between the story's paragraphs ("Top comments", or posts over "View all 112 comments")
 * goes with the shipped rules, and the story below it stays ({@link TailRuleFilter}, {@link ReaderPostBox}); stories
 * that quote readers, print letters, quote social posts or run a Q&A keep every line. The steps that see such a box
 * run in the chain's order: prose labels, the comment-run step, the line rules, the tail rules.
 */
class CommentBoxInStoryTest {
    private static RuleSet rules;

    private static final String P1 = "The county council voted on Tuesday to close the Mill Lane bridge to all traffic "
            + "after engineers found cracks in two of its steel supports during a routine inspection this spring.";
    private static final String P2 = "Council leader Jane Whitfield said the bridge would stay closed until the "
            + "repairs were finished, which the engineers expect to take most of the summer and cost about two "
            + "million pounds.";
    private static final String P3 = "Drivers will be sent on a diversion through the town centre, and the council "
            + "says it will add extra buses on the route while the bridge is closed to keep the traffic moving.";
    private static final String P4 = "Whitfield said the council had looked at keeping one lane of the bridge open, "
            + "but the engineers advised that the supports could not safely carry any traffic during the repairs.";
    private static final String P5 = "Shop owners on Mill Lane said they feared losing trade over the summer, and the "
            + "council has promised to review the diversion signs after the first week of the closure.";

    @BeforeAll
    static void load() throws RuleException {
        rules = RuleLoader.load(Path.of("rules"));
    }

    private static List<String> clean(String... paragraphs) {
        return Pages.kept(Pages.run(Pages.text(String.join("\n\n", paragraphs) + "\n"), new ProseLabelFilter(),
                new CommentRunFilter(), new LineRuleFilter(rules), new TailRuleFilter(rules)));
    }

    @Test
    void aPostClosedByItsLinkBetweenTheStorysParagraphsGoesAndTheStoryStays() {
        assertThat(clean(P1, P2, P3, "What readers are saying", "Hamish, Leeds | 6 weeks ago",
                "Great article, thanks for writing it. The bridge has been a mess for years.", "Report",
                "112 comments", P4, P5)).containsExactly(P1, P2, P3, P4, P5);
    }

    @Test
    void namesOverSentencesWithNoStampOrButtonsAreNoPosts() {
        // a name over a sentence is as much a story quoting its readers as a box of posts: it stays
        String q = "The bridge is a disgrace and everyone involved knows it. Thank you for covering this.";
        assertThat(clean(P1, P2, P3, "mamabear77", "Let's see how long this lasts.", "Anon", q, "Comments (123)",
                P4, P5)).contains(P1, P2, P3, q);
    }

    @Test
    void aTopCommentsBoxUnderItsHeadingGoesAndTheStoryStays() {
        assertThat(clean(P1, P2, P3, "Top comments", "Nia Eze", "November 2 · Edited",
                "Sad to see this happening.", "Like · Reply · 12", "skywatcher", "3 hours ago",
                "I wish the reporter had asked Whitfield about the buses.", "Like · Reply · 4", P4, P5))
                .containsExactly(P1, P2, P3, P4, P5);
    }

    @Test
    void postsSignedByNamesAloneUnderACommentHeadingAndOverItsLinkGoAndTheStorysLastParagraphStays() {
        // no buttons, no stamps: the heading above and the link below tell the box, and the story goes on below
        String q = "The bridge is a disgrace and everyone involved knows it. Thank you for covering this.";
        String last = "Court papers filed on Monday showed that the shop owners on Mill Lane have asked a judge to "
                + "order the council to pay for their lost trade while the bridge stays closed.";
        assertThat(clean(P1, P2, P3, "What readers are saying", "mamabear77", "Let's see how long this lasts.",
                "Anon", q, "Comments (123)", last, "About us", "Privacy policy")).containsExactly(P1, P2, P3, last);
    }

    @Test
    void postsSignedByNamesAloneOverAParagraphThatIsNotTheStorysAreTheCommentSection() {
        String blurb = "Our newsroom is supported by readers like you, and every subscription helps us keep local "
                + "journalism alive in the county for the years to come.";
        assertThat(clean(P1, P2, P3, P4, "What readers are saying", "mamabear77", "Let's see how long this lasts.",
                "Anon", "Good read.", "Comments (123)", blurb, "About us")).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void theStorysShortLastParagraphBelowABoxOfPostsAndItsLinkStays() {
        // a sentence of the story's words, under the thirty words that two paragraphs in a row need
        String last = "The council said the Mill Lane bridge repairs would cost about two million pounds, and that "
                + "the work would start in June.";
        assertThat(clean(P1, P2, P3, "What readers are saying", "Nia Eze", "10 hours ago",
                "Sad to see this happening.", "Respond", "skywatcher", "Apr 4, 2017 at 6:52 am",
                "I wish the reporter had asked Whitfield about the buses.", "Respond", "51 comments", last))
                .containsExactly(P1, P2, P3, last);
    }

    @Test
    void anAuthorSignedWithAnInitialHeadsAPost() {
        assertThat(clean(P1, P2, P3, "Featured comments", "Dev Y.", "Just now", "Who is paying for all of this?",
                "Reply Share", "View all 157 comments", P4, P5)).containsExactly(P1, P2, P3, P4, P5);
    }

    @Test
    void aTopCommentsBoxWithItsLinkBelowGoesWholeAndTheStoryStays() {
        assertThat(clean(P1, P2, P3, "From the comments", "DrNo", "My heart goes out to everyone affected.",
                "Reply | Report abuse", "LurkerNoMore", "Can we talk about the buses for a second?",
                "Reply | Report abuse", "Read all 28 comments", P4, P5)).containsExactly(P1, P2, P3, P4, P5);
    }

    @Test
    void theStorysLastParagraphBelowATopCommentsBoxStays() {
        String last = "Whitfield said the council would look again at keeping one lane of the Mill Lane bridge open "
                + "once the engineers had repaired the first of the two cracked steel supports.";
        assertThat(clean(P1, P2, P3, "Top comments", "Otto T. says:", "22/4/2016 07:47",
                "Let's see how long this lasts.", "Report", "Chen R. says:", "20h", "Good read.", "Report", last,
                "About us", "Privacy policy")).containsExactly(P1, P2, P3, last);
    }

    @Test
    void aParagraphBelowTheThreadThatIsNotTheStorysDoesNotResumeIt() {
        String blurb = "Our newsroom is supported by readers like you, and every subscription helps us keep local "
                + "journalism alive in the county for the years to come.";
        assertThat(clean(P1, P2, P3, P4, "Top comments", "Otto T. says:", "22/4/2016 07:47",
                "Let's see how long this lasts.", "Report", "Chen R. says:", "20h", "Good read.", "Report", blurb,
                "About us")).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void theCommentSectionBelowTheStoryStillEndsIt() {
        assertThat(clean(P1, P2, P3, P4, "Top comments", "Nia Eze", "November 2 · Edited",
                "Sad to see this happening.", "Reply", "skywatcher", "3 hours ago",
                "I wish the reporter had asked Whitfield about the buses.", "Reply", "Load more comments",
                "About us", "Privacy policy")).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aStoryThatQuotesReadersKeepsThem() {
        String q1 = "\"We were never asked,\" said Karen Walsh, who runs the bakery on the corner of Mill Lane.";
        String q2 = "Another reader, Tom Novak, wrote to us: \"The diversion adds twenty minutes to the school run.\"";
        assertThat(clean(P1, P2, "What readers told us", "Karen Walsh, Mill Lane", q1, "Tom Novak, Bristol", q2,
                "Comments (4)", P4, P5)).contains(P1, P2, q1, q2);
    }

    @Test
    void lettersToTheEditorStay() {
        String l1 = "Closing the bridge for the whole summer will ruin the shops on Mill Lane. Could the council not "
                + "work at night?";
        String l2 = "I welcome the repairs. I would rather sit in a diversion than cross a bridge that might fall "
                + "down.";
        List<String> kept = clean("Letters to the editor", P1, "Bridge closure", l1, "Jane Doe, Leeds",
                "Safety first", l2, "Tom Novak, Bristol", "Have your say: write to letters@example.com", P5);
        assertThat(kept).contains(P1, l1, l2, P5);
    }

    @Test
    void aStoryAboutSocialMediaReactionsKeepsTheQuotedPosts() {
        String post1 = "Twenty minutes to cross town this morning. Thanks, council.";
        String post2 = "Better closed than collapsed. Well done to the engineers.";
        assertThat(clean(P1, P2, "Residents were quick to react online.", post1,
                "— Karen Walsh (@millane_mum) November 19, 2019", post2,
                "— Tom Novak (@bristolbob) November 19, 2019", "Comments (12)", P4, P5))
                .contains(P1, P2, post1, post2, P4, P5);
    }

    @Test
    void aQAndAInterviewKeepsItsQuestionsAndAnswers() {
        String q = "Q: How long will the bridge be closed?";
        String a = "A: We expect the repairs to take most of the summer, and we will reopen one lane as soon as the "
                + "engineers say it is safe.";
        String q2 = "Q: What about the shops?";
        String a2 = "A: We will review the diversion signs after the first week and talk to every shop owner.";
        assertThat(clean(P1, P2, "Jane Whitfield", q, a, "Tom Novak", q2, a2, "Comments (12)", P4, P5))
                .contains(q, a, q2, a2, P4, P5);
    }
}
