package wirewash.state;

/** The state file could not be opened, read or written; the run stops and the previous state stays as it was. */
public final class StateException extends Exception {
    private static final long serialVersionUID = 1L;

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
