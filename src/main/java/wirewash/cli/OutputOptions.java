package wirewash.cli;

import picocli.CommandLine.Option;

/** Output options shared by the commands that write an output folder (run, clean, bench). */
public final class OutputOptions {
    @Option(names = "--no-clean-files",
            description = "Write no clean/<id>.txt files: docs.jsonl holds every clean text. For runs over millions "
                    + "of documents, which would otherwise make as many small files. An existing clean/ is left as it is.")
    boolean noCleanFiles;

    boolean cleanFiles() {
        return !noCleanFiles;
    }
}
