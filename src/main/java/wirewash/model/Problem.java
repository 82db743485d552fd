package wirewash.model;

import wirewash.internal.Validate;

/**
 * Something that went wrong with one document, recorded on its result instead of stopping the batch.
 *
 * @param severity {@link Severity#ERROR} when the document could not be processed, else a warning
 * @param stage    the stage that noticed it: "read", "decode", "clean", "dedup"
 * @param message  a sentence a person can act on
 */
public record Problem(Severity severity, String stage, String message) {
    public enum Severity { WARNING, ERROR }

    public Problem {
        Validate.notNull(severity, "severity");
        Validate.notBlank(stage, "stage");
        Validate.notBlank(message, "message");
    }

    public static Problem error(String stage, String message) {
        return new Problem(Severity.ERROR, stage, message);
    }

    public static Problem warning(String stage, String message) {
        return new Problem(Severity.WARNING, stage, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
