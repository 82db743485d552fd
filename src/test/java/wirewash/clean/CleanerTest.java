package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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
}
