package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AncestorsTest {
    private static final Document PAGE = Jsoup.parse(
            "<div class=box><section><p id=a>one</p></section></div><p id=b>two</p>");

    @Test
    void anElementTakesTheVerdictOfItsNearestAncestorThatHasOne() {
        Map<Element, String> verdicts = new IdentityHashMap<>();

        String verdict = Ancestors.nearestOwn(PAGE.getElementById("a"), verdicts,
                e -> e.hasClass("box") ? "box" : null);

        assertThat(verdict).isEqualTo("box");
        assertThat(verdicts).containsEntry(PAGE.getElementById("a"), "box")
                .containsEntry(PAGE.getElementById("a").parent(), "box");
    }

    @Test
    void eachElementIsJudgedOncePerPage() {
        Map<Element, String> verdicts = new IdentityHashMap<>();
        Map<Element, Integer> asked = new HashMap<>();

        for (String id : new String[] {"a", "b", "a", "b"}) {
            Ancestors.nearestOwn(PAGE.getElementById(id), verdicts, e -> {
                asked.merge(e, 1, Integer::sum);
                return null;
            });
        }

        assertThat(asked.values()).containsOnly(1);
        assertThat(verdicts.get(PAGE.getElementById("b"))).isNull();
        assertThat(verdicts).containsKey(PAGE.getElementById("b"));
    }

    @Test
    void aPageWithNoElementsGetsAnEmptyMapOfVerdicts() {
        Map<Element, String> verdicts = Ancestors.verdicts(null);

        assertThat(Ancestors.nearestOwn(null, verdicts, e -> "never")).isNull();
        assertThat(verdicts).isEmpty();
    }

    @Test
    void anElementJudgedToTakeNoVerdictIsAnsweredFromTheMapWithoutBeingJudgedAgain() {
        Map<Element, String> verdicts = Ancestors.verdicts(null);
        verdicts.put(PAGE.getElementById("b"), null);

        assertThat(Ancestors.nearestOwn(PAGE.getElementById("b"), verdicts, e -> "judged again")).isNull();
    }

    @Test
    void aPageThousandsOfElementsDeepIsWalkedWithoutRecursion() {
        Document deep = Jsoup.parse("<div>".repeat(20_000) + "<p id=x>text</p>");

        String verdict = Ancestors.nearestOwn(deep.getElementById("x"), new IdentityHashMap<>(),
                e -> e.tagName().equals("body") ? "body" : null);

        assertThat(verdict).isEqualTo("body");
    }
}
