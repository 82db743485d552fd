package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class LeadLanguageFilterTest {
    private static final String IT_1 = "È stato annunciato in queste ore che il servizio di streaming a pagamento ospiterà"
            + " il remake della serie animata cult degli anni ottanta, prodotta sulla base del manga originale che"
            + " tutti i fan conoscono.";
    private static final String IT_2 = "Gli appassionati sono già sul piede di guerra, dopo il primo esperimento, che"
            + " non è stato un successo sotto tutti i punti di vista, e le uniche speranze dei fan sono un adattamento"
            + " il più fedele possibile all'originale.";
    private static final String IT_3 = "Tornando al remake, il titolo provvisorio non è ancora stato confermato e la"
            + " prima stagione dovrebbe essere di dodici episodi, che conterranno il periodo che va dalla guerra"
            + " galattica ai cavalieri d'argento, secondo quanto si legge nel comunicato.";
    private static final String EN_1 = "Volkswagen's first all-electric car based on the new platform is not expected"
            + " until next year, but the automaker is not slowing down on stacking up new potential models for the"
            + " market, and this is the seventh one of them.";
    private static final String EN_2 = "You could think of it as a futuristic wagon, or as a condensed sport utility"
            + " vehicle, or even as a well-stretched sedan, and whatever the definition is, the company says that it"
            + " may only be a concept today.";
    private static final String EN_3 = "The flexibility of the platform shows its strength here, allowing the company"
            + " to tinker with the length of the car and its drivetrain, as it showed off at the auto show in the city"
            + " this week.";

    private static Page page(String content) {
        Page page = Pages.text(content);
        page.setStopwords(page.tellLanguage(block -> true));
        return page;
    }

    private static String english() {
        return String.join("\n\n", "The new wagon is a weird sports car with a secret message", EN_1, EN_2, EN_3,
                EN_1 + " " + EN_2, EN_2 + " " + EN_3, EN_3 + " " + EN_1, EN_1 + " " + EN_3);
    }

    @Test
    void tellsTheLanguageOfAStoryAboveLongerStoriesOfAnotherLanguage() {
        Page page = page(String.join("\n\n", "Remake della serie animata per lo streaming", IT_1, IT_2, IT_3, IT_1 + " " + IT_3,
                "* * *", english()));
        assertThat(page.stopwords().language()).isEqualTo("en");
        assertThat(new LeadLanguageFilter().process(page)).isTrue();
        assertThat(page.stopwords().language()).isEqualTo("it");
        // the prose labels then read the page's own paragraphs as prose, and the appended ones as none
        new ProseLabelFilter().process(page);
        assertThat(Pages.block(page, "È stato").has(Label.PROSE)).isTrue();
        assertThat(Pages.block(page, "Gli appassionati").has(Label.PROSE)).isTrue();
        assertThat(Pages.block(page, "Volkswagen").has(Label.PROSE)).isFalse();
    }

    @Test
    void passesOverATeasersLedeStandingApartAboveTheStory() {
        String menu = String.join("\n\n", "Cartoni", "Film", "Streaming", "Video", "Musica", "Libri");
        Page page = page(String.join("\n\n", "Serie animata", IT_2, menu, "Remake della serie animata", IT_1, IT_3,
                IT_1 + " " + IT_3, "* * *", english(), english()));
        assertThat(new LeadLanguageFilter().process(page)).isTrue();
        assertThat(page.stopwords().language()).isEqualTo("it");
    }

    @Test
    void keepsThePageLanguageWhenTeasersOfAnotherLanguageStandAboveTheStory() {
        // ledes between their headlines and stamps make a sparse run, not a story's
        String teasers = String.join("\n\n", "Il remake della serie animata cult degli anni ottanta arriva in streaming",
                IT_1, "Ieri alle 18:30 di Mario Rossi e Anna Bianchi", "Gli appassionati del manga originale sono già sul"
                + " piede di guerra", IT_2, "Oggi alle 9:15 di Anna Bianchi e Mario Rossi", "La prima stagione del remake"
                + " avrà dodici episodi secondo il comunicato", IT_1 + " " + IT_3);
        Page page = page(String.join("\n\n", teasers, english()));
        assertThat(new LeadLanguageFilter().process(page)).isFalse();
        assertThat(page.stopwords().language()).isEqualTo("en");
    }

    @Test
    void keepsThePageLanguageWhenANoticeOfAnotherLanguageStandsAboveTheStory() {
        // two short paragraphs of another language are a notice or a quote, not a story of the page's own
        Page page = page(String.join("\n\n", IT_1, IT_2, english()));
        assertThat(new LeadLanguageFilter().process(page)).isFalse();
        assertThat(page.stopwords().language()).isEqualTo("en");
    }

    @Test
    void keepsThePageLanguageWhenTheTopIsInIt() {
        Page page = page(String.join("\n\n", english(), IT_1, IT_2, IT_3, IT_1 + " " + IT_2));
        assertThat(page.stopwords().language()).isEqualTo("en");
        assertThat(new LeadLanguageFilter().process(page)).isFalse();
        assertThat(page.stopwords().language()).isEqualTo("en");
    }

    @Test
    void keepsThePageLanguageWhenParagraphsOfAnotherLanguageStandApartAtTheTop() {
        // teasers above the story, each apart among its headline and stamps, are no story of the page's own
        String teasers = String.join("\n\n", "Serie animata", IT_1, "Ieri", "Di Mario Rossi", "Cartoni", "Film",
                "Streaming", IT_2, "Oggi", "Di Anna Bianchi", "Video", "Musica", "Libri", IT_3, "Domani",
                "Altro", "Spot", "Serie TV", IT_1 + " " + IT_3);
        Page page = page(String.join("\n\n", teasers, english()));
        assertThat(page.stopwords().language()).isEqualTo("en");
        assertThat(new LeadLanguageFilter().process(page)).isFalse();
        assertThat(page.stopwords().language()).isEqualTo("en");
    }

    @Test
    void keepsThePageLanguageWhenAListOfTeasersInAnotherLanguageStandsAboveTheStory() {
        // each teaser its headline and hook on one line, one sentence: a list, not a story's paragraphs
        String teasers = String.join("\n\n", "Also in the news",
                "Revealed: cost of the city's school meals scheme tops £79m — Figures released on Sunday show a sharp"
                        + " rise in complaints about the market hall revamp.",
                "Why students report a surge in the stadium upgrade — Critics say the rent cap will cost more than"
                        + " planned, but supporters insist it is long overdue.",
                "Investors sign off on parking charges after months of talks — The move comes as the mayor and the"
                        + " council clash over the bridge repairs, with a decision expected next month.",
                "What the night bus routes mean for the north of the city — The transport authority say they were"
                        + " left in the dark about the speed cameras until the last minute.",
                "Explained: the row over the town's speed cameras and their cost — The decision has split opinion in"
                        + " the town, where the rent cap has been debated for years.");
        String story = String.join("\n\n", "Remake della serie animata per lo streaming", IT_1, IT_2, IT_3,
                IT_1 + " " + IT_2, IT_2 + " " + IT_3, IT_3 + " " + IT_1, IT_1 + " " + IT_3);
        assertThat(page(teasers + "\n\n" + story).stopwords().language()).isEqualTo("it");
        Page page = page(teasers + "\n\n" + story);
        assertThat(new LeadLanguageFilter().process(page)).isFalse();
        assertThat(page.stopwords().language()).isEqualTo("it");
        // read as a story, the list would tell the page's language
        Page loose = page(teasers + "\n\n" + story);
        assertThat(new LeadLanguageFilter(20, 3, 0.8, 1.0, 2, 120, 2.0).process(loose)).isTrue();
        assertThat(loose.stopwords().language()).isEqualTo("en");
    }

    @Test
    void rejectsThresholdsOutOfRange() {
        assertThatThrownBy(() -> new LeadLanguageFilter(20, -1, 0.8, 0.75, 2, 120, 2.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeadLanguageFilter(20, 3, 1.5, 0.75, 2, 120, 2.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeadLanguageFilter(0, 3, 0.8, 0.75, 2, 120, 2.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeadLanguageFilter(20, 3, 0.8, 0.75, 0, 120, 2.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeadLanguageFilter(20, 3, 0.8, 0.75, 2, 0, 2.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeadLanguageFilter(20, 3, 0.8, 0.75, 2, 120, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeadLanguageFilter(20, 3, 0.8, 1.5, 2, 120, 2.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onHtmlTellsTheStorysLanguageFromTwoParagraphsOnlyWhenThePageStatesIt() {
        // an Italian story of two paragraphs above a thread of English comments that outweighs it
        String thread = ("<div class=post><p>" + EN_1 + "</p></div><div class=post><p>" + EN_2 + " " + EN_3
                + "</p></div>").repeat(3);
        // two paragraphs of fewer words than a text dump's lead needs
        String body = "<body><article><h1>Remake della serie animata</h1><p>" + IT_1 + " " + IT_2 + "</p><p>" + IT_3
                + "</p></article>" + thread + "</body>";
        Page stated = Pages.html("<html lang=it-IT>" + body + "</html>");
        Page unstated = Pages.html("<html lang=en>" + body + "</html>");
        for (Page page : java.util.List.of(stated, unstated)) page.setStopwords(page.tellLanguage(block -> true));
        assertThat(stated.stopwords().language()).isEqualTo("en");

        assertThat(new LeadLanguageFilter(true).process(stated)).isTrue();
        assertThat(stated.stopwords().language()).isEqualTo("it");
        assertThat(new LeadLanguageFilter(true).process(unstated)).isFalse();
        assertThat(unstated.stopwords().language()).isEqualTo("en");
    }
}
