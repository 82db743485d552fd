package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextBlocks;
import wirewash.model.Format;
import wirewash.model.Metadata;

class DenseProseRunFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    @Test
    void removesProseSeparatedFromTheArticleByAMenu() {
        Page page = labelled("We use cookies to give you the best experience of our site and to show you ads.\n"
                + "Home\nNews\nSport\nWeather\nBusiness\nCulture\n" + STORY + "\n" + STORY + "\n" + STORY);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks().get(0).isRemoved()).isTrue();
    }

    @Test
    void labelsTheArticleAcrossAShortSubheading() {
        Page page = labelled(STORY + "\n" + STORY + "\nWhat happens next\n" + STORY);
        new DenseProseRunFilter().process(page);
        assertThat(page.blocks()).allMatch(b -> b.has(Label.ARTICLE));
    }

    static Page labelled(String text) {
        Page page = new Page("t", Format.TEXT, TextBlocks.split(text), Metadata.EMPTY);
        new ProseLabelFilter().process(page);
        return page;
    }
}
