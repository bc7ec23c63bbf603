package fi.silta.publishing.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An activity as its publisher edits it: every field, its schedules, its coming sessions and its version;
 * {@code importedFrom} names the import source of a listing that is changed at its source, not here.
 */
public record ActivityEdit(long id, long organisationId, String organisationName, ListingStatus status,
        long version, ActivityInput fields, List<ScheduleView> schedules, List<SessionView> sessions,
        Instant lastVerifiedAt, boolean stale, Instant updatedAt, String importedFrom) {

    /**
     * One schedule: its iCalendar rule as stored and, for the rules publishers write, the same in their terms
     * ({@code kind}, weekdays, week of the month, last date); {@code kind} is empty for a rule written
     * elsewhere that has no such terms. {@code timeZone} is the zone its wall-clock times are in (a feed may keep a
     * repeating rule in UTC, which must stay there to repeat at the same instant across daylight saving time).
     */
    public record ScheduleView(long id, LocalDateTime firstStart, int minutes, String rule,
            List<LocalDateTime> exceptions, ScheduleInput.Kind kind, List<DayOfWeek> weekdays, Integer weekOfMonth,
            LocalDate until, String timeZone) {
    }

    /** One coming session, which a publisher may cancel or restore. */
    public record SessionView(long id, Instant startsAt, Instant endsAt, boolean cancelled) {
    }
}
