package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ParagraphBoxesTest {
    @Test
    void takesAContainerWhoseTextRunsBetweenItsChildBlocksForALineBox() {
        Document doc = Jsoup.parse("<div id=a>One line.<br><br>Another line.<figure>A photo.</figure>Last.</div>"
                + "<div id=e>One line.<br><br>Another line, and no block.</div>"
                + "<section id=b>Loose text.<p>A paragraph.</p></section>"
                + "<div id=c>Text with <b>inline</b> markup only.</div>"
                + "<p id=d>A paragraph<br>of two lines.</p>");

        assertThat(ParagraphBoxes.isLineBox(doc.getElementById("a"))).isTrue();
        assertThat(ParagraphBoxes.isLineBox(doc.getElementById("b"))).isTrue();
        assertThat(ParagraphBoxes.isLineBox(doc.getElementById("c"))).isFalse();
        // lines with no block among them: a paragraph of the box around them, as readability takes it
        assertThat(ParagraphBoxes.isLineBox(doc.getElementById("e"))).isFalse();
        // a paragraph's lines are that paragraph's, whatever breaks it holds
        assertThat(ParagraphBoxes.isLineBox(doc.getElementById("d"))).isFalse();
    }

    @Test
    void climbsTheDivsAParagraphIsTheOnlyContentOf() {
        Document doc = Jsoup.parse("<div id=body><div id=w1><div id=w2><p id=p>A paragraph.</p></div></div>"
                + "<div id=t>Text of its own <p id=q>and a paragraph.</p></div></div>");

        assertThat(ParagraphBoxes.wrapped(doc.getElementById("p")).id()).isEqualTo("w1");
        assertThat(ParagraphBoxes.wrapped(doc.getElementById("q")).id()).isEqualTo("q");
        assertThat(ParagraphBoxes.isPageRoot(doc.body())).isTrue();
    }
}
