package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
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
    /** Class names near the hiding ones: other case, script, length, first or last letter, and separators. */
    private static final String[] NAMES = {"hidden", "HIDDEN", "Hidden", "hide", "hidde", "hiddenx", "xhidden", "sr-only",
            "SR-ONLY", "sr-onlY", "sr_only", "visually-hidden", "visuallyhidden", "offscreen", "a11y-hidden", "u-hidden",
            "print-only", "visible-print", "visible-md", "visible-xs-block", "md:block", "lg:not-sr-only", "x:hidden",
            "h", "n", "hn", "-", "", "h\u0130dden", "h\u0131dden", "HİDDEN", "\u212Aide", "hid\u00E9", "versteckt-\u00E4",
            "VERSTECKT-\u00C4", "\u017Fr-only", "hidden\uD83D\uDE00", "content", "story-body"};
    private static final String[] SEPARATORS = {" ", "  ", "\t", "\n", "\r\n", "\f", "\u000B", "\u001C", "\u00A0",
            "\u2003", "\u3000", "\u2028"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theQuickRejectionOfClassNamesAgreesWithReadingEachName(long seed) {
        Random random = new Random(seed);
        Set<String> custom = new HashSet<>();
        for (int i = 0; i < 4; i++) custom.add(NAMES[random.nextInt(NAMES.length)]);
        Set<String> showing = Set.of("block", "not-sr-only");
        HiddenElements[] readers = {hidden, new HiddenElements(custom, showing, Set.of("visible-md"))};
        Set<?>[] hiding = {HiddenElements.DEFAULT_HIDDEN_CLASSES, custom};
        Set<?>[] showingClasses = {HiddenElements.DEFAULT_SHOWING_CLASSES, Set.of("visible-md")};
        Set<?>[] showingValues = {HiddenElements.DEFAULT_SHOWING_VALUES, showing};
        for (int t = 0; t < 5_000; t++) {
            StringBuilder classes = new StringBuilder();
            int n = random.nextInt(4);
            for (int j = 0; j < n; j++) {
                if (j > 0 || random.nextBoolean()) classes.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                classes.append(NAMES[random.nextInt(NAMES.length)]);
            }
            Element element = new Element("span").attr("class", classes.toString());
            for (int r = 0; r < readers.length; r++) {
                assertThat(readers[r].isHidden(element)).as("%s / %s", hiding[r], classes)
                        .isEqualTo(hiddenByReading(classes.toString(), hiding[r], showingValues[r], showingClasses[r]));
            }
        }
    }

    /** The plain reading: each white-space separated name lower-cased and looked up. */
    private static boolean hiddenByReading(String classes, Set<?> hiding, Set<?> showingValues, Set<?> showingClasses) {
        boolean hidden = false;
        StringBuilder name = new StringBuilder();
        for (int i = 0; i <= classes.length(); i++) {
            if (i < classes.length() && !Character.isWhitespace(classes.charAt(i))) {
                name.append(classes.charAt(i));
                continue;
            }
            if (name.length() == 0) continue;
            String folded = name.toString().toLowerCase(Locale.ROOT);
            name.setLength(0);
            int colon = folded.lastIndexOf(':');
            if (colon > 0 && showingValues.contains(folded.substring(colon + 1))) return false;
            if (showingClasses.contains(folded)) return false;
            if (hiding.contains(folded)) hidden = true;
        }
        return hidden;
    }
}
