package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Reason;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class PromptBoxFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library for the town.</p>";
    private static final String APPEAL = "Independent reporting takes time, money and hard work to produce. If you "
            + "value what we do, please consider becoming a member today.";

    /** Stands in for the line rules: removes the blocks whose text is one of the prompts as {@code subscribe}. */
    private static BlockFilter prompts(String... lines) {
        Set<String> set = Set.of(lines);
        return page -> {
            for (Block block : page.kept()) {
                if (set.contains(block.text())) block.remove(new Reason("subscribe", "test", ""));
            }
            return true;
        };
    }

    private static Page run(String html, String... lines) {
        return Pages.run(Pages.html(html), new ProseLabelFilter(), prompts(lines), new PromptBoxFilter(RuleSet.EMPTY));
    }

    @Test
    void removesTheAppealBetweenAPromptsHeadingAndItsButton() {
        Page page = run("<article>" + PARAGRAPH + "<div class=\"x9f3a\"><h3>Support our journalism</h3><p>" + APPEAL
                + "</p><a href=\"/support\">Become a member</a></div>" + PARAGRAPH + "</article>",
                "Support our journalism", "Become a member");

        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
        assertThat(Pages.block(page, "Independent").removal().code()).isEqualTo(PromptBoxFilter.REASON);
    }

    @Test
    void oneRemovedPromptLineIsNoBox() {
        Page page = run("<article>" + PARAGRAPH + "<div><h3>Support our journalism</h3><p>" + APPEAL
                + "</p></div>" + PARAGRAPH + "</article>", "Support our journalism");

        assertThat(Pages.kept(page)).hasSize(3);
    }

    @Test
    void keepsTheStorysContainerThatHoldsPromptLines() {
        // the story's own container holds the prompts: it is larger than a box
        Page page = run("<article><p>Subscribe now</p>" + PARAGRAPH.repeat(3) + "<p>Become a member</p></article>",
                "Subscribe now", "Become a member");

        assertThat(Pages.kept(page)).hasSize(3);
    }

    private static final String CIVIL = "Please keep the discussion civil and read our community guidelines before "
            + "posting your first comment here.";

    private static Page withRules(String html, String rules) throws Exception {
        RuleSet set = new RuleSet(RuleLoader.parse("t.rules", rules));
        return Pages.run(Pages.html(html), new ProseLabelFilter(), new LinkDensityFilter(), new LineRuleFilter(set),
                new PromptBoxFilter(set));
    }

    @Test
    void countsAButtonAnotherStepTookWhenAPromptRuleNamesIt() throws Exception {
        // "Start your free trial" is a link the link-density step took; the subscribe rule names it all the same
        Page page = withRules("<article>" + PARAGRAPH + "<div class=\"k2\"><p>Subscribe today</p><p>" + APPEAL
                + "</p><a href=\"/trial\">Start your free trial</a></div>" + PARAGRAPH + "</article>",
                "line subscribe subscribe today|start your free trial");

        assertThat(Pages.block(page, "Independent").removal().code()).isEqualTo(PromptBoxFilter.REASON);
        assertThat(Pages.kept(page)).hasSize(2);
    }

    @Test
    void takesACommentPromptBetweenItsHeadingAndItsButton() throws Exception {
        // the tail step has not yet taken "Have your say"; the tail rule names it, the line rule the button
        Page page = withRules("<article>" + PARAGRAPH + PARAGRAPH + "<section><h3>Have your say</h3><p>" + CIVIL
                + "</p><a href=\"#c\">View comments</a></section></article>",
                "tail comment-box have your say\nline comment-meta view comments");

        assertThat(Pages.block(page, "Please keep").removal().code()).isEqualTo(PromptBoxFilter.REASON);
        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void keepsAStoryAboutCommentsBesideOneCommentButton() throws Exception {
        // a story's paragraph about moderating comments, in a small box with a single prompt line: no box
        Page page = withRules("<article>" + PARAGRAPH + "<div><p>" + CIVIL.replace("Please keep", "Moderators ask "
                + "readers to keep") + "</p><a href=\"#c\">View comments</a></div>" + PARAGRAPH + "</article>",
                "tail comment-box have your say\nline comment-meta view comments");

        assertThat(Pages.block(page, "Moderators ask").isKept()).isTrue();
    }

    @Test
    void countsAButtonsLabelThatAPromptRuleNamesAsAPromptLine() throws Exception {
        // "<button>Post comment</button>" prints no block; with the heading the tail rule names it makes the box
        Page page = withRules("<article>" + PARAGRAPH + PARAGRAPH + "<div><h4>Comments</h4><p>We read every one of "
                + "them and answer the best each week in our letters page.</p><button>Post comment</button></div>"
                + "</article>", "tail comment-box comments\nline comment-form post comment");

        assertThat(Pages.block(page, "We read every").removal().code()).isEqualTo(PromptBoxFilter.REASON);
        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
    }

    @Test
    void aButtonNoPromptRuleNamesIsNoPromptLine() throws Exception {
        Page page = withRules("<article>" + PARAGRAPH + PARAGRAPH + "<div><h4>Comments</h4><p>We read every one of "
                + "them and answer the best each week in our letters page.</p><button>Play video</button></div>"
                + "</article>", "tail comment-box comments\nline comment-form post comment");

        assertThat(Pages.block(page, "We read every").isKept()).isTrue();
    }
}
