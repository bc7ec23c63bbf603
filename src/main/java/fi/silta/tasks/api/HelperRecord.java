package fi.silta.tasks.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a helper has done, for a job application: each task done with its hours, and the total. */
public record HelperRecord(String firstName, String organisationName, LocalDate approvedUntil, List<Line> tasks,
        BigDecimal totalHours) {

    /** One task done: when, what, for which host, how long. */
    public record Line(LocalDate date, String kind, String host, BigDecimal hours, String hostFeedback) {
    }
}
