package wirewash.rules;

/** A rules file that cannot be used, with the file:line of the first problem; stops the run. */
public final class RuleException extends Exception {
    private static final long serialVersionUID = 1L;

    public RuleException(String message) {
        super(message);
    }
}
