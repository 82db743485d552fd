package wirewash.clean;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import wirewash.internal.Validate;

/**
 * Says whether an HTML element is hidden from readers by its own markup: the {@code hidden} attribute, an inline
 * style of {@code display: none} or {@code visibility: hidden}, a {@code <dialog>} that is not open, or a class
 * that frameworks and CMS themes define as hidden or screen-reader-only ({@code sr-only}, {@code visually-hidden},
 * WordPress's {@code screen-reader-text}…). Readability and trafilatura drop such elements too. Only the element's
 * own attributes are read; stylesheets are not. {@code aria-hidden} is not taken: pages set it on visible text (a
 * drop capital, an icon's label) as often as on hidden text. Nor are two kinds of hiding that leave text to
 * readers: {@code hidden="until-found"} (collapsed text the browser's find opens) and a hiding class beside a
 * responsive one that shows the element at some screen width (Tailwind's {@code hidden md:block}, Bootstrap 3's
 * {@code visible-print visible-md}).
 */
public final class HiddenElements {
    /** Whole class names (not tokens) of elements hidden by the stylesheets that define them. */
    public static final Set<String> DEFAULT_HIDDEN_CLASSES = Set.of("hidden", "hide", "is-hidden", "invisible",
            "sr-only", "sr-only-focusable", "visually-hidden", "visuallyhidden", "screen-reader-text",
            "screen-reader-only", "screenreader-only", "element-invisible", "offscreen", "u-hidden",
            "hidden-visually", "a11y-hidden",
            // shown only in print: what a page prints on paper ("This article was printed from…"), not on screen
            "print-only", "printonly", "visible-print", "visible-print-block", "show-for-print");
    /**
     * What a responsive class ({@code breakpoint:value}, as Tailwind writes them) sets that shows an element a
     * hiding class hides at other widths.
     */
    public static final Set<String> DEFAULT_SHOWING_VALUES = Set.of("block", "inline", "inline-block", "flex",
            "inline-flex", "grid", "inline-grid", "table", "contents", "flow-root", "visible", "not-sr-only");
    /**
     * Whole class names that show an element on screen at some width whatever hiding class sits beside them:
     * Bootstrap 3's responsive visibility classes add up, so {@code visible-md visible-print} is on screen.
     */
    public static final Set<String> DEFAULT_SHOWING_CLASSES = showingClasses("xs", "sm", "md", "lg", "xl");
    /** The {@code hidden} attribute's value that leaves the text findable and so read. */
    private static final String UNTIL_FOUND = "until-found";
    /** Inline style declarations that hide an element, matched with white space removed. */
    private static final Pattern HIDING_STYLE = Pattern.compile("(^|;)(display:none|visibility:hidden)(;|!|$)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Slots of the table of hiding-class shapes ({@link #shape}), a power of two. */
    private static final int SHAPES = 1024;

    private final Set<String> hiddenClasses;
    private final Set<String> showingValues;
    private final Set<String> showingClasses;
    /**
     * The {@link #shape} slots of the hiding classes; every slot when one of them is not ASCII (then the shape of a
     * name's lower-case form may differ from its own).
     */
    private final boolean[] hiddenShapes = new boolean[SHAPES];

    public HiddenElements() {
        this(DEFAULT_HIDDEN_CLASSES, DEFAULT_SHOWING_VALUES, DEFAULT_SHOWING_CLASSES);
    }

    public HiddenElements(Set<String> hiddenClasses, Set<String> showingValues, Set<String> showingClasses) {
        this.hiddenClasses = Set.copyOf(Validate.notNull(hiddenClasses, "hiddenClasses"));
        this.showingValues = Set.copyOf(Validate.notNull(showingValues, "showingValues"));
        this.showingClasses = Set.copyOf(Validate.notNull(showingClasses, "showingClasses"));
        for (String name : this.hiddenClasses) {
            if (name.isEmpty()) continue;
            if (!name.chars().allMatch(c -> c < 128)) Arrays.fill(hiddenShapes, true);
            else hiddenShapes[shape(name.length(), name.charAt(0), name.charAt(name.length() - 1))] = true;
        }
    }

    /** {@code visible-SIZE} with each display suffix Bootstrap 3 defines, for the sizes given. */
    private static Set<String> showingClasses(String... sizes) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String size : sizes) {
            for (String suffix : new String[] {"", "-block", "-inline", "-inline-block"}) {
                out.add("visible-" + size + suffix);
            }
        }
        return Set.copyOf(out);
    }

    /** True when the element's own markup hides it (and everything inside it); null-safe. */
    public boolean isHidden(Element element) {
        if (element == null) return false;
        if (element.hasAttr("hidden") && !element.attr("hidden").trim().equalsIgnoreCase(UNTIL_FOUND)) return true;
        if (element.normalName().equals("dialog") && !element.hasAttr("open")) return true;
        String style = element.attr("style");
        if (!style.isEmpty()) {
            String folded = style.toLowerCase(Locale.ROOT);
            // the regex only runs on the few styles that could hide
            if ((folded.contains("none") || folded.contains("hidden"))
                    && HIDING_STYLE.matcher(WHITE_SPACE.matcher(folded).replaceAll("")).find()) {
                return true;
            }
        }
        return hasHiddenClass(element.className());
    }

    /**
     * Whether one of the white-space separated class names is a hiding one and none shows the element at some
     * screen width; no regex, for every inline element.
     */
    private boolean hasHiddenClass(String classes) {
        if (!mayHoldHiddenClass(classes)) return false;
        int n = classes.length();
        boolean hiding = false;
        for (int start = 0; start < n; ) {
            while (start < n && Character.isWhitespace(classes.charAt(start))) start++;
            int end = start;
            while (end < n && !Character.isWhitespace(classes.charAt(end))) end++;
            if (end > start) {
                String name = classes.substring(start, end).toLowerCase(Locale.ROOT);
                int colon = name.lastIndexOf(':');
                if (colon > 0 && showingValues.contains(name.substring(colon + 1))) return false;
                if (showingClasses.contains(name)) return false;
                if (hiddenClasses.contains(name)) hiding = true;
            }
            start = end;
        }
        return hiding;
    }

    /**
     * False when no class name of {@code classes} can be a hiding one, told without cutting out and lower-casing
     * each name: an ASCII name whose length and first and last letters no hiding class has is none. Most elements'
     * classes end here; for the others {@link #hasHiddenClass} reads the names as it always did.
     */
    private boolean mayHoldHiddenClass(String classes) {
        int n = classes.length();
        for (int start = 0; start < n; ) {
            while (start < n && Character.isWhitespace(classes.charAt(start))) start++;
            int end = start;
            boolean ascii = true;
            while (end < n && !Character.isWhitespace(classes.charAt(end))) ascii &= classes.charAt(end++) < 128;
            if (end > start && (!ascii || hiddenShapes[shape(end - start, classes.charAt(start), classes.charAt(end - 1))])) {
                return true;
            }
            start = end;
        }
        return false;
    }

    /** A slot of {@link #hiddenShapes} for an ASCII class name of this length and first and last chars. */
    private static int shape(int length, char first, char last) {
        return ((length * 31 + Character.toLowerCase(first)) * 31 + Character.toLowerCase(last)) & (SHAPES - 1);
    }

    /** What hides the element, for a removal's detail; null when it is not hidden. */
    public String describe(Element element) {
        if (!isHidden(element)) return null;
        StringBuilder out = new StringBuilder("<").append(element.normalName());
        if (element.hasAttr("hidden")) out.append(" hidden");
        if (!element.attr("style").isEmpty()) out.append(" style=").append(element.attr("style").trim());
        if (!element.className().isEmpty()) out.append(" class=").append(element.className().trim());
        return out.append('>').toString();
    }
}
