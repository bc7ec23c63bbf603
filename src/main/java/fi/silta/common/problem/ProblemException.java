package fi.silta.common.problem;

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

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
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
}
