package wirewash.cli;

/** The exit codes of every wirewash command, as the README documents them. */
public final class ExitCodes {
    /** Everything was read and written. */
    public static final int OK = 0;
    /** The run finished and wrote its outputs, but one or more input documents failed (see run.json). */
    public static final int DOCUMENTS_FAILED = 1;
    /** The command line was wrong: unknown option, missing value. */
    public static final int USAGE = 2;
    /** The configuration was wrong: a rules file with an error, an input path that does not exist. */
    public static final int CONFIG = 3;
    /** The job's own I/O failed: the output folder or a file in it could not be written. */
    public static final int IO = 4;
    /** The JVM ran out of heap: the run stopped and its outputs are incomplete. */
    public static final int OUT_OF_MEMORY = 5;
    /** A bug: an unexpected exception. Please report it with the stack trace. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
