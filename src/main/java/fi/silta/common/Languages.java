package fi.silta.common;

import fi.silta.common.problem.ProblemException;

/** The {@code lang} parameter of the API: fi (default), sv or en. */
public final class Languages {

    private Languages() {
    }

    public static Language parse(String value) {
        if (value == null || value.isBlank()) {
            return Language.FI;
        }
        return Language.fromCode(value)
                .orElseThrow(() -> ProblemException.invalidParameter("lang", "must be one of fi, sv, en"));
    }
}
