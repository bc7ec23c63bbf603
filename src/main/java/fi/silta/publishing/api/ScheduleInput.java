package fi.silta.publishing.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * When an activity takes place, as a publisher thinks of it: once on a date; weekly on given weekdays; or
 * monthly on a given weekday of the month (the first Tuesday, the last Friday). Recurring ones may end on
 * an until date and skip exception dates. Times are Finnish wall-clock time.
 *
 * @param weekOfMonth for a monthly series, which week: 1 to 4, or -1 for the last
 */
@CrossFieldRules
public record ScheduleInput(Long version,
        @NotNull Kind kind,
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull LocalTime endTime,
        @Size(max = 7) List<@NotNull DayOfWeek> weekdays,
        @Min(-1) @Max(4) Integer weekOfMonth,
        LocalDate until,
        @Size(max = 100) List<@NotNull LocalDate> exceptions) {

    public enum Kind {
        ONCE,
        WEEKLY,
        MONTHLY
    }
}
