package fi.silta.common;

import fi.silta.common.problem.ProblemException;

/** Paging parameters as the API takes them: {@code page} from 1, {@code size} up to a limit. */
public record PageRequest(int page, int size) {

    public static PageRequest parse(String page, String size, int defaultSize, int maxSize) {
        int parsedPage = parseInt("page", page, 1);
        int parsedSize = parseInt("size", size, defaultSize);
        if (parsedPage < 1) {
            throw ProblemException.invalidParameter("page", "must be 1 or more");
        }
        if (parsedPage > 10_000) {
            throw ProblemException.invalidParameter("page", "must be at most 10000");
        }
        if (parsedSize < 1 || parsedSize > maxSize) {
            throw ProblemException.invalidParameter("size", "must be between 1 and " + maxSize);
        }
        return new PageRequest(parsedPage, parsedSize);
    }

    private static int parseInt(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "must be a whole number");
        }
    }
}
