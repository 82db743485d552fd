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

    /**
     * Seeded pages of nested blocks, inline tags, breaks and words (apostrophes, CJK, punctuation, words split
     * across tags) from a few to thousands of words: the bounded count equals the count of the whole text for
     * every limit, on each element of the page.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void countsTokensAsTheWholeTextDoesWhateverTheLimit(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String[] words = {"storm", "don't", "it’s", "漢字", "--", "a", "2024", "x.", "café", "ok,"};
        String[] open = {"<div>", "<p>", "<span>", "<b>", "<li>", "<pre>"};
        String[] close = {"</div>", "</p>", "</span>", "</b>", "</li>", "</pre>"};
        for (int page = 0; page < 40; page++) {
            StringBuilder html = new StringBuilder("<div>");
            int length = random.nextInt(page % 4 == 0 ? 3000 : 60);
            java.util.Deque<Integer> stack = new java.util.ArrayDeque<>();
            for (int i = 0; i < length; i++) {
                int r = random.nextInt(10);
                if (r < 2) {
                    int tag = random.nextInt(open.length);
                    html.append(open[tag]);
                    stack.push(tag);
                } else if (r < 3 && !stack.isEmpty()) {
                    html.append(close[stack.pop()]);
                } else if (r < 4) {
                    html.append(random.nextBoolean() ? "<br>" : "  \n ");
                } else {
                    html.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                }
            }
            html.append("</div>");
            Element root = Jsoup.parse(html.toString()).body().child(0);
            for (Element e : root.getAllElements()) {
                String whole = ElementText.of(e);
                for (int limit : new int[] {1, 2, 5, 40, 61, 200, 5000}) {
                    assertThat(ElementText.tokenCount(e, limit)).as("limit %d of <%s>", limit, whole)
                            .isEqualTo(TextMeasure.tokenCount(whole, limit));
                }
            }
        }
    }

    @Test
    void aBoxIsSmallWhenItsTextHasAtMostSoManyWords() {
        Element body = Jsoup.parse("<div id=a><p>one two three</p><p>four</p></div>").body();
        DomIndex dom = new DomIndex(body);
        Element box = body.getElementById("a");
        assertThat(dom.hasAtMostWords(box, 4)).isTrue();
        assertThat(dom.hasAtMostWords(box, 3)).isFalse();
        dom.text(box); // answered from the text once it is made
        assertThat(dom.hasAtMostWords(box, 4)).isTrue();
        assertThat(dom.hasAtMostWords(box, 3)).isFalse();
    }
}
