package wirewash.source;

import java.nio.file.Path;
import java.util.List;
import wirewash.internal.Validate;
import wirewash.model.Format;
import wirewash.model.Problem;

/**
 * Names one input file found by {@link InputWalker}: where it is, the document id it gets, how its content is
 * encoded, and the warnings met while finding it (a renamed duplicate id, for one).
 *
 * @param path     the file, as reached from the root it was given under
 * @param id       the document id: the file name without its recognised extensions, unique within the walk
 * @param format   plain text or HTML, from the extension
 * @param gzip     true when the file is gzip-compressed ({@code .gz})
 * @param problems  warnings for this file, carried on to its document by {@link Decoder#decode(InputFile)}
 * @param container whether the file is one document or a WARC/JSONL container of many ({@link ContainerReader})
 */
public record InputFile(Path path, String id, Format format, boolean gzip, List<Problem> problems,
                        Container container) {
    public InputFile {
        Validate.notNull(path, "path");
        Validate.notBlank(id, "id");
        Validate.notNull(format, "format");
        problems = List.copyOf(Validate.notNull(problems, "problems"));
        Validate.notNull(container, "container");
    }

    /** A file that is one document. */
    public InputFile(Path path, String id, Format format, boolean gzip, List<Problem> problems) {
        this(path, id, format, gzip, problems, Container.NONE);
    }

    /** An input file with no warnings. */
    public InputFile(Path path, String id, Format format, boolean gzip) {
        this(path, id, format, gzip, List.of());
    }
}
