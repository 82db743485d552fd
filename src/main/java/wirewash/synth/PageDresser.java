package wirewash.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Wraps a version's paragraphs in the furniture of a scraped news page, as a plain-text dump: site name and
 * navigation, headline, a date line, a byline, image links and photo captions, advertisement and share lines in
 * the body, and at the end a related-stories list quoting other stories' headlines and sentences, a comment box
 * and a copyright line.
 */
final class PageDresser {
    private static final String[] SITES = {"The Daily Courier", "Northern Echo Online", "Metro Herald",
        "Valley Times", "The Evening Post", "Coast Gazette", "Capital Journal", "The Morning Ledger"};
    private static final String[] SECTIONS = {"World", "Politics", "Business", "Nation", "Sport", "Science"};
    private static final String[] AGENCIES = {"Associated Press", "PA Media", "Reuters", "AFP"};
    private static final String[] FIRST = {"Jane", "Michael", "Aisha", "Tom", "Priya", "Carlos", "Emma", "Yuki"};
    private static final String[] LAST = {"Doe", "Okafor", "Schmidt", "Rossi", "Nakamura", "Brennan", "Silva"};
    private static final String[] RELATED = {"Related stories", "More stories", "Most read", "You may also like",
        "Recommended"};
    private static final String[] COMMENTS = {"Leave a comment", "Comments", "Join the conversation"};
    private static final String[] COMMENT_LINES = {"Great reporting, thanks.", "This is exactly what I expected.",
        "Who is going to pay for all this?", "Sad news.", "Finally some common sense."};
    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("'Published' EEEE, MMMM d, yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("'date' yyyy-MM-dd", Locale.ENGLISH)};

    private PageDresser() {}

    /**
     * @param related headlines and sentences of other stories for the related list
     */
    static String dress(String headline, List<String> body, LocalDate published, List<String> related,
                        SplittableRandom random) {
        StringBuilder page = new StringBuilder();
        String site = Syndicator.pick(SITES, random);
        line(page, site);
        line(page, "Home");
        line(page, Syndicator.pick(SECTIONS, random));
        blank(page);
        line(page, headline);
        blank(page);
        line(page, published.atTime(6 + random.nextInt(14), random.nextInt(60))
                .format(DATES[random.nextInt(DATES.length)]));
        blank(page);
        String name = Syndicator.pick(FIRST, random) + " " + Syndicator.pick(LAST, random);
        line(page, "By " + name + ", " + Syndicator.pick(AGENCIES, random));
        blank(page);
        if (random.nextBoolean()) {
            line(page, "https://img.example.com/" + Long.toHexString(random.nextLong()) + ".jpg");
            blank(page);
        }
        int captionAt = body.size() > 2 ? 1 + random.nextInt(body.size() - 1) : -1;
        int adAt = body.size() > 3 ? 2 + random.nextInt(body.size() - 2) : -1;
        for (int i = 0; i < body.size(); i++) {
            if (i == captionAt) {
                line(page, Syndicator.pick(SECTIONS, random) + " scene");
                line(page, "People gather near the scene on " + published.getDayOfWeek().getDisplayName(
                        java.time.format.TextStyle.FULL, Locale.ENGLISH) + ". (AP Photo/"
                        + Syndicator.pick(FIRST, random) + " " + Syndicator.pick(LAST, random) + ")");
                blank(page);
            }
            if (i == adAt) {
                line(page, "Advertisement");
                blank(page);
            }
            line(page, body.get(i));
            blank(page);
        }
        line(page, "Share this article");
        blank(page);
        line(page, Syndicator.pick(RELATED, random));
        for (String other : related) line(page, other);
        blank(page);
        line(page, Syndicator.pick(COMMENTS, random));
        int comments = random.nextInt(3);
        for (int c = 0; c < comments; c++) line(page, Syndicator.pick(COMMENT_LINES, random));
        blank(page);
        line(page, "Copyright " + published.getYear() + " " + site + ". All rights reserved.");
        return page.toString();
    }

    private static void line(StringBuilder page, String text) {
        page.append(text).append('\n');
    }

    private static void blank(StringBuilder page) {
        page.append('\n');
    }
}
