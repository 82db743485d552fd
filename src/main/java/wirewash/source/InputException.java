package wirewash.source;

/**
 * Stops a run whose inputs are misconfigured (a root that does not exist), as opposed to a single bad document,
 * which is recorded as a {@link wirewash.model.Problem} and never thrown.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
