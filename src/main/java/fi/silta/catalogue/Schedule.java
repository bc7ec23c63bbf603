package fi.silta.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * When an activity takes place: one date, or an RFC 5545 recurrence (RRULE) from a first start, plus
 * extra dates (RDATE) and exceptions (EXDATE). Times are wall-clock times in the schedule's zone
 * (Europe/Helsinki unless a feed said otherwise), so a weekly 10:00 group stays at 10:00 across the
 * daylight-saving change.
 */
@Entity
@Table(name = "schedule")
public class Schedule {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Helsinki");
    /** A guard against rules like FREQ=SECONDLY in imported feeds: nobody attends that often. */
    static final int MAX_OCCURRENCES_PER_WINDOW = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule_seq")
    @SequenceGenerator(name = "schedule_seq", sequenceName = "schedule_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "first_start")
    private LocalDateTime firstStart;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "all_day")
    private boolean allDay;

    private String rrule;

    @Column(name = "time_zone")
    private String timeZone = DEFAULT_ZONE.getId();
    /** The parsed zone: read for every session when activities are indexed and listed. */
    @Transient
    private transient ZoneId parsedZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_extra_date", joinColumns = @JoinColumn(name = "schedule_id"))
    @Column(name = "starts_at")
    private Set<LocalDateTime> extraDates = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_exception", joinColumns = @JoinColumn(name = "schedule_id"))
    @Column(name = "starts_at")
    private Set<LocalDateTime> exceptions = new LinkedHashSet<>();

    /** Dates that stay in the series but are called off: residents see them as cancelled, not gone. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_cancelled_date", joinColumns = @JoinColumn(name = "schedule_id"))
    @Column(name = "starts_at")
    private Set<LocalDateTime> cancelledDates = new LinkedHashSet<>();

    protected Schedule() {
    }

    private Schedule(Activity activity, LocalDateTime firstStart, Duration duration, String rrule, ZoneId zone) {
        if (firstStart == null) {
            throw new IllegalArgumentException("A schedule needs a start");
        }
        if (duration == null || duration.isNegative() || duration.toDays() > 31) {
            throw new IllegalArgumentException("A duration must be between zero and 31 days");
        }
        this.activity = activity;
        this.firstStart = firstStart;
        this.durationMinutes = (int) duration.toMinutes();
        this.rrule = rrule == null || rrule.isBlank() ? null : parseRule(rrule).toString();
        this.timeZone = (zone == null ? DEFAULT_ZONE : zone).getId();
    }

    /** One date. */
    public static Schedule single(Activity activity, LocalDateTime start, Duration duration) {
        return new Schedule(activity, start, duration, null, DEFAULT_ZONE);
    }

    /** One date in the given zone, for imported events whose feed names a zone of its own. */
    public static Schedule single(Activity activity, LocalDateTime start, Duration duration, ZoneId zone) {
        return new Schedule(activity, start, duration, null, zone);
    }

    /** A series by an RFC 5545 recurrence rule, for example {@code FREQ=WEEKLY;BYDAY=TU}. */
    public static Schedule recurring(Activity activity, LocalDateTime firstStart, Duration duration, String rrule,
            ZoneId zone) {
        if (rrule == null || rrule.isBlank()) {
            throw new IllegalArgumentException("A recurring schedule needs a rule");
        }
        return new Schedule(activity, firstStart, duration, rrule, zone);
    }

    public void markAllDay() {
        this.allDay = true;
    }

    public void addExtraDate(LocalDateTime start) {
        extraDates.add(start);
    }

    public void addException(LocalDateTime start) {
        exceptions.add(start);
    }

    /** Keeps the date in the series but marks it called off. */
    public void cancelDate(LocalDateTime start) {
        cancelledDates.add(start);
    }

    /** Takes a called-off date back into the series. */
    public void restoreDate(LocalDateTime start) {
        cancelledDates.remove(start);
    }

    /** Whether the session starting at this instant is called off. */
    public boolean isCancelledAt(Instant start) {
        return !cancelledDates.isEmpty() && cancelledDates.contains(LocalDateTime.ofInstant(start, zone()));
    }

    /** Whether both give the same sessions: the same start, duration, rule, zone, extra dates and exceptions. */
    public boolean sameTimingAs(Schedule other) {
        return firstStart.equals(other.firstStart) && durationMinutes == other.durationMinutes
                && allDay == other.allDay && Objects.equals(rrule, other.rrule) && timeZone.equals(other.timeZone)
                && extraDates.equals(other.extraDates) && exceptions.equals(other.exceptions);
    }

    /** @return whether the cancelled dates changed */
    boolean takeCancellationsFrom(Schedule other) {
        if (cancelledDates.equals(other.cancelledDates)) {
            return false;
        }
        cancelledDates.clear();
        cancelledDates.addAll(other.cancelledDates);
        return true;
    }

    static Recur<LocalDateTime> parseRule(String rrule) {
        try {
            Recur<LocalDateTime> recur = new Recur<>(rrule.strip());
            if (recur.getFrequency() == null) {
                throw new IllegalArgumentException("A recurrence rule needs FREQ");
            }
            return recur;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid recurrence rule: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid recurrence rule", e);
        }
    }

    /** The occurrences that start within [from, to), in time order, as absolute instants. */
    public List<Interval> occurrencesBetween(ZonedDateTime from, ZonedDateTime to) {
        ZoneId zone = zone();
        LocalDateTime localFrom = from.withZoneSameInstant(zone).toLocalDateTime();
        LocalDateTime localTo = to.withZoneSameInstant(zone).toLocalDateTime();
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        if (rrule == null) {
            starts.add(firstStart);
        } else {
            Recur<LocalDateTime> recur = parseRule(rrule);
            if (recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY) {
                return List.of();
            }
            // Start the rule's evaluation a little before the window so a series that began long ago is
            // not walked from its first date, but never before the series' own start.
            LocalDateTime evaluationStart = localFrom.isAfter(firstStart) ? localFrom : firstStart;
            starts.addAll(recur.getDates(firstStart, evaluationStart.minusMinutes(1), localTo,
                    MAX_OCCURRENCES_PER_WINDOW));
        }
        starts.addAll(extraDates);
        starts.removeAll(exceptions);
        List<Interval> result = new ArrayList<>();
        Duration duration = Duration.ofMinutes(durationMinutes);
        for (LocalDateTime start : starts) {
            if (start.isBefore(localFrom) || !start.isBefore(localTo)) {
                continue;
            }
            ZonedDateTime zonedStart = start.atZone(zone);
            result.add(new Interval(zonedStart.toInstant(), zonedStart.plus(duration).toInstant()));
            if (result.size() >= MAX_OCCURRENCES_PER_WINDOW) {
                break;
            }
        }
        return result;
    }

    public ZoneId zone() {
        ZoneId zone = parsedZone;
        if (zone == null || !zone.getId().equals(timeZone)) {
            zone = ZoneId.of(timeZone);
            parsedZone = zone;
        }
        return zone;
    }

    public Long id() {
        return id;
    }

    public Activity activity() {
        return activity;
    }

    public LocalDateTime firstStart() {
        return firstStart;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public boolean allDay() {
        return allDay;
    }

    public String rrule() {
        return rrule;
    }

    public boolean isRecurring() {
        return rrule != null;
    }

    public Set<LocalDateTime> extraDates() {
        return extraDates;
    }

    public Set<LocalDateTime> exceptions() {
        return exceptions;
    }

    public Set<LocalDateTime> cancelledDates() {
        return cancelledDates;
    }
}
