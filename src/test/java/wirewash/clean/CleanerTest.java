package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import wirewash.clean.filters.ProseLabelFilter;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.Problem;
import wirewash.model.RawDocument;
import wirewash.model.RemovedBlock;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class CleanerTest {
    private static final RawDocument TEXT = new RawDocument("a", "a.txt", Format.TEXT, """
            Council approves the new budget

            The city council approved the budget on Tuesday night after a long debate about the cost of the new \
            library and the repairs that the old bridge needs before the winter comes.

            Share this article
            """);

    @Test
    void cleansATextDumpAndSaysWhyEachBlockWent() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("inline", "line share share this article\n"));

        CleanDocument doc = new Cleaner(rules).clean(TEXT);

        assertThat(doc.paragraphs()).singleElement().asString().startsWith("The city council approved");
        assertThat(doc.removed()).extracting(RemovedBlock::text)
                .contains("Council approves the new budget", "Share this article");
        assertThat(doc.problems()).noneMatch(Problem::isError);
    }

    @Test
    void aLongStyleSheetShownAsTextLeavesThePagesLanguageToItsProseAndIsNoProseItself() {
        String css = ".edition-china .slideshow .replay-button{display:none;margin:0 auto}"
                + ".nav-open .menu li a{color:#333;font-weight:700;padding:4px 8px}";
        String story = "The city council approved the budget on Tuesday night after a long debate about the cost of "
                + "the new library and the repairs that the old bridge needs before the winter comes.";
        // a style sheet of some 4,000 words beside a story of 35: its words would outweigh the story's stopwords
        RawDocument page = new RawDocument("a", "a.txt", Format.TEXT, story + "\n\n" + css.repeat(400) + "\n\n"
                + story.replace("Tuesday", "Wednesday") + "\n");

        Page cleaned = new Cleaner(RuleSet.EMPTY).run(page);

        assertThat(cleaned.stopwords().language()).isEqualTo("en");
        assertThat(cleaned.blocks()).filteredOn(b -> b.text().startsWith(".edition-china"))
                .singleElement().satisfies(b -> assertThat(b.has(Label.PROSE)).isFalse());
    }

    @Test
    void theLanguageInTheMetadataIsTheOneToldAgainOnceOtherStoriesAreRemoved() {
        String own = "<p>Il consiglio si è riunito lunedì, dopo settimane di ritardi, per discutere il bilancio della "
                + "città e per votare la nuova biblioteca che sarà aperta nel centro.</p>";
        String next = "<p>Flood defences along the river were raised overnight as forecasters warned that another "
                + "band of heavy rain would reach the valley before the weekend, officials said.</p>";
        // no lang attribute: the language is told from the words, first English (two English stories outweigh it)
        RawDocument page = new RawDocument("a", "a.html", Format.HTML, "<html><head><title>Il consiglio approva la "
                + "biblioteca</title></head><body><article class=\"story\"><h1>Il consiglio approva la biblioteca"
                + "</h1>" + own.repeat(3) + "</article>" + ("<article class=\"story\"><h1>River rises as storm "
                + "nears the valley</h1>" + next.repeat(6) + "</article>").repeat(2) + "</body></html>");

        CleanDocument doc = new Cleaner(RuleSet.EMPTY).clean(page);

        assertThat(doc.paragraphs()).allMatch(p -> p.startsWith("Il consiglio")).hasSize(3);
        assertThat(doc.metadata().language()).isEqualTo("it");
    }

    @Test
    void aCommentThreadIsSeenWholeThoughALineRuleWouldTakeAnAuthorsLine() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.parse("inline", "line tags [^·]{1,40}(\\s·\\s[^·]{1,40}){2,}\n"));
        String story = "The city council approved the budget on Tuesday night after a long debate about the cost of "
                + "the new library and the repairs that the old bridge needs before the winter comes. ";
        RawDocument page = new RawDocument("a", "a.txt", Format.TEXT, story.repeat(4) + "\n\nComments\n\n"
                + "sam.w · 16h · Reply\nMy family has lived here for thirty years and never saw this.\n\n"
                + "TruthSeeker · 13 hours ago · Reply\nI used to trust this paper but this is just spin.\n\n"
                + "jdoe42 · 9h Like Reply\nSome people will never be happy no matter what happens.\n");

        CleanDocument doc = new Cleaner(rules).clean(page);

        assertThat(doc.paragraphs()).singleElement().asString().startsWith("The city council approved");
        assertThat(doc.removed()).filteredOn(b -> b.reason().code().equals("comment-thread")).extracting(RemovedBlock::text)
                .contains("jdoe42 · 9h Like Reply", "TruthSeeker · 13 hours ago · Reply",
                        "Some people will never be happy no matter what happens.");
    }

    @Test
    void theTextAndHtmlChainsDiffer() {
        Cleaner cleaner = new Cleaner(RuleSet.EMPTY);

        assertThat(cleaner.chain(Format.TEXT)).isNotEmpty().isNotEqualTo(cleaner.chain(Format.HTML));
    }

    @Test
    void anExceptionFromOneDocumentIsAnErrorOnThatDocument() {
        CleanDocument doc = Cleaner.guarded(TEXT, raw -> {
            throw new IllegalStateException("boom");
        });

        assertThat(doc.id()).isEqualTo("a");
        assertThat(doc.paragraphs()).isEmpty();
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("cleaning failed", "boom");
        });
    }

    @Test
    void aStackOverflowFromOneDocumentIsAnErrorOnThatDocument() {
        CleanDocument doc = Cleaner.guarded(TEXT, raw -> {
            throw new StackOverflowError();
        });

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("cleaning failed: stack overflow");
        });
    }

    @Test
    void runningOutOfMemoryIsTheJobsProblemNotTheDocuments() {
        assertThatThrownBy(() -> Cleaner.guarded(TEXT, raw -> {
            throw new OutOfMemoryError("test");
        })).isInstanceOf(OutOfMemoryError.class);
    }

    /**
     * A German text dump hard-wrapped at 60 columns: the wrapped lines are joined into one block after the page's
     * language was read from the tallies of the lines, and each block's stopword density is that of its joined text.
     */
    @Test
    void aJoinedBlocksStopwordDensityIsThatOfItsJoinedText() {
        String paragraph = "Die Regierung hat am Montag mit der Opposition und den Ländern über das neue Gesetz "
                + "gesprochen, das nach dem Willen der Koalition noch in diesem Jahr in Kraft treten soll, aber "
                + "die Länder wollen mehr Geld für die Umsetzung und haben deshalb eine eigene Arbeitsgruppe "
                + "eingesetzt, die bis zum Herbst einen Vorschlag machen soll und dabei auch mit den Kommunen "
                + "sprechen wird, die den größten Teil der Kosten tragen.";
        StringBuilder dump = new StringBuilder("Regierung und Länder streiten über das Gesetz\n\n");
        for (int p = 0; p < 3; p++) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() + 1 + word.length() > 60) {
                    dump.append(line).append('\n');
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            dump.append(line).append("\n\n");
        }
        Page page = new Cleaner(RuleSet.EMPTY).run(new RawDocument("de", "de.txt", Format.TEXT, dump.toString()));

        assertThat(page.stopwords().language()).isEqualTo("de");
        assertThat(page.blocks()).anyMatch(Block::isJoined);
        for (Block block : page.blocks()) {
            java.util.List<String> words = TextMeasure.words(block.text());
            double expected = words.isEmpty() ? 0 : (double) page.stopwords().count(words) / words.size();
            assertThat(ProseLabelFilter.stopwordDensity(block, page)).as(block.text()).isEqualTo(expected);
        }
    }

    @Test
    void keepsAStoryWhoseSentencesADumpRanTogetherAndDropsTheMenuAroundIt() {
        String story = "The town council met on Tuesday evening to debate the new budget for the coming year."
                + "The group was founded in 2019.The members voted to keep the library open on Sundays, and the"
                + " mayor said the savings would come from the roads budget instead. Residents who spoke at the"
                + " meeting welcomed the decision, though some asked how long the money would last."
                + "Council members will meet again next month to look at the plans for the old swimming pool,"
                + " which has been closed since the storm damaged its roof two winters ago. A survey of the"
                + " building found that the repairs would cost more than the town had set aside for them."
                + "The mayor said that a new pool could be built on the same site for about the same money, and"
                + " that the council would ask residents which of the two plans they would rather see. The vote"
                + " on the pool is expected before the end of the summer, after a public meeting in the spring."
                + "Local businesses have also been asked to say how the closure of the pool has affected them,"
                + " since many of the cafes near it say they have lost customers on weekends since it shut.";
        String dump = "HomeNewsLocalSportsWeatherOpinionObituariesContact us" + story
                + "Terms of UsePrivacy PolicyAdvertiseCareers";
        CleanDocument doc = new Cleaner(RuleSet.EMPTY).clean(new RawDocument("g", "g.txt", Format.TEXT, dump));
        String kept = String.join(" ", doc.paragraphs());
        assertThat(kept).contains("The group was founded in 2019.", "The members voted to keep the library open")
                .doesNotContain("Obituaries", "Privacy Policy");
    }
}
