package fi.silta.common.problem;

import java.time.Duration;
import java.util.List;

/**
 * Thrown by services and resources for an expected failure that the caller can act on. The mapper
 * turns it into problem details; the message is meant for the caller and must hold no client data.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        this(status, code, title, detail, errors, null);
    }

    private ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors,
            Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /**
     * 503: a service Silta depends on does not answer for now. The answer carries {@code Retry-After}, so that a
     * client (or a load balancer) tries again later instead of at once.
     */
    public static ProblemException unavailable(String code, String detail, Duration retryAfter) {
        return new ProblemException(503, code, "Service unavailable", detail, List.of(), retryAfter);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found", List.of());
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter",
                "The parameter '" + parameter + "' is invalid: " + message,
                List.of(new Problem.FieldError(parameter, "invalid", message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** When to try again, for a 503; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
