package wirewash.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import wirewash.internal.Validate;
import wirewash.model.Format;
import wirewash.model.Problem;

/**
 * Turns input roots (files or folders, searched recursively) into the list of input files to process, sorted by
 * path, each with a run-unique id taken from its file name. Files of other kinds are skipped and listed as such.
 *
 * <p>Accepted: {@code .txt}, {@code .html}, {@code .htm}, and the containers {@code .warc} and {@code .jsonl}
 * (many documents each, read by {@link ContainerReader}), each also gzipped ({@code .txt.gz}…), in any letter
 * case. The id is the file name without those extensions only ({@code story.v2.html.gz} → {@code story.v2}).
 * When two files share an id, the first in path order keeps it and later ones become {@code id~2},
 * {@code id~3}…, each with a warning.
 */
public final class InputWalker {
    private static final String GZIP_SUFFIX = ".gz";
    /** Recognised extensions (before an optional {@code .gz}) and the format each one means. */
    private static final Map<String, Format> EXTENSIONS = Map.of(
            ".txt", Format.TEXT,
            ".md", Format.TEXT, // Markdown, read as a text dump (MarkdownText)
            ".markdown", Format.TEXT,
            ".html", Format.HTML,
            ".htm", Format.HTML);
    /** Extensions of files that hold many documents. */
    private static final Map<String, Container> CONTAINERS = Map.of(
            ".warc", Container.WARC,
            ".jsonl", Container.JSONL);
    /** Between an id and the number that tells a later input of the same id apart ({@code 042bb7~2}). */
    public static final String DUPLICATE_SEPARATOR = "~";

    /**
     * What a walk found.
     *
     * @param files    the accepted input files, sorted by path, ids unique
     * @param skipped  files of other kinds, sorted by path
     * @param problems warnings about folders that could not be read (their files are missing from the list)
     */
    public record Listing(List<InputFile> files, List<Path> skipped, List<Problem> problems) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Lists the input files under the roots.
     *
     * @throws InputException when a root does not exist
     */
    public List<InputFile> walk(List<Path> roots) {
        return list(roots).files();
    }

    /**
     * Lists the input files under the roots, and what was skipped.
     *
     * @throws InputException when a root does not exist
     */
    public Listing list(List<Path> roots) {
        Validate.notNull(roots, "roots");
        for (Path root : roots) {
            Validate.notNull(root, "root");
            if (!Files.exists(root)) throw new InputException("input does not exist: " + root);
        }
        // Keyed by the absolute path so that overlapping roots ("in" and "in/a.txt") list a file once.
        Map<Path, Path> found = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path root : roots) collect(root, found, problems);

        List<Path> paths = new ArrayList<>(found.values());
        paths.sort(Comparator.comparing(Path::toString));
        return assignIds(paths, problems);
    }

    private static void collect(Path root, Map<Path, Path> found, List<Problem> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isDirectory()) found.putIfAbsent(file.toAbsolutePath().normalize(), file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(Problem.warning("read", "cannot list " + file + ": " + Decoder.describe(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(Problem.warning("read", "cannot list " + root + ": " + Decoder.describe(e)));
        }
    }

    private static Listing assignIds(List<Path> paths, List<Problem> problems) {
        List<Candidate> accepted = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Set<String> naturalIds = new HashSet<>();
        for (Path path : paths) {
            Candidate candidate = Candidate.of(path);
            if (candidate == null) {
                skipped.add(path);
            } else {
                accepted.add(candidate);
                naturalIds.add(candidate.naturalId());
            }
        }
        // A renamed duplicate must not take an id that another file has by its own name.
        Set<String> taken = new HashSet<>();
        List<InputFile> files = new ArrayList<>(accepted.size());
        for (Candidate candidate : accepted) {
            String natural = candidate.naturalId();
            String id = natural;
            List<Problem> fileProblems = new ArrayList<>();
            if (taken.contains(natural)) {
                int n = 2;
                while (taken.contains(id = natural + DUPLICATE_SEPARATOR + n) || naturalIds.contains(id)) n++;
                fileProblems.add(Problem.warning("read",
                        "id '" + natural + "' is already used by an earlier file; this one is '" + id + "'"));
            }
            taken.add(id);
            files.add(new InputFile(candidate.path(), id, candidate.format(), candidate.gzip(), fileProblems,
                    candidate.container()));
        }
        return new Listing(files, skipped, problems);
    }

    /** A file whose name marks it as input, with the id its name gives it. */
    private record Candidate(Path path, Format format, boolean gzip, String naturalId, Container container) {
        /** The candidate the file name describes, or null for a file to skip. */
        static Candidate of(Path path) {
            String name = fileName(path);
            String lower = name.toLowerCase(Locale.ROOT);
            boolean gzip = lower.endsWith(GZIP_SUFFIX);
            String base = gzip ? lower.substring(0, lower.length() - GZIP_SUFFIX.length()) : lower;
            for (Map.Entry<String, Format> extension : EXTENSIONS.entrySet()) {
                if (!base.endsWith(extension.getKey())) continue;
                int suffixLength = extension.getKey().length() + (gzip ? GZIP_SUFFIX.length() : 0);
                String id = name.substring(0, name.length() - suffixLength);
                // A file called ".txt" keeps its whole name rather than an empty id.
                return new Candidate(path, extension.getValue(), gzip, id.isBlank() ? name : id, Container.NONE);
            }
            for (Map.Entry<String, Container> extension : CONTAINERS.entrySet()) {
                if (!base.endsWith(extension.getKey())) continue;
                int suffixLength = extension.getKey().length() + (gzip ? GZIP_SUFFIX.length() : 0);
                String id = name.substring(0, name.length() - suffixLength);
                return new Candidate(path, Format.HTML, gzip, id.isBlank() ? name : id, extension.getValue());
            }
            return null;
        }
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
