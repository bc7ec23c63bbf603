package fi.silta.common;

import fi.silta.common.problem.ProblemException;

/** Parses ids from paths so that a malformed one is a clear 400, not a 404 or a stack trace. */
public final class Ids {

    private Ids() {
    }

    public static long parse(String parameter, String value) {
        try {
            long id = Long.parseLong(value);
            if (id < 1) {
                throw ProblemException.invalidParameter(parameter, "must be a positive whole number");
            }
            return id;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(parameter, "must be a positive whole number");
        }
    }
}
