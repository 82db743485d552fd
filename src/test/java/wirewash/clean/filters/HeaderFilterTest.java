package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Page;

class HeaderFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    @Test
    void takesTheSiteFromAPageTitleLineThatRepeatsTheHeadline() {
        Page page = MainContentFilterTest.labelled("Council closes the old bridge - Valley Gazette\nHome\nNews\n"
                + "Council closes the old bridge\n" + STORY);
        new HeaderFilter().process(page);
        assertThat(page.metadata().site()).isEqualTo("Valley Gazette");
    }

    @Test
    void takesNoSiteFromAPhraseAfterADash() {
        Page page = MainContentFilterTest.labelled("Council closes the old bridge - back to home\n"
                + "Council closes the old bridge\n" + STORY);
        new HeaderFilter().process(page);
        assertThat(page.metadata().site()).isNull();
    }
}
