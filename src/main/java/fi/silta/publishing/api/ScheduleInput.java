package fi.silta.publishing.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When an activity takes place, as a publisher thinks of it: once on a date; weekly on given weekdays; or
 * monthly on a given weekday of the month (the first Tuesday, the last Friday). Recurring ones may end on
 * an until date and skip exception dates. Times are Finnish wall-clock time.
 */
public record ScheduleInput(Long version, Kind kind, LocalDate date, LocalTime startTime, LocalTime endTime,
        List<DayOfWeek> weekdays, Integer weekOfMonth, LocalDate until, List<LocalDate> exceptions) {

    public enum Kind {
        ONCE,
        WEEKLY,
        MONTHLY
    }
}
