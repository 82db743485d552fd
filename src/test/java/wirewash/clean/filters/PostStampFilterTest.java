package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class PostStampFilterTest {
    private static final String FIRST = "The council met on Monday, after weeks of delay, to discuss the budget.";
    private static final String SECOND = "The mayor said the new library would open in the spring of next year.";

    private static Page run(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new PostStampFilter());
    }

    @Test
    void removesTheStampsThatHeadALiveBlogsPosts() {
        Page page = run("<main><article class=\"live-post\"><time datetime=\"2024-03-05T10:42\">10:42 a.m. ET</time>"
                + "<div class=\"post-body\"><p>" + FIRST + "</p></div></article>"
                + "<article class=\"live-post\"><span class=\"timestamp\">10:31 a.m. ET</span>"
                + "<div class=\"post-body\"><p>" + SECOND + "</p></div></article></main>");

        assertThat(Pages.kept(page)).containsExactly(FIRST, SECOND);
        assertThat(Pages.block(page, "10:42").removal().code()).isEqualTo(PostStampFilter.REASON);
    }

    @Test
    void removesAPostsHeaderOfItsStampAndALabel() {
        // hashed classes: only the <time> marks the stamp; "Updated" is the header's label
        Page page = run("<section><div class=\"_x1\"><div class=\"c-9f\"><time>10.36</time><span>Updated</span></div>"
                + "<div class=\"_b2\">" + FIRST + "</div></div>"
                + "<div class=\"_x1\"><div class=\"c-9f\"><time>10.24</time></div>"
                + "<div class=\"_b2\">" + SECOND + "</div></div></section>");

        assertThat(Pages.kept(page)).containsExactly(FIRST, SECOND);
    }

    @Test
    void removesMarkedStampsSetInlineBetweenTheParagraphsOfOneBox() {
        // each <time> is loose text of the box, a block of the box's own: its stamp is its own, not the box's first
        Page page = run("<div class=\"body\"><time>10:42 p.m.</time><p>" + FIRST + "</p><time>9pm</time><p>" + SECOND
                + "</p><time>8:15 p.m.</time><p>" + THIRD + "</p></div>");

        assertThat(Pages.kept(page)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void removesUnmarkedStampsSetInElementsOfTheirOwnBetweenTheStorysParagraphs() {
        // a live blog whose posts are not boxed: the template's stamp element, hashed class, before each post's text
        Page page = run("<article><div class=\"c-8x\">10:42</div><p>" + FIRST + "</p><div class=\"c-8x\">2 hours ago"
                + "</div><p>" + SECOND + "</p><div class=\"c-8x\">8pm</div><p>" + THIRD + "</p></article>");

        assertThat(Pages.kept(page)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void keepsUnmarkedStampsOfTheParagraphsShapeOrTooFewOfThem() {
        Page typed = run("<article><p>10:42</p><p>" + FIRST + "</p><p>2 hours ago</p><p>" + SECOND + "</p><p>8pm</p>"
                + "<p>" + THIRD + "</p></article>");
        Page two = run("<article><div class=\"c-8x\">10:42</div><p>" + FIRST + "</p><div class=\"c-8x\">8pm</div><p>"
                + SECOND + "</p></article>");

        assertThat(Pages.kept(typed)).hasSize(6);
        assertThat(Pages.kept(two)).hasSize(4);
    }

    @Test
    void keepsAStampTypedAsAParagraphOfTheStory() {
        // an agency's running story writes its stamps as paragraphs: no markup says they are stamps
        Page page = run("<article><p>4:14 p.m.</p><p>" + FIRST + "</p><p>3:50 p.m.</p><p>" + SECOND
                + "</p></article>");

        assertThat(Pages.kept(page)).hasSize(4);
    }

    @Test
    void keepsTheOneDatelineOfAStory() {
        Page page = run("<article><div class=\"byline\"><time>Nov. 20, 2019 10:42</time></div><p>" + FIRST
                + "</p><p>" + SECOND + "</p></article>");

        assertThat(Pages.kept(page)).hasSize(3);
    }

    @Test
    void keepsALineWithMoreThanAStampAndALabel() {
        Page page = Pages.run(Pages.html("<div class=\"post\"><div><time>10:42</time> Posted by Jane Doe</div><p>"
                + FIRST + "</p></div><div class=\"post\"><div><time>10:31</time> Posted by Jane Doe</div><p>" + SECOND
                + "</p></div>"), new ProseLabelFilter(), new PostStampFilter(PostStampFilter.DEFAULT_MAX_WORDS, 1,
                        PostStampFilter.DEFAULT_BOX_LEVELS,
                        PostStampFilter.DEFAULT_MIN_POSTS, PostStampFilter.DEFAULT_MAX_SCAN_ELEMENTS, Set.of("stamp")));

        assertThat(Pages.kept(page)).hasSize(4);
    }

    private static final String THIRD = "Residents will be asked for their views at a meeting in the town hall.";

    @Test
    void removesUnmarkedStampsHeadingARowOfPosts() {
        // no <time>, no time-named class: the row of boxes each headed by a bare stamp says what the lines are
        Page page = run("<div class=\"feed\"><div class=\"item\"><span>10:42</span><h3>The vote</h3><p>" + FIRST
                + "</p></div><div class=\"item\"><span>Updated 9:05 ET</span><p>" + SECOND + "</p></div>"
                + "<div class=\"item\"><div>12 min ago</div><p>" + THIRD + "</p></div></div>");

        assertThat(Pages.kept(page)).containsExactly("The vote", FIRST, SECOND, THIRD);
        assertThat(Pages.block(page, "12 min ago").removal().code()).isEqualTo(PostStampFilter.REASON);
    }

    @Test
    void removesStampsOfAnHourAloneOrAnHBetween() {
        Page page = run("<div class=\"feed\"><div class=\"item\"><span>10 p.m.</span><p>" + FIRST
                + "</p></div><div class=\"item\"><span>21h42</span><p>" + SECOND + "</p></div>"
                + "<div class=\"item\"><div>9pm ET</div><p>" + THIRD + "</p></div></div>");

        assertThat(Pages.kept(page)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void keepsUnmarkedStampsOfTooShortARow() {
        Page page = run("<div class=\"feed\"><div class=\"item\"><span>10:42</span><p>" + FIRST
                + "</p></div><div class=\"item\"><span>9:05</span><p>" + SECOND + "</p></div></div>");

        assertThat(Pages.kept(page)).hasSize(4);
    }

    @Test
    void keepsUnmarkedStampsWhenRowsAreTurnedOff() {
        Page page = Pages.run(Pages.html("<div><div class=\"item\"><span>10:42</span><p>" + FIRST
                + "</p></div><div class=\"item\"><span>9:05</span><p>" + SECOND + "</p></div>"
                + "<div class=\"item\"><span>8:55</span><p>" + THIRD + "</p></div></div>"),
                new ProseLabelFilter(), new PostStampFilter(PostStampFilter.DEFAULT_MAX_WORDS,
                        PostStampFilter.DEFAULT_MAX_LABEL_WORDS, PostStampFilter.DEFAULT_BOX_LEVELS,
                        PostStampFilter.DEFAULT_MIN_POSTS, PostStampFilter.DEFAULT_MAX_SCAN_ELEMENTS,
                        PostStampFilter.DEFAULT_STAMP_CLASS_PARTS, 0));

        assertThat(Pages.kept(page)).hasSize(6);
    }

    @Test
    void keepsUnmarkedStampsTypedAsParagraphsInOneBox() {
        Page page = run("<article><p>4:14 p.m.</p><p>" + FIRST + "</p><p>3:50 p.m.</p><p>" + SECOND
                + "</p><p>3:20 p.m.</p><p>" + THIRD + "</p></article>");

        assertThat(Pages.kept(page)).hasSize(6);
    }

    @Test
    void countsAStampARuleAlreadyTookTowardTheRow() {
        Page page = Pages.html("<div class=\"feed\"><div class=\"item\"><span>9:14</span><p>" + FIRST
                + "</p></div><div class=\"item\"><span>Updated 9:05 ET</span><p>" + SECOND + "</p></div>"
                + "<div class=\"item\"><div>12 min ago</div><p>" + THIRD + "</p></div></div>");
        new ProseLabelFilter().process(page);
        Pages.block(page, "9:14").remove(new wirewash.model.Reason("media", "test", "a clip's length"));

        new PostStampFilter().process(page);

        assertThat(Pages.kept(page)).containsExactly(FIRST, SECOND, THIRD);
    }
}
