package wirewash.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    private final MarkdownText markdown = new MarkdownText();

    @Test
    void linksKeepTheirTextAndImagesAndAddressesGo() {
        String page = """
                * [Home](https://example.com/)
                * [World](/world "World news")
                * [![Logo](/logo.png)](https://example.com/)

                # Council approves the new bridge

                ![A crane over the river](https://example.com/crane.jpg)

                The council [voted 7-2](https://example.com/vote) on Monday to fund the bridge, **ending** a _decade_
                of delay. The mayor said the \\*new\\* crossing opens in 2027.
                """;

        assertThat(markdown.looksLikeMarkdown(page)).isTrue();
        assertThat(markdown.toTextDump(page)).isEqualTo("""
                Home
                World

                Council approves the new bridge

                The council voted 7-2 on Monday to fund the bridge, ending a decade of delay. The mayor said the *new* crossing opens in 2027.
                """);
    }

    @Test
    void headingsListsQuotesTablesAndCodeKeepTheirTextWithoutTheirMarks() {
        String page = """
                Latest news
                ===========

                1. First story
                2. Second story

                > "We will build it," she said.

                | Team | Score |
                |---|---|
                | Ajax | 2 |

                ```
                x = 1
                ```

                - - -
                Related: [More](https://example.com/more)
                """;

        assertThat(markdown.toTextDump(page)).isEqualTo("""
                Latest news

                First story
                Second story

                "We will build it," she said.

                Team
                Score
                Ajax
                2

                x = 1

                Related: More
                """);
    }

    @Test
    void aLooseListsItemsAreParagraphsAndAHardBreakStartsALine() {
        String page = "- one\n\n- two\n\nFirst line  \nsecond line\n";

        assertThat(markdown.toTextDump(page)).isEqualTo("one\n\ntwo\n\nFirst line\nsecond line\n");
    }

    @Test
    void referenceLinksKeepTheirTextAndTheirDefinitionsGo() {
        String page = "Read the [report][1] and the [reply][2].\n\n[1]: https://example.com/a\n[2]: https://example.com/b\n";

        assertThat(markdown.looksLikeMarkdown(page)).isFalse(); // two definitions and no inline link: under three
        assertThat(markdown.toTextDump(page)).isEqualTo("Read the report and the reply.\n");
        assertThat(markdown.looksLikeMarkdown(page + "[3]: https://example.com/c\n")).isTrue();
    }

    @Test
    void aPlainTextDumpIsNotMarkdownAndIsLeftAsItIs() {
        String dump = """
                Home
                World [updated]
                Prices (in dollars) rose [1] (see note)

                The council voted on Monday. Photo: [Getty Images]
                Comments (12)
                """;

        assertThat(markdown.looksLikeMarkdown(dump)).isFalse();
        assertThat(markdown.decode(dump)).isSameAs(dump);
    }

    @Test
    void linksPastTheSniffedHeadDoNotCount() {
        String links = "[a](/a) [b](/b) [c](/c)\n";
        MarkdownText shortSniff = new MarkdownText(3, 30);

        assertThat(shortSniff.looksLikeMarkdown("x".repeat(40) + "\n" + links)).isFalse();
        assertThat(shortSniff.looksLikeMarkdown(links)).isTrue();
        assertThatThrownBy(() -> new MarkdownText(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anHtmlBlockGivesItsTextAndAnInlineTagGoes() {
        String page = "<div class=\"promo\">Subscribe <b>now</b></div>\n\nThe <span>council</span> met.\n";

        assertThat(markdown.toTextDump(page)).isEqualTo("Subscribe now\n\nThe council met.\n");
    }
}
