package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HiddenElementsTest {
    private final HiddenElements hidden = new HiddenElements();

    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div hidden>x</div>", "<div hidden=\"hidden\">x</div>",
            "<div style=\"color: red; display: none\">x</div>", "<div style=\"visibility:hidden !important\">x</div>",
            "<dialog>x</dialog>", "<span class=\"sr-only\">x</span>", "<div class=\"card Hidden\">x</div>",
            "<div class=\"hidden md:hidden\">x</div>", "<div class=\"print-only\">x</div>",
            "<div class=\"printonly\">x</div>", "<p class=\"visible-print\">x</p>",
            "<p class=\"visible-print-block\">x</p>",
            "<p class=\"show-for-print\">x</p>"})
    void markupThatHidesTheElement(String html) {
        assertThat(hidden.isHidden(first(html))).isTrue();
        assertThat(hidden.describe(first(html))).startsWith("<");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div>x</div>", "<div aria-hidden=\"true\">x</div>", "<dialog open>x</dialog>",
            "<div style=\"display:block\">x</div>", "<div class=\"hidden-xs\">x</div>",
            // collapsed text the browser's find opens, and Tailwind's hidden-on-small-screens
            "<section hidden=\"until-found\">x</section>", "<div class=\"hidden md:block\">x</div>",
            "<div class=\"sr-only lg:not-sr-only\">x</div>",
            // Bootstrap 3's visibility classes add up: shown on wide screens and in print
            "<div class=\"visible-md visible-lg visible-print\">x</div>",
            "<div class=\"visible-print-block visible-xs-block\">x</div>"})
    void markupThatLeavesTheElementToReaders(String html) {
        assertThat(hidden.isHidden(first(html))).isFalse();
        assertThat(hidden.describe(first(html))).isNull();
    }

    @Test
    void theHidingAndShowingClassesAreParameters() {
        assertThat(new HiddenElements(Set.of("gone"), HiddenElements.DEFAULT_SHOWING_VALUES, Set.of())
                .isHidden(first("<div class=\"hidden\">x</div>"))).isFalse();
        assertThat(new HiddenElements(Set.of("hidden"), Set.of(), Set.of()).isHidden(
                first("<div class=\"hidden md:block\">x</div>"))).isTrue();
        assertThat(new HiddenElements(Set.of("visible-print"), Set.of(), Set.of()).isHidden(
                first("<div class=\"visible-md visible-print\">x</div>"))).isTrue();
    }

    @Test
    void aHidingClassIsMatchedWhateverItsCaseOrScript() {
        assertThat(new HiddenElements(Set.of("versteckt-ä"), Set.of(), Set.of())
                .isHidden(first("<div class=\"box VERSTECKT-Ä\">x</div>"))).isTrue();
        assertThat(hidden.isHidden(first("<div class=\"box SR-Only\">x</div>"))).isTrue();
        assertThat(hidden.isHidden(first("<div class=\"box sr-onlyx hiddenx\">x</div>"))).isFalse();
    }
}
