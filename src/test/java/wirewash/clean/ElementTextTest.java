package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementTextTest {
    private static String text(String html) {
        return ElementText.of(Jsoup.parse(html).body().child(0));
    }

    @Test
    void addsNothingForImagesAndFormControlsBetweenWords() {
        // jsoup 1.24's Element.text() gives "Breaking News" and "By Jane Smith , Reuters"
        assertThat(text("<h1>Breaking<img src=x.png>News</h1>")).isEqualTo("BreakingNews");
        assertThat(text("<div>By <a href=/a>Jane Smith</a><img src=x.png>, Reuters</div>"))
                .isEqualTo("By Jane Smith, Reuters");
        assertThat(text("<div>Pick<select><option>one<option>two</select>now</div>")).isEqualTo("Pickonetwonow");
    }

    @Test
    void separatesBlockLevelElementsAndBreaksByOneSpace() {
        assertThat(text("<div>Price:<table><tr><td>10</td><td>20</td></tr></table>end</div>"))
                .isEqualTo("Price: 10 20 end");
        assertThat(text("<div><p>One.</p><p>Two.</p>Three<br>four <b>five</b></div>"))
                .isEqualTo("One. Two. Three four five");
        assertThat(text("<div>a<del>b</del>c<dialog>d</dialog>e</div>")).isEqualTo("a b cde");
    }

    @Test
    void collapsesWhitespaceExceptInsidePreformattedText() {
        assertThat(text("<div>  a \n\t b\u00a0\u00a0c\u200bd\u00ade  </div>")).isEqualTo("a b cde");
        assertThat(text("<div>x<pre>a\n  b</pre>y</div>")).isEqualTo("x a\n  b y");
    }

    @Test
    void readsAnElementThousandsOfLevelsDeepWithoutACallPerLevel() {
        Element body = HtmlBlocks.parseDom(Pages.deep("<p>Deep text.</p>"), "", Integer.MAX_VALUE).body();

        assertThat(Pages.onSmallStack(() -> ElementText.of(body))).isEqualTo("Deep text.");
    }
}
