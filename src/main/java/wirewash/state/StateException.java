package wirewash.state;

/**
 * The state file could not be opened, read or written; the run stops and the previous state stays as it was.
 * {@link #isConfiguration} tells a file this version cannot use (written by a newer wirewash, or not a wirewash
 * state) from a failure to read or write it.
 */
public final class StateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean configuration;

    public StateException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StateException(String message, Throwable cause, boolean configuration) {
        super(message, cause);
        this.configuration = configuration;
    }

    /** A state file this version cannot use: the user must name another one (a configuration error). */
    public static StateException unusable(String message) {
        return new StateException(message, null, true);
    }

    /** Whether the file cannot be used as it is, rather than failed to be read or written. */
    public boolean isConfiguration() {
        return configuration;
    }
}
