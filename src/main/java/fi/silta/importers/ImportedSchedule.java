package fi.silta.importers;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.Schedule;

/**
 * When a record takes place, in the terms of Silta's schedules: a first start in a zone's wall-clock time,
 * a duration, an optional RFC 5545 rule, extra dates, exceptions and dates called off.
 */
public record ImportedSchedule(LocalDateTime firstStart, Duration duration, boolean allDay, String rrule, ZoneId zone,
        SortedSet<LocalDateTime> extraDates, SortedSet<LocalDateTime> exceptions, SortedSet<LocalDateTime> cancelled) {

    /** Silta's schedules hold at most 31 days per session; longer spans (exhibitions, terms) do not fit. */
    public static final Duration MAX_DURATION = Duration.ofDays(31);
    /** More explicit dates than anyone attends in a window; a feed with more is broken or hostile. */
    public static final int MAX_DATES = 1000;
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    public ImportedSchedule {
        extraDates = Collections.unmodifiableSortedSet(new TreeSet<>(extraDates));
        exceptions = Collections.unmodifiableSortedSet(new TreeSet<>(exceptions));
        cancelled = Collections.unmodifiableSortedSet(new TreeSet<>(cancelled));
    }

    public static ImportedSchedule single(LocalDateTime start, Duration duration, boolean allDay, ZoneId zone) {
        return new ImportedSchedule(start, duration, allDay, null, zone, new TreeSet<>(), new TreeSet<>(),
                new TreeSet<>());
    }

    public ImportedSchedule withCancelled(SortedSet<LocalDateTime> dates) {
        return new ImportedSchedule(firstStart, duration, allDay, rrule, zone, extraDates, exceptions, dates);
    }

    /**
     * A schedule a feed wrote in UTC (or a fixed offset), as Finnish wall-clock time: publishers and residents
     * read times in Finnish time, and a UTC clock time shown without its zone reads two or three hours wrong.
     * Only schedules without a rule are moved, as every date of them is one instant; a rule written in UTC
     * repeats at the same UTC time across daylight saving time, which Finnish wall-clock time cannot say, and an
     * all-day date is a date, not an instant.
     */
    public ImportedSchedule inFinnishTimeWhenUtc() {
        if (rrule != null || allDay || !(zone.normalized() instanceof ZoneOffset)) {
            return this;
        }
        return new ImportedSchedule(finnish(firstStart), duration, allDay, null, FINLAND, finnish(extraDates),
                finnish(exceptions), finnish(cancelled));
    }

    private LocalDateTime finnish(LocalDateTime time) {
        return time.atZone(zone).withZoneSameInstant(FINLAND).toLocalDateTime();
    }

    private SortedSet<LocalDateTime> finnish(SortedSet<LocalDateTime> times) {
        SortedSet<LocalDateTime> moved = new TreeSet<>();
        times.forEach(time -> moved.add(finnish(time)));
        return moved;
    }

    /**
     * Checks what Silta's schedules would refuse, so the record fails with a reason here rather than at
     * writing time.
     */
    void validate() {
        if (duration.isNegative()) {
            throw new RecordException("ends before it starts");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new RecordException("lasts longer than 31 days (" + duration.toDays()
                    + " days); only sessions of up to 31 days can be listed");
        }
        if (extraDates.size() > MAX_DATES || exceptions.size() > MAX_DATES || cancelled.size() > MAX_DATES) {
            throw new RecordException("has more than " + MAX_DATES + " explicit dates");
        }
        try {
            detached();
        } catch (IllegalArgumentException e) {
            throw new RecordException(e.getMessage() == null ? "invalid schedule" : e.getMessage());
        }
    }

    /** The schedule for an activity. */
    public Schedule toSchedule(Activity activity) {
        Schedule schedule = rrule == null ? Schedule.single(activity, firstStart, duration, zone)
                : Schedule.recurring(activity, firstStart, duration, rrule, zone);
        if (allDay) {
            schedule.markAllDay();
        }
        extraDates.forEach(schedule::addExtraDate);
        exceptions.forEach(schedule::addException);
        cancelled.forEach(schedule::cancelDate);
        return schedule;
    }

    /** A schedule of no activity, to expand and check a record before anything is written. */
    public Schedule detached() {
        return toSchedule(null);
    }
}
