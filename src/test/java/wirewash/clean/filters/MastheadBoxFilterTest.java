package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.model.Reason;

class MastheadBoxFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    @Test
    void removesTheShortLinesAroundAMastheadLine() {
        Page page = boxed(STORY + "\n\nGet in touch\n\nMerriton 90210\n\nNewsroom +44 1861 244531\n\nnews@upperbypost.org\n\n"
                + STORY, 3);
        new MastheadBoxFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY);
        assertThat(page.blocks().get(4).removal().code()).isEqualTo(MastheadBoxFilter.REASON);
    }

    @Test
    void keepsShortLinesNoMastheadLineTouches() {
        Page page = boxed(STORY + "\n\nGet in touch\n\nMerriton 90210\n\n" + STORY + "\n\nnews@upperbypost.org", -1);
        new MastheadBoxFilter().process(page);
        assertThat(page.kept()).hasSize(page.blocks().size());
    }

    @Test
    void stopsAtTheStorysProseAndAtLinesOtherRulesTookOut() {
        Page page = boxed(STORY + "\n\nShare\n\nReach us\n\nNewsroom +44 1861 244531\n\n" + STORY, 3);
        page.blocks().get(1).remove(new Reason("share", "t", "a share button"));
        new MastheadBoxFilter().process(page);
        assertThat(page.blocks().get(2).removal().code()).isEqualTo(MastheadBoxFilter.REASON);
        assertThat(page.blocks().get(1).removal().code()).isEqualTo("share");
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY);
    }

    /** The page with the block at {@code masthead} (if any) taken out as a masthead rule would. */
    private static Page boxed(String text, int masthead) {
        Page page = DenseProseRunFilterTest.labelled(text);
        if (masthead >= 0) page.blocks().get(masthead).remove(new Reason("masthead", "t.rules:1", "a phone line"));
        return page;
    }
}
