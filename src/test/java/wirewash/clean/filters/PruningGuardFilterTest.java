package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Reason;

class PruningGuardFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";

    private static Page page(String html) {
        Page page = Pages.html(html);
        new ProseLabelFilter().process(page);
        return page;
    }

    private static void prune(Page page, String filter, String prefix, int count) {
        int n = 0;
        for (Block block : page.blocks()) {
            if (block.text().startsWith(prefix) && n++ < count) block.remove(new Reason("x", filter, "test"));
        }
    }

    @Test
    void keepsAgainWhatThePrunersTookFromTheBestBlockAndSaysSo() {
        Page page = page("<div class=body>" + PARAGRAPH.repeat(6) + "</div><div>"
                + "<p>Sign up for our morning briefing, delivered daily to readers who ask for it by email.</p></div>");
        prune(page, "BoilerplateClassFilter", "The council", 5);

        assertThat(new PruningGuardFilter().process(page)).isTrue();

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(6);
        assertThat(page.problems()).anySatisfy(p -> assertThat(p.toString()).contains("PruningGuardFilter"));
    }

    @Test
    void countsTheKeptParagraphsWhoseLinksSitInsideTheirSentences() {
        // the story links a third of its words inside its sentences; the pruners took a standfirst box above it.
        // The story is the kept strong prose: nothing to back off, as for the same story without links
        String linked = "<p>The <a href='/council'>council met on Monday</a>, after weeks of delay, to discuss the "
                + "<a href='/budget'>budget, which has grown</a> by a third since last year, and to vote on the new "
                + "library.</p>";
        Page page = page("<header><p>Residents of the city said on Friday that the shops had begun to open again "
                + "during the day, and that the council should now turn to the budget.</p></header>"
                + "<div class=body>" + linked.repeat(3) + "</div>");
        prune(page, "MainContainerFilter", "Residents", 1);

        assertThat(new PruningGuardFilter().process(page)).isFalse();
        assertThat(Pages.block(page, "Residents").isRemoved()).isTrue();
    }

    @Test
    void backsOffUnderAWrapperWhoseFurnitureNameIsThePagesLayout() {
        // the whole page sits in a "has-sidebar" wrapper, the story too: the name says how the page is laid out
        Page page = page("<div class='wrap has-sidebar'><div class=body>" + PARAGRAPH.repeat(6) + "</div><div>"
                + "<p>Sign up for our morning briefing, delivered daily to readers who ask for it by email.</p></div>"
                + "</div>");
        prune(page, "MainContainerFilter", "The council", 5);

        assertThat(new PruningGuardFilter().process(page)).isTrue();

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(6);
    }

    @Test
    void keepsAgainTheOtherSectionsTheMainContainerStepLeftOutWithTheBestBlock() {
        String section = "<section><div>" + PARAGRAPH.repeat(3) + "</div></section>";
        String pool = section.replace("library", "pool");
        Page page = page("<div class=story>" + section + pool.replace("Monday", "Friday")
                + "<div class=related-box><p>The council met on Monday, as it does every week.</p></div></div>"
                + "<div class=box><p>Sign up for our morning briefing, delivered daily to readers who ask for it by email."
                + "</p></div>");
        prune(page, "MainContainerFilter", "The council", 7);

        assertThat(new PruningGuardFilter().process(page)).isTrue();

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council met on Monday, after"))
                .hasSize(3);
        assertThat(page.kept()).filteredOn(b -> b.text().contains("pool")).hasSize(3);
        assertThat(Pages.block(page, "The council met on Monday, as it does").isRemoved()).isTrue();
        assertThat(Pages.block(page, "Sign up").isKept()).isTrue();
    }

    @Test
    void keepsAgainOnlyTheBestBlockWhenNotToWiden() {
        String section = "<section><div>" + PARAGRAPH.repeat(3) + "</div></section>";
        Page page = page("<div class=story>" + section + section.replace("library", "pool") + "</div><div class=box>"
                + "<p>Sign up for our morning briefing, delivered daily to readers who ask for it by email.</p></div>");
        prune(page, "MainContainerFilter", "The council", 6);

        new PruningGuardFilter(PruningGuardFilter.DEFAULT_PRUNERS, PruningGuardFilter.DEFAULT_MIN_KEPT_SHARE,
                PruningGuardFilter.DEFAULT_STRONG_PROSE_WORDS, PruningGuardFilter.DEFAULT_STRONG_PROSE_LINK_DENSITY,
                PruningGuardFilter.DEFAULT_NEGATIVE, 0).process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().contains("library")).hasSize(3);
        assertThat(page.kept()).filteredOn(b -> b.text().contains("pool")).isEmpty();
    }

    @Test
    void leavesThePageAloneWhenEnoughProseIsKept() {
        Page page = page("<div class=body>" + PARAGRAPH.repeat(6) + "</div>");
        prune(page, "MainContainerFilter", "The council", 2);

        assertThat(new PruningGuardFilter().process(page)).isFalse();

        assertThat(page.kept()).hasSize(4);
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void neverKeepsAgainWhatOtherFiltersRemoved() {
        Page page = page("<div class=body>" + PARAGRAPH.repeat(6) + "</div>");
        prune(page, "HiddenElementFilter", "The council", 5);

        assertThat(new PruningGuardFilter().process(page)).isFalse();

        assertThat(page.kept()).hasSize(1);
    }

    @Test
    void backsOffOnlyTheFiltersItIsGiven() {
        Page page = page("<div class=body>" + PARAGRAPH.repeat(6) + "</div>");
        prune(page, "TeaserGridFilter", "The council", 5);

        assertThat(new PruningGuardFilter(Set.of("MainContainerFilter"), 0.5, 20, 0.2).process(page)).isFalse();
        assertThat(new PruningGuardFilter().process(page)).isTrue();
    }

    @Test
    void leavesFurnitureProseRemovedHoweverLongBesideAShortStory() {
        // the paper's "about us" text in its footer, three times the story's length, that the main-container step
        // rightly removed
        String about = "<p>The Valley Gazette has served the towns of the valley since 1880 and is owned by a trust "
                + "whose only aim is to keep local news in the hands of the people who read it.</p>";
        Page page = page("<div class=story-body>" + PARAGRAPH + "</div><div class=site-footer><div class=about>"
                + about.repeat(8) + "</div></div>");
        prune(page, "MainContainerFilter", "The Valley Gazette", 8);

        assertThat(new PruningGuardFilter().process(page)).isFalse();

        assertThat(page.kept()).hasSize(1);
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void leavesARealSidebarRemovedInsideALayoutWrapperNamedForIt() {
        // the "has-sidebar" wrapper names the layout (it holds all the kept prose); the sidebar inside it, however
        // long its prose, holds none of it and is still furniture
        String about = "<p>The Valley Gazette has served the towns of the valley since 1880 and is owned by a trust "
                + "whose only aim is to keep local news in the hands of the people who read it.</p>";
        Page page = page("<div class='wrap has-sidebar'><div class=story-body>" + PARAGRAPH + "</div>"
                + "<div class=sidebar><div class=widget-text>" + about.repeat(8) + "</div></div></div>");
        prune(page, "MainContainerFilter", "The Valley Gazette", 8);

        assertThat(new PruningGuardFilter().process(page)).isFalse();

        assertThat(page.kept()).hasSize(1);
    }
}
