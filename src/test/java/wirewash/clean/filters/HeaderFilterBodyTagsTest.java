package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class HeaderFilterBodyTagsTest {
    private static final String PAGE = "<body><p>Home</p><h1>Scores from Tuesday night</h1>"
            + "<div>Updated May 24, 2022</div><h2>GIRLS BASKETBALL</h2><p>Palm Bay d. Rockledge 70-44</p>"
            + "<p><a href=/x>Next post</a></p>"
            + "<p>" + Pages.PROSE_1 + "</p></body>";

    @Test
    void keepsParagraphsAndSubheadingsBelowTheHeadlineWhenGivenBodyTags() {
        Page page = Pages.run(Pages.html(PAGE), new ProseLabelFilter(),
                new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 15, HeaderFilter.DEFAULT_MAX_CAPITALISED_SHARE, Set.of("p", "h2")));
        assertThat(Pages.kept(page)).containsExactly("GIRLS BASKETBALL", "Palm Bay d. Rockledge 70-44", Pages.PROSE_1);
    }

    @Test
    void removesEverythingAboveTheFirstProseWithoutBodyTags() {
        Page page = Pages.run(Pages.html(PAGE), new ProseLabelFilter(), new HeaderFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
    }

    @Test
    void keepsRunningTextBelowTheHeadlineWhateverItsElement() {
        Page page = Pages.run(Pages.html("<body><h1>Chelsea sign a new keeper</h1><div>LinkNaija August 08, 2018</div>"
                + "<div>This has freed the way for the move of their own keeper to Real Madrid</div>"
                + "<p>" + Pages.PROSE_1 + "</p></body>"), new ProseLabelFilter(),
                new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 15, HeaderFilter.DEFAULT_MAX_CAPITALISED_SHARE, Set.of("p")));
        assertThat(Pages.kept(page)).containsExactly(
                "This has freed the way for the move of their own keeper to Real Madrid", Pages.PROSE_1);
    }

    @Test
    void keepsLinesSetInTheFirstParagraphsBoxWhateverTheirElement() {
        Page page = Pages.run(Pages.html("<body><h1>Scores from Tuesday night</h1><div class=story>"
                + "<div>Palm Bay d. Rockledge 70-44</div><div>Updated May 24, 2022</div>"
                + "<div><a href=/x>Next post in the series</a></div>"
                + "<div>" + Pages.PROSE_1 + "</div></div></body>"), new ProseLabelFilter(),
                new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 15, HeaderFilter.DEFAULT_MAX_CAPITALISED_SHARE, Set.of("p")));
        assertThat(Pages.kept(page)).containsExactly("Palm Bay d. Rockledge 70-44", Pages.PROSE_1);
    }

    @Test
    void removesLinesOutsideTheFirstParagraphsBox() {
        Page page = Pages.run(Pages.html("<body><h1>Scores from Tuesday night</h1>"
                + "<div class=meta><div>Palm Bay d. Rockledge 70-44</div></div>"
                + "<div class=story><div>" + Pages.PROSE_1 + "</div></div></body>"), new ProseLabelFilter(),
                new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 15, HeaderFilter.DEFAULT_MAX_CAPITALISED_SHARE, Set.of("p")));
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
    }

    /** Runs the header step on a headline, then a story box holding a bare span and the story's first paragraph. */
    private static java.util.List<String> keptWithLooseLine(String line) {
        return Pages.kept(Pages.run(Pages.html("<body><h1>The Impeachment Clock</h1><div class=story><span>" + line
                + "</span><p>" + Pages.PROSE_1 + "</p></div></body>"), new ProseLabelFilter(),
                new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS, 15, HeaderFilter.DEFAULT_MAX_CAPITALISED_SHARE,
                        Set.of("p"))));
    }

    @Test
    void keepsASentenceSetLooseInTheFirstParagraphsBox() {
        // a deck in a bare span beside the story's paragraphs is the story's
        assertThat(keptWithLooseLine("Time is not on his side.")).containsExactly("Time is not on his side.",
                Pages.PROSE_1);
    }

    @Test
    void removesANameSetLooseInTheFirstParagraphsBox() {
        // a byline so set is the header's
        assertThat(keptWithLooseLine("JANE DOE")).containsExactly(Pages.PROSE_1);
    }
}
