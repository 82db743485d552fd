package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DomIndexTest {
    private static final String PAGE = "<html><head><title>T</title></head><body>"
            + "<div id=a><figure id=b><span><img id=i1 src=1.jpg></span><figcaption id=c>A cat, <b>asleep</b>"
            + "</figcaption></figure><p id=d>Text <img id=i2 src=2.jpg> more&nbsp; text.</p></div>"
            + "<section id=e><h2 id=h>Heading</h2><p id=f>After.</p></section>"
            + "<div id=g>Nothing here</div></body></html>";

    @Test
    void answersAsJsoupSelectorsAndTextDo() {
        Document dom = Jsoup.parse(PAGE);
        DomIndex index = new DomIndex(dom);

        assertThat(index.images()).containsExactlyElementsOf(dom.getElementsByTag("img"));
        assertThat(index.properties()).isEmpty();
        for (Element e : dom.getAllElements()) {
            assertThat(index.firstImage(e)).as(e.id()).isSameAs(e.selectFirst("img"));
            assertThat(index.holdsHeading(e)).as(e.id()).isEqualTo(e.selectFirst("h1, h2, h3, h4, h5, h6") != null);
            assertThat(index.text(e)).isEqualTo(e.text());
        }
    }

    @Test
    void holdsStoryMarksTheElementsAboveAHeadlineOrAnArticleButNotThemselves() {
        Document dom = Jsoup.parse("<div id=a><div id=b><h1 id=c>Title</h1></div></div><div id=d><article id=e>"
                + "<p id=f>Text.</p></article></div><div id=g><h2 id=h>Sub</h2></div>");
        DomIndex index = new DomIndex(dom);
        for (Element e : dom.getAllElements()) {
            assertThat(index.holdsStory(e)).as(e.id()).isEqualTo(e.selectFirst("h1, article") != null
                    && !e.normalName().equals("h1") && !(e.normalName().equals("article")
                    && e.select("h1, article").size() == 1));
        }
        assertThat(index.holdsStory(dom.getElementById("b"))).isTrue();
        assertThat(index.holdsStory(dom.getElementById("e"))).isFalse();
        assertThat(index.holdsStory(dom.getElementById("g"))).isFalse();
    }

    @Test
    void listsTheLinksFormsAndControlsASelectorOfThemFinds() {
        Document dom = Jsoup.parse("<div><a href=/x>x</a><a name=top></a><form action=/s><input type=email>"
                + "<button>Go</button></form><span role=button>Like</span><p>text</p></div>");
        DomIndex index = new DomIndex(dom);
        assertThat(index.anchors()).containsExactlyElementsOf(dom.select("a"));
        assertThat(index.forms()).containsExactlyElementsOf(dom.select("form"));
        String controls = "button, input[type=email], [role=button]";
        assertThat(index.controls().stream().filter(e -> e.is(controls)).toList())
                .containsExactlyElementsOf(dom.select(controls));
    }

    @Test
    void numbersEachElementOnceWithItsAncestry() {
        Document dom = Jsoup.parse(PAGE);
        DomIndex index = new DomIndex(dom);

        assertThat(index.size()).isEqualTo(dom.getAllElements().size());
        Element img = dom.getElementById("i1");
        int[] ancestry = index.ancestry(img);
        int i = 0;
        for (Element e = img; e != null; e = e.parent()) assertThat(ancestry[i++]).isEqualTo(index.id(e));
        assertThat(ancestry).hasSize(i);
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (Element e : dom.getAllElements()) {
            int id = index.id(e);
            assertThat(id).isBetween(0, index.size() - 1).isEqualTo(index.id(e));
            ids.add(id);
        }
        assertThat(ids).hasSize(index.size());
        assertThatThrownBy(() -> index.id(new Element("p"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheAncestryOfAnElementThousandsOfLevelsDownWithoutACallPerLevel() {
        Document dom = HtmlBlocks.parseDom(Pages.deep("<p id=p>Text.</p>"), "", Integer.MAX_VALUE);
        DomIndex index = new DomIndex(dom);
        Element p = dom.getElementById("p");

        int[] ancestry = Pages.onSmallStack(() -> index.ancestry(p));

        // numbered from the top down, as when the parent's ancestry was made first
        assertThat(ancestry).hasSize(Pages.DEEP + 4); // p, the divs, body, html, the document
        for (int i = 0; i < ancestry.length; i++) assertThat(ancestry[i]).isEqualTo(ancestry.length - 1 - i);
        assertThat(index.ancestry(p.parent())).containsExactly(java.util.Arrays.copyOfRange(ancestry, 1, ancestry.length));
    }

    @Test
    void walksTheElementsInDocumentOrderAsGetAllElementsLists() {
        // deeper than the walk's first stack, with text and comments between the elements
        StringBuilder html = new StringBuilder("<p>a<!-- c --><b>b</b></p>");
        for (int i = 0; i < 40; i++) html.append("<div id=d").append(i).append(">x<span>y</span>");
        Document dom = Jsoup.parse(html.append("<img src=z.jpg>").toString());
        java.util.List<Element> walked = new java.util.ArrayList<>();

        DomIndex.forEachElement(dom, walked::add);

        assertThat(walked).containsExactlyElementsOf(dom.getAllElements());
    }

    @Test
    void listsTheMicrodataPropertiesInPageOrder() {
        Document dom = Jsoup.parse("<article itemscope><h1 itemprop=headline>T</h1><div itemprop=articleBody>"
                + "<p>Text.</p><span itemprop=author>A</span></div></article>");

        assertThat(new DomIndex(dom).properties()).containsExactlyElementsOf(dom.select("[itemprop]"));
    }
}
