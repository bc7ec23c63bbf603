package fi.silta.referrals;

import java.util.List;

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;

/**
 * A 400 for a rule that needs the database or the catalogue (a known municipality, a published activity), at the
 * field to correct and in the shape Bean Validation answers every other invalid input with.
 */
final class InvalidInput {

    private InvalidInput() {
    }

    static ProblemException at(String field, String code, String message) {
        return new ProblemException(400, "invalid-input", "Invalid input", message,
                List.of(new FieldError(field, code, message)));
    }
}
