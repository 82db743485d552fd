package wirewash.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirewash.clean.Cleaner;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.RawDocument;
import wirewash.rules.RuleLoader;

/**
 * Quality gate for what a text dump says about itself (issue 3: title, byline, published date and site into
 * docs.jsonl): the benchmark's pages as text dumps, against what the same pages' HTML states (its JSON-LD, meta tags and
 * {@code <h1>}), which is read far more surely. A page counts where its HTML states the field: the title agrees
 * when one contains the other (letters and digits only, case aside), the date when it is within a day (a time
 * zone moves it), the byline when a name of the HTML's is in it or it in one, counted only where that name is
 * printed in the dump. Prints the figures for the whole set and its parts; fails below the pinned floors.
 */
class MetadataQualityTest {
    /**
     * Floors on the whole set: the shares measured when they were pinned (title 0.73 of the 181 pages, published
     * 0.77 of the 163 whose HTML dates them, byline 0.63 of the 115 whose dump prints the HTML's author), less 0.03.
     */
    static final double TITLE_FLOOR = 0.70;
    static final double PUBLISHED_FLOOR = 0.74;
    static final double BYLINE_FLOOR = 0.60;
    /**
     * The site's name where the HTML states one (not an address): 0.32 of the 161 pages when pinned, less 0.03. A
     * dump states the brand in its prompts and the owner in its copyright line, which may be the publisher ("Vox
     * Media" for The Verge): those count as disagreeing.
     */
    static final double SITE_FLOOR = 0.29;

    private static Cleaner cleaner;

    @BeforeAll
    static void load() throws Exception {
        cleaner = new Cleaner(RuleLoader.load(Path.of("rules")));
    }

    @Test
    void textDumpsStateTheTitleDateAndBylineTheirHtmlStates() {
        Shares all = null;
        for (String part : new String[] {null, "tune", "holdout"}) {
            Shares shares = new Shares();
            for (String id : Bench.ids(part)) {
                String dump = Bench.text(id);
                Metadata text = cleaner.clean(new RawDocument(id, id, Format.TEXT, dump)).metadata();
                Metadata html = cleaner.clean(new RawDocument(id, id, Format.HTML, Bench.html(id))).metadata();
                shares.add(text, html, dump);
                shares.addSite(text, html);
            }
            System.out.printf("metadata %-7s %s%n", part == null ? "all" : part, shares);
            if (part == null) all = shares;
        }
        assertThat(all.title.share()).isGreaterThanOrEqualTo(TITLE_FLOOR);
        assertThat(all.published.share()).isGreaterThanOrEqualTo(PUBLISHED_FLOOR);
        assertThat(all.byline.share()).isGreaterThanOrEqualTo(BYLINE_FLOOR);
        assertThat(all.site.share()).isGreaterThanOrEqualTo(SITE_FLOOR);
    }

    /** Agreements out of the pages that count, per field. */
    private static final class Shares {
        final Count title = new Count();
        final Count published = new Count();
        final Count byline = new Count();
        final Count site = new Count();

        void add(Metadata text, Metadata html, String dump) {
            String htmlTitle = letters(html.title());
            if (!htmlTitle.isEmpty()) {
                String textTitle = letters(text.title());
                title.add(!textTitle.isEmpty() && (htmlTitle.contains(textTitle) || textTitle.contains(htmlTitle)));
            }
            LocalDate htmlDate = date(html.published());
            if (htmlDate != null) {
                LocalDate textDate = date(text.published());
                published.add(textDate != null && Math.abs(textDate.toEpochDay() - htmlDate.toEpochDay()) <= 1);
            }
            List<String> names = names(html.byline());
            String lowerDump = dump.toLowerCase(Locale.ROOT);
            if (names.stream().anyMatch(lowerDump::contains)) {
                String textByline = text.byline() == null ? "" : text.byline().toLowerCase(Locale.ROOT);
                byline.add(!textByline.isEmpty()
                        && names.stream().anyMatch(n -> textByline.contains(n) || n.contains(textByline)));
            }
        }

        /** The site agrees when one name holds the other, letters and digits only, spaces too aside. */
        void addSite(Metadata text, Metadata html) {
            String htmlSite = letters(html.site()).replace(" ", "");
            if (htmlSite.isEmpty() || html.site().startsWith("http")) return;
            String textSite = letters(text.site()).replace(" ", "");
            site.add(!textSite.isEmpty() && (htmlSite.contains(textSite) || textSite.contains(htmlSite)));
        }

        @Override
        public String toString() {
            return "title " + title + ", published " + published + ", byline " + byline + ", site " + site;
        }
    }

    private static final class Count {
        int agree;
        int pages;

        void add(boolean agrees) {
            pages++;
            if (agrees) agree++;
        }

        double share() {
            return pages == 0 ? 1 : (double) agree / pages;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d (%.2f)", agree, pages, share());
        }
    }

    private static String letters(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The date an ISO string starts with; null for none, or for a CMS's empty "0001-01-01". */
    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            LocalDate date = LocalDate.parse(iso.substring(0, 10));
            return date.getYear() < 1900 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The names of a byline ("Jane Doe and John Roe, Reuters"), lower-cased. */
    private static List<String> names(String byline) {
        List<String> names = new ArrayList<>();
        if (byline == null) return names;
        for (String name : byline.toLowerCase(Locale.ROOT).replace(" and ", ",").split(",")) {
            if (!name.isBlank()) names.add(name.strip());
        }
        return names;
    }
}
