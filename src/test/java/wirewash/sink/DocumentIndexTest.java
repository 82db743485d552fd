package wirewash.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.model.CleanDocument;
import wirewash.model.DocumentResult;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;
import wirewash.model.Reason;
import wirewash.model.RemovedBlock;

class DocumentIndexTest {
    private static final Reason CAPTION = new Reason("caption", "CaptionFilter", "photo credit");

    private static final DocumentResult CANONICAL = new DocumentResult(
            new CleanDocument("ap-1", "in/ap-1.txt", Format.TEXT, Metadata.EMPTY.withTitle("Storm hits coast"),
                    List.of("A storm hit the coast.", "Thousands lost power.", "Schools closed."),
                    List.of(new RemovedBlock(0, "Photo: AP", CAPTION), new RemovedBlock(4, "Credit: AP", CAPTION)),
                    List.of(Problem.warning("decode", "not valid UTF-8; decoded as windows-1252"))),
            "ap-1", true, null, 1.0, 1.0);
    private static final DocumentResult COPY = new DocumentResult(
            new CleanDocument("pa-1", "in/pa-1.txt", Format.TEXT, Metadata.EMPTY,
                    List.of("A storm hit the coast on Monday."), List.of(), List.of()),
            "ap-1", false, "ap-1", 0.5, 0.8);
    private static final DocumentResult FAILED = new DocumentResult(
            new CleanDocument("bad-1", "in/bad-1.txt", Format.TEXT, Metadata.EMPTY, List.of(), List.of(),
                    List.of(Problem.error("read", "in/bad-1.txt is empty (0 bytes)"))),
            null, false, null, 0.0, 0.0);
    private static final List<DocumentResult> DOCS = List.of(CANONICAL, COPY, FAILED);

    @Test
    void aPlainListIsReadResultByResult() {
        DocumentIndex index = DocumentIndex.of(DOCS);

        assertThat(List.of(index.id(0), index.id(1), index.id(2))).containsExactly("ap-1", "pa-1", "bad-1");
        assertThat(List.of(index.failed(0), index.failed(1), index.failed(2))).containsExactly(false, false, true);
        assertThat(index.problems(0)).extracting(Problem::message)
                .containsExactly("not valid UTF-8; decoded as windows-1252");
        assertThat(index.problems(1)).isEmpty();
        assertThat(List.of(index.removedBlocks(0), index.removedBlocks(1))).containsExactly(2, 0);
        assertThat(index.title(0)).isEqualTo("Storm hits coast");
        assertThat(index.title(1)).isNull();
        assertThat(List.of(index.paragraphs(0), index.paragraphs(1), index.paragraphs(2))).containsExactly(3, 1, 0);
        assertThat(List.of(index.duplicate(0), index.duplicate(1), index.duplicate(2)))
                .containsExactly(false, true, false);
    }

    @Test
    void aListThatIsItsOwnIndexIsUsedAsItIs() {
        IndexedList list = new IndexedList(DOCS);

        assertThat(DocumentIndex.of(list)).isSameAs(list);
        assertThat(DocumentIndex.of(list).id(1)).isEqualTo("indexed:pa-1");
        assertThat(list.reads).as("answers came from the index, not from reading results").isZero();
    }

    /** A list that answers from its own index and counts how often a whole result is read. */
    private static final class IndexedList extends AbstractList<DocumentResult> implements DocumentIndex {
        private final List<DocumentResult> docs;
        int reads;

        IndexedList(List<DocumentResult> docs) {
            this.docs = docs;
        }

        @Override
        public DocumentResult get(int index) {
            reads++;
            return docs.get(index);
        }

        @Override
        public int size() {
            return docs.size();
        }

        @Override
        public String id(int index) {
            return "indexed:" + docs.get(index).id();
        }

        @Override
        public boolean failed(int index) {
            return docs.get(index).failed();
        }

        @Override
        public List<Problem> problems(int index) {
            return List.of();
        }

        @Override
        public int removedBlocks(int index) {
            return 0;
        }

        @Override
        public String title(int index) {
            return null;
        }

        @Override
        public int paragraphs(int index) {
            return 0;
        }

        @Override
        public boolean duplicate(int index) {
            return false;
        }
    }
}
