package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class MainContainerFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";

    private static Page page(String html) {
        return Pages.html(html);
    }

    /**
     * A cookie notice full of commas (and no sentence end: not prose) in one box, then a three-paragraph story
     * written without commas in another, class names hashed; labelled.
     */
    private static Page cookieNoticeAboveAShortStory() {
        String story = "<p>Members agreed that the library would open next spring and that its hours would be set "
                + "once the staff had been hired by the clerk and the board in the new year.</p>";
        Page page = page("<section><div class=css-1x2y3z><p>We use cookies, pixels, tags and similar tools to run "
                + "the site, measure it, show you ads, remember your choices, and share data with partners, as our "
                + "policy, which you may read, explains</p></div></section><div class=css-9q8w7e>" + story
                + story.replace("library", "pool") + story.replace("library", "museum") + "</div>");
        new ProseLabelFilter().process(page);
        return page;
    }

    private static Block block(Page page, String prefix) {
        return Pages.block(page, prefix);
    }

    @Test
    void leavesAPageWithoutBlocksAlone() {
        // no text outside svg: no block, so no element to index the tree from
        Page page = page("<div class=content><p> &nbsp; </p><svg><text>A chart of the budget.</text></svg></div>");

        assertThat(page.blocks()).isEmpty();
        assertThat(new MainContainerFilter().process(page)).isFalse();
    }

    @Test
    void removesASidebarOutsideTheArticleContainer() {
        Page page = page("<div class=story>" + PARAGRAPH.repeat(4) + "</div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>");

        assertThat(new MainContainerFilter().process(page)).isTrue();

        assertThat(block(page, "Sign up").removal().code()).isEqualTo(MainContainerFilter.REASON);
        assertThat(page.kept()).hasSize(4);
    }

    /** Twelve paragraphs of a story, each on its own subject. */
    private static String storyOfTwelveParagraphs() {
        StringBuilder body = new StringBuilder();
        for (String topic : new String[] {"library", "pool", "museum", "park", "school", "bridge", "road", "market",
                "station", "clinic", "theatre", "harbour"}) {
            body.append("<p>The council met on Monday to discuss the ").append(topic).append(", which has grown by a "
                    + "third since last year, and members asked who would pay for the ").append(topic)
                    .append(" and when.</p>");
        }
        return body.toString();
    }

    @Test
    void keepsTheListOfKeyPointsRightAboveTheBody() {
        Page page = page("<div class=wrap><ul class=summary-list><li><a href=/lib>The library</a> opens next "
                + "spring.</li><li>Members of the council agreed on Monday that the new library would open next "
                + "spring once its staff have been hired.</li><li>The pool that closed in March was left out of the "
                + "plan again and residents asked the mayor why.</li></ul><section class=section--text>"
                + storyOfTwelveParagraphs() + "</section></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "The library opens next spring.").isKept()).isTrue();
        assertThat(block(page, "Members of the council agreed").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void aListOfHeadlinesAboveTheBodyIsNoKeyPoints() {
        Page page = page("<div class=wrap><ul class=more><li>Mayor defends the budget plan</li>"
                + "<li>Council to vote on the new library as the pool stays closed for another year</li></ul>"
                + "<section class=section--text>" + storyOfTwelveParagraphs() + "</section></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "Mayor defends").isKept()).isFalse();
    }

    @Test
    void keepsABodyWhoseSentencesLinkHalfTheirWordsBesideABoxWithoutLinks() {
        // a wiki-style body: the links inside its sentences discount it no more than the box without links
        String body = "<p>The <a href=/wiki/Council>council met</a> on Monday, after <a href=/wiki/Delay>weeks of "
                + "delay</a>, to discuss <a href=/wiki/Budget>the budget</a>, which has grown by a third.</p>"
                + "<p>Its <a href=/wiki/Library>new library</a>, planned since <a href=/wiki/2019>2019</a>, will open in "
                + "<a href=/wiki/Spring>the spring</a>, the clerk said, once the roof is done.</p>"
                + "<p>Members of <a href=/wiki/Opposition>the opposition</a> asked why the pool, closed in "
                + "<a href=/wiki/March>March</a>, was left out of <a href=/wiki/Plan>the plan</a> again.</p>"
                + "<p>The <a href=/wiki/Mayor>mayor replied</a> that repairs, which would cost far more, "
                + "<a href=/wiki/Grant>had to wait</a> for a grant from <a href=/wiki/State>the state</a>.</p>"
                + "<p>A vote on <a href=/wiki/Taxes>local taxes</a>, put off twice, is now set for "
                + "<a href=/wiki/June>June</a>, when <a href=/wiki/Audit>the audit</a> should be published.</p>"
                + "<p>Residents who spoke at <a href=/wiki/Meeting>the meeting</a> said the <a href=/wiki/Buses>bus "
                + "routes</a>, cut last year, mattered more to them than <a href=/wiki/Books>the books</a>.</p>";
        String plain = "<p>The board, its staff, its friends, its donors and its readers, who wrote in, who came, who "
                + "gave, were thanked, once more, by the chair, who said that the year, though hard, had gone well.</p>"
                + "<p>Volunteers, sponsors, neighbours, teachers, pupils and parents, whose help, time and money kept "
                + "the doors open, each got a letter, a badge, a lunch and a seat at the dinner in May.</p>";
        Page page = Pages.run(page("<div class=a><div class=b>" + plain + "</div></div>"
                + "<div class=c><div class=d>" + body + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        // before, the body's link text cut its score below the box's, and the box alone was taken
        assertThat(block(page, "The council").isKept()).isTrue();
        assertThat(block(page, "Residents").isKept()).isTrue();
    }

    @Test
    void keepsBothPartsOfAnArticleSplitAroundAFigure() {
        Page page = page("<div><div class=body>" + PARAGRAPH.repeat(3) + "</div></div>"
                + "<figure><figcaption>A photo of the library.</figcaption></figure>"
                + "<section><div><div class=body>" + PARAGRAPH.repeat(3) + "</div></div></section>");

        new MainContainerFilter().process(page);

        assertThat(page.kept()).hasSize(6);
    }

    @Test
    void keepsTheLoneLastParagraphOfABodySplitByAnAdSlotIntoBoxesOfItsClass() {
        Page page = Pages.run(page("<div class=main><div class=entry-content>" + PARAGRAPH
                + "<p>Its members, who had asked for the vote, said the plan, drawn up in March, was late, costly and "
                + "far too small for a town of its size, and that the pool, shut since May, was left out.</p>"
                + "<p>The mayor, in reply, said the money, which came from the state, could not be spent on repairs, "
                + "on staff or on the roads, and that the board, not she, had set the terms.</p>"
                + "</div><div class=ad-slot></div>"
                + "<div class=entry-content><p>The council will meet again next month, when it expects to hear from "
                + "the contractors who bid for the work on the new library and pool.</p></div>"
                + "<div class=links><p>Terms of use</p></div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The council will").isKept()).isTrue();
        assertThat(block(page, "Terms").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void scoresAStorySetAsLinesInTheOneCellOfALayoutTableFromTheTablesContainer() {
        // an old CMS: the body as lines apart by <br><br> in one <td>, its lead and last lines beside the table
        String lines = "The council met on Monday, after weeks of delay, to discuss the budget, which has grown.<br><br>"
                + "Its members, who had asked for the vote, said the plan, drawn up in March, was late.<br><br>"
                + "The mayor, in reply, said the money, which came from the state, could not be spent on repairs.<br><br>"
                + "Residents, many of them parents, said the buses, cut last year, mattered more to them, by far.<br><br>"
                + "A vote on local taxes, put off twice, is now set for June, when the audit, at last, is out.<br><br>"
                + "The clerk, asked about staff, said the posts, all six of them, would be filled by the autumn.";
        Page page = Pages.run(page("<div class=col><p>The town's new library, planned since 2019, moved a step "
                + "closer on Monday, and its pool, shut since May, may open again in the summer.</p>"
                + "<table width=100%><tr><td>" + lines + "</td></tr></table>"
                + "<p>The council will meet again next month, when it hears from the contractors.</p></div>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The town's").isKept()).isTrue();
        assertThat(block(page, "The council will").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    /** Six lines of a story, apart by {@code <br><br>}, for a CMS that sets its paragraphs so. */
    private static final String STORY_LINES = "The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown.<br><br>Its members, who had asked for the vote, said the plan, drawn up in March, was "
            + "late.<br><br>The mayor, in reply, said the money, which came from the state, could not be spent on "
            + "repairs.<br><br>Residents, many of them parents, said the buses, cut last year, mattered more to them, "
            + "by far.<br><br>A vote on local taxes, put off twice, is now set for June, when the audit, at last, is "
            + "out.<br><br>The clerk, asked about staff, said the posts, all six of them, would be filled by autumn.";

    @Test
    void scoresAStorySetAsLinesInOneDivFromThatDivNotTheBoxAroundIt() {
        // the lines, set among the div's figure, are its paragraphs, as <p>s in it would be: the div wins, not the
        // box that also holds a newsletter box beside it (class names that say nothing)
        Page page = Pages.run(page("<div class=c1><div class=c2>" + STORY_LINES.replace("<br><br>Its members",
                "<figure><img src=a.jpg><figcaption>The town hall.</figcaption></figure>Its members")
                + "</div><div class=c3><p>Sign up "
                + "for our briefing, which is sent to readers, by email, every morning, at six.</p></div></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The council met").isKept()).isTrue();
        assertThat(block(page, "The clerk").isKept()).isTrue();
        assertThat(block(page, "Sign up").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void keepsADivOfLinesBesideTheWinnerAsReadabilityKeepsAParagraph() {
        // a story split by an embed into two divs of lines without a class: the shorter first one joins as a
        // paragraph would
        Page page = Pages.run(page("<div class=c1><div>The town's new library, planned since 2019, moved a step "
                + "closer on Monday.<br><br>Its pool, shut since May, may open again in the summer.</div>"
                + "<div class=c4><a href=/x>Read more: Storm leaves thousands without power</a></div>"
                + "<div>" + STORY_LINES + "</div></div>"
                + "<div class=c3><p>Sign up for our briefing, which is sent to readers, by email, every morning.</p>"
                + "</div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The town's").isKept()).isTrue();
        assertThat(block(page, "Its pool").isKept()).isTrue();
        assertThat(block(page, "The clerk").isKept()).isTrue();
        assertThat(block(page, "Sign up").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    /** A story's body, then its last part in a hashed box beside it, the part's paragraphs followed by {@code tail}. */
    private static Page storyWithAPartEndingIn(String tail) {
        String body = PARAGRAPH + PARAGRAPH.replace("library", "pool") + PARAGRAPH.replace("library", "museum");
        return Pages.run(page("<div class=wrap><div class=entry-content>" + body + "</div>"
                + "<p class=label>Story continues below</p>"
                + "<div class=css-1y4k2p><div class=css-3m9r0d><p>Transformed into graceful performers!</p>"
                + "<p>There is a saying that a figure is formed in the presence of flowers which describes the "
                + "dance that the troupe brought to the park for the opening night of the festival.</p><p>The techniques of the royal court paired with the costumes revealed an even more "
                + "elegant side of it to the crowd that had gathered in the park since the early evening.</p>" + tail + "</div></div></div>"), new ProseLabelFilter());
    }

    @Test
    void takesAPartOfTheStoryWithThePlainLinesBesideItsParagraphs() {
        // the part's two paragraphs read as the story's; the show's run, staff and prices below them, plain lines
        // in the same box, push its prose share below the chunk's least, but are the part's own
        Page page = storyWithAPartEndingIn("<p>2018.04.05 ~ OPEN RUN<br>Tue – Sat 4PM (Closed on Sun &amp; Mon)</p>"
                + "<p>STAFF<br>Choreographer_Jeong Hye Jin / Director_Oh Kyeong Taek / Writer_Kyeong Min Seon / "
                + "Composer_Kim Cheol Hwan / Art Director_Park Dong Woo / Lighting Design_Sin Ho</p>"
                + "<p>VIP : 60,000<br>R : 50,000<br>S : 40,000</p>");

        new MainContainerFilter().process(page);

        assertThat(block(page, "There is a saying").isKept()).isTrue();
        assertThat(block(page, "Choreographer").isKept()).isTrue();
        assertThat(block(page, "VIP").isKept()).isTrue();
    }

    @Test
    void scoresTheCellsOfATableOfManyProseCellsEachFromItsRow() {
        // a table of 300 prose cells is no layout table: its cells score their rows, as before the cells were
        // counted once per table; and a one-cell table nested in one of them is the only layout table
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append("<tr><td>Row ").append(i).append(": the council, after weeks of delay, met to discuss the "
                    + "budget, which has grown.</td></tr>");
        }
        rows.append("<tr><td><table><tr><td>The clerk, asked about staff, said the posts, all six of them, would be "
                + "filled.</td></tr></table></td></tr>");
        Page page = Pages.run(page("<div class=col><table>" + rows + "</table></div>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(page.kept()).hasSize(301);
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
        assertThat(block(page, "Most read").removal().detail()).isEqualTo("outside <tbody>");
    }

    @Test
    void takesTheBodysOtherChunkOfItsTagAndClassThoughItsShortParagraphsScoreLittle() {
        // a page builder's body split by an ad slot into two boxes of one class; the first opens with a short line
        // and holds short paragraphs without commas: readability's bonus for the winner's class takes it
        String chunk = "<div class=wp-block-group>";
        Page page = Pages.run(page("<div>" + chunk + "<p>Your mindset matters. Here is why:</p>"
                + "<p>There is a strange gap in the online business world.</p>"
                + "<p>Online business owners tend to be quiet people who work alone.</p>"
                + "<p>It is the perfect job for a person who likes to be alone.</p></div>"
                + "<div class=ad-slot></div>" + chunk + PARAGRAPH.repeat(8) + "</div></div>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Your mindset").isKept()).isTrue();
        assertThat(block(page, "It is the perfect job").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void takesTheBodysFirstChunkWhoseClassTheWinnerHasWithAStateClassAdded() {
        // a body split by an ad slot into boxes whose class names hold a furniture word: the later chunk, which
        // wins, carries the first chunk's classes and a state class ("is-continued"); the first chunk opens with an
        // ad slot, ends with a sign-up box, and its short paragraphs without commas score little of their own
        Page page = Pages.run(page("<div><div class='related-to-story story-body'><div class=ad-slot></div>"
                + "<p>Your mindset matters. Here is why:</p>"
                + "<p>There is a strange gap in the online business world.</p>"
                + "<p>Online business owners tend to be quiet people who work alone.</p>"
                + "<p>It is the perfect job for a person who likes to be alone.</p>"
                + "<div class=c-newsletter><p>The best of our journalism, sent every weekday.</p>"
                + "<form><input type=email><button>Subscribe</button></form></div></div>"
                + "<div class=ad-slot></div><div class='related-to-story story-body is-continued'>" + PARAGRAPH.repeat(8)
                + "</div>"
                + "</div><div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p>"
                + "</div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Your mindset").isKept()).isTrue();
        assertThat(block(page, "It is the perfect job").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void takesNoBoxWhoseClassTheWinnerHasWithAnotherNameBesideIt() {
        // the body's box carries "text-copy bodycopy"; a plea below it in a box of "text-copy" alone is no chunk
        Page page = Pages.run(page("<section><div class='text-copy bodycopy'>" + PARAGRAPH.repeat(8) + "</div>"
                + "<div class=text-copy><p>Join our forums to keep talking about the council and more, and tell us "
                + "what you think.</p></div></section>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Join our forums").isRemoved()).isTrue();
    }

    @Test
    void takesTheStorysShortLastSentenceInABoxThatClosesTheWrapperPastASignUpBox() {
        // the story's closing line set alone in a "read-more" wrapper below a sign-up box, the last text of the
        // wrapper: too short for strong prose, but a sentence with no link, form or word to the reader
        Page page = Pages.run(page("<article><div class=body-text>" + PARAGRAPH.repeat(6) + "</div>"
                + "<div class=newsletter-inline><p>Get the top stories delivered to your inbox.</p>"
                + "<form><input type=email><button>Sign up</button></form></div>"
                + "<div class=read-more-wrapper><div class=sc-7h2kq9><p>In short, the vote is likely to be close.</p>"
                + "</div></div></article>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter(), new SignUpBoxFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "In short").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void takesNoShortSentenceBelowTheStoryWithMoreTextAfterIt() {
        // a one-line blurb in a box of its own below the story, with the site's own text after it: not the story's end
        Page page = Pages.run(page("<article><div class=body-text>" + PARAGRAPH.repeat(6) + "</div>"
                + "<div class=blurb><p>The paper has covered the valley since 1887.</p></div>"
                + "<div class=more><p>Printed and published by the Valley Press Company, all in the valley.</p></div>"
                + "</article>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The paper has covered").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void takesTheBodysLastChunkOfItsClassThatWrapsOneShortParagraph() {
        // the last chunk after an ad slot holds one short paragraph: it has no score of its own (the paragraph
        // scores the chunk's parent, as a wrapper's would), but it is the body's, by its tag and class
        Page page = Pages.run(page("<article><div class=entry-content>" + PARAGRAPH.repeat(5) + "</div>"
                + "<div class=ad-slot></div><div class=entry-content><p>The clerk said the posts would be filled by "
                + "the autumn.</p></div></article>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The clerk said").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void takesAChunkOfOneParagraphOfTheStorysParagraphClassInABoxOfAnotherClass() {
        // hashed class names: each chunk's box its own, the story's paragraphs one; an author box between
        String p = PARAGRAPH.replace("<p>", "<p class=xd499a>");
        Page page = Pages.run(page("<main><div class=css-1a2b3c>" + p.repeat(5) + "</div>"
                + "<div class=css-9f8e7d><a href=/author/jane-doe>Jane Doe</a></div>"
                + "<div class=sc-kLmNo><p class=xd499a>The clerk said the two new posts would be filled by the autumn, once "
                + "the board had agreed on the pay.</p></div>"
                + "<div class=css-4d5e6f><p>Jane Doe covers the council and its committees for the paper.</p></div>"
                + "</main>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The clerk said").isKept()).isTrue();
        assertThat(block(page, "Jane Doe covers").isRemoved()).isTrue();
    }

    /** A live-blog post: a time stamp, the paragraphs, a share link, in a box of class live-post. */
    private static String post(String tag, String time, String... paragraphs) {
        StringBuilder out = new StringBuilder("<" + tag + " class=live-post><time>" + time + "</time>");
        for (String paragraph : paragraphs) out.append("<p>").append(paragraph).append("</p>");
        return out.append("<div class=post-share><a href=#>Share</a></div></").append(tag).append('>').toString();
    }

    @Test
    void scoresARowOfShortPostsAsTheBoxThatHoldsThemAll() {
        // a story set as live-blog posts of one class (articles and divs), one or two paragraphs each, above a
        // factbox of more paragraphs than any post: each post scores from its own box's bias and gives the row
        // half its paragraphs' score, so the factbox won
        String row = "<div class=story-updates>"
                + post("article", "8:59", "A hunter who killed and ate a wild rabbit, the officials said, has been "
                        + "taken to hospital with the plague, the third case in the city this month.")
                + post("div", "9:08", "The man, who is 55, is the third resident to catch the disease, which "
                        + "doctors had thought was gone from the region, this year.")
                + post("article", "9:18", "Health officials said that 28 people, most of them neighbours, had been "
                        + "kept at home, and that none of them had shown signs of the disease.",
                        "The man told doctors that he ate the meat, which he had cooked himself, on a trip north.")
                + post("div", "9:39", "He was taken to hospital on Saturday, where he has been given drugs, "
                        + "and his family, who ate with him, are being watched.")
                + "<div class=boxout><h3>How is the plague spread?</h3><div class=boxout-content>"
                + "<p>Plague is caused by bacteria found in small animals, and in their fleas, and it passes to "
                + "people by bites, by touch, or by breathing in drops.</p>"
                + "<p>Those infected often fall ill after a few days, with fever, chills, and aches.</p>"
                + "<p>The two main forms, bubonic and pneumonic, differ in where in the body they strike.</p>"
                + "<p>Untreated, the pneumonic form is always fatal, the health agency says.</p>"
                + "<p>From 2010 to 2015, there were 3248 cases reported, and 584 deaths.</p>"
                + "<p>Nowadays, the plague is easily treated with drugs, if caught early.</p>"
                + "</div></div></div>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>";
        Page page = Pages.run(page(row), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "A hunter who").isKept()).isTrue();
        assertThat(block(page, "The man, who is 55").isKept()).isTrue();
        assertThat(block(page, "He was taken").isKept()).isTrue();
        assertThat(block(page, "Nowadays").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().detail()).isEqualTo("outside <div class=story-updates>");
    }

    @Test
    void takesNoTwoPostsForARow() {
        // two boxes of one class, a paragraph each, beside a body: no row, each scores on its own
        Page page = Pages.run(page("<div class=page><div class=entry-content>" + PARAGRAPH.repeat(6) + "</div>"
                + "<div class=note><p>The author wrote this piece, on the budget, for the paper.</p></div>"
                + "<div class=note><p>The paper, which is funded by readers, takes no ads.</p></div></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The author").removal().detail()).isEqualTo("outside <div class=entry-content>");
    }

    @Test
    void takesTheBodysChunkOfItsItempropWhenNeitherHasAClass() {
        // <div id=articleBody itemprop=articleBody>, then after an ad slot <div itemprop=articleBody>: one kind
        Page page = Pages.run(page("<article><div id=articleBody itemprop=articleBody>" + PARAGRAPH.repeat(5)
                + "</div><div class=inline-ad></div><div itemprop=articleBody><p>The clerk said the posts would be "
                + "filled by the autumn.</p></div></article>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The clerk said").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void aHeadlineBoxWhoseClassNameScoresCloseIsNoPartOfTheArticle() {
        // the headline's box, its "article" class bonus bringing the standfirst set as a subheading close to the
        // body's score: no paragraph of the body in it, so it is no second part of the article
        Page page = page("<header><div class=article-headline-wrap><h1>Council backs the new library</h1>"
                + "<h2>The vote ends, after years of delay, a long fight over the plan, the council said.</h2></div>"
                + "</header><div class=byline>By Jane Doe</div><div class=story-body>" + PARAGRAPH.repeat(2)
                + "</div>");

        new MainContainerFilter().process(page);

        assertThat(block(page, "The vote ends").removal().code()).isEqualTo(MainContainerFilter.REASON);
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void keepsAParagraphBesideTheContainerAsReadabilityDoes() {
        Page page = page("<div class=wrap><p>The mayor opened the meeting, which ran long, with a word of thanks to "
                + "the staff.</p><div class=story>" + PARAGRAPH.repeat(4) + "</div>"
                + "<p><a href=/more>More from the council and the other news of the week in town</a></p></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>");

        new MainContainerFilter().process(page);

        assertThat(block(page, "The mayor").isKept()).isTrue();
        assertThat(block(page, "More from").isRemoved()).isTrue();
    }

    @Test
    void keepsTheLeadInABoxOfItsOwnRightAboveTheBody() {
        Page page = Pages.run(page("<div class=wrap><div class=article__summary>Three people have died during "
                + "protests against the new government, after violent clashes between its opponents and the police on Tuesday night."
                + "</div><div class=article__text>" + PARAGRAPH.repeat(4) + "</div></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, which is delivered daily to all readers.</p>"
                + "</div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Three people").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void keepsALeadParagraphWrappedInItsBoxAboveAHeroImage() {
        Page page = Pages.run(page("<div class=wrap><div class=standfirst><p>Three people have died during "
                + "protests against the new government, after violent clashes between its opponents and the police "
                + "on Tuesday night.</p></div><figure><img src=a.jpg><figcaption>Protesters in the square."
                + "</figcaption></figure><div class=article__text>" + PARAGRAPH.repeat(4) + "</div></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, which is delivered daily to all readers.</p>"
                + "</div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Three people").isKept()).isTrue();
        assertThat(block(page, "Protesters").isRemoved()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void takesNoBoxNamedForFurnitureAboveTheBodyForItsLead() {
        Page page = Pages.run(page("<div class=wrap><div class=newsletter-promo><p>Sign up for our morning "
                + "briefing, which is delivered daily to all readers, with the news you need to start the day.</p>"
                + "</div><div class=article__text>" + PARAGRAPH.repeat(4) + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void takesNoBoxNamedForFurnitureInsideANeutralSlotForItsLead() {
        Page page = Pages.run(page("<div class=wrap><div class=slot><div class=newsletter-promo><p>Sign up for our "
                + "morning briefing, which is delivered daily to all readers, with the news you need to start the "
                + "day.</p></div></div><div class=article__text>" + PARAGRAPH.repeat(4) + "</div></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    /** The lead stands below the headline: a box above the headline is another story's or the site's. */
    @Test
    void looksForTheLeadNoHigherThanTheHeadline() {
        Page page = Pages.run(page("<div class=wrap><div class=alert><p>Our live coverage of the regional elections "
                + "continues through the night, with results from every district as soon as they are counted.</p>"
                + "</div><h1>Council approves the new library</h1><div class=article__text>" + PARAGRAPH
                + PARAGRAPH.replace("library", "pool") + PARAGRAPH.replace("library", "museum")
                + PARAGRAPH.replace("library", "school") + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Our live coverage").isRemoved()).isTrue();
    }

    @Test
    void countsTheCommasOfOtherScripts() {
        String chinese = "<p>市议会周一开会，讨论预算，预算比去年增长了三分之一，并就新图书馆进行表决，会议持续到深夜。</p>";
        Page page = page("<div>" + chinese.repeat(5) + "</div>"
                + "<div class=sidebar><p>订阅我们的早间简报，每天送达您的邮箱，不要错过任何新闻。</p></div>");

        assertThat(new MainContainerFilter().process(page)).isTrue();

        assertThat(block(page, "订阅").isRemoved()).isTrue();
    }

    @Test
    void doesNothingWhenNoContainerStandsOut() {
        Page page = page("<p>Short note.</p><div>Another line.</div>");

        assertThat(new MainContainerFilter().process(page)).isFalse();
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void widensToTheEnclosingContainerWhenTheArticleIsSplitIntoSections() {
        String prose = "<p>Members agreed that the library would open next spring, and that its hours would be set "
                + "once the staff had been hired, a process the clerk expects to finish within two months.</p>";
        Page page = page("<div class=wrap><section><div class=text>" + PARAGRAPH.repeat(5) + "</div></section>"
                + "<section><div>" + prose.repeat(3) + "</div></section>"
                + "<section><div>" + prose.repeat(3) + "</div></section></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void widensUnderAWrapperWhoseFurnitureNameIsThePagesLayout() {
        // "nav-open" on the wrapper of the whole page: a layout's name, not a box of furniture around the sections
        String prose = "<p>Members agreed that the library would open next spring, and that its hours would be set "
                + "once the staff had been hired, a process the clerk expects to finish within two months.</p>";
        Page page = page("<div class=nav-open><div class=wrap><section><div class=text>" + paragraphs(5)
                + "</div></section><section><h2>The library</h2><div>" + prose + prose.replace("spring", "summer")
                + prose.replace("spring", "autumn") + "</div></section><section><h2>The pool</h2><div>"
                + prose.replace("library", "pool") + prose.replace("library", "pool").replace("spring", "summer")
                + prose.replace("library", "pool").replace("spring", "autumn") + "</div></section>"
                + "</div><div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div></div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed that the library").isKept()).isTrue();
        assertThat(block(page, "Members agreed that the pool").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void prefersTheContainerMicrodataNamesTheArticleBody() {
        Page page = page("<div itemprop=articleBody>" + PARAGRAPH.repeat(5) + "</div>"
                + "<section><div><p>Readers also liked: a long list of stories, each with its own summary, and more.</p>"
                + PARAGRAPH.replace("council", "committee").repeat(3) + "</div></section>");

        new MainContainerFilter().process(page);

        assertThat(block(page, "Readers").isRemoved()).isTrue();
    }

    @Test
    void twoContainersThatScoreAlikeAreRankedInDocumentOrderInEveryRun() {
        String html = "<div id=first>" + PARAGRAPH.repeat(3) + "</div><div id=second>" + PARAGRAPH.repeat(3) + "</div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>";
        java.util.Set<String> details = new java.util.HashSet<>();
        for (int run = 0; run < 40; run++) { // fresh elements each time: identity hash codes differ
            Page page = page(html);
            new MainContainerFilter().process(page);
            details.add(block(page, "Sign up").removal().detail());
        }
        assertThat(details).hasSize(1);
        assertThat(details.iterator().next()).contains("first");
    }

    @Test
    void takesAWeakContainerThatHoldsThePagesProse() {
        // two paragraphs score under the minimum, and no class name helps: still the only place the story can be
        Page page = page("<div class=css-1x2y3z>" + PARAGRAPH.repeat(2) + "</div>"
                + "<div class=css-9q8w7e><h3>Random Posts</h3><div>3/random/post-list</div></div>");
        new ProseLabelFilter().process(page);

        assertThat(new MainContainerFilter().process(page)).isTrue();

        assertThat(block(page, "Random Posts").isRemoved()).isTrue();
        assertThat(block(page, "3/random").isRemoved()).isTrue();
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void leavesAPageAloneWhenAWeakContainerHoldsLittleOfItsProse() {
        String prose = "<p>Members agreed that the library would open next spring and that its hours would be set "
                + "once the staff had been hired by the clerk and the board in the new year.</p>";
        Page page = page("<div class=css-1x2y3z>" + PARAGRAPH.repeat(2) + "</div>"
                + ("<section><section><section><section><section>" + prose
                + "</section></section></section></section></section>").repeat(4));
        new ProseLabelFilter().process(page);

        assertThat(new MainContainerFilter().process(page)).isFalse();

        assertThat(block(page, "Members").isKept()).isTrue();
    }

    @Test
    void triesTheNextWeakContainerWhenTheFirstHoldsLittleOfTheProse() {
        // a cookie notice full of commas outscores a short story written without them, but holds none of its prose
        // (a weak winner's region must hold nearly all of it)
        Page page = cookieNoticeAboveAShortStory();

        assertThat(new MainContainerFilter().process(page)).isTrue();

        assertThat(block(page, "We use cookies").isRemoved()).isTrue();
        assertThat(block(page, "Members").isKept()).isTrue();
    }

    @Test
    void aWeakContainerOfTeasersHoldingMoreProseThanAShortStoryDoesNotWin() {
        // hashed class names, a two-paragraph story, then a box of five teaser cards with summaries: the box holds
        // about 70% of the prose, which is no evidence that it is the article
        String story = "<p>The county will close the old bridge over the river on Monday so that crews can repair two of "
                + "its supports before winter sets in and the rains begin.</p><p>Drivers will have to use the highway "
                + "bridge to the north for about six weeks and the county said it would post signs on every road.</p>";
        StringBuilder cards = new StringBuilder("<div class=c-d4><h2>From the area</h2>");
        for (String topic : new String[] {"school", "library", "market", "station", "pool"}) {
            cards.append("<h3><a href=/x>News of the ").append(topic).append("</a></h3><p>The ").append(topic)
                    .append(" will stay open until nine on weekdays from next month after the council found the money "
                            + "to hire two more members of staff.</p>");
        }
        Page page = page("<div class=c-a1><h1>Bridge to close</h1><div class=c-b3><div class=c-b2>" + story
                + "</div></div></div>" + cards + "</div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "The county will close").isKept()).isTrue();
        assertThat(block(page, "Drivers will have").isKept()).isTrue();
    }

    @Test
    void keepsTheTailOfAShortStorySplitByAnAdSlot() {
        // a short story, class names hashed, split by an empty ad slot into a box of four paragraphs and one of one
        Page page = page("<header class=c-h><h1>Bridge to close</h1></header><section class=c-s><div class=c-b1>"
                + "<p>The county will close the old bridge over the river on Monday so that crews can repair two of its "
                + "supports before winter sets in and the rains begin.</p><p>Drivers will have to use the highway "
                + "bridge to the north for about six weeks and the county said it would post signs on every road that "
                + "leads to the crossing.</p><p>Engineers found cracks in the supports during an inspection in the "
                + "spring and said the bridge was safe for cars but not for the heavy trucks that use it.</p><p>The "
                + "repairs will cost about two million dollars and will be paid for by the state, which set aside money "
                + "for old bridges in its budget last year.</p></div><div class=c-x9></div><div class=c-b2><p>The county "
                + "said the bridge should open again before the end of the year if the weather holds and the steel for "
                + "the new supports arrives on time.</p></div></section>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "The county said the bridge").isKept()).isTrue();
        assertThat(block(page, "The repairs will cost").isKept()).isTrue();
    }

    @Test
    void triesNoMoreWeakContainersThanAllowed() {
        Page page = cookieNoticeAboveAShortStory();
        MainContainerFilter firstOnly = new MainContainerFilter(MainContainerFilter.DEFAULT_MIN_PARAGRAPH_CHARS,
                MainContainerFilter.DEFAULT_MAX_LEVELS, MainContainerFilter.DEFAULT_SIBLING_SHARE,
                MainContainerFilter.DEFAULT_MIN_SCORE, MainContainerFilter.DEFAULT_POSITIVE,
                MainContainerFilter.DEFAULT_NEGATIVE, MainContainerFilter.DEFAULT_MIN_WEAK_SCORE, 1,
                MainContainerFilter.DEFAULT_MIN_WEAK_REGION_PROSE_SHARE);

        assertThat(firstOnly.process(page)).isFalse();

        assertThat(page.kept()).hasSize(4);
        assertThat(page.problems()).anySatisfy(p -> assertThat(p.message()).contains("no container stands out"));
    }

    /** A body split by the CMS into chunks of one class, each in a layout box named for its ad rail. */
    private static String chunkedBody(int... paragraphs) {
        StringBuilder html = new StringBuilder("<div class=article-chunks>");
        for (int n : paragraphs) {
            html.append("<div class=\"grid grid-layout--adrail\"><div class=\"body__container article-body\">")
                    .append(PARAGRAPH.repeat(n)).append("</div></div>")
                    .append("<div class=ad-slot><span>Advertisement</span></div>");
        }
        return html.append("</div>").toString();
    }

    @Test
    void keepsEveryChunkOfABodySplitIntoContainersOfOneClass() {
        Page page = page(chunkedBody(8, 3, 3)
                + "<div class=sidebar><p>Sign up for our morning briefing, delivered daily.</p></div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(14);
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void aSmallBoxStyledLikeTheBodyElsewhereStaysOut() {
        // a fact check: the claim it checks quoted in a box of the body's class, at another place in the layout
        String quote = "<div class=statement><div class=wsw><p>Officials said the convoy, which left at dawn, was "
                + "stopped, searched, held, turned back, and sent home, they said.</p></div></div>";
        Page page = page("<div class=wrap><div class=wsw>" + PARAGRAPH.repeat(12) + "</div></div>" + quote);
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "Officials said").isRemoved()).isTrue();
    }

    /** Paragraphs of one story, each its own text (text the page repeats counts once towards its prose). */
    private static String paragraphs(int n) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= n; i++) html.append(PARAGRAPH.replace("Monday", "day " + i));
        return html.toString();
    }

    @Test
    void aTeasersSummaryStyledLikeTheBodyIsNoChunkOfTheArticle() {
        // WordPress: the cards below the story print their excerpts in the body's "entry-content" box, each card
        // under a linked headline; the story's region holds its prose without them
        StringBuilder cards = new StringBuilder("<div class=col-below><h2>Elsewhere in town</h2>");
        for (int i = 1; i <= 4; i++) {
            cards.append("<article class=\"post-").append(i).append(" post\"><h2 class=entry-title><a href=/p")
                    .append(i).append(">Story ").append(i).append(" headline here</a></h2><div class=entry-content>")
                    .append("<p>Residents of the east side, who have waited years for a new bridge, said that the ")
                    .append("plan, revised twice, still falls short of what they were told, number ").append(i)
                    .append(".</p></div></article>");
        }
        Page page = page("<div class=site><div class=col-main><article class=\"post-9 post\"><div class=entry-content>"
                + paragraphs(10) + "</div></article></div>" + cards + "</div></div>");
        new ProseLabelFilter().process(page);
        new LinkDensityFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(10);
        assertThat(page.kept()).noneMatch(b -> b.text().startsWith("Residents"));
    }

    /** Two paragraphs without commas: they score too little to join the body as its siblings. */
    private static final String CHUNK = "<p>Members agreed that the library would open next spring and that its hours "
            + "would be set once the staff had been hired by the clerk.</p><p>The board said the new building would "
            + "cost less to heat than the old one and that the car park would stay free for now.</p>";

    @Test
    void aBoxNestedAmongTheStorysOwnParagraphsGivesWayToTheBodysBox() {
        // the body's box (named for a widget by a page builder) holds the first paragraphs, a label, then the rest of
        // the story in a box whose name earns a bonus: the whole body is the region, the rail beside it is not
        Page page = page("<div class=wrap><div class=elementor-widget-container>" + paragraphs(3)
                + "<p>And then the rain came.</p><p class=label>Story continues below</p><div class=body-after-ad>"
                + paragraphs(8).replace("The council", "The board") + "</div></div>"
                + "<div class=rail><p>Residents of the east side, who have waited years for a new bridge, said that the "
                + "plan, revised twice, still falls short of what they were told.</p></div></div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(3);
        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The board")).hasSize(8);
        assertThat(block(page, "And then").isRemoved()).isFalse();
        assertThat(block(page, "Residents").isRemoved()).isTrue();
    }

    @Test
    void aStandfirstBesideTheBodyLeavesTheBodyTheWinner() {
        // one paragraph beside the body's box is a standfirst or a note, not the story's own run: the body's box
        // stays the winner, and a rail beside it inside the article stays out
        Page page = page("<article class=wrapper><p class=deck>" + PARAGRAPH.substring(3).replace("The council", "A deck")
                + "<div class=article-body>" + paragraphs(8) + "</div><div class=rail><div class=box><p>Residents of "
                + "the east side, who have waited years for a new bridge, said that the plan, revised twice, still "
                + "falls short of what they were told.</p></div></div></article>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(8);
        assertThat(block(page, "Residents").removal().detail()).contains("article-body");
    }

    @Test
    void keepsAChunkOfTheStoryInABoxOfItsOwnBelowAnAdSlot() {
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=slot></div><div class=x><div class=y>" + CHUNK + "</div></div></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, which is delivered daily to all readers.</p>"
                + "</div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed").isKept()).isTrue();
        assertThat(block(page, "The board said").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void keepsTheBodysLastChunkOfOneParagraphInABoxOfItsOwnBelowAnAdSlot() {
        // one strong paragraph and nothing else in a hashed box; not when the box links it, labels it or speaks to
        // the reader in the site's voice
        String last = "<p>Members agreed that the library would open next spring and that its hours would be set "
                + "once the staff had been hired by the clerk and the board.</p>";
        String body = "<div class=wrap><div class=article-body>" + paragraphs(10) + "</div><div class=slot></div>";
        Page page = Pages.run(page(body + "<div class=css-9x1kq2>" + last + "</div></div>"), new ProseLabelFilter());
        Page linked = Pages.run(page(body + "<div class=css-9x1kq2>" + last.replace("the library",
                "<a href=/library>the library</a>") + "</div></div>"), new ProseLabelFilter());
        Page labelled = Pages.run(page(body + "<div class=css-9x1kq2><span>Sponsored</span>" + last + "</div></div>"),
                new ProseLabelFilter());
        Page appeal = Pages.run(page(body + "<div class=css-9x1kq2>" + last.replace("the library", "our library")
                + "</div></div>"), new ProseLabelFilter());

        for (Page p : List.of(page, linked, labelled, appeal)) new MainContainerFilter().process(p);

        assertThat(block(page, "Members agreed").isKept()).isTrue();
        assertThat(block(linked, "Members agreed").isRemoved()).isTrue();
        assertThat(block(labelled, "Members agreed").isRemoved()).isTrue();
        assertThat(block(appeal, "Members agreed").isRemoved()).isTrue();
    }

    @Test
    void takesTheBodysLastChunkThoughItsTopicLinksAndShareRowCloseIt() {
        // the last chunk, past a box the earlier steps emptied, carries the story's topic links and share row
        // below its two paragraphs: they are no part of its prose share; but links in the middle of the box still are
        String links = "<div class=submeta><a href=/t/1>Topics</a> <a href=/t/2>City council budget</a> "
                + "<a href=/t/3>Public libraries and museums</a> <a href=/t/4>Local elections</a> "
                + "<a href=/s/1>Share on Facebook</a> <a href=/s/2>Share on Twitter</a></div>";
        String body = "<div class=wrap><div class=col><div class=article-body>" + paragraphs(10) + "</div></div>"
                + "<div class=gap><p>Trending now</p></div>";
        Page closing = Pages.run(page(body + "<div class=more>" + CHUNK + links.replace("<a", "<p><a")
                .replace("</a>", "</a></p>") + "</div></div>"), new ProseLabelFilter());
        Page middle = Pages.run(page(body + "<div class=more>" + CHUNK.replace("</p><p>", "</p>" + links
                .replace("<a", "<p><a").replace("</a>", "</a></p>") + "<p>") + "</div></div>"), new ProseLabelFilter());
        for (Page p : List.of(closing, middle)) {
            block(p, "Trending now").remove(new wirewash.model.Reason("test", "test", "furniture"));
            new MainContainerFilter().process(p);
        }

        assertThat(block(closing, "Members agreed").isKept()).isTrue();
        assertThat(block(closing, "The board said").isKept()).isTrue();
        assertThat(block(middle, "Members agreed").isRemoved()).isTrue();
    }

    @Test
    void aFurnitureWordTheWinnersWrappersCarryNamesTheLayoutNotAChunksBox() {
        // a page builder wraps every widget in an "elementor-widget-container", the post's body too: the body's first
        // chunk sits in one beside the winner, both inside an "elementor-widget"; a "widget-container" where no
        // wrapper says "widget" is the site's furniture
        String first = "<div class=elementor-widget-container>" + CHUNK + "</div><div class=slot></div>";
        String rest = "<section class=article-rest>" + paragraphs(10) + "</section>";
        Page layout = Pages.run(page("<div class=\"elementor-widget elementor-widget-post\">" + first + rest
                + "</div>"), new ProseLabelFilter());
        Page furniture = Pages.run(page("<div class=elementor-post>" + first + rest + "</div>"),
                new ProseLabelFilter());
        for (Page p : List.of(layout, furniture)) new MainContainerFilter().process(p);

        assertThat(block(layout, "Members agreed").isKept()).isTrue();
        assertThat(block(layout, "The board said").isKept()).isTrue();
        assertThat(block(furniture, "Members agreed").isRemoved()).isTrue();
    }

    @Test
    void passesOverEmptyAdSlotsOnTheWayToTheBodysNextChunk() {
        // three boxes with no text at all and two whose furniture the earlier steps took: only the latter count
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=slot></div><div class=slot></div><div class=note><p>Shared 20 times</p></div>"
                + "<div class=slot></div><div class=promo><p>Get our newsletter</p></div><div class=x>" + CHUNK
                + "</div></div>"), new ProseLabelFilter());
        for (Block block : page.blocks()) {
            if (block.text().startsWith("Shared") || block.text().startsWith("Get our")) {
                block.remove(new wirewash.model.Reason("test", "test", "furniture"));
            }
        }

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed").isKept()).isTrue();
    }

    @Test
    void takesASubheadingInABoxOfItsOwnWithTheChunkItHeads() {
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=slot></div><h2>What the plan holds</h2><div class=x>" + CHUNK + "</div>"
                + "<h3>More from the city</h3><div class=y><p>Sign up</p></div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "What the plan holds").isKept()).isTrue();
        assertThat(block(page, "Members agreed").isKept()).isTrue();
        assertThat(block(page, "More from the city").isRemoved()).isTrue();
    }

    @Test
    void takesNoSubheadingThatHeadsNoChunk() {
        // a heading followed by a note of one paragraph: no chunk, so neither joins
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<h2>About the author</h2><div class=x><p>Jane Doe has covered the council for the paper since "
                + "she joined it as a trainee reporter in the spring of 2009.</p></div></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "About the author").isRemoved()).isTrue();
        assertThat(block(page, "Jane Doe").isRemoved()).isTrue();
    }

    @Test
    void countsAChunksShortQuotesAsItsProse() {
        // two long paragraphs and three short quoted lines: the short lines are running text, not furniture
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=slot></div><section class=x>" + CHUNK + "<p>\u201cWe are delighted,\u201d she said.</p>"
                + "<p>\u201cIt took years.\u201d</p><p>\u201cNow the work begins,\u201d he added. \u201cWe start soon.\u201d</p>"
                + "</section></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed").isKept()).isTrue();
    }

    /** A live blog's post: a header with its stamp, a title, the text in a box of its own, share links. */
    private static String post(String title, String text) {
        return "<article class=entry><header><span>10:42</span></header><h3>" + title + "</h3><div class=entry-text>"
                + text + "</div><div class=share><a href=#>Share</a></div></article>";
    }

    @Test
    void takesEveryPostOfALiveBlogWhoseLongestPostWins() {
        String list = "<ul><li>Roads closed: Main Street, Elm Road</li><li>Shelters: the school, the church</li></ul>";
        Page page = Pages.run(page("<div class=feed>" + post("The lead", paragraphs(8))
                + post("Closures", list) + post("Shelters", PARAGRAPH) + post("Power", PARAGRAPH.replace("council", "utility"))
                + "</div><div class=sidebar><p>Sign up for our morning briefing, which is delivered daily to all "
                + "readers.</p></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Roads closed").isKept()).isTrue();
        assertThat(block(page, "Shelters").isKept()).isTrue();
        assertThat(block(page, "The utility met").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    /** A live blog's long post: its stamp, a title, four or more paragraphs in a box of their own. */
    private static String longPost(String stamp, String title, int paragraphs) {
        return "<li class=post><div class=post-head><time>" + stamp + "</time></div><h3>" + title + "</h3>"
                + "<div class=text>" + paragraphs(paragraphs) + "</div></li>";
    }

    @Test
    void takesEveryPostOfALiveBlogOfLongPostsStampedWithATimeOfDay() {
        // posts too long to be short ones: their stamps, times of day alone, make them a live blog's
        Page page = Pages.run(page("<ul class=feed>" + longPost("10:42 p.m.", "The vote", 8)
                + longPost("9pm", "Reaction", 4) + longPost("8:15 p.m. ET", "Background", 5) + "</ul>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Reaction").isKept()).isTrue();
        assertThat(block(page, "Background").isKept()).isTrue();
    }

    @Test
    void takesNoStoriesLoadedOneBelowAnotherBesideTheWinner() {
        // the same boxes opening with their headlines, not a time of day: the next stories of an endless page
        String story = "<li class=post><div class=post-head><span>Pool to close for repairs</span></div><h3>%s</h3>"
                + "<div class=text>%s</div></li>";
        Page page = Pages.run(page("<ul class=feed>" + String.format(story, "The vote", paragraphs(8))
                + String.format(story, "Reaction", paragraphs(4)) + String.format(story, "Background", paragraphs(5))
                + "</ul>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Reaction").isRemoved()).isTrue();
    }

    @Test
    void scoresAListOfTheStorysPointsAsItsParagraphs() {
        // the story is a list of points in sentences: it is the page's main container, not the sidebar's one note
        String point = "<li>The council will set aside money, as the mayor asked, for the new library, the pool and "
                + "the museum, which have waited for years, and will review the plan in the spring.</li>";
        Page page = Pages.run(page("<div class=wrap><div class=story><ul>" + point.repeat(6) + "</ul></div></div>"
                + "<div class=aside-note><p>Our reporters cover every meeting, in every ward, all year.</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The council will set aside").isKept()).isTrue();
        assertThat(block(page, "Our reporters").isRemoved()).as(Pages.kept(page).toString()).isTrue();
    }

    @Test
    void keepsTheLeadChunkBesideASectionThatWrapsTheBodyWithItsSubheading() {
        Page page = Pages.run(page("<div class=wrap><h1>Council backs the new library</h1><div class=intro>" + CHUNK
                + "</div><figure><img src=a.jpg></figure><div class=more><h2>What the plan holds</h2><div><div>"
                + paragraphs(10) + "</div></div></div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed").isKept()).isTrue();
        assertThat(block(page, "The board said").isKept()).isTrue();
    }

    @Test
    void takesNoBoxBesideTheBodyThatOpensWithAHeadlineIsNamedForFurnitureOrLiesPastOtherProse() {
        String body = "<div class=article-body>" + paragraphs(10) + "</div>";
        Page nextStory = Pages.run(page("<div class=wrap>" + body + "<div class=x><h2>Pool to close for repairs</h2>"
                + CHUNK + "</div></div>"), new ProseLabelFilter());
        Page relatedBox = Pages.run(page("<div class=wrap>" + body + "<div class=related-box>" + CHUNK + "</div></div>"),
                new ProseLabelFilter());
        Page pastANote = Pages.run(page("<div class=wrap>" + body + "<div class=box><p>Our reporters cover the "
                + "council every week, and you can read all of their stories on the city page.</p></div><div class=x>"
                + CHUNK + "</div></div>"), new ProseLabelFilter());

        for (Page page : List.of(nextStory, relatedBox, pastANote)) {
            new MainContainerFilter().process(page);

            assertThat(block(page, "Members agreed").isRemoved()).as(Pages.kept(page).toString()).isTrue();
        }
    }

    @Test
    void takesNoChunksWhenTurnedOff() {
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=x>" + CHUNK + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter(MainContainerFilter.DEFAULT_MIN_PARAGRAPH_CHARS, MainContainerFilter.DEFAULT_MAX_LEVELS,
                MainContainerFilter.DEFAULT_SIBLING_SHARE, MainContainerFilter.DEFAULT_MIN_SCORE,
                MainContainerFilter.DEFAULT_POSITIVE, MainContainerFilter.DEFAULT_NEGATIVE,
                MainContainerFilter.DEFAULT_MIN_WEAK_SCORE, MainContainerFilter.DEFAULT_MAX_WEAK_TRIES,
                MainContainerFilter.DEFAULT_MIN_WEAK_REGION_PROSE_SHARE, 0).process(page);

        assertThat(block(page, "Members agreed").isRemoved()).isTrue();
    }

    @Test
    void leavesOutReaderCommentsBesideTheBodyThatOpenWithTheirAuthorOrNameTheThread() {
        // comments of two long paragraphs each, in boxes beside the body: one opens with its author and date, the
        // other sits in a box whose class names comments; neither is a chunk of the story
        String comment = "<p>I have lived in this town for forty years and the council has never once kept a promise "
                + "about the library or the pool or anything else that matters.</p><p>They will raise the rates again "
                + "next year and blame the government in London for it as they always do when money runs short.</p>";
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=x><p>Tom Baker, 3 June</p>" + comment + "</div>"
                + "<div class=comment-item>" + comment.replace("forty", "fifty") + "</div></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(page.kept()).as(Pages.kept(page).toString()).noneMatch(b -> b.text().startsWith("I have lived"));
    }

    @Test
    void takesTheRowWhenTheWinnerIsOneParagraphsBox() {
        // every paragraph in a box of its own (a CMS component); one long paragraph full of commas outscores the row
        String longOne = "<div class=c7f><div><p>The council, after weeks of delay, met on Monday, Tuesday and "
                + "Wednesday to discuss the budget, the library, the pool, the roads, the parks, the schools, the "
                + "buses, the bins, the lights, the bridges and, at last, the new museum, which has grown by a "
                + "third since last year, its director said, and which the mayor, for one, opposes.</p></div></div>";
        String shortOne = "<div class=c7f><div><p>Members agreed to meet again in the spring.</p></div></div>";
        Page page = page("<div class=c1a>" + longOne + shortOne + shortOne.replace("spring", "summer")
                + shortOne.replace("spring", "autumn") + "</div>"
                + "<div class=c2b><p>Sign up for our morning briefing, delivered daily.</p></div>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(Pages.kept(page)).hasSize(4).doesNotContain("Sign up for our morning briefing, delivered daily.");
    }

    @Test
    void scoresAParagraphWrappedInDivsOfItsOwnAsTheParagraph() {
        // a page built from components wraps every paragraph of the story's second section in two divs: its
        // container must score as it would with bare paragraphs (readability reads a div holding one p as the p)
        String section = "<p>Members agreed that the library would open next spring, that its hours would be set by "
                + "the board, and that the staff, once hired, would run it.</p>";
        for (String wrapper : new String[] {"%s", "<div><div>%s</div></div>"}) {
            StringBuilder second = new StringBuilder("<div class=c-x>");
            for (String place : new String[] {"library", "pool", "museum"}) {
                second.append(String.format(wrapper, section.replace("library", place)));
            }
            Page page = page("<div class=wrap><div class=body>" + PARAGRAPH.repeat(5) + "</div><h2>What comes next</h2>"
                    + second + "</div></div>");
            new ProseLabelFilter().process(page);

            new MainContainerFilter().process(page);

            assertThat(page.kept()).as(wrapper).filteredOn(b -> b.text().startsWith("Members agreed")).hasSize(3);
        }
    }

    @Test
    void aParagraphsWrappersAreTheDivsThatHoldNothingElse() {
        Element p = Pages.html("<div class=a><div class=b><div class=c><p>One paragraph.</p></div></div>"
                + "<p>Another one.</p></div>").blocks().get(0).element();
        Element q = Pages.html("<div class=a>Some text of its own.<div class=b><p>One paragraph.</p></div></div>")
                .blocks().get(1).element();

        assertThat(ParagraphBoxes.wrapped(p).className()).isEqualTo("b");
        assertThat(ParagraphBoxes.wrapped(q).className()).isEqualTo("b");
    }
    /** A body nested a few wrappers deep, in sections of two paragraphs (a CMS's story-text blocks). */
    private static String nestedBody(String... sections) {
        StringBuilder html = new StringBuilder("<article class=content__body><div class=story-text>");
        for (String section : sections) {
            html.append("<section class=story-text__block><div class=entry>").append(section).append("</div></section>");
        }
        return html.append("</div></article>").toString();
    }

    @Test
    void aWrapperThatIsItsParentsOnlyElementTakesNoLevelOnTheWayToTheBodysOtherChunks() {
        // the first chunk in a column of the body's layout; the second in the same column, three wrappers deeper:
        // the walk out from the winner reaches the columns' level as it would without the wrappers
        String first = "<p>The mayor, who spoke first, said the plan would be delayed by a year at least, and that the "
                + "council would have to find the money elsewhere.</p>"
                + "<p>Her deputy, asked why, said the contractor had gone bust in the summer and that no other firm "
                + "had bid for the work since then.</p>";
        Page page = Pages.run(page("<div class=page><div class=column><div class=chunk>" + first
                + "</div><aside></aside></div><div class=ad-slot><span>Advertisement</span></div>"
                + "<div class=column><div class=chunk>" + nestedBody(PARAGRAPH.repeat(3), PARAGRAPH.repeat(3))
                + "</div><aside></aside></div></div>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The mayor, who spoke").isKept()).isTrue();
        assertThat(block(page, "Her deputy").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void aLeadParagraphBesideTheWrapperOfANestedBodyJoins() {
        // <div class=story><p class=lede>…</p><article><div><section><div class=entry>…: the lead stands beside the
        // body's outermost wrapper, not beside the winning section
        Page page = Pages.run(page("<div class=story><p class=caps>NEW DELHI: Their savings gone, nearly 150 people "
                + "returned home on Wednesday, the ministry said in a short statement.</p>"
                + "<div class=ad-slot></div>" + nestedBody(PARAGRAPH.repeat(3), PARAGRAPH.repeat(2)) + "</div>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "NEW DELHI").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void aLeadBoxWithAGallerysLinesAboveItsParagraphJoinsBesideTheWrappersOfTheBodysRest() {
        // the lead at the foot of the body's first box, under a gallery's credit and controls; the rest of the story
        // in "paywall" › "premium-wrapper" › "more-content" past a label
        String lead = "<p>HANOI, Vietnam (AP) — The defence secretary on Wednesday accused the neighbours of using "
                + "coercion and intimidation to impose their will on the smaller nations of the region.</p>";
        String rest = "<p class=continue-label>Story continues below</p><div class=paywall><div class=premium-wrapper>"
                + "<div class=more-content>" + PARAGRAPH + PARAGRAPH.replace("library", "pool")
                + PARAGRAPH.replace("library", "museum") + PARAGRAPH.replace("library", "school") + "</div></div></div>"
                + "</div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, which is delivered daily to all readers.</p>"
                + "</div>";
        Page page = Pages.run(page("<div class=article-content><div class=article-body><div class=gallery>"
                + "<span>Photo: Jane Doe, AP</span><p>1 of 8</p><p>Close</p></div>" + lead + "</div>" + rest),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "HANOI").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
        // a linked line above the paragraph: a teaser's headline over its summary
        Page teaser = Pages.run(page("<div class=article-content><div class=article-body><p><a href=/hanoi>Hanoi "
                + "talks end</a></p>" + lead + "</div>" + rest), new ProseLabelFilter());
        new MainContainerFilter().process(teaser);
        assertThat(block(teaser, "HANOI").isRemoved()).isTrue();
    }

    @Test
    void aLeadBoxAboveTheFirstOfTheBodysChunksJoinsBesideTheWinnersWrapper() {
        // the lead (a link in its sentence) in a box of its own, an ad slot, the body's first chunk, then the rest in
        // a wrapper of its own that wins: the lead stands above a chunk that joined, not right above the wrapper
        Page page = Pages.run(page("<div class=site><div class=lede-box><p>WASHINGTON (AP) — The ambassador, the "
                + "most anticipated witness in <a href=/inquiry>the inquiry</a>, is likely to be unpredictable when he "
                + "faces questions on Wednesday.</p></div><div class=ad-slot><span>Advertisement</span></div>"
                + "<div class=part-a>" + PARAGRAPH.replace("library", "pool") + PARAGRAPH.replace("library", "museum")
                + "</div><div class=wrap><div class=gated>" + PARAGRAPH + PARAGRAPH.replace("library", "school")
                + PARAGRAPH.replace("library", "park") + PARAGRAPH.replace("library", "port") + "</div></div></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, which is delivered daily to all readers.</p>"
                + "</div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "WASHINGTON").isKept()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void aChunkInABoxNamedForTheStorysTextThatAFurnitureNamedZoneFramesJoins() {
        // the story's rest past an ad slot in "promo-zone" › "body-after-ad": the inner box's name tells what it holds
        String rest = "<p>Closer to home, the council's Monday announcement to add five bidders for the bridge "
                + "works was welcomed by the firms, who said they had waited for years to be asked.</p><p>The new "
                + "bidders will compete for contracts worth about two million pounds over the next ten years, the "
                + "council said in a statement.</p>";
        StringBuilder paragraphs = new StringBuilder();
        for (String place : new String[] {"library", "pool", "museum", "school", "park", "port"}) {
            paragraphs.append(PARAGRAPH.replace("library", place));
        }
        String body = "<div class=wrap><div class=article-text>" + paragraphs + "</div><div class=in-article-ad>"
                + "<span>Story continues below advertisement</span></div>";
        Page page = Pages.run(page(body + "<div class=promo-zone><div class=body-after-ad>" + rest + "</div></div>"
                + "</div>"), new ProseLabelFilter());
        Page promo = Pages.run(page(body + "<div class=promo-zone><div class=offer-card>" + rest + "</div></div>"
                + "</div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);
        new MainContainerFilter().process(promo);

        assertThat(block(page, "Closer to home").isKept()).isTrue();
        assertThat(block(promo, "Closer to home").isRemoved()).isTrue();
    }

    @Test
    void aWinnerAmongTheBodysParagraphsStandsForTheBodysBoxWhenItsOtherChunksAreSought() {
        // a fact box inside the body's second chunk outscores the chunk; the paragraphs beside it make the chunk
        // the story's box, so the body's first chunk (its class, opened by a short line) joins as one of its kind
        String box = "<div class=boxout><div class=boxout__content><h3>How is it spread?</h3>"
                + PARAGRAPH.repeat(4) + "</div></div>";
        String short1 = "<p>A HUNTER who ate a wild rabbit has caught the plague.</p>";
        String plain = "<p>The man told doctors that he had eaten the meat on a trip to the hills last week.</p>";
        Page page = Pages.run(page("<div class=article><div class=article__content>" + short1 + plain.repeat(3)
                + "</div><div class=ad-slot></div><div class=article__content>" + plain.repeat(2) + box
                + plain.replace("man", "woman").repeat(2) + "</div></div>"
                + "<div class=sidebar><p>Most read: Storm leaves thousands without power across the region</p></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "A HUNTER").isKept()).isTrue();
        assertThat(block(page, "Most read").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void aChunkBesideAWinnerOfAnotherNameShowsTheKindOfTheBodysOtherSections() {
        // the body in sections of one kind ("body-text"), a box above the second one's heading stops the walk out from
        // the winner; the rest of the story set apart in a "story-continued" box outscores each section: the second
        // section's chunk joins beside the winner, and the first section, of the chunk's kind, joins with it
        String first = paragraphs(4).replace("The council", "The mayor");
        Page page = Pages.run(page("<div class=post><section class=outer><div class=sec><div class=body-text>" + first
                + "</div></div></section><div class=callout><h4>Where the money goes</h4></div>"
                + "<section class=outer><div class=sec><div class=body-text>" + CHUNK + "</div></div>"
                + "<div class=slot></div><div class=story-continued>" + paragraphs(10) + "</div></section></div>"
                + "<div class=sidebar><p>Sign up for our morning briefing, which is delivered daily to all readers.</p>"
                + "</div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The mayor")).hasSize(4);
        assertThat(block(page, "Members agreed").isKept()).isTrue();
        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(10);
        assertThat(block(page, "Sign up").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    /** A page whose header holds the headline and {@code underHeadline}, the body nested apart from it. */
    private static Page headlineAbove(String underHeadline) {
        return Pages.run(page("<header class=page-top><div class=titles><h1>Protests turn violent in the capital</h1>"
                + underHeadline + "</div><div class=byline>By Jane Doe</div><div class=date>June 3, 2021</div>"
                + "</header><div class=layout><div class=col><div class=article__text>" + PARAGRAPH.repeat(4)
                + "</div></div><div class=sidebar><p>Sign up for our morning briefing, which is delivered daily to "
                + "all readers.</p></div></div>"), new ProseLabelFilter());
    }

    private static final String LEAD = "Three people have died during protests against the new government in the "
            + "capital, after violent clashes between its opponents and the police went on through Tuesday night, "
            + "hospital officials and witnesses said on Wednesday morning. The government said it would meet the "
            + "opposition's leaders this week.";

    @Test
    void keepsALeadParagraphSetUnderTheHeadlineApartFromTheBody() {
        Page page = headlineAbove("<p class=article-lead>" + LEAD + "</p>");

        new MainContainerFilter().process(page);

        assertThat(block(page, "Three people").isKept()).isTrue();
        assertThat(block(page, "By Jane").isRemoved()).isTrue();
        assertThat(block(page, "Sign up").isRemoved()).isTrue();
    }

    @Test
    void removesAShortDeckUnderTheHeadlineOrALeadPastAnotherHeadingOrNamedForFurniture() {
        Page deck = headlineAbove("<p class=dek>Three people have died in clashes between opponents of the new "
                + "government and the police on Tuesday night.</p>");
        Page heading = headlineAbove("<h2>Live updates</h2><p>" + LEAD + "</p>");
        Page promo = headlineAbove("<div class=promo-box><p>" + LEAD + "</p></div>");

        for (Page page : List.of(deck, heading, promo)) new MainContainerFilter().process(page);

        assertThat(block(deck, "Three people").isRemoved()).isTrue();
        assertThat(block(heading, "Three people").isRemoved()).isTrue();
        assertThat(block(promo, "Three people").isRemoved()).isTrue();
    }

    @Test
    void keepsAnIntroBoxOfTheStorysFirstParagraphsUnderTheHeadline() {
        // the story's first two paragraphs in an intro box of their own under the headline, a short wire-style
        // first line among them; two paragraphs in boxes of their own (a deck and a caption) are no such box
        Page intro = headlineAbove("<section class=intro-text><p>Three people have died in the capital overnight, hospital officials said.</p><p>"
                + LEAD + "</p></section>");
        Page apart = headlineAbove("<div class=deck><p>Three people have died in the capital overnight, hospital officials said.</p></div>"
                + "<div class=lead><p>" + LEAD + "</p></div>");

        for (Page page : List.of(intro, apart)) new MainContainerFilter().process(page);

        assertThat(block(intro, "Three people have died in the capital").isKept()).isTrue();
        assertThat(block(intro, "Three people have died during").isKept()).isTrue();
        assertThat(block(intro, "By Jane").isRemoved()).isTrue();
        assertThat(block(apart, "Three people have died in the capital").isRemoved()).isTrue();
        assertThat(block(apart, "Three people have died during").isRemoved()).isTrue();
    }

    @Test
    void takesAChunkOfOneParagraphInABoxNamedForTheStorysText() {
        // a body split by an ad slot and newsletter boxes into boxes each named for content by another template
        // ("body-copy", "rich-text", "story-text"): the first holds the lead alone, the next one paragraph and a
        // pull quote, the last one short paragraph; the walk out from the winner stopped at the second and never
        // reached the lead
        String lead = "<p>After a long silence, there has been news on the new library, which the council has "
                + "promised for years and which the town has waited for since the old one closed in the spring.</p>";
        String signUp = "<div class=newsletter-signup><strong>Get the morning briefing</strong><p>Sign up for our "
                + "free daily newsletter.</p><form><input type=email><button>Sign up</button></form></div>";
        String longer = "<p>The council met on Monday, after weeks of delay, to discuss the budget, which has grown "
                + "by a third since last year, to hear the clerk, who spoke for an hour, and to vote, at last, on "
                + "the new library, the pool and the museum, all of which, the members said, the town needs.</p>";
        Page page = Pages.run(page("<main><div class=c-entry-content><div class=body-copy>" + lead + "</div>"
                + "<div class=dfp-ad><span>Advertisement</span><div id=gpt-1></div></div>"
                + "<section class=rich-text>" + PARAGRAPH + "<div class=c-float-right><aside><q>The library will "
                + "open next spring</q></aside></div></section>" + signUp
                + "<div class=article__body>" + longer.repeat(3) + "</div>" + signUp.replace("newsletter-signup",
                "nl-box") + "<section class=story-text><p>The library is to open next spring.</p></section>"
                + "</div></main>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "After a long silence").isKept()).isTrue();
        assertThat(block(page, "The library is to open").isKept()).isTrue();
    }

    @Test
    void takesAChunkOfTheBodyWhoseNameSaysWhatItIsFreeOf() {
        // "promo-free" on the body's later chunk: what the box is free of, not a promotion
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=slot></div><div class=\"x promo-free\">" + CHUNK + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed").isKept()).isTrue();
    }

    @Test
    void takesAChunkOfTheBodyNamedCommentary() {
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=slot></div><div class=commentary>" + CHUNK + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed").isKept()).isTrue();
    }

    @Test
    void aBoxNamedForAFreeTrialsPromotionIsNoChunkOfTheBody() {
        // "promo-free-trial": the state word does not end the name, so the box is a promotion's
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=slot></div><div class=promo-free-trial>" + CHUNK + "</div></div>"),
                new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed").isRemoved()).isTrue();
    }

    @Test
    void aCommentBoxIsNoChunkOfTheBodyThoughItsCommentsAreProse() {
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div class=slot></div><div class=comment-list>" + CHUNK + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "Members agreed").isRemoved()).isTrue();
    }

    /**
     * A part of the story told in short paragraphs, the first a sentence of a few words, one long enough to be strong
     * prose: the part before the winner's box, in a box of a class of its own.
     */
    private static final String SHORT_PART = "<div class=css-4r2k1q><p>The mayor spoke at the town hall on Friday.</p>"
            + "<p>She said the budget, which has grown by a third since last year, would pay for the new library and for "
            + "longer hours at the pool.</p><p>Some residents cheered her plan.</p></div>";

    @Test
    void takesAnEarlierPartOfTheStoryToldInShortParagraphs() {
        Page page = Pages.run(page("<div class=wrap>" + SHORT_PART + "<div class=slot><span>Advertisement</span></div>"
                + "<div class=article-body>" + paragraphs(10) + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "The mayor spoke").isKept()).isTrue();
        assertThat(block(page, "She said the budget").isKept()).isTrue();
        assertThat(block(page, "Some residents").isKept()).isTrue();
    }

    @Test
    void aPartOfShortParagraphsStaysOutWhenSuchChunksAreOff() {
        Page page = Pages.run(page("<div class=wrap>" + SHORT_PART + "<div class=slot><span>Advertisement</span></div>"
                + "<div class=article-body>" + paragraphs(10) + "</div></div>"), new ProseLabelFilter());

        new MainContainerFilter(MainContainerFilter.DEFAULT_MIN_PARAGRAPH_CHARS, MainContainerFilter.DEFAULT_MAX_LEVELS,
                MainContainerFilter.DEFAULT_SIBLING_SHARE, MainContainerFilter.DEFAULT_MIN_SCORE,
                MainContainerFilter.DEFAULT_POSITIVE, MainContainerFilter.DEFAULT_NEGATIVE,
                MainContainerFilter.DEFAULT_MIN_WEAK_SCORE, MainContainerFilter.DEFAULT_MAX_WEAK_TRIES,
                MainContainerFilter.DEFAULT_MIN_WEAK_REGION_PROSE_SHARE, MainContainerFilter.DEFAULT_MIN_CHUNK_PARAGRAPHS,
                MainContainerFilter.DEFAULT_STRONG_PROSE, 0).process(page);

        assertThat(block(page, "The mayor spoke").isRemoved()).isTrue();
        assertThat(block(page, "The mayor spoke").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void aThreadOfShortPostsEachInABoxOfItsOwnIsNoPartOfTheStory() {
        // a comment thread below the story under a label, each post's paragraphs in a box of their own, no class
        // names: the posts are prose, but not a run of paragraphs side by side
        Page page = Pages.run(page("<div class=wrap><div class=article-body>" + paragraphs(10) + "</div>"
                + "<div><p>Discussion</p><article><p>I worked at the library for twenty years.</p></article><article>"
                + "<p>Wait until the budget hits the pool, which has been closed twice, and then we will see who was "
                + "right about the hours.</p></article></div></div>"), new ProseLabelFilter());

        new MainContainerFilter().process(page);

        assertThat(block(page, "I worked at").isRemoved()).isTrue();
        assertThat(block(page, "Wait until").isRemoved()).isTrue();
    }

    /**
     * A blog post whose microdata marks its body ({@code itemprop=text} in the item of the given type), its start
     * (two short paragraphs under lines) in that box and its rest, which outscores it, in a box that a "See also"
     * list and a promotion's wrapper part from it.
     */
    private static String storyStartedInItsDeclaredBody(String itemType) {
        String rest = "<p>The mayor said the new budget would be voted on again next month, "
                + "when the council meets, after the holidays, in the old hall.</p><p>Residents, who have waited for "
                + "years, said they hoped the library, the pool and the museum would all open on time.</p>";
        return "<article itemscope itemtype=\"" + itemType + "\"><div itemprop=text><h1>Festival opens</h1>"
                + "<p>What an autumn sky!</p><p>We came to the park to see the opening show of the festival.</p>"
                + "<p>The reason we came to the park!</p>"
                + "<p>It is because the show was part of the opening night of the festival this year.</p></div>"
                + "<div class=rel-box><span>See also</span><ul><li><a href=/a>Ministers warn over libraries</a></li>"
                + "</ul></div><div class=promo-zone><div class=article-body-2>" + PARAGRAPH
                + PARAGRAPH.replace("library", "pool") + PARAGRAPH.replace("library", "museum")
                + PARAGRAPH.replace("library", "school") + rest + "</div></div></article>";
    }

    @Test
    void keepsTheStartOfAStoryInTheBodyItsMicrodataDeclares() {
        Page page = page(storyStartedInItsDeclaredBody("https://schema.org/BlogPosting"));
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "We came to the park").isKept()).isTrue();
        assertThat(block(page, "It is because").isKept()).isTrue();
    }

    @Test
    void aTextPropertyOutsideAnArticleItemDeclaresNoBody() {
        // schema.org's text is a comment's too: only an article's item makes it the body
        Page page = page(storyStartedInItsDeclaredBody("https://schema.org/Comment"));
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "We came to the park").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }

    @Test
    void aDeclaredBodyAroundTheStoryBringsBackNoRail() {
        // a page's grid marked up whole as the body, its rail inside it: the story's own box is the finer pick
        Page page = page("<section itemprop=articleBody><div class=story>" + PARAGRAPH.repeat(4) + "</div>"
                + "<div class=rail><p>Readers of this page also liked the story about the new pool, which opens soon.</p>"
                + "</div></section>");
        new ProseLabelFilter().process(page);

        new MainContainerFilter().process(page);

        assertThat(block(page, "Readers of this page").removal().code()).isEqualTo(MainContainerFilter.REASON);
    }
}
