package wirewash.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrowserDumpTextTest {
    private final BrowserDumpText dump = new BrowserDumpText();

    @Test
    void lynxLinkNumbersAndReferencesGo() {
        String page = """
                    * [1]Home
                    * [2]World

                Council approves the new bridge

                   The council [3]voted 7-2 on Monday to fund the bridge, ending a
                   decade of delay. [4][IMG] The mayor said the crossing opens in 2027.

                References

                   1. https://example.com/
                   2. https://example.com/world
                   3. https://example.com/vote
                   4. https://example.com/crane
                """;

        assertThat(dump.looksLikeBrowserDump(page)).isTrue();
        assertThat(dump.decode(page)).isEqualTo("""
                    * Home
                    * World

                Council approves the new bridge

                   The council voted 7-2 on Monday to fund the bridge, ending a
                   decade of delay. [IMG] The mayor said the crossing opens in 2027.
                """);
    }

    @Test
    void visibleAndHiddenLinksListsGoAsWellAsElinksAndLinksHeadings() {
        String lynx = """
                   [1]Home [2]Sport [3]Weather

                   Rain is due on Tuesday.

                References

                   Visible links:
                   1. https://example.com/
                   2. https://example.com/sport
                   3. https://example.com/weather

                   Hidden links:
                   4. https://example.com/#top
                """;
        String elinks = """
                   [1]Home [2]Sport [3]Weather

                   Rain is due on Tuesday.

                References

                   Visible links
                   1. https://example.com/
                   2. https://example.com/sport
                   3. https://example.com/weather
                """;
        String links = """
                   [1]Home [2]Sport [3]Weather

                   Rain is due on Tuesday.

                Visible links
                   1. https://example.com/
                   2. https://example.com/sport
                   3. https://example.com/weather
                """;

        String expected = """
                   Home Sport Weather

                   Rain is due on Tuesday.
                """;
        assertThat(dump.decode(lynx)).isEqualTo(expected);
        assertThat(dump.decode(elinks)).isEqualTo(expected);
        assertThat(dump.decode(links)).isEqualTo(expected);
    }

    @Test
    void linksTheBrowserGluedToTheWordBeforeThemAreAFewAndStillGo() {
        String page = """
                   [1]Home [2]News [3]Sport [4]book[5]review

                References

                   1. https://example.com/
                   2. https://example.com/news
                   3. https://example.com/sport
                   4. https://example.com/book
                   5. https://example.com/review
                """;

        assertThat(dump.decode(page)).isEqualTo("   Home News Sport bookreview\n");
    }

    @Test
    void aScienceStorysFootnotesAndItsListOfSourcesStay() {
        // numbered like a dump, but each number follows a word or a full stop: the story's own footnotes
        String story = """
                The trial enrolled 400 patients[1]. Earlier work had found the same effect in mice.[2]
                Critics said the sample was small[3].

                References

                1. https://doi.org/10.1000/trial
                2. https://doi.org/10.1000/mice
                3. https://doi.org/10.1000/critics
                """;

        assertThat(dump.looksLikeBrowserDump(story)).isFalse();
        assertThat(dump.decode(story)).isSameAs(story);
    }

    @Test
    void footnotesCitedTwiceOrOutOfOrderStay() {
        String story = """
                As [1] showed, and as [3] and [2] later confirmed, the effect holds; see [1] again.

                References

                1. https://doi.org/10.1000/a
                2. https://doi.org/10.1000/b
                3. https://doi.org/10.1000/c
                """;

        assertThat(dump.looksLikeBrowserDump(story)).isFalse();
    }

    @Test
    void aStoryEndingWithTheAddressesItCitesStays() {
        String story = """
                The report lists three sources, all public.

                Sources

                1. https://example.org/report.pdf
                2. https://example.org/data.csv
                3. https://example.org/method
                """;
        String noMarkers = """
                The report lists three sources, all public.

                References

                1. https://example.org/report.pdf
                2. https://example.org/data.csv
                3. https://example.org/method
                """;

        assertThat(dump.looksLikeBrowserDump(story)).isFalse();
        assertThat(dump.looksLikeBrowserDump(noMarkers)).isFalse();
    }

    @Test
    void aListOfFewerAddressesThanTheLeastOrNumberedFromElsewhereStays() {
        String two = """
                   [1]Home [2]News

                References

                   1. https://example.com/
                   2. https://example.com/news
                """;
        String fromFive = """
                   [5]Home [6]News [7]Sport

                References

                   5. https://example.com/
                   6. https://example.com/news
                   7. https://example.com/sport
                """;

        assertThat(dump.looksLikeBrowserDump(two)).isFalse();
        assertThat(dump.looksLikeBrowserDump(fromFive)).isFalse();
    }

    @Test
    void aPlainDumpWithoutNumberedLinksIsLeftAsItIs() {
        String page = "Home\nWorld\n\nThe council voted 7-2 on Monday.\n";

        assertThat(dump.looksLikeBrowserDump(page)).isFalse();
        assertThat(dump.decode(page)).isSameAs(page);
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new BrowserDumpText(0, 0.25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BrowserDumpText(3, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
