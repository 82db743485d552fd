package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class CommentThreadFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";

    private static String post(String name, String when, String text) {
        return "<div class=\"css-5ee5f\"><div class=\"css-2c1\"><img src=a.png></div><div class=\"css-3fa\">"
                + "<div><a href=/m>" + name + "</a></div><div>" + when + "</div><div>" + text + "</div></div></div>";
    }

    private static final String THREAD = "<div class=\"css-t1\">"
            + post("Nick A", "2 days ago at 07:47 am", "I think we will see similar updates to what the bigger model "
                    + "received, and the bezels are large.")
            + post("fmcshan", "2 days ago at 07:50 am", "It would be nice if they switched to a larger screen with "
                    + "slimmer bezels, just like the other model.")
            + post("tjedora", "November 18, 2019", "No surprise that they are keeping the small one, and the analyst "
                    + "is predicting the return of the old size.")
            + "</div>";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new CommentThreadFilter());
    }

    @Test
    void removesADatedThreadBelowTheArticleWhateverItsClassNames() {
        Page page = run("<article>" + PARAGRAPH.repeat(4) + "</article>" + THREAD);

        assertThat(Pages.block(page, "It would be nice").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "2 days ago at 07:47").isRemoved()).isTrue();
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void findsAThreadWhosePermalinkedDatesAnEarlierFilterRemoved() {
        // WordPress: "<b>name</b> says:", the date a permalink to the comment, which LinkDensityFilter drops first
        StringBuilder thread = new StringBuilder("<ol class=\"c4f\">");
        String[][] posts = {
            {"joetoronto", "6:44 am", "It is time for the fans to come to grips with reality, it is over yet again."},
            {"theprocess12", "6:51 am", "As usual too many mistakes by the quarterback, and the line gave him no time."},
            {"margoadams", "7:02 am", "Another team suffering from a hangover after the run they had last season."},
        };
        for (String[] post : posts) {
            thread.append("<li class=\"c70 ca9\"><div><div><b>").append(post[0]).append("</b> <span>says:</span></div>")
                    .append("<div><a href=\"/story#comment-1\"><time datetime=\"2019-11-19\">November 19, 2019 at ")
                    .append(post[1]).append("</time></a></div></div><div><p>").append(post[2]).append("</p></div></li>");
        }
        thread.append("</ol>");
        Page page = Pages.run(Pages.html("<div>" + PARAGRAPH.repeat(4) + "</div>" + thread),
                new ProseLabelFilter(), new LinkDensityFilter(), new CommentThreadFilter());

        assertThat(Pages.block(page, "November 19, 2019 at 6:44").removal().code()).isNotEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "It is time for the fans").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "joetoronto says").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void keepsAThreadWithoutAnArticleAboveIt() {
        Page page = run(THREAD + "<article>" + PARAGRAPH.repeat(4) + "</article>");

        assertThat(Pages.block(page, "It would be nice").isKept()).isTrue();
    }

    @Test
    void keepsDatedEntriesWithHeadings() {
        String entry = "<div class=entry><h3>Polls close in the east</h3><div>10 minutes ago</div>" + PARAGRAPH + "</div>";
        Page page = run("<article>" + PARAGRAPH.repeat(4) + entry.repeat(3) + "</article>");

        assertThat(page.kept()).hasSize(4 + 3 * 3);
    }

    @Test
    void keepsFewerPostsThanAThread() {
        Page page = run("<article>" + PARAGRAPH.repeat(4) + "</article><div>"
                + post("Nick A", "2 days ago", "I think we will see similar updates to the bigger model, and soon.")
                + post("fmcshan", "3 days ago", "It would be nice if they switched to a larger screen this year.")
                + "</div>");

        assertThat(Pages.block(page, "It would be nice").isKept()).isTrue();
    }

    /** A post whose controls a comment system prints under it. */
    private static String controlled(String name, String when, String text) {
        return "<div><div><strong>" + name + "</strong> <time datetime=\"2019-11-19\">" + when + "</time></div><p>"
                + text + "</p><div><button>Reply</button> · <button>12 likes</button></div></div>";
    }

    @Test
    void removesTwoPostsBelowTheStoryThatShareTheirControls() {
        Page page = run("<article>" + PARAGRAPH.repeat(4)
                + controlled("Nick A", "2 days ago", "I think we will see similar updates to what the bigger model "
                        + "received, and the bezels are large.")
                + controlled("fmcshan", "3 days ago", "It would be nice if they switched to a larger screen with "
                        + "slimmer bezels, just like the other model.")
                + "</article>");

        assertThat(Pages.block(page, "It would be nice").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "I think we will").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).filteredOn(text -> text.startsWith("The council met")).hasSize(4);
    }

    @Test
    void keepsTwoPostsThatShareTheirControlsWithTheStoryGoingOnBelowThem() {
        Page page = run("<article>" + PARAGRAPH.repeat(4)
                + controlled("Nick A", "2 days ago", "I think we will see similar updates to what the bigger model "
                        + "received, and the bezels are large.")
                + controlled("fmcshan", "3 days ago", "It would be nice if they switched to a larger screen with "
                        + "slimmer bezels, just like the other model.")
                + PARAGRAPH + "</article>");

        assertThat(Pages.block(page, "It would be nice").isKept()).isTrue();
    }

    @Test
    void removesAThreadsLastPostSetRightAfterTheThreadsBox() {
        Page page = run("<article>" + PARAGRAPH.repeat(4) + "</article><section>" + THREAD
                + post("Gary F", "45 minutes ago", "Nobody is talking about the library, and that is the real story.")
                + "</section>");

        assertThat(Pages.block(page, "Nobody is talking").removal().code()).isEqualTo(CommentThreadFilter.REASON);
    }

    @Test
    void removesAThreadsLastPostWhoseProseIsTooShortToReadAsProse() {
        Page page = run("<article>" + PARAGRAPH.repeat(4) + "</article>" + THREAD.replace("</div></div></div></div>",
                "</div></div></div>" + post("Gary F", "45 minutes ago", "Nobody talks about the library.")
                        + "</div>"));

        assertThat(Pages.block(page, "Nobody talks").removal().code()).isEqualTo(CommentThreadFilter.REASON);
    }

    @Test
    void removesAPostBetweenTwoOfTheThreadsWhoseDateLineRunsTooLongToRead() {
        Page page = run("<article>" + PARAGRAPH.repeat(4)
                + controlled("Nick A", "2 days ago", "I think we will see similar updates to what the bigger model "
                        + "received, and the bezels are large.")
                + controlled("Samuel Kowalski", "February 1, 2017 at 11:37 am", "Typical. They talk about the screen "
                        + "and do nothing about the battery, which is what everyone here wanted to read about.")
                + controlled("fmcshan", "3 days ago", "It would be nice if they switched to a larger screen with "
                        + "slimmer bezels, just like the other model.")
                + "</article>");

        assertThat(Pages.block(page, "Typical. They talk").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.kept(page)).filteredOn(text -> text.startsWith("The council met")).hasSize(4);
    }

    /** A live blog's entries: a time line, then the entry's prose, no heading, beside the story (review). */
    private static String entry(String time, String text) {
        return "<div class=\"block\"><div class=\"block-time\"><time datetime=\"2026-11-30\">" + time
                + "</time></div><div class=\"block-body\"><p>" + text + "</p></div></div>";
    }

    @Test
    void keepsALiveBlogsEntriesWithoutHeadingsBesideTheStory() {
        String blog = "<div class=\"blog\">"
                + entry("10:32", "The minister told reporters outside the building that the talks would go on into the "
                        + "night, and that no agreement on the budget was yet in sight for the council.")
                + entry("10:05", "Opposition members walked out of the chamber after the speaker refused to allow a "
                        + "vote on the amendment, which they said was needed to protect the library.")
                + entry("09:41", "Crowds have gathered in the square since early this morning, many carrying signs "
                        + "in support of the library that the council has planned for the town centre.")
                + entry("09:15", "Good morning and welcome to our live coverage of the council vote, which is "
                        + "expected to take place later today after weeks of delay and much argument.")
                + "</div>";
        Page page = run("<article><div class=summary>" + PARAGRAPH.repeat(4) + "</div>" + blog + "</article>");

        assertThat(Pages.block(page, "Opposition members walked out").isKept()).isTrue();
    }

    @Test
    void keepsALiveBlogsPostsStampedWithATimeOfDayEachUnderItsOwnShortLine() {
        // each post's bold lead line differs, as a thread's author lines do: the stamps, times of day alone, are no
        // comment system's dates
        String post = "<li class=\"b-x9\"><time class=\"post-time\">%s</time><p>%s</p><p>%s</p></li>";
        String blog = "<ul class=\"feed\">"
                + String.format(post, "9pm", "NISSAN SENTRA", "The car maker hopes that a sleek redesign of the small "
                        + "sedan will pull in more buyers in a struggling part of the market.")
                + String.format(post, "5:43 p.m.", "FORD MACH E", "The first electric SUV of the company marks the "
                        + "start of an avalanche of battery-powered vehicles coming from the car makers.")
                + String.format(post, "7 a.m. ET", "TOYOTA RAV4", "A plug-in version of the popular small SUV will "
                        + "be more efficient and faster than the hybrid version that is sold today.")
                + "</ul>";
        Page page = run("<article>" + PARAGRAPH.repeat(4) + blog + "</article>");

        assertThat(Pages.block(page, "A plug-in version").isKept()).isTrue();
        assertThat(Pages.block(page, "FORD MACH E").isKept()).isTrue();
    }

    @Test
    void keepsATimelineOfDatedEventsInTheStory() {
        String item = "<li class=\"event\"><div class=\"date\">%s</div><p>%s</p></li>";
        String timeline = "<ul class=\"timeline\">"
                + String.format(item, "3 March 2024", "The council first proposes a new library for the town, "
                        + "to be paid for by a rise in the local tax that many residents oppose.")
                + String.format(item, "12 June 2024", "After months of argument, a public meeting is held and the "
                        + "plans are changed to add a garden on the roof of the new building.")
                + String.format(item, "9 January 2025", "The budget is passed by a single vote, and work on the "
                        + "library begins in the spring after the old depot on the site is cleared.")
                + "</ul>";
        Page page = run("<article>" + PARAGRAPH.repeat(4) + timeline + "</article>");

        assertThat(Pages.block(page, "After months of argument").isKept()).isTrue();
    }

    /** A post whose author's name and the time it was posted share one line ("JohnnyB 9 hours ago"). */
    private static String signedInDateLine(String header, String text) {
        return "<div class=\"c9a1\"><div class=\"c2f\"><span>" + header + "</span></div><p>" + text
                + "</p><a href=\"#reply\">Reply</a></div>";
    }

    @Test
    void removesAThreadWhosePostsNameTheirAuthorInTheDateLine() {
        String thread = "<div class=\"c7d\"><h3>Comments</h3>"
                + signedInDateLine("JohnnyB 9 hours ago", "This is exactly what I have been saying for years, and "
                        + "nobody listens to any of us.")
                + signedInDateLine("margaret_k 4 hours ago", "Great reporting, thanks for covering this story in "
                        + "such detail for the town.")
                + signedInDateLine("bluesky42 2 hours ago", "I don't agree with this at all. The numbers simply do "
                        + "not add up for the library.")
                + "</div>";
        Page page = run("<article>" + PARAGRAPH.repeat(4) + thread + "</article>");

        assertThat(Pages.block(page, "Great reporting").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void removesAThreadWhosePostsNameTheirAuthorBeforeADateTooLongForADateLineAlone() {
        // "Mary Jo Smith September 17, 2023 at 10:46 pm": a name of three words and a date of six
        String thread = "<div class=\"c7d\">"
                + signedInDateLine("Mary Jo Smith September 17, 2023 at 10:46 pm", "This is exactly what I have "
                        + "been saying for years, and nobody listens to any of us.")
                + signedInDateLine("Old Town Reader October 2, 2023 at 8:15 am", "Great reporting, thanks for "
                        + "covering this story in such detail for the town.")
                + signedInDateLine("Ken R. Lowe October 3, 2023 at 9:01 pm", "I don't agree with this at all. The "
                        + "numbers simply do not add up for the library.")
                + "</div>";
        Page page = run("<article>" + PARAGRAPH.repeat(4) + thread + "</article>");

        assertThat(Pages.block(page, "Great reporting").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void keepsEntriesThatAllOpenWithTheSameWordsBeforeTheirTime() {
        String blog = "<div class=\"blog\">"
                + signedInDateLine("Updated 9 hours ago", "The minister told reporters outside the building that "
                        + "the talks would go on into the night.")
                + signedInDateLine("Updated 4 hours ago", "Opposition members walked out of the chamber after the "
                        + "speaker refused a vote on the amendment.")
                + signedInDateLine("Updated 2 hours ago", "Crowds have gathered in the square since early this "
                        + "morning, many carrying signs.")
                + "</div>";
        Page page = run("<article>" + PARAGRAPH.repeat(4) + blog + "</article>");

        assertThat(Pages.block(page, "Opposition members walked out").isKept()).isTrue();
    }

    private static String reply(String name, String when, String text, String children) {
        return "<li class=\"c-post\"><div><span>" + name + "</span> <time>" + when + "</time></div><p>" + text
                + "</p><button>Reply</button>" + (children.isEmpty() ? "" : "<ul class=\"c-kids\">" + children + "</ul>")
                + "</li>";
    }

    @Test
    void removesRepliesNestedInATwoPostThreadWithIt() {
        String thread = "<ul class=\"c-list\">"
                + reply("Bev O.", "3 days ago", "The council has been promising the library for years and nothing.",
                        reply("RiverRat", "2 days ago", "Agree with Bev, the budget grew and the library did not.", ""))
                + reply("skeptic42", "2 days ago", "The vote on the budget was a foregone conclusion, sadly.", "")
                + "</ul>";
        Page page = run("<article>" + PARAGRAPH.repeat(4) + "</article>" + thread);

        assertThat(Pages.block(page, "Agree with Bev").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "The vote on the budget").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void removesAThreadSetInsideTheStorysContainerBelowItsParagraphs() {
        String post = "<div><div><strong>%s</strong> <time>%s</time></div><p>%s</p></div>";
        String thread = String.format(post, "Hal9000", "June 12, 2016 at 12:53 pm",
                "I have been saying this about the council budget for a long time, and nobody listens.")
                + String.format(post, "northsider", "April 1, 2019 at 2:19 pm",
                "The library numbers just don't add up, and the council knows it very well.")
                + String.format(post, "Grace P.", "37 minutes ago",
                "Thank you for covering the vote on the library. More of this please, and soon.");
        Page page = run("<div class=story>" + PARAGRAPH.repeat(4) + thread + "</div>");

        assertThat(Pages.block(page, "The library numbers").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(page.kept()).hasSize(4);
    }

    private static String controlled(String name, String when, String text, String controls) {
        return "<div><div><strong>" + name + "</strong> <time>" + when + "</time></div><p>" + text + "</p><div>"
                + controls + "</div></div>";
    }

    @Test
    void removesAThreadInsideTheStoryWhosePostsShareAControlLine() {
        String thread = "<h2>Your views</h2>"
                + controlled("JohnnyB", "9 days ago", "Spot on. The library is the real story here, and the budget "
                + "numbers just don't add up, whatever the council says about the coming year.", "<span>Reply</span>")
                + controlled("Rohan Gallagher", "5d", "Typical. They talk about the library and do nothing about "
                + "the depot or the buses, which is what the town has needed for a very long time.", "<button>Share</button>")
                + controlled("northsider", "5 days ago", "I live near the depot and the buses have been a problem "
                + "for years, honestly, and nobody on the council has ever listened to us about it.", "<a href=#>Reply</a>");
        Page page = run("<article>" + PARAGRAPH.repeat(4) + thread
                + "<p>Jane Roe and Tom Lee contributed to this report from the town hall.</p></article>");

        assertThat(Pages.block(page, "Typical. They talk").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "Jane Roe and Tom Lee").isKept()).isTrue();
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void removesAThreadInsideTheStoryWhosePostsAnswerOneAnother() {
        String replies = "<div>" + controlled("RiverRat", "11 days ago", "That says it all, doesn't it? This is "
                + "exactly why I stopped trusting the council.", "")
                + controlled("Daniel O.", "November 7, 2018", "Good piece, but the headline oversells it, the "
                + "library was always going ahead.", "") + "</div>";
        String thread = controlled("Felix H.", "27 minutes ago", "If the council cared about the library they would "
                + "have acted sooner, years ago.", replies)
                + controlled("EconProf", "41 minutes ago", "Thank you for covering the vote. More of this please, "
                + "and soon, from the chamber.", "");
        Page page = run("<article>" + PARAGRAPH.repeat(4) + thread
                + "<p>The library opens in the spring, the council said in a statement.</p></article>");

        assertThat(Pages.block(page, "Good piece").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "Thank you for covering").removal().code())
                .isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "The library opens").isKept()).isTrue();
    }

    @Test
    void keepsPostsTheStoryQuotesBetweenItsParagraphs() {
        String post = "<blockquote><p>%s</p><div>%s</div><div>%s</div></blockquote>";
        String quoted = String.format(post, "The library vote is a disgrace and the council should be ashamed of it.",
                "Jane Roe", "November 18, 2019")
                + String.format(post, "Finally some good news for the town, the library will open next spring.",
                "Tom Lee", "November 18, 2019")
                + String.format(post, "Budget up by a third and still no new library, what is going on here?",
                "Sam Poe", "November 19, 2019");
        Page page = run("<article>" + PARAGRAPH.repeat(3) + quoted + PARAGRAPH + "</article>");

        assertThat(page.kept()).hasSize(4 + 3 * 3);
    }

    @Test
    void keepsALiveBlogsEntriesThatTwoReportersTakeInTurn() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            entries.append("<div class=entry><div>").append(i % 2 == 0 ? "Jane Roe" : "Tom Lee")
                    .append("</div><div>November ").append(10 + i).append(", 2019</div>").append(PARAGRAPH)
                    .append("</div>");
        }
        Page page = run("<article>" + PARAGRAPH.repeat(4) + entries + "</article>");

        assertThat(page.kept()).hasSize(4 + 6 * 3);
    }

    @Test
    void keepsAQAndAWhoseAnswersNameTheSameTwoSpeakers() {
        StringBuilder qa = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            qa.append("<div class=qa><div>Interviewer</div><div>November 18, 2019</div>").append(PARAGRAPH)
                    .append("</div><div class=qa><div>Jane Roe</div><div>November 18, 2019</div>").append(PARAGRAPH)
                    .append("</div>");
        }
        Page page = run("<article>" + PARAGRAPH.repeat(4) + qa + "</article>");

        assertThat(page.kept()).hasSize(4 + 6 * 3);
    }

    @Test
    void keepsAStoryWhoseSectionsAreNestedArticles() {
        String section = "<article><div>By Jane Roe</div><div>November 18, 2019</div>" + PARAGRAPH.repeat(2)
                + "</article>";
        Page page = run("<article>" + PARAGRAPH.repeat(2) + section.repeat(3) + "</article>");

        assertThat(page.kept()).hasSize(2 + 3 * 4);
    }

    @Test
    void readsAnAgeCutToItsNumberAndUnitAsAPostsDate() {
        String post = "<article><p><b>%s</b></p><p><small>%s</small></p><p>%s</p></article>";
        String thread = "<div>" + String.format(post, "Ahmed C.", "6d", "Another team suffering from a hangover "
                + "after the run they had last season, sadly.")
                + String.format(post, "Oldtimer1954", "3d", "As usual too many mistakes by the quarterback, and the "
                + "line gave him no time.")
                + String.format(post, "Hannah M.", "2h", "It is time for the fans to come to grips with reality, it "
                + "is over yet again.") + "</div>";
        Page page = run("<article>" + PARAGRAPH.repeat(4) + "</article>" + thread);

        assertThat(Pages.block(page, "As usual too many").removal().code()).isEqualTo(CommentThreadFilter.REASON);
    }

    private static String headed(String name, String when, String text, String inner) {
        return "<div><h4>" + name + "</h4><time>" + when + "</time><p>" + text + "</p>" + inner + "</div>";
    }

    @Test
    void removesAThreadInsideTheStoryWhosePostsNameTheirAuthorInAHeadingOverTheDate() {
        String replies = "<div>" + headed("RiverRat", "11 days ago", "That says it all, doesn't it? This is "
                + "exactly why I stopped trusting the council.", "")
                + headed("Daniel O.", "November 7, 2018", "Good piece, but the headline oversells it, the "
                + "library was always going ahead.", "") + "</div>";
        String thread = "<h3>Join the conversation</h3>"
                + headed("Felix H.", "27 minutes ago", "If the council cared about the library they would "
                + "have acted sooner, years ago.", replies)
                + headed("EconProf", "41 minutes ago", "Thank you for covering the vote. More of this please, "
                + "and soon, from the chamber.", "");
        Page page = run("<article>" + PARAGRAPH.repeat(4) + thread + "</article>");

        assertThat(Pages.block(page, "Good piece").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "Felix H.").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "Thank you for covering").removal().code())
                .isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "The council met").isKept()).isTrue();
    }

    @Test
    void keepsALiveBlogsEntriesEachUnderAShortTitleOverItsDate() {
        String entries = headed("Polls close", "10 minutes ago", "The last voters left the hall on Monday, and the "
                + "count began in the town library.", "")
                + headed("Turnout up", "25 minutes ago", "More people voted than at any election since the library "
                + "was first proposed, officials said.", "")
                + headed("Mayor speaks", "40 minutes ago", "The mayor thanked the volunteers and said the budget "
                + "would be the council's first task.", "");
        Page page = run("<article>" + PARAGRAPH.repeat(4) + entries + "</article>");

        assertThat(Pages.block(page, "More people voted").isKept()).isTrue();
        assertThat(Pages.block(page, "Turnout up").isKept()).isTrue();
    }

    private static final String BOX_SCORE = "<div class=story>"
            + "<p><strong>Viera (4-0):</strong> K. Hupfer 1 goal. L. Patikas 1 goal. Z. Nielsen 1 goal. J. Anasa 1 assist.</p>"
            + "<p><strong>Rockledge (3-1):</strong> C. Martinez 1 goal. D. Robbins 1 save.</p>"
            + "<p><strong>Melbourne (3-0):</strong> Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals, 2 assists.</p>"
            + "<p><strong>Cocoa (1-2):</strong> Jordan Munoz 8 saves. Kyle Reyes 2 saves and 1 assist.</p>"
            + "<p><strong>Palm Bay (1-0-2):</strong> Noah Jackson 1 goal, 1 assist. Sheldon Bryan 1 goal, 1 assist.</p>"
            + "<p><strong>Astronaut (NR):</strong> Jaden Siemans 7 saves. Mark Bell 1 goal, 2 assists.</p>"
            + "<p><strong>Merritt Island (3-2):</strong> Kyleigh Trout 1 goal. Grace Hanks 1 goal. Britton Carroll 5 saves.</p>"
            + "<p><strong>Titusville (0-3):</strong> Ava Lane 9 saves. Mia Cole and Jo Park 2 total.</p>"
            + "</div>";

    @Test
    void countsABoxScoresLinesAsTheArticleAboveAThread() {
        Page page = run(BOX_SCORE + THREAD);

        assertThat(Pages.block(page, "It would be nice").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "Rockledge (3-1)").isKept()).isTrue();
    }

    @Test
    void countsOnlyProseAboveAThreadWhenLinesDoNotCount() {
        Page page = Pages.run(Pages.html(BOX_SCORE + THREAD), new ProseLabelFilter(), new CommentThreadFilter(
                CommentThreadFilter.DEFAULT_MIN_POSTS, CommentThreadFilter.DEFAULT_MAX_DATE_WORDS,
                CommentThreadFilter.DEFAULT_MAX_LEVELS, CommentThreadFilter.DEFAULT_MIN_POST_SHARE,
                CommentThreadFilter.DEFAULT_MIN_ARTICLE_WORDS, CommentThreadFilter.DEFAULT_MAX_AUTHOR_WORDS,
                CommentThreadFilter.DEFAULT_MAX_NESTING, CommentThreadFilter.DEFAULT_MIN_VOICE_SHARE,
                CommentThreadFilter.DEFAULT_MAX_CONTROL_WORDS, CommentThreadFilter.DEFAULT_MIN_CONTROL_SHARE, 0));

        assertThat(Pages.block(page, "It would be nice").isKept()).isTrue();
    }

    @Test
    void keepsAThreadBelowOnlyLinksAndTitles() {
        String top = "<div><a href=/a>Home</a> <a href=/b>Sports news and scores from the county</a></div>"
                .repeat(12) + "<h2>Fans react to the county championship final and the new stadium</h2>"
                + "<div>Talk about the county championship final here</div>";
        Page page = run(top + THREAD);

        assertThat(Pages.block(page, "It would be nice").isKept()).isTrue();
    }

    @Test
    void removesAThreadInsideTheStoryWhosePostsShareAControlWordInLinesOfVaryingButtons() {
        String thread = "<h2>Your views</h2>"
                + controlled("JohnnyB", "9 days ago", "Spot on. The library is the real story here, and the budget "
                + "numbers just don't add up, whatever the council says about the coming year.",
                "<span>Reply</span> · <span>12 likes</span>")
                + controlled("Rohan Gallagher", "5d", "Typical. They talk about the library and do nothing about "
                + "the depot or the buses, which is what the town has needed for a very long time.",
                "<button>Flag</button><button>Reply</button>")
                + controlled("northsider", "5 days ago", "I live near the depot and the buses have been a problem "
                + "for years, honestly, and nobody on the council has ever listened to us about it.",
                "<a href=#>Share</a> <a href=#>Reply</a>");
        Page page = run("<article>" + PARAGRAPH.repeat(4) + thread
                + "<p>Jane Roe and Tom Lee contributed to this report from the town hall.</p></article>");

        assertThat(Pages.block(page, "Typical. They talk").removal().code()).isEqualTo(CommentThreadFilter.REASON);
        assertThat(Pages.block(page, "Jane Roe and Tom Lee").isKept()).isTrue();
    }
}
