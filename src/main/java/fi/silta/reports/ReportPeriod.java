package fi.silta.reports;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import fi.silta.common.problem.ProblemException;

/** The period and split a report is asked for, read from the address; a bad value answers 400 naming it. */
public record ReportPeriod(YearMonth from, YearMonth to, Dimension by) {

    /** Reads {@code from} and {@code to} ({@code 2027-03}) and {@code by} (a dimension, any case). */
    public static ReportPeriod parse(String from, String to, String by, YearMonth[] defaults) {
        YearMonth start = month("from", from, defaults[0]);
        YearMonth end = month("to", to, defaults[1]);
        if (end.isBefore(start)) {
            throw ProblemException.invalidParameter("to", "The period ends before it starts");
        }
        if (start.plusYears(10).isBefore(end)) {
            throw ProblemException.invalidParameter("to", "A period of ten years at most");
        }
        Dimension dimension = Dimension.MONTH;
        if (by != null && !by.isBlank()) {
            try {
                dimension = Dimension.valueOf(by.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidParameter("by", "One of month, municipality, context, need, urgency");
            }
        }
        return new ReportPeriod(start, end, dimension);
    }

    private static YearMonth month(String name, String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            YearMonth month = YearMonth.parse(value.trim());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw ProblemException.invalidParameter(name, "A month between 2000 and 2100");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "A month as YYYY-MM");
        }
    }
}
